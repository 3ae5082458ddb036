"""What makes a unit the point of the whole text: the signals of the thesis.

:func:`thesis_signals` names what the fitted thesis ranker weighs (the
recommendation and stance cues, the position in the paragraph and the text,
an echo of the title ...); :func:`content_stems` gives the content words that
echoes are counted with.

>>> sorted(content_stems("Parking, not potholes, is our problem."))
['parkin', 'pothol', 'proble']
"""

from __future__ import annotations

import re

from argmap.drafting import cues
from argmap.drafting.answers import stems
from argmap.drafting.evidence import past
from argmap.drafting.reading import Unit
from argmap.drafting.signals import (
    FIRST_PLURAL,
    FIRST_SINGULAR,
    FUTURE,
    NEGATIONS,
    Signals,
    has_word,
    is_question,
)

__all__ = ["Cohesion", "content_stems", "thesis_signals"]

_DIGIT = re.compile(r"\d")
_PRONOUN_START = frozenset({"it", "they", "this", "these", "that", "those", "he", "she", "such"})
_CONTRAST_SPLITS = frozenset({"but", "however", "yet"})
_TURNS = frozenset(cues.TURN)

_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def content_stems(text: str) -> set[str]:
    """Content words of ``text`` cut to six letters, so forms of a word meet."""
    words = {w.lower() for w in _CONTENT_WORD.findall(text)} - cues.ENGLISH_FUNCTION_WORDS
    return {w[:6] for w in words}


def thesis_signals(
    u: Unit,
    units: list[Unit],
    title_words: set[str],
    opening: Unit | None,
    *,
    verdict: bool,
    rules: float,
    cohesion: Cohesion | None = None,
) -> Signals:
    """Signals of the unit that states the point of the whole text.

    ``opening`` is the unit carrying the point of the first sentence,
    ``verdict`` whether a value judgement is the unit's main predicate,
    ``rules`` the unit's score by the hand-written rules (all from
    :mod:`argmap.drafting.thesis`), ``cohesion`` how the text's paragraphs
    echo each other's words (worked out once per text).
    """
    cohesion = cohesion or Cohesion(units)
    last = units[-1]
    long_text = last.para + 1 >= cues.LONG_TEXT_PARAGRAPHS
    paras = last.para + 1
    sentences = last.sentence + 1
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    prev = units[u.index - 1] if u.index else None
    echo = len(content_stems(u.text) & title_words) / len(title_words) if title_words else 0.0
    first_in_para = prev is None or prev.para != u.para
    last_in_para = nxt is None or nxt.para != u.para
    end_marker = u.conclusion >= 1.5 and u.sentence >= last.sentence - 1
    start = u.start
    pronoun = start < len(u.low) and u.low[start] in _PRONOUN_START and u.index != 0
    signals = {
        "the rules' score": rules,
        "recommendation": min(u.recommendation, 4.0),
        "stance": min(u.stance, 4.0),
        "value judgement": u.evaluation,
        "verdict": 1.0 if verdict else 0.0,
        "conclusion marker at the end": u.conclusion if end_marker else 0.0,
        "conclusion marker": u.conclusion if not end_marker and u.conclusion >= 1.5 else 0.0,
        "opens the text": 1.0 if u is opening else 0.0,
        "first paragraph": 1.0 if u.para == 0 and paras > 1 and u is not opening else 0.0,
        "last paragraph": 1.0 if u.para == last.para and u.para else 0.0,
        "closes the text": 1.0 if u.sentence == last.sentence and u is not opening else 0.0,
        "opens its paragraph": 1.0 if first_in_para else 0.0,
        "closes its paragraph": 1.0 if last_in_para else 0.0,
        "echoes the title": echo,
        "after a contrast": 1.0
        if u.piece.split in _CONTRAST_SPLITS or (not u.piece.split and u.rebuttal in _TURNS)
        else 0.0,
        "before a contrast": 1.0
        if nxt is not None and nxt.sentence == u.sentence and nxt.piece.split in _CONTRAST_SPLITS
        else 0.0,
        "answers a counterclaim": 1.0 if u.kind == "rebuttal" else 0.0,
        "reason": 1.0 if u.reason else 0.0,
        "additive": 1.0 if u.additive else 0.0,
        "pronoun subject": 1.0 if pronoun and not u.conclusion else 0.0,
        "evidence": 1.0 if u.kind == "evidence" else 0.0,
        "question": 1.0 if is_question(u) else 0.0,
        "quoted": 1.0 if cues.QUOTED_START.match(u.text) else 0.0,
        "first person": has_word(u, FIRST_SINGULAR),
        "we": has_word(u, FIRST_PLURAL),
        "negation": has_word(u, NEGATIONS),
        "future": has_word(u, FUTURE),
        "digit": 1.0 if _DIGIT.search(u.text) else 0.0,
        "past tense": 1.0 if past(u) else 0.0,
        "short": 1.0 if len(u.low) < 8 else 0.0,
        "position": u.sentence / max(1, sentences - 1),
        "echoed across the text": cohesion.spread(u),
        "echoes the last paragraph": cohesion.echo(u, last.para) if u.para != last.para else 0.0,
        "echoes the first paragraph": cohesion.echo(u, units[0].para) if u.para else 0.0,
        "ends mid-sentence": 1.0
        if nxt is not None and nxt.sentence == u.sentence and u.text.rstrip().endswith(",")
        else 0.0,
    }
    if long_text:
        for name in ("opens the text", "first paragraph", "last paragraph", "closes the text"):
            signals[f"{name}, long text"] = signals[name]
    return signals


class Cohesion:
    """How the paragraphs of a text echo each other's content words.

    The point of a text is taken up again and again: the words of the thesis
    recur in the paragraphs that argue for it, while a hook or an anecdote
    stays where it is told.

    >>> from argmap.drafting.features import read_units
    >>> from argmap.drafting.segment import clauses, sentences
    >>> paras = ["Cities should tax empty homes.", "Empty homes push rents up.",
    ...          "My aunt owns a boat.", "A tax on empty homes would fill them."]
    >>> units = read_units([[clauses(s) for s in sentences(p)] for p in paras])
    >>> c = Cohesion(units)
    >>> c.spread(units[0]), c.spread(units[2])
    (0.6667, 0.0)
    """

    def __init__(self, units: list[Unit]) -> None:
        paras: dict[int, set[str]] = {}
        for u in units:
            paras.setdefault(u.para, set()).update(stems(u))
        self._paras = paras

    def spread(self, u: Unit) -> float:
        """The share of the other paragraphs that share a content word with ``u``."""
        mine = stems(u)
        others = [s for p, s in self._paras.items() if p != u.para]
        if not mine or not others:
            return 0.0
        return round(sum(1 for s in others if not mine.isdisjoint(s)) / len(others), 4)

    def echo(self, u: Unit, para: int) -> float:
        """The share of ``u``'s content words found in paragraph ``para``."""
        mine = stems(u)
        return len(mine & self._paras.get(para, set())) / len(mine) if mine else 0.0
