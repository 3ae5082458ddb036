"""Inline data ``{key: value}``: reading it fast, writing it readably.

Argdown data elements are YAML. Most data in a document is the small flow
mapping argmap writes (bare words, numbers, double-quoted strings, lists),
which a hand-written recursive-descent reader handles without calling the
YAML parser; anything else falls back to PyYAML, so the result is always
what YAML says.

>>> read_flow('{type: statistic, by: "the ministry", n: [1, 2.5]} rest', 0)
({'type': 'statistic', 'by': 'the ministry', 'n': [1, 2.5]}, 50)
>>> dump_flow({"by": "critics", "ok": True, "w": "yes"})
'{by: critics, ok: true, w: "yes"}'
"""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["FlowError", "dump_flow", "find_close", "read_flow"]

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+(?:[eE][-+][0-9]+)?)?")
_SPACE = re.compile(r"[ \t]*")
# Plain words YAML 1.1 reads as something other than a string.
_SPECIAL_WORDS = frozenset(
    w.lower() for w in ("y", "n", "yes", "no", "on", "off", "true", "false", "null")
)
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
    "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX = {"x": 2, "u": 4, "U": 8}
# Characters YAML does not allow raw, and its own line breaks: written escaped.
_UNSAFE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class FlowError(ValueError):
    """Bad inline data; ``offset`` is where in the text it went wrong."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


class _Unsupported(Exception):
    """Outside the fast subset: let YAML decide."""


def find_close(text: str, start: int) -> int:
    """The index just after the bracket that closes the one at ``start``.

    Quotes count only where a YAML scalar can start, so ``{a: don't}`` works.

    >>> find_close('{a: "}", b: [1]} tail', 0)
    16
    """
    depth = 0
    i, n = start, len(text)
    prev = ""
    while i < n:
        c = text[i]
        if c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c in "\"'" and prev in ("", "{", "[", ",", ":", "-", "?"):
            i = _skip_quoted(text, i)
        if c not in " \t\n":
            prev = c
        i += 1
    raise FlowError(f"unclosed {text[start]!r}: add the matching closing bracket", start)


def _skip_quoted(text: str, i: int) -> int:
    quote = text[i]
    j = i + 1
    n = len(text)
    while j < n:
        c = text[j]
        if quote == '"' and c == "\\":
            j += 2
            continue
        if c == quote:
            if quote == "'" and j + 1 < n and text[j + 1] == "'":
                j += 2
                continue
            return j
        j += 1
    raise FlowError(f"unclosed quote {quote}: add the closing {quote}", i)


def read_flow(text: str, start: int) -> tuple[dict[str, Any], int]:
    """Parse the data element that starts at ``text[start] == '{'``.

    Returns the mapping and the index after the closing brace; raises
    :class:`FlowError` for bad data.
    """
    end = find_close(text, start)
    try:
        value, i = _value(text, start)
        if i == end and isinstance(value, dict):
            return value, end
    except _Unsupported:
        pass
    return _yaml(text, start, end), end


def _yaml(text: str, start: int, end: int) -> dict[str, Any]:
    import yaml

    body = text[start:end]
    block = re.match(r"\{[ \t]*\n", body)
    source = body[block.end() : -1] if block else body
    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        value = yaml.load(source, Loader=loader_cls)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = start
        if mark is not None:
            # Map YAML's line/column inside the data back to an offset.
            lines = source.split("\n")
            where = (
                start
                + (block.end() if block else 0)
                + sum(len(x) + 1 for x in lines[: mark.line])
                + mark.column
            )
        raise FlowError(f"bad data: {exc.problem or exc.context}", min(where, end - 1)) from None
    except yaml.YAMLError as exc:
        raise FlowError(f"bad data: {exc}", start) from None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise FlowError("data must be a mapping: {key: value, ...}", start)
    out: dict[str, Any] = _plain(value)
    return out


def _plain(value: Any) -> Any:
    # YAML may give dates and non-string keys; data holds JSON values only.
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _value(text: str, i: int) -> tuple[Any, int]:
    c = text[i] if i < len(text) else ""
    if c == "{":
        return _mapping(text, i)
    if c == "[":
        return _sequence(text, i)
    if c == '"':
        return _string(text, i)
    m = _NUMBER.match(text, i)
    if m and not _WORD.match(text, m.end()):
        raw = m.group()
        return (float(raw) if m.group(1) else int(raw)), m.end()
    m = _WORD.match(text, i)
    if m:
        word = m.group()
        if word == "true":
            return True, m.end()
        if word == "false":
            return False, m.end()
        if word == "null":
            return None, m.end()
        if word.lower() in _SPECIAL_WORDS:
            raise _Unsupported
        return word, m.end()
    raise _Unsupported


def _skip(text: str, i: int) -> int:
    m = _SPACE.match(text, i)
    return m.end() if m else i


def _mapping(text: str, i: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    i = _skip(text, i + 1)
    if text.startswith("}", i):
        return out, i + 1
    while True:
        if text.startswith('"', i):
            key, i = _string(text, i)
        else:
            m = _WORD.match(text, i)
            if not m:
                raise _Unsupported
            key, i = m.group(), m.end()
        if not text.startswith(": ", i):
            raise _Unsupported
        if key in out:
            raise _Unsupported
        value, i = _value(text, _skip(text, i + 2))
        out[key] = value
        i = _skip(text, i)
        if text.startswith("}", i):
            return out, i + 1
        if not text.startswith(",", i):
            raise _Unsupported
        i = _skip(text, i + 1)


def _sequence(text: str, i: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    i = _skip(text, i + 1)
    if text.startswith("]", i):
        return out, i + 1
    while True:
        value, i = _value(text, i)
        out.append(value)
        i = _skip(text, i)
        if text.startswith("]", i):
            return out, i + 1
        if not text.startswith(",", i):
            raise _Unsupported
        i = _skip(text, i + 1)


def _string(text: str, i: int) -> tuple[str, int]:
    parts: list[str] = []
    j = i + 1
    n = len(text)
    while j < n:
        k = j
        while k < n and text[k] not in '"\\\n':
            k += 1
        parts.append(text[j:k])
        if k >= n or text[k] == "\n":
            raise _Unsupported
        if text[k] == '"':
            return "".join(parts), k + 1
        esc = text[k + 1 : k + 2]
        if esc in _ESCAPES:
            parts.append(_ESCAPES[esc])
            j = k + 2
        elif esc in _HEX:
            digits = text[k + 2 : k + 2 + _HEX[esc]]
            if len(digits) != _HEX[esc] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _Unsupported
            code = int(digits, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                raise _Unsupported
            parts.append(chr(code))
            j = k + 2 + _HEX[esc]
        else:
            raise _Unsupported
    raise _Unsupported


# -- writing -----------------------------------------------------------------


def dump_flow(value: Any) -> str:
    """A JSON value as one line of YAML flow, bare words where YAML allows."""
    if isinstance(value, dict):
        inner = ", ".join(f"{_key(k)}: {dump_flow(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(dump_flow(v) for v in value) + "]"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    return _str(str(value))


def _key(key: str) -> str:
    return _str(key)


def _str(s: str) -> str:
    if _WORD.fullmatch(s) and s.lower() not in _SPECIAL_WORDS:
        return s
    return '"' + _UNSAFE.sub(_escape_char, s.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def _escape_char(m: re.Match[str]) -> str:
    c = m.group()
    named = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
    if c in named:
        return named[c]
    code = ord(c)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _float(x: float) -> str:
    if math.isnan(x):
        return ".nan"
    if math.isinf(x):
        return ".inf" if x > 0 else "-.inf"
    r = repr(x)
    if "e" in r and "." not in r.split("e")[0]:
        mantissa, exp = r.split("e")
        r = f"{mantissa}.0e{exp}"
    elif "." not in r and "e" not in r:
        r += ".0"
    return r
