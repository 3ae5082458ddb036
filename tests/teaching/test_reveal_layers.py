"""Reveal layers on every valid map: undercut cycles and chains, long chains."""

from __future__ import annotations

from hypothesis import given, settings
from strategies import maps

from argmap.model import ArgumentMap, MapBuilder
from argmap.teaching import steps
from argmap.teaching.layers import _answers_not_first, layers


def _reference_layers(amap: ArgumentMap) -> list[list[str]]:
    """The definition, written out naively (recursive, quadratic): the oracle."""
    order = {s.id: n for n, s in enumerate(amap.statements)}
    qids = {s.id for s in amap.statements if s.kind == "question"}
    infs = {i.id: i for i in amap.inferences}
    shown = {s.id for s in amap.theses}
    out = [[s.id for s in amap.theses]] if amap.theses else []

    def visible(ref: str, seen: frozenset[str] = frozenset()) -> bool:
        if ref in infs:
            if ref in seen:
                return False
            inf = infs[ref]
            return visible(inf.conclusion, seen | {ref}) and any(p in shown for p in inf.premises)
        return ref in shown

    def step(polarity: str) -> list[str]:
        new = {
            p
            for i in amap.inferences
            if i.polarity == polarity and visible(i.conclusion)
            for p in i.premises
            if p not in shown
        }
        return sorted(new, key=order.__getitem__)

    while new := step("support") or step("attack"):
        shown.update(new)
        out.append(new)
    rest = [s.id for s in amap.statements if s.id not in shown and s.id not in qids]
    # Then no counterclaim's answer before it, as the module doc says.
    return _answers_not_first(amap, out + ([rest] if rest else []), order)


@settings(max_examples=150)
@given(maps(max_statements=10))
def test_layers_follow_the_definition_on_any_map(amap: ArgumentMap) -> None:
    placed = {s.id for s in amap.statements if s.kind == "question"}
    got = [[r for r in layer if r not in placed] for layer in layers(amap)]
    want = [[r for r in layer if r not in placed] for layer in _reference_layers(amap)]
    assert [x for x in got if x] == [x for x in want if x]
    shown = [r for layer in layers(amap) for r in layer]
    assert sorted(shown) == sorted(s.id for s in amap.statements)  # each exactly once


def _undercut_pair() -> ArgumentMap:
    b = MapBuilder()
    t = b.thesis("Act")
    c = b.claim("Costs", supports=t)
    p = b.premise("A reason")
    q = b.premise("Another reason")
    b.support(c, t, id="I0")
    b.attack(p, "I9", id="I8")
    b.attack(q, "I8", id="I9")
    return b.build()


def test_two_inferences_that_undercut_each_other() -> None:
    amap = _undercut_pair()
    out = layers(amap)
    assert out[:2] == [["T1"], ["C1"]]
    assert sorted(r for layer in out for r in layer) == sorted(s.id for s in amap.statements)
    assert len(steps(amap)) == len(out)


def test_a_long_undercut_chain_is_revealed_link_by_link() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    c = b.claim("Costs", id="C0")
    b.support(c, t, id="U0")
    target = "U0"
    for n in range(1, 3000):
        p = b.premise(f"Objection {n}", id=f"P{n}")
        b.attack(p, target, id=f"U{n}")
        target = f"U{n}"
    out = layers(b.build())
    assert out[:2] == [["T1"], ["C0"]]
    assert [layer[0] for layer in out[2:5]] == ["P1", "P2", "P3"]
    assert len(out) == 2 + 2999


def test_a_long_support_chain() -> None:
    b = MapBuilder()
    prev = b.thesis("Act")
    for n in range(5000):
        prev = b.claim(f"Reason {n}", supports=prev)
    out = layers(b.build())
    assert len(out) == 5001 and out[-1] == ["C5000"]
