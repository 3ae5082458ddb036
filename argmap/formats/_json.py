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

__all__ = ["MAX_INT_DIGITS", "parse_json"]

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


def parse_json(text: str, source: str | None) -> Any:
    """``json.loads`` whose errors name ``source``, the line and the column."""
    # The test costs about as much as the hook on a small file: test large ones only.
    short_ints = len(text) > _TEST_FROM and not _may_hold_long_int(text)
    decoder = _DECODER_SHORT_INTS if short_ints else _DECODER
    try:
        with gc_paused():
            return decoder.decode(text)
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
        # The C scanner guards its own recursion, so this is a clean signal.
        raise ParseError("JSON nested too deeply", source=source or "<string>") from None
