"""Hypothesis strategies for valid argument maps, shared by the round-trip tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from argmap.model import (
    KINDS,
    ArgumentMap,
    EvidenceType,
    Inference,
    Source,
    Span,
    make_statement,
)

# Text that exercises escaping in every format: markup, quotes, brackets,
# newlines, non-Latin scripts and emoji, but no surrogates or NULs.
_alphabet = st.characters(
    blacklist_categories=("Cs", "Cc"),
    blacklist_characters="\x00",
) | st.sampled_from(list("\n\t<>&\"'[]{}#:+-_`\\|*"))
texts = st.text(_alphabet, min_size=1, max_size=40).filter(lambda s: s.strip() == s and s != "")
short_words = st.text("abcdefghijklmnopqrstuvwxyz -", min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and s != ""
)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), short_words)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 500))
    quote = draw(texts)
    return Span(start=start, end=start + len(quote), quote=quote)


@st.composite
def statements(draw: st.DrawFn, ref: str, kind: str) -> Any:
    fields: dict[str, Any] = {"id": ref, "text": draw(texts)}
    if draw(st.booleans()):
        fields["title"] = draw(short_words)
    if draw(st.booleans()):
        fields["spans"] = draw(st.lists(spans(), max_size=2))
    if draw(st.booleans()):
        fields["attributed_to"] = draw(texts)
    fields["implicit"] = draw(st.booleans())
    fields["accepted"] = draw(st.booleans())
    fields["tags"] = draw(st.lists(short_words, max_size=2))
    if draw(st.booleans()):
        fields["note"] = draw(texts)
    if draw(st.booleans()):
        fields["confidence"] = draw(st.sampled_from([0.0, 0.25, 0.5, 0.9, 1.0]))
        fields["cue"] = draw(short_words)
    if draw(st.booleans()):
        fields["data"] = draw(st.dictionaries(short_words, json_scalars, max_size=2))
    if kind == "evidence":
        fields["evidence_type"] = draw(st.none() | st.sampled_from(list(EvidenceType)))
        if draw(st.booleans()):
            fields["citation"] = draw(texts)
    return make_statement(kind, **fields)


@st.composite
def maps(draw: st.DrawFn, max_statements: int = 8) -> ArgumentMap:
    """Valid maps: every kind, spans (without source text), linked, convergent
    and undercutting inferences, tags and extra data."""
    n = draw(st.integers(1, max_statements))
    kinds = ["thesis"] + [
        draw(st.sampled_from([k for k in KINDS if k not in ("thesis", "question")]))
        for _ in range(n - 1)
    ]
    ids = [f"S{i}" for i in range(n)]
    stmts = [draw(statements(ref, kind)) for ref, kind in zip(ids, kinds, strict=True)]
    inferences: list[Inference] = []
    if n > 1:
        for k in range(draw(st.integers(0, n))):
            conclusion = draw(st.sampled_from(ids))
            others = [i for i in ids if i != conclusion]
            premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
            fields: dict[str, Any] = {
                "id": f"I{k}",
                "premises": premises,
                "conclusion": conclusion,
                "polarity": draw(st.sampled_from(["support", "attack"])),
            }
            if draw(st.booleans()):
                fields["scheme"] = draw(short_words)
            if draw(st.booleans()):
                fields["title"] = draw(short_words)
            inferences.append(Inference(**fields))
        if inferences and draw(st.booleans()):
            target = draw(st.sampled_from(inferences))
            inferences.append(
                Inference(
                    id="U0",
                    premises=[draw(st.sampled_from(ids))],
                    conclusion=target.id,
                    polarity="attack",
                )
            )
    if draw(st.booleans()):
        stmts.append(
            make_statement("question", id="Q0", text=draw(texts), target=draw(st.sampled_from(ids)))
        )
    source = Source(
        title=draw(st.none() | texts),
        author=draw(st.none() | short_words),
        language=draw(st.none() | st.just("en")),
    )
    meta = draw(st.dictionaries(short_words, json_scalars, max_size=2))
    return ArgumentMap(source=source, statements=stmts, inferences=inferences, meta=meta)
