"""SADFace JSON: atoms as statements, schemes as inferences, sources as spans."""

from __future__ import annotations

import copy
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import argmap
from argmap.errors import ArgmapWarning, FormatError, MapValidationError, ParseError
from argmap.formats.sadface import from_sadface

FIXTURES = Path(__file__).resolve().parent / "sadface_fixtures"


def fixture(name: str = "nightbuses.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def read(doc: dict[str, Any]) -> tuple[argmap.ArgumentMap, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = from_sadface(json.dumps(doc), source="doc.json")
    assert all(issubclass(w.category, ArgmapWarning) for w in caught)
    return m, [str(w.message) for w in caught]


def test_atoms_schemes_and_the_claim() -> None:
    m, messages = read(fixture())
    assert messages == []
    kinds = {s.id: s.kind for s in m.statements}
    assert kinds == {
        "a1": "thesis",  # metadata.core.claim
        "a2": "claim",
        "a3": "counterclaim",
        "a4": "rebuttal",  # undercuts the objection's inference
        "a5": "rebuttal",  # attacks the objection
        "a6": "premise",
    }
    got = {i.id: (i.premises, i.conclusion, i.polarity, i.scheme) for i in m.inferences}
    assert got == {
        "s1": (["a2"], "a1", "support", None),
        "s2": (["a3"], "a1", "attack", None),
        "s3": (["a4"], "s2", "attack", None),  # an undercut
        "s4": (["a5"], "a3", "attack", None),
        "s5": (["a6"], "a2", "support", "Argument from Example"),
    }


def test_the_resource_is_the_text_and_sources_are_spans() -> None:
    doc = fixture()
    m, _ = read(doc)
    assert m.source.text == doc["resources"][0]["content"]
    assert m.source.title == "Night buses"
    for node in doc["nodes"]:
        if node["type"] != "atom":
            continue
        (src,) = node["sources"]
        (span,) = m.statement(node["id"]).spans
        assert (span.start, span.end, span.quote) == (
            src["offset"],
            src["offset"] + src["length"],
            src["text"],
        )


def test_metadata_is_kept() -> None:
    m, _ = read(fixture())
    core = m.meta["sadface"]["core"]  # type: ignore[index]
    assert core["analyst_name"] == "A. Analyst" and "claim" not in core and "title" not in core
    assert m.statement("a2").data == {
        "sadface": {"metadata": {"core": {}, "org.example": {"checked": True}}}
    }


def test_the_first_version_with_metadata_at_the_top_level() -> None:
    m, messages = read(fixture("benches-v0.1.json"))
    assert messages == []
    assert [(s.id, s.kind) for s in m.statements] == [("b1", "thesis"), ("b3", "premise")]
    assert m.meta == {
        "sadface": {
            "core": {
                "analyst_name": "A. Analyst",
                "analyst_email": "analyst@example.org",
                "created": "2017-07-11T16:32:36",
                "edited": "2017-07-11T16:32:36",
                "id": "0d1e2f3a-4b5c-6d7e-8f9a-0b1c2d3e4f5a",
            }
        }
    }


# -- anomalies are left out with one warning ------------------------------------------


def _with(extra_nodes: list[Any], extra_edges: list[Any]) -> dict[str, Any]:
    doc = copy.deepcopy(fixture())
    doc["nodes"] += extra_nodes
    doc["edges"] += extra_edges
    return doc


def _edge(a: str, b: str, ident: str | None = None) -> dict[str, Any]:
    return {"id": ident or f"{a}-{b}", "source_id": a, "target_id": b}


@pytest.mark.parametrize(
    ("nodes", "edges", "words"),
    [
        ([{"id": "s9", "type": "scheme", "name": "support"}], [_edge("s9", "a1")],
         "scheme without a premise (no edge from an atom into it): 's9'"),
        ([{"id": "s9", "type": "scheme", "name": "conflict"}], [_edge("a6", "s9")],
         "conflict scheme without a conclusion (no edge from it to an atom): 's9'"),
        ([{"id": "s9", "type": "scheme", "name": "support"}],
         [_edge("a1", "s9"), _edge("s9", "a1")],
         "scheme whose only premise is its own conclusion: 's9'"),
        ([], [_edge("a1", "zz", "e99")], "edge to a node that is not in the file: 'e99' ('zz')"),
        ([], [_edge("a1", "a2", "e98")], "edge joining two atoms directly"),
        ([], [_edge("a2", "s1", "e97")], "edge given twice: 'e97'"),
        ([{"id": "x1", "type": "comment"}], [], "node of a type SADFace does not define: 'x1'"),
        ([{"id": "a1", "type": "atom", "text": "again"}], [], "node whose id an earlier node"),
        ([{"id": "a9", "type": "atom", "text": ""}], [], "atom without text, kept with the text"),
        ([{"id": "a9", "type": "atom", "text": "Hm", "sources": [
            {"resource_id": "r1", "text": "Hm", "offset": 3, "length": 2}]}], [],
         "source whose text is not at its offset in the resource: 'a9'"),
    ],
)  # fmt: skip
def test_anomalies_are_left_out_and_named(nodes: list[Any], edges: list[Any], words: str) -> None:
    m, messages = read(_with(nodes, edges))
    assert len(messages) == 1
    assert messages[0].startswith("doc.json: SADFace content argmap does not hold was left out: ")
    assert words in messages[0]
    assert {"s1", "s2", "s3", "s4", "s5"} <= {i.id for i in m.inferences}


def test_a_second_resource_is_named_and_the_cited_one_is_the_text() -> None:
    doc = fixture()
    doc["resources"].append({"id": "r2", "type": "text", "content": "Another text."})
    m, messages = read(doc)
    assert m.source.text == doc["resources"][0]["content"]
    assert "resource besides the one read as the source text: 'r2'" in messages[0]


def test_uuid_and_odd_ids_become_argmap_ids() -> None:
    doc = fixture("benches-v0.1.json")
    doc["nodes"][0]["id"] = "claim #1"
    doc["edges"][1]["target_id"] = "claim #1"
    m, _ = read(doc)
    assert m.statements[0].id == "nclaim__1"
    assert m.statements[0].data == {"sadface": {"id": "claim #1"}}
    assert m.inferences[0].conclusion == "nclaim__1"


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ('{"nodes": [}', ParseError, "not valid JSON"),
        ("[]", MapValidationError, "not a SADFace document"),
        ('{"edges": []}', MapValidationError, "not a SADFace document"),
        ('{"nodes": [{"nodeID": 1, "type": "I"}]}', MapValidationError, "is this a SADFace"),
    ],
)
def test_documents_that_are_not_sadface_are_refused(
    text: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words) as info:
        from_sadface(text, source="x.json")
    assert str(info.value).startswith("x.json:")


def test_sadface_is_read_by_name(tmp_path: Path) -> None:
    path = tmp_path / "analysis.json"
    path.write_text(json.dumps(fixture()), encoding="utf-8")
    assert argmap.load(path, format="sadface") == read(fixture())[0]
    with pytest.raises(FormatError, match="reads sadface but does not write it"):
        argmap.dumps(read(fixture())[0], format="sadface")
