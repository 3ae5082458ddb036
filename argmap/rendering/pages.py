"""Drawing the views of a map on screens, slides and pages, measured; real paper for PDF.

:func:`argmap.rendering.views.fit_views` plans the views (an overview and
focused views, when a map is too large for one page). :func:`fit_dots`
gives the DOT text of each view; :func:`measured_dots` draws each and lays
out again what comes out too small; :func:`draw_views` lays them out with
Graphviz and, for PDF, puts every view on a real page (A4, Letter or a 16:9
slide) of one document, which needs the ``pypdf`` package
(``pip install 'argmap[pdf]'``).

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="Trams"); t = b.thesis("Build the tram")
>>> c = b.claim("It cuts car trips", supports=t)
>>> [v.name for v in fit_views(b.build(), "a4")]
['map']
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from argmap.checks import check
from argmap.errors import FormatError, RenderError
from argmap.files import write_atomic
from argmap.model import ArgumentMap
from argmap.rendering.dot import to_dot
from argmap.rendering.fit import Medium, get_medium, smallest_text
from argmap.rendering.highlight import Highlight, require_known
from argmap.rendering.themes import get_theme
from argmap.rendering.views import STRICTER, View, fit_views
from argmap.semantics import evaluate

__all__ = [
    "STRICTER",
    "View",
    "draw_views",
    "fit_dots",
    "fit_views",
    "measured_dots",
    "place_on_paper",
    "plan_measured",
    "view_requests",
    "write_views",
]


def fit_dots(amap: ArgumentMap, fit: str | Medium, **options: Any) -> list[tuple[str, str]]:
    """``(name, DOT text)`` of each view of :func:`fit_views`; options go to ``to_dot``.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(title="Trams"); t = b.thesis("Build the tram")
    >>> [(name, 'size="' in dot) for name, dot in fit_dots(b.build(), "screen")]
    [('map', True)]
    """
    return [
        (v.name, to_dot(v.map, fit=fit, **opts)) for v, opts in view_requests(amap, fit, **options)
    ]


def view_requests(
    amap: ArgumentMap,
    fit: str | Medium,
    *,
    stricter: Mapping[str, float] | None = None,
    headings: Mapping[str, str] | None = None,
    **options: Any,
) -> list[tuple[View, dict[str, Any]]]:
    """Each view of :func:`fit_views` with the ``to_dot`` options that draw it.

    The options are the caller's, with the view's heading as the title and
    each folding box's note added to ``highlight``; ``stricter`` and
    ``headings`` go to :func:`fit_views`.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(title="Trams"); t = b.thesis("Build the tram")
    >>> [(v.name, opts["title"]) for v, opts in view_requests(b.build(), "a4", theme="print")]
    [('map', True)]
    """
    options = dict(options)
    theme = get_theme(options.get("theme", "classroom"))
    title = options.pop("title", True)
    options.pop("focus", None)
    # What stands and what the checks flag are judged on the whole map, not on a view.
    if options.get("findings") is True:
        options["findings"] = check(amap)
    labels = options.get("labels")
    if labels is True or isinstance(labels, str):
        semantics = labels if isinstance(labels, str) else "grounded"
        options["labels"] = evaluate(amap, semantics=semantics)  # type: ignore[arg-type]
    user = options.pop("highlight", None)
    require_known(user, amap)
    mine = _user_marks(user)
    room = {r: m.badge for r, m in mine.items() if m.badge}
    out = []
    for v in fit_views(amap, fit, badges=room, stricter=stricter, headings=headings):
        marks: dict[str, Highlight] = {}
        for ref, note in v.notes().items():
            kind = next(s.kind for s in v.map.statements if s.id == ref)
            border = theme.kind_style(kind).border
            marks[ref] = Highlight(color=border, note=note, penwidth=1.2)
        heading = title
        if v.heading and title is not False:
            base = amap.source.title if title is True else str(title)
            heading = _headed(base, v.heading) if base else v.heading
        in_view = {s.id for s in v.map.statements}
        for ref, mark in mine.items():
            if ref not in in_view:  # drawn in another view
                continue
            fold = marks.get(ref)
            if fold is not None and fold.note:  # the caller's mark, with the fold's note
                mark = replace(mark, note=fold.note)
            marks[ref] = mark
        opts = {**options, "highlight": marks or None, "title": heading}
        out.append((v, opts))
    return out


def _user_marks(user: Any) -> dict[str, Highlight]:
    """The caller's ``highlight`` option as marks by id (ids alone get the default mark)."""
    if not user:
        return {}
    if isinstance(user, dict):
        return {ref: m if isinstance(m, Highlight) else Highlight() for ref, m in user.items()}
    return {ref: Highlight() for ref in ([user] if isinstance(user, str) else user)}


Draw = Callable[[str, str], bytes]


def draw_views(
    amap: ArgumentMap, fmt: str, *, fit: str | Medium, draw: Draw, **options: Any
) -> list[tuple[str, bytes]]:
    """Lay out every view with ``draw(dot, format)``; a PDF is one document of real pages.

    Returns ``(name, data)`` per view, or one ``("pages", pdf)`` for PDF,
    whose pages are the medium's paper (A4, Letter, 16:9 for slides; screen
    views are placed on A4).
    """
    medium = get_medium(fit)
    dots = measured_dots(amap, medium, draw=draw, **options)
    if fmt != "pdf":
        return [(name, draw(dot, fmt)) for name, dot in dots]
    paper = medium.paper or get_medium("a4").paper
    assert paper is not None
    pdfs = [draw(dot, "pdf") for _, dot in dots]
    return [("pages", place_on_paper(pdfs, paper, turnable=medium.turnable))]


def measured_dots(
    amap: ArgumentMap, fit: str | Medium, *, draw: Draw, **options: Any
) -> list[tuple[str, str]]:
    """:func:`fit_dots`, checked by drawing: what comes out too small is planned again.

    Each view is drawn as SVG and its smallest text measured
    (:func:`~argmap.rendering.fit.smallest_text`); a view below the medium's
    least size is laid out again as if the threshold were higher (up to 1.75
    times), which picks a narrower layout; if it still falls short, the
    views of its root are planned more strictly (see :func:`plan_measured`),
    which splits them further, and the other views stay as they were.
    """
    medium = get_medium(fit)
    sizes: dict[str, float] = {}  # the same DOT text is drawn once

    def plan(stricter: Mapping[str, float]) -> list[tuple[View, dict[str, Any]]]:
        return view_requests(amap, medium, stricter=stricter, **options)

    def drawn(request: tuple[View, dict[str, Any]], factor: float) -> tuple[tuple[str, str], bool]:
        view, opts = request
        dot = to_dot(view.map, fit=replace(medium, min_text=medium.min_text * factor), **opts)
        if dot not in sizes:
            sizes[dot] = smallest_text(draw(dot, "svg").decode("utf-8"), medium)
        return (view.name, dot), sizes[dot] >= medium.min_text

    return plan_measured(plan, drawn, lambda request: request[0].root or "")


_P = TypeVar("_P")
_R = TypeVar("_R")


def plan_measured(
    plan: Callable[[Mapping[str, float]], Sequence[_P]],
    drawn: Callable[[_P, float], tuple[_R, bool]],
    root_of: Callable[[_P], str],
) -> list[_R]:
    """Plan views, draw each, and plan again more strictly the roots whose views come out small.

    ``plan(stricter)`` gives the views, planned as :func:`fit_views` does
    with ``stricter``; ``drawn(view, factor)`` draws one laid out as if the
    least size were ``factor`` times larger and says whether it passed. A
    view that fails at every factor (from its root's own) raises its root's
    factor one step in :data:`STRICTER`, and the map is planned again. Ends
    when every view passes or no failing root can be made stricter; the last
    plan is kept.

    >>> plan = lambda stricter: [("T1", stricter.get("T1", 1.0))]
    >>> plan_measured(plan, lambda view, f: (view, view[1] >= 1.3), lambda view: view[0])
    [('T1', 1.3)]
    """
    stricter: dict[str, float] = {}
    while True:
        out: list[_R] = []
        failed: set[str] = set()
        for view in plan(stricter):
            base = stricter.get(root_of(view), 1.0)
            for factor in (f for f in STRICTER if f >= base):
                result, ok = drawn(view, factor)
                if ok:
                    break
            out.append(result)
            if not ok:
                failed.add(root_of(view))
        raised = False
        for root in sorted(failed):
            higher = [f for f in STRICTER if f > stricter.get(root, 1.0)]
            if higher:
                stricter[root] = higher[0]
                raised = True
        if not raised:
            return out


def write_views(
    amap: ArgumentMap, path: str | Path, *, fit: str | Medium, draw: Draw, **options: Any
) -> list[Path]:
    """Write the views to files and return their paths; the suffix picks the format.

    A PDF is one file, a page per view. Other formats write the first view
    to ``path`` and each further one beside it, named ``<stem>-<n>-<view>``
    (``map-2-C1.svg``: page 2, the view of C1).
    """

    target = Path(path)
    fmt = target.suffix.lstrip(".").lower()
    if fmt in ("dot", "gv"):
        dots = measured_dots(amap, fit, draw=draw, **options)
        drawn = [(name, dot.encode("utf-8")) for name, dot in dots]
    else:
        drawn = draw_views(amap, fmt, fit=fit, draw=draw, **options)
    written = []
    for n, (name, data) in enumerate(drawn, start=1):
        out = target if n == 1 else target.with_name(f"{target.stem}-{n}-{name}{target.suffix}")
        write_atomic(out, data)
        written.append(out)
    return written


def draw_one(
    amap: ArgumentMap, fmt: str, *, fit: str | Medium, draw: Draw, **options: Any
) -> bytes:
    """The drawing as bytes when it is one document: a PDF, or a map that fits one view."""
    drawn = draw_views(amap, fmt, fit=fit, draw=draw, **options)
    if len(drawn) > 1:
        raise FormatError(
            f"at fit={get_medium(fit).name!r} this map needs {len(drawn)} views; write them "
            "to a file (the others go beside it) or draw them with draw_views"
        )
    return drawn[0][1]


def place_on_paper(
    pdfs: Sequence[bytes], paper: tuple[float, float], *, turnable: bool, margin: float = 28.35
) -> bytes:
    """One PDF with each drawing centred on its own page of ``paper`` size (points).

    A drawing wider than tall goes on a landscape page when ``turnable``; it
    is shrunk, never enlarged, to fit inside the margins. Needs ``pypdf``.
    """
    try:
        from pypdf import PageObject, PdfReader, PdfWriter, Transformation
    except ImportError:  # an optional dependency, imported only when a PDF is made
        raise RenderError(
            "PDF pages of a real paper size, and slides in one PDF, need the pypdf package: "
            "pip install 'argmap[pdf]' or 'argmap[slides]' (or write .svg files instead)"
        ) from None
    writer = PdfWriter()
    for data in pdfs:
        for src in PdfReader(io.BytesIO(data)).pages:
            w, h = float(src.mediabox.width), float(src.mediabox.height)
            pw, ph = paper
            if turnable and (w > h) != (pw > ph):
                pw, ph = ph, pw
            scale = min(1.0, (pw - 2 * margin) / w, (ph - 2 * margin) / h)
            page = PageObject.create_blank_page(width=pw, height=ph)
            tx, ty = (pw - w * scale) / 2, (ph - h * scale) / 2
            page.merge_transformed_page(src, Transformation().scale(scale).translate(tx, ty))
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _headed(title: str, view: str) -> str:
    """A view's heading after the map's title: a colon, or a dash after a title that
    ends with its own punctuation.

    >>> _headed("Save the pier", "Overview (1 of 2)")
    'Save the pier: Overview (1 of 2)'
    >>> _headed("Can London take it?", "Overview (1 of 2)")
    'Can London take it? — Overview (1 of 2)'
    """
    title = title.rstrip()
    return f"{title} — {view}" if title[-1:] in ".?!:;…" else f"{title}: {view}"
