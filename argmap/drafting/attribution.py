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

from argmap.drafting import cues
from argmap.drafting.lexicon import PhraseIndex, lower, tokens

__all__ = ["AUTHOR_PRONOUNS", "PRONOUNS", "find_speaker", "is_contention", "speaker_at"]

_CONTENTION = frozenset(cues.CONTENTION_VERBS)
_INDEX = PhraseIndex({"speech": (*cues.CONTENTION_VERBS, *cues.REPORT_VERBS)})
_SPEAKER_NOUNS = frozenset(cues.SPEAKER_NOUNS)
_AUX = frozenset(
    """has have had is are was were been also repeatedly again recently then publicly once
    long already often now further reportedly""".split()  # noqa: SIM905
)
_CONNECT = frozenset({"of", "the", "and", "for", "de", "von", "van"})
_LEADING = frozenset(
    {"however", "but", "yet", "still", "and", "so", "also", "meanwhile", "indeed", "now"}
)
#: Capitalised at the start of a sentence, but never a speaker's name.
_NOT_NAMES = cues.ENGLISH_FUNCTION_WORDS | frozenset(
    {"having", "back", "after", "before", "despite", "although", "though", "during", "once"}
)
#: A verb after these is not a report ("to say", "would argue").
_NOT_A_REPORT = frozenset(
    {"to", "can", "could", "would", "will", "may", "might", "must", "should", "only", "not"}
    # a passive ("they were told", "is described as"): the subject is not the speaker
    | {"is", "are", "was", "were", "be", "been", "being"}
)
#: Before a verb of saying, these mark a speaker named after it ('"...," said X').
_AFTER_QUOTE = frozenset({",", "”", '"'})
#: Who speaks for the author.
AUTHOR_PRONOUNS = frozenset({"i", "we", "us", "me", "our"})
#: Pronoun speakers, resolved by the caller to the last named speaker.
PRONOUNS = frozenset({"he", "she", "they", "it", "this", "that"})


def _is_name(word: str) -> bool:
    return word[:1].isupper() or word.lower() in _SPEAKER_NOUNS


def _clean(taken: list[str]) -> str | None:
    while taken and (
        taken[0].lower() in _CONNECT
        or taken[0].lower() in _LEADING
        or taken[0].lower() in _NOT_NAMES
    ):
        taken = taken[1:]
    while taken and taken[-1].lower() in _CONNECT:
        taken = taken[:-1]
    if not taken or not any(_is_name(w) for w in taken):
        return None
    return " ".join(taken).replace(" .", ".")


def _before(words: list[str], pos: int) -> str | None:
    k = pos - 1
    while k >= 0 and words[k].lower() in _AUX:
        k -= 1
    taken: list[str] = []
    while k >= 0:
        w = words[k]
        low = w.lower()
        if not taken and low in AUTHOR_PRONOUNS | PRONOUNS:
            return low
        if (
            (w == "." and k and words[k - 1].lower() in cues.ABBREVIATIONS)
            or _is_name(w)
            or low in _CONNECT
        ):
            taken.append(w)
        else:
            break
        k -= 1
    taken.reverse()
    return _clean(taken)


def _after(words: list[str], start: int, stop: int) -> str | None:
    taken: list[str] = []
    for w in words[start:stop]:
        low = w.lower()
        if not taken and (low in _LEADING or w == ","):
            continue
        if not taken and low in AUTHOR_PRONOUNS | PRONOUNS:
            return low
        if _is_name(w) or low in _CONNECT:
            taken.append(w)
            continue
        break
    return _clean(taken)


def speaker_at(words: list[str], hits: list[tuple[int, str]]) -> tuple[str, str] | None:
    """``(speaker, verb)`` for the first verb of saying among ``hits`` in ``words``.

    ``hits`` are (word index, phrase) pairs of verbs of saying; verbs are
    lower case in running text, so "United States" is no verb. A pronoun
    speaker is returned in lower case; the author's own voice gives ``None``.
    """
    for pos, phrase in hits:
        if not words[pos].islower() or (pos and words[pos - 1].lower() in _NOT_A_REPORT):
            continue
        verb = phrase
        if verb == "according to":
            speaker = _after(words, pos + 2, len(words))
        elif pos and words[pos - 1] in _AFTER_QUOTE:
            # inverted after a quotation: '"...," said the minister', '..., notes Judt'
            speaker = _before(words, pos - 1) if words[pos - 1] in '”"' else None
            speaker = speaker or _after(words, pos + len(verb.split()), len(words))
        else:
            speaker = _before(words, pos)
            if speaker is None and verb.endswith(("ed", "s", "aid", "old", "ote")):
                speaker = _after(words, 0, pos)  # the subject, further back
        if speaker is None or speaker in AUTHOR_PRONOUNS:
            return None
        return speaker, verb
    return None


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
