"""Findings as highlights on the diagram."""

from __future__ import annotations

from argmap.checks import check
from argmap.checks.overlay import findings_highlight
from argmap.model import MapBuilder
from argmap.rendering.dot import to_dot


def test_badges_add_up_and_only_subjects_are_marked() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.counterclaim("Critics agree", supports=t)
    marks = findings_highlight(check(b.build()))
    assert set(marks) == {"CC1"}  # T1 is named by kind-mismatch, but it is not its subject
    assert marks["CC1"].badge == "warning: kind-mismatch · warning: unanswered-counterclaim"
    assert marks["CC1"].tooltip is not None and "never answered" in marks["CC1"].tooltip


def test_every_statement_of_a_circle_is_marked() -> None:
    b = MapBuilder()
    t = b.thesis("T")
    a = b.claim("A", supports=t)
    c = b.claim("C", supports=a)
    b.support(a, c)
    marks = findings_highlight(check(b.build(), select=["circular-support"]))
    assert set(marks) == {"C1", "C2"}


def test_drawn_in_dot() -> None:
    b = MapBuilder()
    b.thesis("Act now")
    dot = to_dot(b.build(), highlight=findings_highlight(check(b.build())))
    assert "error: unsupported-claim" in dot
    assert "error: unsupported-claim" not in to_dot(b.build())
