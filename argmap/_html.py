"""Small HTML fragments for notebook display, shared by every layer.

Results of checks, evaluations, comparisons and worksheets show in Jupyter
as HTML tables built here. Only the standard library is used, every text
cell is escaped, and styles are inline attributes (a notebook may drop
``<style>`` blocks from untrusted output, never ``style=""``).

>>> html = table(["code", "ids"], [["x<y", "C1"]], caption="1 finding")
>>> "<td" in html, "x&lt;y" in html, "x<y" in html, ">1 finding</caption>" in html
(True, True, False, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

__all__ = ["Cell", "chip", "escape", "raw", "table"]

_TH = "text-align:left;padding:.25em .6em;border-bottom:2px solid #999"
_TD = "text-align:left;vertical-align:top;padding:.25em .6em;border-bottom:1px solid #ddd"


class Cell(str):
    """A table cell that is already HTML (built with :func:`chip` or :func:`raw`)."""

    __slots__ = ()


def raw(markup: str) -> Cell:
    """Mark ``markup`` (built from escaped parts) as HTML that :func:`table` keeps as is."""
    return Cell(markup)


def chip(text: str, colour: str) -> Cell:
    """A small coloured label, e.g. a severity or an IN/OUT label.

    >>> chip("OUT", "#b00")
    '<span style="display:inline-block;padding:0 .45em;border-radius:.6em;background:#b00;color:#fff;font-size:11px;font-weight:bold">OUT</span>'
    """  # noqa: E501
    return Cell(
        f'<span style="display:inline-block;padding:0 .45em;border-radius:.6em;'
        f'background:{escape(colour)};color:#fff;font-size:11px;font-weight:bold">'
        f"{escape(text)}</span>"
    )


def _cell(value: object) -> str:
    return value if isinstance(value, Cell) else escape(str(value))


def table(
    columns: Sequence[str], rows: Iterable[Sequence[object]], *, caption: str | None = None
) -> str:
    """An HTML table; cells are escaped unless they are :class:`Cell` values."""
    head = "".join(f'<th style="{_TH}">{escape(c)}</th>' for c in columns)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_TD}">{_cell(v)}</td>' for v in row) + "</tr>"
        for row in rows
    )
    cap = (
        '<caption style="caption-side:top;text-align:left;font-weight:bold;padding:.2em 0">'
        f"{escape(caption)}</caption>"
        if caption
        else ""
    )
    return (
        '<table style="border-collapse:collapse;font-size:13px;margin:.3em 0">'
        f"{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
