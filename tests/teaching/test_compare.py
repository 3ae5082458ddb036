"""Comparison on small hand-made maps: each kind of mistake planted alone, and reported."""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers_teaching import drop, inf, reference, stmt, student

from argmap.teaching import Comparison, compare


def _problems(c: Comparison) -> list[str]:
    """The feedback lines after the praise."""
    assert c.feedback[0].startswith("What is right:")
    return c.feedback[1:]


def test_identical_maps_score_full_marks_and_only_praise() -> None:
    c = compare(reference(), reference())
    assert c.score == 1.0
    assert c.missing == [] and c.extra == []
    assert _problems(c) == []
    assert c.feedback[0] == (
        "What is right: you found 8 of the reference's 8 statements (8 of them of the same "
        "kind), picked out the thesis and drew 7 of its 7 links."
    )


def test_wrong_thesis() -> None:
    def change(d: dict[str, Any]) -> None:
        stmt(d, "T")["kind"] = "claim"
        stmt(d, "C1")["kind"] = "thesis"

    c = compare(student(change), reference())
    assert not c.scores.thesis_right
    assert c.scores.parts()["thesis_right"] == 0.0
    # The thesis line says it all: no separate kind lines for the two statements.
    assert _problems(c) == [
        "You treated 'A tram would cut car trips' as the thesis; "
        "the reference's thesis is 'The city should build the tram'."
    ]


def test_no_thesis() -> None:
    c = compare(student(lambda d: stmt(d, "T").update(kind="claim")), reference())
    assert _problems(c) == [
        "Your map has no thesis; the reference's thesis is 'The city should build the tram'."
    ]


def test_missed_counterclaim_names_kind_and_speaker_and_not_its_links() -> None:
    c = compare(student(lambda d: drop(d, "CC1")), reference())
    assert c.missing == ["CC1"]
    assert c.scores.statements_found == pytest.approx(7 / 8, abs=1e-4)
    # Its two links are missing too, but the missed statement's line covers them.
    assert [x.status for x in c.links if "CC1" in (x.premise, x.conclusion)] == ["missing"] * 2
    assert _problems(c) == [
        "You missed the counterclaim 'Trams are too expensive', attributed to critics."
    ]


def test_missed_evidence_is_named_by_its_type() -> None:
    c = compare(student(lambda d: drop(d, "E2")), reference())
    assert _problems(c) == ["You missed the statistic 'Ridership on the old line doubled'."]


def test_extra_statement_and_not_its_links() -> None:
    def change(d: dict[str, Any]) -> None:
        d["statements"].append({"id": "X", "kind": "claim", "text": "Trams look lovely at night"})
        d["inferences"].append({"id": "IX", "premises": ["X"], "conclusion": "T"})

    c = compare(student(change), reference())
    assert c.extra == ["X"]
    assert c.scores.statements_precision == pytest.approx(8 / 9, abs=1e-4)
    assert _problems(c) == [
        "Your map adds a claim, 'Trams look lovely at night', that the reference does not "
        "have: check that the editorial makes this point."
    ]


def test_wrong_kind() -> None:
    def change(d: dict[str, Any]) -> None:
        e1 = stmt(d, "E1")
        e1["kind"] = "claim"
        del e1["evidence_type"]

    c = compare(student(change), reference())
    assert c.scores.kinds_agreeing == pytest.approx(7 / 8, abs=1e-4)
    assert _problems(c) == [
        "You called 'Commuters lose an hour a day in jams' a claim; "
        "the reference treats it as evidence (testimony)."
    ]


def test_wrong_evidence_type() -> None:
    c = compare(student(lambda d: stmt(d, "E2").update(evidence_type="example")), reference())
    assert _problems(c) == [
        "You called 'Ridership on the old line doubled' evidence (example); "
        "the reference treats it as evidence (statistic)."
    ]


@pytest.mark.parametrize(
    ("speaker", "line"),
    [
        (
            None,
            "You left out who holds 'Trams are too expensive': the reference attributes it "
            "to critics, not to the author.",
        ),
        (
            "the mayor",
            "You attribute 'Trams are too expensive' to the mayor; "
            "the reference attributes it to critics.",
        ),
        ("some critics", None),
    ],
)
def test_attribution(speaker: str | None, line: str | None) -> None:
    c = compare(student(lambda d: stmt(d, "CC1").update(attributed_to=speaker)), reference())
    assert _problems(c) == ([line] if line else [])
    assert c.scores.attributions_right == (0.5 if line else 1.0)


def test_attribution_the_reference_does_not_make() -> None:
    c = compare(student(lambda d: stmt(d, "R1").update(attributed_to="critics")), reference())
    assert _problems(c) == [
        "You attribute 'The costs are repaid within ten years' to critics; "
        "the reference treats it as the author's own view."
    ]


def test_routing_shortcut_is_one_line_not_an_extra_plus_a_missing_link() -> None:
    c = compare(student(lambda d: inf(d, "I3").update(conclusion="T")), reference())
    (extra,) = [x for x in c.links if x.status == "extra"]
    assert (extra.premise, extra.conclusion, extra.route) == ("P1", "T", ("C1",))
    assert _problems(c) == [
        "Your map has 'Buses alone cannot carry the crowds' supporting 'The city should "
        "build the tram' directly; the reference routes it through 'A tram would cut car trips'."
    ]


def test_polarity_flip() -> None:
    c = compare(student(lambda d: inf(d, "I6").update(polarity="support")), reference())
    assert c.scores.polarity_agreeing == pytest.approx(6 / 7, abs=1e-4)
    assert c.scores.links_found == 1.0
    assert _problems(c) == [
        "You have 'The costs are repaid within ten years' supporting 'Trams are too "
        "expensive'; in the reference it attacks it."
    ]


def test_linked_argument_split_into_convergent_ones() -> None:
    def change(d: dict[str, Any]) -> None:
        inf(d, "I1")["premises"] = ["C1"]
        d["inferences"].append({"id": "I1b", "premises": ["C2"], "conclusion": "T"})

    c = compare(student(change), reference())
    assert [(s.conclusion, s.premises, s.kind) for s in c.structure] == [
        ("T", ("C1", "C2"), "split")
    ]
    assert c.scores.links_found == 1.0
    assert c.scores.structure_agreeing == 0.5  # T disagrees, C1 (P1, E2) agrees
    assert _problems(c) == [
        "You gave 'A tram would cut car trips' and 'Traffic is getting worse every year' as "
        "separate reasons for 'The city should build the tram'; the reference links them "
        "into one argument: they support it only together."
    ]


def test_convergent_reasons_merged_into_a_linked_one() -> None:
    def change(d: dict[str, Any]) -> None:
        inf(d, "I3")["premises"] = ["P1", "E2"]
        drop(d, "I4")

    c = compare(student(change), reference())
    assert [(s.premises, s.kind) for s in c.structure] == [(("P1", "E2"), "merged")]
    assert _problems(c) == [
        "You linked 'Buses alone cannot carry the crowds' and 'Ridership on the old line "
        "doubled' into one argument for 'A tram would cut car trips'; in the reference each "
        "is a reason on its own."
    ]


def test_missing_link_between_statements_the_student_has() -> None:
    c = compare(student(lambda d: drop(d, "I2")), reference())
    assert c.scores.links_found == pytest.approx(6 / 7, abs=1e-4)
    assert _problems(c) == [
        "You did not connect 'Commuters lose an hour a day in jams' to 'Traffic is getting "
        "worse every year': in the reference it supports it."
    ]


def test_extra_link_with_no_route_in_the_reference() -> None:
    def change(d: dict[str, Any]) -> None:
        d["inferences"].append({"id": "I9", "premises": ["E1"], "conclusion": "C1"})

    c = compare(student(change), reference())
    assert c.scores.links_precision == pytest.approx(7 / 8, abs=1e-4)
    assert _problems(c) == [
        "Your map has 'Commuters lose an hour a day in jams' supporting 'A tram would cut "
        "car trips'; the reference has no such link."
    ]


def _with_undercut(d: dict[str, Any]) -> None:
    d["statements"].append({"id": "U", "kind": "rebuttal", "text": "Cost is not the point here"})
    d["inferences"].append(
        {"id": "I7", "premises": ["U"], "conclusion": "I5", "polarity": "attack"}
    )


def test_undercuts_are_compared_through_the_inference_they_attack() -> None:
    ref = student(_with_undercut)

    def renamed(d: dict[str, Any]) -> None:
        _with_undercut(d)
        # Other ids on the student's side: the undercut must follow its target.
        inf(d, "I5")["id"] = "attack-on-thesis"
        inf(d, "I7")["conclusion"] = "attack-on-thesis"

    same = compare(student(renamed), ref)
    assert same.score == 1.0
    assert ("U", "@I5", "matched") in [(x.premise, x.conclusion, x.status) for x in same.links]

    def dropped(d: dict[str, Any]) -> None:
        _with_undercut(d)
        drop(d, "I7")

    c = compare(student(dropped), ref)
    assert _problems(c) == [
        "You did not connect 'Cost is not the point here' to the step from 'Trams are too "
        "expensive' to 'The city should build the tram': in the reference it attacks it."
    ]


def test_every_planted_mistake_lowers_the_score() -> None:
    full = compare(reference(), reference()).score
    for change in (
        lambda d: drop(d, "CC1"),
        lambda d: inf(d, "I6").update(polarity="support"),
        lambda d: stmt(d, "CC1").update(attributed_to=None),
        lambda d: inf(d, "I3").update(conclusion="T"),
    ):
        assert compare(student(change), reference()).score < full


def test_open_questions_are_left_out_of_the_comparison() -> None:
    def change(d: dict[str, Any]) -> None:
        d["statements"].append(
            {"id": "Q1", "kind": "question", "text": "Who says?", "target": "E1"}
        )

    c = compare(student(change), reference())
    assert c.score == 1.0 and c.extra == []


def test_to_dict_is_json_and_complete() -> None:
    c = compare(student(lambda d: drop(d, "CC1")), reference())
    data = json.loads(json.dumps(c.to_dict()))
    assert data["missing"] == ["CC1"]
    assert data["score"] == c.score
    assert data["scores"]["counts"]["statements_matched"] == 7
    assert data["matches"][0]["reason"] == "spans overlap 100%"
    assert data["feedback"] == c.feedback
