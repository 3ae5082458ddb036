"""Tests for argmap.evaluate: hand-worked maps, reasons, properties and the Dung reduction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from strategies import maps

import argmap
from argmap.errors import ArgmapError
from argmap.model import ArgumentMap, MapBuilder
from argmap.semantics import (
    Evaluation,
    Label,
    Verdict,
    evaluate,
    grounded_labelling,
    preferred,
    to_framework,
)
from argmap.semantics.bipolar import MapGraph

IN, OUT, UNDEC = Label.IN, Label.OUT, Label.UNDEC
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def labels(amap: ArgumentMap, **options: str) -> dict[str, Label]:
    ev = evaluate(amap, **options)  # type: ignore[arg-type]
    return {ref: v.label for ref, v in ev.items()}


# -- hand-worked maps ----------------------------------------------------------


def test_unattacked_statements_stand() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    b.claim("Soon", supports=t)
    b.premise("Unconnected")
    assert labels(b.build()) == {"T1": IN, "C1": IN, "P1": IN, "I1": IN}


def test_simple_attack_defeats_the_target() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    b.counterclaim("Do not", attacks=t, title="Nay")
    ev = evaluate(b.build())
    assert labels(b.build()) == {"T1": OUT, "CC1": IN, "I1": IN}
    assert ev["T1"].reason == (
        "OUT: attacked by CC1 ('Nay'), which stands because nothing attacks it"
    )
    assert ev["T1"].because == ("CC1",)
    assert ev["CC1"].reason == "IN: nothing attacks it"


def test_rebuttal_reinstates_the_target() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    cc = b.counterclaim("Do not", attacks=t)
    b.rebuttal("But yes", attacks=cc)
    ev = evaluate(b.build())
    assert (ev.stands(), ev.defeated(), ev.undecided()) == (("T1", "R1"), ("CC1",), ())
    assert ev["T1"].reason == "IN: its only attacker, CC1, is defeated by R1"
    assert ev["T1"].because == ("CC1",)
    assert ev["I1"].reason == "OUT: its premise CC1 is defeated by R1"


def test_undercut_on_an_attack_leaves_the_attacker_standing() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    cc = b.counterclaim("Only symbolic")
    attack = b.attack(cc, t)
    b.rebuttal("Symbols matter", attacks=attack, title="Symbols")
    ev = evaluate(b.build())
    assert ev["T1"].label is IN and ev[cc].label is IN
    assert ev[attack].label is OUT
    assert ev[attack].reason == "OUT: undercut by R1 ('Symbols'), which stands"
    assert ev["T1"].reason == "IN: its only attack, from CC1, is undercut by R1"


def test_undercut_on_the_only_support_defeats_a_claim() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    c = b.claim("Costs rise", supports=t)
    b.evidence("Prices went up", supports=c)
    support = b.build().inferences_into(c)[0].id
    b.counterclaim("Prices always go up", attacks=support)
    ev = evaluate(b.build())
    assert ev[support].label is OUT
    assert ev[c].label is OUT
    assert ev[c].reason == "OUT: its only reason fails: the support from E1 is undercut by CC1"
    # The thesis lost its only reason too, and says why.
    assert ev["T1"].label is OUT
    assert ev["T1"].reason == "OUT: its only reason fails: C1 is left without a standing reason"


def test_mutual_attack_is_undecided_and_so_is_what_it_touches() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    x = b.counterclaim("X", attacks=t)
    y = b.rebuttal("Y")
    b.attack(y, x)
    b.attack(x, y)
    ev = evaluate(b.build())
    assert ev.undecided() == ("T1", "CC1", "R1")
    assert ev["CC1"].reason == (
        "UNDECIDED: CC1 and R1 attack each other and nothing settles which stands"
    )
    assert ev["CC1"].because == ("R1",)
    assert ev["T1"].reason == "UNDECIDED: attacked by CC1 ('X'), which is undecided"


def test_support_from_a_defeated_premise_does_not_hold() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    p = b.premise("Costs rise", supports=t)
    b.counterclaim("They fall", attacks=p)
    ev = evaluate(b.build())
    assert labels(b.build())["T1"] is OUT
    assert ev["T1"].reason == "OUT: its only reason fails: P1 is defeated by CC1"


def test_linked_support_with_one_defeated_premise_fails() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    p1, p2 = b.premise("A"), b.premise("B")
    linked = b.support([p1, p2], t)
    b.counterclaim("Not B", attacks=p2)
    ev = evaluate(b.build())
    assert ev[p1].label is IN and ev[p2].label is OUT
    assert ev[linked].label is OUT and ev["T1"].label is OUT
    assert ev["T1"].reason == (
        "OUT: its only reason fails: the support from P1 and P2 fails: P2 is defeated by CC1"
    )


def test_convergent_support_survives_one_defeated_reason() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    p1 = b.premise("A", supports=t)
    b.premise("B", supports=t)
    b.counterclaim("Not A", attacks=p1)
    ev = evaluate(b.build())
    assert ev["T1"].label is IN
    assert ev["T1"].reason == "IN: nothing attacks it; it rests on P2, which stands"


def test_every_reason_failing_is_listed() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    p1, p2 = b.premise("A", supports=t), b.premise("B", supports=t)
    b.counterclaim("Not A", attacks=p1)
    b.counterclaim("Not B", attacks=p2)
    reason = evaluate(b.build())["T1"].reason
    assert reason == (
        "OUT: none of its 2 reasons stands (P1 is defeated by CC1; P2 is defeated by CC2)"
    )


def test_attack_chain_alternates() -> None:
    b = MapBuilder()
    a = b.thesis("A")
    chain = [a]
    for text in "BCDE":
        chain.append(b.counterclaim(text, attacks=chain[-1]))
    ev = evaluate(b.build())
    assert [ev[ref].label for ref in chain] == [IN, OUT, IN, OUT, IN]


@pytest.mark.parametrize("field", ["evidence", "accepted"])
def test_evidence_and_accepted_statements_stand_on_their_own(field: str) -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    if field == "evidence":
        s = b.evidence("Prices rose", supports=t)
    else:
        s = b.premise("Everyone knows", supports=t, accepted=True)
    p = b.premise("Doubtful source", supports=s)
    b.counterclaim("The source lies", attacks=p)
    ev = evaluate(b.build())
    assert ev[p].label is OUT
    assert ev[s].label is IN and ev["T1"].label is IN
    assert ev[s].reason == (
        f"IN: nothing attacks it; as {field} it stands on its own, though its reasons fail"
    )


def test_circular_support_is_undecided() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    a = b.claim("A", supports=t)
    c = b.claim("B", supports=a)
    b.support(a, c)
    ev = evaluate(b.build())
    assert ev.undecided() == ("T1", a, c)
    assert ev[a].reason == (
        "UNDECIDED: its reasons go round in a circle (C1 and C2) "
        "and nothing outside it grounds them"
    )
    assert ev["T1"].reason == "UNDECIDED: it rests on C1 ('A'), which is undecided"


def test_odd_cycle_of_attacks_is_undecided() -> None:
    b = MapBuilder()
    x = b.claim("X")
    y = b.claim("Y", attacks=x)
    z = b.claim("Z", attacks=y)
    b.attack(x, z)
    ev = evaluate(b.build())
    assert ev.undecided() == (x, y, z)
    assert ev[x].reason == (
        "UNDECIDED: caught in a circle of attacks among C1, C2 and C3 "
        "that nothing outside it settles"
    )
    assert ev[x].because == ("C2", "C3")


def test_preferred_settles_what_grounded_leaves_open() -> None:
    # X and Y attack each other; both attack T; whichever wins, T falls.
    b = MapBuilder()
    t = b.thesis("Act")
    x = b.counterclaim("X", attacks=t)
    y = b.counterclaim("Y", attacks=t)
    b.attack(x, y)
    b.attack(y, x)
    m = b.build()
    assert evaluate(m)["T1"].label is UNDEC
    ev = evaluate(m, semantics="preferred")
    assert ev.semantics == "preferred" and ev.readings == 2
    assert ev["T1"].label is OUT
    assert ev[x].label is UNDEC
    assert ev[x].reason.endswith("(it stands in 1 of 2 preferred readings)")


def test_preferred_equals_grounded_without_open_conflicts() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    b.rebuttal("R", attacks=b.counterclaim("C", attacks=t))
    m = b.build()
    assert labels(m, semantics="preferred") == labels(m)


def test_unknown_semantics_is_an_argmap_error() -> None:
    with pytest.raises(ArgmapError, match="unknown semantics 'stable'; use one of: grounded"):
        evaluate(MapBuilder().build(), semantics="stable")  # type: ignore[arg-type]


# -- the Evaluation object -----------------------------------------------------


def test_evaluation_is_a_read_only_mapping_with_json_output() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    b.counterclaim("No", attacks=t)
    ev = evaluate(b.build())
    assert isinstance(ev, Evaluation)
    assert list(ev) == ["T1", "CC1", "I1"]
    assert len(ev) == 3 and "I1" in ev
    assert ev.labels == {"T1": OUT, "CC1": IN}
    assert ev.stands(inferences=True) == ("I1",)
    with pytest.raises(KeyError, match="no statement or inference with id 'Z9'"):
        ev["Z9"]
    data = json.loads(json.dumps(ev.to_dict()))
    assert data["statements"]["T1"]["label"] == "out"
    assert data["statements"]["T1"]["because"] == ["CC1"]
    assert data["inferences"]["I1"]["label"] == "in"
    assert repr(ev) == "<Evaluation (grounded) of 2 statements: 1 IN, 1 OUT, 0 UNDECIDED>"


def test_verdict_words() -> None:
    assert Verdict(UNDEC, "UNDECIDED: x").word == "UNDECIDED"
    assert Verdict(IN, "IN: x").stands and not Verdict(OUT, "OUT: x").stands


def test_public_names() -> None:
    assert argmap.evaluate is evaluate
    assert argmap.Evaluation is Evaluation and argmap.Verdict is Verdict
    assert argmap.Label is Label


def test_long_and_quoted_titles_are_shortened_in_reasons() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    b.counterclaim("It's " + "very " * 20 + "bad", attacks=t)
    reason = evaluate(b.build())["T1"].reason
    assert reason.startswith("OUT: attacked by CC1 (\"It's very")
    assert "…" in reason and len(reason) < 130


# -- the worked example --------------------------------------------------------


def test_gsomia_what_stands() -> None:
    m = argmap.load(EXAMPLES / "gsomia.yaml")
    ev = evaluate(m)
    assert not ev.undecided()
    # The symbolic-impact objection stands, but its attack on C1 is undercut.
    assert ev["CC1"].label is IN and ev["I6"].label is OUT
    assert ev["I6"].because == ("R1",)
    # Seoul's "national interests" claim and the "nothing to do with the U.S."
    # claim are answered by the editorial's rebuttals.
    assert ev["CC3"].label is OUT and ev["CC3"].because == ("R2",)
    assert ev["CC5"].label is OUT and ev["CC5"].because == ("R3",)
    assert ev["C1"].label is IN
    # The thesis falls exactly when an attack on it stands (the map leaves CC4 unanswered).
    standing = [i.premises[0] for i in m.inferences_into("T1") if i.is_attack and ev[i.id].stands]
    assert (ev["T1"].label is OUT) == bool(standing)
    if standing:
        assert ev["T1"].because == (standing[0],)


# -- properties ----------------------------------------------------------------


def _check_fixpoint(amap: ArgumentMap, ev: Evaluation) -> None:
    """Every label is exactly what the rules give, looking at the others' labels."""
    g = MapGraph(amap)
    lab = {ref: ev[ref].label for ref in g.ids}
    for x, ref in enumerate(g.ids):
        attackers = [lab[g.ids[a]] for a in g.attackers[x]]
        if g.is_statement(x):
            supports = [lab[g.ids[i]] for i in g.supports[x]]
            out = IN in attackers or (not g.basic[x] and all(s is OUT for s in supports))
            inn = all(a is OUT for a in attackers) and (g.basic[x] or IN in supports)
        else:
            premises = [lab[g.ids[p]] for p in g.premises[x]]
            out = OUT in premises or IN in attackers
            inn = all(p is IN for p in premises) and all(a is OUT for a in attackers)
        expected = OUT if out else IN if inn else UNDEC
        assert lab[ref] is expected, (ref, ev[ref].reason)


@given(maps())
def test_labels_are_total_and_a_fixpoint_of_the_rules(amap: ArgumentMap) -> None:
    ev = evaluate(amap)
    assert list(ev) == [s.id for s in amap.statements] + [i.id for i in amap.inferences]
    _check_fixpoint(amap, ev)
    for ref, verdict in ev.items():
        assert verdict.reason.startswith(verdict.word + ": ")
        assert ref not in verdict.because
        assert set(verdict.because) <= {s.id for s in amap.statements}


@given(maps())
def test_in_and_out_statements_are_justified(amap: ArgumentMap) -> None:
    ev = evaluate(amap)
    for s in amap.statements:
        attacks = [i for i in amap.inferences_into(s.id) if i.is_attack]
        supports = [i for i in amap.inferences_into(s.id) if not i.is_attack]
        if ev[s.id].label is IN:
            assert all(ev[a.id].label is OUT for a in attacks)
        elif ev[s.id].label is OUT:
            has_in_attacker = any(ev[a.id].label is IN for a in attacks)
            lost_support = bool(supports) and all(ev[i.id].label is OUT for i in supports)
            assert has_in_attacker or lost_support


@given(maps())
def test_grounded_equals_grounded_of_the_dung_reduction(amap: ArgumentMap) -> None:
    expected = grounded_labelling(to_framework(amap))
    ev = evaluate(amap)
    assert {ref: v.label for ref, v in ev.items()} == {ref: expected[ref] for ref in ev}


@given(maps(max_statements=6))
def test_preferred_is_sceptical_over_preferred_extensions(amap: ArgumentMap) -> None:
    af = to_framework(amap)
    extensions = preferred(af)
    grounded_ev, ev = evaluate(amap), evaluate(amap, semantics="preferred")
    for ref, verdict in ev.items():
        if grounded_ev[ref].label is not UNDEC:
            assert verdict.label is grounded_ev[ref].label
        if verdict.label is IN:
            assert all(ref in e for e in extensions)
        else:
            assert verdict.label is OUT or not all(ref in e for e in extensions)


def test_a_reason_never_leans_on_the_statement_it_explains() -> None:
    # S3 undercuts the attack on itself, but that attack fails anyway: its
    # premise S0 is defeated by S1. The reason must name S0, not S3 itself.
    b = MapBuilder()
    s0 = b.thesis("S0")
    s1 = b.claim("S1", attacks=s0)
    s3 = b.claim("S3")
    attack = b.attack(s0, s3)
    b.attack(s3, attack)
    b.support(s1, s0)
    verdict = evaluate(b.build())[s3]
    assert verdict.label is IN
    assert s3 not in verdict.because
    assert verdict.reason == f"IN: its only attacker, {s0}, is defeated by {s1}"


# -- the shared index ------------------------------------------------------------


def test_edits_after_an_evaluation_are_seen() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    c = b.claim("Delay costs", supports=t)
    p = b.premise("Costs compound", supports=c)
    b.counterclaim("They do not", attacks=p)
    m = b.build()
    assert labels(m)["C1"] is OUT  # its only reason falls
    m.statements[1].accepted = True  # read from the model, not cached with the links
    assert labels(m)["C1"] is IN
    m.statements[1].accepted = False
    m.inferences.pop()  # nothing attacks P1 any more: the index is rebuilt
    assert labels(m) == {"T1": IN, "C1": IN, "P1": IN, "CC1": IN, "I1": IN, "I2": IN}


def test_map_graph_shares_the_index_links() -> None:
    from argmap.graph import MapIndex

    m = _two_step_map()
    g = MapGraph(m)
    assert g.premises is MapIndex.of(m).numbered.premises
    assert MapGraph(MapIndex.of(m)).attackers is g.attackers


def _two_step_map() -> ArgumentMap:
    b = MapBuilder()
    t = b.thesis("Act")
    b.evidence("Data", supports=b.claim("Reason", supports=t))
    return b.build()
