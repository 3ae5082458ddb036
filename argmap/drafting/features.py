"""What each unit of text signals: the cues found in it and the kind they suggest.

A *unit* is a sentence or a clause (see :mod:`argmap.drafting.segment`).
:func:`read_units` finds the cues of :mod:`argmap.drafting.cues` in every unit
and proposes a kind, an evidence type and a speaker, each with the cue that
produced it and a confidence. Placing the thesis and the inferences is left
to :mod:`argmap.drafting.heuristic`, which sees the units together.

>>> from argmap.drafting.segment import Piece
>>> [u] = read_units([[[Piece(0, 32, "Critics say the plan costs jobs.")]]])
>>> u.kind, u.speaker
('counterclaim', 'Critics')
>>> u.cue
"reported opposing view ('critics'); weighed with opposing cue, named speaker, verb of view"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from argmap.drafting import cues, weights
from argmap.drafting.attribution import (
    PRONOUNS,
    framed_view,
    last_name,
    speaker_at,
    subject_name,
)
from argmap.drafting.reading import (
    Unit,
    anywhere,
    at_start,
    granted,
    opposing,
    read_cues,
    sentence_words,
)
from argmap.drafting.rules import (
    RESEARCH,
    evidence_guard,
    evidence_rules,
    reported_view_rule,
    voice_rule,
    voice_rules,
)
from argmap.drafting.segment import Piece
from argmap.drafting.signals import (
    active,
    evidence_signals,
    probability,
    score,
    softmax,
    voice_signals,
)

__all__ = ["Unit", "answers", "read_units"]

_UNRESOLVED = frozenset({"he", "she", "they"})
_CONCESSIVE = frozenset(cues.CONCESSIVE)
_REBUTTAL_SPLITS = frozenset({"but", "however", "yet"})
#: How many signals a weighed decision names in its cue.
_CUE_SIGNALS = 3


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
    silent: list[Unit] = []  # units since the last one that reported speech
    for u in units:
        last_speaker = _propose(u, units, _Antecedent(last_speaker, silent))
        if u.reported:
            silent = []
        else:
            silent.append(u)
    return units


class _Antecedent:
    """Whom a later "he said" refers to: the person named or speaking last.

    A name of two words or more in a unit that reported nobody counts too;
    those units are only read when a pronoun needs them.
    """

    def __init__(self, speaker: str | None, silent: list[Unit]) -> None:
        self.speaker, self._silent = speaker, silent

    def resolve(self) -> str | None:
        for u in reversed(self._silent):
            found = last_name(u.words)
            if found:
                return found
        return self.speaker

    def __bool__(self) -> bool:
        return self.speaker is not None or any(last_name(u.words) for u in reversed(self._silent))


def _propose(u: Unit, units: list[Unit], before: _Antecedent) -> str | None:
    """Set the unit's kind, evidence type, speaker, cue and confidence.

    Returns the last speaker after ``u`` (``u``'s own, else ``before``'s).
    """
    prev = units[u.index - 1] if u.index else None
    said = speaker_at(u.words, u.hits.get("speech", [])) or framed_view(u.text)
    speaker, verb = said if said else (None, "")
    if speaker in _UNRESOLVED and verb:
        # "Mayor X upset voters when she said ...", "It is not that Orwell was
        # wrong when he said ...": the antecedent is a name earlier in the sentence
        words = sentence_words(u, units)
        own = subject_name(words)
        if own is None and not before:
            own = last_name(words[: -len(u.words)], single=True)
        if own is None and not before and u.words:
            at = next((i for i, w in enumerate(u.words) if w.lower() == speaker), 0)
            own = last_name(u.words[:at], single=True)
        speaker = own or speaker
    unresolved = speaker in _UNRESOLVED and not before
    if speaker in PRONOUNS:
        speaker = before.resolve() if verb else None
    last_speaker = speaker or before.speaker
    u.reported, u.verb, u.unresolved = speaker, verb, unresolved
    if _continues_view(u, prev):
        return last_speaker
    if weights.VOICE:
        if _weighed_voice(u, units, speaker):
            return last_speaker
    elif voice_rules(u, units, speaker, verb):
        return last_speaker
    if _answer(u, units, prev, speaker):
        return last_speaker
    if not weights.VOICE and reported_view_rule(u, units, speaker, verb):
        return last_speaker
    common = anywhere(u, "common")
    if common and not (speaker or u.recommendation or u.stance):
        u.kind, u.evidence_type, u.confidence = "evidence", "common_ground", 0.5
        u.cue = f"appeal to common ground ({common!r})"
        return last_speaker
    if weights.EVIDENCE:
        if _weighed_evidence(u, speaker, verb, unresolved):
            return last_speaker
    elif evidence_rules(u, speaker, verb, unresolved):
        return last_speaker
    u.speaker = speaker
    if u.reason:
        u.kind, u.confidence = "premise", 0.5
        u.cue = f"reason marker ({u.reason!r})"
        return last_speaker
    u.kind = "claim"
    if speaker:
        u.confidence, u.cue = 0.4, f"a claim reported ({verb!r} by {speaker})"
    elif u.recommendation or u.stance or u.evaluation:
        u.confidence = 0.45
        u.cue = "author's judgement"
    return last_speaker


def _continues_view(u: Unit, prev: Unit | None) -> bool:
    """The rest of a view reported in the same sentence: its reason, or its conclusion."""
    if not (
        prev is not None
        and prev.sentence == u.sentence
        and prev.kind == "counterclaim"
        and prev.speaker
        and u.piece.split not in _REBUTTAL_SPLITS
        and prev.piece.split not in _CONCESSIVE
        and not u.stance
    ):
        return False
    u.speaker = prev.speaker
    if u.reason:
        u.kind, u.confidence = "premise", 0.5
        u.cue = f"reason ({u.reason!r}) inside a reported view"
    else:
        u.kind, u.confidence = "counterclaim", 0.5
        u.cue = f"continues the view reported by {prev.speaker}"
    return True


def _answer(u: Unit, units: list[Unit], prev: Unit | None, speaker: str | None) -> bool:
    """The main clause after a concession, or an answer to a counterclaim just before."""
    if (
        prev is not None
        and prev.sentence == u.sentence
        and prev.piece.split in _CONCESSIVE
        and prev.kind == "counterclaim"
    ):
        u.kind, u.confidence, u.speaker = "rebuttal", 0.55, speaker
        u.cue = f"main clause after a concession ({prev.piece.split!r})"
        return True
    if u.rebuttal and answers(u, units) is not None:
        u.kind, u.confidence, u.speaker = "rebuttal", 0.6, speaker
        u.cue = f"answer to a counterclaim ({u.rebuttal!r})"
        return True
    return False


def _reasons(w: Mapping[str, float], signals: Mapping[str, float]) -> str:
    """The signals that weigh most for a decision, in words."""
    parts = sorted(
        ((w.get(name, 0.0) * value, name) for name, value in signals.items() if value),
        reverse=True,
    )
    named = [name for weight, name in parts[:_CUE_SIGNALS] if weight > 0]
    return ", ".join(named) or "no strong signal"


def _holder(u: Unit, speaker: str | None) -> str | None:
    """Who holds a reported or conceded view: the speaker, else whom its cue implies."""
    if speaker and speaker not in _UNRESOLVED:
        return speaker
    opposed = opposing(u, None)
    if opposed:
        return cues.OPPOSING_VIEW[opposed]
    grant = granted(u)
    if grant:
        return cues.GRANTED[grant]
    if anywhere(u, "agentless"):
        return "unnamed commentators"
    return None


def _weighed_voice(u: Unit, units: list[Unit], speaker: str | None) -> bool:
    """A counterclaim when the fitted weights of its signals say so.

    The cue names the hand-written rule that also found it, if one did, and
    the other signals that weighed most.
    """
    signals = voice_signals(u, units)
    p = probability(weights.VOICE, signals)
    if p < weights.VOICE_THRESHOLD:
        return False
    u.kind, u.confidence = "counterclaim", round(p, 2)
    u.speaker = _holder(u, speaker)
    rule = voice_rule(u, units, speaker, u.verb)
    rest = {k: v for k, v in signals.items() if k != "the rules' counterclaim"}
    if rule is not None:
        u.cue = f"{rule[2]}; weighed with {_reasons(weights.VOICE, rest)}"
    else:
        u.cue = f"a view reported or conceded ({_reasons(weights.VOICE, rest)})"
    return True


def _weighed_evidence(u: Unit, speaker: str | None, verb: str, unresolved: bool) -> bool:
    """Evidence of the type whose fitted weights score highest (none for an assumption).

    Numbers, reported speech and quotations are typed by :func:`evidence_guard`
    first; the weights decide the rest (most of all, past events as anecdotes).
    """
    guarded = evidence_guard(u, speaker, verb, unresolved)
    if guarded is not None:
        u.kind = "evidence"
        u.evidence_type, u.cue, u.speaker, u.confidence = guarded
        return True
    signals = active(evidence_signals(u))
    probs = softmax({c: score(w, signals) for c, w in weights.EVIDENCE.items()})
    best = max(probs, key=lambda c: probs[c])
    if best == "assumption":
        return False
    who = (speaker or "").lower().split()
    if best == "anecdote":
        kind = "example" if anywhere(u, "example") else "fact"
    elif best == "statistics":
        research = bool(who) and who[-1] in RESEARCH
        kind = "study" if anywhere(u, "study") or research else "statistic"
    else:
        kind = "testimony"
    u.kind, u.evidence_type, u.confidence = "evidence", kind, round(probs[best], 2)
    u.speaker = speaker or ("unnamed commentators" if anywhere(u, "report") else None)
    u.cue = f"evidence: {best} ({_reasons(weights.EVIDENCE[best], signals)})"
    return True


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
