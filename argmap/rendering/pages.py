"""Splitting a map too large for one page: an overview and one focused view per main claim.

:func:`fit_views` plans the views of a map for a medium (``"screen"``,
``"slide"``, ``"a4"``, ``"letter"``; see :mod:`argmap.rendering.fit`). A map
whose every layout would shrink its text below the medium's threshold is
shown as

- an **overview**: the thesis, the main reasons (what is drawn straight into
  the thesis), the counterclaims against them and their answers, each box
  noting under its text what it folds away (``+3 evidence, 2 premises · p.2``);
- one **focused view** per main reason that has more behind it: that
  reason, everything that supports or attacks it, and what it supports, as
  context. A view still too large is split again, one level down.

Every view shows the answers of each counterclaim it shows. :func:`fit_dots`
gives the DOT text of each view; :func:`draw_views` lays them out with
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
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argmap.checks import check
from argmap.errors import FormatError, RenderError
from argmap.files import write_atomic
from argmap.model import ArgumentMap, Inference
from argmap.rendering.dot import to_dot
from argmap.rendering.fit import Layout, Medium, choose_layout, get_medium, smallest_text
from argmap.rendering.highlight import Highlight, require_known
from argmap.rendering.select import answers_of, restrict
from argmap.rendering.themes import get_theme
from argmap.semantics import evaluate

__all__ = ["View", "draw_views", "fit_dots", "fit_views", "place_on_paper", "write_views"]

_SHOWN_IN_OVERVIEW = frozenset({"thesis", "claim", "premise", "counterclaim", "rebuttal"})
_MAX_LEVELS = 3
#: How much stricter than its threshold a medium is planned for, in turn, when
#: the drawn text comes out smaller than the estimate promised.
_STRICTER = (1.0, 1.15, 1.3, 1.5, 1.75)


@dataclass
class View:
    """One view of a map, ready to draw: a part of the map and what each box folds away."""

    name: str
    """``"map"`` (the whole map), ``"overview"``, ``"other"``, or the focused statement's id."""
    map: ArgumentMap
    layout: Layout
    root: str | None = None
    folded: dict[str, Counter[str]] = field(default_factory=dict)
    """Statement id -> the kinds (and how many of each) folded into its box."""
    heading: str = ""
    pages: dict[str, int] = field(default_factory=dict)
    """Statement id -> the page of the view that shows what its box folds away."""

    def notes(self) -> dict[str, str]:
        """Statement id -> what its box folds away, e.g. ``+3 evidence, 1 premise · p.2``."""
        out = {}
        for ref, counts in self.folded.items():
            parts = [f"{n} {_plural(kind, n)}" for kind, n in sorted(counts.items())]
            text = "+" + ", ".join(parts)
            if ref in self.pages:
                text += f" · p.{self.pages[ref]}"
            out[ref] = text
        return out


def _plural(kind: str, n: int) -> str:
    if n == 1 or kind == "evidence":
        return kind
    return kind + "s"


def _depths(amap: ArgumentMap, root: str) -> dict[str, int]:
    """Everything that leads to ``root`` (supports or attacks it, at any remove), by hops."""
    depth = {root: 0}
    at_inference: dict[str, int] = {}
    changed = True
    while changed:
        changed = False
        for inf in amap.inferences:
            if inf.id in at_inference:
                continue
            d = depth.get(inf.conclusion, at_inference.get(inf.conclusion))
            if d is None:
                continue
            at_inference[inf.id] = d
            changed = True
            for p in inf.premises:
                if p not in depth or depth[p] > d + 1:
                    depth[p] = d + 1
    return depth


def _leads_to(amap: ArgumentMap) -> dict[str, list[str]]:
    """Statement id -> the statements its inferences end on (through undercut targets)."""
    by_id = {i.id: i for i in amap.inferences}
    out: dict[str, list[str]] = {}
    for inf in amap.inferences:
        target: Inference | None = inf
        seen = set()
        while target is not None and target.conclusion in by_id and target.id not in seen:
            seen.add(target.id)
            target = by_id[target.conclusion]
        if target is None:
            continue
        for p in inf.premises:
            out.setdefault(p, []).append(target.conclusion)
    return out


def _view(
    amap: ArgumentMap,
    name: str,
    root: str,
    medium: Medium,
    *,
    levels: int | None,
    context: str | None = None,
    overview: bool = False,
    only: set[str] | None = None,
    badges: dict[str, str] | None = None,
) -> View:
    depths = _depths(amap, root)
    kinds = {s.id: s.kind for s in amap.statements}
    if only is not None:  # a part of an overview: the root and these main reasons
        depths = {
            ref: d
            for ref, d in depths.items()
            if ref == root or ref in only or not _only_through(amap, ref, root, only)
        }
    shown = {
        ref
        for ref, d in depths.items()
        if (levels is None or d <= levels) and (not overview or kinds[ref] in _SHOWN_IN_OVERVIEW)
    }
    if overview:  # the counterclaims against the main reasons, too
        for inf in amap.inferences:
            if inf.is_attack and inf.conclusion in shown:
                shown |= {p for p in inf.premises if kinds.get(p) == "counterclaim"}
    shown |= answers_of(amap, shown) & set(depths)
    leads = _leads_to(amap)
    folded: dict[str, Counter[str]] = {}
    for ref in depths:
        if ref in shown:
            continue
        rep = _nearest_shown(ref, shown, leads)
        if rep is not None:
            folded.setdefault(rep, Counter())[kinds[ref]] += 1
    keep = set(shown)
    linked = {root}
    if context is not None:
        # What the view's root supports or attacks, as context; a counterclaim
        # shown for context still comes with its answers.
        keep.add(context)
        linked |= answers_of(amap, {context})
        keep |= linked
    part = restrict(amap, keep)
    if context is not None:  # only the links into the context from the root and its answers
        part.inferences = [
            i.model_copy(update={"premises": [p for p in i.premises if p in linked]})
            if i.conclusion == context
            else i
            for i in part.inferences
            if i.conclusion != context or linked & set(i.premises)
        ]
    # Room for the caller's badges, and for the note of what each box folds away.
    notes = {
        ref: "+" + ", ".join(f"{n} {_plural(k, n)}" for k, n in counts.items()) + " · p.10"
        for ref, counts in folded.items()
    }
    layout = choose_layout(part.statements, part.inferences, medium, badges=badges, notes=notes)
    return View(name, part, layout, root, folded)


def _only_through(amap: ArgumentMap, ref: str, root: str, only: set[str]) -> bool:
    """Whether ``ref`` reaches ``root`` only through statements outside ``only`` (drop it)."""
    return not any(ref in _depths(amap, m) for m in only)


def _nearest_shown(ref: str, shown: set[str], leads: dict[str, list[str]]) -> str | None:
    queue, seen = [ref], {ref}
    while queue:
        nxt = []
        for x in queue:
            for y in leads.get(x, ()):
                if y in shown:
                    return y
                if y not in seen:
                    seen.add(y)
                    nxt.append(y)
        queue = nxt
    return None


def fit_views(
    amap: ArgumentMap, fit: str | Medium, *, badges: dict[str, str] | None = None
) -> list[View]:
    """The views that show ``amap`` on ``fit``: the whole map if it fits, else several.

    See the module doc. Views come in reading order: the overview first
    (in parts, when the thesis has too many reasons for one page), then the
    focused views in map order, then statements no view has shown. Badges
    name the page of the view that shows what a box folds away.
    """
    medium = get_medium(fit)
    whole = choose_layout(amap.statements, amap.inferences, medium, badges=badges)
    if whole.fits or not amap.theses:
        return [View("map", amap, whole)]
    views: list[View] = []
    covered: set[str] = set()
    for thesis in amap.theses:
        for top in _overviews(amap, thesis.id, medium, badges):
            views.append(top)
            covered |= {s.id for s in top.map.statements}
    for top in list(views):
        _split(amap, top, medium, views, covered, level=1, badges=badges)
    rest = [s.id for s in amap.statements if s.id not in covered]
    for n, group in enumerate(_groups(amap, rest, medium, set(), badges=badges), start=1):
        part = restrict(amap, set(group))
        lay = choose_layout(part.statements, part.inferences, medium, badges=badges)
        views.append(View(f"other-{n}", part, lay, heading="Other statements"))
    _number_pages(views)
    return views


def _overviews(
    amap: ArgumentMap, thesis: str, medium: Medium, badges: dict[str, str] | None
) -> list[View]:
    """The overview, or overviews of a few main reasons each when one is too wide."""
    return _in_parts(amap, thesis, medium, badges, name="overview", heading="Overview")


def _in_parts(
    amap: ArgumentMap,
    root: str,
    medium: Medium,
    badges: dict[str, str] | None,
    *,
    name: str,
    heading: str,
    overview: bool = True,
    context: str | None = None,
) -> list[View]:
    """``root`` and what is drawn straight into it: one view, or parts of a few reasons each."""
    one = _view(
        amap, name, root, medium, levels=1, overview=overview, context=context, badges=badges
    )
    one.heading = heading
    if one.layout.fits:
        return [one]
    near = [s.id for s in one.map.statements if _depths(amap, root).get(s.id) == 1]
    groups = _groups(amap, near, medium, {root}, part_of=(root, overview, context), badges=badges)
    out = []
    for n, group in enumerate(groups, start=1):
        part = _view(
            amap,
            f"{name}-{n}",
            root,
            medium,
            levels=1,
            overview=overview,
            context=context,
            only=set(group),
            badges=badges,
        )
        part.heading = f"{heading} ({n} of {len(groups)})"
        out.append(part)
    return out


def _groups(
    amap: ArgumentMap,
    refs: list[str],
    medium: Medium,
    base: set[str],
    *,
    part_of: tuple[str, bool, str | None] | None = None,
    badges: dict[str, str] | None = None,
) -> list[list[str]]:
    """``refs`` in order, cut into runs that each fit on one view (with ``base``)."""
    groups: list[list[str]] = []
    current: list[str] = []
    for ref in refs:
        trial = [*current, ref]
        if part_of is not None:
            root, overview, context = part_of
            v = _view(
                amap,
                "",
                root,
                medium,
                levels=1,
                overview=overview,
                context=context,
                only=set(trial),
                badges=badges,
            )
            ok = v.layout.fits
        else:
            part = restrict(amap, base | set(trial))
            ok = choose_layout(part.statements, part.inferences, medium, badges=badges).fits
        if current and not ok:
            groups.append(current)
            current = [ref]
        else:
            current = trial
    if current:
        groups.append(current)
    return groups


def _number_pages(views: list[View]) -> None:
    """Point each folded box at the page that shows what it folds away."""
    for v in views:
        for ref in v.folded:
            for n, w in enumerate(views, start=1):
                if w is not v and ref in w.map and (w.root == ref or ref not in w.folded):
                    v.pages[ref] = n
                    break


def _split(
    amap: ArgumentMap,
    parent: View,
    medium: Medium,
    views: list[View],
    covered: set[str],
    *,
    level: int,
    badges: dict[str, str] | None = None,
) -> None:
    """Add a focused view for each box of ``parent`` that folds away what no view shows."""
    shown = {s.id for s in parent.map.statements}
    for s in parent.map.statements:
        if s.id == parent.root or s.id not in parent.folded:
            continue
        if set(_depths(amap, s.id)) - shown <= covered:
            continue  # another view already shows all of it
        context = _context(parent.map, s.id)
        heading = s.title or s.id
        whole = _view(amap, s.id, s.id, medium, levels=None, context=context, badges=badges)
        whole.heading = heading
        if whole.layout.fits:
            views.append(whole)
            covered |= {x.id for x in whole.map.statements}
            continue
        two = _view(amap, s.id, s.id, medium, levels=2, context=context, badges=badges)
        two.heading = heading
        parts = [two] if two.layout.fits else []
        if not parts:
            parts = _in_parts(
                amap,
                s.id,
                medium,
                badges,
                name=s.id,
                heading=heading,
                overview=False,
                context=context,
            )
        for part in parts:
            views.append(part)
            covered |= {x.id for x in part.map.statements}
        if level < _MAX_LEVELS:
            for part in parts:
                _split(amap, part, medium, views, covered, level=level + 1, badges=badges)


def _context(part: ArgumentMap, ref: str) -> str | None:
    """What ``ref`` supports or attacks in ``part``: shown as context in its focused view."""
    for inf in part.inferences:
        if ref in inf.premises and inf.conclusion in part:
            return inf.conclusion
    return None


def fit_dots(amap: ArgumentMap, fit: str | Medium, **options: Any) -> list[tuple[str, str]]:
    """``(name, DOT text)`` of each view of :func:`fit_views`; options go to ``to_dot``.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(title="Trams"); t = b.thesis("Build the tram")
    >>> [(name, 'size="' in dot) for name, dot in fit_dots(b.build(), "screen")]
    [('map', True)]
    """
    return [
        (name, to_dot(part, fit=fit, **opts)) for name, part, opts in _requests(amap, fit, options)
    ]


def _requests(
    amap: ArgumentMap, fit: str | Medium, options: dict[str, Any]
) -> list[tuple[str, ArgumentMap, dict[str, Any]]]:
    """``(name, part of the map, to_dot options)`` of each view of :func:`fit_views`."""
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
    out = []
    for v in fit_views(amap, fit, badges={r: m.badge for r, m in mine.items() if m.badge}):
        marks: dict[str, Highlight] = {}
        for ref, note in v.notes().items():
            kind = next(s.kind for s in v.map.statements if s.id == ref)
            border = theme.kind_style(kind).border
            marks[ref] = Highlight(color=border, note=note, penwidth=1.2)
        heading = title
        if v.heading and title is not False:
            base = amap.source.title if title is True else str(title)
            heading = f"{base}: {v.heading}" if base else v.heading
        in_view = {s.id for s in v.map.statements}
        for ref, mark in mine.items():
            if ref not in in_view:  # drawn in another view
                continue
            fold = marks.get(ref)
            if fold is not None and fold.note:  # the caller's mark, with the fold's note
                mark = replace(mark, note=fold.note)
            marks[ref] = mark
        opts = {**options, "highlight": marks or None, "title": heading}
        out.append((v.name, v.map, opts))
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
    """:func:`fit_dots`, checked by drawing: replanned more strictly while text comes out small.

    Each plan is drawn as SVG and its smallest text measured
    (:func:`~argmap.rendering.fit.smallest_text`); when a view falls short of
    the medium's threshold, that view is laid out again as if the threshold
    were higher (up to 1.75 times), which picks a narrower layout; if one
    still falls short, the whole map is planned again that way, which
    splits further. The last plan is kept if none passes.
    """
    medium = get_medium(fit)
    dots: list[tuple[str, str]] = []
    for n, factor in enumerate(_STRICTER):
        planned = replace(medium, min_text=medium.min_text * factor)
        dots, passed = [], True
        for name, part, opts in _requests(amap, planned, options):
            for stricter in _STRICTER[n:]:
                dot = to_dot(part, fit=replace(medium, min_text=medium.min_text * stricter), **opts)
                ok = smallest_text(draw(dot, "svg").decode("utf-8"), medium) >= medium.min_text
                if ok:
                    break
            dots.append((name, dot))
            passed = passed and ok
        if passed:
            break
    return dots


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
