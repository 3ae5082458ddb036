"""What the editor's front end is sent: segments in code points, review states, findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.editor.view import build_view, diagram_svg, review_state
from argmap.model import ArgumentMap, MapBuilder

# Characters outside the Basic Multilingual Plane count as one code point in
# Python but two UTF-16 units in the browser: the view must use code points.
TEXT = "Ünïcode 🙂 first. Seoul 🇰🇷 must stay in the pact. Critics say it is “symbolic”."


def sample() -> ArgumentMap:
    b = MapBuilder(title="Pact <b>&", text=TEXT)
    t = b.thesis("Stay in the pact", quote="Seoul 🇰🇷 must stay in the pact")
    b.counterclaim("Only symbolic", quote="it is “symbolic”", attacks=t, attributed_to="Critics")
    m = b.build()
    m.statements[1].confidence = 0.3
    return m


def test_segments_cover_the_text_in_code_points() -> None:
    v = build_view(sample(), diagram=False)
    assert "".join(s["text"] for s in v["segments"]) == TEXT
    for seg in v["segments"]:
        assert TEXT[seg["start"] : seg["end"]] == seg["text"]
    (thesis,) = [s for s in v["segments"] if s["ids"] == ["T1"]]
    assert thesis["text"] == "Seoul 🇰🇷 must stay in the pact"
    assert thesis["kind"] == "thesis"


def test_statement_spans_are_python_offsets() -> None:
    v = build_view(sample(), diagram=False)
    by_id = {s["id"]: s for s in v["statements"]}
    start, end = by_id["CC1"]["spans"][0]
    assert TEXT[start:end] == "it is “symbolic”"
    assert by_id["CC1"]["attributed_to"] == "Critics"


def test_review_state_and_queue() -> None:
    v = build_view(sample(), diagram=False)
    by_id = {s["id"]: s for s in v["statements"]}
    assert by_id["CC1"]["review"] == "doubtful"
    assert by_id["T1"]["review"] == "reviewed"
    assert v["review"] == ["CC1"]
    assert review_state(0.5) == "drafted"
    assert review_state(0.49) == "doubtful"
    assert review_state(0.2, doubt_below=0.1) == "drafted"


def test_labels_and_findings_are_reported() -> None:
    v = build_view(sample(), diagram=False)
    by_id = {s["id"]: s for s in v["statements"]}
    # the counterclaim is not answered: it stands and the thesis falls
    assert by_id["T1"]["label"] == "OUT"
    assert v["defeated"] == ["T1"]
    assert "CC1" in v["stands"]
    assert any(f["code"] == "unanswered-counterclaim" for f in v["findings"])
    assert "unanswered-counterclaim" in by_id["CC1"]["findings"]
    (inf,) = v["inferences"]
    assert (inf["premises"], inf["conclusion"], inf["polarity"]) == (["CC1"], "T1", "attack")


def test_view_is_json_ready() -> None:
    v = build_view(sample(), diagram=False)
    assert json.loads(json.dumps(v)) == v


def test_empty_map_without_text() -> None:
    v = build_view(ArgumentMap(), diagram=False)
    assert v["segments"] == []
    assert v["statements"] == []
    svg, why = diagram_svg(ArgumentMap())
    assert svg is None
    assert "no statements" in str(why)


@pytest.mark.graphviz
def test_diagram_has_clickable_ids_and_no_script() -> None:
    hostile = MapBuilder(text="x <script>alert(1)</script> y")
    hostile.thesis("<script>alert(1)</script>", quote="<script>alert(1)</script>")
    v = build_view(hostile.build())
    svg = v["svg"]
    assert v["diagram_error"] is None
    assert 'id="node-T1"' in svg
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg


def test_missing_graphviz_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    v = build_view(sample())
    assert v["svg"] is None
    assert "Graphviz" in v["diagram_error"]
    assert v["statements"]  # the text and list panes still have their data
