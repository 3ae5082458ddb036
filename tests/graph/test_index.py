"""The one map index: each lookup, the shared walks, caching and staleness."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref

import networkx as nx
import pytest
from hypothesis import given
from strategies import maps

from argmap.graph import MapIndex, queries, to_networkx, walks
from argmap.model import ArgumentMap, Claim, Inference, MapBuilder
from argmap.rendering._cards import render_card


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


def ids(infs: object) -> list[str]:
    return [i.id for i in infs]  # type: ignore[attr-defined]


def test_models_and_order() -> None:
    m = sample()
    idx = MapIndex(m)
    assert list(idx.statements) == [s.id for s in m.statements]
    assert idx.statements["C1"] is m.statements[1]
    assert list(idx.inferences) == [i.id for i in m.inferences]
    assert idx.ids == (*idx.statements, *idx.inferences)
    assert [idx.order[r] for r in idx.ids] == list(range(len(idx.ids)))
    assert idx.theses == ("T1",)
    assert list(idx.statement_list) == m.statements
    assert list(idx.inference_list) == m.inferences
    assert idx.kind("CC1") == "counterclaim" and idx.kind("LINK") == "inference"
    assert "LINK" in idx and "T1" in idx and "NOPE" not in idx


def test_links_into_and_out_of_each_id() -> None:
    idx = MapIndex(sample())
    # I1: C1 -> T1, LINK: E1+E2 -> C1, I2: CC1 -x T1, I3: R1 -x CC1, I4: CC2 -x LINK
    assert ids(idx.support_into("T1")) == ["I1"]
    assert ids(idx.attacks_into("T1")) == ["I2"]
    assert ids(idx.into("T1")) == ["I1", "I2"]
    assert ids(idx.support_from("E1")) == ["LINK"] == ids(idx.support_from("E2"))
    assert ids(idx.attacks_from("CC2")) == ["I4"]
    assert ids(idx.out_of("C1")) == ["I1"]
    assert list(idx.premises("LINK")) == ["E1", "E2"]
    assert ids(idx.undercuts("LINK")) == ["I4"]
    assert ids(idx.undercuts("T1")) == []  # a statement has attackers, not undercuts
    for lookup in (idx.support_into, idx.attacks_into, idx.into, idx.out_of, idx.undercuts):
        assert list(lookup("NOPE")) == []
    assert list(idx.premises("T1")) == []


def test_into_and_out_of_keep_map_order_across_polarities() -> None:
    b = MapBuilder()
    t = b.thesis("T")
    x = b.claim("X")
    b.attack(x, t)  # I1
    b.support(x, t)  # I2
    idx = MapIndex(b.build())
    assert ids(idx.into("T1")) == ["I1", "I2"]
    assert ids(idx.out_of("C1")) == ["I1", "I2"]


def test_walks() -> None:
    idx = MapIndex(sample())
    assert dict(idx.support_graph) == {"C1": ["T1"], "E1": ["C1"], "E2": ["C1"]}
    assert set(idx.connected) == {*idx.ids} - {"C2"}
    assert idx.reaching(["CC1"]) == {"CC1", "I3", "R1"}
    assert idx.support_depth("T1") == 2 and idx.support_depth("C2") == 0
    assert idx.support_cycles == []
    b = MapBuilder()
    t = b.thesis("t")
    a = b.claim("a", supports=t)
    c = b.claim("c", supports=a)
    b.support(t, c)
    assert MapIndex(b.build()).support_cycles == [["T1", "C1", "C2"]]


def test_numbered_view_matches_the_lookups() -> None:
    idx = MapIndex(sample())
    g = idx.numbered
    assert g.ids == idx.ids and g.n_statements == len(idx.statements)
    for x, ref in enumerate(g.ids):
        assert [g.ids[k] for k in g.supports[x]] == ids(idx.support_into(ref))
        assert [g.ids[k] for k in g.attackers[x]] == ids(idx.attacks_into(ref))
        if g.is_statement(x):
            assert [g.ids[k] for k in g.premise_of[x]] == ids(idx.out_of(ref))
            assert g.conclusion[x] == -1
        else:
            inf = idx.inferences[ref]
            assert [g.ids[p] for p in g.premises[x]] == inf.premises
            assert g.ids[g.conclusion[x]] == inf.conclusion
            assert g.is_attack[x] is (inf.polarity == "attack")


# -- caching -------------------------------------------------------------------


def test_one_index_per_map_object() -> None:
    m = sample()
    idx = MapIndex.of(m)
    assert MapIndex.of(m) is idx
    twin = m.model_copy(deep=True)
    assert twin == m and MapIndex.of(twin) is not idx
    assert MapIndex(m) is not idx  # the constructor always builds afresh


def test_walks_are_computed_once() -> None:
    idx = MapIndex.of(sample())
    assert idx.connected is idx.connected
    assert idx.support_cycles is idx.support_cycles
    assert idx.numbered is idx.numbered


def test_appending_a_statement_and_an_inference_rebuilds() -> None:
    m = sample()
    old = MapIndex.of(m)
    assert queries.unconnected(m) == ["C2"]
    m.statements.append(Claim(id="C9", text="A late reason"))
    m.inferences.append(Inference(id="I9", premises=["C9", "C2"], conclusion="T1"))
    new = MapIndex.of(m)
    assert new is not old
    assert ids(new.support_into("T1")) == ["I1", "I9"]
    assert queries.unconnected(m) == []
    assert queries.supporters(m, "T1") == ["C1", "C9", "C2"]
    assert ids(old.support_into("T1")) == ["I1"]  # an index describes the map it was built from


def test_editing_an_inference_in_place_rebuilds() -> None:
    m = sample()
    MapIndex.of(m)
    link = m.inferences[1]
    link.premises.remove("E2")
    assert list(MapIndex.of(m).premises("LINK")) == ["E1"]
    assert ids(MapIndex.of(m).support_from("E2")) == []
    link.conclusion = "T1"
    assert ids(MapIndex.of(m).support_into("T1")) == ["I1", "LINK"]
    m.inferences[0].polarity = "attack"
    assert ids(MapIndex.of(m).attacks_into("T1")) == ["I1", "I2"]


def test_editing_a_statement_in_place_rebuilds() -> None:
    m = sample()
    MapIndex.of(m)
    # A kind cannot be assigned (EditError): the thesis is swapped for a claim.
    thesis = m.statements[0]
    m.statements[0] = Claim(id=thesis.id, text=thesis.text)
    assert MapIndex.of(m).theses == ()
    assert queries.unconnected(m) == [s.id for s in m.statements]
    m.statements[2].id = "E9"
    assert "E9" in MapIndex.of(m) and "E1" not in MapIndex.of(m)


def test_editing_an_ignore_list_in_place_rebuilds() -> None:
    m = sample()
    assert MapIndex.of(m).ignores == {}
    m.statements[1].ignore.append("unsupported-claim")
    m.inferences[1].ignore.append("all")
    assert MapIndex.of(m).ignores == {
        "C1": frozenset({"unsupported-claim"}),
        "LINK": frozenset({"all"}),
    }


def test_replacing_a_statement_is_seen() -> None:
    m = sample()
    assert "Delay costs" in render_card(m, "C1")
    m.statements[1] = m.statements[1].model_copy(update={"text": "Waiting is costly"})
    assert MapIndex.of(m).statements["C1"] is m.statements[1]
    card = render_card(m, "C1")
    assert "Waiting is costly" in card and "Delay costs" not in card


def test_reassigning_a_list_is_seen() -> None:
    m = sample()
    MapIndex.of(m)
    m.inferences = [i for i in m.inferences if i.polarity == "support"]
    assert ids(MapIndex.of(m).attacks_into("T1")) == []


def test_text_edits_need_no_rebuild_and_are_read_live() -> None:
    m = sample()
    idx = MapIndex.of(m)
    m.statements[1].text = "Waiting is costly"
    assert MapIndex.of(m) is idx
    assert "Waiting is costly" in render_card(m, "C1")


def test_the_cache_keeps_neither_map_nor_index_alive() -> None:
    m = sample()
    map_ref = weakref.ref(m)
    index_ref = weakref.ref(MapIndex.of(m))
    del m
    gc.collect()
    assert map_ref() is None
    assert index_ref() is None


def test_checks_and_semantics_do_not_import_networkx() -> None:
    code = (
        "import sys; from argmap.model import MapBuilder; import argmap.checks, argmap.semantics; "
        "b = MapBuilder(); t = b.thesis('t'); b.claim('c', supports=t); m = b.build(); "
        "argmap.checks.check(m); argmap.semantics.evaluate(m); "
        "from argmap.graph import unconnected; unconnected(m); "
        "print('networkx' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False"


# -- against networkx, on random maps ---------------------------------------------


@given(maps())
def test_lookups_agree_with_a_scan_of_the_map(m: ArgumentMap) -> None:
    idx = MapIndex.of(m)
    for ref in idx.ids:
        assert ids(idx.into(ref)) == [i.id for i in m.inferences if i.conclusion == ref]
        assert ids(idx.out_of(ref)) == [i.id for i in m.inferences if ref in i.premises]
        assert ids(idx.support_into(ref)) == [
            i.id for i in m.inferences if i.conclusion == ref and i.polarity == "support"
        ]


@given(maps())
def test_walks_agree_with_networkx(m: ArgumentMap) -> None:
    idx = MapIndex.of(m)
    g = to_networkx(m)
    for ref in idx.ids:
        assert idx.reaching([ref]) == {ref, *nx.ancestors(g, ref)}
    h = nx.DiGraph()
    h.add_nodes_from(idx.statements)
    for inf in m.inferences:
        if inf.polarity == "support":
            h.add_edges_from((p, inf.conclusion) for p in inf.premises)
    expected = sorted(sorted(c) for c in nx.strongly_connected_components(h) if len(c) > 1)
    assert queries.support_cycles(m) == expected
    assert sorted(sorted(c) for c in idx.support_cycles) == expected
    if not expected:  # without circles, the depth is the longest chain of support
        for s in idx.statements:
            longest = max((len(p) - 1 for p in _paths_into(h, s)), default=0)
            assert idx.support_depth(s) == longest


def _paths_into(h: nx.DiGraph, target: str) -> list[list[str]]:
    return [p for source in h.nodes for p in nx.all_simple_paths(h, source, target)]


@given(maps())
def test_queries_answer_alike_for_a_map_its_index_and_its_graph(m: ArgumentMap) -> None:
    idx = MapIndex(m)
    g = to_networkx(m)
    assert queries.find_thesis(m) == queries.find_thesis(idx) == queries.find_thesis(g)
    assert queries.unconnected(m) == queries.unconnected(idx) == queries.unconnected(g)
    assert queries.support_cycles(m, order="map") == queries.support_cycles(g, order="map")
    for s in m.statements:
        assert queries.supporters(m, s.id) == queries.supporters(idx, s.id)
        assert queries.attackers(m, s.id, transitive=True) == queries.attackers(
            g, s.id, transitive=True
        )


def test_unconnected_from_every_thesis() -> None:
    b = MapBuilder()
    t1 = b.thesis("One")
    t2 = b.thesis("Two")
    b.claim("For one", supports=t1)
    b.claim("For two", supports=t2)
    m = b.build()
    assert queries.unconnected(m) == ["T2", "C2"]
    assert queries.unconnected(m, "T2") == ["T1", "C1"]
    assert queries.unconnected(m, every_thesis=True) == []
    with pytest.raises(KeyError, match="NOPE"):
        queries.unconnected(m, "NOPE")


def test_support_cycles_in_map_order() -> None:
    b = MapBuilder()
    t = b.thesis("t")
    x = b.claim("x", supports=t)
    y = b.claim("y", supports=x)
    b.support(t, y)
    m = b.build()
    assert queries.support_cycles(m) == [["C1", "C2", "T1"]]
    assert queries.support_cycles(m, order="map") == [["T1", "C1", "C2"]]


@given(maps(max_statements=12))
def test_walks_over_node_numbers_agree_with_the_walks_over_ids(m: ArgumentMap) -> None:
    idx = MapIndex(m)
    reached = idx.reaching(idx.theses)
    assert idx.connected == reached
    assert idx.unconnected == [s.id for s in m.statements if s.id not in reached]
    assert idx.support_cycles == walks.support_cycles(idx.support_graph, idx.order)


def test_a_link_to_an_unknown_id_is_walked_over_ids() -> None:
    b = MapBuilder()
    t = b.thesis("t")
    c = b.claim("c", supports=t)
    m = b.build()
    m.inferences.append(Inference(id="IX", premises=["GONE"], conclusion=c, polarity="support"))
    m.inferences.append(Inference(id="IY", premises=[t], conclusion=c, polarity="support"))
    idx = MapIndex(m)
    assert idx.connected == {"T1", "C1", "I1", "IX", "GONE", "IY"}
    assert idx.unconnected == []
    assert idx.support_cycles == [["T1", "C1"]]
