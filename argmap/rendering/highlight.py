"""Overlays on a diagram: highlighted statements with a colour, a thick border and a badge.

This is the hook other features use to draw on a map: check findings mark
the statements concerned, acceptability labels badge statements ``IN``,
``OUT`` or ``UNDECIDED``. Pass ``highlight=`` (ids, or ids mapped to a
:class:`Highlight`) or ``decorate=`` (a function of the statement) to
:func:`argmap.to_dot`. A highlight never relies on colour alone: the border
is thicker and the badge is text, so it reads in the ``print`` theme too.

>>> Highlight(badge="OUT", tooltip="attacked by R1").badge
'OUT'
>>> resolve_highlights(["C1", "T1"], None, [])  # doctest: +NORMALIZE_WHITESPACE
{'C1': Highlight(color=None, fillcolor=None, penwidth=3.0, badge=None, tooltip=None, note=None),
 'T1': Highlight(color=None, fillcolor=None, penwidth=3.0, badge=None, tooltip=None, note=None)}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeAlias

from argmap.errors import UnknownIdError

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Statement

__all__ = ["Decorate", "Highlight", "HighlightSpec", "require_known", "resolve_highlights"]


@dataclass(frozen=True)
class Highlight:
    """How one statement is marked.

    ``color`` is the border (and badge) colour, the theme's highlight colour
    when ``None``; ``fillcolor`` replaces the box fill (for example to grey
    out a defeated statement); ``penwidth`` is the border width; ``badge`` is
    a short text shown in the box header (``"OUT"``, ``"⚠ unsupported"``);
    ``tooltip`` is added to the node's tooltip; ``note`` is a line of small
    text under the box's text (a fitted view says there what a box folds
    away, ``+3 evidence · p.2``).
    """

    color: str | None = None
    fillcolor: str | None = None
    penwidth: float = 3.0
    badge: str | None = None
    tooltip: str | None = None
    note: str | None = None

    def merge(self, other: Highlight) -> Highlight:
        """This highlight with ``other``'s settings on top (badges and tooltips add up).

        >>> Highlight(badge="IN").merge(Highlight(badge="checked", color="red")).badge
        'IN · checked'
        """
        badge = " · ".join(b for b in (self.badge, other.badge) if b) or None
        tooltip = "\n".join(t for t in (self.tooltip, other.tooltip) if t) or None
        note = " · ".join(n for n in (self.note, other.note) if n) or None
        return replace(
            self,
            color=other.color or self.color,
            fillcolor=other.fillcolor or self.fillcolor,
            penwidth=max(self.penwidth, other.penwidth),
            badge=badge,
            tooltip=tooltip,
            note=note,
        )


#: ``highlight=`` accepts ids (each gets a default :class:`Highlight`) or a mapping.
HighlightSpec: TypeAlias = "Iterable[str] | Mapping[str, Highlight | None] | None"
#: ``decorate=`` is called with each drawn statement.
Decorate: TypeAlias = "Callable[[Statement], Highlight | None] | None"


def resolve_highlights(
    highlight: HighlightSpec,
    decorate: Decorate,
    statements: Sequence[Statement],
) -> dict[str, Highlight]:
    """One :class:`Highlight` per statement id, from ``highlight`` and ``decorate`` together.

    Ids are sorted, so the order or kind of collection passed never changes
    the output; ids that are not in ``statements`` are not an error (a
    focused diagram may leave them out).
    """
    found: dict[str, Highlight] = {}
    if isinstance(highlight, str):
        highlight = [highlight]
    if isinstance(highlight, Mapping):
        for ref, h in highlight.items():
            found[str(ref)] = h if h is not None else Highlight()
    elif highlight is not None:
        for ref in highlight:
            found[str(ref)] = Highlight()
    if decorate is not None:
        for s in statements:
            extra = decorate(s)
            if extra is not None:
                found[s.id] = found[s.id].merge(extra) if s.id in found else extra
    return {ref: found[ref] for ref in sorted(found)}


def require_known(highlight: HighlightSpec, amap: ArgumentMap) -> None:
    """Raise :class:`~argmap.errors.UnknownIdError` when ``highlight`` names an id not in ``amap``.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act now")
    >>> require_known(["T1"], b.build())
    >>> require_known(["T1", "NOPE"], b.build())
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownIdError: highlight: no statement 'NOPE' in the map
    """
    if highlight is None:
        return
    refs = [highlight] if isinstance(highlight, str) else list(highlight)
    if not refs:
        return
    known = {s.id for s in amap.statements}
    unknown = [str(ref) for ref in refs if ref not in known]
    if unknown:
        shown = ", ".join(repr(ref) for ref in unknown[:10])
        more = f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""
        raise UnknownIdError(f"highlight: no statement {shown}{more} in the map", ids=unknown)
