"""Tolerant anchoring of quotes, "did you mean", and spans written as a quote alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import argmap
from argmap import MapValidationError
from argmap.model import MapBuilder, Span
from argmap.model.anchoring import closest_passages, find_quote, normalize

TEXT = "We must act now. Waiting, critics say, costs nothing; but there' s a price."


# -- find_quote --------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "words"),
    [
        ("We must act", "We must act"),  # exact
        ("we MUST act", "We must act"),  # case
        ("we   must\nact", "We must act"),  # whitespace runs
        ("Waiting , critics say ,", "Waiting, critics say,"),  # space before punctuation
        ("there's a price", "there' s a price"),  # space after an apostrophe
        ("there’s a price", "there' s a price"),  # curly apostrophe
        ("costs nothing ; but", "costs nothing; but"),
    ],
)
def test_find_quote_is_tolerant_and_points_into_the_original(quote: str, words: str) -> None:
    found = find_quote(TEXT, quote)
    assert found is not None
    assert TEXT[found[0] : found[1]] == words


@pytest.mark.parametrize("quote", ["", "   ", "We must act later", "wemustact"])
def test_find_quote_refuses_what_is_not_there(quote: str) -> None:
    assert find_quote(TEXT, quote) is None


def test_find_quote_prefers_the_occurrence_nearest() -> None:
    text = "Act now. Then ACT NOW again."
    assert find_quote(text, "act now", near=0) == (0, 7)  # tolerant: both match, nearest
    assert find_quote(text, "act now", near=20) == (14, 21)
    assert find_quote(text, "Act now", near=20) == (0, 7)  # an exact match wins


def test_curly_quotes_and_dashes_fold() -> None:
    assert normalize("“Yes” – she said") == normalize('"yes" - she said')


_words = st.sampled_from(["Seoul", "ended", "the", "pact", "Tokyo’s", "reply", "was", "cold"])
_punct = st.sampled_from(["", "", ",", ".", ";", "!"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_words, _punct), min_size=1, max_size=25), st.data())
def test_a_retyped_passage_is_found_at_its_own_words(
    pieces: list[tuple[str, str]], data: st.DataObject
) -> None:
    text = " ".join(w + p for w, p in pieces)
    a = data.draw(st.integers(0, len(pieces) - 1))
    b = data.draw(st.integers(a + 1, len(pieces)))
    original = " ".join(w + p for w, p in pieces[a:b])
    # Typed differently: other case, straight apostrophes, a space before punctuation.
    typed = " ".join(f"{w} {p}" if p else w for w, p in pieces[a:b]).replace("’", "'").upper()
    found = find_quote(text, typed)
    assert found is not None
    assert normalize(text[found[0] : found[1]]) == normalize(original)


# -- did you mean ------------------------------------------------------------


def test_closest_passages_name_the_near_miss_first() -> None:
    assert closest_passages(TEXT, "waiting, critics said, cost nothing")[0] == (
        "Waiting, critics say, costs nothing;"
    )
    assert closest_passages(TEXT, "an unrelated sentence about fish") == []


def test_closest_passages_on_a_long_text_find_the_right_place() -> None:
    filler = " ".join(f"Sentence {n} talks about item {n} at length." for n in range(150))
    text = f"{filler} The alliance rests on shared intelligence. {filler}"
    assert len(text.split()) > 1_000
    best = closest_passages(text, "the aliance rest on shared inteligence")
    assert best[0].startswith("The alliance rests on shared intelligence")


def test_builder_quotes_are_tolerant_and_suggest() -> None:
    b = MapBuilder(text=TEXT)
    t = b.thesis("Act", quote="WE MUST ACT NOW")
    assert b.build().statement(t).spans[0].quote == "We must act now"
    with pytest.raises(MapValidationError, match=r"exact words; did you mean 'We must act now\.'"):
        b.claim("c", quote="we must act soon")


# -- spans given by their quote alone, in files ---------------------------------

WITH_TEXT = """\
source:
  text: "We must act now. Waiting costs more."
statements:
- id: T1
  kind: thesis
  text: Act
  spans: [{quote: "we must act now"}]
- id: C1
  kind: claim
  text: Delay costs
  spans:
  - quote: Waiting costs
"""


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_quote_only_spans_load_with_their_offsets(fmt: str) -> None:
    m = argmap.loads(WITH_TEXT, format="yaml")
    if fmt == "json":
        doc = argmap.dumps(m, format="json").replace('"start": 0, ', "")
        m = argmap.loads(doc, format="json")
    assert m.statement("T1").spans == [Span(start=0, end=15, quote="We must act now")]
    assert m.statement("C1").spans == [Span(start=17, end=30, quote="Waiting costs")]
    assert "{start: 17, end: 30, quote: Waiting costs}" in argmap.dumps(m, format="yaml")


def test_quote_only_spans_without_text_are_kept_unanchored_and_written_back() -> None:
    doc = WITH_TEXT.replace('  text: "We must act now. Waiting costs more."\n', "  title: T\n")
    m = argmap.loads(doc, format="yaml")
    span = m.statement("T1").spans[0]
    assert (span.start, span.end, span.quote, span.is_anchored) == (
        None,
        None,
        "we must act now",
        False,
    )
    out = argmap.dumps(m, format="yaml")
    assert "- {quote: we must act now}" in out
    assert argmap.loads(out, format="yaml") == m


def test_quote_only_spans_anchor_to_a_text_file(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "m.yaml"  # type: ignore[operator]
    (tmp_path / "m.txt").write_text("We must act now. Waiting costs more.", encoding="utf-8")  # type: ignore[operator]
    path.write_text(
        WITH_TEXT.replace('  text: "We must act now. Waiting costs more."', "  text_file: m.txt")
    )
    assert argmap.load(path).statement("C1").spans[0].offsets == (17, 30)


def test_a_near_miss_quote_in_a_file_is_located_and_suggests() -> None:
    doc = WITH_TEXT.replace("- quote: Waiting costs", "- quote: Waitng cost")
    with pytest.raises(MapValidationError) as info:
        argmap.loads(doc, format="yaml", source="m.yaml")
    problem = info.value.problems[0]
    assert problem.ref == "C1" and problem.line == 12
    assert problem.message.endswith("did you mean 'Waiting costs'?")


@pytest.mark.parametrize(
    ("span", "match"),
    [("{start: 3, quote: x}", "both start and end"), ("{end: 3, quote: x}", "both start and end")],
)
def test_half_given_offsets_are_refused(span: str, match: str) -> None:
    doc = f"statements:\n- {{id: T1, kind: thesis, text: t, spans: [{span}]}}\n"
    with pytest.raises(MapValidationError, match=match):
        argmap.loads(doc, format="yaml")
