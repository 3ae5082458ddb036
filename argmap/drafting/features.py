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
>>> u.cue.split(";")[0]
"reported opposing view ('critics')"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from argmap.drafting import cues, weights
from argmap.drafting.answers import answer_of, granted, opposing
from argmap.drafting.attribution import framed_view, speaker_at
from argmap.drafting.coreference import Discourse
from argmap.drafting.nounphrase import PRONOUNS, last_name, subject_name
from argmap.drafting.reading import Unit, anywhere, at_start, read_cues, sentence_words
from argmap.drafting.reports import find_report
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
    discourse = Discourse()
    for u in units:
        _propose(u, units, discourse)
        discourse.read(u.words, u.sentence)
        if u.reported:
            discourse.speaker(u.reported, u.sentence)
    return units


def _propose(u: Unit, units: list[Unit], discourse: Discourse) -> None:
    """Set the unit's kind, evidence type, speaker, cue and confidence."""
    prev = units[u.index - 1] if u.index else None
    said = speaker_at(u.words, u.hits.get("speech", [])) or framed_view(u.text)
    speaker, verb = said if said else (None, "")
    speaker, unresolved = _resolve(u, units, discourse, speaker)
    # a proposition held by someone not found as speech: its holder, for attribution
    u.report = find_report(u.words, u.low)
    holder = None
    if speaker is None and u.report is not None and u.report.holder is not None:
        holder = _resolve(u, units, discourse, u.report.holder)[0]
    u.reported, u.verb, u.unresolved, u.holder = speaker, verb, unresolved, holder
    if _continues_view(u, prev) or _continues_quotation(u, prev):
        return
    if weights.VOICE:
        if _weighed_voice(u, units, speaker or holder):
            return
    elif voice_rules(u, units, speaker, verb):
        return
    if _answer(u, units, prev, speaker):
        return
    if not weights.VOICE and reported_view_rule(u, units, speaker, verb):
        return
    common = anywhere(u, "common")
    if common and not (speaker or u.recommendation or u.stance):
        u.kind, u.evidence_type, u.confidence = "evidence", "common_ground", 0.5
        u.cue = f"appeal to common ground ({common!r})"
        return
    if weights.EVIDENCE:
        if _weighed_evidence(u, speaker, verb, unresolved):
            u.speaker = u.speaker or holder
            return
    elif evidence_rules(u, speaker, verb, unresolved):
        u.speaker = u.speaker or holder
        return
    u.speaker = speaker or holder
    if u.reason:
        u.kind, u.confidence = "premise", 0.5
        u.cue = f"reason marker ({u.reason!r})"
        return
    u.kind = "claim"
    if speaker:
        u.confidence, u.cue = 0.4, f"a claim reported ({verb!r} by {speaker})"
    elif holder and u.report is not None:
        u.confidence, u.cue = 0.4, f"a claim reported ({u.report.verb!r} by {holder})"
    elif u.recommendation or u.stance or u.evaluation:
        u.confidence = 0.45
        u.cue = "author's judgement"


def _resolve(
    u: Unit, units: list[Unit], discourse: Discourse, speaker: str | None
) -> tuple[str | None, bool]:
    """The holder a pronoun speaker refers to, and whether it referred to nobody.

    "Mayor X upset voters when she said ...": a name opening the sentence;
    "It is not that Orwell was wrong when he said ...": a name earlier in it
    when nobody was mentioned before; else the latest holder that agrees with
    the pronoun (:class:`argmap.drafting.coreference.Discourse`).
    """
    if speaker is not None and _is_definite_role(speaker, u):
        return discourse.resolve(speaker, u.sentence) or speaker, False
    if speaker is None or speaker not in PRONOUNS:
        return speaker, False
    found = discourse.resolve(speaker, u.sentence) if speaker not in ("this", "that") else None
    if speaker in _UNRESOLVED:
        words = sentence_words(u, units)
        own = subject_name(words)
        if own is None and found is None:
            own = last_name(words[: -len(u.words)], single=True)
        if own is None and found is None and u.words:
            at = next((i for i, w in enumerate(u.words) if w.lower() == speaker), 0)
            own = last_name(u.words[:at], single=True)
        if own is not None:
            return own, False
    return found, speaker in _UNRESOLVED and found is None


def _is_definite_role(holder: str, u: Unit) -> bool:
    """ "the historian's message", "this same reporter said": a role noun with a
    definite determiner, which refers to a person named before."""
    words = holder.split()
    if len(words) > 2 or not all(w.islower() for w in words):
        return False
    first = words[0].lower()
    at = next((i for i, w in enumerate(u.low) if w.startswith(first)), None)
    if at is not None and at > 1 and u.low[at - 1] == "same":
        at -= 1  # "this same reporter"
    return at is not None and at > 0 and u.low[at - 1] in ("the", "this", "that")


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
        and not at_start(u, "answer", reach=1)  # "...; it is that ...": the author's answer
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


#: A quotation continues its speaker's words when it opens the next sentence,
#: after at most one of these ('Some say "...". Or "..."').
_CONTINUING = frozenset({"or", "and"})
_OPENING_QUOTES = frozenset({'"', "“"})


def _continues_quotation(u: Unit, prev: Unit | None) -> bool:
    """A quotation that goes on with the words of the speaker quoted just before.

    '"As stress increases ...," says Dr Wise. "This could be a cycle."': the
    second sentence is Dr Wise's too; after a reported view ('Some say "...".
    Or "..."') it continues the view.
    """
    if (
        prev is None
        or u.reported
        or u.holder
        or prev.para != u.para
        or prev.sentence != u.sentence - 1
        or not prev.speaker
        or not any(w in _OPENING_QUOTES for w in prev.words)
    ):
        return False
    k = u.start - (1 if u.start and u.words[u.start - 1] in _OPENING_QUOTES else 0)
    if k < len(u.low) and u.low[k] in _CONTINUING:
        k += 1
    if k >= len(u.words) or u.words[k] not in _OPENING_QUOTES:
        return False
    u.speaker = u.reported = prev.speaker
    if prev.kind == "counterclaim":
        u.kind, u.confidence = "counterclaim", 0.5
        u.cue = f"continues the view quoted from {prev.speaker}"
    else:
        u.kind, u.evidence_type, u.confidence = "evidence", "testimony", 0.5
        u.cue = f"continues the quotation of {prev.speaker}"
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
    if u.answers_to is not None and units[u.answers_to].kind == "counterclaim" and not u.reason:
        how = answer_of(units[u.answers_to], units)
        u.kind, u.confidence, u.speaker = "rebuttal", 0.5, speaker
        u.cue = f"answers the view before it ({how[0] if how else 'answer'})"
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
    found = answer_of(u, units)
    if found is not None and found[1].answers_to is None:
        found[1].answers_to = u.index  # the unit that answers it is its rebuttal
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
    if u.answers_to is not None and units[u.answers_to].kind == "counterclaim":
        return units[u.answers_to]
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
