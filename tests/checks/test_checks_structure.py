"""missing-thesis, multiple-theses, disconnected, circular-support."""

from __future__ import annotations

from helpers_checks import found, one
from hypothesis import given
from strategies import maps

from argmap.checks import Severity
from argmap.model import ArgumentMap, MapBuilder


def test_missing_thesis() -> None:
    b = MapBuilder()
    b.claim("Ties are fraying")
    f = one(b.build(), "missing-thesis")
    assert f.severity is Severity.ERROR and f.ids == ()


def test_thesis_present_is_not_missing() -> None:
    b = MapBuilder()
    b.thesis("Act now")
    assert found(b.build(), "missing-thesis") == set()


def test_empty_map_reports_nothing() -> None:
    assert found(MapBuilder().build(), "missing-thesis") == set()


def test_multiple_theses() -> None:
    b = MapBuilder()
    b.thesis("Act now")
    b.thesis("Wait")
    f = one(b.build(), "multiple-theses")
    assert f.ids == ("T1", "T2") and f.severity is Severity.ERROR


def test_one_thesis_is_not_multiple() -> None:
    b = MapBuilder()
    b.thesis("Act now")
    assert found(b.build(), "multiple-theses") == set()


def test_disconnected_statement_and_island() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.claim("Delay costs", supports=t)
    island = b.claim("The weather is fine")
    b.evidence("It is sunny", supports=island)
    assert found(b.build(), "disconnected") == {("C2",), ("E1",)}


def test_attack_chains_and_undercuts_are_connected() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    c = b.claim("Delay costs")
    i = b.support(c, t)
    cc = b.counterclaim("Acting is risky", attacks=t)
    b.rebuttal("Risk is small", attacks=cc)
    b.rebuttal("Costs are not the point", id="R9")
    b.attack("R9", i)
    assert found(b.build(), "disconnected") == set()


def test_disconnected_not_reported_without_thesis() -> None:
    b = MapBuilder()
    b.claim("A")
    b.claim("B")
    assert found(b.build(), "disconnected") == set()


def test_open_question_is_left_out_but_answered_one_is_checked() -> None:
    b = MapBuilder()
    b.thesis("Act now")
    b.add("question", "Is delay costly?", id="Q1")
    b.add("question", "Was it costly?", id="Q2", answered=True)
    assert found(b.build(), "disconnected") == {("Q2",)}


def test_circular_support() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    c1 = b.claim("A", supports=t)
    c2 = b.claim("B", supports=c1)
    c3 = b.claim("C", supports=c2)
    b.support(c1, c3)
    f = one(b.build(), "circular-support")
    assert f.ids == ("C1", "C2", "C3") and f.severity is Severity.ERROR


def test_two_separate_circles_are_two_findings() -> None:
    b = MapBuilder()
    t = b.thesis("T")
    a = b.claim("A", supports=t)
    a2 = b.claim("A2", supports=a)
    b.support(a, a2)
    c = b.claim("C", supports=t)
    c2 = b.claim("C2", supports=c)
    b.support(c, c2)
    assert found(b.build(), "circular-support") == {("C1", "C2"), ("C3", "C4")}


def test_attacks_do_not_make_circles_and_linked_premises_count() -> None:
    b = MapBuilder()
    t = b.thesis("T")
    a = b.claim("A", supports=t)
    cc = b.counterclaim("No", attacks=a)
    b.attack(a, cc)
    assert found(b.build(), "circular-support") == set()
    p = b.premise("P")
    b.support([t, p], a)
    assert found(b.build(), "circular-support") == {("T1", "C1")}


@given(maps(max_statements=10))
def test_circles_agree_with_the_graph_view(m: ArgumentMap) -> None:
    from argmap.checks.context import CheckContext
    from argmap.graph import support_cycles

    ctx = CheckContext(m)
    assert sorted(sorted(g) for g in ctx.support_cycles) == support_cycles(m)


def test_circles_found_among_statements_above_and_below_them() -> None:
    from argmap.checks.context import CheckContext

    b = MapBuilder()
    t = b.thesis("T")
    a = b.claim("A", supports=t)
    c = b.claim("B", supports=a)
    b.support(a, c)  # A and B support each other
    b.claim("a reason for B, outside the circle", supports=c)
    d = b.claim("a conclusion drawn from A, outside the circle")
    b.support(a, d)
    x = b.claim("X")
    y = b.claim("Y", supports=x)
    z = b.claim("Z", supports=y)
    b.support(x, z)  # a second circle: Z -> Y -> X -> Z
    assert CheckContext(b.build()).support_cycles == [["C1", "C2"], ["C5", "C6", "C7"]]
