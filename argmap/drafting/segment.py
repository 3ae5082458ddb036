"""Cutting a text into paragraphs, sentences and clauses with exact offsets.

Sentences come from nupunkt (an unsupervised Punkt segmenter shipped with a
trained English model; no download, no network). Two adjustments make it fit
opinion prose: its abbreviation list, learned on legal text, is cut down to
the abbreviations newspapers use (it otherwise holds words such as "ago" or
"so", and would not break after them), and a break inside an open quotation
that closes in the next piece is undone, so ``He said "Stop. Now." and left.``
stays one sentence. On Python 3.10, where nupunkt is not available, pysbd is
used instead (slower, same boundaries on the corpora we measured).

Every piece is a :class:`Piece` whose ``start``/``end`` index the original
text exactly: ``text[piece.start:piece.end] == piece.text``.

>>> [p.text for p in sentences("The U.S. said so. Mr. Abe agreed.")]
['The U.S. said so.', 'Mr. Abe agreed.']
>>> [p.text for p in clauses(sentences("Prices rose fast because demand grew.")[0])]
['Prices rose fast', 'because demand grew.']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from argmap.drafting import cues

__all__ = ["Piece", "clauses", "paragraphs", "sentences"]


@dataclass(frozen=True)
class Piece:
    """A stretch of the text: its offsets and its words (``text[start:end]``)."""

    start: int
    end: int
    text: str
    #: The connective that made a clause split (``"because"``), else ``""``.
    split: str = ""


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LIST_ITEM = re.compile(r"\n[ \t]*(?:[-*•–]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
_LEADING_MARKER = re.compile(r"[ \t]*(?:[-*•–]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[Piece]:
    """Paragraphs: blocks separated by blank lines, or lines when there are none.

    List items (lines starting with ``-``, ``*``, ``1.`` ...) are paragraphs of
    their own, without their marker.

    >>> [p.text for p in paragraphs("One.\\n\\nTwo:\\n- a thing\\n- another")]
    ['One.', 'Two:', 'a thing', 'another']
    """
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    blocks: list[tuple[int, int]] = []
    pos = 0
    for m in splitter.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    out: list[Piece] = []
    for b_start, b_end in blocks:
        cuts = [b_start]
        cuts.extend(m.start() + 1 for m in _LIST_ITEM.finditer(text, b_start, b_end))
        cuts.append(b_end)
        for a, b in pairwise(cuts):
            marker = _LEADING_MARKER.match(text, a, b)
            if marker and (a > b_start or len(cuts) > 2):
                a = marker.end()
            s, e = _strip(text, a, b)
            if s < e:
                out.append(Piece(s, e, text[s:e]))
    return out


@lru_cache(maxsize=1)
def _spanner() -> Callable[[str], Iterator[tuple[int, int]]]:
    try:
        import copy

        import nupunkt
    except ImportError:  # Python 3.10: nupunkt needs 3.11
        return _pysbd_spanner()
    tok = copy.deepcopy(nupunkt.load_default_model())
    for abbrev in list(tok._params.abbrev_types):
        if abbrev.isalpha() and abbrev not in cues.ABBREVIATIONS:
            tok.remove_abbreviation(abbrev)
    for abbrev in cues.ABBREVIATIONS:
        tok.add_abbreviation(abbrev)

    def spans(text: str) -> Iterator[tuple[int, int]]:
        return iter(tok.span_tokenize(text))

    return spans


def _pysbd_spanner() -> Callable[[str], Iterator[tuple[int, int]]]:
    import pysbd  # type: ignore[import-untyped, import-not-found, unused-ignore]

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def spans(text: str) -> Iterator[tuple[int, int]]:
        # pysbd slows down badly on very long stretches without a full stop:
        # feed it windows cut at white space (a sentence longer than a window
        # is cut there too).
        start = 0
        while start < len(text):
            end = len(text)
            if end - start > _PYSBD_WINDOW:
                cut = text.rfind(" ", start + _PYSBD_WINDOW // 2, start + _PYSBD_WINDOW)
                end = cut if cut > start else start + _PYSBD_WINDOW
            for s in seg.segment(text[start:end]):
                a = start + s.start
                # pysbd keeps "... the U.S. However, ..." together: an initialism
                # that ends a sentence before a sentence opener is a boundary.
                for m in _INITIALISM_END.finditer(text, a, start + s.end):
                    yield a, m.end()
                    a = m.end()
                yield a, start + s.end
            start = end

    return spans


_PYSBD_WINDOW = 5_000
_INITIALISM_END = re.compile(
    r"\b(?:[A-Z]\.){2,}(?=\s+(?:However|But|Yet|Still|The|This|That|These|Those|It|Its|They|"
    r"We|He|She|In|On|At|As|If|When|While|Although|Meanwhile|Moreover|Indeed|Instead)\b)"
)


_CLOSERS = '"”'


def _open_quotes(s: str) -> int:
    """How many quotations are still open at the end of ``s``."""
    curly = s.count("“") - s.count("”")
    straight = s.count('"') % 2
    return max(curly, 0) + straight


def sentences(para: Piece | str) -> list[Piece]:
    """The sentences of a paragraph (or a text), offsets into the original text.

    >>> [p.text for p in sentences('He said "Stop. Now." and left. She stayed.')]
    ['He said "Stop. Now." and left.', 'She stayed.']
    """
    if isinstance(para, str):
        para = Piece(0, len(para), para)
    base, text = para.start, para.text
    raw = [_strip(text, a, b) for a, b in _spanner()(text)]
    raw = [(a, b) for a, b in raw if a < b]
    merged: list[tuple[int, int]] = []
    for a, b in raw:
        if merged and not text[a:b].strip(_CLOSERS):  # only a closing quotation mark
            merged[-1] = (merged[-1][0], b)
            continue
        closer = a
        while closer < b and text[closer] in _CLOSERS:
            closer += 1
        if merged and closer > a and text[closer].isspace():
            # a closing quotation mark (an opening one is followed by its word)
            # left at the start of the next sentence
            merged[-1] = (merged[-1][0], closer)
            a, b = _strip(text, closer, b)
            if a >= b:
                continue
        if merged:
            pa, pb = merged[-1]
            if _open_quotes(text[pa:pb]) and not _open_quotes(text[pa:b]):
                merged[-1] = (pa, b)
                continue
        merged.append((a, b))
    return [Piece(base + a, base + b, text[a:b]) for a, b in merged]


def clauses(sentence: Piece) -> list[Piece]:
    """Split a sentence that holds two units at a connective (see :mod:`cues`).

    Only splits leaving at least :data:`cues.MIN_CLAUSE_WORDS` words on each
    side are made. A fronted clause ("Although ..., ...") keeps its
    connective in ``split`` of the first part; otherwise the connective opens
    the second part and is its ``split``.

    >>> s = "Although it is costly, it works well."
    >>> [(p.text, p.split) for p in clauses(Piece(0, len(s), s))]
    [('Although it is costly,', 'although'), ('it works well.', '')]
    """
    parts = _split_once(sentence)
    if len(parts) == 1:
        return parts
    return [parts[0], *clauses(parts[1])]


def _split_once(piece: Piece) -> list[Piece]:
    text = piece.text
    cut: tuple[int, str, bool] | None = None
    m = None if piece.split else cues.FRONTED_CLAUSE.match(text)
    if m:
        comma = _top_level_comma(text, m.end())
        if comma is not None:
            cut = (comma + 1, m.group("marker").lower(), True)
    if cut is None:
        best = _INNER_SPLIT.search(text)
        group = best.lastgroup if best is not None else None
        if (
            best is not None
            and group is not None
            and not (
                best.group(group) != ";" and cues.SUBORDINATE_START.match(text[: best.start()])
            )
        ):
            marker = best.group(group).lower()
            at = best.end(group) if marker == ";" else best.start(group)
            cut = (at, marker, False)
    if cut is None:
        return [piece]
    at, marker, fronted = cut
    ls, le = _strip(text, 0, at)
    rs, re_ = _strip(text, at, len(text))
    if min(len(text[ls:le].split()), len(text[rs:re_].split())) < cues.MIN_CLAUSE_WORDS:
        return [piece]
    base = piece.start
    left_split = marker if fronted else piece.split
    right_split = "" if fronted else marker
    return [
        Piece(base + ls, base + le, text[ls:le], left_split),
        Piece(base + rs, base + re_, text[rs:re_], right_split),
    ]


def _inner_split() -> re.Pattern[str]:
    """The connectives of :data:`cues.INNER_SPLITS` as one alternation (one search,
    the earliest match, ties to the earlier pattern, as searching each would give),
    behind a look-ahead for :data:`cues.INNER_SPLIT_START`."""
    parts = []
    for k, p in enumerate(cues.INNER_SPLITS):
        flags = "i" if p.flags & re.IGNORECASE else ""
        parts.append(f"(?{flags}:{p.pattern.replace('(?P<marker>', f'(?P<m{k}>')})")
    return re.compile(f"(?={cues.INNER_SPLIT_START.pattern})(?:{'|'.join(parts)})")


_INNER_SPLIT = _inner_split()


def _top_level_comma(text: str, start: int) -> int | None:
    """The first comma after ``start`` outside brackets and quotes."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "([“":
            depth += 1
        elif ch in ")]”" and depth:
            depth -= 1
        elif ch == "," and depth == 0:
            return i
    return None
