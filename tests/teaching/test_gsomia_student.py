"""The flawed student map of the GSOMIA editorial against the reference.

Each planted mistake must be reported, with its own line.

examples/gsomia_student.yaml lists its eight planted mistakes in its header.
Its spans carry their offsets, so these tests run without ../shared too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import argmap
from argmap.teaching import Comparison, compare
from argmap.teaching.scores import WEIGHTS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# One line per planted mistake, in the order the feedback gives them.
PLANTED = {
    "wrong thesis": (
        "You treated 'The pact was a landmark in Japan-South Korea relations' as the thesis; "
        "the reference's thesis is 'Seoul should rethink exit'."
    ),
    "missed counterclaim": (
        "You missed the counterclaim 'Lost trust in Japan', attributed to South Korean government."
    ),
    "extra statement": (
        "Your map adds a claim, 'Tourism from South Korea matters to Japan's economy', that "
        "the reference does not have: check that the editorial makes this point."
    ),
    "wrong kind": (
        "You called 'Suga said the two countries need to work together…' a claim; "
        "the reference treats it as evidence (testimony)."
    ),
    "missing attribution": (
        "You left out who holds 'Extending the pact is no longer in South Korea's…': "
        "the reference attributes it to South Korean government, not to the author."
    ),
    "routing": (
        "Your map has 'South Koreans are boycotting Japanese products' supporting 'Seoul "
        "should reconsider ending the pact' directly; the reference routes it through "
        "'Rift harms many ties'."
    ),
    "polarity": (
        "You have 'The judgment may have been premature' supporting 'Extending the pact is "
        "no longer in South Korea's…'; in the reference it attacks it."
    ),
    "linked split": (
        "You gave 'South Koreans are about 20 percent of visitors to…' and 'Korean tourists "
        "to Japan dropped 7.6% in July' as separate reasons for 'The fraying ties have begun "
        "to harm relations on…'; the reference links them into one argument: they support "
        "it only together."
    ),
}


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    student = argmap.load(EXAMPLES / "gsomia_student.yaml")
    reference = argmap.load(EXAMPLES / "gsomia.yaml")
    return compare(student, reference)


def test_each_planted_mistake_gives_its_line_and_nothing_else(comparison: Comparison) -> None:
    assert comparison.feedback[1:] == list(PLANTED.values())


def test_praise_counts_what_is_right(comparison: Comparison) -> None:
    assert comparison.feedback[0] == (
        "What is right: you found 37 of the reference's 38 statements (34 of them of the "
        "same kind) and drew 36 of its 39 links."
    )


def test_counts(comparison: Comparison) -> None:
    sc = comparison.scores
    # 38 statements each; the student misses CC4 and adds one, so 37 pair up.
    assert (sc.reference_statements, sc.student_statements, sc.statements_matched) == (38, 38, 37)
    # Three pairs differ in kind: the swapped thesis and claim, and Suga's testimony.
    assert sc.kinds_matching == 34
    assert not sc.thesis_right
    # Links: CC4->T1, R3->CC4 and E14->C8 are missing; E14->T1 and two links through the
    # extra statement are added; R2->CC3 is there with the wrong polarity.
    assert (sc.reference_links, sc.student_links, sc.links_matched) == (39, 39, 36)
    assert sc.polarity_matching == 35
    # Nine conclusions have two or more shared premises; C8's are grouped differently.
    assert (sc.structure_total, sc.structure_matching) == (9, 8)
    # Ten reference statements name a speaker; CC4 is missed and CC3 lost its speaker.
    assert (sc.attributions_total, sc.attributions_matching) == (9, 8)


def test_overall_score_follows_the_documented_formula(comparison: Comparison) -> None:
    f1_statements = 37 / 38  # recall = precision
    recall, precision = 36 / 39, 36 / 39
    parts = {
        "statements": f1_statements,
        "thesis_right": 0.0,
        "kinds_agreeing": 34 / 37,
        "links": 2 * recall * precision / (recall + precision),
        "polarity_agreeing": 35 / 36,
        "structure_agreeing": 8 / 9,
        "attributions_right": 8 / 9,
    }
    expected = sum(WEIGHTS[k] * v for k, v in parts.items())
    assert comparison.score == pytest.approx(expected, abs=2e-3)
    assert 0.79 < comparison.score < 0.81


def test_missing_and_extra(comparison: Comparison) -> None:
    assert comparison.missing == ["CC4"]
    assert comparison.extra == ["tourism_matters"]
    routed = [x for x in comparison.links if x.route]
    assert [(x.premise, x.conclusion, x.route) for x in routed] == [("E14", "T1", ("C8",))]


def test_both_alignment_passes_are_used_and_explained(comparison: Comparison) -> None:
    by = {m.student: m for m in comparison.matches}
    # Anchored to a shorter stretch of the same sentence: paired by spans.
    assert by["landmark"].reference == "C2"
    assert by["landmark"].reason == "spans overlap 59%"
    # The implicit premise has no span: paired by wording.
    assert by["time_left"].reference == "P2"
    assert by["time_left"].reason.startswith("wording ")
    assert {m.by for m in comparison.matches} == {"spans", "wording"}
