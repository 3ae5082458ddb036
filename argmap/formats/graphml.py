"""GraphML, the XML graph format of yEd, Gephi and Cytoscape, written through networkx.

The graph is the one :mod:`argmap.formats.nodelink` writes: statements and
inferences as nodes with ``node_type`` and ``kind``/``polarity`` (plain
attributes, ready for colouring), every model field as an attribute. GraphML
attributes are scalars, so lists and mappings (``spans``, ``tags``,
``premises``, ``data``, the source and ``meta``) are JSON text, and a string
XML cannot carry as it is (a carriage return, a control character, or an
empty string) is written as ``json:`` plus its JSON form. Reading undoes
both, so the round trip is lossless:

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act now"); c = b.claim("Delay\\r\\ncosts", supports=t)
>>> text = to_graphml(b.build())
>>> 'attr.name="kind"' in text and ">thesis</data>" in text
True
>>> from_graphml(text) == b.build()
True
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

from argmap.errors import ParseError
from argmap.formats._json import parse_json
from argmap.formats.nodelink import map_from_graph, to_attribute_graph
from argmap.model import ArgumentMap

__all__ = ["from_graphml", "to_graphml"]

#: Attributes holding lists or mappings, written as JSON text.
JSON_ATTRS = frozenset({"spans", "tags", "ignore", "data", "premises", "source", "meta"})
_PREFIX = "json:"
_DECLARATIONS = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# Characters XML 1.0 cannot hold, and \r, which XML parsers turn into \n.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x0c\x0d\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _flat(name: str, value: Any) -> Any:
    if name in JSON_ATTRS:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and (not value or value.startswith(_PREFIX) or _UNSAFE.search(value)):
        return _PREFIX + json.dumps(value, ensure_ascii=True)
    return value


def _unflat(name: str, value: Any, where: str, place: tuple[str, int | None]) -> Any:
    # JSON inside an attribute is untrusted like a JSON map: the same vetted
    # reader refuses repeated keys, NaN, huge integers and runaway nesting.
    if not isinstance(value, str):
        return value
    if name in JSON_ATTRS:
        text = value
    elif value.startswith(_PREFIX):
        text = value[len(_PREFIX) :]
    else:
        return value
    try:
        return parse_json(text, None)
    except ParseError as exc:
        source, line = place
        raise ParseError(
            f"{where}attribute {name!r}: {exc.message}", source=source, line=line
        ) from None


def _line_of(text: str, needle: str) -> int | None:
    """The line where ``needle`` first appears in ``text`` (the element an error is about)."""
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def to_graphml(amap: ArgumentMap) -> str:
    """The map as GraphML text (UTF-8 XML)."""
    # networkx is imported on use here and below: the format registry imports
    # this module to list formats, and other formats need no networkx.
    import networkx as nx

    g = to_attribute_graph(amap)
    g.graph.update({k: _flat(k, v) for k, v in g.graph.items()})
    for _, attrs in g.nodes(data=True):
        attrs.update({k: _flat(k, v) for k, v in attrs.items()})
    out = io.BytesIO()
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True, named_key_ids=False)
    return out.getvalue().decode("utf-8")


def from_graphml(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Parse GraphML written by :func:`to_graphml` (or edited in a graph tool)."""
    import xml.etree.ElementTree as ET

    import networkx as nx

    name = source or "<string>"
    declared = _DECLARATIONS.search(text)
    if declared is not None:
        line = text.count("\n", 0, declared.start()) + 1
        raise ParseError(
            "GraphML with a document type or entity declarations is not read "
            "(entities can expand without bound); remove the <!DOCTYPE ...> block",
            source=name,
            line=line,
        )
    try:
        g = nx.parse_graphml(text, force_multigraph=False)
    except ET.ParseError as exc:
        line, column = exc.position
        raise ParseError(
            f"not valid GraphML: {exc}", source=name, line=line, column=column + 1
        ) from None
    except (nx.NetworkXError, KeyError, ValueError, TypeError) as exc:
        raise ParseError(f"not GraphML networkx can read: {exc}", source=name) from None
    if g.is_multigraph() or not g.is_directed():
        raise ParseError("an argmap GraphML graph is directed and simple", source=name)
    graph_at = (name, _line_of(text, "<graph"))
    g.graph.update({k: _unflat(k, v, "", graph_at) for k, v in g.graph.items()})
    for node, attrs in g.nodes(data=True):
        at = (name, _line_of(text, f'<node id="{node}"'))
        attrs.update({k: _unflat(k, v, f"node {node}: ", at) for k, v in attrs.items()})
    return map_from_graph(g, source=source)
