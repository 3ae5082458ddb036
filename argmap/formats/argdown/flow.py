"""Inline data ``{key: value}``: reading it with YAML, writing it readably.

Argdown data elements are YAML flow mappings, so they are read by PyYAML's
safe loader (libyaml's when PyYAML has it), through :class:`DataLoader`,
which vets them like map files. Only finding where an element ends
(:func:`find_close`) and writing (:func:`dump_flow`: bare words where YAML
allows, double quotes otherwise, one line) are done by hand.

>>> read_flow('{type: statistic, by: "the ministry", n: [1, 2.5]} rest', 0)
({'type': 'statistic', 'by': 'the ministry', 'n': [1, 2.5]}, 50)
>>> dump_flow({"by": "critics", "ok": True, "w": "yes"})
'{by: critics, ok: true, w: "yes"}'
>>> read_flow("{a: &x 1, b: *x}", 0)
Traceback (most recent call last):
...
argmap.formats.argdown.flow.FlowError: bad data: YAML anchors and aliases ... are not allowed...
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml

from argmap.formats._yaml import MAX_DEPTH, vet_yaml

__all__ = [
    "DataLoader",
    "FlowError",
    "FrontMatterLoader",
    "dump_flow",
    "find_close",
    "read_flow",
    "read_simple_flow",
]

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Plain words YAML 1.1 reads as something other than a string.
_SPECIAL_WORDS = frozenset(
    w.lower() for w in ("y", "n", "yes", "no", "on", "off", "true", "false", "null")
)
# Characters YAML does not allow raw, and its own line breaks: written escaped.
_UNSAFE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# libyaml's C parser when PyYAML was built with it: about 6x faster per element.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """PyYAML's safe loader, vetted like map files (:func:`~argmap.formats._yaml.vet_yaml`).

    Aliases, repeated keys, NaN and infinities, huge integers, impossible
    dates and deep nesting are refused. The error is a
    :class:`yaml.MarkedYAMLError` at the value, so callers report it with
    its line and column like any other YAML error.
    """

    #: The level a data element has in a map file (statements, a statement,
    #: its data), so Argdown data nests no deeper than a YAML map can hold.
    depth = 4

    def get_single_node(self) -> yaml.Node | None:
        node: yaml.Node | None = super().get_single_node()
        if node is not None:
            vet_yaml(node, depth=self.depth)
        return node


class FrontMatterLoader(DataLoader):
    """:class:`DataLoader` for front matter, whose values sit in the map's source and meta."""

    depth = 2


class FlowError(ValueError):
    """Bad inline data; ``offset`` is where in the text it went wrong."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


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
            if depth > MAX_DEPTH:
                raise FlowError(
                    f"bad data: the data nests deeper than {MAX_DEPTH} levels; flatten it", i
                )
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
    simple = read_simple_flow(text, start)
    if simple is not None:
        return simple
    end = find_close(text, start)
    return _yaml(text, start, end), end


# The data elements most documents hold, and all that argmap writes for most statements:
# one line of ``key: value`` pairs whose keys are plain words and whose values are plain
# words, plain integers or double-quoted text without escapes. For these YAML's answer is
# known without YAML, and reading them by hand is about twenty times faster.
_SIMPLE_VALUE = (
    r"(?:[A-Za-z_][A-Za-z0-9_]*|-?(?:0|[1-9][0-9]{0,17})"
    r'|"[^"\\\x00-\x1f\x7f-\x9f\ufffe\uffff]*")'
)
_SIMPLE_PAIR = rf"[A-Za-z_][A-Za-z0-9_]*: +{_SIMPLE_VALUE}"
_SIMPLE_FLOW = re.compile(rf"\{{ *(?:{_SIMPLE_PAIR}(?: *, *{_SIMPLE_PAIR})*)? *\}}")
_SIMPLE_ITEM = re.compile(rf"([A-Za-z_][A-Za-z0-9_]*): +({_SIMPLE_VALUE})")


def read_simple_flow(text: str, start: int) -> tuple[dict[str, Any], int] | None:
    """:func:`read_flow`'s answer for a simple data element, or None for any other.

    None also when a word has a meaning in YAML (``yes``, ``null`` ...) or a key
    repeats: YAML decides those (and reports the repeat).

    >>> read_simple_flow('{type: statistic, count: -3, by: "the ministry"} rest', 0)
    ({'type': 'statistic', 'count': -3, 'by': 'the ministry'}, 48)
    >>> read_simple_flow("{ok: yes}", 0) is None
    True
    """
    whole = _SIMPLE_FLOW.match(text, start)
    if whole is None:
        return None
    out: dict[str, Any] = {}
    for key, raw in _SIMPLE_ITEM.findall(text, start, whole.end()):
        if key in out or key.lower() in _SPECIAL_WORDS:
            return None
        first = raw[0]
        if first == '"':
            value: Any = raw[1:-1]
        elif first == "-" or first.isdigit():
            value = int(raw)
        elif raw.lower() in _SPECIAL_WORDS:
            return None
        else:
            value = raw
        out[key] = value
    return out, whole.end()


def _yaml(text: str, start: int, end: int) -> dict[str, Any]:
    body = text[start:end]
    block = re.match(r"\{[ \t]*\n", body)
    source = body[block.end() : -1] if block else body
    try:
        value = yaml.load(source, Loader=DataLoader)
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
