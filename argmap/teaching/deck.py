"""Planning slides: which view each step shows and what it reveals, as DOT text (no Graphviz).

:func:`steps` gives the partial maps of the whole map, one layer more each
(see :mod:`argmap.teaching.layers` for the order: reasons before attacks,
rebuttals after what they answer). :func:`deck` plans the slides: a map
that fits one 16:9 slide is revealed on it layer by layer; a larger one is
shown in the views ``argmap render --fit slide`` draws (an overview, then
one focused view per main reason, see :mod:`argmap.rendering.pages`), each
revealed in turn from what earlier slides showed, so a counterclaim still
comes with or before its answers. :func:`step_dots` draws the steps: every
step of a view has the view's one layout, with what is not yet revealed
invisible, so boxes do not move between the slides of a view; what a step
adds is badged ``NEW``. :mod:`argmap.teaching.slides` draws and writes them.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
>>> cc = b.counterclaim("Risky", attacks=t)
>>> [[s.id for s in m.statements] for m in steps(b.build())]
[['T1'], ['T1', 'C1'], ['T1', 'C1', 'CC1']]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from argmap._perf import gc_paused
from argmap.model import ArgumentMap, Question
from argmap.rendering.dot import to_dot
from argmap.rendering.fit import Layout, Medium, choose_layout, get_medium
from argmap.rendering.highlight import Highlight
from argmap.rendering.pages import view_requests
from argmap.rendering.themes import get_theme
from argmap.teaching._diagram import restyle
from argmap.teaching.layers import layers

__all__ = ["MAX_STEPS", "Slide", "deck", "reveal_order", "step_dots", "steps"]


def _partial(amap: ArgumentMap, shown: set[str]) -> ArgumentMap:
    """The map as far as ``shown`` reveals it.

    An inference is drawn when one of its premises is shown and what it
    concludes is drawn: a shown statement, or (an undercut) an inference
    drawn. Undercuts of undercuts may come in any order and may form
    cycles; starting from every candidate and dropping those whose target
    is not drawn keeps a cycle whose premises are all shown, so the last
    step is always the whole map.
    """
    statements = [s for s in amap.statements if s.id in shown]
    visible = set(shown)
    while True:  # a question about what is not drawn is not drawn, nor what it is a premise of
        kept_ids = _drawn_inferences(amap, visible)
        drawn = visible | kept_ids
        hidden = {
            s.id
            for s in statements
            if isinstance(s, Question) and s.target is not None and s.target not in drawn
        }
        if not hidden & visible:
            break
        visible -= hidden
    kept = [
        inf.model_copy(update={"premises": [p for p in inf.premises if p in visible]})
        for inf in amap.inferences
        if inf.id in kept_ids
    ]
    questions = [s for s in statements if s.id in visible]
    out = ArgumentMap(source=amap.source.model_copy())
    out.statements = questions
    out.inferences = kept
    return out


def _drawn_inferences(amap: ArgumentMap, shown: set[str]) -> set[str]:
    """The inferences drawn when ``shown`` statements are (see :func:`_partial`)."""
    candidates = {inf.id: inf for inf in amap.inferences if any(p in shown for p in inf.premises)}
    undercuts: dict[str, list[str]] = {}
    for inf in candidates.values():
        undercuts.setdefault(inf.conclusion, []).append(inf.id)
    dropped = [
        ref
        for ref, inf in candidates.items()
        if inf.conclusion not in shown and inf.conclusion not in candidates
    ]
    kept_ids = set(candidates)
    while dropped:  # an undercut of a dropped inference goes too
        ref = dropped.pop()
        if ref in kept_ids:
            kept_ids.discard(ref)
            dropped.extend(undercuts.get(ref, ()))
    return kept_ids


#: The most steps a map (or one view of it) is revealed in. Past it,
#: consecutive layers are revealed together (the first still comes alone),
#: so the steps of a map of any depth cost time and memory linear in its size.
MAX_STEPS = 60


def _capped(found: list[list[str]]) -> list[list[str]]:
    """``found`` in at most :data:`MAX_STEPS` layers, neighbours joined in order."""
    if len(found) <= MAX_STEPS:
        return found
    head, rest = found[:1], found[1:]
    per = -(-len(rest) // (MAX_STEPS - 1))  # ceiling division
    return head + [
        [ref for layer in rest[n : n + per] for ref in layer] for n in range(0, len(rest), per)
    ]


def reveal_order(amap: ArgumentMap) -> list[list[str]]:
    """The statement ids each step adds: the :func:`layers`, at most :data:`MAX_STEPS` of them.

    Joining neighbouring layers keeps every statement at or before its place
    in the layer order, so a counterclaim still comes with or before its answers.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
    >>> reveal_order(b.build())
    [['T1'], ['C1']]
    """
    return _capped(layers(amap))


def steps(amap: ArgumentMap) -> list[ArgumentMap]:
    """The partial maps of the whole map, one after another: each adds one layer.

    A map of more than :data:`MAX_STEPS` layers is shown in :data:`MAX_STEPS`
    steps (see :func:`reveal_order`). :func:`deck` plans the slides of a map
    too large for one slide.
    """
    shown: set[str] = set()
    out = []
    with gc_paused():  # up to MAX_STEPS copies of the map: many objects, no cycles
        for layer in reveal_order(amap):
            shown.update(layer)
            out.append(_partial(amap, shown))
    return out


@dataclass(frozen=True)
class Slide:
    """One step of a deck: a view of the map with what is revealed so far."""

    view: str
    """``"map"`` (the whole map), ``"overview"``, or the id of the view's main statement."""
    map: ArgumentMap
    """The view: every statement and inference it draws, revealed or not yet."""
    shown: frozenset[str]
    """The statements visible on this slide."""
    new: tuple[str, ...]
    """The statements this slide adds (badged ``NEW``); none on a view's first slide."""


@dataclass
class _Plan:
    """One view of a deck: its part of the map, ``to_dot`` options, layout and layers."""

    name: str
    part: ArgumentMap
    opts: dict[str, Any]
    layout: Layout | None
    reveal: list[list[str]]
    root: str = ""
    """The view's root (:attr:`argmap.rendering.views.View.root`; ``""`` for the whole map)."""


def _start(part: ArgumentMap, seen: set[str]) -> list[str]:
    """Where a view's reveal starts: what earlier slides showed, else its theses or tops."""
    known = [s.id for s in part.statements if s.id in seen]
    if known:
        return known
    if part.theses:
        return [s.id for s in part.theses]
    below = {p for i in part.inferences for p in i.premises}
    return [s.id for s in part.statements if s.id not in below and not isinstance(s, Question)]


def _layout(part: ArgumentMap, opts: dict[str, Any], medium: Medium) -> Layout:
    """The one layout of every step of a view (the caller's badges and the notes take room).

    The ``NEW`` badges of a step are not counted: the drawing is measured.
    """
    marks: dict[str, Highlight] = opts.get("highlight") or {}
    title = opts.get("title", True)
    heading = title if isinstance(title, str) else part.source.title if title else None
    return choose_layout(
        part.statements,
        part.inferences,
        medium,
        title=heading,
        badges={ref: m.badge for ref, m in marks.items() if m.badge},
        notes={ref: m.note for ref, m in marks.items() if m.note},
        legend=bool(opts.get("legend", False)),
    )


def _plan(
    amap: ArgumentMap,
    medium: Medium | None,
    options: dict[str, Any],
    stricter: Mapping[str, float] | None = None,
) -> list[_Plan]:
    """The views of a deck and their layers (``stricter``: see ``fit_views``)."""
    if medium is None:
        return [_Plan("map", amap, dict(options), None, reveal_order(amap))]
    requests = view_requests(amap, medium, stricter=stricter, **options)
    plans = []
    seen: set[str] = set()
    for view, opts in requests:
        reveal = _capped(layers(view.map, start=_start(view.map, seen)))
        plans.append(_Plan(view.name, view.map, opts, None, reveal, view.root or ""))
        seen |= {s.id for s in view.map.statements}
    # A folded box names the slide where its view starts, not a page.
    first = [1]
    for plan in plans:
        first.append(first[-1] + len(plan.reveal))
    for plan, (view, opts) in zip(plans, requests, strict=True):
        marks = dict(opts.get("highlight") or {})
        for ref, note in view.notes(where=lambda n: f"slide {first[n - 1]}").items():
            marks[ref] = replace(marks[ref], note=note)
        plan.opts = {**opts, "highlight": marks or None}
        plan.layout = _layout(plan.part, plan.opts, medium)
    return plans


def deck(amap: ArgumentMap, *, fit: str | Medium | None = "slide", **options: Any) -> list[Slide]:
    """The slides of ``amap``: each view :func:`argmap.rendering.pages.fit_views` plans, revealed.

    A map that fits one slide is one view, ``"map"``. Each view starts from
    the statements earlier slides showed (or its thesis) and adds one layer
    at a time, so a counterclaim is never revealed after its answers.
    ``fit=None`` reveals the whole map at its natural size. Options are
    those of ``to_dot`` (they can change the plan: a legend takes room).

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
    >>> [(s.view, sorted(s.shown), s.new) for s in deck(b.build())]
    [('map', ['T1'], ()), ('map', ['C1', 'T1'], ('C1',))]
    """
    medium = None if fit is None else get_medium(fit)
    out = []
    for plan in _plan(amap, medium, options):
        shown: set[str] = set()
        for n, layer in enumerate(plan.reveal):
            shown.update(layer)
            new = tuple(layer) if n else ()
            out.append(Slide(plan.name, plan.part, frozenset(shown), new))
    return out


#: Inside a 16:9 frame of 20 x 11.25 inches (1920 x 1080 px at 96 dpi), less Graphviz's pad.
_SLIDE_SIZE = 'size="19.50,10.75!"'
_SIZE = re.compile(r'size="[^"]*"')


def _plan_dots(plan: _Plan, badge: str | None, medium: Medium | None) -> list[str]:
    """DOT text of each step of one view: the whole view, what is not yet shown invisible."""
    edge_ids = _edge_ids(plan.part)
    options = dict(plan.opts)
    base: dict[str, Highlight] = dict(options.pop("highlight", None) or {})
    colour = get_theme(options.get("theme", "classroom")).highlight
    out = []
    shown: set[str] = set()
    for n, layer in enumerate(plan.reveal):
        shown.update(layer)
        visible = _partial(plan.part, shown)
        marks = dict(base)
        if badge and n:
            for ref in layer:  # in the highlight colour, also on a box that notes a fold
                mark = Highlight(badge=badge, color=colour)
                marks[ref] = marks[ref].merge(mark) if ref in marks else mark
        fit = plan.layout if plan.layout is not None else None
        dot = to_dot(plan.part, highlight=marks or None, fit=fit, **options)
        if medium is not None and medium.name == "slide":
            dot = _SIZE.sub(_SLIDE_SIZE, dot, count=1)
        out.append(restyle(dot, _hidden(plan.part, visible, shown, edge_ids)))
    return out


def _hidden(
    amap: ArgumentMap,
    visible: ArgumentMap,
    shown: set[str],
    edge_ids: dict[tuple[str, str, str], list[str]],
) -> dict[str, dict[str, str]]:
    """What a step leaves invisible: boxes not yet shown, and the lines and bars they need."""
    hide: dict[str, dict[str, str]] = {}
    for s in amap.statements:
        if s.id not in shown:
            hide[f"node-{s.id}"] = {"style": "invis"}
    live = {(p, i.id) for i in visible.inferences for p in i.premises}
    live_inf = {i.id for i in visible.inferences}
    for (kind, inf_id, premise), eids in edge_ids.items():
        gone = inf_id not in live_inf if kind == "arrow" else (premise, inf_id) not in live
        if kind == "question":
            gone = premise not in shown or not (inf_id in shown or inf_id in live_inf)
        if gone:
            for eid in eids:
                hide[eid] = {"style": "invis"}
    for inf in amap.inferences:
        if inf.id not in live_inf:
            hide[f"junction-{inf.id}"] = {"style": "invis"}
    return hide


def step_dots(
    amap: ArgumentMap,
    *,
    new_badge: str | None = "NEW",
    fit: str | Medium | None = "slide",
    **options: Any,
) -> list[str]:
    """DOT text of each step of :func:`deck` (takes ``to_dot`` options).

    ``fit="slide"`` (the default) lays each view out for a 16:9 slide and
    scales it to fill a 1920x1080 frame (:func:`render_steps` pads the
    drawing to exactly 16:9 and checks its text by drawing it);
    ``fit=None`` draws the whole map at its natural size. Pure: no
    Graphviz run.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
    >>> 'size="19.50,10.75!"' in step_dots(b.build())[0]
    True
    """
    medium = None if fit is None else get_medium(fit)
    return [
        dot for plan in _plan(amap, medium, options) for dot in _plan_dots(plan, new_badge, medium)
    ]


def _edge_ids(amap: ArgumentMap) -> dict[tuple[str, str, str], list[str]]:
    """(kind, inference id, premise) -> the SVG ids of the edges to_dot draws for it.

    Every id is listed whether or not to_dot drew a junction: an id that is
    not in the DOT text is simply never matched.
    """
    out: dict[tuple[str, str, str], list[str]] = {}
    for inf in amap.inferences:
        for n, p in enumerate(inf.premises):
            out[("premise", inf.id, p)] = [f"edge-{inf.id}-{n}"]
        out[("arrow", inf.id, "")] = [f"edge-{inf.id}-{len(inf.premises)}"]
    for s in amap.statements:
        if isinstance(s, Question) and s.target is not None:
            out[("question", s.target, s.id)] = [f"edge-{s.id}-question"]
    return out
