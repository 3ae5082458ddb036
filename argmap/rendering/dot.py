"""Argument maps as Graphviz DOT text: pure, deterministic, no binary needed.

The thesis stands at the top and reasons flow upward into what they support
(``direction="BT"``). Each statement is a box showing its kind, its text
wrapped to ``width`` characters, the speaker when attributed and the type of
evidence. A single-premise inference is one arrow; the premises of a linked
inference meet in a small bar (the classroom "because" bracket) from which
one arrow leaves, so linked and convergent reasons are told apart at a
glance. An undercut ends on the bar of the inference it attacks. A box that
more than one relation reaches (supports and attacks, say) takes each on its
own side (``headport``), so arrowheads of different relations never meet.

Nodes carry SVG hooks: the DOT node id is the statement id, the SVG element
id is ``node-<id>``, its class ``stmt kind-<kind>`` and its link
``#stmt-<id>``; junctions are ``junction-<inference id>`` and edges
``edge-<inference id>-<n>``, of class ``inference support|attack``.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Seoul should rethink ending the pact")
>>> c = b.claim("Ending it weakens deterrence", supports=t)
>>> dot = to_dot(b.build(), title=False)
>>> dot.splitlines()[0]
'digraph "argmap" {'
>>> '"C1" -> "T1"' in dot
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from argmap.errors import FormatError
from argmap.graph.walks import undercut_ends
from argmap.model import ArgumentMap, Evidence, Inference, Question, Statement
from argmap.rendering.fit import (
    DEFAULT_TYPE,
    TITLE_WIDTH,
    Layout,
    Medium,
    Typography,
    choose_layout,
)
from argmap.rendering.highlight import (
    Decorate,
    Highlight,
    HighlightSpec,
    require_known,
    resolve_highlights,
)
from argmap.rendering.labels import clean, html_escape, html_text, needs_escape, quoted, wrap
from argmap.rendering.legend import legend_lines
from argmap.rendering.select import select
from argmap.rendering.themes import Theme, get_theme

if TYPE_CHECKING:
    from argmap.checks import Finding
    from argmap.semantics import Evaluation

__all__ = ["DIRECTIONS", "to_dot"]

#: Graphviz ``rankdir`` values: ``BT`` puts the thesis at the top.
DIRECTIONS = ("BT", "TB", "LR", "RL")

_MAX_LINES = 12


def to_dot(
    amap: ArgumentMap,
    *,
    theme: str | Theme = "classroom",
    direction: str = "BT",
    width: int = 28,
    show_ids: bool = False,
    hide_evidence: bool = False,
    focus: str | None = None,
    depth: int = 2,
    highlight: HighlightSpec = None,
    legend: bool = False,
    title: bool | str = True,
    decorate: Decorate = None,
    findings: bool | Iterable[Finding] | None = None,
    labels: bool | str | Evaluation | None = None,
    fit: str | Medium | Layout | None = None,
) -> str:
    """The map as DOT text for Graphviz.

    Parameters
    ----------
    theme:
        ``"classroom"``, ``"colorblind"``, ``"print"`` or a :class:`Theme`.
    direction:
        ``"BT"`` (thesis at the top), ``"TB"``, ``"LR"`` or ``"RL"``.
    width:
        Wrap statement texts at this many characters (at least 8); texts
        longer than 12 lines end with an ellipsis.
    show_ids:
        Show statement ids in the box headers and inference ids on edges.
    hide_evidence:
        Leave out evidence, and inferences left without premises.
    focus, depth:
        Draw only statement ``focus`` and what lies within ``depth`` hops.
    highlight:
        Ids to mark, or ids mapped to a :class:`Highlight`.
    legend:
        Add a legend: one compact key of the kinds and relations drawn.
    title:
        ``True`` shows the source's title, a string shows that string.
    decorate:
        A function called with each drawn statement, returning a
        :class:`Highlight` or ``None``: the hook for overlays.
    findings:
        ``True`` marks the statements :func:`argmap.check` flags (badge
        ``⚠ code``); a list of findings marks those.
    labels:
        ``True`` badges every statement ``✓ IN``, ``✗ OUT`` (greyed) or
        ``? UNDECIDED`` by :func:`argmap.evaluate`; ``"preferred"`` picks
        that semantics; an :class:`~argmap.semantics.Evaluation` is drawn as
        given. See :mod:`argmap.rendering.overlay`.
    fit:
        ``"screen"``, ``"slide"``, ``"a4"`` or ``"letter"``: lay the view
        out for that size (see :mod:`argmap.rendering.fit`). The rank
        direction, wrapping ``width``, box text (full, or the title only)
        and type sizes are chosen so the smallest text stays readable once
        the drawing is scaled to fit (Graphviz ``size``). This draws the
        selection as one view: to split a map too large for one page, see
        :func:`argmap.rendering.pages.fit_views`. A
        :class:`~argmap.rendering.fit.Layout` is drawn as given (slides keep
        one layout for every step of a view).

    The same map and options always give byte-identical text.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder()
    >>> t = b.thesis("Act"); p1 = b.premise("A"); p2 = b.premise("B")
    >>> i = b.support([p1, p2], t)
    >>> '"I1" [id="junction-I1"' in to_dot(b.build())
    True
    """
    th = get_theme(theme)
    if direction not in DIRECTIONS:
        raise FormatError(f"unknown direction {direction!r}; use one of: {', '.join(DIRECTIONS)}")
    if not isinstance(width, int) or width < 8:
        raise FormatError(f"width must be a whole number of characters, at least 8, not {width!r}")
    require_known(highlight, amap)
    sel = select(amap, focus=focus, depth=depth, hide_evidence=hide_evidence)
    if findings not in (None, False) or labels not in (None, False):
        # Imported on use: overlays bring in the checks and semantics layers, which
        # a plain diagram (and building the CLI's parsers) does not need.
        from argmap.rendering.overlay import overlay

        highlight = overlay(amap, theme=th, highlight=highlight, findings=findings, labels=labels)
    marks = resolve_highlights(highlight, decorate, sel.statements)
    order = {s.id: n for n, s in enumerate(sel.statements)}
    inferences = _ordered(sel.inferences, order)
    layout: Layout | None = fit if isinstance(fit, Layout) else None
    ty, full = DEFAULT_TYPE, True
    if fit is not None and not isinstance(fit, Layout):
        heading = _title_text(amap, title)
        badges = {ref: m.badge for ref, m in marks.items() if m.badge}
        notes = {ref: m.note for ref, m in marks.items() if m.note}
        layout = choose_layout(
            sel.statements,
            inferences,
            fit,
            title=heading,
            badges=badges,
            notes=notes,
            legend=legend,
        )
    if layout is not None:
        direction, width, ty, full = layout.direction, layout.width, layout.type, layout.full_text
    by_id = {i.id: i for i in inferences}
    questions = [s for s in sel.statements if isinstance(s, Question) and s.target is not None]
    junctions = {i.id for i in inferences if i.is_linked}
    junctions |= {i.conclusion for i in inferences if i.conclusion in by_id}
    junctions |= {q.target for q in questions if q.target in by_id}

    looks = _Looks(th, ty)
    out = ['digraph "argmap" {', *_graph_attrs(amap, th, direction, title, ty, layout)]
    for s in sel.statements:
        out.append(_node(s, th, width, show_ids, marks.get(s.id), ty, full, looks))
    ports = _head_ports(inferences, questions, direction, order)
    for inf in inferences:
        junction, undercut = inf.id in junctions, inf.conclusion in by_id
        port = ports.get((inf.conclusion, inf.polarity))
        out.extend(_inference(inf, th, junction, show_ids, direction, undercut, ty, port, looks))
    for q in questions:
        if q.target in order or q.target in by_id:
            out.append(_question_edge(q, th, ports.get((str(q.target), "question"))))
    if legend:
        linked = any(i.is_linked for i in inferences)
        across = direction in ("BT", "TB")
        out.extend(legend_lines(th, sel.statements, inferences, linked, across=across))
    out.append("}\n")  # the final newline joined in: no second copy of a large text
    return "\n".join(out)


def _ordered(inferences: Sequence[Inference], order: dict[str, int]) -> list[Inference]:
    """Inferences in an order that follows the statements, not the list they came in."""
    # Inference id -> the statement its undercut chain ends at (None in a cycle).
    ends = undercut_ends({i.id: i.conclusion for i in inferences})
    last = len(order)

    def key(inf: Inference) -> tuple[int, int, str]:
        end = ends[inf.id]
        premises = inf.premises
        if len(premises) == 1:  # the common case, without a generator
            first = order.get(premises[0], last)
        else:
            first = min((order.get(p, last) for p in premises), default=last)
        return (order.get(end, last) if end is not None else last, first, inf.id)

    return sorted(inferences, key=key)


def _graph_attrs(
    amap: ArgumentMap,
    th: Theme,
    direction: str,
    title: bool | str,
    ty: Typography,
    layout: Layout | None,
) -> list[str]:
    font = quoted(th.font)
    graph = [
        f"rankdir={direction}",
        f"bgcolor={quoted(th.background)}",
        f"fontname={font}",
        f"fontsize={ty.title:g}",
        "nodesep=0.3",
        "ranksep=0.45",
        "pad=0.25",
        "newrank=true",
        "outputorder=edgesfirst",
    ]
    if layout is not None:
        graph.append(f"size={quoted(layout.size_attr())}")
    label = _title(amap, th, title, ty, None if layout is None else TITLE_WIDTH)
    if label:
        graph += ["labelloc=t", "labeljust=c", f"label={label}"]
    return [
        f"  graph [{', '.join(graph)}];",
        f'  node [fontname={font}, fontsize={ty.text:g}, margin="0.12,0.07"];',
        f"  edge [fontname={font}, fontsize={ty.edge:g}, arrowsize=0.8];",
    ]


def _title_text(amap: ArgumentMap, title: bool | str) -> str | None:
    """The words of the diagram's title, if it has one."""
    if title is False:
        return None
    main = title if isinstance(title, str) else amap.source.title
    return main if main and clean(main) else None


def _title(
    amap: ArgumentMap,
    th: Theme,
    title: bool | str,
    ty: Typography = DEFAULT_TYPE,
    wrap_at: int | None = None,
) -> str | None:
    main = _title_text(amap, title)
    if main is None:
        return None
    src = amap.source
    sub = ""
    if title is True:
        bits = [x for x in (src.outlet, src.author, str(src.date) if src.date else None) if x]
        if bits:
            sub = f'<BR/><FONT POINT-SIZE="{ty.subtitle:g}">{html_text(", ".join(bits))}</FONT>'
    colour = html_text(th.title_color)
    words = (
        html_text(main)
        if wrap_at is None
        else "<BR/>".join(html_text(line) for line in wrap(main, wrap_at, max_lines=3))
    )
    return f'<<FONT COLOR="{colour}"><B>{words}</B>{sub}</FONT><BR/> >'


def header(s: Statement, *, show_ids: bool = False) -> str:
    """The plain text of a box's header: kind, evidence type, id (``EVIDENCE · fact``).

    >>> from argmap.model import Premise
    >>> header(Premise(id="P2", text="x", implicit=True), show_ids=True)
    'IMPLICIT PREMISE · P2'
    """
    kind: str = s.kind
    if s.implicit:
        kind = f"implicit {kind}"
    parts = [kind.upper()]
    if isinstance(s, Evidence) and s.evidence_type is not None:
        parts.append(s.evidence_type.value.replace("_", " "))
    if isinstance(s, Question) and s.answered:
        parts.append("answered")
    if show_ids:
        parts.append(s.id)
    return " · ".join(parts)


_BR = '<BR ALIGN="LEFT"/>'
_TABLE = '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
#: The end of the header's cell and the start of the text's.
_HEAD_END = '</TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT">'


@lru_cache(maxsize=64)
def _header_font(size: float, colour: str) -> str:
    """The opening tag of a box header's font (few sizes and colours: each written once)."""
    return f'<FONT POINT-SIZE="{size:g}" COLOR="{html_text(colour)}">'


def _lines(text: str, width: int, max_lines: int) -> str:
    """``text`` wrapped and escaped, its lines joined by left-aligned breaks."""
    # wrap() cleans the text, so each line only needs escaping (html_text without clean),
    # and none does when the text holds nothing to escape
    lines = wrap(text, width, max_lines=max_lines)
    return _BR.join(map(html_escape, lines) if needs_escape(text) else lines)


def _label(
    s: Statement,
    th: Theme,
    width: int,
    show_ids: bool,
    mark: Highlight | None,
    ty: Typography = DEFAULT_TYPE,
    full: bool = True,
    looks: _Looks | None = None,
) -> str:
    # The pieces of the HTML-like label, joined once.
    parts = [(looks or _Looks(th, ty)).head(s, show_ids)]
    if mark is not None and mark.badge:
        # A bracketed text tag right after the kind: it reads without colour.
        colour = html_text(mark.color or th.highlight)
        parts.append(
            f'   <FONT POINT-SIZE="{ty.badge:g}" COLOR="{colour}">'
            f"<B>[{html_text(mark.badge)}]</B></FONT>"
        )
    parts.append(_HEAD_END)
    title = s.title
    if title:
        parts += ("<B>", _lines(title, width, 2), "</B>", _BR)
    # Title-only boxes keep the text when there is no title (three lines at most).
    if full or not (title and clean(title)):
        body = _lines(s.text, width, _MAX_LINES if full else 3)
        if s.kind == "thesis":
            parts += (f'<FONT POINT-SIZE="{ty.thesis:g}">', body, _BR, "</FONT>")
        else:
            parts += (body, _BR)
    parts.append("</TD></TR>")
    if s.attributed_to and clean(s.attributed_to):
        # Smaller type: a few more characters fit the same width.
        who = _lines(f"— {s.attributed_to}", width + 6, 3)
        parts.append(
            f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="{ty.note:g}"><I>{who}</I>'
            "</FONT></TD></TR>"
        )
    if mark is not None and mark.note and clean(mark.note):
        note = _lines(mark.note, width + 6, 3)
        colour = html_text(th.kind_style(s.kind).header)
        parts.append(
            f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="{ty.note:g}" '
            f'COLOR="{colour}">{note}</FONT></TD></TR>'
        )
    parts.append("</TABLE>>")
    return "".join(parts)


#: The most characters of statement text a tooltip shows (Graphviz refuses
#: attribute values past about 16 KB, and nobody reads more in a tooltip).
TOOLTIP_CHARS = 1000


def _tooltip(s: Statement, mark: Highlight | None) -> str:
    text = s.text if len(s.text) <= TOOLTIP_CHARS else s.text[: TOOLTIP_CHARS - 1] + "…"
    tip = f"{s.kind} {s.id}: {text}"
    if s.attributed_to:
        tip += f" — {s.attributed_to}"
    if isinstance(s, Evidence) and s.citation:
        tip += f" [{s.citation}]"
    if mark is not None and mark.tooltip:
        tip += f" ({mark.tooltip})"
    return tip


def _qid(ref: str) -> str:
    """An id (or a word made of ids) as a DOT string: ids hold only letters, digits and
    ``_ . : -``, which :func:`quoted` writes as they are."""
    return f'"{ref}"'


def _attrs(pairs: Iterable[tuple[str, str]]) -> str:
    return ", ".join(f"{k}={v}" for k, v in pairs)


@lru_cache(maxsize=256)
def _quoted_attrs(items: tuple[tuple[str, str], ...]) -> str:
    """Theme attributes as DOT text; few distinct sets, so each is built once."""
    return ", ".join(f"{k}={quoted(v)}" for k, v in items)


class _Looks:
    """A theme's attributes as DOT text, written once per kind and polarity for one diagram."""

    def __init__(self, th: Theme, ty: Typography = DEFAULT_TYPE) -> None:
        self.th = th
        self.ty = ty
        self.boxes: dict[str, str] = {}
        self.lines: dict[str, tuple[str, str]] = {}
        self.heads: dict[tuple[str, bool, object], str] = {}
        self.bars: dict[tuple[str, bool, bool], str] = {}

    def box(self, kind: str) -> str:
        """The attributes of a plain box of ``kind`` (not implicit, not highlighted)."""
        found = self.boxes.get(kind)
        if found is None:
            found = self.boxes[kind] = _quoted_attrs(tuple(self.th.style_for(kind).items()))
        return found

    def head(self, s: Statement, show_ids: bool) -> str:
        """A label's table up to the end of its header's words (``EVIDENCE · fact``)."""
        # The header depends on the kind and these few fields (and the id, when shown).
        extra = (
            s.evidence_type if isinstance(s, Evidence) else s.answered if isinstance(s, Question)
            else None
        )  # fmt: skip
        key = (s.kind, s.implicit, extra)
        found = None if show_ids else self.heads.get(key)
        if found is None:
            font = _header_font(self.ty.header, self.th.kind_style(s.kind).header)
            # A header holds kinds, evidence types, ids and " · ": clean already, so only
            # escaped.
            words = html_escape(header(s, show_ids=show_ids))
            found = f'{_TABLE}<TR><TD ALIGN="LEFT">{font}<B>{words}</B></FONT>'
            if not show_ids:
                self.heads[key] = found
        return found

    def bar(self, polarity: str, linked: bool, across: bool) -> str:
        """The look of a junction: a bar where linked premises meet, else a small dot."""
        key = (polarity, linked, across)
        found = self.bars.get(key)
        if found is None:
            if not linked:
                shape, w, h = "circle", "0.11", "0.11"
            else:
                shape, w, h = ("box", "0.42", "0.07") if across else ("box", "0.07", "0.42")
            colour = quoted(self.th.edge_style(polarity)["color"])
            found = self.bars[key] = (
                f"shape={shape}, style=filled, fixedsize=true, width={w}, height={h}, "
                f'label="", fillcolor={colour}, color={colour}'
            )
        return found

    def line(self, polarity: str) -> tuple[str, str]:
        """A relation's colour, style and pen width, and its arrowhead and arrow size."""
        found = self.lines.get(polarity)
        if found is None:
            edge = self.th.edge_style(polarity)
            drawn = _quoted_attrs(tuple((k, edge[k]) for k in ("color", "style", "penwidth")))
            arrow = _quoted_attrs(
                (("arrowhead", edge["arrowhead"]), ("arrowsize", edge["arrowsize"]))
            )
            found = self.lines[polarity] = (drawn, arrow)
        return found


def _node(
    s: Statement,
    th: Theme,
    width: int,
    show_ids: bool,
    mark: Highlight | None,
    ty: Typography = DEFAULT_TYPE,
    full: bool = True,
    looks: _Looks | None = None,
) -> str:
    looks = looks or _Looks(th, ty)
    # kinds are words: the classes need no escaping (see _qid)
    kind = s.kind
    if mark is None and not s.implicit:
        classes = f"stmt kind-{kind}"
        box = looks.box(kind)
    else:
        classes = f"stmt kind-{kind}" + (" implicit" if s.implicit else "")
        style = th.style_for(kind)
        if s.implicit and "dashed" not in style["style"]:
            style["style"] += f",{th.implicit_style}"
        if mark is not None:
            classes += " highlighted"
            style["color"] = mark.color or th.highlight
            style["penwidth"] = f"{mark.penwidth:g}"
            if mark.fillcolor:
                style["fillcolor"] = mark.fillcolor
        box = _quoted_attrs(tuple(style.items()))
    ref = s.id  # an id: written as it is (see _qid)
    label = _label(s, th, width, show_ids, mark, ty, full, looks)
    return (
        f'  "{ref}" [id="node-{ref}", class="{classes}", URL="#stmt-{ref}", '
        f"tooltip={quoted(_tooltip(s, mark))}, label={label}, {box}];"
    )


def _edge_label(
    inf: Inference, th: Theme, show_ids: bool, undercut: bool, ty: Typography = DEFAULT_TYPE
) -> str | None:
    if not (inf.title or inf.scheme or undercut or show_ids):
        return None  # the usual edge: no label
    bits = [x for x in (inf.title, inf.scheme and inf.scheme.replace("_", " ")) if x]
    if undercut:
        bits.insert(0, "undercut")
    if show_ids:
        bits.insert(0, inf.id)
    if not bits:
        return None
    colour = html_text(th.muted)
    text = html_text(" · ".join(bits))
    return f'<<FONT POINT-SIZE="{ty.edge:g}" COLOR="{colour}"><I>{text}</I></FONT>>'


def _inference(
    inf: Inference,
    th: Theme,
    junction: bool,
    show_ids: bool,
    direction: str,
    undercut: bool,
    ty: Typography = DEFAULT_TYPE,
    port: str | None = None,
    looks: _Looks | None = None,
) -> list[str]:
    tip = f"{inf.id}: {'undercut' if undercut else inf.polarity}"
    if inf.scheme:
        tip += f" ({inf.scheme})"
    # The same attributes in the same order as written pair by pair: class, tooltip,
    # colour, style and pen width, then what each line ends with. The theme's parts
    # are few, so each is written once (see _quoted_attrs).
    drawn, arrow = (looks or _Looks(th)).line(inf.polarity)
    common = f'class="inference {inf.polarity}", tooltip={quoted(tip)}, {drawn}'
    if port is not None:  # the box also receives another relation: aim at this side
        arrow += f", headport={port}"
    label = _edge_label(inf, th, show_ids, undercut, ty)
    if label:
        arrow += f", label={label}"
    ref = inf.id
    head = _qid(inf.conclusion)

    def line(n: int, tail: str, to: str, ends: str) -> str:
        return f'  {tail} -> {to} [id="edge-{ref}-{n}", {common}, {ends}];'

    if not junction:
        premises = inf.premises
        if len(premises) == 1:  # the usual arrow, written at once
            return [f'  "{premises[0]}" -> {head} [id="edge-{ref}-0", {common}, {arrow}];']
        return [line(n, _qid(p), head, arrow) for n, p in enumerate(premises)]
    # Linked premises meet in a bar (the "because" bracket); a single premise
    # whose inference is undercut or questioned passes through a small dot.
    linked = inf.is_linked
    if linked:
        tip += f"; linked: {' + '.join(inf.premises)}"
    j = quoted(inf.id)
    kind = quoted(f"junction {inf.polarity}" + (" linked" if linked else ""))
    look = (looks or _Looks(th)).bar(inf.polarity, linked, direction in ("BT", "TB"))
    out = [
        f"  {j} [id={quoted(f'junction-{inf.id}')}, class={kind}, tooltip={quoted(tip)}, {look}];"
    ]
    out += [line(n, _qid(p), j, "arrowhead=none") for n, p in enumerate(inf.premises)]
    out.append(line(len(inf.premises), j, head, arrow))
    return out


#: Where on a box each relation's arrows end when the box receives more than
#: one relation, by rank direction: supports on the side facing the reasons,
#: attacks and questions on the two sides next to it, so their heads never meet.
_PORTS = {
    "BT": {"support": "s", "attack": "e", "question": "w"},
    "TB": {"support": "n", "attack": "e", "question": "w"},
    "LR": {"support": "w", "attack": "s", "question": "n"},
    "RL": {"support": "e", "attack": "s", "question": "n"},
}


def _head_ports(
    inferences: Sequence[Inference],
    questions: Sequence[Question],
    direction: str,
    statements: dict[str, int],
) -> dict[tuple[str, str], str]:
    """(statement id, relation) -> the side its arrows end on, for boxes with mixed arrivals.

    >>> from argmap.model import Inference
    >>> infs = [Inference(id="I1", premises=["C1"], conclusion="T1"),
    ...         Inference(id="I2", premises=["CC1"], conclusion="T1", polarity="attack")]
    >>> sorted(_head_ports(infs, [], "BT", {"T1": 0, "C1": 1, "CC1": 2}).items())
    [(('T1', 'attack'), 'e'), (('T1', 'support'), 's')]
    """
    arriving: dict[str, set[str]] = {}
    for inf in inferences:
        if inf.conclusion in statements:
            arriving.setdefault(inf.conclusion, set()).add(inf.polarity)
    for q in questions:
        if q.target in statements:
            arriving.setdefault(str(q.target), set()).add("question")
    sides = _PORTS[direction]
    return {
        (ref, relation): sides[relation]
        for ref, relations in arriving.items()
        if len(relations) > 1
        for relation in relations
    }


def _question_edge(q: Question, th: Theme, port: str | None = None) -> str:
    e = th.question
    pairs = [
        ("id", quoted(f"edge-{q.id}-question")),
        ("class", quoted("question")),
        ("tooltip", quoted(f"{q.id} asks about {q.target}")),
        ("color", quoted(e.color)),
        ("style", quoted(e.style)),
        ("penwidth", quoted(f"{e.penwidth:g}")),
        ("arrowhead", quoted(e.arrowhead)),
    ]
    if port is not None:
        pairs.append(("headport", port))
    return f"  {quoted(q.id)} -> {quoted(str(q.target))} [{_attrs(pairs)}];"
