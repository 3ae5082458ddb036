"""Picking the thesis: which of the author's units reads as the point of the text."""

from __future__ import annotations

import pytest

import argmap
from argmap.drafting import weights
from argmap.drafting.features import Unit, read_units
from argmap.drafting.segment import clauses, sentences
from argmap.drafting.thesis import is_candidate, is_verdict, pick_thesis


def _units(text: str) -> list[Unit]:
    return read_units([[clauses(s) for s in sentences(text)]])


def _thesis(text: str) -> str:
    m = argmap.draft(text)
    assert m.thesis is not None
    return m.thesis.spans[0].quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, but Y" opening the text: Y is the point, not X
        (
            "Tablets have many uses, but they will never replace a book. "
            "Screens tire the eyes. Batteries run out.",
            "but they will never replace a book.",
        ),
        # the main clause after a concession is the author's own claim
        (
            "While a ban would be popular, taxing the product is the answer. "
            "A tax raises money. Bans are ignored.",
            "taxing the product is the answer.",
        ),
        # a text that opens on a reported view: the author's answer leads
        (
            "Some believe that printed maps will disappear. This is very unlikely. "
            "Paper needs no power. Many travellers still carry one.",
            "This is very unlikely.",
        ),
        # a question asks; the answer after it is the position
        (
            "Why should we keep the old library? Libraries remain essential. "
            "They lend books for free.",
            "Libraries remain essential.",
        ),
        # a purpose clause opening a sentence does not make it a reason
        (
            "Plastic bags pollute rivers. In order to cut waste it would be wise to "
            "charge for every bag. Most shoppers would bring their own.",
            "In order to cut waste it would be wise to charge for every bag.",
        ),
    ],
)
def test_thesis_is_the_point_of_the_text(text: str, expected: str) -> None:
    assert _thesis(text) == expected


@pytest.mark.parametrize("opener", ["I do not believe", "I don't believe", "I strongly believe"])
def test_the_authors_stance_in_any_form_counts(opener: str) -> None:
    [u] = _units(f"{opener} scooters belong on pavements.")
    assert u.stance >= 2.0


def test_first_sentence_wins_when_nothing_else_stands_out() -> None:
    text = "Cities need more trees. Trees cool streets. They also clean the air."
    assert _thesis(text) == "Cities need more trees."


def test_a_reported_view_and_an_answer_to_it_are_not_candidates() -> None:
    units = _units("Critics say the tax is unfair. But the tax funds schools.")
    assert [u.kind for u in units] == ["counterclaim", "rebuttal"]
    assert not any(is_candidate(u, units) for u in units)
    thesis = pick_thesis(units, None)
    assert thesis.confidence == 0.2  # nothing better than the first unit


def test_main_clause_after_a_concession_is_a_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    # the hand-written rules make the concession a counterclaim (fitted weights may not:
    # the gold leaves a fronted "although" clause alone unannotated)
    monkeypatch.setattr(weights, "VOICE", {})
    units = _units("Although the tax is unpopular, it funds schools.")
    assert [u.kind for u in units] == ["counterclaim", "rebuttal"]
    assert [is_candidate(u, units) for u in units] == [False, True]


def test_the_turn_after_a_point_granted_in_its_sentence_is_a_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(weights, "VOICE", {})  # the hand-written rules grant the point
    units = _units(
        "Sure, dog owners should treat their pets kindly, but they should not treat them "
        "as children. A dog has no use for a birthday cake. It needs walks and a warm bed."
    )
    granted, turn = units[0], units[1]
    assert (granted.kind, turn.kind) == ("counterclaim", "rebuttal")
    assert is_candidate(turn, units) and not is_candidate(granted, units)
    assert pick_thesis(units, None) is turn


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Landfills are necessary.", True),
        ("Treating a pet as a child is a very unwise choice.", True),
        ("That would be a mistake.", True),
        ("The good news came late.", False),
        ("Dogs love us whether we are good or not.", False),
    ],
)
def test_verdict_is_a_value_judgement_as_the_main_predicate(text: str, verdict: bool) -> None:
    [u] = _units(text)
    assert is_verdict(u) is verdict


def test_the_cue_names_why_the_thesis_was_picked() -> None:
    m = argmap.draft("Screens tire the eyes. Overall, paper books are better for reading.")
    assert m.thesis is not None
    assert m.thesis.cue is not None
    assert "conclusion marker" in m.thesis.cue
    assert "verdict" in m.thesis.cue


def test_a_long_piece_states_its_position_at_the_end() -> None:
    paras = [
        "The town has had a hard winter on its roads.",
        "Snow closed the hill road for nine days in January.",
        "The gritters broke down twice, and the council hired none to replace them.",
        "Shops on the high street lost trade while customers stayed at home.",
        "Neighbouring towns kept their roads open in the same snow.",
        "The real failure this winter was the council's own planning.",
    ]
    long = argmap.draft("\n\n".join(paras))
    assert long.thesis is not None and "council's own planning" in long.thesis.spans[0].quote
    short = argmap.draft("\n\n".join(paras[:2] + paras[-1:]))
    assert short.thesis is not None and "hard winter" in short.thesis.spans[0].quote
