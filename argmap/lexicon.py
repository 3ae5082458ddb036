"""The English word lists argmap reads text with, kept as data in one place.

Low in the layers (it imports nothing of argmap), so that the checks, the
comparison of maps and the drafter all read text the same way.

- :data:`HEDGES`: phrasings that raise a doubt instead of giving a reason
  (the ``hedged-rebuttal`` check); :data:`DOUBTS`, the plain phrases among
  them, and :data:`DENIALS` are the drafter's cues for a rebuttal.
- :data:`ENGLISH_MARKERS`: the stopwords that tell English prose from other
  languages (the drafter's language check).
- :data:`STOPWORDS` and :data:`SUFFIXES`: what the term-overlap heuristic of
  the teaching checks and the alignment of a student's map ignore and strip.
  :func:`terms` turns a sentence into its key terms: lower-case words, minus
  stopwords and short words, each cut down by a naive suffix-stripping
  stemmer (:func:`stem`) so that "sharing", "shared" and "shares" meet as
  "shar".

>>> sorted(terms("The pact enabled Seoul and Tokyo to share intelligence directly"))
['direct', 'enabl', 'intelligenc', 'pact', 'seoul', 'shar', 'tokyo']
>>> find_hedge("We wonder whether the ban was wise.")
'we wonder'
>>> find_hedge("The ban was unwise.") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "DENIALS",
    "DOUBTS",
    "ENGLISH_MARKERS",
    "HEDGES",
    "HEDGE_WORDS",
    "MIN_LENGTH",
    "STOPWORDS",
    "SUFFIXES",
    "find_hedge",
    "stem",
    "terms",
]

#: Plain phrases that cast doubt on a view without saying what is wrong with
#: it: hedges (see :data:`HEDGES`) and, for the drafter, a rebuttal's cue.
DOUBTS: tuple[str, ...] = (
    "we wonder if",
    "we wonder whether",
    "we doubt",
    "i doubt",
    "it is doubtful",
    "it is hard to believe",
)

#: Plain phrases that reject a view and go on to say why: the drafter's other
#: cue for a rebuttal. Not hedges: they answer.
DENIALS: tuple[str, ...] = (
    "this ignores",
    "that ignores",
    "has yet to be proven",
    "is not supported",
    "is only a correlation",
    "this is not the case",
    "that is not the case",
    "far from",
    "is misguided",
    "is mistaken",
    "does not hold",
)

#: Hedges and question forms, as regular expressions matched on lower-cased
#: text whose curly apostrophes have been straightened; the last ones are
#: :data:`DOUBTS`.
HEDGES: tuple[str, ...] = (
    r"\b(?:we|i|one)\s+(?:wonder|wonders|wondered|are left to wonder)\b",
    r"\bone\s+(?:might|may|could)\s+(?:ask|wonder)\b",
    r"\bcould\s+it\s+be\b",
    r"\bis\s+it\s+not\b",
    r"\b(?:isn't|wasn't|aren't|doesn't|didn't)\s+it\b",
    r"\bit\s+(?:may|might|could)\s+(?:well\s+)?be\b",
    r"\bit\s+is\s+(?:possible|conceivable)\b",
    r"\bit's\s+(?:possible|conceivable)\b",
    r"\b(?:it\s+)?(?:seems|would\s+seem|appears)\s+(?:that|to)\b",
    r"\bremains\s+to\s+be\s+seen\b",
    r"\bperhaps\b",
    r"\bmaybe\b",
    r"\bpossibly\b",
    r"\barguably\b",
    r"\bmight\b",
    r"\?",
    *(r"\b" + r"\s+".join(phrase.split()) + r"\b" for phrase in DOUBTS),
)

#: Every hedge above contains one of these words (or a question mark): a text
#: with none of them is passed over without running the full expression.
_HEDGE_WORD_TEXT = (
    "wonder wonders wondered might may could not isn't wasn't aren't doesn't didn't possible "
    "conceivable seems seem appears remains perhaps maybe possibly arguably doubt doubtful "
    "believe"
)
HEDGE_WORDS: frozenset[str] = frozenset(_HEDGE_WORD_TEXT.split())

_HEDGE_RE = re.compile("|".join(f"(?:{p})" for p in HEDGES))

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can cannot could did do does doing down during
    each even ever every few for from further had has have having he her here hers him his
    how however i if in into is it its itself just least less let like made make many may
    me might more most much must my no nor not now of off on once only or other our ours
    out over own per rather same she should since so some such than that the their theirs
    them then there therefore these they this those though thus to too under until up upon
    us very was we were what when where whether which while who whom whose why will with
    within without would yet you your one two three first also still
    """

#: Function words and argument markers that carry no topic.
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

_ENGLISH_MARKER_TEXT = """
    the a an and or but of to in on at for with by from as is are was were be been being
    it its this that these those there their they them he she his her we our you your i not
    no have has had do does did will would can could should must may might than then if
    which who whom what when where why how all any some more most such only also very
    """

#: The stopwords that tell English from other languages: in English prose they
#: make up roughly 40% of the words, in other languages almost none. (The
#: whole of :data:`STOPWORDS` would not do: "per", "me", "so", "also" and "am"
#: are common words of other European languages.)
ENGLISH_MARKERS: frozenset[str] = frozenset(_ENGLISH_MARKER_TEXT.split())

#: Endings stripped (longest first, once) by :func:`stem`.
SUFFIXES: tuple[str, ...] = (
    "ational",
    "ations",
    "ation",
    "ness",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "est",
    "ly",
    "ed",
    "er",
    "es",
    "s",
)

#: Words shorter than this are not terms.
MIN_LENGTH = 3

# The shortest stem of at least MIN_LENGTH letters, so the longest ending goes.
_SUFFIX_RE = re.compile(
    "^(.{" + str(MIN_LENGTH) + ",}?)(?:" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + ")$"
)

_HEDGE_WORD = re.compile(r"[a-z']+")

# A word, without an English clitic ("pact's" -> "pact").
_WORD = re.compile(r"([a-z0-9]+)(?:'[a-z]+)?")


def _straighten(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def find_hedge(text: str) -> str | None:
    """The first hedge or question form in ``text`` (lower-cased), or ``None``.

    >>> find_hedge("Perhaps, we wonder, it is so?")
    'perhaps'
    """
    flat = _straighten(text).lower()
    if "?" not in flat and HEDGE_WORDS.isdisjoint(_HEDGE_WORD.findall(flat)):
        return None
    m = _HEDGE_RE.search(flat)
    return " ".join(m.group(0).lower().split()) if m else None


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Strip one common English ending and a final "e", keeping at least three letters.

    >>> stem("sharing"), stem("shares"), stem("share"), stem("countries"), stem("pact")
    ('shar', 'shar', 'shar', 'countr', 'pact')
    """
    m = _SUFFIX_RE.match(word)
    if m:
        word = m.group(1)
    if word.endswith("e") and len(word) > MIN_LENGTH:
        word = word[:-1]
    return word


def terms(text: str) -> dict[str, str]:
    """The key terms of ``text``: each stemmed content word, with the word it came from.

    >>> terms("Sharing intelligence; they share it")
    {'shar': 'sharing', 'intelligenc': 'intelligence'}
    """
    out: dict[str, str] = {}
    keep_first = out.setdefault
    # Each word once (in order of first use): a repeated word adds no term.
    for word in dict.fromkeys(_WORD.findall(_straighten(text).lower())):
        term, same = _entry(word)
        if term:
            keep_first(term, same)
    return out


_NO_TERM = ("", "")


@lru_cache(maxsize=1 << 16)
def _entry(word: str) -> tuple[str, str]:
    """``(term, word)`` of a content word, ``("", "")`` for a short word, stopword or number.

    Cached, so the terms of many statements share one copy of each word rather than
    one per statement (on 100,000 statements, ~50 MB of memory less to fill).
    """
    if len(word) < MIN_LENGTH or word in STOPWORDS or word.isdigit():
        return _NO_TERM
    return (stem(word), word)
