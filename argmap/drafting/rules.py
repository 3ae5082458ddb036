"""The hand-written rules for a unit's voice and evidence type.

They were the drafter's only decisions before weights were fitted from
annotated editorials (:mod:`argmap.drafting.weights`); a decision whose
fitted weights do not beat its rules in cross-validation keeps them, and
the fitting script (``benchmarks/fit_drafter.py``) compares both. Each
function sets the unit's kind, speaker, cue and confidence and returns
``True`` when it decided.

>>> from argmap.drafting.segment import Piece
>>> from argmap.drafting.reading import read_cues
>>> u = Unit(Piece(0, 32, "Critics say the plan costs jobs."), 0, 0)
>>> read_cues(u)
>>> voice_rules(u, [u], "Critics", "say"), u.kind, u.speaker
(True, 'counterclaim', 'Critics')
"""

from __future__ import annotations

import re

from argmap.drafting import cues
from argmap.drafting.answers import answered, cited, granted, opposing, paired_answer
from argmap.drafting.attribution import is_contention
from argmap.drafting.evidence import evidence_cue, number_cue
from argmap.drafting.reading import Unit, anywhere

__all__ = [
    "Unit",
    "evidence_guard",
    "evidence_rules",
    "has_quote",
    "long_quote",
    "reported_view",
    "reported_view_rule",
    "voice_rule",
    "voice_rules",
]

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
RESEARCH = frozenset(
    """study studies survey surveys poll polls data figures statistics research
    researchers analysis review scientists economists""".split()  # noqa: SIM905
)
_CONCESSIVE = frozenset(cues.CONCESSIVE)


def voice_rule(
    u: Unit, units: list[Unit], speaker: str | None, verb: str
) -> tuple[float, str | None, str] | None:
    """``(confidence, holder, cue)`` of a reported or conceded view by its cues
    (opposing view, concession, granted point, contention), else ``None``."""
    opposed = opposing(u, units)
    if opposed:
        return (
            0.7,
            speaker or cues.OPPOSING_VIEW.get(opposed),
            f"reported opposing view ({opposed!r})",
        )
    if u.piece.split in _CONCESSIVE or u.low[-2:] in (["though", "."], ["though", "!"]):
        holder = speaker if speaker not in _UNRESOLVED else None
        return 0.55, holder, f"concession ({u.piece.split!r})"
    grant = granted(u)
    if grant and (
        paired_answer(u, units)
        if grant == "on the one hand"
        else answered(u, units, sentences=_GRANTED_REACH)
    ):
        return 0.55, cues.GRANTED[grant], f"point granted ({grant!r}) and then answered"
    agentless = anywhere(u, "agentless")
    if agentless and not speaker and answered(u, units):
        cue = f"view reported without its holder ({agentless!r}) and then answered"
        return 0.5, "unnamed commentators", cue
    if speaker and is_contention(verb) and not cited(u, verb):
        return 0.65, speaker, f"view reported with {verb!r} by {speaker}"
    return None


def voice_rules(u: Unit, units: list[Unit], speaker: str | None, verb: str) -> bool:
    """Make ``u`` a counterclaim when :func:`voice_rule` finds a reported or conceded view."""
    found = voice_rule(u, units, speaker, verb)
    if found is None:
        return False
    u.kind = "counterclaim"
    u.confidence, u.speaker, u.cue = found
    return True


def reported_view(u: Unit, units: list[Unit], speaker: str | None, verb: str) -> bool:
    """ "X says ... But ...": a view reported with a verb of saying, then answered."""
    return bool(
        speaker
        and (verb in _VIEW_VERBS or is_contention(verb))
        and not cited(u, verb)
        and not u.rebuttal
        and answered(u, units)
    )


def reported_view_rule(u: Unit, units: list[Unit], speaker: str | None, verb: str) -> bool:
    """Make ``u`` a counterclaim when :func:`reported_view` says so."""
    if reported_view(u, units, speaker, verb):
        u.kind, u.confidence, u.speaker = "counterclaim", 0.55, speaker
        u.cue = f"view reported with {verb!r} by {speaker}, then answered"
        return True
    return False


def evidence_guard(
    u: Unit, speaker: str | None, verb: str, unresolved: bool
) -> tuple[str, str, str | None, float] | None:
    """``(evidence type, cue, speaker, confidence)`` that no weighing overrides.

    Speech reported with a verb of saying is testimony; numbers (a
    percentage, an amount, a count, a rate) make a statistic, or a study when
    a study or research source reports them ("according to the census",
    "a survey found"); a source's finding, a view reported without its holder
    and a long quotation make testimony (or a study).
    """
    research = bool(speaker) and speaker.split()[-1].lower() in RESEARCH  # type: ignore[union-attr]
    said = f"reported speech ({verb!r} by {speaker or 'someone unnamed'})"
    if (speaker or unresolved) and verb != "according to" and verb not in _FINDINGS:
        return "testimony", said, speaker, 0.6  # "X said the toll raised $4m": X's word
    number = "" if u.recommendation or u.stance else number_cue(u)
    if number:
        kind = "study" if research or anywhere(u, "study") else "statistic"
        return kind, f"number ({number!r})", speaker, 0.6
    if speaker and verb in _FINDINGS and research:
        return "study", f"finding reported ({verb!r} by {speaker})", speaker, 0.55
    if speaker or unresolved:
        return "testimony", said, speaker, 0.6
    unnamed = anywhere(u, "report")
    if unnamed and not u.recommendation:
        cue = f"view reported without its holder ({unnamed!r})"
        return "testimony", cue, "unnamed commentators", 0.45
    if not u.recommendation and long_quote(u):
        return "testimony", "quotation", None, 0.45
    return None


def has_quote(u: Unit) -> bool:
    """Whether the unit holds a quotation (of any length)."""
    text = u.text
    return ('"' in text or "“" in text) and _QUOTE.search(text) is not None


def long_quote(u: Unit) -> bool:
    """A quotation of :data:`_QUOTE_WORDS` words or more, or quoted speech, worked out once."""
    found = u.memo.get("long quote")
    if found is None:
        text = u.text
        found = False
        if '"' in text or "“" in text or "”" in text:  # what both patterns need
            m = _QUOTE.search(text)
            found = bool(m and len(m.group(1).split()) >= _QUOTE_WORDS) or bool(
                _QUOTED_SPEECH.search(text)
            )
        u.memo["long quote"] = found
    return bool(found)


def evidence_rules(u: Unit, speaker: str | None, verb: str, unresolved: bool) -> bool:
    """Numbers, reported speech, findings, quotations, examples, past events."""
    guarded = evidence_guard(u, speaker, verb, unresolved)
    if guarded is not None:
        u.kind = "evidence"
        u.evidence_type, u.cue, u.speaker, u.confidence = guarded
        return True
    found = evidence_cue(u)
    if found:
        u.kind, u.evidence_type = "evidence", found[0]
        u.cue, u.confidence = found[1], 0.5
        return True
    return False
