"""A map as one networkx directed graph, and back.

Statements and inferences are both nodes. Edges run the way reasons flow:
``premise -> inference`` (``role="premise"``) and ``inference -> conclusion``
(``role="conclusion"``); an undercut's conclusion edge ends at an inference.
Every node carries its model under ``"model"``, plus ``"node_type"``
(``"statement"`` or ``"inference"``) and ``"kind"`` or ``"polarity"``.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Delay costs", supports=t)
>>> g = to_networkx(b.build())
>>> sorted(g.edges)
[('C1', 'I1'), ('I1', 'T1')]
>>> from_networkx(g) == b.build()
True
"""

from __future__ import annotations

import networkx as nx

from argmap._perf import gc_paused
from argmap.errors import MapValidationError, Problem
from argmap.model import ArgumentMap, Inference, Source, StatementBase

__all__ = ["from_networkx", "to_networkx"]


def to_networkx(amap: ArgumentMap) -> nx.DiGraph:
    """The map as a :class:`networkx.DiGraph` (models on the nodes)."""
    with gc_paused():
        return _to_networkx(amap)


def _to_networkx(amap: ArgumentMap) -> nx.DiGraph:
    g = nx.DiGraph(source=amap.source, meta=amap.meta, version=amap.version)
    for s in amap.statements:
        g.add_node(s.id, node_type="statement", kind=s.kind, model=s)
    for inf in amap.inferences:
        g.add_node(inf.id, node_type="inference", polarity=inf.polarity, model=inf)
    for inf in amap.inferences:
        for p in inf.premises:
            g.add_edge(p, inf.id, role="premise")
        g.add_edge(inf.id, inf.conclusion, role="conclusion")
    return g


def from_networkx(graph: nx.DiGraph) -> ArgumentMap:
    """Rebuild the map from a graph made by :func:`to_networkx`.

    The models on the nodes are authoritative; the edges must agree with them.
    """
    statements: list[StatementBase] = []
    inferences: list[Inference] = []
    problems: list[Problem] = []
    for node, attrs in graph.nodes(data=True):
        model = attrs.get("model")
        if isinstance(model, StatementBase):
            statements.append(model)
        elif isinstance(model, Inference):
            inferences.append(model)
        else:
            problems.append(
                Problem("node has no statement or inference under 'model'", ref=str(node))
            )
    if problems:
        raise MapValidationError(problems, source="<graph>")
    source = graph.graph.get("source")
    return ArgumentMap(
        source=source if isinstance(source, Source) else Source(),
        statements=statements,  # type: ignore[arg-type,unused-ignore]
        inferences=inferences,
        meta=dict(graph.graph.get("meta") or {}),
    )
