"""Whether the author answers a unit: the turn, the rejection, the granted point.

A view the author reports or concedes is a counterclaim when the author
answers it: "..., but", "In practice, ...", "It's so wrong" in the rest of
its sentence, the next sentence or the next paragraph's opening
(:func:`answered`); "On the one hand ..." is answered by a later "On the
other hand" (:func:`paired_answer`). :func:`opposing` and :func:`granted`
find the cues that mark a view as someone else's or as a point granted, and
:func:`cited` the view the author cites in support ("As X argues, ...").

>>> from argmap.drafting.features import read_units
>>> from argmap.drafting.segment import clauses, sentences
>>> text = "Critics say the tax costs jobs. But it pays for schools."
>>> units = read_units([[clauses(s) for s in sentences(text)]])
>>> answered(units[0], units), opposing(units[0], units)
(True, 'critics')
"""

from __future__ import annotations

from argmap.drafting import cues
from argmap.drafting.reading import Unit, at_start, rejection

__all__ = [
    "ANSWER_KINDS",
    "answer_of",
    "answered",
    "cited",
    "granted",
    "opens_with_turn",
    "opposing",
    "paired_answer",
    "stems",
]

_OPPOSING_REACH = 10  # an opposing-view cue counts in a unit's first words
_REBUTTAL_SPLITS = frozenset({"but", "however", "yet"})
_TURNS = frozenset(cues.TURN)


def answered(u: Unit, units: list[Unit], *, sentences: int = 1) -> bool:
    """Whether what follows ``u`` answers it ("..., but", "In practice, ...").

    The answer is looked for in the rest of ``u``'s sentence and the next
    ``sentences`` sentences of its paragraph, or at the start of the next
    paragraph when the paragraph ends before.
    """
    key = ("answered", sentences)
    if key not in u.memo:
        u.memo[key] = _answered(u, units, sentences)
    return bool(u.memo[key])


def _answered(u: Unit, units: list[Unit], sentences: int) -> bool:
    last = u.sentence + sentences
    for k in range(u.index + 1, min(len(units), u.index + 3 + 2 * sentences)):
        nxt = units[k]
        if nxt.para != u.para and not (
            nxt.para == u.para + 1
            and units[k - 1].sentence <= last - 1 + (sentences == 1)
            and units[k - 1].para == u.para
        ):
            return False  # an answer may open the next paragraph, no later
        if nxt.piece.split in _REBUTTAL_SPLITS or opens_with_turn(nxt):
            return True
        if nxt.sentence >= last:
            return False
    return False


def opens_with_turn(u: Unit) -> bool:
    """Whether ``u`` opens with a turn ("But ...", "In practice, ...") or rejects what
    came before ("It's so wrong"), worked out once: every unit before it asks."""
    found = u.memo.get("opens with a turn")
    if found is None:
        found = u.memo["opens with a turn"] = bool(
            at_start(u, "rebuttal", reach=1) in _TURNS
            or at_start(u, "answer", reach=1)
            or rejection(u)
        )
    return bool(found)


def paired_answer(u: Unit, units: list[Unit]) -> bool:
    """ "On the one hand ..." answered by a later "On the other hand" nearby."""
    for other in units[u.index + 1 :]:
        if other.para > u.para + 1:
            return False
        if at_start(other, "answer", reach=1) == "on the other hand":
            return True
    return False


def granted(u: Unit) -> str:
    """A granting cue: "Yes," at the start, "in theory" within the first words, or
    opening the main clause after a fronted phrase ("As a busy doctor, it's
    tempting to ...")."""
    start = u.start
    for pos, phrase in u.hits.get("granted", ()):
        several = " " in phrase.strip(" ,")
        if (
            pos <= start + 1
            or (several and pos < _OPPOSING_REACH)
            or (several and u.low[pos - 1] == "," and _fronted_phrase(u.low[start : pos - 1]))
        ):
            return phrase
    return ""


def _fronted_phrase(words: list[str]) -> bool:
    """Words before the main clause that hold no clause of their own: no comma and
    no finite verb of their own ("As a busy doctor faced with a full room")."""
    return bool(words) and "," not in words and not _FINITE.intersection(words)


_FINITE = frozenset(
    """is are was were am has have had do does did will would can could shall should may
    might must""".split()  # noqa: SIM905
)


def _is_amount(word: str) -> bool:
    return word[:1].isdigit() or word in cues.NUMBER_WORDS or word in ("as", "a", "half")


def opposing(u: Unit, units: list[Unit] | None) -> str:
    """The opposing-view cue that makes ``u`` a reported view, else ``""``.

    The cue must open the unit (within its first words); a weak one
    (:data:`cues.ANSWER_NEEDED`) counts only when an answer follows (not
    asked when ``units`` is ``None``); and a
    cue inside the author's own recommendation or stance ("X will not, no
    matter what some may say") does not turn it into someone else's view.
    """
    start = u.start
    words = len(u.low) - (1 if u.low and not u.low[-1][:1].isalnum() else 0)
    for pos, phrase in u.hits.get("opposing", ()):
        ends = pos + len(phrase.split()) == words
        closing = ends and pos and (u.low[pos - 1] == "," or phrase in cues.CLOSING_FRAMES)
        if pos >= _OPPOSING_REACH and not closing:  # "..., you might think."
            continue
        if phrase in cues.ANSWER_NEEDED and units is not None and not answered(u, units):
            continue
        if phrase == "granted" and pos and u.low[pos - 1] == "for":
            continue  # "taken for granted": no point granted
        if phrase == "perhaps" and pos + 1 < len(u.low) and _is_amount(u.low[pos + 1]):
            continue  # "perhaps 2,000 people", "perhaps as young as 10": an estimate
        if (u.recommendation or u.stance) and pos > start + 1:
            continue
        end = pos + len(phrase.split())
        if any(w in cues.ERROR_VERBS for w in u.low[end : end + 2]):
            continue  # "such critics forget that ...": the author answers them
        if any(end <= p <= end + 2 for p, _ in u.hits.get("recommendation", ())):
            continue  # "some people need to stand up": a demand on them, not their view
        return phrase
    return ""


def cited(u: Unit, verb: str) -> bool:
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


# -- how the author answers: the shape of the answer ---------------------------------

#: The kinds of answer :func:`answer_of` finds, strongest evidence first.
ANSWER_KINDS = ("negation", "rejection", "question", "turn", "counter-view")
_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "n't",
        "nothing",
        "nobody",
        "none",
        "cannot",
        "neither",
        "nor",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "doesn't",
        "don't",
        "didn't",
        "won't",
        "can't",
        "couldn't",
        "shouldn't",
    ]
)
_PRO_FORMS = frozenset(
    "this that it it's that's such these those which".split()  # noqa: SIM905
)
_BE_FORMS = frozenset("is are was were 's 're isn't aren't wasn't weren't".split())  # noqa: SIM905
_QUESTION_OPENERS = frozenset(
    [
        "how",
        "why",
        "what",
        "who",
        "where",
        "when",
        "whether",
        "is",
        "are",
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "should",
        "will",
        "isn't",
        "aren't",
        "doesn't",
        "don't",
        "shouldn't",
    ]
)
_ADDITIVE_AFTER = frozenset({"also", "too", "equally", "as", "even"})
_MIN_STEM = 4
_STEM = 6
#: Words too common to count as an echo of what was said.
_UNECHOED = cues.ENGLISH_FUNCTION_WORDS | frozenset(
    "people thing things there their would could should which really still".split()  # noqa: SIM905
)


def stems(u: Unit) -> frozenset[str]:
    """The unit's content words cut to their first letters, worked out once."""
    found = u.memo.get("stems")
    if found is None:
        found = frozenset(
            w[:_STEM] for w in u.low if len(w) >= _MIN_STEM and w.isalpha() and w not in _UNECHOED
        )
        u.memo["stems"] = found
    return found  # type: ignore[return-value]


def answer_of(u: Unit, units: list[Unit]) -> tuple[str, Unit] | None:
    """How the author answers ``u``, and the unit that does, else ``None``.

    The answer is looked for in the rest of ``u``'s sentence, the next two
    sentences of its paragraph, or the first sentence of the next paragraph
    when ``u``'s paragraph ends first. Its kinds (:data:`ANSWER_KINDS`):

    * ``negation``: it negates what ``u`` says, sharing its words ("It seemed
      the perfect victimless crime." "There is no such thing as a victimless crime.");
    * ``rejection``: "this", "that" or "it" judged, denied or dismissed ("This
      is hopelessly out of date", "It's a lovely thought, but ...");
    * ``question``: a question that challenges it ("How, then, do they explain
      ...?", "But what if ...?");
    * ``turn``: a contrast connective ("But ...", "..., yet", "In practice"),
      not an additive one ("but also", "not just X but Y");
    * ``counter-view``: someone else's view set against it ("Friends say X. His
      enemies think Y.").

    >>> from argmap.drafting.features import read_units
    >>> from argmap.drafting.segment import clauses, sentences
    >>> text = "It seemed a victimless crime. I learned there is no victimless crime."
    >>> units = read_units([[clauses(s) for s in sentences(text)]])
    >>> kind, unit = answer_of(units[0], units)
    >>> kind, unit.text
    ('negation', 'I learned there is no victimless crime.')
    """
    if "answer of" not in u.memo:
        u.memo["answer of"] = _answer_of(u, units)
    return u.memo["answer of"]  # type: ignore[return-value]


def _following(u: Unit, units: list[Unit]) -> list[Unit]:
    """The units an answer to ``u`` may be: see :func:`answer_of`."""
    out: list[Unit] = []
    for k in range(u.index + 1, min(len(units), u.index + 10)):
        v = units[k]
        if v.para == u.para:
            if v.sentence > u.sentence + 2:
                break
        elif v.para == u.para + 1 and units[k - 1].para == u.para:
            first = v.sentence
            out.extend(w for w in units[k : k + 3] if w.sentence == first)
            break
        else:
            break
        out.append(v)
    return out


def _answer_of(u: Unit, units: list[Unit]) -> tuple[str, Unit] | None:
    not_only = "only" in u.lowset or "just" in u.lowset
    mine = stems(u)
    for v in _following(u, units):
        kind = _answer_kind(u, v, mine, not_only)
        if kind:
            return kind, v
    return None


#: A negation answers what it shares words with only when they follow it closely
#: ("the problem isn't that soldiers are cowardly", "no such thing as a victimless crime").
_NEGATION_SCOPE = 4


def _negates(low: list[str], start: int, shared: frozenset[str]) -> bool:
    for k in range(start, min(len(low), start + 8)):
        if low[k] in _NEGATIONS:
            scope = low[k + 1 : k + 1 + _NEGATION_SCOPE]
            if any(len(w) >= 5 and w[:_STEM] in shared for w in scope):
                return True
    return False


def _answer_kind(u: Unit, v: Unit, mine: frozenset[str], not_only: bool) -> str:
    low = v.low
    start = v.start
    opening = low[start : start + 8]
    negated = not _NEGATIONS.isdisjoint(opening)
    shared = mine & stems(v)
    if negated and v.sentence != u.sentence and _negates(low, start, shared):
        return "negation"
    if rejection(v) or (
        start < len(low)
        and low[start] in _PRO_FORMS
        and not _BE_FORMS.isdisjoint(low[start + 1 : start + 3])
        and (v.evaluation or negated)
    ):
        return "rejection"
    if v.text.rstrip().rstrip("\"”'’)").endswith("?") and v.sentence != u.sentence:
        first = (
            low[start + 1]
            if start < len(low) and low[start] in ("but", "so", "and")
            else (low[start] if start < len(low) else "")
        )
        challenged = bool(shared) or (
            bool(u.holder or u.reported) and not {"they", "them", "their"}.isdisjoint(v.lowset)
        )
        if first in _QUESTION_OPENERS and challenged:
            return "question"
    # (a rejection has returned above, so only the turn itself counts here)
    turn = v.piece.split in _REBUTTAL_SPLITS or opens_with_turn(v)
    if turn:
        after = low[start + 1 : start + 4] if v.piece.split == "" else low[start : start + 3]
        additive = not _ADDITIVE_AFTER.isdisjoint(after) or (not_only and v.sentence == u.sentence)
        return "" if additive else "turn"
    if (
        v.report is not None
        and v.report.holder
        and (u.holder or u.reported)
        and v.report.holder != (u.holder or u.reported)
        and v.sentence == u.sentence + 1
    ):
        return "counter-view"
    return ""
