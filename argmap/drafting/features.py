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

from argmap.drafting import cues
from argmap.drafting.attribution import (
    PRONOUNS,
    framed_view,
    is_contention,
    speaker_at,
    subject_name,
)
from argmap.drafting.reading import (
    Unit,
    answered,
    anywhere,
    at_start,
    cited,
    evidence_cue,
    granted,
    opposing,
    paired_answer,
    read_cues,
    sentence_words,
)
from argmap.drafting.segment import Piece

__all__ = ["Unit", "answers", "read_units"]

_QUOTE = re.compile(r"[“\"]([^”\"]+)(?:[”\"]|$)")
#: A unit that opens with a quotation mark, or ends a quoted sentence: the
#: words of someone quoted at length (the quotation runs over sentences).
_QUOTED_SPEECH = re.compile(r"^\W*[“\"]\s*[A-Z]|[.!?]\s*[”\"]\W*$")
_UNRESOLVED = frozenset({"he", "she", "they"})
_QUOTE_WORDS = 6  # a quotation this long is testimony; shorter ones are scare quotes
#: A granted point may be answered this many sentences later.
_GRANTED_REACH = 2
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
_CONCESSIVE = frozenset(cues.CONCESSIVE)
_REBUTTAL_SPLITS = frozenset({"but", "however", "yet"})


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
        read_cues(u)
    last_speaker: str | None = None
    for u in units:
        last_speaker = _propose(u, units, last_speaker)
    return units


def _propose(u: Unit, units: list[Unit], last_speaker: str | None) -> str | None:
    """Set the unit's kind, evidence type, speaker, cue and confidence."""
    text = u.text
    prev = units[u.index - 1] if u.index else None
    said = speaker_at(u.words, u.hits.get("speech", [])) or framed_view(text)
    speaker, verb = said if said else (None, "")
    if speaker in _UNRESOLVED and last_speaker is None and verb:
        # "Mayor X upset voters when she said ...": the pronoun's antecedent is
        # the name opening the sentence
        speaker = subject_name(sentence_words(u, units)) or speaker
    unresolved = speaker in _UNRESOLVED and last_speaker is None
    if speaker in PRONOUNS:
        speaker = last_speaker if verb else None
    if speaker:
        last_speaker = speaker
    opposed = opposing(u, units)
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
    if opposed:
        u.kind, u.confidence = "counterclaim", 0.7
        u.speaker = speaker or cues.OPPOSING_VIEW.get(opposed)
        u.cue = f"reported opposing view ({opposed!r})"
        return last_speaker
    if u.piece.split in _CONCESSIVE or u.low[-2:] in (["though", "."], ["though", "!"]):
        u.kind, u.confidence = "counterclaim", 0.55
        u.speaker = speaker if speaker not in _UNRESOLVED else None
        u.cue = f"concession ({u.piece.split!r})"
        return last_speaker
    grant = granted(u)
    if grant and (
        paired_answer(u, units)
        if grant == "on the one hand"
        else answered(u, units, sentences=_GRANTED_REACH)
    ):
        u.kind, u.confidence = "counterclaim", 0.55
        u.speaker = cues.GRANTED[grant]
        u.cue = f"point granted ({grant!r}) and then answered"
        return last_speaker
    agentless = anywhere(u, "agentless")
    if agentless and not speaker and answered(u, units):
        u.kind, u.confidence, u.speaker = "counterclaim", 0.5, "unnamed commentators"
        u.cue = f"view reported without its holder ({agentless!r}) and then answered"
        return last_speaker
    if speaker and is_contention(verb) and not cited(u, verb):
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
        and not cited(u, verb)
        and not u.rebuttal
        and answered(u, units)
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
    unnamed = anywhere(u, "report")
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
    found = evidence_cue(u)
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
    """The counterclaim a rebuttal-like unit answers: one of the three before it.

    "On the other hand" answers the "On the one hand" before it, in its own
    paragraph or the one before.
    """
    if at_start(u, "answer", reach=1) == "on the other hand":
        for other in reversed(units[: u.index]):
            if other.para < u.para - 1:
                break
            if other.kind == "counterclaim" and granted(other) == "on the one hand":
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
