"""Hostile text in DOT and SVG: markup, quotes, DOT syntax and control characters stay text."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from helpers_rendering import HOSTILE, hostile_map
from hypothesis import given
from strategies import maps

from argmap.rendering.dot import to_dot
from argmap.rendering.labels import clean, html_text, quoted, wrap

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")
SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_leaves_no_markup_or_controls(text: str) -> None:
    out = html_text(text)
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out
    assert re.sub(r"&(amp|lt|gt|quot|#39);", "", out).count("&") == 0
    assert not re.search(r"[\x00-\x1f\x7f]", out)


@pytest.mark.parametrize("text", HOSTILE)
def test_quoted_strings_cannot_be_closed_early(text: str) -> None:
    out = quoted(text)
    inner = out[1:-1]
    # Every quote inside is escaped, every backslash doubled.
    assert re.fullmatch(r'(?:[^"\\]|\\\\|\\")*', inner)
    assert "\n" not in out


def test_dot_of_hostile_map_has_one_graph_and_no_raw_markup() -> None:
    dot = to_dot(hostile_map(), show_ids=True, legend=True)
    lines = dot.splitlines()
    # 'digraph x {' in a text stays inside a label: no line opens a second graph.
    assert [x for x in lines if x.lstrip().startswith(("digraph", "}"))] == [lines[0], "}"]
    assert lines[0] == 'digraph "argmap" {'
    # Outside quoted strings (where Graphviz reads plain text) nothing is markup.
    outside = re.sub(r'"(?:[^"\\]|\\.)*"', '""', dot)
    assert "<script>" not in outside and "&lt;script&gt;" in outside
    assert "<b>" not in outside and "Tom &amp; Jerry&#39;s" in outside
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", dot)
    assert "\\\\N" in dot  # a backslash escape in text is kept literal


def test_wrap_breaks_long_words_and_clean_drops_controls() -> None:
    assert all(len(line) <= 10 for line in wrap("x" * 95, 10, max_lines=50))
    assert clean("a\x00b\nc\x1b") == "ab c"


@needs_dot
@pytest.mark.graphviz
def test_svg_of_hostile_map_is_well_formed_and_shows_the_text_as_text() -> None:
    from argmap.rendering.graphviz_run import to_svg

    svg = to_svg(hostile_map(), width=200)
    root = ET.fromstring(svg)
    tags = {el.tag for el in root.iter()}
    assert f"{SVG}script" not in tags and f"{SVG}foreignObject" not in tags
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "<script>alert(1)</script>" in texts
    assert "digraph x {" in texts and "Tom & Jerry's <b>bold</b> claim" in texts
    assert "🙂" in texts and "עברית" in texts


@given(maps())
def test_any_map_gives_dot_without_stray_markup(amap: object) -> None:
    dot = to_dot(amap, show_ids=True, legend=True)  # type: ignore[arg-type]
    assert dot.startswith('digraph "argmap" {') and dot.endswith("}\n")
    for line in dot.splitlines()[1:-1]:
        # Every line is an attribute statement, node, edge or subgraph part.
        assert line.startswith("  "), line
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", dot)


BACKSLASHED = [
    "C:\\Grants\\Net and \\L",
    "ends with a backslash \\",
    "two \\\\ in a row, \\l \\n \\r \\E \\H \\T",
]


@needs_dot
@pytest.mark.graphviz
@pytest.mark.parametrize("text", [*BACKSLASHED, *HOSTILE])
def test_graphviz_draws_exactly_the_statement_text(text: str) -> None:
    """What Graphviz draws in a box and its tooltip is the text, not its escapes."""
    from argmap.model import MapBuilder
    from argmap.rendering.graphviz_run import to_svg

    b = MapBuilder()
    b.thesis(text, by=text)
    root = ET.fromstring(to_svg(b.build(), width=400))
    node = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "node-T1")
    drawn = [t.text or "" for t in node.iter(f"{SVG}text")]
    want = wrap(text, 400)
    assert drawn[1 : 1 + len(want)] == want
    assert drawn[-1] == wrap(f"— {text}", 406)[-1]
    tips = [a.get("{http://www.w3.org/1999/xlink}title") for a in node.iter(f"{SVG}a")]
    assert f"thesis T1: {clean(text)} — {clean(text)}" in tips


@needs_dot
@pytest.mark.graphviz
def test_a_very_long_statement_can_be_drawn() -> None:
    from argmap.model import MapBuilder
    from argmap.rendering.dot import TOOLTIP_CHARS
    from argmap.rendering.graphviz_run import to_svg

    b = MapBuilder()
    b.thesis("word " * 10_000)
    root = ET.fromstring(to_svg(b.build()))
    tips = [a.get("{http://www.w3.org/1999/xlink}title") or "" for a in root.iter(f"{SVG}a")]
    assert max(len(t) for t in tips) < TOOLTIP_CHARS + 40
