"""Node-link JSON through networkx: native JSON attributes, lossless round trip."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from strategies import maps

import argmap
from argmap.errors import MapValidationError, ParseError
from argmap.formats.nodelink import (
    from_node_link,
    from_node_link_dict,
    to_node_link,
    to_node_link_dict,
)
from argmap.formats.registry import format_for_path
from argmap.model import ArgumentMap, MapBuilder

REPO = Path(__file__).resolve().parents[2]


def sample() -> ArgumentMap:
    b = MapBuilder(title="Buses")
    t = b.thesis("Keep the buses", tags=["core"])
    p1, p2 = b.premise("Taxis are dear"), b.premise("No trains at night")
    inf = b.support([p1, p2], t)
    cc = b.counterclaim("Buses run empty", attacks=t, by="Mayor")
    b.attack([cc], inf)
    return b.build()


@given(maps())
def test_round_trip_is_lossless(amap: ArgumentMap) -> None:
    assert from_node_link(to_node_link(amap)) == amap


def test_networkx_reads_it_with_every_field() -> None:
    doc = json.loads(to_node_link(sample()))
    g = nx.node_link_graph(doc, edges="edges")
    assert g.is_directed()
    assert g.nodes["T1"] == {
        "node_type": "statement",
        "kind": "thesis",
        "label": "Keep the buses",
        "text": "Keep the buses",
        "tags": ["core"],
    }
    assert g.nodes["I1"]["premises"] == ["P1", "P2"]
    assert g.nodes["CC1"]["attributed_to"] == "Mayor"
    assert g.graph["source"] == {"title": "Buses"}
    assert g.edges["I1", "T1"]["role"] == "conclusion"


def test_seed_map_round_trip() -> None:
    m = argmap.load(REPO / "examples" / "gsomia.yaml")
    assert from_node_link_dict(to_node_link_dict(m)) == m


def test_suffix_is_nodelink_json_and_plain_json_stays_native(tmp_path: Path) -> None:
    assert format_for_path("m.nodelink.json").name == "node-link"
    assert format_for_path("m.json").name == "json"
    path = tmp_path / "m.nodelink.json"
    argmap.save(sample(), path)
    assert argmap.load(path) == sample()


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ('{"nodes": [', ParseError, "not valid JSON"),
        ("[]", MapValidationError, "JSON object"),
        ('{"nodes": {}}', MapValidationError, "'nodes' and 'edges'"),
        ('{"nodes": [{"x": 1}], "edges": []}', MapValidationError, "needs an 'id'"),
        ('{"nodes": [{"id": "a"}], "edges": []}', MapValidationError, "node_type"),
        (
            '{"nodes": [{"id": "a", "node_type": "statement", "kind": "thesis", "text": "x"}],'
            ' "edges": [{"source": "a"}]}',
            MapValidationError,
            "'source' and 'target'",
        ),
        (
            '{"nodes": [{"id": "a", "node_type": "statement", "kind": "nope", "text": "x"}],'
            ' "edges": []}',
            MapValidationError,
            "unknown kind",
        ),
    ],
)
def test_broken_documents_are_located_errors(text: str, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        from_node_link(text, source="m.nodelink.json")
