"""The comparison diagram: missing, extra and changed things told by line style and badge."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers_teaching import drop, inf, reference, stmt, student

import argmap
from argmap.teaching import compare, compare_dot, render_comparison

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _line(dot: str, hook: str) -> str:
    (line,) = [x for x in dot.splitlines() if f'id="{hook}"' in x]
    return line


def _last(line: str, attr: str) -> str:
    """The value an attribute ends up with (the last setting wins in DOT)."""
    values = re.findall(rf'\b{attr}="([^"]*)"', line)
    return values[-1]


def _mistakes(d: dict[str, Any]) -> None:
    drop(d, "CC1")
    d["statements"].append({"id": "X", "kind": "claim", "text": "Trams look lovely"})
    d["inferences"].append({"id": "IX", "premises": ["X"], "conclusion": "T"})
    inf(d, "I2")["polarity"] = "attack"
    stmt(d, "E2")["evidence_type"] = "example"


@pytest.mark.parametrize("theme", ["classroom", "print"])
def test_missing_extra_and_changed_are_styled_and_badged(theme: str) -> None:
    dot = compare_dot(compare(student(_mistakes), reference()), theme=theme)
    missing = _line(dot, "node-CC1")
    assert "dashed" in _last(missing, "style") and "MISSING" in missing
    extra = _line(dot, "node-X")
    assert "dotted" in _last(extra, "style") and "EXTRA" in extra
    assert "you: evidence (example)" in _line(dot, "node-E2")
    assert "you: attack" in _line(dot, "edge-I2-0")
    missing_edge = _line(dot, "edge-I5-0")
    assert _last(missing_edge, "style") == "dashed" and "MISSING" in missing_edge
    extra_edge = _line(dot, "edge-IX-0")
    assert _last(extra_edge, "style") == "dotted" and "EXTRA" in extra_edge
    assert "comparison legend" in dot


def test_identical_maps_draw_no_differences() -> None:
    dot = compare_dot(compare(reference(), reference()))
    assert "MISSING" not in dot.split("comparison legend")[0]
    assert "EXTRA" not in dot.split("comparison legend")[0]


def test_ids_of_extras_never_collide_with_the_reference() -> None:
    def change(d: dict[str, Any]) -> None:
        # The student's own id "C1" is used for a statement the reference lacks.
        for s in d["statements"]:
            s["id"] = "s" + s["id"]
        for i in d["inferences"]:
            i["premises"] = ["s" + p for p in i["premises"]]
            i["conclusion"] = "s" + i["conclusion"]
        d["statements"].append({"id": "C1", "kind": "claim", "text": "Trams look lovely"})

    c = compare(student(change), reference())
    assert c.extra == ["C1"]
    dot = compare_dot(c)
    assert "EXTRA" in _line(dot, "node-C1_")


@pytest.mark.graphviz
@pytest.mark.skipif(shutil.which("dot") is None, reason="needs the Graphviz binary")
def test_the_gsomia_comparison_renders(tmp_path: Path) -> None:
    c = compare(
        argmap.load(EXAMPLES / "gsomia_student.yaml"), argmap.load(EXAMPLES / "gsomia.yaml")
    )
    out = render_comparison(c, tmp_path / "diff.svg", theme="print")
    svg = Path(out).read_text(encoding="utf-8")
    assert svg.count(">MISSING<") >= 2 and ">EXTRA<" in svg and "shortcut" in svg
