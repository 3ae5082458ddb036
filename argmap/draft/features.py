"""What each unit of text signals: the cues found in it and the kind they suggest.

A *unit* is a sentence or a clause (see :mod:`argmap.draft.segment`).
:func:`read_units` finds the cues of :mod:`argmap.draft.cues` in every unit
and proposes a kind, an evidence type and a speaker, each with the cue that
produced it and a confidence. Placing the thesis and the inferences is left
to :mod:`argmap.draft.heuristic`, which sees the units together.

>>> from argmap.draft.segment import Piece
>>> [u] = read_units([[[Piece(0, 32, "Critics say the plan costs jobs.")]]])
>>> u.kind, u.speaker, u.cue
('counterclaim', 'Critics', "reported opposing view ('Critics')")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from argmap.draft import cues
from argmap.draft.attribution import PRONOUNS, find_speaker, is_contention
from argmap.draft.segment import Piece

__all__ = ["Unit", "answers", "read_units"]

_RECOMMENDATION = cues.compile_lexicon(cues.RECOMMENDATION)
_STANCE = cues.compile_lexicon(cues.AUTHOR_STANCE)
_EVALUATION = cues.compile_lexicon(cues.EVALUATION)
_CONCLUSION_START = cues.compile_lexicon(cues.CONCLUSION, start=True)
_CONCLUSION_INNER = cues.compile_lexicon(
    [c for c in cues.CONCLUSION if c.startswith(("this", "that", "which"))]
)
_REASON_START = cues.compile_lexicon(cues.REASON, start=True)
_ADDITIVE_START = cues.compile_lexicon(cues.ADDITIVE, start=True)
_EXAMPLE = cues.compile_lexicon(cues.EXAMPLE)
_OPPOSING = cues.compile_lexicon(cues.OPPOSING_VIEW)
_REBUTTAL_START = cues.compile_lexicon(cues.REBUTTAL, start=True)
_DOUBT = cues.compile_lexicon(cues.DOUBT)
_STUDY = cues.compile_lexicon(cues.STUDY)
_COMMON = cues.compile_lexicon(cues.COMMON_GROUND)
_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")
_PAST = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<=[\w,;] )[A-Z][a-z]+")
_MODAL = re.compile(r"\b(?:will|would|could|should|must|may|might|can)\b", re.IGNORECASE)
_OPPOSING_REACH = 60  # an opposing-view cue counts in a unit's first characters

_CONCESSIVE = frozenset(cues.CONCESSIVE)
_REASON_SPLITS = frozenset({"because", "since", "given", "given that", "as long as"})
_CONCLUSION_SPLITS = frozenset(
    {"so", "therefore", "thus", "hence", "and therefore", "and thus", "and so", "and hence"}
)
_REBUTTAL_SPLITS = frozenset({"but", "however", "yet"})


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
    hits: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.piece.text


def _weight(pattern: re.Pattern[str], table: dict[str, float] | object, text: str) -> float:
    weights = table if isinstance(table, dict) else {}
    total = 0.0
    for m in pattern.finditer(text):
        key = " ".join(m.group(0).lower().split()).lstrip("\"'“‘([ ")
        total += weights.get(key, 1.0)
    return total


def _first(pattern: re.Pattern[str], text: str) -> str:
    m = pattern.search(text)
    return " ".join(m.group(0).split()).lstrip("\"'“‘([ ") if m else ""


def read_units(paras: Sequence[Sequence[Sequence[Piece]]]) -> list[Unit]:
    """Units of paragraphs (lists of sentences, lists of clauses), kinds proposed."""
    units: list[Unit] = []
    sentence_no = 0
    for p, sentences in enumerate(paras):
        for clauses in sentences:
            for piece in clauses:
                units.append(Unit(piece, p, sentence_no, index=len(units)))
            sentence_no += 1
    last_speaker: str | None = None
    for u in units:
        _read(u)
        last_speaker = _propose(u, units, last_speaker)
    return units


def _read(u: Unit) -> None:
    text = u.text
    u.recommendation = _weight(_RECOMMENDATION, dict(cues.RECOMMENDATION), text)
    u.stance = _weight(_STANCE, dict(cues.AUTHOR_STANCE), text)
    u.evaluation = min(_weight(_EVALUATION, dict(cues.EVALUATION), text), 2.0)
    c = _first(_CONCLUSION_START, text)
    u.conclusion = cues.CONCLUSION.get(c.lower(), 0.0) if c else 0.0
    if not c and u.piece.split in _CONCLUSION_SPLITS:
        u.conclusion = 1.0
    inner = _first(_CONCLUSION_INNER, text)
    if inner and not u.conclusion:
        u.conclusion = cues.CONCLUSION.get(inner.lower(), 1.0)
    r = _first(_REASON_START, text)
    u.reason = r.lower() if r else (u.piece.split if u.piece.split in _REASON_SPLITS else "")
    u.additive = bool(_ADDITIVE_START.search(text))
    rb = _first(_REBUTTAL_START, text) or _first(_DOUBT, text)
    u.rebuttal = rb or (u.piece.split if u.piece.split in _REBUTTAL_SPLITS else "")


def _evidence(u: Unit) -> tuple[str, str] | None:
    """``(evidence type, cue)`` when the unit reads as evidence, else ``None``."""
    text = u.text
    if u.recommendation or u.stance:
        return None
    for pattern in cues.STATISTIC:
        m = pattern.search(text)
        if m:
            return "statistic", f"number ({m.group(0).strip()!r})"
    study = _first(_STUDY, text)
    if study:
        return "study", f"research ({study!r})"
    example = _first(_EXAMPLE, text)
    if example:
        return "example", f"example marker ({example!r})"
    common = _first(_COMMON, text)
    if common:
        return "common_ground", f"appeal to common ground ({common!r})"
    when = cues.TIME_REFERENCE.search(text)
    if when and _PAST.search(text) and not u.evaluation and not _MODAL.search(text):
        return "fact", f"dated event ({when.group(0)!r}, past tense)"
    if _PAST.search(text) and _NAME.search(text) and not u.evaluation and not _MODAL.search(text):
        return "fact", "past event with a named party"
    return None


def _propose(u: Unit, units: list[Unit], last_speaker: str | None) -> str | None:
    """Set the unit's kind, evidence type, speaker, cue and confidence."""
    text = u.text
    prev = units[u.index - 1] if u.index else None
    said = find_speaker(text)
    speaker, verb = said if said else (None, "")
    if speaker in PRONOUNS:
        speaker = last_speaker if verb else None
    if speaker:
        last_speaker = speaker
    opposing = _OPPOSING.search(text, 0, _OPPOSING_REACH)
    same_sentence = prev is not None and prev.sentence == u.sentence

    if same_sentence and prev is not None and prev.kind == "counterclaim" and prev.speaker:
        # the rest of a reported view: its reason, or its conclusion
        u.speaker = prev.speaker
        if u.reason:
            u.kind, u.confidence = "premise", 0.5
            u.cue = f"reason ({u.reason!r}) inside a reported view"
        else:
            u.kind, u.confidence = "counterclaim", 0.5
            u.cue = f"continues the view reported by {prev.speaker}"
        return last_speaker
    if opposing:
        phrase = " ".join(opposing.group(0).split())
        u.kind, u.confidence = "counterclaim", 0.7
        u.speaker = speaker or cues.OPPOSING_VIEW.get(phrase.lower())
        u.cue = f"reported opposing view ({phrase!r})"
        return last_speaker
    if u.piece.split in _CONCESSIVE:
        u.kind, u.confidence = "counterclaim", 0.55
        u.cue = f"concession ({u.piece.split!r})"
        return last_speaker
    if speaker and is_contention(verb):
        u.kind, u.confidence, u.speaker = "counterclaim", 0.65, speaker
        u.cue = f"view reported with {verb!r} by {speaker}"
        return last_speaker
    if same_sentence and prev is not None and prev.piece.split in _CONCESSIVE:
        u.kind, u.confidence, u.speaker = "rebuttal", 0.55, speaker
        u.cue = f"main clause after a concession ({prev.piece.split!r})"
        return last_speaker
    if u.rebuttal and answers(u, units) is not None:
        u.kind, u.confidence = "rebuttal", 0.6
        u.speaker = speaker
        u.cue = f"answer to a counterclaim ({u.rebuttal!r})"
        return last_speaker
    if speaker:
        u.kind, u.evidence_type, u.speaker, u.confidence = "evidence", "testimony", speaker, 0.6
        u.cue = f"reported speech ({verb!r} by {speaker})"
        return last_speaker
    quote = _QUOTE.search(text)
    if quote and len(quote.group(1).split()) >= 4 and not u.recommendation:
        u.kind, u.evidence_type, u.confidence = "evidence", "testimony", 0.45
        u.cue = "quotation"
        return last_speaker
    found = _evidence(u)
    if found:
        u.kind, u.evidence_type = "evidence", found[0]
        u.cue, u.confidence = found[1], 0.5
        return last_speaker
    if u.reason:
        u.kind, u.confidence = "premise", 0.5
        u.cue = f"reason marker ({u.reason!r})"
        return last_speaker
    u.kind = "claim"
    if u.recommendation or u.stance or u.evaluation:
        u.confidence = 0.45
        u.cue = "author's judgement"
    return last_speaker


def answers(u: Unit, units: list[Unit]) -> Unit | None:
    """The counterclaim a rebuttal-like unit answers: one of the three before it."""
    for back in range(1, 4):
        k = u.index - back
        if k < 0:
            break
        other = units[k]
        if other.kind == "counterclaim":
            return other
        if other.para != u.para and back > 1:
            break
    return None
