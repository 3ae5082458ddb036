"""Properties of the editing API over random maps and random operation sequences.

Whatever the operations, the map stays valid; a failed operation changes
nothing; undo restores the map before each operation exactly, and redo
re-applies it; the map the editor started from is never changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from strategies import maps, short_words, texts

from argmap.errors import EditError
from argmap.model import KINDS, ArgumentMap, MapEditor, Source, Span, edit, make_statement
from argmap.model.statements import ID_PREFIXES

Operation = Callable[[MapEditor], object]

WORDS = ["Seoul", "ended", "the", "pact,", "Tokyo", "regretted", "it.", "Critics'", "said", "no"]


@st.composite
def text_maps(draw: st.DrawFn) -> ArgumentMap:
    """Maps over a source text, each statement anchored to words of it."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=30))
    text = " ".join(words)
    statements = []
    for n in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from([k for k in KINDS if k != "question"]))
        a = draw(st.integers(0, len(words) - 1))
        b = draw(st.integers(a + 1, len(words)))
        start = len(" ".join(words[:a])) + (1 if a else 0)
        quote = " ".join(words[a:b])
        span = Span(start=start, end=start + len(quote), quote=quote)
        statements.append(
            make_statement(kind, id=f"{ID_PREFIXES[kind]}{n + 1}", text="s", spans=[span])
        )
    return ArgumentMap(source=Source(text=text), statements=statements)


def _ids(m: ArgumentMap) -> tuple[list[str], list[str]]:
    return [s.id for s in m.statements], [i.id for i in m.inferences]


@st.composite
def operations(draw: st.DrawFn, m: ArgumentMap) -> tuple[str, Operation]:
    """One operation on ``m``, sometimes with a bad argument on purpose."""
    sids, iids = _ids(m)
    sid = st.sampled_from([*sids, "NOPE"])
    anyid = st.sampled_from([*sids, *iids, "NOPE"])
    kind = st.sampled_from([*KINDS, "claimm"])
    text = m.source.text
    name = draw(
        st.sampled_from(
            [
                "add",
                "retype",
                "update",
                "remove",
                "link",
                "add_premise",
                "remove_premise",
                "unlink",
                "merge",
                "split",
                "renumber",
                "accept",
                "reject",
            ]
        )
    )
    if name == "add":
        k, words = draw(kind), draw(texts | st.just(""))
        quote = None
        if text is not None and draw(st.booleans()):
            quote = _mangled(draw, text)
        return name, lambda ed: ed.add(k, words, quote=quote)
    if name == "retype":
        ref, k, renumber = draw(sid), draw(kind), draw(st.booleans())
        return name, lambda ed: ed.retype(ref, k, renumber_id=renumber)
    if name == "update":
        ref = draw(anyid)
        statement_fields = {
            "text": texts,
            "title": st.none() | short_words,
            "attributed_to": st.none() | short_words,
            "implicit": st.booleans(),
            "note": st.none() | texts,
        }
        if text is not None:
            statement_fields["quote"] = st.none() | st.just(_mangled(draw, text))
        inference_fields = {
            "title": st.none() | short_words,
            "note": st.none() | texts,
            "scheme": st.none() | short_words,
            "polarity": st.sampled_from(["support", "attack"]),
        }
        wanted = inference_fields if ref in iids else statement_fields
        fields: dict[str, Any] = draw(st.fixed_dictionaries({}, optional=wanted))  # type: ignore[arg-type]
        if draw(st.integers(0, 9)) == 0:  # now and then a field the item does not have
            fields["scheme" if ref in sids else "text"] = "x"
        return name, lambda ed: ed.update(ref, **fields)
    if name == "remove":
        ref, how = draw(anyid), draw(st.sampled_from(["drop", "reattach"]))
        return name, lambda ed: ed.remove(ref, inferences=how)  # type: ignore[arg-type]
    if name == "link":
        premises = draw(
            st.lists(st.sampled_from([*sids, *iids[:1]] or ["NOPE"]), min_size=1, max_size=3)
        )
        conclusion = draw(anyid)
        polarity = draw(st.sampled_from(["support", "attack"]))
        return name, lambda ed: ed.link(premises, conclusion, polarity=polarity)  # type: ignore[arg-type]
    if name in ("add_premise", "remove_premise"):
        inf = draw(st.sampled_from([*iids, "NOPE"]))
        if inf != "NOPE" and draw(st.booleans()):
            premises = m.inference(inf).premises
            pool = premises if name == "remove_premise" else [x for x in sids if x not in premises]
            ref = draw(st.sampled_from(pool or ["NOPE"]))
        else:
            ref = draw(sid)
        return name, lambda ed: getattr(ed, name)(inf, ref)
    if name == "unlink":
        inf = draw(st.sampled_from([*iids, "NOPE"]))
        return name, lambda ed: ed.unlink(inf)
    if name == "merge":
        a, b = draw(sid), draw(sid)
        return name, lambda ed: ed.merge(a, b)
    if name == "split":
        ref = draw(sid)
        at: str | int = draw(st.integers(0, 600))
        spans = m.statement(ref).spans if ref in sids else []
        if spans:
            sp = draw(st.sampled_from(spans))
            cut = draw(st.integers(0, len(sp.quote)))
            if draw(st.booleans()):
                at = sp.quote[cut:] or "zzz"
            elif sp.start is not None:
                at = sp.start + cut
        return name, lambda ed: ed.split(ref, at=at)
    if name == "renumber":
        return name, lambda ed: ed.renumber()
    ref = draw(anyid)
    return name, lambda ed: getattr(ed, name)(ref)


def _mangled(draw: st.DrawFn, text: str) -> str:
    """Words of ``text`` as a person might type them: other case, spacing, quotes."""
    words = text.split()
    a = draw(st.integers(0, len(words) - 1))
    b = draw(st.integers(a + 1, len(words)))
    quote = "  ".join(words[a:b]).replace("'", "\u2019")
    return quote.upper() if draw(st.booleans()) else quote


def _check_random_edits(start: ArgumentMap, data: st.DataObject) -> None:
    original = start.model_dump()
    ed = edit(start)
    for _ in range(data.draw(st.integers(1, 8), label="steps")):
        before, before_doc, n = ed.map, ed.map.model_dump(), len(ed.history)
        name, op = data.draw(operations(ed.map), label="operation")
        try:
            op(ed)
        except EditError:
            event(f"{name} refused")
            assert ed.map is before, name
            assert ed.map.model_dump() == before_doc, name
            assert len(ed.history) == n, name
            continue
        event(f"{name} done")
        after, after_doc = ed.map, ed.map.model_dump()
        assert ArgumentMap.model_validate(after_doc) == after, name
        if name == "renumber":
            for s in after.statements:
                assert s.id.removeprefix(ID_PREFIXES[s.kind]).isdigit(), s.id
        if len(ed.history) == n:  # a no-op
            assert after_doc == before_doc, name
            continue
        ed.undo()
        assert ed.map == before and ed.map.model_dump() == before_doc, name
        ed.redo()
        assert ed.map == after and ed.map.model_dump() == after_doc, name
    while ed.can_undo:
        ed.undo()
    assert ed.map.model_dump() == original
    assert start.model_dump() == original


@settings(
    max_examples=max(150, settings.default.max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(maps(), st.data())
def test_random_edits_of_maps_keep_them_valid_and_undoable(
    start: ArgumentMap, data: st.DataObject
) -> None:
    _check_random_edits(start, data)


@settings(
    max_examples=max(100, settings.default.max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text_maps(), st.data())
def test_random_edits_of_anchored_maps_keep_them_valid_and_undoable(
    start: ArgumentMap, data: st.DataObject
) -> None:
    _check_random_edits(start, data)


@settings(max_examples=max(100, settings.default.max_examples), deadline=None)
@given(text_maps(), st.data())
def test_every_span_reads_its_quote_after_edits(start: ArgumentMap, data: st.DataObject) -> None:
    ed = edit(start)
    text = start.source.text
    assert text is not None
    for _ in range(5):
        _, op = data.draw(operations(ed.map))
        with contextlib.suppress(EditError):
            op(ed)
    for s in ed.map.statements:
        for sp in s.spans:
            assert sp.offsets is not None and text[sp.offsets[0] : sp.offsets[1]] == sp.quote
