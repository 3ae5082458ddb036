"""Pairing a student's statements with a reference map's, one to one.

Two passes, each greedy on a descending score with a threshold:

1. **Spans**: statements anchored to overlapping stretches of the same
   editorial are paired by the Jaccard index of the characters they cover
   (shared characters over characters covered by either), at least
   :data:`SPAN_THRESHOLD`. Highlighting the same sentence is the surest
   sign two statements are one.
2. **Wording**: what is left (implicit premises, statements without spans,
   spans that miss) is paired by :func:`text_similarity`, at least
   :data:`TEXT_THRESHOLD`.

Ties are broken by the other score, then by map order, so the result never
depends on dictionary order. Each pair carries the reason it was made
("spans overlap 82%", "wording 71% similar").

>>> from argmap.model import MapBuilder
>>> r = MapBuilder(); _ = r.thesis("Seoul should reconsider leaving the pact")
>>> s = MapBuilder(); _ = s.thesis("Seoul ought to reconsider leaving the pact")
>>> [(m.student, m.reference, m.reason) for m in align(s.build(), r.build())]
[('T1', 'T1', 'wording 89% similar')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from argmap.lexicon import STOPWORDS, stem
from argmap.model import ArgumentMap, Question, StatementBase

__all__ = [
    "COMMON_WORD",
    "SPAN_THRESHOLD",
    "TEXT_THRESHOLD",
    "Match",
    "align",
    "span_overlap",
    "text_similarity",
]

#: Least character-range Jaccard index for two statements to pair by spans.
SPAN_THRESHOLD = 0.3
#: Least :func:`text_similarity` for two statements to pair by wording.
TEXT_THRESHOLD = 0.45
#: A word (or stem) found in more reference statements than this does not by
#: itself make two statements candidates for pairing by wording. Maps of up to
#: this many statements are compared pair by pair as before; larger ones stay
#: near-linear, since only pairs sharing a rarer word are scored.
COMMON_WORD = 200

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Match:
    """One student statement paired with one reference statement, and why."""

    student: str
    reference: str
    by: Literal["spans", "wording"]
    score: float
    span_score: float
    text_score: float

    @property
    def reason(self) -> str:
        """Why the two were paired, e.g. ``"spans overlap 82%"``."""
        if self.by == "spans":
            return f"spans overlap {self.span_score:.0%}"
        return f"wording {self.text_score:.0%} similar"


def _ranges(s: StatementBase) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(o for sp in s.spans if (o := sp.offsets) is not None):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _covered(ranges: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in ranges)


def span_overlap(a: StatementBase, b: StatementBase) -> float:
    """Jaccard index of the source characters ``a`` and ``b`` cover (0 without spans).

    >>> from argmap.model import Claim, Span
    >>> a = Claim(id="A", text="x", spans=[Span(start=0, end=10, quote="0123456789")])
    >>> b = Claim(id="B", text="y", spans=[Span(start=5, end=15, quote="5678901234")])
    >>> round(span_overlap(a, b), 2)
    0.33
    """
    ra, rb = _ranges(a), _ranges(b)
    if not ra or not rb:
        return 0.0
    shared = 0
    for s1, e1 in ra:
        for s2, e2 in rb:
            shared += max(0, min(e1, e2) - max(s1, s2))
    union = _covered(ra) + _covered(rb) - shared
    return shared / union if union else 0.0


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _stems(text: str) -> set[str]:
    # The content words, stemmed as the teaching checks stem them.
    return {stem(w) for w in _words(text) if w not in STOPWORDS}


def text_similarity(a: str, b: str) -> float:
    """How alike two wordings are, from 0 to 1.

    The larger of two measures: the Dice coefficient of the content-word
    stems (robust to reordering and to added function words) and the
    :class:`difflib.SequenceMatcher` ratio of the sequences of lower-cased
    words (rewards the same words in the same order).

    >>> text_similarity("The boycott spread", "A boycott has spread")
    1.0
    >>> text_similarity("Ties are fraying", "Missiles were fired") < 0.3
    True
    """
    return _similarity((_words(a), _stems(a)), (_words(b), _stems(b)))


_Tokens = tuple[list[str], set[str]]


def _similarity(a: _Tokens, b: _Tokens, floor: float = 0.0) -> float:
    """:func:`text_similarity` of tokenised texts; values under ``floor`` may come out lower."""
    (wa, sa), (wb, sb) = a, b
    dice = 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0
    # Word by word, not letter by letter: letters make unrelated short texts look alike.
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    if max(dice, matcher.real_quick_ratio()) < floor or matcher.quick_ratio() <= dice:
        return dice  # the exact ratio cannot beat what we have (or reach the floor)
    return max(dice, matcher.ratio())


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _comparable(m: ArgumentMap) -> list[StatementBase]:
    # Open critical questions are not part of the argument being compared.
    return [s for s in m.statements if not isinstance(s, Question)]


def align(
    student: ArgumentMap,
    reference: ArgumentMap,
    *,
    span_threshold: float = SPAN_THRESHOLD,
    text_threshold: float = TEXT_THRESHOLD,
) -> list[Match]:
    """Pair ``student``'s statements with ``reference``'s, one to one (see the module doc).

    Matches come in reference map order. Spans are compared only when both
    maps anchor to the same text: the same ``source.text``, or, when
    neither carries it, the same ``source.text_file``.
    """
    studs, refs = _comparable(student), _comparable(reference)
    tokens = {("s", x.id): (_words(x.text), _stems(x.text)) for x in studs}
    tokens |= {("r", x.id): (_words(x.text), _stems(x.text)) for x in refs}

    # The same words, however spaced or cased, pair even when they hold no word
    # token at all (":", an emoji, a number with its sign).
    plain = {("s", x.id): _plain(x.text) for x in studs} | {
        ("r", x.id): _plain(x.text) for x in refs
    }

    def similar(s: StatementBase, r: StatementBase, floor: float = 0.0) -> float:
        if plain["s", s.id] == plain["r", r.id]:
            return 1.0
        return _similarity(tokens["s", s.id], tokens["r", r.id], floor)

    same_text = _same_source(student, reference)
    s_pos = {s.id: n for n, s in enumerate(studs)}
    r_pos = {s.id: n for n, s in enumerate(refs)}
    Cand = tuple[float, float, StatementBase, StatementBase]
    taken_s: set[str] = set()
    taken_r: set[str] = set()
    found: list[Match] = []

    def greedy(by: Literal["spans", "wording"], pool: list[Cand]) -> None:
        def key(c: Cand) -> tuple[float, ...]:
            scores = (c[0], c[1]) if by == "spans" else (c[1], c[0])
            return (-scores[0], -scores[1], r_pos[c[3].id], s_pos[c[2].id])

        for span, text, s, r in sorted(pool, key=key):
            if s.id in taken_s or r.id in taken_r:
                continue
            taken_s.add(s.id)
            taken_r.add(r.id)
            score = span if by == "spans" else text
            found.append(Match(s.id, r.id, by, round(score, 4), round(span, 4), round(text, 4)))

    # Wording is compared only where it is needed (a tie-break among span
    # candidates, then the pairs left over): the costly part stays small.
    by_span: list[Cand] = []
    if same_text:
        for s, r in _overlapping(studs, refs):
            span = span_overlap(s, r)
            if span >= span_threshold:
                by_span.append((span, similar(s, r), s, r))
    greedy("spans", by_span)
    by_text: list[Cand] = []
    left = [r for r in refs if r.id not in taken_r]
    index: dict[str, list[int]] = {}
    for n, r in enumerate(left):
        words, stems = tokens["r", r.id]
        for token in {*("w" + w for w in words), *("s" + x for x in stems), "t" + plain["r", r.id]}:
            index.setdefault(token, []).append(n)
    for s in studs:
        if s.id in taken_s:
            continue
        words, stems = tokens["s", s.id]
        near: set[int] = set()
        for token in {*("w" + w for w in words), *("s" + x for x in stems), "t" + plain["s", s.id]}:
            posting = index.get(token, ())
            if len(posting) <= COMMON_WORD:
                near.update(posting)
        for n in sorted(near):
            r = left[n]
            text = similar(s, r, text_threshold)
            if text >= text_threshold:
                by_text.append((span_overlap(s, r) if same_text else 0.0, text, s, r))
    greedy("wording", by_text)
    return sorted(found, key=lambda m: r_pos[m.reference])


def _overlapping(
    studs: list[StatementBase], refs: list[StatementBase]
) -> list[tuple[StatementBase, StatementBase]]:
    """The (student, reference) pairs whose spans share at least one character.

    One sweep over the spans in order of their start, so the cost grows with
    the spans and the overlapping pairs, not with every pair of statements.
    Pairs come in student, then reference map order.
    """
    events: list[tuple[int, int, int, int]] = []  # start, end, side, position
    for side, group in enumerate((studs, refs)):
        for n, x in enumerate(group):
            events.extend((start, end, side, n) for start, end in _ranges(x))
    events.sort()
    active: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    pairs: set[tuple[int, int]] = set()
    for start, end, side, n in events:
        other = [(e, m) for e, m in active[1 - side] if e > start]
        active[1 - side][:] = other
        for _, m in other:
            pairs.add((n, m) if side == 0 else (m, n))
        active[side].append((end, n))
    return [(studs[a], refs[b]) for a, b in sorted(pairs)]


def _same_source(a: ArgumentMap, b: ArgumentMap) -> bool:
    ta, tb = a.source.text, b.source.text
    if ta is not None and tb is not None:
        return ta == tb
    fa, fb = a.source.text_file, b.source.text_file
    if fa and fb:
        return _tail(fa) == _tail(fb)
    # Neither says what it anchors to: trust the spans (hand-built maps in tests).
    return ta is None and tb is None and not fa and not fb


def _tail(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
