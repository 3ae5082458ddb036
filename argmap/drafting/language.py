"""A cheap check that a text is English, before drafting it with English cues.

English prose is about 40% function words ("the", "of", "and" ...); other
languages, even those written in Latin letters, have almost none of them.

>>> english_share("The pact was signed in 2016 and it is of use to both.") > 0.5
True
>>> english_share("Der Vertrag wurde 2016 unterzeichnet und nützt beiden Seiten.") < 0.1
True
"""

from __future__ import annotations

import re

from argmap.drafting.cues import ENGLISH_FUNCTION_WORDS
from argmap.errors import ExtractorError

__all__ = ["MIN_ENGLISH_SHARE", "MIN_WORDS_CHECKED", "check_english", "english_share"]

#: Below this share of English function words a text is taken as not English.
MIN_ENGLISH_SHARE = 0.12
#: Texts shorter than this many words are not checked (too few to tell).
MIN_WORDS_CHECKED = 8

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_share(text: str) -> float:
    """The share of the words of ``text`` that are common English function words."""
    return _share(_WORD.findall(text[:20000]))


def _share(words: list[str]) -> float:
    if not words:
        return 0.0
    hits = sum(1 for w in words if w.lower() in ENGLISH_FUNCTION_WORDS)
    return hits / len(words)


def check_english(text: str, *, source: str | None = None) -> None:
    """Raise :class:`~argmap.errors.ExtractorError` if ``text`` is clearly not English.

    >>> check_english("Ceci n'est pas un texte anglais, mais il est assez long pour le voir.")
    Traceback (most recent call last):
    ...
    argmap.errors.ExtractorError: the text does not look like English ...
    """
    words = _WORD.findall(text[:20000])
    if len(words) < MIN_WORDS_CHECKED:
        return
    share = _share(words)
    if share < MIN_ENGLISH_SHARE:
        where = f"{source}: " if source else ""
        raise ExtractorError(
            f"{where}the text does not look like English (only {share:.0%} of its words are "
            f"common English words, expected at least {MIN_ENGLISH_SHARE:.0%}); the default "
            "drafter reads English only: translate the text, or pass another extractor "
            "(for example argmap.drafting.llm.ChatExtractor)"
        )
