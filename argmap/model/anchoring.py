"""Finding a span's words in the source text again.

A quote is looked for exactly first, then tolerantly: ignoring case, the
difference between curly and straight quotes and apostrophes (and between
dashes), runs of whitespace, and spaces next to punctuation (``there' s``,
``Seoul , Tokyo``). Offsets always point into the *original* text, so
``text[start:end]`` gives the source's own words.

>>> text = "Seoul ended the pact. Tokyo regretted it."
>>> find_quote(text, "Tokyo regretted", near=0)
(22, 37)
>>> find_quote(text, "Beijing", near=0) is None
True
>>> text = "Critics say there’s  no cost."
>>> start, end = find_quote(text, "THERE'S NO COST")
>>> text[start:end]
'there’s  no cost'
>>> closest_passages(text, "there is no cost")
['there’s  no cost.']
"""

from __future__ import annotations

import heapq
import unicodedata

from argmap.model.source import Span

__all__ = ["closest_passages", "did_you_mean", "find_quote", "normalize", "reanchor"]

# Characters read as the same for anchoring: quotes, apostrophes and dashes.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": "",
    }
)


# How many candidate passages are scored with difflib, after the linear scan.
_CANDIDATES = 40


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "P"


def _normalized(text: str) -> tuple[str, list[int]]:
    """The text folded for matching, and for each folded character its offset in ``text``."""
    chars: list[str] = []
    where: list[int] = []
    pending_space = -1  # offset of the whitespace run not yet written
    for i, ch in enumerate(text):
        if ch.isspace():
            if pending_space < 0:
                pending_space = i
            continue
        folded = ch.translate(_FOLD).lower()
        if not folded:
            continue
        if pending_space >= 0:
            # A space survives only between two characters that are not punctuation.
            if chars and not _is_punct(chars[-1]) and not _is_punct(folded[0]):
                chars.append(" ")
                where.append(pending_space)
            pending_space = -1
        for f in folded:
            chars.append(f)
            where.append(i)
    return "".join(chars), where


def normalize(text: str) -> str:
    """``text`` as tolerant anchoring compares it.

    >>> normalize("  There’s   “NO” cost , said he ")
    'there\\'s"no"cost,said he'
    """
    return _normalized(text)[0]


def find_quote(text: str, quote: str, *, near: int = 0) -> tuple[int, int] | None:
    """Return the ``(start, end)`` of the occurrence of ``quote`` nearest ``near``.

    An exact occurrence wins; otherwise the quote is matched tolerantly (see
    the module docstring) and the offsets cover the text's own words. Returns
    ``None`` when the quote does not occur in ``text`` even so.
    """
    if not quote or not quote.strip():
        return None
    exact = _nearest(text, quote, near)
    if exact is not None:
        return exact, exact + len(quote)
    folded, where = _normalized(text)
    needle = normalize(quote)
    if not needle:
        return None
    folded_near = _folded_offset(where, near)
    pos = _nearest(folded, needle, folded_near)
    if pos is None:
        return None
    return where[pos], where[pos + len(needle) - 1] + 1


def _nearest(haystack: str, needle: str, near: int) -> int | None:
    best: int | None = None
    pos = haystack.find(needle)
    while pos != -1:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        if pos > near:
            break
        pos = haystack.find(needle, pos + 1)
    return best


def _folded_offset(where: list[int], offset: int) -> int:
    # The first folded character at or after ``offset`` (a bisection).
    lo, hi = 0, len(where)
    while lo < hi:
        mid = (lo + hi) // 2
        if where[mid] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def closest_passages(text: str, quote: str, *, n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The passages of ``text`` most like ``quote``, best first, for a "did you mean".

    Candidates are stretches of about the quote's length starting at each
    word, compared after tolerant folding. The few that share the most
    three-letter sequences with the quote (a linear scan) are scored with
    :mod:`difflib`; those scoring at least ``cutoff`` are reported, once
    each where they overlap, as the text's own words widened to whole words.

    >>> closest_passages("Seoul ended the pact. Tokyo regretted it.", "Tokio regreted")
    ['Tokyo regretted']
    """
    needle = normalize(quote)
    if not needle:
        return []
    folded, where = _normalized(text)
    size, g = len(needle), min(3, len(needle))
    grams = {needle[i : i + g] for i in range(len(needle) - g + 1)}
    hits = [0]
    for i in range(len(folded)):
        hits.append(hits[-1] + (folded[i : i + g] in grams))
    windows: dict[int, int] = {}
    for start in [0] + [k + 1 for k, ch in enumerate(folded) if ch == " " or _is_punct(ch)]:
        if start < len(folded) and start not in windows:
            windows[start] = _word_end(folded, min(len(folded), start + size))

    def shared(start: int) -> int:
        return hits[max(start, windows[start] - g + 1)] - hits[start]

    import difflib  # here: only a fuzzy search or a miss needs it

    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    scored: list[tuple[float, int, int]] = []
    for start in heapq.nlargest(_CANDIDATES, windows, key=shared):
        stop = windows[start]
        matcher.set_seq1(folded[start:stop])
        score = matcher.ratio()
        if score >= cutoff:
            scored.append((score, start, stop))
    scored.sort(key=lambda x: (-x[0], x[1]))
    picked: list[tuple[int, int]] = []
    for _, start, stop in scored:
        if any(start < b and a < stop for a, b in picked):
            continue
        picked.append((start, stop))
        if len(picked) == n:
            break
    return [_passage(text, where[a], where[b - 1] + 1) for a, b in picked]


def _word_end(folded: str, stop: int) -> int:
    while stop < len(folded) and folded[stop] != " " and not _is_punct(folded[stop - 1]):
        stop += 1
    return stop


def _passage(text: str, start: int, end: int) -> str:
    # Widen to whole words of the original text and trim the edges.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip()


def did_you_mean(text: str, quote: str) -> str:
    """A hint for a quote not found: ``"; did you mean '...'?"``, or ``""``.

    >>> did_you_mean("Seoul ended the pact.", "Seoul ended a pact")
    "; did you mean 'Seoul ended the pact.'?"
    """
    options = closest_passages(text, quote)
    if not options:
        return ""
    return "; did you mean " + " or ".join(repr(p) for p in options) + "?"


def reanchor(span: Span, text: str) -> str | None:
    """Make ``span`` point at its words in ``text``; say why when it cannot.

    A span whose offsets read its quote is left alone. Otherwise its quote is
    looked up (tolerantly, nearest its old start) and the span is updated in
    place to the text's own words. Returns ``None`` on success, else a
    message that names the quote and suggests the closest passages.

    >>> span = Span(quote="TOKYO regretted")
    >>> reanchor(span, "Seoul ended the pact. Tokyo regretted it."), span
    (None, Span(start=22, end=37, quote='Tokyo regretted'))
    >>> print(reanchor(Span(quote="Tokio regreted"), "Tokyo regretted it."))  # doctest: +ELLIPSIS
    quote 'Tokio regreted' is not in the text; ...; did you mean 'Tokyo regretted'?
    """
    size = len(text)
    where = span.offsets
    if where is not None and where[1] <= size and text[where[0] : where[1]] == span.quote:
        return None
    found = find_quote(text, span.quote, near=span.start or 0)
    if found is not None:
        span.start, span.end = found
        span.quote = text[found[0] : found[1]]
        return None
    short = span.quote if len(span.quote) <= 60 else span.quote[:57] + "..."
    if where is None:
        why = f"quote {short!r} is not in the text"
    elif where[1] > size:
        why = (
            f"span {where[0]}-{where[1]} lies outside the text ({size} characters) "
            f"and its quote {short!r} is not in the text"
        )
    else:
        why = (
            f"span {where[0]}-{where[1]} reads {text[where[0] : where[1]]!r} "
            f"and its quote {short!r} is not in the text"
        )
    return f"{why}; fix the quote to the source's words{did_you_mean(text, span.quote)}"
