"""Picking the thesis: the author's unit that reads most like the point of the text.

Every unit in the author's own voice is scored with the weights of
:data:`argmap.drafting.cues.THESIS_SCORE` (plus the weights of its
recommendation and stance cues); the best is the thesis. Reported views,
concessions and answers to an objection are not candidates, except the
main clause that follows a concession in the same sentence ("While X, *Y*"),
which is the author's point.

>>> from argmap.drafting.features import read_units
>>> from argmap.drafting.segment import clauses, sentences
>>> text = "While the plan is costly, the city should adopt it. It saves lives."
>>> units = read_units([[clauses(s) for s in sentences(text)]])
>>> pick_thesis(units, None).text
'the city should adopt it.'
"""

from __future__ import annotations

import re

from argmap.drafting import cues, weights
from argmap.drafting.features import Unit
from argmap.drafting.salience import Cohesion, content_stems, thesis_signals
from argmap.drafting.signals import Signals, score, softmax

__all__ = [
    "candidates",
    "is_candidate",
    "is_verdict",
    "pick_thesis",
    "restatements",
    "thesis_score",
]

_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_STEM_LETTERS = 6
#: A unit of fewer words (with its full stop) does not state the text's point.
_MIN_POINT_WORDS = 5
_PRONOUN_START = re.compile(r"^[\s\"“(]*(?:it|they|this|these|that|those|he|she|such)\b", re.I)
_QUESTION = re.compile(r"\?[\s\"”’')\]]*$")
_CONTRAST = frozenset({"but", "however", "yet"})
_TURNS = frozenset(cues.TURN)
_CONCESSIVE = frozenset(cues.CONCESSIVE)
_CONCLUDING = frozenset({"so", "therefore", "thus", "hence"})
_VERBS = cues.VERDICT_VERBS
_FILLERS = cues.VERDICT_FILLERS
_SUBORDINATORS = frozenset(
    "whether if unless when whenever because since although though while once".split()  # noqa: SIM905
)


def _content(text: str) -> set[str]:
    """Content words of ``text``, cut to their first letters so that forms
    of one word meet ("exploitation", "exploiting")."""
    words = {w.lower() for w in _CONTENT_WORD.findall(text)} - cues.ENGLISH_FUNCTION_WORDS
    return {w[:_STEM_LETTERS] for w in words}


def _after_concession(u: Unit, units: list[Unit]) -> bool:
    """The main clause of "Although X, Y" (or "While X, Y"): Y; or the turn of
    "X, but Y" when X is a point granted (drafted a counterclaim) and Y takes a
    position of its own (a recommendation, a stance or a value judgement)."""
    prev = units[u.index - 1] if u.index else None
    if prev is None or prev.sentence != u.sentence:
        return False
    return prev.piece.split in _CONCESSIVE or (
        u.piece.split in _CONTRAST
        and prev.kind == "counterclaim"
        and bool(u.recommendation or u.stance or u.evaluation)
    )


def is_verdict(u: Unit) -> bool:
    """Whether a value judgement is the unit's main predicate ("X is unwise")."""
    for pos, _ in u.hits.get("evaluation", ()):
        k = pos - 1
        while k >= 0 and u.low[k] in _FILLERS:
            k -= 1
        if k >= 0 and u.low[k] in _VERBS and _SUBORDINATORS.isdisjoint(u.low[:k]):
            return True
    return False


def is_candidate(u: Unit, units: list[Unit], *, answers: bool = False) -> bool:
    """Whether ``u`` may be the thesis: the author's own voice, not an objection.

    An answer to a counterclaim is a candidate only after a concession in its
    own sentence ("While X, *Y*"), or always when ``answers`` is true.
    """
    if u.speaker:
        return False
    if u.kind == "rebuttal":
        return answers or _after_concession(u, units)
    return u.kind != "counterclaim"


def _opening(units: list[Unit]) -> Unit | None:
    """The unit carrying the point of the text's first sentence.

    Its first candidate, unless a later clause of the sentence turns against
    it ("X, but Y"), answers a concession ("While X, Y"), or concludes from it
    ("X, so Y"); a fronted reason ("Because X, Y") is never the point. When
    the text opens on views the author reports ("Critics say X."), the first
    sentence in the author's voice takes their place; so does the answer to
    an opening question.
    """
    lead: Unit | None = None
    for u in units:
        if u.para != units[0].para or (lead is not None and u.sentence != lead.sentence):
            break
        if _QUESTION.search(u.text) or len(u.words) < _MIN_POINT_WORDS:
            continue  # "Why keep it? ...": the answer leads; "Bedblocking.": no point yet
        if not is_candidate(u, units) or (u.reason and u.kind == "premise"):
            if lead is None and u.kind not in ("counterclaim", "rebuttal") and not u.speaker:
                break  # the author speaks first, with a reason: no opening point
            continue
        if (
            lead is None
            or u.piece.split in _CONTRAST
            or u.piece.split in _CONCLUDING
            or _after_concession(u, units)
        ):
            lead = u
    return lead


def thesis_score(
    u: Unit,
    units: list[Unit],
    title_words: set[str],
    opening: Unit | None = None,
) -> tuple[float, list[str]]:
    """The score of ``u`` as the thesis and the names of the cues that made it."""
    w = cues.THESIS_SCORE
    why: list[str] = []
    score = 0.0

    def bonus(name: str, times: float = 1.0) -> None:
        nonlocal score
        score += w[name] * times
        if w[name] > 0:
            why.append(name)

    if u.recommendation:
        score += u.recommendation
        why.append("recommendation")
    if u.stance:
        score += u.stance
        why.append("author's stance")
    if u.evaluation:
        bonus("value judgement", u.evaluation)
        if is_verdict(u):
            bonus("verdict")
    last = units[-1]
    if u.conclusion >= 1.5:
        if u.sentence >= last.sentence - 1:
            bonus("conclusion marker", u.conclusion)
        else:
            bonus("conclusion marker earlier", u.conclusion)
    # a long piece (an editorial) opens on a hook and states its position at the end
    long_text = last.para + 1 >= cues.LONG_TEXT_PARAGRAPHS
    if u is opening:
        bonus("opens the text", 0.5 if long_text else 1.0)
    elif u.para == 0 and last.para > 0:
        bonus("first paragraph")
    if u.para == last.para and u.para != 0:
        bonus("last paragraph", 2.0 if long_text else 1.0)
    if u.sentence == last.sentence and u is not opening:
        bonus("closes the text")
    if title_words:
        overlap = len(_content(u.text) & title_words) / len(title_words)
        if overlap >= 0.25:
            bonus("echoes the title", overlap)
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    if u.piece.split in _CONTRAST or (not u.piece.split and u.rebuttal in _TURNS):
        bonus("after a contrast")
    if nxt is not None and nxt.sentence == u.sentence and nxt.piece.split in _CONTRAST:
        bonus("before a contrast")
    if u.reason:
        bonus("reason")
    if u.additive:
        bonus("additive")
    if _PRONOUN_START.match(u.text) and u.index != 0 and not u.conclusion:
        bonus("pronoun subject")
    if u.kind == "evidence":
        bonus("evidence")
    if _QUESTION.search(u.text):
        bonus("question")
    if cues.QUOTED_START.match(u.text):
        bonus("quoted")
    return score, why


def candidates(
    units: list[Unit], title: str | None, *, answers: bool | None = None
) -> list[tuple[Unit, Signals]]:
    """The units that may be the thesis, each with its :func:`thesis_signals`.

    Answers to counterclaims are among them when ``answers`` is true (by
    default, when the thesis is picked by fitted weights).
    """
    title_words = content_stems(title) if title else set()
    opening = _opening(units)
    if answers is None:
        answers = bool(weights.THESIS) and units[-1].para + 1 >= cues.LONG_TEXT_PARAGRAPHS
    text = Cohesion(units)
    return [
        (
            u,
            thesis_signals(
                u,
                units,
                title_words,
                opening,
                verdict=is_verdict(u),
                rules=thesis_score(u, units, title_words, opening)[0],
                cohesion=text,
            ),
        )
        for u in units
        if is_candidate(u, units, answers=answers)
    ]


def pick_thesis(units: list[Unit], title: str | None) -> Unit:
    """The thesis among ``units`` (its kind, cue and confidence set).

    In a long text (:data:`cues.LONG_TEXT_PARAGRAPHS` paragraphs or more), with
    fitted weights (:data:`argmap.drafting.weights.THESIS`), the candidate
    scoring highest is the thesis, its confidence its share of the
    candidates' probability; otherwise the hand-written :func:`thesis_score`
    decides (in cross-validation the fitted ranker did better on editorials,
    the rules on short texts).
    """
    if weights.THESIS and units[-1].para + 1 >= cues.LONG_TEXT_PARAGRAPHS:
        return _weighed_thesis(units, title)
    title_words = _content(title) if title else set()
    opening = _opening(units)
    best: tuple[float, int] | None = None
    best_why: list[str] = []
    for u in units:
        if not is_candidate(u, units):
            continue
        score, why = thesis_score(u, units, title_words, opening)
        if best is None or score > best[0]:
            best, best_why = (score, u.index), why
    if best is None:
        chosen = units[0]
        chosen.cue = "no author's claim found: the first unit"
        chosen.confidence = 0.2
    else:
        chosen = units[best[1]]
        chosen.cue = "thesis: " + (", ".join(best_why) if best_why else "best of weak candidates")
        chosen.confidence = round(min(0.9, 0.3 + 0.1 * max(best[0], 0.0)), 2)
    chosen.kind, chosen.evidence_type = "thesis", None
    return chosen


def _weighed_thesis(units: list[Unit], title: str | None) -> Unit:
    found = candidates(units, title)
    if not found:
        chosen = units[0]
        chosen.cue, chosen.confidence = "no author's claim found: the first unit", 0.2
    else:
        scores = {u.index: score(weights.THESIS, s) for u, s in found}
        probs = softmax({str(k): v for k, v in scores.items()})
        chosen, signals = max(found, key=lambda c: scores[c[0].index])
        parts = sorted(
            ((weights.THESIS.get(n, 0.0) * v, n) for n, v in signals.items() if v), reverse=True
        )
        why = [n for w, n in parts[:3] if w > 0]
        chosen.cue = "thesis: " + (", ".join(why) if why else "best of weak candidates")
        chosen.confidence = round(max(0.2, min(0.95, probs[str(chosen.index)])), 2)
    chosen.kind, chosen.evidence_type = "thesis", None
    return chosen


def restatements(units: list[Unit], thesis: Unit) -> list[Unit]:
    """The thesis said again in the other end paragraph ("We urge ...")."""
    last_para = units[-1].para
    if last_para == 0 or thesis.para not in (0, last_para):
        return []
    other_end = last_para if thesis.para == 0 else 0
    return [
        u
        for u in units
        if u.para == other_end
        and u is not thesis
        and u.kind == "claim"
        and u.recommendation >= 2.0
        and not u.speaker
    ][:1]
