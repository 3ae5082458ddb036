"""Low-level Argdown reading: frontmatter, comments and inline text.

:func:`strip_comments` removes ``//``, ``/* */`` and ``<!-- -->`` comments
(keeping line numbers) and finds the lines that lie inside a multi-line data
element. :func:`parse_inline` turns the raw text of one statement into its
text, ``#tags`` and ``{data}``, resolving backslash escapes: ``\\x`` is the
character ``x``, a backslash at the end of a line is a line break.

>>> parse_inline("Exports fell \\\\#1 #evidence {type: statistic}", [(0, 1, 1)])
('Exports fell #1', ['evidence'], {'type': 'statistic'})
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml

from argmap.errors import ParseError
from argmap.formats.argdown.flow import (
    FlowError,
    FrontMatterLoader,
    find_close,
    read_flow,
    read_simple_flow,
)

__all__ = ["Located", "parse_inline", "split_frontmatter", "strip_comments"]

#: ``(offset in the raw text, line, column)`` for each joined line.
Located = list[tuple[int, int, int]]

# A one-line data element without brackets inside, whose quotes (if any) are
# double quotes without escapes after "{ ", ", " or ": ", is skipped whole: it holds
# no comment and starts no data line (find_close would end it at the same "}").
# The data alternative of _COMMENT_OR_DATA alone: quotes only where YAML can start a
# scalar (after "{", "," or ":" and at most one blank), as find_close counts them.
# Written as runs of plain characters between quoted scalars, each run taken at once:
# twice as fast as one character at a time, and the same matches.
_ONE_LINE_DATA = re.compile(
    r"\{[^{}\[\]\"'\n]*(?:(?:(?<=[{,:])|(?<=[{,:] ))\"[^\"\\\n]*\"[^{}\[\]\"'\n]*)*\}"
)
# Every alternative starts with a literal character, so the engine skips to the next
# candidate at C speed; "//" starts a comment at the start of a line or after a blank.
_COMMENT_OR_DATA = re.compile(
    r"\\.|\{(?:[^{}\[\]\"'\n]|(?<=[{,:] )\"[^\"\\\n]*\")*\}"
    r"|\{|/\*|<!--|//(?<![^ \t\n]//)",
    re.DOTALL,
)
#: In statement text Argdown allows mentions (``@[A]``, ``@<B>``) and links
#: (``[text](url)``) but no bare reference: ``[A]`` or ``<B>`` there is an error.
_IN_TEXT = re.compile(
    r"@\[[^\n]+?\]|@<[^\n]+?>|\[[^\]\n]+?\]\([^)\n]+?\)|(?P<ref>\[[^\-\n][^\n]*?\]|<[^\-\n][^\n]*?>)"
)
_INLINE = re.compile(r"\\(.)|\{|#\(|#(?<![^ \t\n]#)([\w\-]+)|\n|,", re.DOTALL)
# A tag: "#" at the start or after a blank (the look-behind reads the character before it).
_TAG_SPLIT = re.compile(r"#(?<![^ \t]#)([\w\-]+)")
# Words without "#" or "{", one tag after a blank, one data element, nothing else.
_TEXT_TAG_DATA = re.compile(r"([^#{]*[^#{ \t])?[ \t]+#([\w\-]+)[ \t]+(\{[^{}\n]*\})[ \t]*\Z")
_TAG_OR_DATA = re.compile(r"\{|#(?<![^ \t]#)([\w\-]+)")


def _is_simple(raw: str) -> bool:
    """Whether ``raw`` is one line of words, ``#tags`` and ``{data}``, and nothing else the
    general reader handles: escapes, mentions, links, references, ``#(bracketed tags)``.

    >>> _is_simple("Costs rise #claim {by: critics}"), _is_simple("See @[A] #claim")
    (True, False)
    """
    # Six searches for one character (or two) each: faster than one for a class.
    return not ("\\" in raw or "\n" in raw or "[" in raw or "<" in raw or "@" in raw or "#(" in raw)


def split_frontmatter(text: str, source: str) -> tuple[dict[str, Any] | None, int, str]:
    """Split ``=== yaml ===`` off the start: ``(data, lines used, rest)``.

    The rest keeps its line numbers: the frontmatter lines become blank.
    """
    lines = text.split("\n")
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first >= len(lines) or lines[first].rstrip() != "===":
        return None, 0, text
    for end in range(first + 1, len(lines)):
        if lines[end].rstrip() == "===":
            break
    else:
        raise ParseError(
            "frontmatter opened with '===' is never closed: add a line '===' after it",
            source=source,
            line=first + 1,
            column=1,
        )
    body = "\n".join(lines[first + 1 : end])
    try:
        data = yaml.load(body, Loader=FrontMatterLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise ParseError(
            f"frontmatter is not valid YAML: {exc.problem or exc.context}",
            source=source,
            line=first + 2 + (mark.line if mark else 0),
            column=(mark.column + 1) if mark else 1,
        ) from None
    except yaml.YAMLError as exc:
        raise ParseError(
            f"frontmatter is not valid YAML: {exc}", source=source, line=first + 1
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParseError(
            "frontmatter must be a YAML mapping (key: value lines)",
            source=source,
            line=first + 2,
            column=1,
        )
    rest = "\n" * (end + 1) + "\n".join(lines[end + 1 :])
    return data, end + 1, rest


def _line_col(text: str, offset: int, starts: list[int]) -> tuple[int, int]:
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def strip_comments(text: str, source: str) -> tuple[str, set[int]]:
    """Remove comments; also return the (1-based) lines that start inside data."""
    if "//" not in text and "/*" not in text and "<!--" not in text:
        # No comment anywhere; and when every brace opens a one-line data element
        # without quotes or brackets, no line starts inside data either.
        braces = text.count("{")
        if not braces or braces == len(_ONE_LINE_DATA.findall(text)):
            return text, set()
    return _strip_general(text, source)


def _strip_general(text: str, source: str) -> tuple[str, set[int]]:
    """:func:`strip_comments` by scanning every comment and data element."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: list[str] = []
    in_data: set[int] = set()
    pos = 0
    i = 0
    while True:
        m = _COMMENT_OR_DATA.search(text, i)
        if m is None:
            break
        token = m.group()
        if token.startswith("\\") or (len(token) > 1 and token[0] == "{"):
            i = m.end()
            continue
        if token == "{":
            try:
                end = find_close(text, m.start())
            except FlowError as exc:
                line, col = _line_col(text, exc.offset, starts)
                raise ParseError(exc.message, source=source, line=line, column=col) from None
            first, _ = _line_col(text, m.start(), starts)
            last, _ = _line_col(text, end - 1, starts)
            in_data.update(range(first + 1, last + 1))
            i = end
            continue
        if token == "//":
            nl = text.find("\n", m.start())
            end = len(text) if nl == -1 else nl
        else:
            closer = "*/" if token == "/*" else "-->"
            found = text.find(closer, m.end())
            if found == -1:
                line, col = _line_col(text, m.start(), starts)
                raise ParseError(
                    f"comment opened with {token!r} is never closed: add {closer!r}",
                    source=source,
                    line=line,
                    column=col,
                )
            end = found + len(closer)
        before = text[pos : m.start()]
        out.append(before.rstrip(" \t") if not before.endswith("\\ ") else before)
        out.append("\n" * text.count("\n", m.start(), end))
        pos = i = end
    if not out:
        return text, in_data  # no comment: the very same text
    out.append(text[pos:])
    return "".join(out), in_data


class _Text:
    """Collects statement text; escaped characters are never trimmed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.kept = 0  # parts[:kept] end with an escaped character
        self.pending_space = False

    def add(self, s: str, *, escaped: bool = False) -> None:
        if not s:
            return
        if self.pending_space and self.parts:
            self.parts.append(" ")
        self.pending_space = False
        self.parts.append(s)
        if escaped:
            self.kept = len(self.parts)

    def cut(self) -> None:
        """Drop trailing unescaped blanks (before a tag or data element)."""
        while len(self.parts) > self.kept and not self.parts[-1].strip(" \t"):
            self.parts.pop()
        if len(self.parts) > self.kept:
            self.parts[-1] = self.parts[-1].rstrip(" \t")
        self.pending_space = bool(self.parts)

    def value(self) -> str:
        self.cut()
        text = "".join(self.parts)
        return text


def parse_inline(
    raw: str,
    where: Located,
    *,
    source: str = "<string>",
    commas: bool = False,
    refuse_references: bool = False,
) -> tuple[Any, list[str], dict[str, Any]]:
    """Text (or, with ``commas``, the comma-separated parts), tags and data of ``raw``.

    With ``refuse_references`` an unescaped ``[title]`` or ``<title>`` in the
    text is a located :class:`~argmap.errors.ParseError`, as in Argdown.
    """
    if not raw:
        return ([""] if commas else ""), [], {}
    if not commas and _is_simple(raw):
        simple = _parse_simple(raw)
        if simple is not None:
            return simple
    return _parse_general(raw, where, source, commas, refuse_references)


def _parse_general(
    raw: str, where: Located, source: str, commas: bool, refuse_references: bool
) -> tuple[Any, list[str], dict[str, Any]]:
    masked: list[str] = []  # raw with escapes and data blanked, for the reference check
    parts: list[str] = []
    tags: list[str] = []
    data: dict[str, Any] = {}
    buf = _Text()
    i = 0
    skip_blank = True
    n = len(raw)
    for m in _INLINE.finditer(raw):
        if m.start() < i:
            continue
        plain = raw[i : m.start()]
        masked.append(plain)
        if skip_blank:
            plain = plain.lstrip(" \t")
        if plain:
            buf.add(plain)
            skip_blank = False
        token = m.group()
        i = m.end()
        masked.append(token if token != "{" and m.group(1) is None else " " * len(token))
        if m.group(1) is not None:
            buf.add(m.group(1), escaped=True)
            skip_blank = False
        elif token == "\n":
            if not skip_blank:
                buf.add(" ")
        elif token == "{":
            try:
                value, i = read_flow(raw, m.start())
            except FlowError as exc:
                line, col = _locate(where, exc.offset)
                raise ParseError(exc.message, source=source, line=line, column=col) from None
            data.update(value)
            masked.append(" " * (i - m.end()))
            buf.cut()
            skip_blank = True
        elif token == "#(":
            tag, i = _bracket_tag(raw, m.start(), where, source)
            masked.append(" " * (i - m.end()))
            tags.append(tag)
            buf.cut()
            skip_blank = True
        elif token == ",":
            if commas:
                parts.append(buf.value())
                buf = _Text()
                skip_blank = True
            else:
                buf.add(",")
                skip_blank = False
        else:
            tags.append(m.group(2))
            buf.cut()
            skip_blank = True
    masked.append(raw[i:])
    if refuse_references:
        _refuse_references("".join(masked), where, source)
    if i < n:
        plain = raw[i:]
        if skip_blank:
            plain = plain.lstrip(" \t")
        buf.add(plain)
    text = buf.value()
    if commas:
        parts.append(text)
        return parts, tags, data
    return text, tags, data


def _parse_simple(raw: str) -> tuple[str, list[str], dict[str, Any]] | None:
    """:func:`parse_inline` of one line of words, ``#tags`` and simple ``{data}``.

    Tags and data cut the text: each piece between them loses its outer blanks and
    the pieces join with one space, as the general reader does. None when a data
    element needs YAML (the general reader then reads it, or reports it).
    """
    if "{" not in raw:
        if "#" not in raw:
            return raw.strip(" \t"), [], {}
        parts = _TAG_SPLIT.split(raw)  # text, tag, text, tag ..., text
        text = " ".join(kept for piece in parts[::2] if (kept := piece.strip(" \t")))
        return text, parts[1::2], {}
    usual = _TEXT_TAG_DATA.match(raw)  # "words #kind {key: value}", as argmap writes it
    if usual is not None:
        found = read_simple_flow(raw, usual.start(3))
        if found is not None and found[1] == usual.end(3):
            return (usual.group(1) or "").strip(" \t"), [usual.group(2)], found[0]
    pieces: list[str] = []
    tags: list[str] = []
    data: dict[str, Any] = {}
    pos = 0
    for m in _TAG_OR_DATA.finditer(raw):
        if m.start() < pos:
            continue  # inside a data element
        pieces.append(raw[pos : m.start()])
        tag = m.group(1)
        if tag is not None:
            tags.append(tag)
            pos = m.end()
            continue
        found = read_simple_flow(raw, m.start())
        if found is None:
            return None
        value, pos = found
        data.update(value)
    pieces.append(raw[pos:])
    text = " ".join(kept for piece in pieces if (kept := piece.strip(" \t")))
    return text, tags, data


def _refuse_references(masked: str, where: Located, source: str) -> None:
    for found in _IN_TEXT.finditer(masked):
        if found.group("ref") is not None:
            line, col = _locate(where, found.start())
            raise ParseError(
                f"{found.group('ref')} inside statement text: Argdown allows only mentions "
                f"there ('@{found.group('ref')}'); escape the brackets (\\[ \\]) to keep "
                "them as text",
                source=source,
                line=line,
                column=col,
            )


def _bracket_tag(raw: str, start: int, where: Located, source: str) -> tuple[str, int]:
    out: list[str] = []
    i = start + 2
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            out.append(raw[i + 1])
            i += 2
            continue
        if c == ")":
            return "".join(out), i + 1
        if c == "\n":
            break
        out.append(c)
        i += 1
    line, col = _locate(where, start)
    raise ParseError("unclosed tag '#(': add ')'", source=source, line=line, column=col)


def _locate(where: Located, offset: int) -> tuple[int, int]:
    k = bisect.bisect_right([w[0] for w in where], offset) - 1
    k = max(k, 0)
    base, line, col = where[k]
    return line, col + offset - base
