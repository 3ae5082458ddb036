"""Slides: a map revealed step by step, the thesis first, then one layer of reasons at a time.

:func:`steps` gives the partial maps (see :mod:`argmap.teaching.layers` for
the order: reasons before attacks, rebuttals after what they answer).
:func:`step_dots` draws them for slides: every step is laid out as the whole
map with the statements not yet revealed made invisible, so boxes never
jump between slides; what a step adds is badged ``NEW``. Each step is laid
out for a 16:9 slide (``fit="slide"``, see :mod:`argmap.rendering.fit`)
and stretched to fill it exactly. :func:`render_steps` writes numbered
files or one multi-page PDF of 16:9 pages.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
>>> cc = b.counterclaim("Risky", attacks=t)
>>> [[s.id for s in m.statements] for m in steps(b.build())]
[['T1'], ['T1', 'C1'], ['T1', 'C1', 'CC1']]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from argmap._perf import gc_paused
from argmap.model import ArgumentMap, Question
from argmap.rendering.dot import to_dot
from argmap.rendering.highlight import Highlight
from argmap.rendering.pages import place_on_paper
from argmap.teaching._diagram import draw, restyle
from argmap.teaching.layers import layers

__all__ = ["MAX_STEPS", "render_steps", "reveal_order", "step_dots", "steps"]


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


#: The most steps a map is revealed in. Past it, consecutive layers are
#: revealed together (the thesis still comes alone), so the steps of a map of
#: any depth cost time and memory linear in its size.
MAX_STEPS = 60


def reveal_order(amap: ArgumentMap) -> list[list[str]]:
    """The statement ids each step adds: the :func:`layers`, at most :data:`MAX_STEPS` of them.

    Joining neighbouring layers keeps every statement at or before its place
    in the layer order, so a counterclaim still comes with or before its answers.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
    >>> reveal_order(b.build())
    [['T1'], ['C1']]
    """
    found = layers(amap)
    if len(found) <= MAX_STEPS:
        return found
    head, rest = found[:1], found[1:]
    per = -(-len(rest) // (MAX_STEPS - 1))  # ceiling division
    return head + [
        [ref for layer in rest[n : n + per] for ref in layer] for n in range(0, len(rest), per)
    ]


def steps(amap: ArgumentMap) -> list[ArgumentMap]:
    """The partial maps to show one after another: each adds one layer to the one before.

    A map of more than :data:`MAX_STEPS` layers is shown in :data:`MAX_STEPS`
    steps (see :func:`reveal_order`).
    """
    shown: set[str] = set()
    out = []
    with gc_paused():  # up to MAX_STEPS copies of the map: many objects, no cycles
        for layer in reveal_order(amap):
            shown.update(layer)
            out.append(_partial(amap, shown))
    return out


#: Inside a 16:9 frame of 20 x 11.25 inches (1920 x 1080 px at 96 dpi), less Graphviz's pad.
_SLIDE_SIZE = 'size="19.50,10.75!"'
_SIZE = re.compile(r'size="[^"]*"')
_SVG_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
#: A slide page in points: 13.33 x 7.5 inches, as presentation programs use.
SLIDE_PAGE = (960.0, 540.0)


def step_dots(
    amap: ArgumentMap,
    *,
    new_badge: str | None = "NEW",
    fit: str | None = "slide",
    **options: Any,
) -> list[str]:
    """DOT text of each step, all laid out like the whole map (takes ``to_dot`` options).

    ``fit="slide"`` (the default) lays the map out for a 16:9 slide and
    scales it to fill a 1920x1080 frame (:func:`render_steps` pads the
    drawing to exactly 16:9); ``fit=None`` draws at the natural size.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
    >>> 'size="19.50,10.75!"' in step_dots(b.build())[0]
    True
    """

    if fit is not None:
        options["fit"] = fit
    edge_ids = _edge_ids(amap)
    out = []
    shown: set[str] = set()
    for n, layer in enumerate(reveal_order(amap), start=1):
        shown.update(layer)
        visible = _partial(amap, shown)
        marks = {ref: Highlight(badge=new_badge) for ref in layer} if new_badge and n > 1 else None
        dot = to_dot(amap, highlight=marks, **options)
        if fit == "slide":
            dot = _SIZE.sub(_SLIDE_SIZE, dot, count=1)
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
        out.append(restyle(dot, hide))
    return out


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
    install argmap[slides]``). Other options go to :func:`step_dots`.
    Returns the paths written.
    """
    dots = step_dots(amap, **options)
    if options.get("fit", "slide") == "slide":
        dots = [_sixteen_by_nine(d) for d in dots]
    path = Path(target)
    if path.suffix.lower() == ".pdf":
        from argmap.files import write_atomic

        pages = [draw(d, "pdf") for d in dots]
        pdfs = [p for p in pages if isinstance(p, bytes)]
        write_atomic(path, place_on_paper(pdfs, SLIDE_PAGE, turnable=False, margin=0))
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(len(dots))))
    written = []
    for n, d in enumerate(dots, start=1):
        out = draw(d, path / f"step-{n:0{width}d}.{format.lower()}")
        assert isinstance(out, Path)
        written.append(out)
    return written


def _sixteen_by_nine(dot: str) -> str:
    """``dot`` padded to exactly 16:9 and scaled to 1920x1080 px (one trial layout).

    The pad is widened on the natural drawing; Graphviz's ``size`` then
    scales drawing and pad together, so the frame keeps its 16:9.
    """
    from argmap.rendering.graphviz_run import run_graphviz  # lazy: start-up time

    natural = _SIZE.sub("", dot, count=1).replace(", , ", ", ", 1)
    size = _SVG_SIZE.search(run_graphviz(natural, "svg").decode("utf-8"))
    if size is None or "pad=0.25" not in natural:
        return dot
    w, h = float(size.group(1)), float(size.group(2))
    pad_x = pad_y = 0.25
    if w / h < 16 / 9:
        pad_x += (h * 16 / 9 - w) / 2 / 72
    else:
        pad_y += (w * 9 / 16 - h) / 2 / 72
    framed = f'pad="{pad_x:.3f},{pad_y:.3f}", size="20.00,11.25!"'
    return natural.replace("pad=0.25", framed, 1)
