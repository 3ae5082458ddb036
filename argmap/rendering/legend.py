"""The legend: one compact key of the kinds and relations a diagram draws, in its theme.

The key is a single DOT node whose label is a small table: a sample cell
per kind drawn (its name in capitals, in the kind's colours), one for
implicit premises when there are any, then each relation drawn, named in
words beside its line style, so the key reads in grayscale too. Only what
the diagram shows appears, and the table is the size of its contents: a
row under a diagram whose thesis is on top (``BT``, ``TB``), a column
beside one drawn sideways (``LR``, ``RL``). Its DOT name contains a
space, which statement ids cannot, so it never collides with the map's.

>>> from argmap.rendering.themes import get_theme
>>> from argmap.model import Thesis
>>> key, place = legend_lines(get_theme("print"), [Thesis(id="T1", text="x")], [], False)
>>> key.startswith('  "legend key" [id="legend"'), "THESIS" in key, "supports" in key
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from argmap.model import KINDS, Inference, Statement
from argmap.rendering.labels import html_text, quoted
from argmap.rendering.themes import Theme

__all__ = ["LEGEND_FONT", "legend_cells", "legend_lines", "relations_drawn"]

#: The legend's font size, in points of the unscaled drawing.
LEGEND_FONT = 10.0

# Statement ids match ID_PATTERN, which has no space: this never collides.
_NAME = quoted("legend key")

#: What each relation looks like in the key: a line glyph and the word.
_RELATIONS = {"support": ("───▶", "supports"), "attack": ("- - -┤", "attacks")}
_LINKED = ("▬", "linked premises")


def relations_drawn(
    inferences: Sequence[Inference], has_linked: bool
) -> list[tuple[str, str, str]]:
    """``(relation, line glyph, word)`` of each relation these inferences draw.

    ``relation`` is ``support``, ``attack`` or ``linked`` (the bar of linked premises).

    >>> from argmap.model import Inference
    >>> relations_drawn([Inference(id="I1", premises=["C1"], conclusion="T1")], False)
    [('support', '───▶', 'supports')]
    """
    out = [
        (pol, line, word)
        for pol, (line, word) in _RELATIONS.items()
        if any(i.polarity == pol for i in inferences)
    ]
    if has_linked:
        out.append(("linked", *_LINKED))
    return out


def legend_cells(
    statements: Sequence[Statement], inferences: Sequence[Inference], has_junction: bool
) -> list[str]:
    """The plain text of each cell of the key, in order (what :func:`legend_lines` draws).

    >>> from argmap.model import Thesis, Claim, Inference
    >>> st = [Thesis(id="T1", text="x"), Claim(id="C1", text="y")]
    >>> legend_cells(st, [Inference(id="I1", premises=["C1"], conclusion="T1")], False)
    ['THESIS', 'CLAIM', '───▶ supports']
    """
    cells = [k.upper() for k in KINDS if any(s.kind == k for s in statements)]
    if any(s.implicit for s in statements):
        cells.append("implicit premise")
    return cells + [f"{line} {word}" for _, line, word in relations_drawn(inferences, has_junction)]


def legend_lines(
    th: Theme,
    statements: Sequence[Statement],
    inferences: Sequence[Inference],
    has_junction: bool,
    *,
    across: bool = True,
    font_size: float = LEGEND_FONT,
) -> list[str]:
    """DOT lines of the key for what ``statements`` and ``inferences`` draw.

    ``across`` lays the cells side by side (a row); otherwise one above
    the other (a column, for diagrams drawn left to right). The key sits on
    a rank of its own at the diagram's far end from the thesis.
    """
    cells = []
    for kind in KINDS:
        if not any(s.kind == kind for s in statements):
            continue
        k = th.kind_style(kind)
        cells.append(
            f'<TD BGCOLOR="{html_text(k.fill)}" COLOR="{html_text(k.border)}" BORDER="1">'
            f'<FONT COLOR="{html_text(k.header)}"><B>{html_text(kind.upper())}</B></FONT></TD>'
        )
    if any(s.implicit for s in statements):
        cells.append('<TD BORDER="1" STYLE="dashed">implicit premise</TD>')
    for relation, line, word in relations_drawn(inferences, has_junction):
        pol = "support" if relation == "linked" else relation
        colour = html_text(th.edge_style(pol)["color"])
        cells.append(f'<TD><FONT COLOR="{colour}"><B>{line}</B></FONT> {word}</TD>')
    rows = f"<TR>{''.join(cells)}</TR>" if across else "".join(f"<TR>{c}</TR>" for c in cells)
    align = "" if across else ' ALIGN="LEFT"'
    label = (
        f'<<TABLE BORDER="1" COLOR="{html_text(th.legend_border)}" CELLBORDER="0" '
        f'CELLSPACING="3" CELLPADDING="3"{align}>{rows}</TABLE>>'
    )
    return [
        f'  {_NAME} [id="legend", class="legend", shape=plaintext, margin=0, '
        f"fontsize={font_size:g}, label={label}];",
        f"  {{rank=source; {_NAME}}}",
    ]
