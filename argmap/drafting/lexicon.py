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

__all__ = ["PhraseIndex", "first_word", "fold", "lower", "tokens"]

#: Words (with inner apostrophes and hyphens), dotted abbreviations ("U.S."),
#: and single punctuation marks. (Each starts with a character other than a
#: space: the look-ahead for one passes over spaces faster than the alternatives.)
_TOKEN = re.compile(r"(?=\S)(?:(?:\w\.){2,}|\w+(?:[’'-]\w+)*|[^\w\s])")


def tokens(text: str) -> list[str]:
    """The words and punctuation marks of ``text``, in order."""
    return _TOKEN.findall(text)


def lower(words: list[str]) -> list[str]:
    """Lower-cased words, with the curly apostrophe made straight."""
    return " ".join(words).lower().replace("’", "'").split(" ")


def fold(text: str) -> str:
    """``text`` folded so that an ASCII word a case-insensitive pattern matches in
    it is found in the result by a plain ``in``: a quick test before the pattern.

    Case-insensitive matching also takes "ı" and "İ" for i, "ſ" for s and the
    Kelvin sign for k; case folding alone turns "İ" into "i" and a combining dot.

    >>> "kiss" in fold("KİSS"), "kiss" in fold("Kıſs")
    (True, True)
    """
    return text.casefold().replace("ı", "i").replace("\u0307", "")


def first_word(words: list[str]) -> int:
    """Index of the first word that is not punctuation (``len(words)`` if none)."""
    for i, w in enumerate(words):
        if w[:1].isalnum():
            return i
    return len(words)


class PhraseIndex:
    """Named phrase lists, searchable together in one pass."""

    def __init__(self, lexicons: Mapping[str, Iterable[str]]) -> None:
        # first word -> (one-word entries, second word -> longer entries), each
        # list longest first, so a position is checked against few phrases
        first: dict[str, tuple[list[tuple[str, str]], dict[str, list[_Entry]]]] = {}
        for name, phrases in lexicons.items():
            for phrase in phrases:
                key = tuple(lower(tokens(phrase)))
                if not key:
                    continue
                singles, longer = first.setdefault(key[0], ([], {}))
                if len(key) == 1:
                    singles.append((name, phrase))
                else:
                    longer.setdefault(key[1], []).append((key, name, phrase))
        for _, longer in first.values():
            for entries in longer.values():
                entries.sort(key=lambda e: -len(e[0]))
        self._first = first

    def find(self, words: list[str]) -> dict[str, list[tuple[int, str]]]:
        """``{lexicon: [(word index, phrase), ...]}`` for lower-cased ``words``.

        At one position each lexicon reports only its longest phrase.
        """
        hits: dict[str, list[tuple[int, str]]] = {}
        first = self._first
        last = len(words) - 1
        for i, w in enumerate(words):
            found = first.get(w)
            if found is None:
                continue
            singles, longer = found
            seen: dict[str, str] = {}
            if longer and i < last:
                for key, name, phrase in longer.get(words[i + 1], ()):
                    if name not in seen and tuple(words[i : i + len(key)]) == key:
                        seen[name] = phrase
            for name, phrase in singles:
                if name not in seen:
                    seen[name] = phrase
            for name, phrase in seen.items():
                hits.setdefault(name, []).append((i, phrase))
        return hits


_Entry = tuple[tuple[str, ...], str, str]
