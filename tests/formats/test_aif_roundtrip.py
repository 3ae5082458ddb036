"""AIF properties: generated maps survive the round trip; mutated files never crash."""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import maps

from argmap.errors import ArgmapError, ArgmapWarning, MapValidationError, ParseError
from argmap.formats.aif import from_aif, from_aif_dict, to_aif, to_aif_dict
from argmap.model import ArgumentMap

FIXTURES = Path(__file__).resolve().parent / "aif_fixtures"
# A hundred mutants of each kind by default; ARGMAP_MUTANTS=5000 for a long run.
MUTANTS = int(os.environ.get("ARGMAP_MUTANTS", "100"))
SEEDS = sorted(p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.json"))


@given(maps())
def test_map_to_aif_and_back_is_equal(amap: ArgumentMap) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert from_aif(to_aif(amap)) == amap


@given(maps())
def test_every_statement_and_inference_is_one_argument_node(amap: ArgumentMap) -> None:
    doc = to_aif_dict(amap)
    types = {n["nodeID"]: n["type"] for n in doc["AIF"]["nodes"]}
    assert [types[s.id] for s in amap.statements] == ["I"] * len(amap.statements)
    for inf in amap.inferences:
        assert types[inf.id] == ("CA" if inf.is_attack else "RA")
    assert len(types) == len(doc["AIF"]["nodes"]), "node ids must be unique"


def assert_located(exc: ArgmapError) -> None:
    if isinstance(exc, ParseError):
        assert exc.line is not None, exc
    else:
        assert isinstance(exc, MapValidationError), exc
        assert exc.problems
        for p in exc.problems:
            assert p.line is not None or p.ref is not None or p.loc, p


def read_or_locate(data: str | dict[str, Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArgmapWarning)
        try:
            if isinstance(data, str):
                result = from_aif(data, source="mutant.json")
            else:
                result = from_aif_dict(data, source="mutant.json")
        except ArgmapError as exc:
            assert_located(exc)
        else:
            assert isinstance(result, ArgumentMap)


_junk = st.text(alphabet='{}[]":,0123456789 \nIRACMLYTPabnodeIDtypxfrom', min_size=1, max_size=6)


@st.composite
def text_mutants(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        else:
            text = text[:at] + draw(_junk) + text[at:]
    return text


_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 300),
    st.sampled_from(["", "I", "RA", "CA", "MA", "L", "YA", "TA", "XX", "1", "101", "a1", "r1"]),
    st.just([]),
    st.just({}),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            found.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found.extend(_paths(v, (*prefix, i)))
    return found


@st.composite
def data_mutants(draw: st.DrawFn) -> dict[str, Any]:
    doc = json.loads(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(_values)
    return doc  # type: ignore[no-any-return]


@settings(max_examples=MUTANTS, suppress_health_check=[HealthCheck.too_slow])
@given(text_mutants())
def test_mutated_files_give_a_map_or_a_located_error(text: str) -> None:
    read_or_locate(text)


@settings(max_examples=MUTANTS, suppress_health_check=[HealthCheck.too_slow])
@given(data_mutants())
def test_mutated_documents_give_a_map_or_a_located_error(doc: dict[str, Any]) -> None:
    read_or_locate(doc)
