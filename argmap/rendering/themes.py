"""Colour and line themes for argument-map diagrams.

A :class:`Theme` says how each statement kind looks (fill, border, text
colour, shape, line style) and how supports and attacks are drawn. In every
theme an attack differs from a support by line style *and* arrowhead, not by
colour alone, so a diagram survives grayscale printing.

- ``classroom``: the long-established teaching convention: reasons green,
  objections red, rebuttals orange, the thesis prominent in blue.
- ``colorblind``: the same roles in the Okabe–Ito palette, safe for the
  common colour-vision deficiencies.
- ``print``: black on white only; kinds differ by shape and border, attacks
  are dashed with a bar arrowhead.

>>> t = get_theme("classroom")
>>> t.fill("counterclaim"), t.border("counterclaim")
('#fbe0dd', '#b3261e')
>>> get_theme("print").edge_style("attack")["style"]
'dashed'
>>> sorted(THEMES)
['classroom', 'colorblind', 'print']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from argmap.errors import FormatError
from argmap.model import KINDS

__all__ = ["THEMES", "EdgeStyle", "KindStyle", "Theme", "get_theme"]

#: The font stack of every theme: a clean sans-serif wherever the SVG is shown.
FONT = "Helvetica,Arial,sans-serif"


@dataclass(frozen=True)
class KindStyle:
    """How the boxes of one statement kind look."""

    fill: str
    border: str
    font: str = "#1a1a1a"
    header: str = "#555555"
    shape: str = "box"
    style: str = "rounded,filled"
    penwidth: float = 1.2
    peripheries: int = 1


@dataclass(frozen=True)
class EdgeStyle:
    """How the edges of one polarity look (``support`` or ``attack``)."""

    color: str
    style: str
    arrowhead: str
    penwidth: float = 1.4
    arrowsize: float = 0.8


@dataclass(frozen=True)
class Theme:
    """A complete look: one :class:`KindStyle` per kind, one :class:`EdgeStyle` per polarity.

    ``highlight`` is the colour of highlighted statements when a
    :class:`~argmap.rendering.highlight.Highlight` names none; ``question``
    styles the dotted edge from a question to what it asks about; ``muted``
    colours edge labels. A theme styles every statement kind: one that
    misses a kind is refused when it is made.

    >>> kinds = {k: v for k, v in PRINT.kinds.items() if k != "question"}
    >>> Theme("bare", "no questions", kinds, PRINT.edges, PRINT.question, highlight="#000")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: theme 'bare' has no style for question; give each kind a KindStyle
    """

    name: str
    description: str
    kinds: Mapping[str, KindStyle]
    edges: Mapping[str, EdgeStyle]
    question: EdgeStyle
    highlight: str
    background: str = "white"
    title_color: str = "#1a1a1a"
    muted: str = "#555555"
    legend_border: str = "#9e9e9e"
    font: str = FONT
    implicit_style: str = field(default="dashed")

    def __post_init__(self) -> None:
        missing = [k for k in KINDS if k not in self.kinds]
        if missing:
            raise FormatError(
                f"theme {self.name!r} has no style for {', '.join(missing)}; "
                "give each kind a KindStyle"
            )

    def kind_style(self, kind: str) -> KindStyle:
        """The :class:`KindStyle` of ``kind``; a :class:`FormatError` for a kind it lacks."""
        try:
            return self.kinds[kind]
        except KeyError:
            raise FormatError(
                f"theme {self.name!r} has no style for kind {kind!r}; give it a KindStyle"
            ) from None

    def style_for(self, kind: str) -> dict[str, str]:
        """Graphviz node attributes for a statement of ``kind``.

        >>> get_theme("print").style_for("thesis")["peripheries"]
        '2'
        """
        k = self.kind_style(kind)
        return {
            "shape": k.shape,
            "style": k.style,
            "fillcolor": k.fill,
            "color": k.border,
            "fontcolor": k.font,
            "penwidth": _num(k.penwidth),
            "peripheries": str(k.peripheries),
        }

    def fill(self, kind: str) -> str:
        """The fill colour of ``kind``'s boxes (used to tint spans in HTML)."""
        return self.kind_style(kind).fill

    def border(self, kind: str) -> str:
        """The border colour of ``kind``'s boxes (used to underline spans in HTML)."""
        return self.kind_style(kind).border

    def edge_style(self, polarity: str) -> dict[str, str]:
        """Graphviz edge attributes for an inference of ``polarity``."""
        e = self.edges[polarity]
        return {
            "color": e.color,
            "style": e.style,
            "arrowhead": e.arrowhead,
            "penwidth": _num(e.penwidth),
            "arrowsize": _num(e.arrowsize),
        }


def _num(x: float) -> str:
    return f"{x:g}"


def _tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white: ``amount`` 0 keeps it, 1 gives white."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def _support(colour: str) -> EdgeStyle:
    return EdgeStyle(color=colour, style="solid", arrowhead="normal")


def _attack(colour: str) -> EdgeStyle:
    # Dashed with a large bar head: an attack reads as one even in grayscale.
    return EdgeStyle(color=colour, style="dashed", arrowhead="tee", penwidth=1.6, arrowsize=1.4)


# -- classroom ----------------------------------------------------------------

_GREEN, _RED, _ORANGE, _BLUE = "#2e7d32", "#b3261e", "#c25e00", "#1f4e8c"

CLASSROOM = Theme(
    name="classroom",
    description="reasons green, objections red, rebuttals orange, thesis in blue",
    kinds=MappingProxyType(
        {
            "thesis": KindStyle(
                fill="#dce8f7", border=_BLUE, header=_BLUE, penwidth=2.6, font="#0d1b2e"
            ),
            "claim": KindStyle(fill="#dcefd9", border=_GREEN, header=_GREEN, penwidth=1.4),
            "premise": KindStyle(fill="#eef7ec", border=_GREEN, header=_GREEN),
            "counterclaim": KindStyle(fill="#fbe0dd", border=_RED, header=_RED, penwidth=1.4),
            "rebuttal": KindStyle(fill="#fde8cf", border=_ORANGE, header=_ORANGE, penwidth=1.4),
            "evidence": KindStyle(
                fill="#f6f3e4", border="#7a6a2f", header="#6b5b1f", shape="note", style="filled"
            ),
            "question": KindStyle(
                fill="#f3eef8", border="#6a4c93", header="#6a4c93", style="rounded,filled,dashed"
            ),
        }
    ),
    edges=MappingProxyType(
        {
            "support": _support(_GREEN),
            "attack": _attack(_RED),
        }
    ),
    question=EdgeStyle(color="#6a4c93", style="dotted", arrowhead="odot"),
    highlight="#6a1b9a",
)

# -- colorblind (Okabe–Ito) ------------------------------------------------

_OI = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
}


def _oi(name: str, amount: float = 0.82, **kw: object) -> KindStyle:
    base = _OI[name]
    # Borders and headers use the palette colour itself, darkened text stays near black.
    return KindStyle(fill=_tint(base, amount), border=base, header="#333333", **kw)  # type: ignore[arg-type]


COLORBLIND = Theme(
    name="colorblind",
    description="the Okabe–Ito palette, safe for colour-vision deficiencies",
    kinds=MappingProxyType(
        {
            "thesis": _oi("blue", 0.85, penwidth=2.6),
            "claim": _oi("green", penwidth=1.6),
            "premise": _oi("green", 0.9),
            "counterclaim": _oi("vermillion", penwidth=1.6),
            "rebuttal": _oi("orange", penwidth=1.6),
            "evidence": _oi("sky", shape="note", style="filled"),
            "question": _oi("purple", style="rounded,filled,dashed"),
        }
    ),
    edges=MappingProxyType(
        {
            "support": _support(_OI["green"]),
            "attack": EdgeStyle(
                color=_OI["vermillion"],
                style="dashed",
                arrowhead="tee",
                penwidth=1.6,
                arrowsize=1.4,
            ),
        }
    ),
    question=EdgeStyle(color=_OI["purple"], style="dotted", arrowhead="odot"),
    highlight=_OI["black"],
)

# -- print ---------------------------------------------------------------------

_INK = "#000000"


def _bw(**kw: object) -> KindStyle:
    return KindStyle(fill="#ffffff", border=_INK, font=_INK, header=_INK, **kw)  # type: ignore[arg-type]


PRINT = Theme(
    name="print",
    description="black and white: kinds differ by shape and border, attacks are dashed",
    kinds=MappingProxyType(
        {
            "thesis": _bw(style="filled", penwidth=2.0, peripheries=2),
            "claim": _bw(penwidth=1.6),
            "premise": _bw(),
            "counterclaim": _bw(style="filled,diagonals", penwidth=1.6),
            "rebuttal": _bw(shape="cds", style="filled", penwidth=1.4),
            "evidence": _bw(shape="note", style="filled"),
            "question": _bw(style="rounded,filled,dotted", penwidth=1.4),
        }
    ),
    edges=MappingProxyType(
        {
            "support": _support(_INK),
            "attack": _attack(_INK),
        }
    ),
    question=EdgeStyle(color=_INK, style="dotted", arrowhead="odot"),
    highlight=_INK,
    legend_border=_INK,
    title_color=_INK,
    muted=_INK,
)

#: Every built-in theme by name.
THEMES: Mapping[str, Theme] = MappingProxyType({t.name: t for t in (CLASSROOM, COLORBLIND, PRINT)})


def get_theme(name: str | Theme) -> Theme:
    """The theme called ``name`` (a :class:`Theme` is returned as is).

    >>> get_theme("colorblind").edge_style("support")["color"]
    '#009E73'
    >>> get_theme("neon")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: unknown theme 'neon'; use one of: classroom, colorblind, print
    """
    if isinstance(name, Theme):
        return name
    try:
        return THEMES[name]
    except KeyError:
        known = ", ".join(THEMES)
        raise FormatError(f"unknown theme {name!r}; use one of: {known}") from None
