"""Slides: 16:9 frames and pages, and no answer revealed before its counterclaim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import argmap
from argmap.model import MapBuilder
from argmap.rendering.fit import smallest_text
from argmap.rendering.select import answers_of, direct_answers
from argmap.teaching import deck, render_steps, step_dots
from argmap.teaching.layers import layers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_an_answer_that_also_supports_waits_for_its_counterclaim() -> None:
    b = MapBuilder()
    t = b.thesis("Close the street")
    c = b.claim("It is safer", supports=t)
    cc = b.counterclaim("Traffic moves elsewhere", attacks=c)
    r = b.rebuttal("A loop road takes it", attacks=cc)
    b.support(r, c)  # the answer also backs the claim: a support step would reach it first
    order = layers(b.build())
    where = {ref: n for n, layer in enumerate(order) for ref in layer}
    assert where[r] >= where[cc]
    assert sorted(ref for layer in order for ref in layer) == sorted(["T1", "C1", "CC1", "R1"])


@pytest.mark.parametrize("name", ["high-street.yaml", "gsomia.yaml"])
def test_examples_reveal_every_counterclaim_with_or_before_its_answers(name: str) -> None:
    amap = argmap.load(EXAMPLES / name)
    where = {ref: n for n, layer in enumerate(layers(amap)) for ref in layer}
    for cc in amap.of_kind("counterclaim"):
        for answer in answers_of(amap, {cc.id}):
            assert where[answer] >= where[cc.id], (cc.id, answer)


@pytest.mark.graphviz
def test_slide_frames_are_16_by_9(tmp_path: Path) -> None:
    paths = render_steps(argmap.load(EXAMPLES / "high-street.yaml"), tmp_path / "s")
    for p in paths:
        size = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', p.read_text("utf-8"))
        assert size is not None
        assert (float(size.group(1)), float(size.group(2))) == (1440.0, 810.0)


@pytest.mark.graphviz
def test_slide_pdf_pages_are_16_by_9(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    (pdf,) = render_steps(argmap.load(EXAMPLES / "high-street.yaml"), tmp_path / "s.pdf")
    pages = pypdf.PdfReader(str(pdf)).pages
    assert len(pages) == len(layers(argmap.load(EXAMPLES / "high-street.yaml")))
    assert {(float(p.mediabox.width), float(p.mediabox.height)) for p in pages} == {(960, 540)}


# -- large maps: one view at a time ---------------------------------------------------


def large_map(*, reasons: int = 6, per_reason: int = 8) -> argmap.ArgumentMap:
    """A map of 1 + reasons * (1 + per_reason) + 2 statements, too large for one slide.

    The last reason's last piece of evidence is attacked by a counterclaim
    whose rebuttal also backs the first reason: the rebuttal belongs to the
    first reason's view, the counterclaim to the last one's.
    """
    b = MapBuilder(title="A tram for the town")
    t = b.thesis("The town should build the new tram line", title="Build the tram")
    claims, evidence = [], []
    for k in range(reasons):
        c = b.claim(f"Reason {k}: the tram line is a good idea", title=f"Reason {k}", supports=t)
        claims.append(c)
        for j in range(per_reason):
            text = f"Figure {j} for reason {k}, from the council's report"
            evidence.append(b.evidence(text, title=f"Figure {k}.{j}", supports=c))
    cc = b.counterclaim("The report is old", title="Old figures", attacks=evidence[-1])
    r = b.rebuttal("The figures were updated last year", title="Updated", attacks=cc)
    b.support(r, claims[0])
    return b.build()


def first_shown(amap: argmap.ArgumentMap) -> dict[str, int]:
    out: dict[str, int] = {}
    for n, slide in enumerate(deck(amap)):
        for ref in slide.shown:
            out.setdefault(ref, n)
    return out


def test_a_large_map_is_revealed_view_by_view_and_everything_shows() -> None:
    amap = large_map()
    slides = deck(amap)
    views = list(dict.fromkeys(s.view for s in slides))
    assert views[0] == "overview" and len(views) > 2
    assert set(first_shown(amap)) == {s.id for s in amap.statements}
    for n, s in enumerate(slides):
        starts = n == 0 or slides[n - 1].view != s.view
        assert (s.new == ()) == starts  # a view opens on what was shown, then adds
        if not starts:
            assert slides[n - 1].shown < s.shown and set(s.new) == s.shown - slides[n - 1].shown


def test_no_answer_is_revealed_before_its_counterclaim_across_views() -> None:
    amap = large_map()
    first = first_shown(amap)
    counterclaims = {s.id for s in amap.of_kind("counterclaim")}
    checked = 0
    for cc, answers in direct_answers(amap).items():
        if cc in counterclaims:
            assert all(first[a] >= first[cc] for a in answers), (cc, answers, first)
            checked += len(answers)
    assert checked == 1


def test_slides_of_one_view_share_one_layout_and_name_slides_not_pages() -> None:
    amap = large_map()
    slides, dots = deck(amap), step_dots(amap)
    assert len(slides) == len(dots)
    by_view: dict[str, set[str]] = {}
    for s, dot in zip(slides, dots, strict=True):
        graph = re.search(r"rankdir=\w+", dot).group(0)  # type: ignore[union-attr]
        nodes = " ".join(sorted(re.findall(r'^  "([^"]+)" \[id="node-', dot, re.M)))
        by_view.setdefault(s.view, set()).add(f"{graph} {nodes}")
    assert all(len(looks) == 1 for looks in by_view.values())
    starts = {s.view: n + 1 for n, s in reversed(list(enumerate(slides)))}
    named = {int(n) for n in re.findall(r"· slide (\d+)", dots[len(slides) - 1] + dots[0])}
    assert named and named <= set(starts.values())
    assert "· p." not in "".join(dots)


@pytest.mark.graphviz
def test_every_slide_of_a_60_statement_map_is_16_by_9_and_legible(tmp_path: Path) -> None:
    amap = large_map(reasons=6, per_reason=9)
    assert len(amap.statements) == 63
    paths = render_steps(amap, tmp_path / "s")
    assert len(paths) == len(deck(amap))
    for p in paths:
        svg = p.read_text("utf-8")
        size = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg)
        assert size is not None and (float(size.group(1)), float(size.group(2))) == (1440, 810)
        assert smallest_text(svg, "slide", margin=0) >= 12, p.name  # px at 1920x1080
