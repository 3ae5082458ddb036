"""Reading one unit of text: the cues found in it, before any kind is decided.

A *unit* is a sentence or a clause (see :mod:`argmap.drafting.segment`).
:func:`read_cues` finds the cues of :mod:`argmap.drafting.cues` in a unit
(recommendation, stance, reasons, answers ...). Whether the author answers a
unit is asked in :mod:`argmap.drafting.answers`, whether it reads as
evidence in :mod:`argmap.drafting.evidence`; :mod:`argmap.drafting.features`
decides the kinds from them.

>>> from argmap.drafting.segment import Piece
>>> u = Unit(Piece(0, 35, "Because it works, we should keep it."), 0, 0)
>>> read_cues(u)
>>> u.recommendation, u.reason
(2.0, 'because')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from argmap.drafting import cues
from argmap.drafting.attribution import SPEECH_PHRASES
from argmap.drafting.lexicon import PhraseIndex, first_word, lower, tokens
from argmap.drafting.reports import Report
from argmap.drafting.segment import Piece

__all__ = [
    "Unit",
    "anywhere",
    "at_start",
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
    #: The proposition the unit reports, whoever holds it (see
    #: :mod:`argmap.drafting.reports`), and its holder when no verb of saying named one.
    report: Report | None = None
    holder: str | None = None
    #: The index of the counterclaim this unit was found to answer, if any.
    answers_to: int | None = None
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


def rejection(u: Unit) -> str:
    """ "It's so wrong", "This is nonsense": the author rejects what came before."""
    start = u.start
    if start >= len(u.low) or u.low[start] not in _REJECTING_SUBJECTS:
        return ""
    return next((p for pos, p in u.hits.get("rejection", ()) if pos <= start + 5), "")


def sentence_words(u: Unit, units: list[Unit]) -> list[str]:
    """The words of ``u``'s sentence up to the end of ``u``."""
    k = u.index
    while k and units[k - 1].sentence == u.sentence:
        k -= 1
    return [w for other in units[k : u.index + 1] for w in other.words]
