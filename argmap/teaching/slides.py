"""Slides: a map revealed step by step on 16:9 slides, drawn, checked and written.

The steps are planned by :mod:`argmap.teaching.deck` (re-exported here): the
thesis first, then one layer of reasons at a time; a map too large for one
slide is shown view by view, an overview first. :func:`render_steps` writes
numbered files or one multi-page PDF of 16:9 pages; every step is padded to
exactly 16:9, drawn and measured, and a view whose smallest text comes out
below 12 px at 1920x1080 is laid out again more strictly
(:func:`measured_step_dots`).

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
>>> [(s.view, s.new) for s in deck(b.build())]
[('map', ()), ('map', ('C1',))]
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from argmap.model import ArgumentMap
from argmap.rendering.fit import Medium, get_medium, smallest_text
from argmap.rendering.pages import place_on_paper, plan_measured
from argmap.teaching._diagram import draw
from argmap.teaching.deck import (
    _SIZE,
    MAX_STEPS,
    Slide,
    _layout,
    _Plan,
    _plan,
    _plan_dots,
    deck,
    reveal_order,
    step_dots,
    steps,
)

__all__ = [
    "MAX_STEPS",
    "SLIDE_PAGE",
    "Slide",
    "deck",
    "measured_step_dots",
    "render_steps",
    "reveal_order",
    "step_dots",
    "steps",
]

_SVG_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
#: A slide page in points: 13.33 x 7.5 inches, as presentation programs use.
SLIDE_PAGE = (960.0, 540.0)


Draw = Callable[[str, str], bytes]


def measured_step_dots(
    amap: ArgumentMap,
    *,
    draw: Draw,
    new_badge: str | None = "NEW",
    fit: str | Medium = "slide",
    **options: Any,
) -> list[tuple[str, str, str]]:
    """``(view, DOT, SVG)`` of each step, drawn and checked: small text is laid out again.

    Each step is drawn with ``draw(dot, "svg")`` (for a slide, padded to
    exactly 16:9 first) and its smallest text measured
    (:func:`~argmap.rendering.fit.smallest_text`, at 1920x1080 for a slide).
    A view with a step below the medium's least size is laid out again as if
    the threshold were higher (up to 1.75 times); if it still falls short,
    the views of its root are planned more strictly, which splits them
    further (:func:`argmap.rendering.pages.plan_measured`).
    """
    medium = get_medium(fit)
    slide = medium.name == "slide"

    def plan(stricter: Mapping[str, float]) -> list[_Plan]:
        return _plan(amap, medium, options, stricter)

    def drawn(plan: _Plan, factor: float) -> tuple[list[tuple[str, str, str]], bool]:
        plan.layout = _layout(
            plan.part, plan.opts, replace(medium, min_text=medium.min_text * factor)
        )
        dots = _plan_dots(plan, new_badge, medium)
        if slide:
            dots = [_sixteen_by_nine(d, draw) for d in dots]
        svgs = [draw(d, "svg").decode("utf-8") for d in dots]
        if slide:
            svgs = [_whole_frame(svg) for svg in svgs]
        least = min(smallest_text(s, medium, margin=0 if slide else 28.35) for s in svgs)
        steps = [(plan.name, d, svg) for d, svg in zip(dots, svgs, strict=True)]
        return steps, least >= medium.min_text

    return [step for view in plan_measured(plan, drawn, lambda p: p.root) for step in view]


def render_steps(
    amap: ArgumentMap,
    target: str | Path,
    *,
    format: str = "svg",
    **options: Any,
) -> list[Path]:
    """Write the steps: numbered files in folder ``target``, or one PDF when it ends in ``.pdf``.

    In a folder the files are ``step-01.svg``, ``step-02.svg`` ... (``format``
    is ``svg``, ``png``, ``pdf`` or ``dot``). A ``.pdf`` target gets one
    16:9 page per step; joining the pages needs the ``pypdf`` package (``pip
    install argmap[slides]``). Other options go to :func:`step_dots`; with
    a ``fit`` (``"slide"`` unless ``fit=None``) the steps are drawn and
    checked by :func:`measured_step_dots`. Returns the paths written.
    """
    from argmap.files import write_atomic
    from argmap.rendering.graphviz_run import run_graphviz  # lazy: start-up time

    fit = options.pop("fit", "slide")
    drawn: list[tuple[str, str | None]]
    if fit is None:
        drawn = [(d, None) for d in step_dots(amap, fit=None, **options)]
    else:
        drawn = [
            (d, svg)
            for _, d, svg in measured_step_dots(amap, draw=run_graphviz, fit=fit, **options)
        ]
    path = Path(target)
    if path.suffix.lower() == ".pdf":
        pages = [draw(d, "pdf") for d, _ in drawn]
        pdfs = [p for p in pages if isinstance(p, bytes)]
        write_atomic(path, place_on_paper(pdfs, SLIDE_PAGE, turnable=False, margin=0))
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(len(drawn))))
    written = []
    for n, (d, svg) in enumerate(drawn, start=1):
        name = path / f"step-{n:0{width}d}.{format.lower()}"
        if svg is not None and format.lower() == "svg":
            write_atomic(name, svg.encode("utf-8"))
            written.append(name)
            continue
        out = draw(d, name)
        assert isinstance(out, Path)
        written.append(out)
    return written


def _whole_frame(svg: str) -> str:
    """A framed slide's SVG sized exactly 1440x810 pt (1920x1080 px).

    Graphviz writes its size in whole points and may land a point short;
    the drawing (its ``viewBox``) is centred in the frame as it was.

    >>> _whole_frame('<svg width="1439pt" height="810pt" viewBox="0 0 1 1">')
    '<svg width="1440pt" height="810pt" viewBox="0 0 1 1">'
    """
    size = _SVG_SIZE.search(svg)
    if size is None or abs(float(size.group(1)) - 1440) + abs(float(size.group(2)) - 810) > 2:
        return svg
    return _SVG_SIZE.sub('<svg width="1440pt" height="810pt"', svg, count=1)


def _sixteen_by_nine(dot: str, run: Draw) -> str:
    """``dot`` padded to exactly 16:9 and scaled to 1920x1080 px (one trial layout).

    The pad is widened on the natural drawing; Graphviz's ``size`` then
    scales drawing and pad together, so the frame keeps its 16:9.
    """
    natural = _SIZE.sub("", dot, count=1).replace(", , ", ", ", 1)
    size = _SVG_SIZE.search(run(natural, "svg").decode("utf-8"))
    if size is None or "pad=0.25" not in natural:
        return dot
    w, h = float(size.group(1)), float(size.group(2))
    # A frame of whole points in exactly 16:9 (Graphviz writes sizes in whole points).
    unit = max(math.ceil(w / 16), math.ceil(h / 9))
    pad_x = 0.25 + (16 * unit - w) / 2 / 72
    pad_y = 0.25 + (9 * unit - h) / 2 / 72
    framed = f'pad="{pad_x:.4f},{pad_y:.4f}", size="20.00,11.25!"'
    return natural.replace("pad=0.25", framed, 1)
