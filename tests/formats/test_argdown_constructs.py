"""Constructs real Argdown documents use, read as argdown-core reads them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from argmap.errors import ParseError
from argmap.formats.argdown import from_argdown
from argmap.formats.argdown.census import count_argdown
from argmap.model import ArgumentMap

FIXTURES = Path(__file__).parent / "argdown_fixtures"


def _load(name: str) -> ArgumentMap:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return from_argdown((FIXTURES / name).read_text(encoding="utf-8"), source=name)


def _edges(amap: ArgumentMap) -> set[tuple[str, str, str]]:
    return {(i.premises[0], i.conclusion, i.polarity) for i in amap.inferences}


def test_comments_between_a_statement_and_its_relations_are_transparent() -> None:
    m = _load("comments.argdown")
    assert _edges(m) == {
        ("Queues", "Tolls", "support"),
        ("Fairness", "Tolls", "attack"),
        ("Rebate", "Fairness", "attack"),
        ("Repairs", "Tolls", "support"),
    }


def test_relations_nest_by_relative_indentation() -> None:
    m = _load("indentation.argdown")
    assert _edges(m) == {
        ("Families", "Library", "support"),
        ("Crowds", "Families", "attack"),
        ("Small", "Crowds", "support"),
        # indented 3: less than Crowds (5), more than Families (2): a sibling of Families
        ("Students", "Library", "support"),
        ("Cost", "Library", "attack"),
        ("Budget", "Cost", "support"),
        # indented 4 after 6: closes every level deeper than 4, back to Cost's own
        # level (2), so it is Cost's sibling, as argdown-core reads it
        ("Volunteers", "Library", "attack"),
        ("Shops", "Parking", "support"),
        ("Online", "Shops", "attack"),
        ("Traffic", "Parking", "attack"),
    }


def test_bare_references_tags_data_mentions_and_links() -> None:
    m = _load("references.argdown")
    trains = m.statement("Trains")
    assert trains.tags == ["transport"] and trains.data["priority"] == 1
    assert ("Flights", "Trains", "support") in _edges(m)
    assert ("Trains", "Climate", "support") in _edges(m)
    mention = next(s for s in m.statements if s.text.startswith("@<Demand>"))
    assert "@[Sold out]" in mention.text
    assert "[timetable](https://example.invalid/timetable)" in m.statement("Link").text


def test_numbering_gaps_intermediate_conclusions_and_uses() -> None:
    m = _load("numbering.argdown")
    gaps = m.inference("Gaps")
    assert gaps.conclusion == "Markets_green" and len(gaps.premises) == 2
    steps = {i.conclusion: i for i in m.inferences if i.id.startswith("Steps")}
    assert steps["Soft"].premises[0] == "Rain" and len(steps["Soft"].premises) == 2
    unsafe = steps["Unsafe"].premises
    assert unsafe[0] == "Soft" and len(unsafe) == 2  # {uses: [3, 5]}
    assert steps["Closed"].premises == ["Rules", "Unsafe"]  # {uses: [6, 7]}
    assert steps["Closed"].scheme == "Rule of the league"
    assert ("Covers", "Closed", "attack") in _edges(m)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[Unclosed: text", "[Unclosed: text"),
        ("<Unclosed: text", "<Unclosed: text"),
        ("[]: empty title", "empty title"),
        ("[ ]: blank title", "blank title"),
    ],
)
def test_a_bracket_that_opens_no_title_is_text(text: str, words: str) -> None:
    # Argdown reads these as an untitled statement; so does argmap (they were errors).
    m = from_argdown(text)
    assert [s.text for s in m.statements] == [words]


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("[A]: a\n    + [B]: b\n  + [C]: c", 3, 3, "less than the first relation"),
        ("[A]: a.\n  + [B]: b.\n\n  - [C]: c.", 4, 3, "no parent"),
        ("[A]: a.\n  + [B]: b.\n  // c\n\n  - [C]: c.", 5, 3, "no parent"),
        ("[S]: text [A] more.", 1, 11, "inside statement text"),
        ("[S]: text\n<A> more.", 2, 1, "inside statement text"),
        ("<A>: a.\n(1) p\n----\n(2) q", 2, 1, "after a blank line"),
        ("<A>\n\n(1) p\n----\n(2) q\n\n<A>(1)", 7, None, "text after <A>"),
        ("(1) p\n--\nrule {uses: [2]}\n--\n(2) q", 2, None, "'uses'"),
    ],
)
def test_what_argdown_rejects_is_a_located_error(
    text: str, line: int, column: int | None, words: str
) -> None:
    with pytest.raises(ParseError) as info:
        from_argdown(text, source="doc.argdown")
    assert words in str(info.value)
    assert info.value.line == line
    if column is not None:
        assert info.value.column == column


def test_census_counts_equivalence_classes_arguments_and_relation_pairs() -> None:
    text = "[A]: a.\n  + [B]: b.\n\n[A]\n  + [B]\n  - <C>: c.\n\n(1) p\n----\n(2) [A]"
    c = count_argdown(text)
    assert (c.statements, c.arguments) == (3, 2)  # A, B, p; <C> and the untitled pcs
    assert c.relations == {"support": 1, "attack": 1}  # the repeated support counts once
