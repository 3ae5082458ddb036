"""Slides: a map revealed step by step, the thesis first, then one layer of reasons at a time.

:func:`steps` gives the partial maps (see :mod:`argmap.teaching.layers` for
the order: reasons before attacks, rebuttals after what they answer).
:func:`step_dots` draws them for slides: every step is laid out as the whole
map with the statements not yet revealed made invisible, so boxes never
jump between slides; what a step adds is badged ``NEW``.
:func:`render_steps` writes numbered files or one multi-page PDF.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
>>> cc = b.counterclaim("Risky", attacks=t)
>>> [[s.id for s in m.statements] for m in steps(b.build())]
[['T1'], ['T1', 'C1'], ['T1', 'C1', 'CC1']]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from argmap.errors import RenderError
from argmap.files import write_atomic
from argmap.model import ArgumentMap, Question
from argmap.rendering.dot import to_dot
from argmap.rendering.highlight import Highlight
from argmap.teaching._diagram import draw, restyle
from argmap.teaching.layers import layers

__all__ = ["render_steps", "step_dots", "steps"]


def _partial(amap: ArgumentMap, shown: set[str]) -> ArgumentMap:
    statements = [s for s in amap.statements if s.id in shown]
    kept: list[Any] = []
    kept_ids: set[str] = set()
    for inf in amap.inferences:  # undercuts come after what they attack in a valid order
        premises = [p for p in inf.premises if p in shown]
        if premises and (inf.conclusion in shown or inf.conclusion in kept_ids):
            kept.append(inf.model_copy(update={"premises": premises}))
            kept_ids.add(inf.id)
    # An undercut may be listed before its target: a second pass picks it up.
    for inf in amap.inferences:
        premises = [p for p in inf.premises if p in shown]
        if inf.id not in kept_ids and premises and inf.conclusion in kept_ids:
            kept.append(inf.model_copy(update={"premises": premises}))
            kept_ids.add(inf.id)
    questions = [
        s
        for s in statements
        if not isinstance(s, Question) or s.target is None or s.target in shown | kept_ids
    ]
    out = ArgumentMap(source=amap.source.model_copy())
    out.statements = questions
    out.inferences = kept
    return out


def steps(amap: ArgumentMap) -> list[ArgumentMap]:
    """The partial maps to show one after another: each adds one layer to the one before."""
    shown: set[str] = set()
    out = []
    for layer in layers(amap):
        shown.update(layer)
        out.append(_partial(amap, shown))
    return out


def step_dots(amap: ArgumentMap, *, new_badge: str | None = "NEW", **options: Any) -> list[str]:
    """DOT text of each step, all laid out like the whole map (takes ``to_dot`` options)."""
    edge_ids = _edge_ids(amap)
    out = []
    shown: set[str] = set()
    for n, layer in enumerate(layers(amap), start=1):
        shown.update(layer)
        visible = _partial(amap, shown)
        marks = {ref: Highlight(badge=new_badge) for ref in layer} if new_badge and n > 1 else None
        dot = to_dot(amap, highlight=marks, **options)
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
    page per step; joining the pages needs the ``pypdf`` package (``pip
    install argmap[slides]``). Other options go to :func:`step_dots`.
    Returns the paths written.
    """
    dots = step_dots(amap, **options)
    path = Path(target)
    if path.suffix.lower() == ".pdf":
        pages = [draw(d, "pdf") for d in dots]
        _join_pdf([p for p in pages if isinstance(p, bytes)], path)
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(len(dots))))
    written = []
    for n, d in enumerate(dots, start=1):
        out = draw(d, path / f"step-{n:0{width}d}.{format.lower()}")
        assert isinstance(out, Path)
        written.append(out)
    return written


def _join_pdf(pages: list[bytes], path: Path) -> None:
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:
        raise RenderError(
            "a multi-page PDF needs the pypdf package: pip install 'argmap[slides]' "
            "(or write numbered files to a folder instead)"
        ) from None
    import io

    writer = PdfWriter()
    for data in pages:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    write_atomic(path, buf.getvalue())
