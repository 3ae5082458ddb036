"""The shared strict JSON reader: the integer hook is left out only where it refuses nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import ParseError
from argmap.formats import _json
from argmap.formats._json import MAX_INT_DIGITS, parse_json


def _strict(text: str) -> tuple[str, Any]:
    """What the decoder with every hook gives: ("ok", value) or ("refused", message)."""
    try:
        return "ok", _json._DECODER.decode(text)
    except _json._Refused as exc:
        return "refused", exc.message
    except json.JSONDecodeError as exc:
        return "refused", f"not valid JSON: {exc.msg}"


def _read(text: str) -> tuple[str, Any]:
    try:
        return "ok", parse_json(text, "m.json")
    except ParseError as exc:
        return "refused", exc.message


# Integers around the limit, and digit runs inside strings, where the cheap test
# for long runs of digits decides which decoder reads the text.
_ints = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=90, max_value=110).flatmap(
        lambda n: st.sampled_from([10**n - 1, 10**n, -(10**n) + 1, -(10**n)])
    ),
)
_digits = st.integers(min_value=95, max_value=110).map(lambda n: "7" * n)
_strings = st.one_of(
    st.text(max_size=12),
    _digits,
    st.sampled_from(['a":b', 'x\\": 1', "é 12 中", "😀" + "1" * 101]),
)
_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), _ints, _strings, st.floats(allow_nan=False, allow_infinity=False)
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(_strings, inner, max_size=4),
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(value=_values, indent=st.sampled_from([None, 1, "\t"]), repeat=st.booleans())
def test_the_reader_gives_what_the_fully_hooked_decoder_gives(
    value: Any, indent: int | str | None, repeat: bool
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    if repeat and isinstance(value, dict) and value:
        key = json.dumps(next(iter(value)), ensure_ascii=False)
        text = text[:-1].rstrip() + f", {key}: 1" + "}"  # the first key again
    assert _read(text) == _strict(text)
    padded = text + " " * _json._TEST_FROM  # large enough for the test of digit runs
    assert _read(padded) == _strict(padded)


def test_an_integer_at_the_limit_is_read() -> None:
    assert parse_json("[" + "9" * MAX_INT_DIGITS + "]", "m.json") == [10**MAX_INT_DIGITS - 1]


@pytest.mark.parametrize("pad", [0, _json._TEST_FROM])
@pytest.mark.parametrize("prefix", ['{"a": ', '{"é": "中", "a": ', "[1,\n2, -"])
def test_an_integer_past_the_limit_is_refused_where_it_stands(prefix: str, pad: int) -> None:
    text = prefix + "1" * (MAX_INT_DIGITS + 1) + ("}" if prefix.startswith("{") else "]")
    text += " " * pad
    with pytest.raises(ParseError, match="101 digits") as info:
        parse_json(text, "m.json")
    assert info.value.line == text.count("\n") + 1


def test_a_long_run_of_digits_in_a_string_is_text() -> None:
    digits = "3" * 500
    text = f'{{"id": "{digits}", "n": 5}}' + " " * _json._TEST_FROM
    assert parse_json(text, "m.json") == {"id": digits, "n": 5}
