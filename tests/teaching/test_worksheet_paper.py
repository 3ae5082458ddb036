"""Worksheets on paper: real A4/Letter pages, boxes big enough to write in, readable numbers."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.rendering.fit import get_medium, smallest_text
from argmap.rendering.graphviz_run import run_graphviz
from argmap.rendering.pages import measured_dots
from argmap.teaching import worksheet

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CM = 72 / 2.54


def big_sheet() -> argmap.teaching.Worksheet:
    amap = argmap.load(EXAMPLES / "gsomia.yaml")
    assert len(amap.statements) >= 30
    return worksheet(amap, seed=1)


def test_past_26_statements_the_list_is_numbered_not_lettered() -> None:
    sheet = big_sheet()
    labels = [label for label, _ in sheet.statements_list]
    assert labels == [str(n) for n in range(1, len(labels) + 1)]
    assert sheet.numbered_list
    assert "box 1" in sheet.dot()  # boxes say "box N", so the two numbers are not confused
    small = worksheet(argmap.load(EXAMPLES / "high-street.yaml"))
    assert [label for label, _ in small.statements_list][:3] == ["A", "B", "C"]


def test_blank_boxes_keep_three_whole_writing_lines() -> None:
    dot = big_sheet().page_dots("a4")[0][1]
    assert "…" not in dot  # writing lines are never cut short


def _box_heights(svg: str) -> list[float]:
    """Heights of the statement boxes, in the drawing's scaled points."""
    inner = float(re.search(r'transform="scale\(([\d.]+)', svg).group(1))  # type: ignore[union-attr]
    out = []
    for body in re.findall(r'<g id="node&#45;[^"]+" class="node[^"]*">(.*?)</g>', svg, re.S):
        ys = [float(y) for _, y in re.findall(r"(-?[\d.]+),(-?[\d.]+)", body)]
        if ys:
            out.append((max(ys) - min(ys)) * inner)
    return out


@pytest.mark.graphviz
@pytest.mark.parametrize("fit", ["a4", "letter"])
def test_pages_hold_readable_text_and_boxes_to_write_in(fit: str) -> None:
    sheet = big_sheet()
    medium = get_medium(fit)
    assert medium.paper is not None
    dots = measured_dots(
        sheet.blank_map(), fit, draw=run_graphviz, highlight=sheet._marks("classroom")
    )
    assert len(dots) > 1  # a 38-box sheet does not fit one page at this size
    for name, dot in dots:
        svg = run_graphviz(dot, "svg").decode("utf-8")
        assert smallest_text(svg, fit) >= 8, name
        w, h = (
            float(x) for x in re.search(r'width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups()
        )  # type: ignore[union-attr]
        pw, ph = (
            medium.paper if (w > h) == (medium.paper[0] > medium.paper[1]) else medium.paper[::-1]
        )
        placed = min(1.0, (pw - 2 * CM) / w, (ph - 2 * CM) / h)
        assert min(_box_heights(svg)) * placed >= 1.5 * CM, name


@pytest.mark.graphviz
def test_pdf_worksheet_is_a4_pages(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "sheet.pdf"
    assert main(["worksheet", str(EXAMPLES / "gsomia.yaml"), "-o", str(out), "--no-key"]) == 0
    pages = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) > 1
    for page in pages:
        dims = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert dims == pytest.approx([595.28, 841.89], abs=0.5)


@pytest.mark.graphviz
def test_html_worksheet_prints_on_pages(tmp_path: Path) -> None:
    html = big_sheet().to_html(fit="letter")
    assert "@page { size: letter; margin: 1cm; }" in html
    assert html.count('<div class="sheet-page">') > 1
    assert "Write the number of each statement" in html
    plain = worksheet(argmap.load(EXAMPLES / "high-street.yaml")).to_html()
    assert "@page" not in plain and 'sheet-page">' not in plain


def test_pages_that_focus_on_a_blank_box_are_headed_by_its_number() -> None:
    sheet = big_sheet()
    dots = sheet.page_dots("a4")
    assert len(dots) > 1
    titles = [re.search(r"labelloc=t, labeljust=c, label=<(.*)>\];", dot) for _, dot in dots]
    headings = [t.group(1) for t in titles if t]
    assert headings and not any("__" in h for h in headings)  # never the blanked words
    focused = [h for h in headings if "Overview" not in h and "Other statements" not in h]
    assert focused and all(re.search(r"box \d+", h) for h in focused)
