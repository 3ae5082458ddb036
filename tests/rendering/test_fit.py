"""Layouts for a size (--fit screen|slide|a4|letter) and the views a large map is split into."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.errors import FormatError
from argmap.model import ArgumentMap, MapBuilder
from argmap.rendering.fit import MEDIA, choose_layout, get_medium, smallest_text
from argmap.rendering.graphviz_run import run_graphviz
from argmap.rendering.pages import fit_dots, fit_views, measured_dots, plan_measured, write_views
from argmap.rendering.select import answers_of

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MAPS = ["high-street.yaml", "gsomia.yaml"]


def load(name: str) -> ArgumentMap:
    """An example map (GSOMIA's text may be absent: its structure is all these tests use)."""
    return argmap.load(EXAMPLES / name)


def tiny() -> ArgumentMap:
    b = MapBuilder(title="Trams")
    t = b.thesis("Build the tram", title="Tram")
    b.claim("It cuts car trips", supports=t)
    return b.build()


# -- choosing a layout (no Graphviz) ------------------------------------------------


def test_unknown_fit_names_the_choices() -> None:
    with pytest.raises(FormatError, match="screen, slide, a4, letter"):
        get_medium("poster")
    with pytest.raises(FormatError, match="unknown fit"):
        argmap.to_dot(tiny(), fit="poster")


def test_small_map_keeps_full_text_and_the_thesis_on_top() -> None:
    lay = choose_layout(tiny().statements, tiny().inferences, "a4")
    assert lay.fits and lay.full_text and lay.direction == "BT"


def test_large_map_trades_text_for_size() -> None:
    amap = load("high-street.yaml")
    lay = choose_layout(amap.statements, amap.inferences, "screen")
    assert lay.fits and not lay.full_text  # titles only, so 25 boxes fit a screen


def test_default_dot_is_unchanged_by_the_fit_machinery() -> None:
    amap = load("high-street.yaml")
    plain = argmap.to_dot(amap)
    assert ", size=" not in plain and "fontsize=11," in plain
    fitted = argmap.to_dot(amap, fit="screen")
    assert re.search(r'size="[\d.]+,[\d.]+!"', fitted)
    assert 'fontsize=12, margin="0.12,0.07"' in fitted


@pytest.mark.parametrize("fit", [None, "screen"])
def test_supports_and_attacks_into_one_box_end_on_different_sides(fit: str | None) -> None:
    dot = argmap.to_dot(load("high-street.yaml"), fit=fit)
    into_thesis = [line for line in dot.splitlines() if '-> "T1"' in line]
    sides = {
        (
            re.search(r'class="inference (\w+)"', x).group(1),
            re.search(r"headport=(\w+)", x).group(1),
        )  # type: ignore[union-attr]
        for x in into_thesis
    }
    assert sides == {("support", "s"), ("attack", "e")}
    # A box that receives only supports is left to Graphviz.
    into_p1 = [line for line in dot.splitlines() if '-> "C3"' in line]
    assert into_p1 and not any("headport" in line for line in into_p1)


SVG_NS = "{http://www.w3.org/2000/svg}"


def arrowheads(svg: str) -> list[tuple[str, str, tuple[float, float, float, float]]]:
    """(head node, relation, bounding box) of every drawn arrowhead of a Graphviz SVG."""
    import xml.etree.ElementTree as ET

    out = []
    for g in ET.fromstring(svg.encode("utf-8")).iter(f"{SVG_NS}g"):
        classes = (g.get("class") or "").split()
        relation = next((c for c in classes if c in ("support", "attack", "question")), None)
        title = g.find(f"{SVG_NS}title")
        if "edge" not in classes or relation is None or title is None or not title.text:
            continue
        xs: list[float] = []
        ys: list[float] = []
        for poly in g.iter(f"{SVG_NS}polygon"):
            for point in (poly.get("points") or "").split():
                x, y = point.split(",")
                xs.append(float(x))
                ys.append(float(y))
        for e in g.iter(f"{SVG_NS}ellipse"):
            cx, cy, rx, ry = (float(e.get(k, "0")) for k in ("cx", "cy", "rx", "ry"))
            xs += [cx - rx, cx + rx]
            ys += [cy - ry, cy + ry]
        if xs:
            head = title.text.split("->")[-1].split(":")[0]
            out.append((head, relation, (min(xs), min(ys), max(xs), max(ys))))
    return out


def test_arrowheads_reads_the_heads_graphviz_draws() -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><g class="edge inference attack">'
        "<title>CC1-&gt;T1:e</title><path d=''/><polygon points='1,2 3,4'/></g></svg>"
    )
    assert arrowheads(svg) == [("T1", "attack", (1.0, 2.0, 3.0, 4.0))]


@pytest.mark.graphviz
@pytest.mark.parametrize("fit", [None, "screen", "a4", "slide"])
@pytest.mark.parametrize("name", MAPS)
def test_arrowheads_of_different_relations_never_overlap_when_drawn(name: str, fit: str) -> None:
    amap = load(name)
    dots = (
        [argmap.to_dot(amap)]
        if fit is None
        else [d for _, d in measured_dots(amap, fit, draw=run_graphviz)]
    )
    mixed = 0
    for dot in dots:
        heads = arrowheads(run_graphviz(dot, "svg").decode("utf-8"))
        assert heads or "->" not in dot
        for n, (node, rel, (x0, y0, x1, y1)) in enumerate(heads):
            for other, rel2, (u0, v0, u1, v1) in heads[n + 1 :]:
                if other == node and rel2 != rel:
                    mixed += 1
                    assert x1 <= u0 or u1 <= x0 or y1 <= v0 or v1 <= y0, (node, rel, rel2)
    assert mixed  # every example has a box that both supports and attacks reach


def test_title_only_boxes_show_the_title_not_the_text() -> None:
    amap = load("high-street.yaml")
    dot = argmap.to_dot(amap, fit="screen")
    line = next(x for x in dot.splitlines() if x.startswith('  "E1" ['))
    label = line.split("label=<", 1)[1]
    assert "41 collisions in" in label and "five years" in label
    assert "Road records" not in label  # the text stays in the tooltip only


def test_compact_legend_lists_only_what_is_drawn() -> None:
    dot = argmap.to_dot(tiny(), fit="a4", legend=True)
    legend = [line for line in dot.splitlines() if 'id="legend"' in line]
    assert len(legend) == 1 and "cluster" not in dot
    assert "THESIS" in legend[0] and "CLAIM" in legend[0] and "supports" in legend[0]
    assert "COUNTERCLAIM" not in legend[0] and "attacks" not in legend[0]


# -- splitting a map into views ------------------------------------------------------


def test_a_small_map_is_one_view() -> None:
    assert [v.name for v in fit_views(tiny(), "a4")] == ["map"]


@pytest.mark.parametrize("fit", ["a4", "letter"])
def test_large_map_splits_into_overview_and_focused_views(fit: str) -> None:
    amap = load("high-street.yaml")
    views = fit_views(amap, fit)
    assert views[0].name.startswith("overview")
    shown = set().union(*({s.id for s in v.map.statements} for v in views))
    assert shown == {s.id for s in amap.statements}  # nothing is lost
    overview = views[0].map
    assert not overview.of_kind("evidence")  # evidence is folded into counts
    assert {"T1", "C1", "C2", "C3"} <= {s.id for s in overview.statements}
    notes = views[0].notes()
    assert re.fullmatch(r"\+\d+ evidence, \d+ premises · p\.\d+", notes["C1"])
    for v in views:
        ids = {s.id for s in v.map.statements}
        assert answers_of(amap, ids) <= ids, v.name  # every counterclaim with its answers
        for page in v.pages.values():
            assert 1 <= page <= len(views)


def test_answers_of_follows_undercuts_and_counter_answers() -> None:
    b = MapBuilder()
    t = b.thesis("Act")
    cc = b.counterclaim("No", attacks=t)  # inference I1
    b.rebuttal("Beside the point", id="R1")
    b.attack("R1", "I1")  # an undercut of the counterclaim's inference
    cc2 = b.counterclaim("Others say it is worse", attacks=cc)
    b.rebuttal("They are wrong", attacks=cc2)
    assert answers_of(b.build(), {"T1", "CC1"}) == {"R1", "CC2", "R2"}
    assert answers_of(b.build(), {"T1"}) == set()


def test_a_view_that_shows_an_answer_shows_the_counterclaim_it_answers() -> None:
    b = MapBuilder(title="Trams")
    t = b.thesis("Build the tram line through the town centre")
    claims, evidence = [], []
    for k in range(5):
        claims.append(b.claim(f"Reason {k}: the line serves the town well", supports=t))
        for j in range(8):
            evidence.append(b.evidence(f"Figure {j} of reason {k}", supports=claims[-1]))
    cc = b.counterclaim("The report's figures are old", attacks=evidence[-1])
    r = b.rebuttal("They were updated last year", attacks=cc)
    b.support(r, claims[0])  # the answer also backs the first reason
    views = fit_views(b.build(), "a4")
    first = next(v for v in views if v.root == claims[0])
    assert {r, cc} <= {s.id for s in first.map.statements}
    for v in views:
        ids = {s.id for s in v.map.statements}
        assert (r in ids) <= (cc in ids), v.name


def test_only_the_part_whose_views_come_out_small_is_planned_again() -> None:
    calls: list[dict[str, float]] = []

    def plan(stricter: Mapping[str, float]) -> list[tuple[str, float]]:
        calls.append(dict(stricter))
        return [(root, stricter.get(root, 1.0)) for root in ("T1", "C1")]

    def drawn(view: tuple[str, float], factor: float) -> tuple[tuple[str, float], bool]:
        # C1's views pass once planned 1.3 times stricter and laid out 1.75 times.
        return view, view[0] != "C1" or (factor >= 1.75 and view[1] >= 1.3)

    assert plan_measured(plan, drawn, lambda view: view[0]) == [("T1", 1.0), ("C1", 1.3)]
    assert calls == [{}, {"C1": 1.15}, {"C1": 1.3}]  # T1's views are never planned again


def test_focus_and_depth_show_the_answers_of_counterclaims() -> None:
    amap = load("high-street.yaml")
    dot = argmap.to_dot(amap, focus="T1", depth=2)
    for ref in ("CC1", "CC2", "CC3"):
        assert f'"{ref}" [' in dot
    for ref in ("R1", "R2", "R4", "R5"):  # the answers, two or three hops from T1
        assert f'"{ref}" [' in dot


# -- drawn and measured ------------------------------------------------------------------


@pytest.mark.graphviz
@pytest.mark.parametrize("fit", sorted(MEDIA))
@pytest.mark.parametrize("name", MAPS)
def test_smallest_text_stays_readable(name: str, fit: str) -> None:
    amap = load(name)
    medium = get_medium(fit)
    for view, dot in measured_dots(amap, fit, draw=run_graphviz):
        svg = run_graphviz(dot, "svg").decode("utf-8")
        assert smallest_text(svg, fit) >= medium.min_text, (name, fit, view)


@pytest.mark.graphviz
@pytest.mark.parametrize(("fit", "size"), [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_pdf_pages_are_real_paper(fit: str, size: tuple[float, float], tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "map.pdf"
    written = write_views(load("high-street.yaml"), out, fit=fit, draw=run_graphviz)
    assert written == [out]
    pages = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == len(measured_dots(load("high-street.yaml"), fit, draw=run_graphviz))
    for page in pages:
        dims = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert dims == pytest.approx(sorted(size), abs=0.5)


@pytest.mark.graphviz
def test_slide_pdf_is_16_by_9(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "map.pdf"
    argmap.render(load("gsomia.yaml"), out, fit="slide")
    for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert w / h == pytest.approx(16 / 9, rel=0.01)


@pytest.mark.graphviz
def test_cli_fit_writes_every_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "views" / "map.svg"
    assert main(["render", str(EXAMPLES / "high-street.yaml"), "--fit", "a4", "-o", str(out)]) == 0
    files = sorted(p.name for p in out.parent.iterdir())
    assert files[0] == "map-2-C1.svg" and "map.svg" in files and len(files) > 2
    assert "more views beside it" in capsys.readouterr().err


@pytest.mark.graphviz
def test_render_to_bytes_refuses_to_drop_views() -> None:
    with pytest.raises(FormatError, match=r"needs \d+ views"):
        argmap.pipe(load("high-street.yaml"), format="svg", fit="a4")
    assert argmap.pipe(tiny(), format="svg", fit="a4").startswith(b"<?xml")


def test_fit_dots_badge_pages_point_at_views() -> None:
    dots = fit_dots(load("high-street.yaml"), "a4")
    overview = dots[0][1]
    pages = {int(n) for n in re.findall(r"· p\.(\d+)", overview)}
    assert pages and max(pages) <= len(dots)


def test_the_compact_legend_is_counted_in_the_size_estimate() -> None:
    from argmap.model import MapBuilder
    from argmap.rendering.fit import choose_layout, estimate_size

    b = MapBuilder()
    t = b.thesis("Act")
    c = b.claim("Costs", supports=t)
    b.counterclaim("Risky", attacks=t)
    b.evidence("5%", supports=c)
    m = b.build()
    plain = estimate_size(m.statements, m.inferences)
    keyed = estimate_size(m.statements, m.inferences, legend=True)
    assert keyed[1] > plain[1]
    assert keyed[0] >= plain[0]
    assert (
        choose_layout(m.statements, m.inferences, "a4", legend=True).estimate
        != choose_layout(m.statements, m.inferences, "a4").estimate
    )
