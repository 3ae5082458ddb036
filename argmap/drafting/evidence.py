"""What reads as evidence: numbers, studies, examples and past events.

:func:`numbers` finds a percentage, an amount, a count or a rate;
:func:`is_past` a past-tense or present-perfect verb; :func:`evidence_cue`
puts them together with the study, example and common-ground cues into an
evidence type for a unit of the author's.

>>> from argmap.drafting.lexicon import lower, tokens
>>> is_past(lower(tokens("The council voted in 2019."))), is_past(lower(tokens("It works.")))
(True, False)
"""

from __future__ import annotations

import re
from itertools import pairwise

from argmap.drafting import cues
from argmap.drafting.lexicon import fold
from argmap.drafting.reading import Unit, anywhere

__all__ = ["evidence_cue", "is_past", "number_cue", "numbers", "past"]

_DIGIT = re.compile(r"\d")
_PERFECT_AUX = frozenset({"has", "have"})
_FIRST_PERSON = frozenset({"i", "my", "me", "myself"})
_ADVERBS = frozenset({"often", "also", "always", "never", "still", "not", "already", "now"})
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "-", "—", "–"})
_PAST_AUX = frozenset({"was", "were", "had", "did"})
_MODALS = frozenset({"will", "would", "could", "should", "must", "may", "might", "can"})
_EVIDENCE_WORDS = (
    ("statistic", "statistic", "number"),
    ("study", "study", "research"),
    ("example", "example", "example marker"),
    ("common", "common_ground", "appeal to common ground"),
)


def number_cue(u: Unit) -> str:
    """A percentage, an amount, a count or a rate in the unit, else ``""``."""
    return numbers(u)[0]


def evidence_cue(u: Unit) -> tuple[str, str] | None:
    """``(evidence type, cue)`` when the unit reads as evidence, else ``None``."""
    if u.recommendation or u.stance:
        return None
    text = u.text
    has_digit = _DIGIT.search(text) is not None
    number = number_cue(u)
    if number:
        return "statistic", f"number ({number!r})"
    for name, kind, what in _EVIDENCE_WORDS:
        phrase = anywhere(u, name)
        if phrase:
            return kind, f"{what} ({phrase!r})"
    low = u.low
    if u.evaluation or _MODALS.intersection(u.lowset) or not past(u):
        return None
    if _FIRST_PERSON.intersection(low):
        return "fact", "the author's own experience (first person, past tense)"
    year = cues.YEAR.search(text) if has_digit else None
    when = year.group(0) if year else anywhere(u, "time")
    if when:
        return "fact", f"dated event ({when!r}, past tense)"
    start = u.start
    if any(_is_name(w, before) for before, w in pairwise(u.words[start:])):
        return "fact", "past event with a named party"
    return None


def past(u: Unit) -> bool:
    """:func:`is_past` of the unit's words, worked out once."""
    if "past" not in u.memo:
        u.memo["past"] = is_past(u.low, u.words)
    return bool(u.memo["past"])


def numbers(u: Unit) -> tuple[str, bool, bool]:
    """(the first number cue, a percentage or amount, a count or rate), worked out once."""
    found = u.memo.get("numbers")
    if found is None:
        text = u.text
        digit = _DIGIT.search(text) is not None
        stat = next((m for p in cues.STATISTIC if digit and (m := p.search(text))), None)
        count = None
        if digit or not cues.NUMBER_WORDS.isdisjoint(u.lowset):
            folded = fold(text)
            count = next(
                (
                    m
                    for p, needs in zip(cues.COUNTS, cues.COUNT_NEEDS, strict=True)
                    if (not needs or any(w in folded for w in needs)) and (m := p.search(text))
                ),
                None,
            )
        first = stat or count
        found = (first.group(0).strip() if first else "", stat is not None, count is not None)
        u.memo["numbers"] = found
    return found  # type: ignore[return-value]


def is_past(low: list[str], words: list[str] | None = None) -> bool:
    """Whether the words tell of a past event (a past-tense or present-perfect verb).

    A capitalised "-ed" word inside the sentence is part of a name ("the
    Armed Forces"), not a verb.
    """
    if not _PAST_AUX.isdisjoint(low) or not cues.IRREGULAR_PAST.isdisjoint(low):
        return True
    before = ""
    for i, w in enumerate(low):
        if (
            len(w) > 4
            and w.endswith("ed")
            and w not in cues.NOT_PAST_ED
            and before not in cues.NOT_BEFORE_PAST
            and not (words is not None and i and words[i][:1].isupper())
        ):
            return True
        if not (w.endswith("ly") or w in _ADVERBS):  # "is often assumed": look past "often"
            before = w
    if _PERFECT_AUX.intersection(low):
        return any(w.endswith(("ed", "en")) and len(w) > 4 for w in low)
    return False


def _is_name(word: str, before: str) -> bool:
    """A capitalised word inside the sentence that is not "I" or a quotation's start."""
    return word[:1].isupper() and word != "I" and before not in _OPENERS
