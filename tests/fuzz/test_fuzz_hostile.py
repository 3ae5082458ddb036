"""Hostile values inside otherwise valid YAML, JSON and Argdown maps: a map or one located error.

Each example puts one hostile value (see :mod:`hostile`) at one place of a
valid document. Reading must give a valid map or an
:class:`~argmap.errors.ArgmapError` that names where (a line, a statement
or a path), with a short message, in bounded time; a map that loads must
write in every format and read back unchanged from YAML and JSON (nothing
silently lost or altered).

Run longer with ``HYPOTHESIS_PROFILE=long pytest tests/fuzz``.
"""

from __future__ import annotations

import json
import warnings

import yaml
from hostile import PLACE, WHERE, argdown_documents, base_document, json_values, yaml_values
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from limits import no_hang

import argmap
from argmap.errors import MAX_LINE, MAX_LISTED, ArgmapError, MapValidationError, ParseError
from argmap.formats.registry import all_formats
from argmap.model import ArgumentMap, find_problems

LIMIT = 60  # seconds: a hang guard; a hostile file is read in well under a second
_settings = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TEXT_FORMATS = [
    f.name for f in all_formats() if f.writable and not f.binary and not f.needs_graphviz
]


def _located(err: ArgmapError) -> bool:
    if isinstance(err, ParseError):
        return err.line is not None
    if isinstance(err, MapValidationError):
        return bool(err.problems) and all(
            p.ref is not None or p.line is not None or p.loc for p in err.problems
        )
    return True


def _outcome(text: str, fmt: str) -> ArgumentMap | None:
    """Read ``text``; a map is checked for loss, an error for its place and size."""
    with no_hang(LIMIT, f"reading hostile {fmt}"), warnings.catch_warnings():
        warnings.simplefilter("ignore", argmap.ArgmapWarning)
        try:
            amap = argmap.loads(text, format=fmt, source=f"hostile.{fmt}")
        except ArgmapError as err:
            message = str(err)
            assert _located(err), message
            lines = message.splitlines()
            assert len(lines) <= MAX_LISTED + 2, len(lines)
            assert all(len(line) <= MAX_LINE + 40 for line in lines)
            return None
        assert find_problems(amap) == []
        for other in ("yaml", "json"):
            assert argmap.loads(argmap.dumps(amap, format=other), format=other) == amap, other
        for name in TEXT_FORMATS:
            if name != "html":  # the page draws with Graphviz: the shapes fuzz covers it
                argmap.dumps(amap, format=name)
    return amap


def _yaml_document(where: tuple[str | int, ...], value: str) -> str:
    from hostile import with_placeholder

    doc = with_placeholder(base_document(), where)
    text = yaml.safe_dump(doc, sort_keys=False, default_flow_style=False, width=10_000)
    if "\n" in value:  # a block value: indent it under its key
        indent = " " * (text.index(PLACE) - text.rfind("\n", 0, text.index(PLACE)) + 1)
        value = value.replace("\n", "\n" + indent)
    return text.replace(PLACE, value, 1)


def _json_document(where: tuple[str | int, ...], value: str) -> str:
    from hostile import with_placeholder

    doc = with_placeholder(base_document(), where)
    return json.dumps(doc, indent=1).replace(f'"{PLACE}"', value, 1)


@_settings
@given(st.sampled_from(WHERE), yaml_values())
def test_hostile_yaml_values_give_a_map_or_a_located_error(
    where: tuple[str | int, ...], value: str
) -> None:
    _outcome(_yaml_document(where, value), "yaml")


@_settings
@given(st.sampled_from(WHERE), json_values())
def test_hostile_json_values_give_a_map_or_a_located_error(
    where: tuple[str | int, ...], value: str
) -> None:
    _outcome(_json_document(where, value), "json")


@_settings
@given(argdown_documents())
def test_hostile_argdown_documents_give_a_map_or_a_located_error(document: str) -> None:
    _outcome(document, "argdown")


# The places that hold a string in every format (ids and numbers may be renamed).
STRINGS = [w for w in WHERE if w[-1] in ("title", "x", "y", "m") or w == ("statements", 0, "text")]


@_settings
@given(st.sampled_from(STRINGS), json_values(), st.sampled_from(["aif", "node-link", "graphml"]))
def test_hostile_values_in_interchange_formats(
    where: tuple[str | int, ...], value: str, fmt: str
) -> None:
    # A valid map in the format, with one of its JSON values made hostile.
    amap = argmap.loads(_json_document(where, '"PLACE2"'), format="json")
    text = argmap.dumps(amap, format=fmt)
    quoted = json.dumps("PLACE2")
    if fmt == "graphml":
        text = text.replace("PLACE2", value.replace("&", "&amp;").replace("<", "&lt;"), 1)
    elif quoted in text:
        text = text.replace(quoted, value, 1)
    else:
        text = text.replace("PLACE2", value.strip('"'), 1)
    _outcome(text, fmt)


def test_the_documents_are_valid_without_the_hostile_value() -> None:
    # Every place holds a value a map accepts: the errors come from the hostile values.
    good = {
        "data": "{x: 1}",
        "meta": "{m: x}",
        "version": "1",
        "id": "T1",
        "kind": "claim",
        "start": "0",
        "end": "7",
        "confidence": "0.5",
        "premises": "[C1]",
        "tags": "[a]",
        "date": "2019-02-28",
        "text": "Act now",
    }
    for where in WHERE:
        value = good.get(str(where[-1]), '"fine"')
        assert _outcome(_yaml_document(where, value), "yaml") is not None, where
