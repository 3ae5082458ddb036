"""Notebook display of results: findings, evaluations, comparisons, worksheets, diagrams.

Each shows as HTML with every piece of map text escaped. The second half runs
a small notebook and checks that Jupyter really receives ``text/html``.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest

import argmap
from argmap.checks import Findings
from argmap.model import ArgumentMap, MapBuilder
from argmap.rendering.display import Diagram, diagram_html, mimebundle

REPO = Path(__file__).resolve().parents[1]
EVIL = '<img src=x onerror="alert(1)">&'


def evil_map() -> ArgumentMap:
    b = MapBuilder(title=f"Title {EVIL}")
    t = b.thesis(f"Thesis {EVIL}")
    c = b.claim(f"Claim {EVIL}", supports=t)
    b.counterclaim(f"Counter {EVIL}", by=f"Speaker {EVIL}", attacks=c)
    b.claim("Nothing supports me and I lead nowhere")
    return b.build()


def assert_escaped(html: str) -> None:
    assert "<img" not in html
    assert "<script" not in html.lower()


# -- findings ------------------------------------------------------------------


def test_findings_are_still_a_list() -> None:
    found = argmap.check(evil_map())
    assert isinstance(found, Findings) and isinstance(found, list)
    assert found == list(found)
    assert found[:1] == [found[0]]
    assert Findings() == []
    assert repr(Findings()) == "[]"
    assert [f.code for f in found] == [f.code for f in list(found)]


def test_findings_table_lists_code_severity_and_statements() -> None:
    found = argmap.check(evil_map())
    html = found._repr_html_()
    assert_escaped(html)
    body = html.split("<tbody>", 1)[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body)
    assert len(rows) == len(found)
    for f, row in zip(found, rows, strict=True):
        assert f.code in row and f.severity.value in row and ", ".join(f.ids) in row
    assert found.summary() in html
    assert Findings()._repr_html_() == "<p><strong>No findings.</strong></p>"


def test_findings_summary_counts_severities() -> None:
    found = argmap.check(evil_map())
    n = len(found)
    assert found.summary().startswith(f"{n} findings: ")
    assert sum(found.counts().values()) == n


# -- evaluation ----------------------------------------------------------------


def test_evaluation_table_has_a_label_and_reason_per_statement() -> None:
    amap = evil_map()
    ev = argmap.evaluate(amap)
    html = ev._repr_html_()
    assert_escaped(html)
    for s in amap.statements:
        assert f">{s.id}<" in html
    assert html.count(">IN<") == len(ev.stands())
    assert html.count(">OUT<") == len(ev.defeated())
    assert escape(ev["C1"].reason.split(": ", 1)[1]) in html


# -- comparison and worksheet --------------------------------------------------


@pytest.mark.graphviz
def test_comparison_shows_score_feedback_and_diagram() -> None:
    reference = argmap.load(REPO / "examples" / "high-street.yaml")
    b = MapBuilder(title="A student's map")
    t = b.thesis("The council should close the High Street to cars")
    b.claim("Closing it makes the street safer", attacks=t)
    c = argmap.compare(b.build(), reference)
    html = c._repr_html_()
    assert f"Score: {c.score:.0%}" in html
    assert c.feedback and all(escape(line) in html for line in c.feedback)
    assert "<svg" in html and "max-width:100%" in html
    assert len(html) < 200_000


@pytest.mark.graphviz
def test_worksheet_shows_diagram_and_list() -> None:
    sheet = argmap.worksheet(evil_map())
    html = sheet._repr_html_()
    assert_escaped(html)
    assert "<svg" in html and "max-width:100%" in html
    for label, _ in sheet.statements_list:
        assert f">{label}<" in html


# -- diagrams ------------------------------------------------------------------


def test_diagram_html_fits_the_width_and_zooms_without_script() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="7000pt" height="600pt" '
    svg += 'viewBox="0 0 7000 600"><text>x</text><script>alert(1)</script></svg>'
    html = diagram_html(svg)
    assert '<svg style="max-width:100%;height:auto"' in html
    assert 'type="checkbox"' in html and "input:checked~.am-view svg{max-width:none" in html
    assert "<script" not in html
    first, second = diagram_html(svg), diagram_html(svg)
    assert re.search(r'id="([^"]+)"', first) != re.search(r'id="([^"]+)"', second)
    assert Diagram(svg)._repr_svg_() == svg


@pytest.mark.graphviz
def test_map_bundle_prefers_fitted_html() -> None:
    bundle = mimebundle(evil_map())
    assert_escaped(bundle["text/html"])
    assert "max-width:100%" in bundle["text/html"]


# -- in a real notebook kernel --------------------------------------------------

CELLS = {
    "map": "m",
    "findings": "argmap.check(m)",
    "evaluation": "argmap.evaluate(m)",
    "comparison": "argmap.compare(m, m)",
    "worksheet": "argmap.worksheet(m)",
}


@pytest.mark.graphviz
def test_notebook_outputs_are_html(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    setup = f"import argmap\nm = argmap.load({str(REPO / 'examples' / 'high-street.yaml')!r})"
    cells = [nbformat.v4.new_code_cell(setup)] + [
        nbformat.v4.new_code_cell(code) for code in CELLS.values()
    ]
    nb = nbformat.v4.new_notebook(cells=cells)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    for name, cell in zip(CELLS, nb.cells[1:], strict=True):
        results = [o for o in cell.outputs if o.output_type == "execute_result"]
        assert results, name
        data = results[0]["data"]
        assert "text/html" in data, name
        assert len(data["text/html"]) > 200, name
