"""Linking the units of a draft: the support and attack that follow the text's layout.

Inside a sentence, cues decide (a reason marker, a concession, a rebuttal).
Inside a paragraph, the paragraph's first claim in the author's voice is its
*topic*: evidence supports the author's claim it follows, other units support
the topic. Between paragraphs, a topic supports the thesis only for a reason
named in its cue: it opens or closes the text, it recommends or judges, it
draws a conclusion, it adds one more reason ("Another ..."), or it repeats the
thesis's words. Any other topic goes on from an earlier topic: the one
before if it opens with a pronoun, else the one it shares most words with.
So the draft reads as a tree, not a fan of links into the thesis.

>>> from argmap.drafting.features import read_units
>>> from argmap.drafting.segment import clauses, paragraphs, sentences
>>> text = ("We must save the pier.\\n\\nThe pier draws visitors. Shops live off them.\\n\\n"
...         "Those shops employ many people.\\n\\nWe urge the council to act.")
>>> units = read_units([[clauses(s) for s in sentences(p)] for p in paragraphs(text)])
>>> units[0].kind = "thesis"
>>> for k in link(units, units[0], []):
...     print(units[k.premise].text, "->", units[k.conclusion].text, "|", k.cue)
Shops live off them. -> The pier draws visitors. | follows the paragraph's topic
The pier draws visitors. -> We must save the pier. | repeats the thesis's words
Those shops employ many people. -> The pier draws visitors. | continues the paragraph before
We urge the council to act. -> We must save the pier. | topic of the last paragraph
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from argmap.drafting import cues
from argmap.drafting.features import Unit, answers
from argmap.model import Polarity

__all__ = ["Link", "link"]

_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_STEM_LETTERS = 6
_CONTINUING = re.compile(r"^[\s\"“(]*(?:this|that|these|those|such|it|they)\b", re.IGNORECASE)
_AUTHORS = ("claim", "thesis", "premise", "rebuttal")


@dataclass
class Link:
    """A proposed inference between two units (by their index)."""

    premise: int
    conclusion: int
    polarity: Polarity
    confidence: float
    cue: str


def _stems(u: Unit) -> frozenset[str]:
    """The unit's content words cut to their first letters, worked out once (a topic
    is compared with every earlier one)."""
    found = u.memo.get("topic stems")
    if found is None:
        words = {w.lower() for w in _CONTENT_WORD.findall(u.text)} - cues.ENGLISH_FUNCTION_WORDS
        found = u.memo["topic stems"] = frozenset(w[:_STEM_LETTERS] for w in words)
    return found  # type: ignore[return-value]


def _heads(units: list[Unit], skip: set[int]) -> dict[int, Unit]:
    """The topic of each paragraph: its first claim in the author's voice."""
    heads: dict[int, Unit] = {}
    for u in units:
        if (
            u.para not in heads
            and u.kind in ("claim", "thesis")
            and u.index not in skip
            and not u.speaker
        ):
            heads[u.para] = u
    return heads


def _why_the_thesis(head: Unit, units: list[Unit], thesis: Unit) -> str | None:
    """The reason of position or cue for a paragraph's topic to support the thesis."""
    last = units[-1].para
    if head.para == thesis.para:
        return "in the thesis's paragraph"
    if head.para in (0, last):
        return "topic of the first paragraph" if head.para == 0 else "topic of the last paragraph"
    if head.recommendation or head.stance:
        return "a recommendation or stance of the author"
    if head.conclusion >= 1.0:
        return "a conclusion marker"
    if head.additive:
        return "one more reason in a list"
    return None


def _goes_on_from(
    head: Unit, earlier: list[Unit], thesis_words: frozenset[str]
) -> tuple[Unit | None, str]:
    """What a paragraph's topic without a reason to support the thesis goes on from.

    ``None`` stands for the thesis. A topic opening with a pronoun continues
    the paragraph before; otherwise the earlier topic sharing most words
    with it (two or more), else the thesis if they share a word, else an
    earlier topic sharing one; a topic sharing nothing is a new reason for
    the thesis.
    """
    if earlier and _CONTINUING.match(head.text):
        return earlier[-1], "continues the paragraph before"
    mine = _stems(head)
    shared = {e.index: len(mine & _stems(e)) for e in earlier}
    best = max(earlier, key=lambda e: (shared[e.index], e.index), default=None)
    if best is not None and shared[best.index] >= 2:
        return best, f"shares words with the topic of paragraph {best.para + 1}"
    if mine & thesis_words:
        return None, "repeats the thesis's words"
    if best is not None and shared[best.index]:
        return best, f"shares a word with the topic of paragraph {best.para + 1}"
    return None, "a new topic: no earlier claim shares its words"


def link(units: list[Unit], thesis: Unit, restated: list[Unit]) -> list[Link]:
    """Inferences between ``units``: never into itself, never around a circle."""
    links: list[Link] = []
    placed: set[int] = {thesis.index, *(u.index for u in restated)}
    skip = {u.index for u in restated}
    heads = _heads(units, skip)
    onward: dict[int, set[int]] = {}

    def reaches(start: int, goal: int) -> bool:
        todo, seen = [start], {start}
        while todo:
            k = todo.pop()
            if k == goal:
                return True
            for nxt in onward.get(k, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    def add(p: Unit, c: Unit, polarity: Polarity, conf: float, cue: str) -> bool:
        target = thesis if c.index in skip else c
        if p.index == target.index or p.index in skip or reaches(target.index, p.index):
            return False  # never a link into itself or around a circle
        links.append(Link(p.index, target.index, polarity, conf, cue))
        onward.setdefault(p.index, set()).add(target.index)
        placed.add(p.index)
        return True

    _within_sentences(units, thesis, heads, placed, add)
    # conclusion markers: what came before supports the marked unit
    for u in units:
        if u.conclusion >= 1.0 and u.index and u.kind in ("claim", "thesis", "premise"):
            prev = units[u.index - 1]
            if (
                prev.index not in placed
                and prev.para == u.para
                and prev.kind not in ("counterclaim", "rebuttal")
            ):
                add(prev, u, "support", 0.55, "conclusion marker")
    # evidence backs the author's claim it follows in its paragraph
    for u in units:
        if u.index not in placed and u.kind == "evidence":
            target = _nearest_claim(u, units)
            if target is not None:
                add(u, target, "support", 0.4, "evidence for the claim it follows")
    # inside a paragraph: its topic leads
    for u in units:
        head = heads.get(u.para)
        if u.index not in placed and head is not None and head is not u:
            add(u, head, "support", 0.3, "follows the paragraph's topic")
    # between paragraphs: a topic goes to the thesis only for a reason
    thesis_words = _stems(thesis).union(*(_stems(r) for r in restated))
    earlier: list[Unit] = []
    for para in sorted(heads):
        head = heads[para]
        if head.index not in placed:
            why = _why_the_thesis(head, units, thesis)
            if why is not None:
                add(head, thesis, "support", 0.35, why)
            else:
                target, why = _goes_on_from(
                    head, [e for e in earlier if e is not thesis], thesis_words
                )
                if target is None or not add(head, target, "support", 0.3, why):
                    add(head, thesis, "support", 0.25, why)
        earlier.append(head)
    # what is left: evidence without a claim in its paragraph, lone reports
    for u in units:
        if u.index in placed:
            continue
        before = [h for p, h in heads.items() if p < u.para]
        if (
            u.kind == "evidence"
            and before
            and add(
                u, before[-1], "support", 0.25, "evidence after the claim of the paragraph before"
            )
        ):
            continue
        polarity: Polarity = "attack" if u.kind == "counterclaim" else "support"
        add(u, thesis, polarity, 0.2, "unplaced: linked to the thesis")
    _spread(links, units, thesis, heads, onward, reaches)
    return links


#: The largest share of a draft's inferences that may point straight at the thesis,
#: in a draft of at least :data:`SPREAD_FROM` inferences (a short text's reasons
#: may all be the thesis's own).
MAX_THESIS_SHARE = 0.4
SPREAD_FROM = 10


def _spread(
    links: list[Link],
    units: list[Unit],
    thesis: Unit,
    heads: dict[int, Unit],
    onward: dict[int, set[int]],
    reaches: Callable[[int, int], bool],
) -> None:
    """Keep at most :data:`MAX_THESIS_SHARE` of ``links`` at the thesis in a long draft.

    Past that share, the least sure supports of the thesis (the latest first
    among equals) go to the topic of the nearest paragraph before theirs, so
    a long draft stays a tree rather than a fan; each says so in its cue.
    """
    into = [k for k in links if k.conclusion == thesis.index]
    excess = len(into) - int(MAX_THESIS_SHARE * len(links))
    if excess <= 0 or len(links) < SPREAD_FROM:
        return
    movable = sorted(
        (k for k in into if k.polarity == "support"), key=lambda k: (k.confidence, -k.premise)
    )
    for k in movable:
        if excess <= 0:
            break
        para = units[k.premise].para
        for h in sorted((h for p, h in heads.items() if p < para), key=lambda h: -h.para):
            if h.index in (k.premise, thesis.index) or reaches(h.index, k.premise):
                continue
            onward[k.premise].discard(thesis.index)
            onward[k.premise].add(h.index)
            k.conclusion = h.index
            k.confidence = min(k.confidence, 0.2)
            k.cue += "; put under the topic before (too many links at the thesis)"
            excess -= 1
            break


def _within_sentences(
    units: list[Unit],
    thesis: Unit,
    heads: dict[int, Unit],
    placed: set[int],
    add: Callable[[Unit, Unit, Polarity, float, str], bool],
) -> None:
    """Links the cues of a sentence decide: reasons, reported views, rebuttals."""
    by_thesis = _answered_by_thesis(units, thesis)
    for u in units:
        if u.index in placed:
            continue
        prev = units[u.index - 1] if u.index else None
        nxt = units[u.index + 1] if u.index + 1 < len(units) else None
        if u.kind == "counterclaim":
            if prev is not None and prev.sentence == u.sentence and prev.kind == "counterclaim":
                add(prev, u, "support", 0.4, "earlier part of the same reported view")
            if u is by_thesis:
                # the thesis is the author's answer to this view: it attacks the view
                # (the view attacking the thesis back would close a circle)
                add(thesis, u, "attack", 0.6, "the thesis answers this view")
                placed.add(u.index)
                continue
            target, why = _opposed(u, heads, thesis)
            add(u, target, "attack", 0.5, why)
        elif u.kind == "rebuttal":
            answered = answers(u, units)
            add(u, answered or thesis, "attack", 0.6, f"rebuttal ({u.rebuttal or 'concession'})")
        elif (
            u.kind == "premise"
            and u.piece.split
            and prev is not None
            and prev.sentence == u.sentence
        ):
            add(u, prev, "support", 0.6, f"reason marker ({u.reason!r})")
        elif (
            u.kind == "premise" and u.piece.split and nxt is not None and nxt.sentence == u.sentence
        ):
            add(u, nxt, "support", 0.6, f"fronted reason ({u.reason!r})")
        elif u.kind == "premise" and prev is not None and prev.kind != "counterclaim":
            add(u, prev, "support", 0.5, f"reason marker ({u.reason!r}) after a claim")
        elif u.kind == "premise" and u.speaker and prev is not None:
            add(u, prev, "support", 0.5, "reason inside a reported view")


def _answered_by_thesis(units: list[Unit], thesis: Unit) -> Unit | None:
    """The counterclaim the thesis was found to answer (the view before it that it
    turns against), if any."""
    if thesis.answers_to is not None and units[thesis.answers_to].kind == "counterclaim":
        return units[thesis.answers_to]
    return None


def _same_sentence(other: Unit | None, u: Unit) -> bool:
    return other is not None and other.sentence == u.sentence


def _opposed(u: Unit, heads: dict[int, Unit], thesis: Unit) -> tuple[Unit, str]:
    """What a counterclaim attacks: its paragraph's topic, or the thesis."""
    head = heads.get(u.para)
    if head is not None and head.kind == "claim" and head.para:
        return head, "counterclaim opposes the claim of its paragraph"
    return thesis, "counterclaim opposes the author's position"


def _nearest_claim(u: Unit, units: list[Unit]) -> Unit | None:
    for k in range(u.index - 1, -1, -1):
        other = units[k]
        if other.para != u.para:
            break
        if other.kind in _AUTHORS and not other.speaker:
            return other
    for k in range(u.index + 1, len(units)):
        other = units[k]
        if other.para != u.para:
            break
        if other.kind in ("claim", "thesis") and not other.speaker:
            return other
    return None
