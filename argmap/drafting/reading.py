"""Reading one unit of text: the cues found in it, before any kind is decided.

A *unit* is a sentence or a clause (see :mod:`argmap.drafting.segment`).
:func:`read_cues` finds the cues of :mod:`argmap.drafting.cues` in a unit
(recommendation, stance, reasons, answers ...); the helpers below ask what a
unit and its neighbours signal: an opposing-view cue at its start, an answer
after it, a reported past event. :mod:`argmap.drafting.features` decides the
kinds from them.

>>> from argmap.drafting.segment import Piece
>>> u = Unit(Piece(0, 35, "Because it works, we should keep it."), 0, 0)
>>> read_cues(u)
>>> u.recommendation, u.reason
(2.0, 'because')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from argmap.drafting import cues
from argmap.drafting.attribution import SPEECH_PHRASES
from argmap.drafting.lexicon import PhraseIndex, first_word, lower, tokens
from argmap.drafting.segment import Piece

__all__ = [
    "Unit",
    "answered",
    "anywhere",
    "at_start",
    "cited",
    "evidence_cue",
    "granted",
    "is_past",
    "number_cue",
    "numbers",
    "opposing",
    "paired_answer",
    "past",
    "read_cues",
    "rejection",
    "sentence_words",
    "total",
]

_INDEX = PhraseIndex(
    {
        "recommendation": cues.RECOMMENDATION,
        "stance": cues.AUTHOR_STANCE,
        "evaluation": cues.EVALUATION,
        "conclusion": cues.CONCLUSION,
        "reason": cues.REASON,
        "additive": cues.ADDITIVE,
        "example": cues.EXAMPLE,
        "opposing": cues.OPPOSING_VIEW,
        "rebuttal": cues.REBUTTAL,
        "doubt": cues.DOUBT,
        "study": cues.STUDY,
        "common": cues.COMMON_GROUND,
        "statistic": cues.STATISTIC_WORDS,
        "time": cues.TIME_WORDS,
        "speech": SPEECH_PHRASES,
        "granted": cues.GRANTED,
        "agentless": cues.AGENTLESS_REPORT,
        "answer": cues.ANSWER,
        "rejection": cues.REJECTION,
        "report": cues.UNNAMED_REPORT,
    }
)
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
_MARKER_REACH = 2  # a conclusion marker may follow "and", "so" ...
_OPPOSING_REACH = 10  # an opposing-view cue counts in a unit's first words

_CONCESSIVE = frozenset(cues.CONCESSIVE)
_INNER_CONCLUSION = ("this", "that", "which")
_REASON_SPLITS = frozenset(
    {"because", "since", "given", "given that", "as long as", "in order to", "as"}
)
_CONCLUSION_SPLITS = frozenset(
    {"so", "therefore", "thus", "hence", "and therefore", "and thus", "and so", "and hence"}
)
_REBUTTAL_SPLITS = frozenset({"but", "however", "yet"})
_TURNS = frozenset(cues.TURN)
_REJECTING_SUBJECTS = frozenset({"it", "it's", "this", "that", "that's", "such", "these", "those"})
_EPISTEMIC_MODALS = frozenset({"must", "should", "ought to", "mustn't", "shouldn't"})
#: Past participles that look like the present ("must have cost").
_PARTICIPLES = frozenset(
    "been cost put had made said set hit cut let shut read run come become got".split()  # noqa: SIM905
)


@dataclass
class Unit:
    """One sentence or clause, with what the drafter reads in it."""

    piece: Piece
    para: int
    sentence: int
    index: int = 0
    kind: str = "claim"
    evidence_type: str | None = None
    speaker: str | None = None
    cue: str = "no cue: a plain assertion"
    confidence: float = 0.3
    recommendation: float = 0.0
    stance: float = 0.0
    evaluation: float = 0.0
    conclusion: float = 0.0
    reason: str = ""
    additive: bool = False
    rebuttal: str = ""
    #: Who the unit reports, whatever its kind ends up being: the speaker of
    #: its verb of saying (a pronoun resolved), the verb, and whether a
    #: pronoun speaker had no one to refer to.
    reported: str | None = None
    verb: str = ""
    unresolved: bool = False
    words: list[str] = field(default_factory=list)
    low: list[str] = field(default_factory=list)
    hits: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    #: Index of the first word that is not punctuation, and the set of lower-cased words.
    start: int = 0
    lowset: frozenset[str] = frozenset()
    #: Answers to questions asked of the unit more than once (see :func:`answered`).
    memo: dict[object, object] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.piece.text


def at_start(u: Unit, name: str, reach: int = 0) -> str:
    """The phrase of lexicon ``name`` opening the unit (within ``reach`` more words)."""
    start = u.start
    best = ""
    for pos, phrase in u.hits.get(name, ()):
        if start <= pos <= start + reach and len(phrase) > len(best):
            best = phrase
    return best


def anywhere(u: Unit, name: str) -> str:
    found = u.hits.get(name)
    return found[0][1] if found else ""


def total(u: Unit, name: str, weights: Mapping[str, float]) -> float:
    return sum(weights.get(phrase, 1.0) for _, phrase in u.hits.get(name, ()))


def read_cues(u: Unit) -> None:
    u.words = tokens(u.text)
    u.low = lower(u.words)
    u.start = first_word(u.words)
    u.lowset = frozenset(u.low)
    u.hits = _INDEX.find(u.low)
    u.recommendation = sum(
        cues.RECOMMENDATION.get(phrase, 1.0)
        for pos, phrase in u.hits.get("recommendation", ())
        if not _is_epistemic(u.low, pos, phrase)
    )
    u.stance = total(u, "stance", cues.AUTHOR_STANCE)
    u.evaluation = min(total(u, "evaluation", cues.EVALUATION), 2.0)
    c = at_start(u, "conclusion", reach=_MARKER_REACH)
    inverted = _is_inverted_so(u)
    if inverted and c == "so":
        c = ""
    u.conclusion = cues.CONCLUSION.get(c, 0.0)
    if not c and u.piece.split in _CONCLUSION_SPLITS and not inverted:
        u.conclusion = 1.0
    if not u.conclusion:
        inner = [
            p
            for _, p in u.hits.get("conclusion", ())
            if p.startswith(_INNER_CONCLUSION) or p in cues.INNER_CONCLUSION
        ]
        if inner:
            u.conclusion = cues.CONCLUSION.get(inner[0], 1.0)
    r = at_start(u, "reason")
    if r in cues.PURPOSE and not u.piece.split:
        r = ""  # "In order to X, Y": a purpose of the main clause, not a reason for another
    u.reason = r or (u.piece.split if u.piece.split in _REASON_SPLITS else "")
    u.additive = bool(at_start(u, "additive"))
    rb = (
        at_start(u, "rebuttal")
        or at_start(u, "answer", reach=1)
        or anywhere(u, "doubt")
        or rejection(u)
    )
    u.rebuttal = (
        rb or _holder_in_error(u) or (u.piece.split if u.piece.split in _REBUTTAL_SPLITS else "")
    )


def _holder_in_error(u: Unit) -> str:
    """ "Such critics forget that ...": the author answers the holders of a view."""
    for pos, phrase in u.hits.get("opposing", ()):
        end = pos + len(phrase.split())
        if any(w in cues.ERROR_VERBS for w in u.low[end : end + 2]):
            return f"{phrase} {u.low[end]}"
    return ""


def _is_epistemic(low: list[str], pos: int, phrase: str) -> bool:
    """ "It must have helped", "they should have known": a guess about the past, no demand."""
    after = pos + len(phrase.split())
    if low[after : after + 2] == ["be", "able"]:
        return True  # "they should be able to cope": an expectation
    return (
        phrase in _EPISTEMIC_MODALS
        and after + 1 < len(low)
        and low[after] == "have"
        and (
            low[after + 1].endswith(("ed", "en", "wn", "ne"))
            or low[after + 1] in cues.IRREGULAR_PAST
            or low[after + 1] in _PARTICIPLES
        )
    )


def _is_inverted_so(u: Unit) -> bool:
    """ "So have the others": a leading "so" before an auxiliary means "also"."""
    start = u.start
    low = u.low
    return (
        start + 1 < len(low) and low[start] == "so" and low[start + 1] in cues.INVERTING_AUXILIARIES
    )


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


def rejection(u: Unit) -> str:
    """ "It's so wrong", "This is nonsense": the author rejects what came before."""
    start = u.start
    if start >= len(u.low) or u.low[start] not in _REJECTING_SUBJECTS:
        return ""
    return next((p for pos, p in u.hits.get("rejection", ()) if pos <= start + 5), "")


def paired_answer(u: Unit, units: list[Unit]) -> bool:
    """ "On the one hand ..." answered by a later "On the other hand" nearby."""
    for other in units[u.index + 1 :]:
        if other.para > u.para + 1:
            return False
        if at_start(other, "answer", reach=1) == "on the other hand":
            return True
    return False


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
        counts = digit or not cues.NUMBER_WORDS.isdisjoint(u.lowset)
        count = next((m for p in cues.COUNTS if counts and (m := p.search(text))), None)
        first = stat or count
        found = (first.group(0).strip() if first else "", stat is not None, count is not None)
        u.memo["numbers"] = found
    return found  # type: ignore[return-value]


def is_past(low: list[str], words: list[str] | None = None) -> bool:
    """Whether the words tell of a past event (a past-tense or present-perfect verb).

    A capitalised "-ed" word inside the sentence is part of a name ("the
    Armed Forces"), not a verb.
    """
    before = ""
    for i, w in enumerate(low):
        if w in _PAST_AUX or w in cues.IRREGULAR_PAST:
            return True
        if (
            len(w) > 4
            and w.endswith("ed")
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


def sentence_words(u: Unit, units: list[Unit]) -> list[str]:
    """The words of ``u``'s sentence up to the end of ``u``."""
    k = u.index
    while k and units[k - 1].sentence == u.sentence:
        k -= 1
    return [w for other in units[k : u.index + 1] for w in other.words]


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
