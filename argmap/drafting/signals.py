"""What a unit signals, as named numbers: the inputs of the drafter's fitted decisions.

Three decisions of the drafter are weighed from *signals* rather than from
rules written by hand: whether a unit is a view the author reports or
concedes (a counterclaim) or the author's own voice (:func:`voice_signals`),
which type of evidence a unit of the author's is, if any
(:func:`evidence_signals`), and which unit is the thesis
(:func:`thesis_signals`). Every signal is one of argmap's own cue classes
(:mod:`argmap.drafting.cues`) or a general property of the words (a number,
a quotation, the first person, the past tense, a capitalised name, the
position in the text); none is a word of any particular subject, so the
weights fitted on one set of editorials carry to others. The weights live in
:mod:`argmap.drafting.weights`; :func:`score` adds them up.

>>> from argmap.drafting.features import read_units
>>> from argmap.drafting.segment import clauses, sentences
>>> text = "Critics say the tax costs jobs. But it pays for schools."
>>> units = read_units([[clauses(s) for s in sentences(text)]])
>>> v = voice_signals(units[0], units)
>>> v["opposing cue"], v["answered"]
(1.0, 1.0)
>>> score({"bias": -1.0, "opposing cue": 3.0}, v)
2.0
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from itertools import pairwise

from argmap.drafting import cues
from argmap.drafting.answers import (
    answer_of,
    answered,
    cited,
    granted,
    opens_with_turn,
    opposing,
    paired_answer,
    stems,
)
from argmap.drafting.attribution import is_contention
from argmap.drafting.evidence import numbers, past
from argmap.drafting.nounphrase import PRONOUNS
from argmap.drafting.reading import Unit, anywhere, at_start, rejection
from argmap.drafting.rules import has_quote, long_quote, reported_view, voice_rule

__all__ = [
    "FIRST_PLURAL",
    "FIRST_SINGULAR",
    "FUTURE",
    "NEGATIONS",
    "Signals",
    "active",
    "evidence_signals",
    "has_word",
    "is_question",
    "probability",
    "score",
    "softmax",
    "voice_signals",
]

#: Named signals of one unit: a number (mostly 0 or 1) per name.
Signals = dict[str, float]

_DIGIT = re.compile(r"\d")
_QUESTION = re.compile(r"\?[\s\"”’')\]]*$")
_HEDGES = frozenset({"may", "might", "could", "would", "perhaps", "maybe", "possibly"})
_CERTAINTY = frozenset({"certainly", "surely", "sure", "true", "course", "undoubtedly", "indeed"})
NEGATIONS = frozenset({"not", "no", "never", "n't", "nothing", "nobody", "none", "cannot"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself", "i'm", "i've", "i'd", "i'll"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves", "we're", "we've", "we'd", "we'll"})
_SECOND = frozenset({"you", "your", "you're", "you've", "you'd", "you'll"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "isn't", "aren't"})
FUTURE = frozenset({"will", "won't", "'ll", "shall"})
_CONTRAST_SPLITS = frozenset({"but", "however", "yet"})
_CONCLUSION_SPLITS = frozenset({"so", "therefore", "thus", "hence"})
_CONCESSIVE = frozenset(cues.CONCESSIVE)
_TURNS = frozenset(cues.TURN)
_VIEW_VERBS = frozenset((*cues.VIEW_VERBS, "sounds", "seems", "looks", "appears"))
_FINDINGS = frozenset(cues.FINDING_VERBS)
_SOURCES = frozenset(cues.SOURCE_NOUNS)
_RESEARCH_SOURCES = frozenset(
    """study studies survey surveys poll polls data figures statistics research researchers
    analysis review scientists economists census""".split()  # noqa: SIM905
)
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "-", "—", "–"})


def score(weights: Mapping[str, float], signals: Mapping[str, float]) -> float:
    """The weighted sum of ``signals`` (a missing weight counts 0); ``bias`` is always on."""
    total = weights.get("bias", 0.0)
    for name, value in signals.items():
        if value:
            total += weights.get(name, 0.0) * value
    return total


def active(signals: Mapping[str, float]) -> dict[str, float]:
    """The signals that are on (not 0): scoring several tables over them is quicker."""
    return {name: value for name, value in signals.items() if value}


def probability(weights: Mapping[str, float], signals: Mapping[str, float]) -> float:
    """The logistic function of :func:`score`: a probability between 0 and 1."""
    z = score(weights, signals)
    return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


def softmax(scores: Mapping[str, float]) -> dict[str, float]:
    """Probabilities of several classes from their scores."""
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def has_word(u: Unit, words: frozenset[str]) -> float:
    return 0.0 if words.isdisjoint(u.lowset) else 1.0


def _hedged(u: Unit) -> float:
    """A hedge ("may", "perhaps"), not counting "perhaps" before a number (an estimate)."""
    for i, w in enumerate(u.low):
        if w in _HEDGES and not (
            w == "perhaps" and i + 1 < len(u.low) and _is_amount(u.low[i + 1])
        ):
            return 1.0
    return 0.0


def _is_amount(word: str) -> bool:
    return word[:1].isdigit() or word in cues.NUMBER_WORDS or word in ("as", "a", "half")


def is_question(u: Unit) -> bool:
    found = u.memo.get("question")
    if found is None:
        found = u.memo["question"] = _QUESTION.search(u.text) is not None
    return bool(found)


def _named(u: Unit) -> bool:
    """A capitalised word inside the unit that is not "I" or a quotation's start."""
    start = u.start
    return any(
        w[:1].isupper() and w != "I" and before not in _OPENERS
        for before, w in pairwise(u.words[start:])
    )


def _speaker(u: Unit) -> tuple[bool, bool]:
    """(a named speaker, a pronoun or group speaker) of the unit's verb of saying."""
    who = u.reported
    if not who:
        return False, u.unresolved
    named = who[:1].isupper() and who.lower() not in PRONOUNS
    return named, not named


def _next_sentence_opens_with_turn(u: Unit, units: list[Unit]) -> bool:
    """The next sentence (in this paragraph or opening the next) turns: "But ...", "Yet ..."."""
    for k in range(u.index + 1, len(units)):
        other = units[k]
        if other.sentence == u.sentence:
            continue
        if other.para > u.para + 1:
            return False
        return opens_with_turn(other)
    return False


def _next_paragraph_turns(u: Unit, units: list[Unit]) -> bool:
    """``u`` opens its paragraph, and the next paragraph opens with a turn ("But ...")."""
    if u.index and units[u.index - 1].para == u.para:
        return False
    k = u.index + 1
    while k < len(units) and units[k].para == u.para:
        k += 1
    nxt = units[k] if k < len(units) else None
    return (
        nxt is not None
        and nxt.para == u.para + 1
        and bool(at_start(nxt, "rebuttal", reach=1) in _TURNS or at_start(nxt, "answer", reach=1))
    )


def voice_signals(u: Unit, units: list[Unit]) -> Signals:
    """Signals of a view reported or conceded (a counterclaim) against the author's own voice."""
    opp = opposing(u, None)
    weak = opp in cues.ANSWER_NEEDED
    grant = granted(u)
    ans = answered(u, units)
    ans2 = ans or answered(u, units, sentences=2)
    if grant == "on the one hand":
        ans2 = paired_answer(u, units)
    named, other_speaker = _speaker(u)
    verb = u.verb
    is_cited = bool(verb) and cited(u, verb)
    contention = bool(verb) and is_contention(verb) and not is_cited
    view = verb in _VIEW_VERBS and not is_cited
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    same_turn = (
        nxt is not None and nxt.sentence == u.sentence and (nxt.piece.split in _CONTRAST_SPLITS)
    )
    own_turn = bool(
        u.piece.split in _CONTRAST_SPLITS
        or at_start(u, "rebuttal", reach=1)
        or at_start(u, "answer", reach=1)
        or rejection(u)
    )
    hedge = _hedged(u)
    certain = has_word(u, _CERTAINTY)
    turn_next = _next_sentence_opens_with_turn(u, units)
    last = units[-1]
    found = answer_of(u, units)
    how, by = found if found is not None else ("", None)
    report = u.report
    form = report.form if report is not None else ""
    held = report is not None and report.holder is not None  # a proposition, not an act
    rule = voice_rule(u, units, u.reported, verb) is not None or reported_view(
        u, units, u.reported, verb
    )
    return {
        "the rules' counterclaim": 1.0 if rule else 0.0,
        "opposing cue": 1.0 if opp and not weak else 0.0,
        "weak opposing cue": 1.0 if weak else 0.0,
        "weak opposing cue, answered": 1.0 if weak and ans else 0.0,
        "granted": 1.0 if grant else 0.0,
        "granted, answered": 1.0 if grant and ans2 else 0.0,
        "concession clause": 1.0
        if u.piece.split in _CONCESSIVE or u.low[-2:] in (["though", "."], ["though", "!"])
        else 0.0,
        "named speaker": 1.0 if named else 0.0,
        "other speaker": 1.0 if other_speaker else 0.0,
        "verb of contention": 1.0 if contention else 0.0,
        "verb of view": 1.0 if view else 0.0,
        "verb of an act": 1.0 if verb and not (view or contention or is_cited) else 0.0,
        "speaker, answered": 1.0 if (named or other_speaker) and ans and not own_turn else 0.0,
        "cited in support": 1.0 if is_cited else 0.0,
        "agentless report": 1.0 if anywhere(u, "agentless") else 0.0,
        "unnamed report": 1.0 if anywhere(u, "report") else 0.0,
        "quotation": 1.0 if long_quote(u) else 0.0,
        "hedge": hedge,
        "hedge, answered": hedge if ans else 0.0,
        "certainty": certain,
        "certainty, answered": certain if ans else 0.0,
        "answered": 1.0 if ans else 0.0,
        "answered in its sentence": 1.0 if same_turn else 0.0,
        "next sentence turns": 1.0 if turn_next else 0.0,
        "opens with a turn": 1.0 if own_turn else 0.0,
        "next paragraph turns": 1.0 if _next_paragraph_turns(u, units) else 0.0,
        "first person": has_word(u, FIRST_SINGULAR),
        "we": has_word(u, FIRST_PLURAL),
        "recommendation": 1.0 if u.recommendation else 0.0,
        "stance": 1.0 if u.stance else 0.0,
        "value judgement": 1.0 if u.evaluation else 0.0,
        "reason": 1.0 if u.reason else 0.0,
        "conclusion marker": 1.0 if u.conclusion else 0.0,
        "question": 1.0 if is_question(u) else 0.0,
        "negation": has_word(u, NEGATIONS),
        "past tense": 1.0 if past(u) else 0.0,
        "answer: negation": 1.0 if how == "negation" else 0.0,
        "answer: rejection": 1.0 if how == "rejection" else 0.0,
        "answer: question": 1.0 if how == "question" else 0.0,
        "answer: turn": 1.0 if how == "turn" else 0.0,
        "answer: another view": 1.0 if how == "counter-view" else 0.0,
        "answer echoes it": 1.0 if by is not None and len(stems(u) & stems(by)) >= 2 else 0.0,
        "narrative, turned": 1.0
        if how == "turn" and by is not None and past(u) and past(by)
        else 0.0,
        "report by a verb": 1.0 if form == "verb" else 0.0,
        "report in a noun or adjective": 1.0 if form in ("noun", "adjective") else 0.0,
        "report set off or passive": 1.0 if form in ("parenthetical", "passive") else 0.0,
        "report with nobody named": 1.0 if form == "existential" else 0.0,
        "a holder": 1.0 if held else 0.0,
        "a holder, answered": 1.0 if held and how else 0.0,
        "conditional": 1.0 if u.start < len(u.low) and u.low[u.start] in ("if", "unless") else 0.0,
        "first paragraph": 1.0 if u.para == 0 else 0.0,
        "last paragraph": 1.0 if u.para == last.para and u.para else 0.0,
        "last sentence": 1.0 if u.sentence == last.sentence else 0.0,
    }


def evidence_signals(u: Unit) -> Signals:
    """Signals of the type of evidence a unit of the author's brings, if any."""
    text = u.text
    digit = _DIGIT.search(text) is not None
    number = digit or not cues.NUMBER_WORDS.isdisjoint(u.lowset)
    _, stat, count = numbers(u)
    named, other_speaker = _speaker(u)
    who = (u.reported or "").lower().split()
    research = bool(who) and who[-1] in _RESEARCH_SOURCES
    source = bool(who) and who[-1] in _SOURCES
    was = past(u)
    year = digit and cues.YEAR.search(text) is not None
    when = year or bool(anywhere(u, "time"))
    first = has_word(u, FIRST_SINGULAR)
    n = len(u.low)
    quoted = long_quote(u)
    named_party = _named(u)
    return {
        "digit": 1.0 if digit else 0.0,
        "percentage or amount": 1.0 if stat else 0.0,
        "count or rate": 1.0 if count else 0.0,
        "number word": 1.0 if not digit and number else 0.0,
        "statistic word": 1.0 if anywhere(u, "statistic") else 0.0,
        "study word": 1.0 if anywhere(u, "study") else 0.0,
        "research source": 1.0 if research else 0.0,
        "finding verb": 1.0 if u.verb in _FINDINGS and (named or source) else 0.0,
        "example marker": 1.0 if anywhere(u, "example") else 0.0,
        "named speaker": 1.0 if named and not research else 0.0,
        "other speaker": 1.0 if other_speaker else 0.0,
        "according to": 1.0 if u.verb == "according to" else 0.0,
        "quotation": 1.0 if quoted else 0.0,
        "short quotation": 1.0 if not quoted and has_quote(u) else 0.0,
        "unnamed report": 1.0 if anywhere(u, "report") else 0.0,
        "opposing cue": 1.0 if opposing(u, None) else 0.0,
        "past tense": 1.0 if was else 0.0,
        "dated": 1.0 if when else 0.0,
        "dated past": 1.0 if when and was else 0.0,
        "named party": 1.0 if named_party else 0.0,
        "named party, past": 1.0 if was and named_party else 0.0,
        "first person": first,
        "first person, past": first if was else 0.0,
        "we": has_word(u, FIRST_PLURAL),
        "you": has_word(u, _SECOND),
        "present be": has_word(u, _PRESENT_BE),
        "future": has_word(u, FUTURE),
        "modal": has_word(u, _HEDGES | {"should", "must", "can"}),
        "value judgement": 1.0 if u.evaluation else 0.0,
        "recommendation": 1.0 if u.recommendation else 0.0,
        "stance": 1.0 if u.stance else 0.0,
        "reason": 1.0 if u.reason else 0.0,
        "conclusion marker": 1.0 if u.conclusion else 0.0,
        "turn": 1.0 if u.rebuttal else 0.0,
        "question": 1.0 if is_question(u) else 0.0,
        "negation": has_word(u, NEGATIONS),
        "short": 1.0 if n < 8 else 0.0,
        "long": 1.0 if n > 30 else 0.0,
    }
