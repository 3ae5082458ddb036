"""Teaching outputs on undercut cycles and long undercut chains."""

from __future__ import annotations

import argmap
from argmap.model import ArgumentMap, Inference, Source, make_statement
from argmap.teaching.layers import layers
from argmap.teaching.slides import MAX_STEPS, reveal_order, steps
from argmap.teaching.worksheet import worksheet


def _chain(n: int) -> ArgumentMap:
    """T1 <- C1, then U2 undercuts that inference, U3 undercuts U2's, and so on."""
    statements = [
        make_statement("thesis", id="T1", text="t"),
        make_statement("claim", id="C1", text="c"),
    ]
    inferences = [Inference(id="I1", premises=["C1"], conclusion="T1", polarity="support")]
    for k in range(2, n + 1):
        statements.append(make_statement("counterclaim", id=f"U{k}", text=f"u{k}"))
        inferences.append(
            Inference(id=f"I{k}", premises=[f"U{k}"], conclusion=f"I{k - 1}", polarity="attack")
        )
    return ArgumentMap(source=Source(title="chain"), statements=statements, inferences=inferences)


def _cycle() -> ArgumentMap:
    statements = [
        make_statement("thesis", id="T1", text="t"),
        make_statement("claim", id="A", text="a"),
        make_statement("claim", id="B", text="b"),
    ]
    inferences = [
        Inference(id="I1", premises=["A"], conclusion="I2", polarity="attack"),
        Inference(id="I2", premises=["B"], conclusion="I1", polarity="attack"),
    ]
    return ArgumentMap(source=Source(title="cycle"), statements=statements, inferences=inferences)


def test_undercuts_of_each_other_are_revealed_once() -> None:
    amap = _cycle()
    found = layers(amap)
    assert sorted(ref for layer in found for ref in layer) == ["A", "B", "T1"]
    assert [[s.id for s in m.statements] for m in steps(amap)][-1] == ["T1", "A", "B"]
    assert sorted(worksheet(amap).numbers) == ["A", "B", "T1"]
    assert argmap.steps(amap)


def test_long_undercut_chain_layers_in_order() -> None:
    amap = _chain(3000)
    found = layers(amap)
    assert found[:3] == [["T1"], ["C1"], ["U2"]]
    assert len(found) == 3001
    assert [layer[0] for layer in found[2:]] == [f"U{k}" for k in range(2, 3001)]


def test_deep_map_is_revealed_in_at_most_max_steps() -> None:
    amap = _chain(500)
    order = reveal_order(amap)
    assert MAX_STEPS // 2 < len(order) <= MAX_STEPS
    assert order[0] == ["T1"]
    flat = [ref for layer in order for ref in layer]
    assert flat == [ref for layer in layers(amap) for ref in layer]
    last = steps(amap)[-1]
    assert len(last.statements) == 501
    assert len(last.inferences) == 500
