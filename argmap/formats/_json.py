"""Parsing JSON text into data, with syntax errors located for the reader.

JSON maps are untrusted like YAML ones: a key given twice in one object,
``NaN``/``Infinity`` (which are not JSON) and integers too long to be a
number a map holds are refused instead of being silently dropped or crashing.

>>> parse_json('{"a": [1, 2]}', "m.json")
{'a': [1, 2]}
>>> parse_json('{"a": [1, 2,]}', "m.json")
Traceback (most recent call last):
argmap.errors.ParseError: m.json:1:13: not valid JSON: Expecting value
>>> parse_json('{"a": 1, "a": 2}', "m.json")
Traceback (most recent call last):
argmap.errors.ParseError: m.json:1:10: the key 'a' is given twice in one object; keep one
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

from argmap._perf import gc_paused
from argmap.errors import ParseError

__all__ = ["MAX_DEPTH", "MAX_INT_DIGITS", "parse_json"]

#: The longest integer a map may hold, in digits (as for YAML maps).
MAX_INT_DIGITS = 100


class _Refused(Exception):
    """A value the hooks refuse; located afterwards from the text."""

    def __init__(self, message: str, needle: str) -> None:
        super().__init__(message)
        self.message = message
        self.needle = needle


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(
                    f"the key {key!r} is given twice in one object; keep one",
                    json.dumps(key, ensure_ascii=False),
                )
            seen.add(key)
    return out


def _constant(name: str) -> Any:
    raise _Refused(f"{name} is not a JSON number; write a finite number or null", name)


def _int(text: str) -> int:
    if len(text) <= MAX_INT_DIGITS:  # the common case, without a second look
        return int(text)
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(
            f"an integer of {len(text.lstrip('-'))} digits is more than a map can hold "
            f"(at most {MAX_INT_DIGITS}); write it as a string",
            text[:40],
        )
    return int(text)


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant, parse_int=_int)
# The same without the integer hook: what ``int()`` alone gives equals what ``_int``
# gives whenever ``_int`` would refuse nothing, without a Python call per number.
_DECODER_SHORT_INTS = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant)
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_TOO_LONG = b"0" * (MAX_INT_DIGITS + 1)
_TEST_FROM = 16_384  # characters


def _may_hold_long_int(text: str) -> bool:
    """False when ``text`` has no run of more than ``MAX_INT_DIGITS`` digits.

    An integer :func:`_int` refuses is such a run, so without one the hook
    can be left out. (Bytes, because ``bytes.translate`` is a table lookup
    at any text, where ``str.translate`` is fast on ASCII text alone.)
    """
    return _TOO_LONG in text.encode("utf-8", "surrogatepass").translate(_DIGITS_TO_ZERO)


def _same_object(between: str) -> bool:
    # Roughly: no bracket between two keys closes their object (strings with
    # brackets in them can fool it; this only picks the line to report).
    depth = 0
    for ch in between:
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _locate(text: str, needle: str, *, repeated: bool) -> tuple[int | None, int | None]:
    at = text.find(needle)
    if repeated:
        key = re.compile(re.escape(needle) + r"\s*:")
        places = [m.start() for m in key.finditer(text)]
        at = next(
            (b for a, b in itertools.pairwise(places) if _same_object(text[a:b])),
            places[1] if len(places) > 1 else at,
        )
    if at < 0:
        return None, None
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


# A \uD800-\uDFFF escape: half of a surrogate pair, which alone is not a character.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _lone_surrogate(data: Any) -> str | None:
    """The first string (key or value) in ``data`` holding a lone surrogate, if any."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return value
    return None


def _refuse_lone_surrogates(text: str, data: Any, source: str | None) -> None:
    # Only when the text has such an escape (rare): a pair is one character and fine.
    first = _SURROGATE_ESCAPE.search(text)
    if first is None or _lone_surrogate(data) is None:
        return
    at = first.start()
    for match in _SURROGATE_ESCAPE.finditer(text):
        code = int(match.group()[2:], 16)
        after = text[match.end() : match.end() + 6]
        before = text[max(match.start() - 6, 0) : match.start()]
        paired = (code < 0xDC00 and _SURROGATE_ESCAPE.fullmatch(after) is not None) or (
            code >= 0xDC00 and _SURROGATE_ESCAPE.fullmatch(before) is not None
        )
        if not paired:
            at = match.start()
            break
    raise ParseError(
        f"{text[at : at + 6]} is half of a surrogate pair, not a character; "
        "write the character itself (or both halves of its pair)",
        source=source or "<string>",
        line=text.count("\n", 0, at) + 1,
        column=at - (text.rfind("\n", 0, at) + 1) + 1,
    )


#: How deeply a document may nest (as for YAML maps; checked on the data, see
#: ``argmap.formats._validate``): a text past the scanner's own guard is
#: reported at the bracket that opens level ``MAX_DEPTH + 1``.
MAX_DEPTH = 100


def _too_deep(text: str) -> tuple[int | None, int | None]:
    """Line and column of the bracket that opens nesting level ``MAX_DEPTH + 1``."""
    depth = 0
    in_string = escaped = False
    for at, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        elif ch in "]}":
            depth -= 1
    return None, None


def parse_json(text: str, source: str | None) -> Any:
    """``json.loads`` whose errors name ``source``, the line and the column."""
    # The test costs about as much as the hook on a small file: test large ones only.
    short_ints = len(text) > _TEST_FROM and not _may_hold_long_int(text)
    decoder = _DECODER_SHORT_INTS if short_ints else _DECODER
    try:
        with gc_paused():
            data = decoder.decode(text)
        _refuse_lone_surrogates(text, data, source)
        return data
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not valid JSON: {exc.msg}",
            source=source or "<string>",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except _Refused as exc:
        line, column = _locate(text, exc.needle, repeated="twice" in exc.message)
        raise ParseError(
            exc.message, source=source or "<string>", line=line, column=column
        ) from None
    except RecursionError:
        # The C scanner guards its own recursion (at about a thousand levels),
        # so this is a clean signal; the text is scanned only now, to say where.
        line, column = _too_deep(text)
        raise ParseError(
            f"the document nests deeper than {MAX_DEPTH} levels; flatten it",
            source=source or "<string>",
            line=line,
            column=column,
        ) from None
