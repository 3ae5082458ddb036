"""Fuzzing argmap's own YAML and JSON readers: a map or a located ArgmapError, nothing else.

Run longer with ``HYPOTHESIS_PROFILE=long pytest tests/fuzz``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from mutation import mutated

import argmap
from argmap.errors import ArgmapError, MapValidationError, ParseError
from argmap.formats.registry import all_formats

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOOD_YAML = (FIXTURES / "good.yaml").read_text(encoding="utf-8")
GOOD_JSON = argmap.dumps(argmap.loads(GOOD_YAML, format="yaml"), format="json")


def _located(err: ArgmapError) -> bool:
    if isinstance(err, ParseError):
        return err.line is not None or err.source is not None
    if isinstance(err, MapValidationError):
        return all(p.ref is not None or p.line is not None or p.loc for p in err.problems)
    return True


@given(mutated(GOOD_YAML))
def test_mutated_yaml_gives_a_map_or_a_located_error(text: str) -> None:
    try:
        argmap.loads(text, format="yaml", source="fuzz.yaml")
    except ArgmapError as err:
        assert _located(err), str(err)


@given(mutated(GOOD_JSON))
def test_mutated_json_gives_a_map_or_a_located_error(text: str) -> None:
    try:
        argmap.loads(text, format="json", source="fuzz.json")
    except ArgmapError as err:
        assert _located(err), str(err)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_deep_nesting_is_a_clean_error(fmt: str) -> None:
    depth = 100_000
    nested = "[" * depth + "]" * depth
    text = f"meta: {nested}" if fmt == "yaml" else f'{{"statements": [], "meta": {nested}}}'
    with pytest.raises(ArgmapError):
        argmap.loads(text, format=fmt)


def test_ten_megabyte_statement_text_loads() -> None:
    big = "x" * 10_000_000
    doc = {"statements": [{"id": "T1", "kind": "thesis", "text": big}]}
    m = argmap.loads(json.dumps(doc), format="json")
    assert len(m.statements[0].text) == 10_000_000


def test_wrong_types_everywhere_are_located() -> None:
    text = "statements:\n- id: 5\n  kind: [thesis]\n  text: {a: 1}\ninferences: 7\n"
    with pytest.raises(MapValidationError) as exc:
        argmap.loads(text, format="yaml", source="types.yaml")
    assert all(p.line is not None for p in exc.value.problems)


READABLE = [f.name for f in all_formats() if f.readable and f.writable and not f.binary]


@pytest.mark.parametrize("fmt", READABLE)
@pytest.mark.parametrize("where", [0, -1, "middle"])
def test_a_lone_surrogate_is_a_located_parse_error(fmt: str, where: int | str) -> None:
    # Found by the long fuzz run: the YAML and Argdown readers failed with UnicodeEncodeError.
    text = argmap.dumps(argmap.loads(GOOD_YAML, format="yaml"), format=fmt)
    at = len(text) // 2 if where == "middle" else int(where) % len(text)
    bad = text[:at] + "\udfff" + text[at:]
    with pytest.raises(ParseError, match="lone surrogate") as caught:
        argmap.loads(bad, format=fmt, source="s.txt")
    assert caught.value.line == text.count("\n", 0, at) + 1
