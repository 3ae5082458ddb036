"""Finding every cue phrase of every lexicon in one pass over a unit's words.

Matching dozens of phrase lists as regular expressions costs a scan per
list; an index from each phrase's first word costs one dictionary look-up
per word, which keeps drafting fast on long texts.

>>> index = PhraseIndex({"reason": ["because", "given that"], "rec": ["should"]})
>>> words = lower(tokens("Given that costs rise, we should act because ..."))
>>> index.find(words)
{'reason': [(0, 'given that'), (8, 'because')], 'rec': [(6, 'should')]}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["PhraseIndex", "first_word", "lower", "tokens"]

#: Words (with inner apostrophes and hyphens), dotted abbreviations ("U.S."),
#: and single punctuation marks.
_TOKEN = re.compile(r"(?:\w\.){2,}|\w+(?:[’'-]\w+)*|[^\w\s]")


def tokens(text: str) -> list[str]:
    """The words and punctuation marks of ``text``, in order."""
    return _TOKEN.findall(text)


def lower(words: list[str]) -> list[str]:
    """Lower-cased words, with the curly apostrophe made straight."""
    return " ".join(words).lower().replace("’", "'").split(" ")


def first_word(words: list[str]) -> int:
    """Index of the first word that is not punctuation (``len(words)`` if none)."""
    for i, w in enumerate(words):
        if w[:1].isalnum():
            return i
    return len(words)


class PhraseIndex:
    """Named phrase lists, searchable together in one pass."""

    def __init__(self, lexicons: Mapping[str, Iterable[str]]) -> None:
        first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for name, phrases in lexicons.items():
            for phrase in phrases:
                key = tuple(lower(tokens(phrase)))
                if key:
                    first.setdefault(key[0], []).append((key, name, phrase))
        for entries in first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._first = first

    def find(self, words: list[str]) -> dict[str, list[tuple[int, str]]]:
        """``{lexicon: [(word index, phrase), ...]}`` for lower-cased ``words``.

        At one position each lexicon reports only its longest phrase.
        """
        hits: dict[str, list[tuple[int, str]]] = {}
        first = self._first
        for i, w in enumerate(words):
            entries = first.get(w)
            if not entries:
                continue
            seen: set[str] = set()
            for key, name, phrase in entries:
                if name in seen:
                    continue
                n = len(key)
                if n == 1 or tuple(words[i : i + n]) == key:
                    hits.setdefault(name, []).append((i, phrase))
                    seen.add(name)
        return hits
