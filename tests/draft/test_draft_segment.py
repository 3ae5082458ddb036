"""Segmentation: exact offsets and the cases that break naive splitters."""

from __future__ import annotations

import re

import pytest

from argmap.drafting import cues
from argmap.drafting.segment import Piece, clauses, paragraphs, sentences


def _texts(text: str) -> list[str]:
    return [s.text for p in paragraphs(text) for s in sentences(p)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. government objected. Mr. Lee and Dr. Park did not.",
            ["The U.S. government objected.", "Mr. Lee and Dr. Park did not."],
        ),
        (
            "Inflation reached 3.5 percent in 2019. Wages grew by 1.2 percent.",
            ["Inflation reached 3.5 percent in 2019.", "Wages grew by 1.2 percent."],
        ),
        (
            'The mayor said "Wait. Think again." and sat down. Nobody spoke.',
            ['The mayor said "Wait. Think again." and sat down.', "Nobody spoke."],
        ),
        (
            "“We will not back down. Not now,” the minister said. Talks resumed.",
            ["“We will not back down. Not now,” the minister said.", "Talks resumed."],
        ),
        (
            "The deal came two years ago. All sides welcomed it.",
            ["The deal came two years ago.", "All sides welcomed it."],
        ),
        (
            "The parcel went by way of the U.S. It was a detour, i.e. a delay.",
            ["The parcel went by way of the U.S.", "It was a detour, i.e. a delay."],
        ),
    ],
)
def test_sentences_survive_abbreviations_numbers_and_quotes(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_offsets_are_exact_for_every_piece() -> None:
    text = (
        "  Seoul’s move worries Tokyo.  Mr. Kim said so.\n\n"
        "Although it is costly, the pact works well; both sides gain because data flows.\n"
    )
    for para in paragraphs(text):
        assert text[para.start : para.end] == para.text
        for sent in sentences(para):
            assert text[sent.start : sent.end] == sent.text
            for clause in clauses(sent):
                assert text[clause.start : clause.end] == clause.text


def test_one_sentence_paragraphs_and_lists() -> None:
    text = "We must act.\n\nThree reasons:\n- costs rise fast\n- jobs go abroad\n\nSo act."
    assert [p.text for p in paragraphs(text)] == [
        "We must act.",
        "Three reasons:",
        "costs rise fast",
        "jobs go abroad",
        "So act.",
    ]


def test_lines_are_paragraphs_when_there_are_no_blank_lines() -> None:
    assert [p.text for p in paragraphs("First line.\nSecond line.")] == [
        "First line.",
        "Second line.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan failed because nobody funded it.",
            [("The plan failed", ""), ("because nobody funded it.", "because")],
        ),
        (
            "Given the risks to the region, Seoul should rethink.",
            [("Given the risks to the region,", "given"), ("Seoul should rethink.", "")],
        ),
        (
            "Costs will rise sharply, however, the benefits are larger.",
            [("Costs will rise sharply,", ""), ("however, the benefits are larger.", "however")],
        ),
        (
            "Even if it is symbolic, however, the harm is real.",
            [("Even if it is symbolic, however, the harm is real.", "")],
        ),
        ("It works, but barely.", [("It works, but barely.", "")]),
        # a contrast set off by a dash is a clause of its own
        (
            "Some towns will cheer the new road - but most of the county will pay for it.",
            [
                ("Some towns will cheer the new road -", ""),
                ("but most of the county will pay for it.", "but"),
            ],
        ),
        ("The plan works - but barely.", [("The plan works - but barely.", "")]),
    ],
)
def test_clause_splits(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(c.text, c.split) for c in clauses(Piece(0, len(text), text))]
    assert got == expected


@pytest.mark.parametrize("pattern", cues.INNER_SPLITS, ids=lambda p: p.pattern[:30])
def test_every_inner_split_starts_where_its_quick_test_says(pattern: re.Pattern[str]) -> None:
    # every connective and mark of the patterns, in either case, after each kind of space
    words = [
        "because",
        "given that",
        "since",
        "in order to",
        "as long as",
        "as it",
        "and therefore",
        "and so",
        "so that",
        "and it",
        "but",
        "however",
        "yet",
        "although",
        "though",
        "whereas",
        "therefore",
        "thus",
        "hence",
    ]
    starts = [
        f"{mark}{space}{dash}{case(word)} "
        for mark in ("", ",", ";")
        for space in (" ", "\t", "\n", "\u00a0", "\u2003")
        for dash in ("", "- ", "– ", "—")
        for word in words
        for case in (str.lower, str.upper, str.title)
    ]
    text = "".join(f"x{start}it was" for start in starts)
    found = list(pattern.finditer(text))
    assert found
    for m in found:
        assert cues.INNER_SPLIT_START.match(text, m.start()), text[m.start() : m.end()]
