"""Cutting a source text into paragraphs and highlight segments.

Spans may overlap or nest, and one span may be shared by several
statements. Cutting the text at every span boundary gives flat segments,
each covered by a fixed set of statements, so the page never needs
crossing elements.

>>> text = "Seoul ended the pact. Tokyo regretted it."
>>> spans = [Anchor(0, 21, "T1"), Anchor(6, 20, "C1")]
>>> for s in segments(text, spans, 0, len(text)):
...     print(repr(s.text), s.ids)
'Seoul ' ('T1',)
'ended the pact' ('C1', 'T1')
'.' ('T1',)
' Tokyo regretted it.' ()
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argmap.model import find_quote

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["Anchor", "Segment", "paragraph_segments", "paragraphs", "place_spans", "segments"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Anchor:
    """One span of one statement, placed in the text: ``text[start:end]``."""

    start: int
    end: int
    statement: str


@dataclass(frozen=True)
class Segment:
    """A stretch of text covered by the same statements all along.

    ``ids`` lists the covering statements, most specific (shortest span) first.
    """

    start: int
    end: int
    text: str
    ids: tuple[str, ...]


def place_spans(amap: ArgumentMap, text: str) -> tuple[list[Anchor], list[str]]:
    """The anchors of every span found in ``text``, and the ids of statements with none.

    A span whose offsets do not read its quote is looked up by its quote; a
    span found nowhere is left out, so its statement counts as unanchored.
    """
    anchors: list[Anchor] = []
    unanchored: list[str] = []
    for s in amap.statements:
        placed = False
        for span in s.spans:
            where = span.offsets
            if where is None or text[where[0] : where[1]] != span.quote:
                where = find_quote(text, span.quote, near=span.start or 0)
            if where is not None:
                anchors.append(Anchor(where[0], where[1], s.id))
                placed = True
        if not placed:
            unanchored.append(s.id)
    return anchors, unanchored


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph: runs of text between blank lines.

    >>> paragraphs("One.\\n\\n  \\nTwo\\nlines.\\n")
    [(0, 4), (9, 19)]
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    result = []
    for start, end in out:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            result.append((start, end))
    return result


def segments(text: str, anchors: list[Anchor], start: int, end: int) -> list[Segment]:
    """Cut ``text[start:end]`` at every anchor boundary inside it.

    Neighbouring segments covered by the same statements are merged. One
    sweep over the boundaries in order: the cost grows with the number of
    anchors times the number covering each point, not with its square.
    """
    inside: list[Anchor] = []
    # The rank used for ``ids`` (shortest, then earliest, then by id), on the anchor as given.
    rank: list[tuple[int, int, str]] = []
    for x in anchors:
        if x.start < end and x.end > start:
            inside.append(Anchor(max(x.start, start), min(x.end, end), x.statement))
            rank.append((x.end - x.start, x.start, x.statement))
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for n, x in enumerate(inside):
        opening.setdefault(x.start, []).append(n)
        closing.setdefault(x.end, []).append(n)
    ordered = sorted({start, end, *opening, *closing})
    active: set[int] = set()
    out: list[Segment] = []
    for a, b in itertools.pairwise(ordered):
        active.difference_update(closing.get(a, ()))
        active.update(opening.get(a, ()))
        covering = sorted(active, key=rank.__getitem__)
        ids = tuple(dict.fromkeys(inside[n].statement for n in covering))
        if out and out[-1].ids == ids and out[-1].end == a:
            prev = out.pop()
            out.append(Segment(prev.start, b, text[prev.start : b], ids))
        else:
            out.append(Segment(a, b, text[a:b], ids))
    return out


def paragraph_segments(
    text: str, anchors: list[Anchor]
) -> list[tuple[tuple[int, int], list[Segment]]]:
    """Each paragraph of ``text`` with its :func:`segments`.

    Each anchor is handed only to the paragraphs it overlaps (found by
    bisection), so a long text with many paragraphs costs time near-linear in
    its anchors.

    >>> text = "One two.\\n\\nThree."
    >>> [(p, [s.ids for s in segs]) for p, segs in paragraph_segments(text, [Anchor(0, 3, "T1")])]
    [((0, 8), [('T1',), ()]), ((10, 16), [()])]
    """
    paras = paragraphs(text)
    starts = [p[0] for p in paras]
    buckets: list[list[Anchor]] = [[] for _ in paras]
    for a in anchors:
        first = max(0, bisect.bisect_right(starts, a.start) - 1)
        n = first
        while n < len(paras) and paras[n][0] < a.end:
            if paras[n][1] > a.start:
                buckets[n].append(a)
            n += 1
    return [(p, segments(text, bucket, *p)) for p, bucket in zip(paras, buckets, strict=True)]
