"""Worksheets: a map's diagram with numbered empty boxes and the statements listed underneath.

Students place each lettered statement in its numbered box. The boxes keep
their kind (the header and colour say *thesis*, *evidence (statistic)* ...)
as a hint; :attr:`Worksheet.answers` is the key. ``blanks`` picks the boxes
to empty: all of them (the default) or a chosen few ("fill the gaps").

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="Trams"); t = b.thesis("Build the tram")
>>> c = b.claim("It cuts car trips", supports=t)
>>> e = b.evidence("Ridership doubled", supports=c)
>>> w = worksheet(b.build(), seed=1)
>>> [n for n, _ in w.boxes]
[1, 2, 3]
>>> w.statements_list
[('A', 'It cuts car trips'), ('B', 'Ridership doubled'), ('C', 'Build the tram')]
>>> w.answers
{1: 'C', 2: 'A', 3: 'B'}
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal

from argmap._html import table
from argmap.errors import FormatError, RenderError
from argmap.files import write_atomic
from argmap.model import ArgumentMap, Question
from argmap.rendering.display import diagram_html
from argmap.rendering.dot import to_dot
from argmap.rendering.fit import get_medium
from argmap.rendering.graphviz_run import run_graphviz
from argmap.rendering.highlight import Highlight
from argmap.rendering.pages import fit_dots, measured_dots, place_on_paper
from argmap.rendering.svg_safe import clean_svg
from argmap.rendering.themes import get_theme
from argmap.teaching._diagram import draw
from argmap.teaching.layers import layers

__all__ = ["Worksheet", "worksheet"]

#: What a blank box holds: writing lines, as short pieces so that they wrap into three
#: whole lines at any width from 17 to 28 characters.
_BLANK = " ".join(["_____"] * 9)


#: Past this many statements the list is numbered 1, 2, 3 ... instead of lettered.
MAX_LETTERS = 26


def _labels(n: int) -> list[str]:
    """A, B, ... Z for up to 26 statements; 1, 2, ... N for more (never AA, AB ...)."""
    return _letters(n) if n <= MAX_LETTERS else [str(k) for k in range(1, n + 1)]


def _letters(n: int) -> list[str]:
    """A, B, ... Z, AA, AB, ..."""
    out: list[str] = []
    for k in range(n):
        s, k1 = "", k
        while True:
            s = string.ascii_uppercase[k1 % 26] + s
            k1 = k1 // 26 - 1
            if k1 < 0:
                break
        out.append(s)
    return out


@dataclass
class Worksheet:
    """A worksheet built by :func:`worksheet`."""

    map: ArgumentMap = field(repr=False)
    numbers: dict[str, int]
    """Statement id -> the number of its blank box, in reveal order from the thesis."""
    letters: dict[str, str]
    """Statement id -> its letter in the shuffled list."""
    theme: str = "classroom"
    width: int = 28
    title: str | None = None

    @property
    def boxes(self) -> list[tuple[int, str]]:
        """``(number, statement id)`` of each blank box, by number."""
        return sorted((n, ref) for ref, n in self.numbers.items())

    @property
    def statements_list(self) -> list[tuple[str, str]]:
        """``(letter, text)`` of each blanked statement, in the shuffled order."""
        by_id = self.map.statements_by_id()
        pairs = [(letter, by_id[ref].text) for ref, letter in self.letters.items()]
        return sorted(pairs, key=lambda p: (len(p[0]), p[0]))

    @property
    def answers(self) -> dict[int, str]:
        """The key: box number -> letter."""
        return {n: self.letters[ref] for n, ref in self.boxes}

    def blank_map(self) -> ArgumentMap:
        """The map with each blanked statement's words replaced by writing lines."""
        data = self.map.model_copy(deep=True)
        for s in data.statements:
            if s.id in self.numbers:
                s.text = _BLANK
                s.title = None
                s.attributed_to = None
                s.spans = []
        return data

    def dot(self, **options: Any) -> str:
        """DOT text of the worksheet diagram: numbered blank boxes (takes ``to_dot`` options)."""

        marks = self._marks(options.get("theme", self.theme))
        opts: dict[str, Any] = {
            "theme": self.theme,
            "width": self.width,
            "highlight": marks,
            "title": self.title or True,
        }
        opts.update(options)
        return to_dot(self.blank_map(), **opts)

    @property
    def numbered_list(self) -> bool:
        """Whether the statements are numbered (more than 26) rather than lettered."""
        return len(self.letters) > MAX_LETTERS

    def _headings(self) -> dict[str, str]:
        """A page that focuses on a blank box is headed by its number, not its blanked words."""
        return {ref: f"box {n}" for ref, n in self.numbers.items()}

    def _marks(self, theme: str) -> dict[str, Highlight]:

        th = get_theme(theme)
        kinds = {s.id: str(s.kind) for s in self.map.statements}
        word = "box " if self.numbered_list else ""
        # The number badge and the border keep the kind's colour: the kind is a hint.
        return {
            ref: Highlight(color=th.kind_style(kinds[ref]).border, badge=f"{word}{n}", penwidth=1.6)
            for ref, n in self.numbers.items()
        }

    def page_dots(self, fit: str = "a4", **options: Any) -> list[tuple[str, str]]:
        """``(name, DOT)`` of each page of the diagram laid out for ``fit`` (``a4``, ``letter``).

        A map too large for one page is split as :mod:`argmap.rendering.pages`
        splits it (an overview, then a page per main reason); each box keeps
        its number, and a box that folds others away says on which page they are.
        """
        opts: dict[str, Any] = {
            "theme": self.theme,
            "highlight": self._marks(options.get("theme", self.theme)),
            "title": self.title or True,
            "headings": self._headings(),
        }
        opts.update(options)
        return fit_dots(self.blank_map(), fit, **opts)

    def render_pages(self, target: str | Path, *, fit: str = "a4", **options: Any) -> list[Path]:
        """Write the diagram on pages of ``fit``: one PDF, or ``.svg``/``.png`` files.

        A PDF has one real A4 (or Letter) page per part, landscape when wide,
        and needs pypdf (``pip install 'argmap[pdf]'``); other formats write
        the first page to ``target`` and the rest beside it (``sheet-2-C1.svg``).
        Each page is measured after drawing and planned again if its text
        comes out smaller than the medium allows (see
        :func:`argmap.rendering.pages.measured_dots`).
        """
        from argmap.files import write_atomic
        from argmap.rendering.graphviz_run import run_graphviz

        opts: dict[str, Any] = {
            "theme": self.theme,
            "highlight": self._marks(options.get("theme", self.theme)),
            "title": self.title or True,
            "headings": self._headings(),
        }
        opts.update(options)
        dots = measured_dots(self.blank_map(), fit, draw=run_graphviz, **opts)
        path = Path(target)
        fmt = path.suffix.lstrip(".").lower()
        if fmt == "pdf":
            medium = get_medium(fit)
            paper = medium.paper or get_medium("a4").paper
            assert paper is not None
            pdfs = [run_graphviz(dot, "pdf") for _, dot in dots]
            write_atomic(path, place_on_paper(pdfs, paper, turnable=medium.turnable))
            return [path]
        written = []
        for n, (name, dot) in enumerate(dots, start=1):
            out = path if n == 1 else path.with_name(f"{path.stem}-{n}-{name}{path.suffix}")
            data = dot.encode("utf-8") if fmt in ("dot", "gv") else run_graphviz(dot, fmt)
            write_atomic(out, data)
            written.append(out)
        return written

    def render(self, target: str | Path, **options: Any) -> Path | bytes:
        """Write the worksheet: ``.html`` (the page) or ``.svg``/``.png``/``.pdf`` (the diagram)."""
        if str(target).lower().endswith((".html", ".htm")):
            path = Path(target)
            write_atomic(path, self.to_html(**options))
            return path
        return draw(self.dot(**options), target)

    def to_svg(self, **options: Any) -> str:
        """The worksheet diagram as SVG text (needs Graphviz)."""
        return run_graphviz(self.dot(**options), "svg").decode("utf-8")

    def to_markdown(self, *, answer_key: bool = False) -> str:
        """The statement list (and the key) as Markdown, for a page that shows the diagram."""
        out = [f"## {_md(self._heading())}", "", _INSTRUCTIONS, ""]
        for letter, text in self.statements_list:
            out.append(f"- **{letter}.** {_md(text)}")
        if answer_key:
            out += ["", "### Key", "", ", ".join(f"{n}: {x}" for n, x in self.answers.items())]
        return "\n".join(out) + "\n"

    def to_html(self, *, answer_key: bool = False, fit: str | None = None) -> str:
        """A print-friendly page: the blank diagram with the lettered statements underneath.

        ``fit="a4"`` (or ``"letter"``) prints on that paper: the diagram is
        laid out for the page, split over several pages when it needs them,
        each part on a page of its own, then the list.
        """
        from argmap.rendering.graphviz_run import run_graphviz

        if fit is None:
            svg = clean_svg(self.to_svg(title=False))
            paper = ""
        else:
            medium = get_medium(fit)
            dots = measured_dots(
                self.blank_map(),
                fit,
                draw=run_graphviz,
                theme=self.theme,
                highlight=self._marks(self.theme),
                title=False,
                headings=self._headings(),
            )
            svg = "".join(
                f'<div class="sheet-page">{clean_svg(run_graphviz(dot, "svg").decode("utf-8"))}'
                "</div>"
                for _, dot in dots
            )
            size = "A4" if medium.name == "a4" else "letter"
            paper = f"@page {{ size: {size}; margin: 1cm; }}"
        items = "\n".join(
            f'<li><span class="letter">{escape(letter)}</span> {escape(text)}'
            f'<span class="box">box&nbsp;___</span></li>'
            for letter, text in self.statements_list
        )
        key = ""
        if answer_key:
            pairs = ", ".join(f"{n}&nbsp;→&nbsp;{escape(x)}" for n, x in self.answers.items())
            key = f'<section class="key"><h2>Key</h2><p>{pairs}</p></section>'
        return _PAGE.format(
            title=escape(self._heading()),
            instructions=escape(_NUMBER_INSTRUCTIONS if self.numbered_list else _INSTRUCTIONS),
            svg=svg,
            items=items,
            key=key,
            paper=paper,
        )

    def _repr_html_(self) -> str:
        """The sheet in a notebook: heading, the blank diagram fitted to the width, the list."""
        try:
            drawn = diagram_html(self.to_svg(title=False), label="worksheet")
        except RenderError as exc:
            drawn = f"<p><em>No diagram: {escape(str(exc))}</em></p>"
        listed = table(("", "statement"), self.statements_list)
        return (
            f'<div class="argmap-worksheet"><h3 style="margin:.2em 0">{escape(self._heading())}'
            f"</h3><p>{escape(_INSTRUCTIONS)}</p>{drawn}{listed}</div>"
        )

    def _heading(self) -> str:
        src = self.title or self.map.source.title
        return f"Worksheet: {src}" if src else "Worksheet"


_INSTRUCTIONS = (
    "Write the letter of each statement in its numbered box. The box headers say what kind "
    "of statement goes there; arrows point from a reason to what it supports, bars mark an "
    "attack."
)

_NUMBER_INSTRUCTIONS = (
    "Write the number of each statement in its box (box 1, box 2 ...). The box headers say "
    "what kind of statement goes there; arrows point from a reason to what it supports, bars "
    "mark an attack."
)

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: Helvetica, Arial, sans-serif; margin: 1.5rem auto; max-width: 60rem;
       color: #1a1a1a; }}
h1 {{ font-size: 1.4rem; margin-bottom: .2rem; }}
.name {{ margin: .4rem 0 1rem; }}
.diagram svg {{ max-width: 100%; height: auto; }}
ol.statements {{ list-style: none; padding: 0; columns: 2; column-gap: 2rem; }}
ol.statements li {{ break-inside: avoid; margin: 0 0 .6rem; line-height: 1.35; }}
.letter {{ display: inline-block; min-width: 1.6rem; font-weight: bold; }}
.box {{ display: block; color: #555; font-size: .85em; margin-left: 1.6rem; }}
.key {{ break-before: page; }}
.sheet-page {{ break-after: page; page-break-after: always; }}
.sheet-page svg {{ max-width: 100%; max-height: 23cm; height: auto; }}
{paper}
@media print {{ body {{ margin: 0; max-width: none; }} .diagram {{ break-after: page; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="name">Name: ____________________ &nbsp; Date: ____________</p>
<p>{instructions}</p>
<div class="diagram">{svg}</div>
<h2>Statements</h2>
<ol class="statements">
{items}
</ol>
{key}
</body>
</html>
"""


def _md(text: str) -> str:
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in " ".join(text.split()))


def worksheet(
    amap: ArgumentMap,
    *,
    blanks: Literal["all"] | Iterable[str] | None = None,
    seed: int = 0,
    theme: str = "classroom",
    width: int = 28,
    title: str | None = None,
) -> Worksheet:
    """A worksheet from ``amap``: numbered blank boxes and the statements shuffled underneath.

    ``blanks`` is ``None`` or ``"all"`` (every statement) or the ids to
    blank (a "fill the gaps" sheet; unknown ids raise
    :class:`~argmap.errors.FormatError` naming them). Boxes are numbered
    from the thesis outwards (see :mod:`argmap.teaching.layers`); the list
    is shuffled with ``seed``, so the same seed gives the same sheet. Open
    questions are never blanked.
    """
    statements = [s.id for s in amap.statements if not isinstance(s, Question)]
    if blanks is None or blanks == "all":
        chosen = set(statements)
    else:
        wanted = [blanks] if isinstance(blanks, str) else list(blanks)
        unknown = [b for b in wanted if b not in statements]
        if unknown:
            raise FormatError(
                f"cannot blank {', '.join(map(repr, unknown))}: no such statement in the map"
            )
        if not wanted:
            raise FormatError("blanks is empty: name the statements to blank, or use 'all'")
        chosen = set(wanted)
    ordered = [ref for layer in layers(amap) for ref in layer if ref in chosen]
    numbers = {ref: n for n, ref in enumerate(ordered, start=1)}
    shuffled = list(ordered)
    random.Random(seed).shuffle(shuffled)
    letters = dict(zip(shuffled, _labels(len(shuffled)), strict=True))
    return Worksheet(
        map=amap, numbers=numbers, letters=letters, theme=theme, width=width, title=title
    )
