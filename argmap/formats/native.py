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

from argmap.errors import ParseError
from argmap.formats._json import parse_json
from argmap.formats._validate import build_map, gc_paused, refuse_surrogates
from argmap.model import ArgumentMap

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


# libyaml's C parser and emitter when PyYAML was built with them: ~10x faster.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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


def _yaml_node(text: str, source: str | None) -> yaml.Node | None:
    loader = _BaseLoader(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        raise ParseError(
            f"not valid YAML: {problem}",
            source=source or "<string>",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise ParseError(f"not valid YAML: {exc}", source=source or "<string>") from None
    finally:
        loader.dispose()


def _reject_aliases(node: yaml.Node, source: str | None) -> None:
    # Maps never need YAML aliases; refusing them rules out "billion laughs"
    # documents that expand a few lines into gigabytes.
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            mark = current.start_mark
            raise ParseError(
                "YAML anchors and aliases (&name / *name) are not allowed in map files; "
                "write the value out",
                source=source or "<string>",
                line=mark.line + 1,
                column=mark.column + 1,
            )
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _locator(root: yaml.Node | None) -> Any:
    def locate(loc: tuple[str | int, ...]) -> int | None:
        node = root
        if node is None:
            return None
        line: int = node.start_mark.line + 1
        for part in loc:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if getattr(key, "value", None) == part:
                        line = key.start_mark.line + 1
                        child = value
                        break
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(part, int)
                and part < len(node.value)
            ):
                child = node.value[part]
                line = child.start_mark.line + 1
            if child is None:
                return line
            node = child
        return line

    return locate


def from_yaml(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Parse a YAML map; errors name ``source`` and the line.

    >>> from_yaml("statements:\\n- {id: T1, kind: thesis, text: Act now}").thesis.text
    'Act now'
    """
    refuse_surrogates(text, source)
    with gc_paused():
        node = _yaml_node(text, source)
        if node is not None:
            _reject_aliases(node, source)
        loader = _BaseLoader("")
        try:
            data = loader.construct_document(node) if node is not None else None
        except yaml.YAMLError as exc:
            raise ParseError(f"not valid YAML: {exc}", source=source or "<string>") from None
        finally:
            loader.dispose()
        return build_map(
            data,
            source=source,
            base=Path(base) if base is not None else None,
            locate=_locator(node),
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
