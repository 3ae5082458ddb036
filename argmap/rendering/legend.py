"""The optional legend: the kinds and edge styles a diagram uses, drawn in its theme.

The legend is a DOT cluster of sample boxes (one per kind drawn, in the
kind's own shape and colours) and sample edges (support, attack, and the
linked-argument bar when the diagram has one). Its DOT node names contain a
space, which statement ids cannot, so they never collide with the map's.

>>> from argmap.rendering.themes import get_theme
>>> from argmap.model import Thesis
>>> lines = legend_lines(get_theme("print"), [Thesis(id="T1", text="x")], [], False)
>>> lines[0], lines[-1]
('  subgraph "cluster_legend" {', '  }')
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from argmap.model import KINDS, Inference, Statement
from argmap.rendering.labels import html_text, quoted
from argmap.rendering.themes import Theme

__all__ = ["compact_legend_lines", "legend_lines"]

# Statement ids match ID_PATTERN, which has no space: these never collide.
_P = "legend "


def _nid(name: str) -> str:
    return quoted(_P + name)


def legend_lines(
    th: Theme,
    statements: Sequence[Statement],
    inferences: Sequence[Inference],
    has_junction: bool,
) -> list[str]:
    """DOT lines of a legend cluster for what ``statements`` and ``inferences`` use."""
    kinds = [k for k in KINDS if any(s.kind == k for s in statements)]
    implicit = any(s.implicit for s in statements)
    polarities = [p for p in ("support", "attack") if any(i.polarity == p for i in inferences)]
    out = [
        f"  subgraph {quoted('cluster_legend')} {{",
        f"    graph [id={quoted('legend')}, label=<<B>Legend</B>>, labeljust=l, fontsize=10, "
        f'style="rounded,dashed", color={quoted(th.legend_border)}, margin=8];',
        '    node [fontsize=9, margin="0.08,0.03", height=0.3];',
    ]
    # One row: the kinds in their own boxes, then sample edges laid flat.
    row: list[str] = []
    names = [*kinds, *(["implicit premise"] if implicit else [])]
    for name in names:
        kind = "premise" if name == "implicit premise" else name
        style = th.style_for(kind)
        if name == "implicit premise" and "dashed" not in style["style"]:
            style["style"] += f",{th.implicit_style}"
        style["penwidth"] = "1"
        attrs = ", ".join(f"{k}={quoted(v)}" for k, v in style.items())
        out.append(f'    {_nid(name)} [class="legend", label={quoted(name)}, {attrs}];')
        row.append(_nid(name))
    lines: list[str] = []
    for pol in polarities:
        e = th.edge_style(pol)
        word = "supports" if pol == "support" else "attacks"
        lo, hi = _nid(f"{pol} from"), _nid(f"{pol} to")
        for n in (lo, hi):
            out.append(f"    {n} [shape=point, width=0.05, color={quoted(e['color'])}];")
        edge = ", ".join(f"{k}={quoted(v)}" for k, v in e.items())
        out.append(f"    {lo} -> {hi} [{edge}, label={quoted(word)}, fontsize=9, minlen=2];")
        lines += [lo, hi]
    if has_junction:
        e = th.edge_style("support")
        bar = _nid("bar")
        out.append(
            f"    {bar} [shape=box, style=filled, fixedsize=true, width=0.42, height=0.07, "
            f'label="", fillcolor={quoted(e["color"])}, color={quoted(e["color"])}];'
        )
        out.append(
            f'    {_nid("bar text")} [shape=plaintext, label="linked premises (work together)"];'
        )
        lines += [bar, _nid("bar text")]
    # Two rows: kinds above, edges below; invisible edges keep each row in order.
    for group in (row, lines):
        if group:
            out.append(f"    {{rank=same; {'; '.join(group)}}}")
            out += [f"    {a} -> {b} [style=invis];" for a, b in pairwise(group)]
    if row and lines:
        out.append(f"    {lines[0]} -> {row[0]} [style=invis];")
    out.append("  }")
    return out


def compact_legend_lines(
    th: Theme,
    statements: Sequence[Statement],
    inferences: Sequence[Inference],
    has_junction: bool,
    *,
    font_size: float = 10,
) -> list[str]:
    """DOT lines of a compact legend: one key the size of its contents.

    Only the kinds and relations drawn appear: a row of sample boxes in the
    kinds' colours, then the relations, each named in words beside its line
    style (so the key reads in grayscale). Used by fitted layouts.

    >>> from argmap.rendering.themes import get_theme
    >>> from argmap.model import Thesis, Claim, Inference
    >>> st = [Thesis(id="T1", text="x"), Claim(id="C1", text="y")]
    >>> lines = compact_legend_lines(get_theme("print"), st, [Inference(id="I1", premises=["C1"], conclusion="T1")], False)
    >>> len(lines), "THESIS" in lines[0], "supports" in lines[0], "attacks" in lines[0]
    (1, True, True, False)
    """  # noqa: E501
    kinds = [k for k in KINDS if any(s.kind == k for s in statements)]
    cells = []
    for kind in kinds:
        k = th.kind_style(kind)
        cells.append(
            f'<TD BGCOLOR="{html_text(k.fill)}" COLOR="{html_text(k.border)}" BORDER="1">'
            f'<FONT COLOR="{html_text(k.header)}"><B>{html_text(kind.upper())}</B></FONT></TD>'
        )
    if any(s.implicit for s in statements):
        cells.append('<TD BORDER="1" STYLE="dashed">implicit premise</TD>')
    glyphs = {"support": ("───▶", "supports"), "attack": ("- - -┤", "attacks")}
    for pol in ("support", "attack"):
        if any(i.polarity == pol for i in inferences):
            line, word = glyphs[pol]
            colour = html_text(th.edge_style(pol)["color"])
            cells.append(f'<TD><FONT COLOR="{colour}"><B>{line}</B></FONT> {word}</TD>')
    if has_junction:
        colour = html_text(th.edge_style("support")["color"])
        cells.append(f'<TD><FONT COLOR="{colour}"><B>▬</B></FONT> linked premises</TD>')
    label = (
        f'<<TABLE BORDER="1" COLOR="{html_text(th.legend_border)}" CELLBORDER="0" '
        f'CELLSPACING="3" CELLPADDING="3"><TR>{"".join(cells)}</TR></TABLE>>'
    )
    return [
        f'  {_nid("key")} [id="legend", class="legend", shape=plaintext, margin=0, '
        f"fontsize={font_size:g}, label={label}];"
    ]
