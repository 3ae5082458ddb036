"""Whether the author answers a unit: the turn, the rejection, the granted point.

A view the author reports or concedes is a counterclaim when the author
answers it: "..., but", "In practice, ...", "It's so wrong" in the rest of
its sentence, the next sentence or the next paragraph's opening
(:func:`answered`); "On the one hand ..." is answered by a later "On the
other hand" (:func:`paired_answer`). :func:`opposing` and :func:`granted`
find the cues that mark a view as someone else's or as a point granted, and
:func:`cited` the view the author cites in support ("As X argues, ...").

>>> from argmap.drafting.features import read_units
>>> from argmap.drafting.segment import clauses, sentences
>>> text = "Critics say the tax costs jobs. But it pays for schools."
>>> units = read_units([[clauses(s) for s in sentences(text)]])
>>> answered(units[0], units), opposing(units[0], units)
(True, 'critics')
"""

from __future__ import annotations

from argmap.drafting import cues
from argmap.drafting.reading import Unit, at_start, rejection

__all__ = ["answered", "cited", "granted", "opposing", "paired_answer"]

_OPPOSING_REACH = 10  # an opposing-view cue counts in a unit's first words
_REBUTTAL_SPLITS = frozenset({"but", "however", "yet"})
_TURNS = frozenset(cues.TURN)


def answered(u: Unit, units: list[Unit], *, sentences: int = 1) -> bool:
    """Whether what follows ``u`` answers it ("..., but", "In practice, ...").

    The answer is looked for in the rest of ``u``'s sentence and the next
    ``sentences`` sentences of its paragraph, or at the start of the next
    paragraph when the paragraph ends before.
    """
    key = ("answered", sentences)
    if key not in u.memo:
        u.memo[key] = _answered(u, units, sentences)
    return bool(u.memo[key])


def _answered(u: Unit, units: list[Unit], sentences: int) -> bool:
    last = u.sentence + sentences
    for k in range(u.index + 1, min(len(units), u.index + 3 + 2 * sentences)):
        nxt = units[k]
        if nxt.para != u.para and not (
            nxt.para == u.para + 1
            and units[k - 1].sentence <= last - 1 + (sentences == 1)
            and units[k - 1].para == u.para
        ):
            return False  # an answer may open the next paragraph, no later
        if (
            nxt.piece.split in _REBUTTAL_SPLITS
            or at_start(nxt, "rebuttal", reach=1) in _TURNS
            or at_start(nxt, "answer", reach=1)
            or rejection(nxt)
        ):
            return True
        if nxt.sentence >= last:
            return False
    return False


def paired_answer(u: Unit, units: list[Unit]) -> bool:
    """ "On the one hand ..." answered by a later "On the other hand" nearby."""
    for other in units[u.index + 1 :]:
        if other.para > u.para + 1:
            return False
        if at_start(other, "answer", reach=1) == "on the other hand":
            return True
    return False


def granted(u: Unit) -> str:
    """A granting cue: "Yes," at the start, "in theory" within the first words."""
    start = u.start
    for pos, phrase in u.hits.get("granted", ()):
        if pos <= start + 1 or (" " in phrase.strip(" ,") and pos < _OPPOSING_REACH):
            return phrase
    return ""


def _is_amount(word: str) -> bool:
    return word[:1].isdigit() or word in cues.NUMBER_WORDS or word in ("as", "a", "half")


def opposing(u: Unit, units: list[Unit] | None) -> str:
    """The opposing-view cue that makes ``u`` a reported view, else ``""``.

    The cue must open the unit (within its first words); a weak one
    (:data:`cues.ANSWER_NEEDED`) counts only when an answer follows (not
    asked when ``units`` is ``None``); and a
    cue inside the author's own recommendation or stance ("X will not, no
    matter what some may say") does not turn it into someone else's view.
    """
    start = u.start
    words = len(u.low) - (1 if u.low and not u.low[-1][:1].isalnum() else 0)
    for pos, phrase in u.hits.get("opposing", ()):
        ends = pos + len(phrase.split()) == words
        closing = ends and pos and (u.low[pos - 1] == "," or phrase in cues.CLOSING_FRAMES)
        if pos >= _OPPOSING_REACH and not closing:  # "..., you might think."
            continue
        if phrase in cues.ANSWER_NEEDED and units is not None and not answered(u, units):
            continue
        if phrase == "perhaps" and pos + 1 < len(u.low) and _is_amount(u.low[pos + 1]):
            continue  # "perhaps 2,000 people", "perhaps as young as 10": an estimate
        if (u.recommendation or u.stance) and pos > start + 1:
            continue
        end = pos + len(phrase.split())
        if any(w in cues.ERROR_VERBS for w in u.low[end : end + 2]):
            continue  # "such critics forget that ...": the author answers them
        if any(end <= p <= end + 2 for p, _ in u.hits.get("recommendation", ())):
            continue  # "some people need to stand up": a demand on them, not their view
        return phrase
    return ""


def cited(u: Unit, verb: str) -> bool:
    """ "As X argues, ...": the author cites X in support, not as an opponent."""
    first = verb.split()[0]
    if first not in u.low:
        return False
    at = u.low.index(first)
    for w in reversed(u.low[max(0, at - 10) : at]):
        if w == "as":
            return True
        if w in (",", ";", ":", "that"):
            return False
    return False
