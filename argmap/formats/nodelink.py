"""Node-link JSON: the map as networkx's ``node_link_data``, for graph tools and D3.

Statements and inferences are both nodes (``node_type`` says which, ``kind``
or ``polarity`` how to colour them); edges run ``premise -> inference ->
conclusion`` with a ``role``; ``label`` is a short caption for
tools such as Gephi (ignored on reading). Every model field is an attribute of its node
and the source and ``meta`` are graph attributes, so nothing is lost:

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act now"); c = b.claim("Delay costs", supports=t)
>>> doc = to_node_link_dict(b.build())
>>> [(n["id"], n["node_type"]) for n in doc["nodes"]]
[('T1', 'statement'), ('C1', 'statement'), ('I1', 'inference')]
>>> from_node_link_dict(doc) == b.build()
True
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.errors import MapValidationError, Problem
from argmap.formats._json import parse_json
from argmap.formats._validate import build_map
from argmap.model import ArgumentMap

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "from_node_link",
    "from_node_link_dict",
    "map_from_graph",
    "to_attribute_graph",
    "to_node_link",
    "to_node_link_dict",
]

#: Node attributes argmap sets itself; the rest are model fields.
STRUCTURE_ATTRS = ("node_type", "kind", "polarity", "label")


def to_attribute_graph(amap: ArgumentMap) -> nx.DiGraph:
    """The map as a graph whose attributes are plain JSON values (no models)."""
    # networkx is imported on use here and below: the format registry imports
    # this module to list formats, and other formats need no networkx.
    import networkx as nx

    from argmap.graph.convert import to_networkx

    rich = to_networkx(amap)
    g = nx.DiGraph()
    g.graph["argmap_version"] = amap.version
    source = amap.source.model_dump(mode="json", exclude_defaults=True)
    if source:
        g.graph["source"] = source
    if amap.meta:
        g.graph["meta"] = amap.meta
    for node, attrs in rich.nodes(data=True):
        fields = attrs["model"].model_dump(mode="json", exclude_defaults=True, exclude={"id"})
        fields.pop("kind", None)
        fields.pop("polarity", None)
        structure = {k: attrs[k] for k in STRUCTURE_ATTRS if k in attrs}
        model = attrs["model"]
        if attrs["node_type"] == "statement":
            structure["label"] = model.title or model.text
        else:
            structure["label"] = model.scheme or model.polarity
        g.add_node(node, **structure, **fields)
    for a, b, attrs in rich.edges(data=True):
        g.add_edge(a, b, role=attrs["role"])
    return g


def map_from_graph(graph: nx.DiGraph, *, source: str | None = None) -> ArgumentMap:
    """Rebuild a map from :func:`to_attribute_graph`'s graph (attributes decoded).

    An inference node without ``premises``/``conclusion`` attributes takes
    them from its edges, so a graph edited in another tool still reads.
    """
    statements: list[dict[str, Any]] = []
    inferences: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for node, attrs in graph.nodes(data=True):
        fields = {k: v for k, v in attrs.items() if k not in STRUCTURE_ATTRS}
        node_type = attrs.get("node_type")
        if node_type == "statement":
            statements.append({"id": str(node), "kind": attrs.get("kind"), **fields})
        elif node_type == "inference":
            if "premises" not in fields:
                fields["premises"] = [
                    str(p)
                    for p in graph.predecessors(node)
                    if graph.edges[p, node].get("role", "premise") == "premise"
                    and graph.nodes[p].get("node_type") == "statement"
                ]
            if "conclusion" not in fields:
                after = [str(c) for c in graph.successors(node)]
                fields["conclusion"] = after[0] if len(after) == 1 else None
            polarity = attrs.get("polarity", "support")
            inferences.append({"id": str(node), "polarity": polarity, **fields})
        else:
            problems.append(
                Problem(
                    f"node_type is {node_type!r}; argmap graphs have 'statement' and "
                    "'inference' nodes",
                    ref=str(node),
                )
            )
    if problems:
        raise MapValidationError(problems, source=source)
    doc: dict[str, Any] = {
        "version": graph.graph.get("argmap_version", 1),
        "source": graph.graph.get("source", {}),
        "statements": statements,
        "inferences": inferences,
    }
    if "meta" in graph.graph:
        doc["meta"] = graph.graph["meta"]
    return build_map(doc, source=source)


def to_node_link_dict(amap: ArgumentMap) -> dict[str, Any]:
    """The map as a node-link document (``nodes``, ``edges``, ``graph``)."""
    import networkx as nx

    data: dict[str, Any] = nx.node_link_data(to_attribute_graph(amap), edges="edges")
    return data


def from_node_link_dict(data: Mapping[str, Any], *, source: str | None = None) -> ArgumentMap:
    """Read a node-link document written by :func:`to_node_link_dict`."""
    import networkx as nx

    nodes, edges = data.get("nodes"), data.get("edges")
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise MapValidationError(
            [Problem("a node-link document needs 'nodes' and 'edges' lists", line=1)],
            source=source,
        )
    problems = [
        Problem(f"node #{n + 1} needs an 'id'", loc=("nodes", n))
        for n, node in enumerate(nodes)
        if not isinstance(node, dict) or not isinstance(node.get("id"), (str, int))
    ]
    problems += [
        Problem(f"edge #{n + 1} needs 'source' and 'target'", loc=("edges", n))
        for n, edge in enumerate(edges)
        if not isinstance(edge, dict)
        or not all(isinstance(edge.get(k), (str, int)) for k in ("source", "target"))
    ]
    if problems:
        raise MapValidationError(problems, source=source)
    meta = data.get("graph")
    clean = {**data, "directed": True, "multigraph": False}
    clean["graph"] = meta if isinstance(meta, dict) else {}
    try:
        graph = nx.node_link_graph(clean, directed=True, multigraph=False, edges="edges")
    except (KeyError, TypeError, ValueError, nx.NetworkXError) as exc:
        raise MapValidationError(
            [Problem(f"not a node-link graph networkx can read: {exc}", line=1)], source=source
        ) from None
    return map_from_graph(graph, source=source)


def to_node_link(amap: ArgumentMap) -> str:
    """The map as node-link JSON text."""
    return json.dumps(to_node_link_dict(amap), ensure_ascii=False, indent=1) + "\n"


def from_node_link(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Parse node-link JSON text; syntax errors name the line and column."""
    data = parse_json(text, source)
    if not isinstance(data, dict):
        raise MapValidationError(
            [Problem("a node-link document is a JSON object", line=1)], source=source
        )
    return from_node_link_dict(data, source=source)
