"""Valid maps of every shape, for the properties that feed maps to every output.

:func:`shaped_maps` draws what :mod:`strategies` (the round-trip strategy)
leaves out: no thesis or several, questions about inferences, support
cycles, undercuts of undercuts and undercut cycles, premises shared by many
inferences, statements anchored to a source text, and now and then a long
chain (of supports or undercuts) or a hostile text (control characters,
backslashes, markup, a very long line). Every map drawn is valid:
``find_problems`` is empty.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import strategies as st

from argmap.model import KINDS, ArgumentMap, EvidenceType, Inference, Source, Span, make_statement

#: The longest chain drawn: long enough to find what is quadratic or recursive
#: in the long profile, short enough to keep the default run quick.
LONGEST_CHAIN = 400 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 40

# Texts that reach every escaper: markup, quotes, Graphviz's backslash escapes,
# Markdown, bidi overrides, control characters, emoji and a very long line.
HOSTILE_TEXTS = [
    "<script>alert(1)</script>",
    "\"quoted\" & 'single' </svg>",
    "C:\\Grants\\Net \\N \\G \\L \\E \\T \\H \\l \\r \\n",
    "*bold* _em_ [link](javascript:x) `code` # heading | pipe",
    "red \x1b[31m bell \x07 title \x1b]0;pwned\x07",
    "\u202eevil\u202c and \u2066isolate\u2069",
    "emoji 😀 and combining e\u0301",
    "line one\nline two\n\n  indented",
    "{{ braces }} ${dollar} %s %d",
    "x" * 20_000,
]

_plain = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
texts = _plain | st.sampled_from(HOSTILE_TEXTS)
words = st.text("abcdefghij -", min_size=1, max_size=10).filter(lambda s: s.strip() == s != "")


@st.composite
def _chain(draw: st.DrawFn) -> ArgumentMap:
    """A long chain: each claim supports the next, or each inference undercuts the last."""
    n = draw(st.integers(2, LONGEST_CHAIN))
    undercuts = draw(st.booleans())
    statements = [make_statement("thesis", id="T1", text="Act now")]
    statements += [make_statement("claim", id=f"C{k}", text=f"Reason {k}") for k in range(n)]
    inferences = [Inference(id="I0", premises=["C0"], conclusion="T1")]
    for k in range(1, n):
        if undercuts:  # C_k undercuts the inference before
            conclusion, polarity = f"I{k - 1}", "attack"
        else:
            conclusion, polarity = f"C{k - 1}", "support"
        inferences.append(
            Inference(id=f"I{k}", premises=[f"C{k}"], conclusion=conclusion, polarity=polarity)
        )
    if undercuts and draw(st.booleans()):  # close the chain into a cycle of undercuts
        inferences[0] = Inference(
            id="I0", premises=["C0"], conclusion=f"I{n - 1}", polarity="attack"
        )
    return ArgumentMap(statements=statements, inferences=inferences)


@st.composite
def _any_shape(draw: st.DrawFn) -> ArgumentMap:
    n = draw(st.integers(0, 12))
    kinds = [draw(st.sampled_from(KINDS)) for _ in range(n)]
    ids = [f"S{k}" for k in range(n)]
    n_inf = draw(st.integers(0, 2 * n)) if n >= 2 else 0
    inf_ids = [f"I{k}" for k in range(n_inf)]
    pieces: list[str] = []
    anchored: dict[str, Span] = {}
    with_text = n > 0 and draw(st.booleans())
    statements: list[Any] = []
    for ref, kind in zip(ids, kinds, strict=True):
        text = draw(texts)
        fields: dict[str, Any] = {"id": ref, "text": text}
        if with_text and draw(st.booleans()):
            quote = text.strip() or "x"
            start = sum(len(p) + 1 for p in pieces)
            pieces.append(quote)
            anchored[ref] = Span(start=start, end=start + len(quote), quote=quote)
            fields["spans"] = [anchored[ref]]
        if draw(st.booleans()):
            fields["title"] = draw(words)
        if draw(st.integers(0, 3)) == 0:
            fields["attributed_to"] = draw(texts)
        if draw(st.integers(0, 3)) == 0:
            fields["tags"] = draw(st.lists(words, max_size=2))
        if draw(st.integers(0, 3)) == 0:
            fields["data"] = draw(
                st.dictionaries(words, st.none() | words | st.integers(), max_size=2)
            )
        if kind == "evidence" and draw(st.booleans()):
            fields["evidence_type"] = draw(st.sampled_from(list(EvidenceType)))
        if kind == "question":
            fields["target"] = draw(st.none() | st.sampled_from(ids + inf_ids))
            fields["answered"] = draw(st.booleans())
        statements.append(make_statement(kind, **fields))
    inferences = []
    for ref in inf_ids:
        polarity = draw(st.sampled_from(["support", "attack"]))
        targets = list(ids)
        if polarity == "attack":  # an undercut may aim at any other inference, cycles too
            targets += [i for i in inf_ids if i != ref]
        conclusion = draw(st.sampled_from(targets))
        others = [i for i in ids if i != conclusion]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        fields = {"id": ref, "premises": premises, "conclusion": conclusion, "polarity": polarity}
        if draw(st.integers(0, 3)) == 0:
            fields["scheme"] = draw(words)
        if draw(st.integers(0, 3)) == 0:
            fields["note"] = draw(texts)
        inferences.append(Inference(**fields))
    source = Source(
        title=draw(st.none() | texts),
        text=" ".join(pieces) if with_text else None,
    )
    meta = draw(st.dictionaries(words, st.none() | words | st.integers(), max_size=2))
    return ArgumentMap(source=source, statements=statements, inferences=inferences, meta=meta)


def shaped_maps() -> st.SearchStrategy[ArgumentMap]:
    """Valid maps of every shape (mostly small; one in ten a long chain)."""
    return st.one_of(_any_shape(), _any_shape(), _any_shape(), _any_shape(), _chain())
