"""Drawing a comparison: the reference map with what the student missed, added or changed.

The diagram is the reference map plus the student's extra statements and
links, drawn by :func:`argmap.to_dot` and then restyled:

- matched statements and links look as usual;
- *missing* ones (only in the reference) are dashed and grey, badged
  ``MISSING``;
- *extra* ones (only in the student's map) are dotted with a thick border,
  badged ``EXTRA``;
- differences on matched ones are badged ``you: …`` (``you: claim``,
  ``you: attack``, ``you: separate``).

Every difference is told by line style *and* a text badge, never by colour
alone, so the ``print`` theme shows it as well.

>>> from argmap.model import MapBuilder
>>> from argmap.teaching.compare import compare
>>> r = MapBuilder(); t = r.thesis("Act"); c = r.claim("Costs", supports=t)
>>> s = MapBuilder(); t = s.thesis("Act")
>>> dot = compare_dot(compare(s.build(), r.build()))
>>> "MISSING" in dot
True
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from argmap.errors import RenderError
from argmap.model import ArgumentMap, Inference, StatementBase
from argmap.rendering.display import diagram_html
from argmap.rendering.dot import to_dot
from argmap.rendering.highlight import Highlight
from argmap.rendering.labels import html_text, quoted
from argmap.rendering.themes import Theme, get_theme
from argmap.teaching._diagram import draw, restyle
from argmap.teaching.comparison import DISPLAY_DIAGRAM, Comparison
from argmap.teaching.diff import EXTRA, INFERENCE
from argmap.teaching.naming import describe_kind, kind_of

__all__ = ["compare_dot", "render_comparison"]

_GREY = "#8a8a8a"


def _fresh(base: str, taken: set[str]) -> str:
    ref = base
    while ref in taken:
        ref += "_"
    taken.add(ref)
    return ref


def _union(c: Comparison) -> tuple[ArgumentMap, dict[str, str], dict[str, str]]:
    """The reference plus the student's extras; student ids -> union ids for extras."""
    ref = c.reference
    taken = {s.id for s in ref.statements} | {i.id for i in ref.inferences}
    extra_ids = {sid: _fresh(sid, taken) for sid in c.extra}
    sb = c.student.statements_by_id()
    statements: list[Any] = [s.model_copy() for s in ref.statements if kind_of(s) != "question"]
    for sid, uid in extra_ids.items():
        statements.append(sb[sid].model_copy(update={"id": uid, "spans": []}))
    inferences = [i.model_copy() for i in ref.inferences]
    # One new inference per student inference with extra links, premises kept together.
    extra_infs: dict[str, str] = {}
    grouped: dict[str, list[tuple[str, str]]] = {}
    for x in c.links:
        if x.status == "extra" and x.student_inference:
            grouped.setdefault(x.student_inference, []).append((x.premise, x.conclusion))
    for sinf in grouped:
        extra_infs[sinf] = _fresh(sinf, taken)

    def node(ref_id: str) -> str | None:
        if ref_id.startswith(EXTRA + INFERENCE):
            return extra_infs.get(ref_id[len(EXTRA + INFERENCE) :])
        if ref_id.startswith(EXTRA):
            return extra_ids.get(ref_id[len(EXTRA) :])
        if ref_id.startswith(INFERENCE):
            return ref_id[len(INFERENCE) :]
        return ref_id

    polarity = {i.id: i.polarity for i in c.student.inferences}
    for sinf, pairs in grouped.items():
        premises = [p for p in (node(a) for a, _ in pairs) if p is not None]
        conclusion = node(pairs[0][1])
        if not premises or conclusion is None:
            continue
        inferences.append(
            Inference(
                id=extra_infs[sinf],
                premises=list(dict.fromkeys(premises)),
                conclusion=conclusion,
                polarity=polarity.get(sinf, "support"),
            )
        )
    amap = ArgumentMap(source=ref.source.model_copy(update={"text": None}))
    amap.statements = statements
    amap.inferences = inferences
    return amap, extra_ids, extra_infs


def _node_style(th: Theme, s: StatementBase, line: str) -> str:
    base = [
        p
        for p in th.style_for(kind_of(s))["style"].split(",")
        if p not in ("dashed", "dotted", "solid")
    ]
    return ",".join([*base, line])


def _statement_marks(
    c: Comparison, th: Theme, extra_ids: dict[str, str]
) -> tuple[dict[str, Highlight], dict[str, dict[str, str]]]:
    marks: dict[str, Highlight] = {}
    styles: dict[str, dict[str, str]] = {}
    rb, sb = c.reference.statements_by_id(), c.student.statements_by_id()
    grey = th.highlight if th.name == "print" else _GREY
    for ref in c.missing:
        marks[ref] = Highlight(
            color=grey, penwidth=1.6, badge="MISSING", tooltip="only in the reference"
        )
        styles[f"node-{ref}"] = {
            "style": _node_style(th, rb[ref], "dashed"),
            "fontcolor": grey,
            "fillcolor": th.background,
        }
    for sid, uid in extra_ids.items():
        marks[uid] = Highlight(
            color=th.highlight, penwidth=2.6, badge="EXTRA", tooltip="only in your map"
        )
        styles[f"node-{uid}"] = {"style": _node_style(th, sb[sid], "dotted")}
    attrib = {a.reference: a for a in c.attributions if not a.right}
    for m in c.matches:
        s, r = sb[m.student], rb[m.reference]
        notes = []
        if describe_kind(s) != describe_kind(r) and not (
            kind_of(s) == kind_of(r) == "evidence"
            and None in (getattr(s, "evidence_type", None), getattr(r, "evidence_type", None))
        ):
            notes.append(f"you: {describe_kind(s, article=False)}")
        a = attrib.get(m.reference)
        if a is not None:
            notes.append(f"you: {a.student_speaker or 'no speaker'}")
        if notes:
            marks[m.reference] = Highlight(
                color=th.highlight, penwidth=2.2, badge=" · ".join(notes), tooltip=m.reason
            )
    return marks, styles


def _edge_ids(inf: Inference, junction: bool) -> dict[str, list[str]]:
    """SVG ids of the edges to_dot draws for each premise, and ``"*"`` for the arrow."""
    if not junction:
        return {p: [f"edge-{inf.id}-{n}"] for n, p in enumerate(inf.premises)} | {"*": []}
    ids = {p: [f"edge-{inf.id}-{n}"] for n, p in enumerate(inf.premises)}
    ids["*"] = [f"edge-{inf.id}-{len(inf.premises)}"]
    return ids


def _junctions(amap: ArgumentMap) -> set[str]:
    # Mirrors to_dot: linked inferences, undercut targets and questioned inferences.
    by_id = {i.id for i in amap.inferences}
    out = {i.id for i in amap.inferences if i.is_linked}
    out |= {i.conclusion for i in amap.inferences if i.conclusion in by_id}
    return out


def _edge_label(text: str, colour: str) -> str:
    return f'<<FONT POINT-SIZE="8" COLOR="{html_text(colour)}"><B>{html_text(text)}</B></FONT>>'


def _link_styles(
    c: Comparison, th: Theme, amap: ArgumentMap, extra_infs: dict[str, str]
) -> dict[str, dict[str, str]]:
    grey = th.highlight if th.name == "print" else _GREY
    junctions = _junctions(amap)
    infs = {i.id: i for i in amap.inferences}
    styles: dict[str, dict[str, str]] = {}

    def edge(ref_inf: str, premise: str | None, attrs: dict[str, str]) -> None:
        inf = infs.get(ref_inf)
        if inf is None:
            return
        ids = _edge_ids(inf, inf.id in junctions)
        targets = ids.get(premise, []) if premise is not None else ids["*"]
        for eid in targets:
            styles.setdefault(eid, {}).update(attrs)

    by_inf: dict[str, list[str]] = {}
    for x in c.links:
        if x.status == "missing" and x.reference_inference:
            by_inf.setdefault(x.reference_inference, []).append(x.premise)
            edge(
                x.reference_inference,
                x.premise,
                {
                    "style": "dashed",
                    "color": grey,
                    "label": _edge_label("MISSING", grey),
                },
            )
        elif x.status == "matched" and not x.polarity_agrees and x.reference_inference:
            edge(
                x.reference_inference,
                x.premise,
                {
                    "penwidth": "2.6",
                    "label": _edge_label(f"you: {x.student_polarity}", th.highlight),
                },
            )
    for ref_inf, premises in by_inf.items():
        missing_inf = infs[ref_inf]
        if set(premises) >= set(missing_inf.premises) and ref_inf in junctions:
            edge(ref_inf, None, {"style": "dashed", "color": grey})
            styles[f"junction-{ref_inf}"] = {"color": grey, "fillcolor": grey}
    for sinf, uid in extra_infs.items():
        if uid not in infs:
            continue
        inf = infs[uid]
        routed = any(
            x.route for x in c.links if x.student_inference == sinf and x.status == "extra"
        )
        text = "EXTRA · shortcut" if routed else "EXTRA"
        for eids in _edge_ids(inf, inf.id in junctions).values():
            for eid in eids:
                styles.setdefault(eid, {}).update({"style": "dotted", "penwidth": "2.4"})
        last = _edge_ids(inf, inf.id in junctions)
        arrow = last["*"] or last[inf.premises[0]]
        for eid in arrow:
            styles[eid]["label"] = _edge_label(text, th.highlight)
    for d in c.structure:
        note = "you: separate" if d.kind == "split" else "you: linked"
        for x in c.links:
            if x.conclusion == d.conclusion and x.premise in d.premises and x.reference_inference:
                attrs = {"penwidth": "2.4"}
                if x.premise == d.premises[0]:
                    attrs["label"] = _edge_label(note, th.highlight)
                edge(x.reference_inference, x.premise, attrs)
    return styles


def _legend(th: Theme) -> list[str]:
    grey = th.highlight if th.name == "print" else _GREY
    rows = [
        ("MISSING", "dashed: in the reference, not in your map", grey),
        ("EXTRA", "dotted: in your map, not in the reference", th.highlight),
        ("you: …", "what your map says instead", th.highlight),
    ]
    cells = "".join(
        f'<TR><TD ALIGN="LEFT"><FONT COLOR="{html_text(colour)}"><B>{html_text(badge)}</B>'
        "</FONT></TD>"
        f'<TD ALIGN="LEFT">{html_text(text)}</TD></TR>'
        for badge, text, colour in rows
    )
    label = f'<<TABLE BORDER="0" CELLSPACING="2" CELLPADDING="1">{cells}</TABLE>>'
    return [
        f"  {quoted('comparison legend')} [id={quoted('comparison-legend')}, shape=box, "
        f"style={quoted('rounded')}, color={quoted(th.legend_border)}, fontsize=9, label={label}];"
    ]


def compare_dot(comparison: Comparison, *, theme: str | Theme = "classroom", **options: Any) -> str:
    """DOT text of the comparison diagram (see the module doc).

    Other keyword options go to :func:`argmap.to_dot` (``direction``,
    ``width``, ``show_ids`` ...); ``legend=False`` leaves out the key to
    the badges.
    """
    th = get_theme(theme)
    legend = options.pop("legend", True)
    amap, extra_ids, extra_infs = _union(comparison)
    marks, styles = _statement_marks(comparison, th, extra_ids)
    styles.update(_link_styles(comparison, th, amap, extra_infs))
    title = options.pop(
        "title", f"Your map compared with the reference (score {comparison.score:.0%})"
    )
    dot = to_dot(amap, theme=th, highlight=marks, title=title, **options)
    dot = restyle(dot, styles)
    if legend:
        body, end = dot.rstrip("\n").rsplit("\n", 1)
        dot = "\n".join([body, *_legend(th), end]) + "\n"
    return dot


def render_comparison(
    comparison: Comparison, target: str | Path, *, theme: str | Theme = "classroom", **options: Any
) -> Path | bytes:
    """Draw the comparison to ``target`` (``.svg``, ``.png``, ``.pdf``, ``.dot``) or to bytes."""
    return draw(compare_dot(comparison, theme=theme, **options), target)


def _display_html(comparison: Comparison) -> str:
    """The comparison diagram fitted to a notebook, or a note when Graphviz cannot draw it."""
    from argmap.rendering.graphviz_run import run_graphviz  # lazy: start-up time

    try:
        svg = run_graphviz(compare_dot(comparison), "svg").decode("utf-8")
    except RenderError as exc:
        return f"<p><em>No diagram: {escape(str(exc))}</em></p>"
    return diagram_html(svg, label="comparison")


DISPLAY_DIAGRAM.append(_display_html)
