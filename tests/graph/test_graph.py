"""The networkx view and the queries over it."""

from __future__ import annotations

import pytest
from hypothesis import given
from strategies import maps

from argmap.graph import (
    attackers,
    find_thesis,
    from_networkx,
    support_cycles,
    support_tree,
    supporters,
    to_networkx,
    unconnected,
)
from argmap.model import ArgumentMap, MapBuilder


def sample() -> ArgumentMap:
    b = MapBuilder()
    t = b.thesis("Act now")
    c = b.claim("Delay costs", supports=t)
    e1 = b.evidence("Costs rose", type="statistic")
    e2 = b.evidence("Jobs lost", type="example")
    b.link([e1, e2], c, id="LINK")
    cc = b.counterclaim("Acting is risky", attacks=t)
    b.rebuttal("Risk is small", attacks=cc)
    u = b.counterclaim("Costs are unrelated")
    b.attack(u, "LINK")
    b.claim("A stray remark")
    return b.build()


def test_graph_shape() -> None:
    g = to_networkx(sample())
    assert g.nodes["T1"]["node_type"] == "statement"
    assert g.nodes["T1"]["kind"] == "thesis"
    assert g.nodes["LINK"]["node_type"] == "inference"
    assert g.nodes["LINK"]["polarity"] == "support"
    assert g.has_edge("E1", "LINK") and g.has_edge("E2", "LINK") and g.has_edge("LINK", "C1")
    assert g.edges["E1", "LINK"]["role"] == "premise"
    assert g.edges["LINK", "C1"]["role"] == "conclusion"
    # the undercut ends at the inference it attacks
    undercut = next(i for i in sample().inferences if i.conclusion == "LINK")
    assert g.has_edge(undercut.id, "LINK")


@given(maps())
def test_round_trip_through_networkx(m: ArgumentMap) -> None:
    assert from_networkx(to_networkx(m)) == m
    assert m.to_networkx().number_of_nodes() == len(m.statements) + len(m.inferences)


def test_supporters_and_attackers() -> None:
    m = sample()
    assert find_thesis(m) == "T1"
    assert supporters(m, "T1") == ["C1"]
    assert supporters(m, "T1", transitive=True) == ["C1", "E1", "E2"]
    assert attackers(m, "T1") == ["CC1"]
    assert attackers(m, "C1") == ["CC2"]  # undercuts the inference into C1
    assert attackers(m, "T1", transitive=True) == ["CC1", "CC2"]
    assert attackers(m, "CC1") == ["R1"]
    with pytest.raises(KeyError, match="NOPE"):
        supporters(m, "NOPE")


def test_support_tree() -> None:
    tree = support_tree(sample(), "T1")
    assert set(tree.nodes) == {"T1", "C1", "E1", "E2", "LINK", "I1"}


def test_unconnected() -> None:
    assert unconnected(sample()) == ["C2"]
    no_thesis = ArgumentMap.model_validate(
        {"statements": [{"id": "A", "kind": "claim", "text": "a"}]}
    )
    assert unconnected(no_thesis) == ["A"]


def test_support_cycles() -> None:
    b = MapBuilder()
    t = b.thesis("t")
    a = b.claim("a", supports=t)
    c = b.claim("c", supports=a)
    b.support(t, c)
    b.claim("x", supports=t)
    assert support_cycles(b.build()) == [["C1", "C2", "T1"]]
    assert support_cycles(sample()) == []


def test_from_networkx_refuses_bare_nodes() -> None:
    import networkx as nx

    from argmap.errors import MapValidationError

    g = nx.DiGraph()
    g.add_node("X")
    with pytest.raises(MapValidationError, match="X"):
        from_networkx(g)
