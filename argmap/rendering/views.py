"""Planning the views of a map too large for one page: an overview and one view per main claim.

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

Every view shows the answers of each counterclaim it shows, and the
counterclaim of each answer it shows. Planning needs no Graphviz: it
estimates sizes (:func:`argmap.rendering.fit.choose_layout`);
:mod:`argmap.rendering.pages` draws the views, measures them and plans the
views of a root again more strictly when they come out too small.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="Trams"); t = b.thesis("Build the tram")
>>> c = b.claim("It cuts car trips", supports=t)
>>> [v.name for v in fit_views(b.build(), "a4")]
['map']
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from argmap.graph.index import MapIndex
from argmap.graph.walks import undercut_ends
from argmap.model import ArgumentMap, Statement
from argmap.rendering.fit import Layout, Medium, choose_layout, get_medium
from argmap.rendering.select import answers_of, direct_answers, restrict

__all__ = ["STRICTER", "View", "fit_views"]

_SHOWN_IN_OVERVIEW = frozenset({"thesis", "claim", "premise", "counterclaim", "rebuttal"})
_MAX_LEVELS = 3
#: How much stricter than its threshold a medium is planned for, in turn, when
#: the drawn text comes out smaller than the estimate promised.
STRICTER = (1.0, 1.15, 1.3, 1.5, 1.75)


@dataclass(frozen=True)
class _Media:
    """The medium each root's views are planned for: stricter for some roots."""

    base: Medium
    stricter: Mapping[str, float]

    def of(self, root: str | None) -> Medium:
        factor = self.stricter.get(root or "", 1.0)
        if factor == 1.0:
            return self.base
        return replace(self.base, min_text=self.base.min_text * factor)


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

    def notes(self, *, where: Callable[[int], str] | None = None) -> dict[str, str]:
        """Statement id -> what its box folds away, e.g. ``+3 evidence, 1 premise · p.2``.

        ``where`` names the place of page ``n`` (slides say ``slide 7``).
        """
        out = {}
        for ref, counts in self.folded.items():
            parts = [f"{n} {_plural(kind, n)}" for kind, n in sorted(counts.items())]
            text = "+" + ", ".join(parts)
            if ref in self.pages:
                n = self.pages[ref]
                text += f" · {where(n) if where else f'p.{n}'}"
            out[ref] = text
        return out


def _plural(kind: str, n: int) -> str:
    if n == 1 or kind == "evidence":
        return kind
    return kind + "s"


def _depths(amap: ArgumentMap, root: str) -> dict[str, int]:
    """Everything that leads to ``root`` (supports or attacks it, at any remove), by hops.

    A walk out from ``root`` through the map's index, nearest first: an undercut
    is as near as the inference it attacks, its premises one hop further.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Cheap", supports=t)
    >>> e = b.evidence("Costs fell", supports=c); _ = b.claim("Fast", supports=t)
    >>> _depths(b.build(), "T1")
    {'T1': 0, 'C1': 1, 'C2': 1, 'E1': 2}
    """
    return _once(amap, ("depths", root), lambda: _walk_depths(amap, root))


def _walk_depths(amap: ArgumentMap, root: str) -> dict[str, int]:
    index = MapIndex.of(amap)
    depth = {root: 0}
    reached: set[str] = set()  # inferences
    queue: deque[tuple[str, int]] = deque([(root, 0)])
    while queue:  # depths in the queue never differ by more than one
        ref, d = queue.popleft()
        for inf in index.into(ref):
            if inf.id in reached:
                continue
            reached.add(inf.id)
            queue.appendleft((inf.id, d))  # what undercuts it is as near as it is
            for p in inf.premises:
                if p not in depth:
                    depth[p] = d + 1
                    queue.append((p, d + 1))
    return depth


def _leads_to(amap: ArgumentMap) -> dict[str, list[str]]:
    """Statement id -> the statements its inferences end on (through undercut targets)."""
    return _once(amap, ("leads", ""), lambda: _walk_leads(amap))


def _walk_leads(amap: ArgumentMap) -> dict[str, list[str]]:
    ends = undercut_ends({i.id: i.conclusion for i in amap.inferences})
    out: dict[str, list[str]] = {}
    for inf in amap.inferences:
        end = ends[inf.id]
        if end is None:
            continue
        for p in inf.premises:
            out.setdefault(p, []).append(end)
    return out


@dataclass
class _Walks:
    """What one :func:`fit_views` call works out once about its map: the views it
    tries ask again and again."""

    amap: ArgumentMap
    found: dict[tuple[str, str], Any] = field(default_factory=dict)


_WALKS: ContextVar[_Walks | None] = ContextVar("argmap_view_walks", default=None)
_T = TypeVar("_T")


def _once(amap: ArgumentMap, key: tuple[str, str], work: Callable[[], _T]) -> _T:
    """``work()``, done once per ``key`` in the :func:`fit_views` call under way
    about ``amap`` (every time outside one)."""
    walks = _WALKS.get()
    if walks is None or walks.amap is not amap:
        return work()
    if key not in walks.found:
        walks.found[key] = work()
    result: _T = walks.found[key]
    return result


def _direct(amap: ArgumentMap) -> dict[str, list[str]]:
    """:func:`direct_answers` of ``amap``, worked out once per :func:`fit_views` call."""
    return _once(amap, ("direct", ""), lambda: direct_answers(amap))


def _kinds(amap: ArgumentMap) -> dict[str, str]:
    """Statement id -> kind, worked out once per :func:`fit_views` call."""
    return _once(amap, ("kinds", ""), lambda: {s.id: str(s.kind) for s in amap.statements})


def _view(
    amap: ArgumentMap,
    name: str,
    root: str,
    media: _Media,
    *,
    levels: int | None,
    context: str | None = None,
    overview: bool = False,
    only: set[str] | None = None,
    badges: dict[str, str] | None = None,
) -> View:
    depths = _depths(amap, root)
    kinds = _kinds(amap)
    if only is not None:  # a part of an overview: the root and these main reasons
        # what leads to one of them (the rest reaches the root only through others)
        through = set(only).union(*(_depths(amap, m) for m in only))
        depths = {ref: d for ref, d in depths.items() if ref == root or ref in through}
    shown = {
        ref
        for ref, d in depths.items()
        if (levels is None or d <= levels) and (not overview or kinds[ref] in _SHOWN_IN_OVERVIEW)
    }
    if overview:  # the counterclaims against the main reasons, too
        for inf in amap.inferences:
            if inf.is_attack and inf.conclusion in shown:
                shown |= {p for p in inf.premises if kinds.get(p) == "counterclaim"}
    shown |= answers_of(amap, shown, direct=_direct(amap), kinds=kinds) & set(depths)
    # An answer shown (a rebuttal that also backs a reason, say) comes with the
    # counterclaim it answers, and so with that counterclaim's other answers.
    shown |= _answered(amap, shown)
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
        linked |= answers_of(amap, {context}, direct=_direct(amap), kinds=kinds)
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
    layout = choose_layout(
        part.statements, part.inferences, media.of(root), badges=badges, notes=notes
    )
    return View(name, part, layout, root, folded)


def _answered(amap: ArgumentMap, shown: set[str]) -> set[str]:
    """The counterclaims answered by statements in ``shown`` that it lacks, with their answers.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Cheap", supports=t)
    >>> cc = b.counterclaim("Old figures", attacks=t); r = b.rebuttal("Updated", attacks=cc)
    >>> b.support(r, c) and sorted(_answered(b.build(), {"C1", "R1"}))
    ['CC1']
    """
    kinds = _kinds(amap)
    direct = _direct(amap)
    found: set[str] = set()
    while True:
        both = shown | found
        new = {
            cc
            for cc, answers in direct.items()
            if kinds.get(cc) == "counterclaim" and cc not in both and both.intersection(answers)
        }
        if not new:
            return found
        found |= new
        found |= answers_of(amap, new, direct=direct, kinds=kinds) - shown


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
    amap: ArgumentMap,
    fit: str | Medium,
    *,
    badges: dict[str, str] | None = None,
    stricter: Mapping[str, float] | None = None,
    headings: Mapping[str, str] | None = None,
) -> list[View]:
    """The views that show ``amap`` on ``fit``: the whole map if it fits, else several.

    See the module doc. Views come in reading order: the overview first
    (in parts, when the thesis has too many reasons for one page), then the
    focused views in map order, then statements no view has shown. Badges
    name the page of the view that shows what a box folds away.
    ``stricter`` plans the views of some roots (a :attr:`View.root`, ``""``
    for the whole map and the other statements) as if the medium's least
    size were that many times larger, so they split further. ``headings``
    names the focused views of some statements (a worksheet says ``box 7``
    where the statement's words are blanked); the others are headed by the
    statement's title or first words.
    """
    media = _Media(get_medium(fit), stricter or {})
    whole = choose_layout(amap.statements, amap.inferences, media.of(""), badges=badges)
    if whole.fits or not amap.theses:
        return [View("map", amap, whole)]
    token = _WALKS.set(_Walks(amap))
    try:
        return _views(amap, media, badges, headings)
    finally:
        _WALKS.reset(token)


def _views(
    amap: ArgumentMap,
    media: _Media,
    badges: dict[str, str] | None,
    headings: Mapping[str, str] | None,
) -> list[View]:
    """:func:`fit_views` for a map too large for one view."""
    views: list[View] = []
    covered: set[str] = set()
    for thesis in amap.theses:
        for top in _overviews(amap, thesis.id, media, badges):
            views.append(top)
            covered |= {s.id for s in top.map.statements}
    for top in list(views):
        _split(amap, top, media, views, covered, level=1, badges=badges, headings=headings)
    rest = [s.id for s in amap.statements if s.id not in covered]
    for n, group in enumerate(_groups(amap, rest, media, set(), badges=badges), start=1):
        part = restrict(amap, set(group))
        lay = choose_layout(part.statements, part.inferences, media.of(""), badges=badges)
        views.append(View(f"other-{n}", part, lay, heading="Other statements"))
    _number_pages(views)
    return views


def _overviews(
    amap: ArgumentMap, thesis: str, media: _Media, badges: dict[str, str] | None
) -> list[View]:
    """The overview, or overviews of a few main reasons each when one is too wide."""
    return _in_parts(amap, thesis, media, badges, name="overview", heading="Overview")


def _in_parts(
    amap: ArgumentMap,
    root: str,
    media: _Media,
    badges: dict[str, str] | None,
    *,
    name: str,
    heading: str,
    overview: bool = True,
    context: str | None = None,
) -> list[View]:
    """``root`` and what is drawn straight into it: one view, or parts of a few reasons each."""
    one = _view(
        amap, name, root, media, levels=1, overview=overview, context=context, badges=badges
    )
    one.heading = heading
    if one.layout.fits:
        return [one]
    depths = _depths(amap, root)
    near = [s.id for s in one.map.statements if depths.get(s.id) == 1]
    groups = _groups(amap, near, media, {root}, part_of=(root, overview, context), badges=badges)
    out = []
    for n, group in enumerate(groups, start=1):
        part = _view(
            amap,
            f"{name}-{n}",
            root,
            media,
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
    media: _Media,
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
                media,
                levels=1,
                overview=overview,
                context=context,
                only=set(trial),
                badges=badges,
            )
            ok = v.layout.fits
        else:
            part = restrict(amap, base | set(trial))
            ok = choose_layout(part.statements, part.inferences, media.of(""), badges=badges).fits
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
    media: _Media,
    views: list[View],
    covered: set[str],
    *,
    level: int,
    badges: dict[str, str] | None = None,
    headings: Mapping[str, str] | None = None,
) -> None:
    """Add a focused view for each box of ``parent`` that folds away what no view shows."""
    shown = {s.id for s in parent.map.statements}
    for s in parent.map.statements:
        if s.id == parent.root or s.id not in parent.folded:
            continue
        if set(_depths(amap, s.id)) - shown <= covered:
            continue  # another view already shows all of it
        context = _context(parent.map, s.id)
        heading = (headings or {}).get(s.id) or _heading(s)
        whole = _view(amap, s.id, s.id, media, levels=None, context=context, badges=badges)
        whole.heading = heading
        if whole.layout.fits:
            views.append(whole)
            covered |= {x.id for x in whole.map.statements}
            continue
        two = _view(amap, s.id, s.id, media, levels=2, context=context, badges=badges)
        two.heading = heading
        parts = [two] if two.layout.fits else []
        if not parts:
            parts = _in_parts(
                amap,
                s.id,
                media,
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
                _split(
                    amap,
                    part,
                    media,
                    views,
                    covered,
                    level=level + 1,
                    badges=badges,
                    headings=headings,
                )


def _heading(s: Statement) -> str:
    """A focused view's heading: its statement's title, or the first words of its text.

    >>> from argmap.model import Claim
    >>> _heading(Claim(id="C4", text="Check that the gates are also firmly self-locking ."))
    'Check that the gates are also…'
    """
    if s.title and s.title.strip():
        return s.title
    words = " ".join(s.text.split()).rstrip(" .;:,").split(" ")
    short = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
    return short or s.id


def _context(part: ArgumentMap, ref: str) -> str | None:
    """What ``ref`` supports or attacks in ``part``: shown as context in its focused view."""
    for inf in part.inferences:
        if ref in inf.premises and inf.conclusion in part:
            return inf.conclusion
    return None
