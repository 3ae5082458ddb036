"""Escaping and wrapping text for Graphviz: every string from a map passes here.

Graphviz reads two kinds of strings: quoted attribute values (``"..."``) and
HTML-like labels (``<...>``). Text from a map must come out as text in both,
whatever it holds: markup, quotes, DOT syntax, control characters.

>>> html_text('<script>alert("x")</script> & co')
'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'
>>> wrap("Ending the pact weakens deterrence against the North", 20)
['Ending the pact', 'weakens deterrence', 'against the North']
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "MAX_CHARS",
    "clean",
    "escape_page",
    "html_escape",
    "html_text",
    "needs_escape",
    "quoted",
    "wrap",
]

# C0/C1 controls (but not tab/newline, turned into spaces below), lone
# surrogates and the Unicode non-characters U+FFFE/U+FFFF: none has a place
# in a label and several make Graphviz or XML parsers fail.
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_HTML = {
    # Graphviz expands \N, \G, \L ... even inside HTML-like labels; a doubled
    # backslash is its escape for one.
    ord("\\"): "\\\\",
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord('"'): "&quot;",
    ord("'"): "&#39;",
}


def clean(text: str) -> str:
    """``text`` with control characters dropped and all whitespace runs made one space.

    >>> clean("two\\nlines\\x00 and\\ttabs ")
    'two lines and tabs'
    """
    if text.isprintable() and "  " not in text:
        # The usual text. A printable string holds no control character, surrogate or
        # non-character, and no whitespace but the space: single spaces, at most
        # at the ends. (Checking costs half of cleaning.)
        return text.strip(" ")
    return " ".join(_BAD.sub("", text).split())


#: The most characters of one string written into DOT. Graphviz refuses a
#: quoted string or an HTML-like label past 16 KB (and the whole diagram with
#: it); a title, a speaker or a scheme longer than this is cut with an ellipsis.
MAX_CHARS = 2000


def _capped(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"


def html_text(text: str) -> str:
    """``text`` cleaned, capped and escaped for a Graphviz HTML-like label (or an HTML attribute).

    >>> len(html_text("x" * 50_000)) == MAX_CHARS
    True
    """
    return html_escape(clean(_capped(text)))


def needs_escape(text: str) -> bool:
    """Whether :func:`html_escape` would change ``text`` (or any part of it).

    >>> needs_escape("plain words"), needs_escape("a & b")
    (False, True)
    """
    # One search for each of the six characters of _HTML (each as fast as memchr) costs
    # a third of one search for a character class.
    return "&" in text or "<" in text or ">" in text or '"' in text or "'" in text or "\\" in text


def html_escape(text: str) -> str:
    """Clean ``text`` (see :func:`clean`) escaped for an HTML-like label: :func:`html_text`
    for text that needs no cleaning.

    >>> html_escape("a <b> & c"), html_escape("plain words")
    ('a &lt;b&gt; &amp; c', 'plain words')
    """
    # Most label text holds nothing to escape, and looking is five times cheaper
    # than translating character by character.
    return text.translate(_HTML) if needs_escape(text) else text


def escape_page(text: str, quote: bool = True) -> str:
    r"""``text`` escaped for an HTML page, its control characters dropped.

    Unlike :func:`html_text`, line breaks and spacing are kept (the page
    shows the source as written); only what HTML cannot hold goes.

    >>> escape_page("a\x1b[31m <b>\n")
    'a[31m &lt;b&gt;\n'
    """
    from html import escape

    return escape(_BAD.sub("", text), quote=quote)


def quoted(text: str) -> str:
    r"""``text`` cleaned and written as a double-quoted DOT string.

    Graphviz reads a backslash twice: once when it parses the quoted string
    and again when it expands escapes such as ``\N`` (the node's name) or
    ``\G`` (the graph's) in labels, tooltips, links and ids. Each backslash
    of the text is therefore written as four, so it is drawn as one.

    >>> print(quoted('say "hi" C:\\N'))
    "say \"hi\" C:\\\\N"
    """
    text = _capped(text)
    if text.isprintable() and "  " not in text and '"' not in text and "\\" not in text:
        return f'"{text.strip(" ")}"'  # clean (see clean), and nothing to escape
    body = clean(text).replace("\\", "\\\\\\\\").replace('"', '\\"')
    return f'"{body}"'


def wrap(text: str, width: int, *, max_lines: int = 12) -> list[str]:
    """``text`` cleaned and wrapped to lines of at most ``width`` characters.

    Past ``max_lines`` the last kept line ends with an ellipsis, so a long
    statement never makes a box absurdly tall; words longer than ``width``
    are broken, so it never makes one absurdly wide either.

    >>> wrap("one two three four five six", 9, max_lines=2)
    ['one two', 'three…']
    """
    width = max(width, 8)
    text = clean(text)
    if len(text) <= width and max_lines > 0:  # one line (what the pattern finds), or none
        return [text] if text else []
    # Lines past ``max_lines`` are cut anyway: a huge text costs no more than this.
    limit = (width + 1) * (max_lines + 1)
    if len(text) > limit:
        text = text[:limit].rstrip()
    # Usually every word fits a line: then one pattern finds the lines, each the
    # longest run of whole words that fits (as the loop below would fill them).
    lines = _line_pattern(width).findall(text)
    if sum(map(len, lines)) + len(lines) - 1 != len(text):
        lines = _wrap_words(text, width, max_lines)  # a word longer than a line: it is broken
    return lines if len(lines) <= max_lines else _cut(lines, width, max_lines)


def _cut(lines: list[str], width: int, max_lines: int) -> list[str]:
    """The first ``max_lines`` of ``lines``, the last ending with an ellipsis if any were cut."""
    if len(lines) <= max_lines:
        return lines
    lines = lines[:max_lines]
    last = lines[-1]
    if len(last) >= width:
        last = last[: max(width - 1, 1)].rstrip()
    lines[-1] = last.rstrip(" ,;:.") + "…"
    return lines


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    return re.compile(rf"(.{{1,{width}}})(?: |$)")


def _wrap_words(text: str, width: int, max_lines: int) -> list[str]:
    """The lines of clean ``text``, word by word, breaking words longer than ``width``."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if len(lines) > max_lines:  # the rest is cut anyway: a huge text costs no more
            break
        start = 0
        while len(word) - start > width and len(lines) <= max_lines:  # break long words
            if line:
                lines.append(line)
                line = ""
            lines.append(word[start : start + width])
            start += width
        word = word[start:] if len(lines) <= max_lines else ""
        if not word:
            continue
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
