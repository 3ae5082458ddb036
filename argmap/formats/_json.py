"""Parsing JSON text into data, with syntax errors located for the reader.

>>> parse_json('{"a": [1, 2]}', "m.json")
{'a': [1, 2]}
>>> parse_json('{"a": [1, 2,]}', "m.json")
Traceback (most recent call last):
argmap.errors.ParseError: m.json:1:13: not valid JSON: Expecting value
"""

from __future__ import annotations

import json
from typing import Any

from argmap._perf import gc_paused
from argmap.errors import ParseError

__all__ = ["parse_json"]


def parse_json(text: str, source: str | None) -> Any:
    """``json.loads`` whose errors name ``source``, the line and the column."""
    try:
        with gc_paused():
            return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"not valid JSON: {exc.msg}",
            source=source or "<string>",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise ParseError("JSON nested too deeply", source=source or "<string>") from None
