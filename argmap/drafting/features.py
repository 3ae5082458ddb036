"""What each unit of text signals: the cues found in it and the kind they suggest.

A *unit* is a sentence or a clause (see :mod:`argmap.drafting.segment`).
:func:`read_units` finds the cues of :mod:`argmap.drafting.cues` in every unit
and proposes a kind, an evidence type and a speaker, each with the cue that
produced it and a confidence. Placing the thesis and the inferences is left
to :mod:`argmap.drafting.heuristic`, which sees the units together.

>>> from argmap.drafting.segment import Piece
>>> [u] = read_units([[[Piece(0, 32, "Critics say the plan costs jobs.")]]])
>>> u.kind, u.speaker, u.cue
('counterclaim', 'Critics', "reported opposing view ('critics')")
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from argmap.drafting import cues
from argmap.drafting.attribution import (
    PRONOUNS,
    SPEECH_PHRASES,
    framed_view,
    is_contention,
    speaker_at,
    subject_name,
)
from argmap.drafting.lexicon import PhraseIndex, first_word, lower, tokens
from argmap.drafting.segment import Piece

__all__ = ["Unit", "answers", "read_units"]

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
_QUOTE = re.compile(r"[“\"]([^”\"]+)(?:[”\"]|$)")
#: A unit that opens with a quotation mark, or ends a quoted sentence: the
#: words of someone quoted at length (the quotation runs over sentences).
_QUOTED_SPEECH = re.compile(r"^\W*[“\"]\s*[A-Z]|[.!?]\s*[”\"]\W*$")
_UNRESOLVED = frozenset({"he", "she", "they"})
_QUOTE_WORDS = 6  # a quotation this long is testimony; shorter ones are scare quotes
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
#: A granted point may be answered this many sentences later.
_GRANTED_REACH = 2
_REJECTING_SUBJECTS = frozenset({"it", "it's", "this", "that", "that's", "such", "these", "those"})
_VIEW_VERBS = frozenset((*cues.VIEW_VERBS, "sounds", "seems", "looks", "appears"))
_FINDINGS = frozenset(cues.FINDING_VERBS)
#: Sources whose findings are research (evidence of type ``study``).
_RESEARCH = frozenset(
    [
        "study",
        "studies",
        "survey",
        "surveys",
        "poll",
        "polls",
        "data",
        "figures",
        "statistics",
        "research",
        "researchers",
        "analysis",
        "review",
        "scientists",
        "economists",
    ]
)
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
    words: list[str] = field(default_factory=list)
    low: list[str] = field(default_factory=list)
    hits: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.piece.text


def _at_start(u: Unit, name: str, reach: int = 0) -> str:
    """The phrase of lexicon ``name`` opening the unit (within ``reach`` more words)."""
    start = first_word(u.words)
    best = ""
    for pos, phrase in u.hits.get(name, ()):
        if start <= pos <= start + reach and len(phrase) > len(best):
            best = phrase
    return best


def _anywhere(u: Unit, name: str) -> str:
    found = u.hits.get(name)
    return found[0][1] if found else ""


def _total(u: Unit, name: str, weights: Mapping[str, float]) -> float:
    return sum(weights.get(phrase, 1.0) for _, phrase in u.hits.get(name, ()))


def read_units(paras: Sequence[Sequence[Sequence[Piece]]]) -> list[Unit]:
    """Units of paragraphs (lists of sentences, lists of clauses), kinds proposed."""
    units: list[Unit] = []
    sentence_no = 0
    for p, sentences in enumerate(paras):
        for clauses in sentences:
            for piece in clauses:
                units.append(Unit(piece, p, sentence_no, index=len(units)))
            sentence_no += 1
    for u in units:
        _read(u)
    last_speaker: str | None = None
    for u in units:
        last_speaker = _propose(u, units, last_speaker)
    return units


def _read(u: Unit) -> None:
    u.words = tokens(u.text)
    u.low = lower(u.words)
    u.hits = _INDEX.find(u.low)
    u.recommendation = sum(
        cues.RECOMMENDATION.get(phrase, 1.0)
        for pos, phrase in u.hits.get("recommendation", ())
        if not _is_epistemic(u.low, pos, phrase)
    )
    u.stance = _total(u, "stance", cues.AUTHOR_STANCE)
    u.evaluation = min(_total(u, "evaluation", cues.EVALUATION), 2.0)
    c = _at_start(u, "conclusion", reach=_MARKER_REACH)
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
    r = _at_start(u, "reason")
    if r in cues.PURPOSE and not u.piece.split:
        r = ""  # "In order to X, Y": a purpose of the main clause, not a reason for another
    u.reason = r or (u.piece.split if u.piece.split in _REASON_SPLITS else "")
    u.additive = bool(_at_start(u, "additive"))
    rb = (
        _at_start(u, "rebuttal")
        or _at_start(u, "answer", reach=1)
        or _anywhere(u, "doubt")
        or _rejection(u)
    )
    u.rebuttal = rb or (u.piece.split if u.piece.split in _REBUTTAL_SPLITS else "")


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
    start = first_word(u.words)
    low = u.low
    return (
        start + 1 < len(low) and low[start] == "so" and low[start + 1] in cues.INVERTING_AUXILIARIES
    )


def _answered(u: Unit, units: list[Unit], *, sentences: int = 1) -> bool:
    """Whether what follows ``u`` answers it ("..., but", "In practice, ...").

    The answer is looked for in the rest of ``u``'s sentence and the next
    ``sentences`` sentences of its paragraph, or at the start of the next
    paragraph when the paragraph ends before.
    """
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
            or _at_start(nxt, "rebuttal", reach=1) in _TURNS
            or _at_start(nxt, "answer", reach=1)
            or _rejection(nxt)
        ):
            return True
        if nxt.sentence >= last:
            return False
    return False


def _rejection(u: Unit) -> str:
    """ "It's so wrong", "This is nonsense": the author rejects what came before."""
    start = first_word(u.words)
    if start >= len(u.low) or u.low[start] not in _REJECTING_SUBJECTS:
        return ""
    return next((p for pos, p in u.hits.get("rejection", ()) if pos <= start + 5), "")


def _paired_answer(u: Unit, units: list[Unit]) -> bool:
    """ "On the one hand ..." answered by a later "On the other hand" nearby."""
    for other in units[u.index + 1 :]:
        if other.para > u.para + 1:
            return False
        if _at_start(other, "answer", reach=1) == "on the other hand":
            return True
    return False


def _evidence(u: Unit) -> tuple[str, str] | None:
    """``(evidence type, cue)`` when the unit reads as evidence, else ``None``."""
    if u.recommendation or u.stance:
        return None
    text = u.text
    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        patterns: tuple[re.Pattern[str], ...] = (*cues.STATISTIC, *cues.COUNTS)
    else:  # "nine strikes a day": a count in words
        patterns = () if cues.NUMBER_WORDS.isdisjoint(u.low) else cues.COUNTS
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return "statistic", f"number ({m.group(0).strip()!r})"
    for name, kind, what in _EVIDENCE_WORDS:
        phrase = _anywhere(u, name)
        if phrase:
            return kind, f"{what} ({phrase!r})"
    low = u.low
    if u.evaluation or _MODALS.intersection(low) or not _is_past(low, u.words):
        return None
    if _FIRST_PERSON.intersection(low):
        return "fact", "the author's own experience (first person, past tense)"
    year = cues.YEAR.search(text) if has_digit else None
    when = year.group(0) if year else _anywhere(u, "time")
    if when:
        return "fact", f"dated event ({when!r}, past tense)"
    start = first_word(u.words)
    if any(_is_name(w, before) for before, w in pairwise(u.words[start:])):
        return "fact", "past event with a named party"
    return None


def _is_past(low: list[str], words: list[str] | None = None) -> bool:
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


def _propose(u: Unit, units: list[Unit], last_speaker: str | None) -> str | None:
    """Set the unit's kind, evidence type, speaker, cue and confidence."""
    text = u.text
    prev = units[u.index - 1] if u.index else None
    said = speaker_at(u.words, u.hits.get("speech", [])) or framed_view(text)
    speaker, verb = said if said else (None, "")
    if speaker in _UNRESOLVED and last_speaker is None and verb:
        # "Mayor X upset voters when she said ...": the pronoun's antecedent is
        # the name opening the sentence
        speaker = subject_name(_sentence_words(u, units)) or speaker
    unresolved = speaker in _UNRESOLVED and last_speaker is None
    if speaker in PRONOUNS:
        speaker = last_speaker if verb else None
    if speaker:
        last_speaker = speaker
    opposing = _opposing(u, units)
    same_sentence = prev is not None and prev.sentence == u.sentence

    if (
        same_sentence
        and prev is not None
        and prev.kind == "counterclaim"
        and prev.speaker
        and u.piece.split not in _REBUTTAL_SPLITS
        and prev.piece.split not in _CONCESSIVE
        and not u.stance
    ):
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
        u.kind, u.confidence = "counterclaim", 0.7
        u.speaker = speaker or cues.OPPOSING_VIEW.get(opposing)
        u.cue = f"reported opposing view ({opposing!r})"
        return last_speaker
    if u.piece.split in _CONCESSIVE or u.low[-2:] in (["though", "."], ["though", "!"]):
        u.kind, u.confidence = "counterclaim", 0.55
        u.speaker = speaker if speaker not in _UNRESOLVED else None
        u.cue = f"concession ({u.piece.split!r})"
        return last_speaker
    granted = _granted(u)
    if granted and (
        _paired_answer(u, units)
        if granted == "on the one hand"
        else _answered(u, units, sentences=_GRANTED_REACH)
    ):
        u.kind, u.confidence = "counterclaim", 0.55
        u.speaker = cues.GRANTED[granted]
        u.cue = f"point granted ({granted!r}) and then answered"
        return last_speaker
    agentless = _anywhere(u, "agentless")
    if agentless and not speaker and _answered(u, units):
        u.kind, u.confidence, u.speaker = "counterclaim", 0.5, "unnamed commentators"
        u.cue = f"view reported without its holder ({agentless!r}) and then answered"
        return last_speaker
    if speaker and is_contention(verb) and not _cited(u, verb):
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
    if (
        speaker
        and (verb in _VIEW_VERBS or is_contention(verb))
        and not _cited(u, verb)
        and not u.rebuttal
        and _answered(u, units)
    ):
        u.kind, u.confidence, u.speaker = "counterclaim", 0.55, speaker
        u.cue = f"view reported with {verb!r} by {speaker}, then answered"
        return last_speaker
    if speaker and verb in _FINDINGS and speaker.split()[-1].lower() in _RESEARCH:
        u.kind, u.evidence_type, u.speaker, u.confidence = "evidence", "study", speaker, 0.55
        u.cue = f"finding reported ({verb!r} by {speaker})"
        return last_speaker
    if speaker or unresolved:
        u.kind, u.evidence_type, u.speaker, u.confidence = "evidence", "testimony", speaker, 0.6
        u.cue = f"reported speech ({verb!r} by {speaker or 'someone unnamed'})"
        return last_speaker
    unnamed = _anywhere(u, "report")
    if unnamed and not u.recommendation:
        u.kind, u.evidence_type, u.confidence = "evidence", "testimony", 0.45
        u.speaker = "unnamed commentators"
        u.cue = f"view reported without its holder ({unnamed!r})"
        return last_speaker
    quote = _QUOTE.search(text)
    if not u.recommendation and (
        (quote and len(quote.group(1).split()) >= _QUOTE_WORDS) or _QUOTED_SPEECH.search(text)
    ):
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


def _sentence_words(u: Unit, units: list[Unit]) -> list[str]:
    """The words of ``u``'s sentence up to the end of ``u``."""
    k = u.index
    while k and units[k - 1].sentence == u.sentence:
        k -= 1
    return [w for other in units[k : u.index + 1] for w in other.words]


def _granted(u: Unit) -> str:
    """A granting cue: "Yes," at the start, "in theory" within the first words."""
    start = first_word(u.words)
    for pos, phrase in u.hits.get("granted", ()):
        if pos <= start + 1 or (" " in phrase.strip(" ,") and pos < _OPPOSING_REACH):
            return phrase
    return ""


def _is_amount(word: str) -> bool:
    return word[:1].isdigit() or word in cues.NUMBER_WORDS or word in ("as", "a", "half")


def _opposing(u: Unit, units: list[Unit]) -> str:
    """The opposing-view cue that makes ``u`` a reported view, else ``""``.

    The cue must open the unit (within its first words); a weak one
    (:data:`cues.ANSWER_NEEDED`) counts only when an answer follows; and a
    cue inside the author's own recommendation or stance ("X will not, no
    matter what some may say") does not turn it into someone else's view.
    """
    start = first_word(u.words)
    words = len(u.low) - (1 if u.low and not u.low[-1][:1].isalnum() else 0)
    for pos, phrase in u.hits.get("opposing", ()):
        closing = pos and u.low[pos - 1] == "," and pos + len(phrase.split()) == words
        if pos >= _OPPOSING_REACH and not closing:  # "..., you might think."
            continue
        if phrase in cues.ANSWER_NEEDED and not _answered(u, units):
            continue
        if phrase == "perhaps" and pos + 1 < len(u.low) and _is_amount(u.low[pos + 1]):
            continue  # "perhaps 2,000 people", "perhaps as young as 10": an estimate
        if (u.recommendation or u.stance) and pos > start + 1:
            continue
        end = pos + len(phrase.split())
        if any(end <= p <= end + 2 for p, _ in u.hits.get("recommendation", ())):
            continue  # "some people need to stand up": a demand on them, not their view
        return phrase
    return ""


def _cited(u: Unit, verb: str) -> bool:
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


def answers(u: Unit, units: list[Unit]) -> Unit | None:
    """The counterclaim a rebuttal-like unit answers: one of the three before it.

    "On the other hand" answers the "On the one hand" before it, in its own
    paragraph or the one before.
    """
    if _at_start(u, "answer", reach=1) == "on the other hand":
        for other in reversed(units[: u.index]):
            if other.para < u.para - 1:
                break
            if other.kind == "counterclaim" and _granted(other) == "on the one hand":
                return other
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


#: What makes a draft propose each statement kind; ``None`` for a kind a draft
#: never has. (The thesis is picked among the units by :mod:`argmap.drafting.thesis`.)
PROPOSED_KINDS: Mapping[str, str | None] = {
    "thesis": "the unit that scores highest as the main point",
    "claim": "an assertion of the author's with none of the cues below",
    "premise": "a reason marker",
    "counterclaim": "a reported opposing view, a concession or a contention verb",
    "rebuttal": "the main clause after a concession, or an answer to a counterclaim",
    "evidence": "reported speech, a quotation, numbers, studies, examples or common ground",
    "question": None,  # a draft asserts; it raises no critical questions
}
