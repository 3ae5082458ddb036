"""OVA's JSON: the AIF analysis with OVA's layout (OVA3), and OVA2's own shape."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import argmap
from argmap.errors import ArgmapWarning, MapValidationError, ParseError
from argmap.formats.aif import from_aif
from argmap.formats.ova import from_ova

FIXTURES = Path(__file__).resolve().parent / "ova_fixtures"
XAIF = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "xaif-examples"


def read(name: str) -> tuple[argmap.ArgumentMap, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = argmap.load(FIXTURES / name, format="ova")
    assert all(issubclass(w.category, ArgmapWarning) for w in caught)
    return m, [str(w.message) for w in caught]


def test_ova3_reads_the_aif_part_with_speakers_and_spans() -> None:
    m, _ = read("nightbuses-ova3.json")
    assert [(s.id, s.kind) for s in m.statements] == [
        ("1_100", "thesis"), ("4_100", "premise"), ("8_100", "counterclaim"),
    ]  # fmt: skip
    text = m.source.text
    assert text == (
        "The city should keep its night buses, because nurses finish at three.\n"
        "Some say the buses run empty."
    )
    assert [sp.quote for sp in m.statement("4_100").spans] == ["nurses finish at three"]
    assert m.statement("1_100").attributed_to == "Jo"
    assert [(i.id, i.premises, i.conclusion) for i in m.inferences] == [
        ("7_100", ["4_100"], "1_100"), ("9_100", ["8_100"], "1_100"),
    ]  # fmt: skip


def test_ova3_layout_is_kept_as_data_and_the_analyst_as_meta() -> None:
    m, _ = read("nightbuses-ova3.json")
    doc = json.loads((FIXTURES / "nightbuses-ova3.json").read_text(encoding="utf-8"))
    placed = {n["nodeID"]: {"x": n["x"], "y": n["y"]} for n in doc["OVA"]["nodes"]}
    for item in (*m.statements, *m.inferences):
        assert item.data["ova"] == placed[item.id]
    assert m.meta == {"ova": {"analyst": "Ana Ruiz"}}


def test_ova3_warning_names_the_anomaly_and_the_dialogue_but_not_the_layout() -> None:
    _, messages = read("nightbuses-ova3.json")
    (message,) = messages
    assert message.startswith(
        f"{FIXTURES / 'nightbuses-ova3.json'}: OVA content argmap does not map"
    )
    assert "RA node without a premise (no edge from an I-node into it): '11_100'" in message
    assert "TA node" in message
    assert "'OVA'" not in message  # the layout is kept, not left out


def test_plain_aif_reading_of_the_same_file_leaves_the_layout_out() -> None:
    text = (FIXTURES / "nightbuses-ova3.json").read_text(encoding="utf-8")
    with pytest.warns(ArgmapWarning, match="keys 'OVA'"):
        m = from_aif(text)
    assert all("ova" not in s.data for s in m.statements)


def test_ova2_nodes_edges_and_analysis() -> None:
    m, messages = read("nightbuses-ova2.json")
    assert messages == []
    assert [(s.id, s.kind, s.text) for s in m.statements] == [
        ("1", "thesis", "The city should keep its night buses"),
        ("2", "premise", "Nurses finish at three"),
        ("4", "counterclaim", "The buses run empty"),
    ]
    support, attack = m.inferences
    assert (support.premises, support.conclusion, support.scheme) == (
        ["2"], "1", "Argument From Consequences",
    )  # fmt: skip
    assert (attack.polarity, attack.data["aif"]) == ("attack", {"schemeID": "71"})
    assert m.statement("2").data["ova"] == {"x": 150, "y": 200}
    assert m.source.title == "Night buses"
    assert m.source.text is not None and m.source.text.startswith("The city should keep")
    assert m.meta == {"ova": {"analyst": "Ana Ruiz", "url": "https://example.org/buses"}}


@pytest.mark.shared
def test_the_ova_example_of_the_xaif_corpus() -> None:
    path = XAIF / "xAIF-example.json"
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    with pytest.warns(ArgmapWarning, match="OVA content argmap does not map"):
        m = argmap.load(path, format="ova")
    assert [s.text for s in m.statements] == ["A", "B"]
    assert m.statement("2_164926129380455983").data["ova"] == {"x": 273, "y": 140}
    assert m.meta["ova"] == {"analyst": "Anon User"}


def _ova2(nodes: list[Any], edges: list[Any]) -> str:
    return json.dumps({"nodes": nodes, "edges": edges, "participants": [], "analysis": {}})


def test_ova2_anomalies_are_left_out_with_one_warning() -> None:
    a = {"id": 1, "x": 0, "y": 0, "text": "Act", "type": "I"}
    r = {"id": 2, "x": 0, "y": 0, "text": "Default Inference", "type": "RA"}
    with pytest.warns(ArgmapWarning) as record:
        m = from_ova(_ova2([a, r], [{"from": r, "to": a}, {"from": {"id": 9}, "to": a}]))
    (message,) = [str(w.message) for w in record]
    assert "RA node without a premise" in message and "not in the file" in message
    assert [s.id for s in m.statements] == ["1"] and m.inferences == []


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("{", ParseError, "not valid JSON"),
        ('{"analysis": {}}', MapValidationError, "not an OVA analysis"),
        ("[1]", MapValidationError, "not an OVA analysis"),
    ],
)
def test_documents_that_are_not_ova_are_refused(
    text: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        from_ova(text, source="o.json")
