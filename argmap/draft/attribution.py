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

from argmap.draft import cues

__all__ = ["AUTHOR_PRONOUNS", "PRONOUNS", "find_speaker"]

_CONTENTION = cues.compile_lexicon(cues.CONTENTION_VERBS)
_REPORT = cues.compile_lexicon(cues.REPORT_VERBS)
_SPEECH = cues.compile_lexicon((*cues.CONTENTION_VERBS, *cues.REPORT_VERBS))
_SPEAKER_NOUNS = frozenset(cues.SPEAKER_NOUNS)
_AUX = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|also|repeatedly|again|recently|then|publicly|once"
    r"|has\s+been|have\s+been|had\s+been|long|already|often|now|further|reportedly))+\s*$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")
_CONNECT = frozenset({"of", "the", "and", "for", "’s", "'s", "de", "von", "van"})
_LEADING = frozenset(
    {"however", "but", "yet", "still", "and", "so", "also", "meanwhile", "indeed", "now"}
)
#: Who speaks for the author.
AUTHOR_PRONOUNS = frozenset({"i", "we", "us", "me", "our"})
#: Pronoun speakers, resolved by the caller to the last named speaker.
PRONOUNS = frozenset({"he", "she", "they", "it", "this", "that"})


def _is_name_token(tok: str) -> bool:
    return tok[:1].isupper() or tok.lower() in _SPEAKER_NOUNS or "." in tok.strip(".")


def _phrase_before(prefix: str) -> str | None:
    prefix = _AUX.sub("", prefix)
    toks = _TOKEN.findall(prefix)
    taken: list[str] = []
    for tok in reversed(toks):
        low = str(tok).lower()
        if not taken and low in AUTHOR_PRONOUNS | PRONOUNS:
            return low
        if _is_name_token(tok) or low in _CONNECT:
            taken.append(tok)
            continue
        break
    taken.reverse()
    return _clean(taken)


def _phrase_after(text: str) -> str | None:
    toks = _TOKEN.findall(text)
    taken: list[str] = []
    for tok in toks:
        low = str(tok).lower()
        if not taken and (low in _LEADING or tok == ","):
            continue
        if not taken and low in AUTHOR_PRONOUNS | PRONOUNS:
            return low
        if _is_name_token(tok) or low in _CONNECT:
            taken.append(tok)
            continue
        break
    return _clean(taken)


def _clean(tokens: list[str]) -> str | None:
    while tokens and (tokens[0].lower() in _CONNECT or tokens[0].lower() in _LEADING):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in _CONNECT:
        tokens = tokens[:-1]
    if not tokens or not any(t[:1].isupper() or t.lower() in _SPEAKER_NOUNS for t in tokens):
        return None
    out = " ".join(tokens)
    return re.sub(r"\s+(’s|'s)\b", r"\1", out)


def find_speaker(text: str) -> tuple[str, str] | None:
    """``(speaker, verb)`` for the first verb of saying in ``text``, else ``None``.

    The speaker is returned as written (a pronoun in lower case); the
    author's own voice gives ``None``.
    """
    # verbs are lower case in running text ("United States" is no verb)
    m = next((x for x in _SPEECH.finditer(text) if x.group(0).islower()), None)
    if m is None:
        return None
    verb = m.group(0).lower()
    if verb == "according to":
        speaker = _phrase_after(text[m.end() :])
    else:
        speaker = _phrase_before(text[: m.start()])
        if speaker is None:
            speaker = _phrase_after(text[: m.start()])
    if speaker is None or speaker in AUTHOR_PRONOUNS:
        return None
    return speaker, verb


def is_contention(verb: str) -> bool:
    """True for a verb of contention ("insists", "charged"), not plain report.

    >>> is_contention("insists"), is_contention("said")
    (True, False)
    """
    return bool(_CONTENTION.fullmatch(verb))
