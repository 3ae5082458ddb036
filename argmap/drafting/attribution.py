"""Who says it: the speaker of reported speech in a sentence.

The speaker is the noun phrase before a verb of saying or contending
("Secretary of State Mike Pompeo said ...", "the South Korean government
charged that ..."), or the subject of the clause when the verb is further on
("the U.S. government has been worried ... and has expressed ..."). The
author's own voice ("we", "I") has no speaker.

>>> find_speaker("Secretary of State Mike Pompeo said the talks would go on.")
('Secretary of State Mike Pompeo', 'said')
>>> find_speaker("However, the U.S. government has long been worried and has expressed concern.")
('U.S. government', 'expressed')
>>> find_speaker("We urge the council to act.") is None
True
"""

from __future__ import annotations

import re

from argmap.drafting import cues
from argmap.drafting.lexicon import PhraseIndex, first_word, lower, tokens
from argmap.drafting.nounphrase import (
    AUTHOR_PRONOUNS,
    inverted_speaker,
    noun_after,
    noun_before,
    source_phrase,
    source_subject,
    subject_start,
)
from argmap.drafting.verbs import FORMS

__all__ = [
    "SPEECH_PHRASES",
    "find_speaker",
    "framed_view",
    "is_contention",
    "speaker_at",
]

_CONTENTION = frozenset(cues.CONTENTION_VERBS)
#: Every phrase that may report speech; :func:`speaker_at` expects hits of these.
SPEECH_PHRASES: tuple[str, ...] = (
    *cues.CONTENTION_VERBS,
    *cues.REPORT_VERBS,
    *cues.FINDING_VERBS,
    *cues.PASSIVE_REPORTS,
    "in a statement",
)
_INDEX = PhraseIndex({"speech": SPEECH_PHRASES})
_FINDING = frozenset(cues.FINDING_VERBS)
_PASSIVE = frozenset(cues.PASSIVE_REPORTS)
#: Phrases that report speech also when they open a sentence, capitalised.
_OPENING_PHRASES = frozenset({"according to", "in a statement"})
_SOURCES = frozenset(cues.SOURCE_NOUNS)
#: Verbs of a view held, reported also after a modal or "appeared to".
_HELD = frozenset(
    "argue claim insist object believe think say contend maintain suggest".split()  # noqa: SIM905
)
_MODALS = frozenset({"may", "might", "could", "would", "will", "can"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Before a verb form, these make it a noun ("these claims", "his says").
_NOUN_MARKERS = frozenset(
    "the these those such their its his her our my your a an whose of".split()  # noqa: SIM905
)
_SEEMING = frozenset({"appeared", "appears", "appear", "seemed", "seems", "seem"})
#: Verbs that may come before their speaker: '"...," said the minister'.
_INVERTIBLE = frozenset(
    """said says writes wrote notes noted adds added recalls recalled observes observed
    explains explained argues argued insists insisted warns warned continues continued
    concludes concluded according""".split()  # noqa: SIM905
) | frozenset(
    form
    for form, (base, klass, tense) in FORMS.items()
    if klass == "say" and tense in ("third", "past") and base not in cues.OBJECT_REPORTING_VERBS
)
#: A verb after these is not a report ("to say", "would argue").
_NOT_A_REPORT = frozenset(
    {"to", "can", "could", "would", "will", "may", "might", "must", "should", "only", "not"}
    # a passive ("they were told", "is described as"): the subject is not the speaker
    | {"is", "are", "was", "were", "be", "been", "being"}
    # a thing that "says" ("the myth that says"): no speaker
    | {"that", "which"}
)
#: Before a verb of saying, these mark a speaker named after it ('"...," said X').
_AFTER_QUOTE = frozenset({",", "”", '"'})


def _hedged_start(words: list[str], pos: int, phrase: str) -> int | None:
    """Where the verb phrase starts, or ``None`` when the verb reports nothing.

    A verb after "to", a modal or a passive is no report ("to say", "is
    described as"), except a view held: a verb of contention or belief after
    a modal ("may well argue") or after "appears/seemed to" ("appeared to
    believe").
    """
    before = words[pos - 1].lower() if pos else ""
    if before in _NOUN_MARKERS:
        return None  # "these claims", "the says": a noun
    if before not in _NOT_A_REPORT and not (before == "well" and phrase in _HELD):
        return pos
    if before in _BE and phrase.endswith("ing"):
        return pos  # "experts are saying": progressive, not passive
    if phrase not in _HELD:
        return None
    k = pos - 1
    if words[k].lower() == "well":
        k -= 1
    if words[k].lower() in _MODALS:
        return k
    if words[k].lower() == "to" and k and words[k - 1].lower() in _SEEMING:
        return k - 1
    return None


def _outside_quotes_first(words: list[str], hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The hits outside quotation marks before those inside: in '"Many critics
    would suggest ...," Wilcox said' the speaker is Wilcox."""
    if len(hits) < 2 or not any(w in _QUOTE_MARKS for w in words):
        return hits
    inside: set[int] = set()
    depth = False
    for k, w in enumerate(words):
        if w in _QUOTE_MARKS:
            depth = w != "”" and (w == "“" or not depth)
        elif depth:
            inside.add(k)
    return sorted(hits, key=lambda h: h[0] in inside)


_QUOTE_MARKS = frozenset({'"', "“", "”"})
#: Before an "-ing" verb of saying, these keep the subject just before it ("kept telling").
_ASPECT = frozenset("kept keep keeps keeping started start starts began begin stop stopped".split())  # noqa: SIM905


def speaker_at(words: list[str], hits: list[tuple[int, str]]) -> tuple[str, str] | None:
    """``(speaker, verb)`` for the first verb of saying among ``hits`` in ``words``.

    ``hits`` are (word index, phrase) pairs of verbs of saying; verbs are
    lower case in running text, so "United States" is no verb. A pronoun
    speaker is returned in lower case; the author's own voice gives ``None``.
    """
    for pos, phrase in _outside_quotes_first(words, hits):
        opening = phrase in _OPENING_PHRASES and pos == first_word(words)
        if not (words[pos].islower() or opening):
            continue
        at = _hedged_start(words, pos, phrase)
        if at is None:
            continue
        if at != pos:
            # "relatives may well argue", "she appeared to believe": a view held
            speaker = noun_before(words, at) or noun_after(words, subject_start(words, at), at)
            if speaker is None or speaker in AUTHOR_PRONOUNS:
                return None
            return speaker, phrase
        verb = phrase
        if verb in _PASSIVE:
            # "her sisters are reported to have said": the subject is the speaker
            speaker = noun_before(words, pos) or noun_after(words, subject_start(words, pos), pos)
        elif verb in _FINDING:
            # "western reports indicate", "a new study suggests", "Ann Dale found":
            # a source or a named party speaks so, not "this" or "it"
            speaker = noun_before(words, pos)
            if speaker is None or not (
                speaker.split()[-1].lower() in _SOURCES or speaker[:1].isupper()
            ):
                speaker = source_subject(words, pos)
            if speaker is None:
                continue
        elif verb == "in a statement":
            speaker = noun_before(words, pos)
            if speaker is None and opening:
                speaker = noun_after(words, pos + 3, len(words))
        elif verb == "according to":
            speaker = noun_after(words, pos + 2, len(words)) or source_phrase(words, pos + 2)
        elif pos > 1 and words[pos - 1].lower() == "who" and words[pos - 2] == ",":
            speaker = noun_before(words, pos - 2)  # "the mayor, who said ..."
        elif verb.endswith("ing") and words[pos - 1].lower() not in _BE | _ASPECT:
            # "X hesitated for weeks, suggesting ...", "X have written to Y saying ...":
            # a participle shares its clause's subject, not the noun before it
            speaker = noun_after(words, subject_start(words, pos), pos) or noun_before(words, pos)
        elif pos and words[pos - 1] in _AFTER_QUOTE:
            # inverted after a quotation: '"...," said the minister', '..., notes Judt';
            # or a subject with an insertion: 'Ann Dale, who chaired it, said'
            speaker = None
            if verb in _INVERTIBLE:
                speaker = inverted_speaker(words, pos + len(verb.split()))
            if speaker is None and words[pos - 1] in '”"':
                speaker = noun_before(words, pos - 1)
            speaker = speaker or noun_before(words, pos)
        else:
            speaker = noun_before(words, pos)
            if speaker is None and verb.endswith(("ed", "s", "aid", "old", "ote", "ing")):
                # the subject, further back
                speaker = noun_after(words, subject_start(words, pos), pos)
        if speaker is None or speaker in AUTHOR_PRONOUNS:
            continue  # "When I asked why, he replied": a later verb may report someone
        return speaker, verb
    return None


_FRAMED = re.compile(
    r"^\W*to\s+(?:the\s+)?(?P<who>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Za-z][\w’'-]*)\s*,\s*"
    r"(?:this|that|it|such\s+\w+|these\s+\w+)\s+(?:\w+ly\s+)?"
    r"(?P<verb>sounds|seems|looks|appears|(?:must|may|might|will|would)\s+(?:sound|seem|look))\b",
    re.IGNORECASE,
)


def framed_view(text: str) -> tuple[str, str] | None:
    """ "To the Treasury, this sounds like waste": ``(holder, verb)`` of a view framed so.

    >>> framed_view("To the Treasury, this probably sounds like waste.")
    ('Treasury', 'sounds')
    >>> framed_view("To be fair, this sounds odd.") is None
    True
    """
    m = _FRAMED.match(text)
    if m is None or not m.group("who")[:1].isupper():
        return None
    return m.group("who"), m.group("verb")


def find_speaker(text: str) -> tuple[str, str] | None:
    """``(speaker, verb)`` for the first verb of saying in ``text``, else ``None``."""
    words = tokens(text)
    return speaker_at(words, _INDEX.find(lower(words)).get("speech", []))


def is_contention(verb: str) -> bool:
    """True for a verb of contention ("insists", "charged"), not plain report.

    >>> is_contention("insists"), is_contention("said")
    (True, False)
    """
    return verb in _CONTENTION
