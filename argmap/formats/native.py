"""argmap's own file formats: YAML (for people) and JSON (for programs).

Both hold the same document: ``version``, ``source``, ``statements``,
``inferences``, ``meta``. Fields at their default value are left out, so a
hand-written map stays short; a statement's ``id`` and ``kind`` come first.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="T")
>>> t = b.thesis("Act now")
>>> c = b.claim("Delay costs", supports=t)
>>> print(to_yaml(b.build()))
version: 1
source:
  title: T
statements:
- id: T1
  kind: thesis
  text: Act now
- id: C1
  kind: claim
  text: Delay costs
inferences:
- id: I1
  premises: [C1]
  conclusion: T1
<BLANKLINE>
>>> from_yaml(to_yaml(b.build())) == b.build()
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from argmap.formats._json import parse_json
from argmap.formats._validate import build_map, gc_paused
from argmap.formats._yaml import load_yaml
from argmap.model import ArgumentMap
from argmap.text import refuse_surrogates

__all__ = ["from_json", "from_yaml", "to_document", "to_json", "to_yaml"]

_FIRST_KEYS = ("id", "kind", "text")


def to_document(amap: ArgumentMap) -> dict[str, Any]:
    """The map as plain data: defaults left out, ``id``/``kind``/``text`` first.

    The source text is left out when it comes from ``source.text_file``.
    """
    doc: dict[str, Any] = {"version": amap.version}
    exclude = {"text"} if amap.source.text_file else None
    source = amap.source.model_dump(mode="json", exclude_defaults=True, exclude=exclude)
    if source:
        doc["source"] = source
    statements = []
    for s in amap.statements:
        raw = s.model_dump(mode="json", exclude_defaults=True)
        raw["kind"] = s.kind
        statements.append({**{k: raw.pop(k) for k in _FIRST_KEYS if k in raw}, **raw})
    doc["statements"] = statements
    if amap.inferences:
        doc["inferences"] = [
            i.model_dump(mode="json", exclude_defaults=True) for i in amap.inferences
        ]
    if amap.meta:
        doc["meta"] = amap.meta
    return doc


# -- YAML --------------------------------------------------------------------


class _Flow(list[Any]):
    """A short list written on one line: ``premises: [E1, E2]``."""


class _FlowMap(dict[str, Any]):
    """A small mapping written on one line: ``{start: 10, end: 20, quote: ...}``."""


# libyaml's C emitter when PyYAML was built with it: ~10x faster.
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc,valid-type]
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)
_Dumper.add_representer(
    _FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True)
)


def _styled(doc: dict[str, Any]) -> dict[str, Any]:
    for s in doc.get("statements", []):
        if "spans" in s:
            s["spans"] = [_FlowMap(sp) for sp in s["spans"]]
        for key in ("tags", "ignore"):
            if key in s:
                s[key] = _Flow(s[key])
    for i in doc.get("inferences", []):
        for key in ("premises", "tags", "ignore"):
            if key in i:
                i[key] = _Flow(i[key])
    return doc


def to_yaml(amap: ArgumentMap) -> str:
    """The map as block-style YAML, pleasant to read and edit by hand."""
    return yaml.dump(
        _styled(to_document(amap)),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def from_yaml(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Parse a YAML map; errors name ``source`` and the line.

    >>> from_yaml("statements:\\n- {id: T1, kind: thesis, text: Act now}").thesis.text
    'Act now'
    """
    refuse_surrogates(text, source)
    with gc_paused():
        data, locate = load_yaml(text, source)  # no node tree kept: a third of the memory
        return build_map(
            data, source=source, base=Path(base) if base is not None else None, locate=locate
        )


# -- JSON --------------------------------------------------------------------


def to_json(amap: ArgumentMap, *, indent: int | None = 2) -> str:
    """The map as JSON (UTF-8 text, defaults left out)."""
    return json.dumps(to_document(amap), ensure_ascii=False, indent=indent) + "\n"


def from_json(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Parse a JSON map; syntax errors name ``source``, line and column.

    >>> from_json('{"statements": [{"id": "T1", "kind": "thesis", "text": "Act"}]}').thesis.id
    'T1'
    """
    data = parse_json(text, source)
    with gc_paused():
        return build_map(data, source=source, base=Path(base) if base is not None else None)
