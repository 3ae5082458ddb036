"""Mermaid flowcharts: argument maps in GitHub, GitLab and wiki Markdown.

Export only. Each statement is a box of its kind's colours (a ``classDef``
per kind, from a rendering theme); supports are solid arrows, attacks dotted
arrows labelled ``attack``; the premises of a linked inference meet in a
small junction circle, as in the Graphviz diagram. Node names are made from
the ids (``s_T1``, ``j_I1``), so Mermaid keywords such as ``end`` never
clash; every text is written with Mermaid entity codes (``#quot;``,
``#35;`` ...) for anything that could be read as syntax or markup.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis('Seoul should "rethink" <now>')
>>> c = b.counterclaim("Only symbolic", attacks=t)
>>> print(to_mermaid(b.build(), theme="print", width=40), end="")  # doctest: +ELLIPSIS
flowchart BT
  classDef ...
  s_T1["<small>THESIS</small><br/>Seoul should #quot;rethink#quot; #lt;now#gt;"]:::thesis
  s_CC1["<small>COUNTERCLAIM</small><br/>Only symbolic"]:::counterclaim
  s_CC1 -.->|attack| s_T1
  linkStyle 0 stroke:#000000,stroke-width:1.6px,stroke-dasharray:5 4
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from argmap.errors import FormatError
from argmap.formats._drops import SHOWN_BY_MERMAID, dropped
from argmap.model import ArgumentMap, Inference
from argmap.rendering.labels import clean, wrap

if TYPE_CHECKING:
    from argmap.rendering.themes import Theme

__all__ = ["drops", "to_mermaid"]

_DIRECTIONS = ("BT", "TB", "LR", "RL")
# Kept as they are, with letters and digits: punctuation Mermaid reads as text.
_SAFE = frozenset(" .,:!?'/%+*=@~^$-")


def _text(text: str) -> str:
    """``text`` with everything but plain letters and punctuation as ``#code;`` entities."""
    out = []
    for ch in clean(text):
        if ch == '"':
            out.append("#quot;")
        elif ch == "<":
            out.append("#lt;")
        elif ch == ">":
            out.append("#gt;")
        elif ch == "&":
            out.append("#amp;")
        elif ch in _SAFE or ch.isalnum():
            out.append(ch)
        else:
            out.append(f"#{ord(ch)};")
    return "".join(out)


def _names(ids: list[str], prefix: str, taken: set[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for ref in ids:
        base = prefix + re.sub(r"[^A-Za-z0-9_]", "_", ref)
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name)
        names[ref] = name
    return names


def to_mermaid(
    amap: ArgumentMap,
    *,
    direction: str = "BT",
    theme: str | Theme = "classroom",
    width: int = 28,
    show_ids: bool = False,
    hide_evidence: bool = False,
    focus: str | None = None,
    depth: int = 2,
) -> str:
    """The map as a Mermaid ``flowchart`` (paste it into a ```` ```mermaid ```` block).

    The options mean what they mean for :func:`argmap.to_dot`.
    """
    # Imported on use: the format registry imports this module to list formats,
    # and reading or writing a map need not load the renderer.
    from argmap.rendering.dot import header
    from argmap.rendering.select import select
    from argmap.rendering.themes import get_theme

    th = get_theme(theme)
    if direction not in _DIRECTIONS:
        raise FormatError(f"unknown direction {direction!r}; use one of: {', '.join(_DIRECTIONS)}")
    sel = select(amap, focus=focus, depth=depth, hide_evidence=hide_evidence)
    taken: set[str] = set()
    nodes = _names([s.id for s in sel.statements], "s_", taken)
    inf_ids = {i.id for i in sel.inferences}
    undercut = {i.conclusion for i in sel.inferences if i.conclusion in inf_ids}
    junction_for = [i for i in sel.inferences if i.is_linked or i.id in undercut]
    junctions = _names([i.id for i in junction_for], "j_", taken)

    out = [f"flowchart {direction}"]
    kinds = sorted({s.kind for s in sel.statements})
    for kind in kinds:
        k = th.kind_style(kind)
        dash = ",stroke-dasharray:4 3" if "dashed" in k.style or "dotted" in k.style else ""
        out.append(
            f"  classDef {kind} fill:{k.fill},stroke:{k.border},color:{k.font},"
            f"stroke-width:{k.penwidth:g}px{dash}"
        )
    if any(s.implicit for s in sel.statements):
        out.append("  classDef implicit stroke-dasharray:4 3")
    for pol in ("support", "attack"):
        e = th.edge_style(pol)
        out.append(f"  classDef junction_{pol} fill:{e['color']},stroke:{e['color']}")
    for s in sel.statements:
        head = header(s, show_ids=show_ids)
        body = "<br/>".join(_text(line) for line in wrap(s.text, width))
        if s.attributed_to:
            body += f"<br/><i>— {_text(s.attributed_to)}</i>"
        out.append(f'  {nodes[s.id]}["<small>{_text(head)}</small><br/>{body}"]:::{s.kind}')
        if s.implicit:
            out.append(f"  class {nodes[s.id]} implicit")
    # Mermaid styles links by their position: count them as they are written.
    styles: list[str] = []
    for inf in sel.inferences:
        e = th.edge_style(inf.polarity)
        style = f"stroke:{e['color']},stroke-width:{e['penwidth']}px"
        if inf.polarity == "attack":
            style += ",stroke-dasharray:5 4"
        junction, edges = _edges(inf, nodes, junctions)
        if junction:
            out.append(junction)
        for line in edges:
            styles.append(f"  linkStyle {len(styles)} {style}")
            out.append(line)
    out.extend(styles)
    return "\n".join(out) + "\n"


def _edges(
    inf: Inference, nodes: dict[str, str], junctions: dict[str, str]
) -> tuple[str | None, list[str]]:
    """The junction node of ``inf`` (if it has one) and the links drawing it."""
    target = junctions.get(inf.conclusion) or nodes[inf.conclusion]
    arrow = "-->" if inf.polarity == "support" else "-.->|attack|"
    if inf.id not in junctions:
        return None, [f"  {nodes[p]} {arrow} {target}" for p in inf.premises]
    j = junctions[inf.id]
    links = [f"  {nodes[p]} --- {j}" for p in inf.premises]
    return f'  {j}((" ")):::junction_{inf.polarity}', [*links, f"  {j} {arrow} {target}"]


def drops(amap: ArgumentMap) -> list[str]:
    """What the flowchart leaves out of ``amap`` (it shows kinds, texts and speakers)."""
    return dropped(amap, keeps=SHOWN_BY_MERMAID)
