"""GraphML through networkx: every field an attribute, lossless round trip."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from strategies import maps

import argmap
from argmap.errors import MapValidationError, ParseError
from argmap.formats.graphml import from_graphml, to_graphml
from argmap.formats.registry import format_for_path
from argmap.model import ArgumentMap, MapBuilder

REPO = Path(__file__).resolve().parents[2]


def sample() -> ArgumentMap:
    b = MapBuilder(title="Buses", text="Keep the buses.\r\nThey matter.")
    t = b.thesis("Keep the buses", quote="Keep the buses", tags=["core", "x"])
    p1 = b.premise("Line one\r\nline two")
    p2 = b.premise("json: looks like a prefix", note="")
    inf = b.support([p1, p2], t)
    cc = b.counterclaim("Buses run empty", attacks=t, by="Mayor")
    b.attack([cc], inf)
    b.evidence("Counts fell\x0b", supports=t, evidence_type="statistic")
    return b.build()


@given(maps())
def test_round_trip_is_lossless(amap: ArgumentMap) -> None:
    assert from_graphml(to_graphml(amap)) == amap


def test_awkward_strings_survive() -> None:
    m = sample()
    back = from_graphml(to_graphml(m))
    assert back == m
    assert back.statement("P1").text == "Line one\r\nline two"
    assert back.statement("P2").note == ""
    assert back.source.text == "Keep the buses.\r\nThey matter."


def test_graph_tools_see_plain_attributes() -> None:
    m = sample()
    g = nx.parse_graphml(to_graphml(m))
    assert g.nodes["T1"]["node_type"] == "statement"
    assert g.nodes["T1"]["kind"] == "thesis"
    assert g.nodes["T1"]["text"] == "Keep the buses"
    assert g.nodes["T1"]["label"] == "Keep the buses"
    assert g.nodes["E1"]["evidence_type"] == "statistic"
    assert g.nodes["CC1"]["attributed_to"] == "Mayor"
    assert g.nodes["I1"]["polarity"] == "support"
    assert g.nodes["I2"]["polarity"] == "attack"
    assert g.edges["P1", "I1"]["role"] == "premise"
    assert g.edges["I3", "I1"]["role"] == "conclusion"
    assert g.nodes["T1"]["tags"] == '["core", "x"]'


def test_every_model_field_is_an_attribute() -> None:
    m = sample()
    root = ET.fromstring(to_graphml(m).encode("utf-8"))
    names = {k.get("attr.name") for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")}
    for s in m.statements:
        assert set(s.model_dump(exclude_defaults=True)) - {"id"} <= names
    for i in m.inferences:
        assert set(i.model_dump(exclude_defaults=True)) - {"id"} <= names


def test_seed_map_round_trip() -> None:
    m = argmap.load(REPO / "examples" / "gsomia.yaml")
    assert from_graphml(to_graphml(m)) == m


def test_suffix_and_files(tmp_path: Path) -> None:
    assert format_for_path("m.graphml").name == "graphml"
    path = tmp_path / "m.graphml"
    argmap.save(sample(), path)
    assert argmap.load(path) == sample()


def test_inference_edited_in_a_tool_takes_premises_from_edges() -> None:
    m = sample()
    g = nx.parse_graphml(to_graphml(m))
    del g.nodes["I1"]["premises"]
    del g.nodes["I1"]["conclusion"]
    text = "\n".join(nx.generate_graphml(g))
    back = from_graphml(text).inference("I1")
    assert set(back.premises) == {"P1", "P2"}
    assert back.conclusion == "T1"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("<graphml><graph", ParseError),
        ("not xml at all", ParseError),
        (
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
            '<node id="a"/></graph></graphml>',
            MapValidationError,
        ),
    ],
)
def test_broken_graphml_is_an_argmap_error(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        from_graphml(text, source="g.graphml")
