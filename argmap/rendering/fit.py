"""Layouts for a size: a screen, a slide, an A4 or Letter page.

A diagram drawn at its natural size can be a 7,000-pixel strip whose text
shrinks to a few pixels once fitted to a screen. :func:`choose_layout` picks,
for one medium (:data:`MEDIA`), the rank direction, the wrapping width, the
box text (the full text or only the title) and the type sizes that keep the
smallest text readable once the drawing is scaled to fit: at least 10 px on
a 1920x1080 screen, 12 px on a 16:9 slide, 8 pt on paper. It estimates the
drawing's size from the text (no Graphviz run), as Graphviz's ``dot``
lays boxes out in ranks; :mod:`argmap.rendering.pages` splits a map that no
layout fits into an overview and focused views.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Close the street to cars")
>>> _ = b.claim("It would be safer", supports=t)
>>> lay = choose_layout(b.build().statements, b.build().inferences, "a4")
>>> lay.fits, lay.direction, lay.full_text
(True, 'BT', True)
>>> get_medium("tv")
Traceback (most recent call last):
...
argmap.errors.FormatError: unknown fit 'tv'; use one of: screen, slide, a4, letter
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from argmap.errors import FormatError
from argmap.model import Evidence, Inference, Statement
from argmap.rendering.labels import clean, wrap
from argmap.rendering.legend import LEGEND_FONT, legend_cells

__all__ = [
    "DEFAULT_TYPE",
    "FIT_TYPE",
    "MEDIA",
    "TITLE_WIDTH",
    "Layout",
    "Medium",
    "Typography",
    "choose_layout",
    "estimate_size",
    "get_medium",
    "legend_size",
    "smallest_text",
]

_PT_PER_IN = 72.0
#: Fitted layouts wrap the diagram's title at this many characters.
TITLE_WIDTH = 40


@dataclass(frozen=True)
class Typography:
    """Type sizes of a diagram, in points of the unscaled drawing."""

    text: float = 11
    thesis: float = 12.5
    header: float = 7.5
    note: float = 9
    badge: float = 8.5
    edge: float = 8
    title: float = 16
    subtitle: float = 10

    @property
    def smallest(self) -> float:
        """The smallest size any drawn text uses."""
        return min(self.text, self.thesis, self.header, self.note, self.badge, self.edge)


#: What :func:`argmap.to_dot` uses without ``fit``.
DEFAULT_TYPE = Typography()
#: Type for fitted layouts: the small print (box headers, edge labels) is
#: brought closer to the body text, since scaling to fit shrinks it all alike.
FIT_TYPE = Typography(
    text=12, thesis=13, header=10, note=10, badge=10, edge=10, title=18, subtitle=12
)


@dataclass(frozen=True)
class Medium:
    """Where a diagram is shown: its drawing area and the smallest text it must keep.

    ``area`` is the drawing area in points (72 per inch; a screen's pixels
    are 0.75 pt at 96 dpi); ``paper`` is the page size in points for PDF
    output (``None`` for a screen); ``unit`` and ``per_pt`` say how
    readability is measured (pixels on a 1920x1080 screen, points on paper)
    and ``min_text`` is the threshold in that unit. Paper may be turned to
    landscape.
    """

    name: str
    area: tuple[float, float]
    paper: tuple[float, float] | None
    unit: str
    per_pt: float
    min_text: float
    turnable: bool

    def areas(self) -> list[tuple[float, float]]:
        """The drawing areas to try: as given, and turned when the medium is paper."""
        w, h = self.area
        return [(w, h), (h, w)] if self.turnable else [(w, h)]


_A4 = (595.28, 841.89)
_LETTER = (612.0, 792.0)
_MARGIN = 28.35  # 1 cm

#: The media ``fit`` knows.
MEDIA: dict[str, Medium] = {
    "screen": Medium("screen", (1440.0, 810.0), None, "px", 4 / 3, 10.0, False),
    "slide": Medium("slide", (1440.0, 810.0), (960.0, 540.0), "px", 4 / 3, 12.0, False),
    "a4": Medium("a4", (_A4[0] - 2 * _MARGIN, _A4[1] - 2 * _MARGIN), _A4, "pt", 1.0, 8.0, True),
    "letter": Medium(
        "letter",
        (_LETTER[0] - 2 * _MARGIN, _LETTER[1] - 2 * _MARGIN),
        _LETTER,
        "pt",
        1.0,
        8.0,
        True,
    ),
}


def get_medium(fit: str | Medium) -> Medium:
    """The :class:`Medium` named ``fit`` (``screen``, ``slide``, ``a4``, ``letter``)."""
    if isinstance(fit, Medium):
        return fit
    medium = MEDIA.get(str(fit).lower())
    if medium is None:
        raise FormatError(f"unknown fit {fit!r}; use one of: {', '.join(MEDIA)}")
    return medium


@dataclass(frozen=True)
class Layout:
    """How to draw one view for a medium (see :func:`choose_layout`)."""

    medium: Medium
    direction: str
    width: int
    full_text: bool
    type: Typography
    area: tuple[float, float]
    """The drawing area chosen (turned for landscape paper), in points."""
    estimate: tuple[float, float]
    """The estimated natural size of the drawing, in points."""
    smallest_text: float
    """The estimated smallest text once scaled to fit, in the medium's unit."""

    @property
    def fits(self) -> bool:
        """Whether the smallest text is estimated to stay readable."""
        return self.smallest_text >= self.medium.min_text

    @property
    def landscape(self) -> bool:
        """Whether the area is wider than tall."""
        return self.area[0] > self.area[1]

    def size_attr(self) -> str:
        """Graphviz's ``size`` value: the area in inches, ``!`` to scale up as well as down.

        Small drawings are not blown up past 1.6 times their natural size.
        """
        w, h = self.area
        scale = min(w / self.estimate[0], h / self.estimate[1])
        if scale > 1.6:
            w, h = (w * 1.6 / scale, h * 1.6 / scale)
        return f"{w / _PT_PER_IN:.2f},{h / _PT_PER_IN:.2f}!"


#: Candidate layouts, in order of preference: full text first, the thesis on
#: top first, wider lines first.
_CANDIDATES: tuple[tuple[str, int, bool], ...] = (
    ("BT", 28, True),
    ("BT", 22, True),
    ("LR", 28, True),
    ("LR", 22, True),
    ("BT", 18, False),
    ("LR", 18, False),
)
# Headroom over the estimate: dot's layouts come out somewhat larger.
_SAFETY = 1.2


def choose_layout(
    statements: Sequence[Statement],
    inferences: Sequence[Inference],
    fit: str | Medium,
    *,
    type: Typography = FIT_TYPE,
    title: str | None = None,
    badges: dict[str, str] | None = None,
    notes: dict[str, str] | None = None,
    legend: bool = False,
) -> Layout:
    """The preferred layout of these statements that keeps text readable on ``fit``.

    ``title`` is the diagram's title, ``badges`` and ``notes`` the badge
    and note texts of marked boxes, ``legend`` whether the compact legend
    is drawn (all take room).

    When none does, the one with the largest smallest text (``fits`` is
    then false, and the caller should split the view).
    """
    medium = get_medium(fit)
    best: Layout | None = None
    for direction, width, full in _CANDIDATES:
        size = estimate_size(
            statements,
            inferences,
            direction=direction,
            width=width,
            full_text=full,
            type=type,
            title=title,
            badges=badges,
            notes=notes,
            legend=legend,
        )
        for area in medium.areas():
            scale = min(area[0] / size[0], area[1] / size[1])
            smallest = type.smallest * scale * medium.per_pt / _SAFETY
            lay = Layout(medium, direction, width, full, type, area, size, round(smallest, 2))
            if lay.fits:
                return lay
            if best is None or lay.smallest_text > best.smallest_text:
                best = lay
    assert best is not None
    return best


# -- size estimate ----------------------------------------------------------------


def _ranks(boxes: Mapping[str, object], edges: Mapping[str, set[str]]) -> dict[str, int]:
    """Each box's longest path to a sink, in one pass from the sinks (linear time).

    A box on a cycle, or with a path into one, has no longest path: it gets
    ``len(boxes)``, one rank above everything else.

    >>> _ranks({"a": 0, "b": 0, "c": 0}, {"a": {"b"}, "b": {"c"}, "c": set()})
    {'c': 0, 'b': 1, 'a': 2}
    """
    succ = {ref: [t for t in edges.get(ref, ()) if t in boxes] for ref in boxes}
    pred: dict[str, list[str]] = {ref: [] for ref in boxes}
    for ref, targets in succ.items():
        for t in targets:
            pred[t].append(ref)
    left = {ref: len(targets) for ref, targets in succ.items()}
    ready = [ref for ref, n in left.items() if n == 0]
    rank: dict[str, int] = {}
    while ready:
        ref = ready.pop()
        rank[ref] = max((rank[t] + 1 for t in succ[ref]), default=0)
        for p in pred[ref]:
            left[p] -= 1
            if left[p] == 0:
                ready.append(p)
    for ref in boxes:
        rank.setdefault(ref, len(boxes))
    return rank


_CHAR = 0.54  # average Helvetica advance, in ems
_BOLD = 0.6
_CAPS = 0.68
_NODESEP = 0.3 * _PT_PER_IN
_RANKSEP = 0.45 * _PT_PER_IN


def _box(
    s: Statement,
    width: int,
    full: bool,
    ty: Typography,
    badge: str | None = None,
    note: str | None = None,
) -> tuple[float, float]:
    size = ty.thesis if s.kind == "thesis" else ty.text
    head = len(s.kind) + 3
    if isinstance(s, Evidence) and s.evidence_type is not None:
        head += len(s.evidence_type.value)
    title = wrap(s.title, width, max_lines=2) if s.title and clean(s.title) else []
    text = wrap(s.text, width, max_lines=12 if full else 3) if full or not title else []
    who = wrap(f"— {s.attributed_to}", width + 6, max_lines=3) if s.attributed_to else []
    if note:
        who += wrap(note, width + 6, max_lines=3)
    tag = (len(badge) + 5) * _BOLD * ty.badge if badge else 0.0  # "   [badge]" after the kind
    w = max(
        [head * _CAPS * ty.header + tag]
        + [len(line) * _BOLD * size for line in title]
        + [len(line) * _CHAR * size for line in text]
        + [len(line) * _CHAR * ty.note for line in who]
    )
    h = ty.header * 1.3 + (len(title) + len(text)) * size * 1.2 + len(who) * ty.note * 1.2
    return w + 2 * 0.12 * _PT_PER_IN + 4, h + 2 * 0.07 * _PT_PER_IN + 6


def estimate_size(
    statements: Sequence[Statement],
    inferences: Sequence[Inference],
    *,
    direction: str = "BT",
    width: int = 28,
    full_text: bool = True,
    type: Typography = FIT_TYPE,
    title: str | None = None,
    badges: dict[str, str] | None = None,
    notes: dict[str, str] | None = None,
    legend: bool = False,
) -> tuple[float, float]:
    """The natural size (points) ``dot`` is expected to give these statements and inferences.

    Boxes are sized from their wrapped text; ranks follow the longest chain
    of inferences (a linked argument's bar is a rank of its own), as dot
    places them. ``legend`` adds the legend, a row of its own (a column
    when the diagram is drawn sideways).
    """
    marks, lines = badges or {}, notes or {}
    boxes = {
        s.id: _box(s, width, full_text, type, marks.get(s.id), lines.get(s.id)) for s in statements
    }
    edges: dict[str, set[str]] = {ref: set() for ref in boxes}
    by_id = {i.id: i for i in inferences}
    for inf in inferences:
        junction = inf.is_linked or inf.conclusion in by_id
        head = inf.conclusion if inf.conclusion in boxes else f"|{inf.conclusion}"
        if junction:
            bar = f"|{inf.id}"
            boxes.setdefault(bar, (0.42 * _PT_PER_IN, 0.07 * _PT_PER_IN))
            edges.setdefault(bar, set()).add(head)
            for p in inf.premises:
                edges.setdefault(p, set()).add(bar)
        else:
            for p in inf.premises:
                edges.setdefault(p, set()).add(head)
    rank = _ranks(boxes, edges)
    ranks: dict[int, list[tuple[float, float]]] = {}
    for ref, box in boxes.items():
        ranks.setdefault(rank.get(ref, 0), []).append(box)
    rows = list(ranks.values())
    if not rows:  # an empty map: an inch of blank page, its heading (and legend)
        w = h = 1.0 * _PT_PER_IN
    elif direction in ("BT", "TB"):
        w = max(sum(b[0] for b in row) + _NODESEP * (len(row) - 1) for row in rows)
        h = sum(max(b[1] for b in row) for row in rows) + _RANKSEP * (len(rows) - 1)
    else:
        w = sum(max(b[0] for b in row) for row in rows) + _RANKSEP * (len(rows) - 1)
        h = max(sum(b[1] for b in row) + _NODESEP * (len(row) - 1) for row in rows)
    w *= 1.1  # edges and crossings spread the ranks
    heading = wrap(title, TITLE_WIDTH, max_lines=3) if title else []
    w = max([w] + [len(line) * _BOLD * type.title for line in heading])
    h += (len(heading) + 1) * type.title * 1.25 + 2 * 0.25 * _PT_PER_IN
    if legend:  # on a rank of its own, past the last row (or column)
        across = direction in ("BT", "TB")
        key_w, key_h = legend_size(statements, inferences, across=across)
        if across:
            w, h = max(w, key_w), h + key_h + _RANKSEP
        else:
            w, h = w + key_w + _RANKSEP, max(h, key_h)
    return round(w, 1), round(h, 1)


def legend_size(
    statements: Sequence[Statement],
    inferences: Sequence[Inference],
    *,
    across: bool = True,
) -> tuple[float, float]:
    """The size in points of the legend for these statements and inferences.

    The cells of :func:`argmap.rendering.legend.legend_cells` side by side
    (``across``) or one above the other.

    >>> from argmap.model import Thesis, Claim, Inference
    >>> st = [Thesis(id="T1", text="x"), Claim(id="C1", text="y")]
    >>> w, h = legend_size(st, [Inference(id="I1", premises=["C1"], conclusion="T1")])
    >>> 100 < w < 250, 15 < h < 40
    (True, True)
    """
    linked = any(i.is_linked for i in inferences)
    cells = [
        len(c) * (_CAPS if c.isupper() else _CHAR) * LEGEND_FONT + 12
        for c in legend_cells(statements, inferences, linked)
    ]
    row = LEGEND_FONT * 1.2 + 12
    if across:
        return round(sum(cells) + 8, 1), round(row + 8, 1)
    return round(max(cells, default=0.0) + 8, 1), round(row * len(cells) + 8, 1)


_SVG_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
_SVG_SCALE = re.compile(r'id="graph0" class="graph" transform="scale\(([\d.]+)')
_FONT = re.compile(r'font-size="([\d.]+)"')


def smallest_text(svg: str, fit: str | Medium, *, margin: float = _MARGIN) -> float:
    """The smallest text of a Graphviz SVG as shown on ``fit``, in the medium's unit.

    On a screen the drawing is shown whole in a 1920x1080 window (shrunk if
    it is larger); on paper and slides it is centred on the page inside the
    margins, shrunk if needed, as :func:`argmap.rendering.pages.place_on_paper`
    does; a slide is then shown 1920 pixels wide. The font size of each text
    is multiplied by Graphviz's own scale (``size``) and by that fitting.

    >>> svg = '<svg width="720pt" height="360pt" viewBox="0 0 720 360">'
    >>> svg += '<g id="graph0" class="graph" transform="scale(1.5 1.5) rotate(0)">'
    >>> svg += '<text font-size="10.00">a</text><text font-size="8.00">b</text></g></svg>'
    >>> smallest_text(svg, "screen")  # 8 pt x 1.5, shown at 96 dpi
    16.0
    >>> round(smallest_text(svg, "a4"), 2)  # landscape A4: 785 pt of width for 720
    12.0
    """
    medium = get_medium(fit)
    size = _SVG_SIZE.search(svg)
    if size is None:
        raise FormatError("not a Graphviz SVG: no width and height in points")
    w, h = float(size.group(1)), float(size.group(2))
    scaled = _SVG_SCALE.search(svg)
    inner = float(scaled.group(1)) if scaled else 1.0
    fonts = [float(x) for x in _FONT.findall(svg)]
    if not fonts:
        return 0.0
    if medium.paper is None:
        shown = min(1.0, medium.area[0] / w, medium.area[1] / h)
        return min(fonts) * inner * shown * medium.per_pt
    pw, ph = medium.paper
    if medium.turnable and (w > h) != (pw > ph):
        pw, ph = ph, pw
    placed = min(1.0, (pw - 2 * margin) / w, (ph - 2 * margin) / h)
    per = 1920 / pw if medium.unit == "px" else 1.0
    return min(fonts) * inner * placed * per
