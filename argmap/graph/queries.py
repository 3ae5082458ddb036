"""Questions a reader asks of a map: what supports this, what attacks it?

Every function takes a map or the graph of :func:`~argmap.graph.to_networkx`
first and answers with statement ids in a stable order.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Act now"); c = b.claim("Delay costs", supports=t)
>>> e = b.evidence("Costs rose 5%", type="statistic", supports=c)
>>> cc = b.counterclaim("Acting is risky", attacks=t)
>>> m = b.build()
>>> supporters(m, "T1"), supporters(m, "T1", transitive=True)
(['C1'], ['C1', 'E1'])
>>> attackers(m, "T1")
['CC1']
>>> unconnected(m)
[]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import TypeAlias

import networkx as nx

from argmap.graph.convert import to_networkx
from argmap.model import ArgumentMap

__all__ = [
    "attackers",
    "find_thesis",
    "reaches",
    "support_cycles",
    "support_tree",
    "supporters",
    "unconnected",
]

MapOrGraph: TypeAlias = "ArgumentMap | nx.DiGraph"


def _graph(x: MapOrGraph) -> nx.DiGraph:
    return x if isinstance(x, nx.DiGraph) else to_networkx(x)


def _is_inference(g: nx.DiGraph, node: str) -> bool:
    return bool(g.nodes[node].get("node_type") == "inference")


def _premises(g: nx.DiGraph, inference: str) -> list[str]:
    # An undercut's edge also ends at the inference: only premise edges count.
    return [p for p in g.predecessors(inference) if g.edges[p, inference]["role"] == "premise"]


def _direct(g: nx.DiGraph, ref: str, polarity: str) -> list[str]:
    out: list[str] = []
    for inf in g.predecessors(ref):
        if _is_inference(g, inf) and g.nodes[inf]["polarity"] == polarity:
            out.extend(p for p in _premises(g, inf) if p not in out)
    return out


def find_thesis(x: MapOrGraph) -> str | None:
    """The id of the (first) thesis, or ``None``."""
    g = _graph(x)
    for node, attrs in g.nodes(data=True):
        if attrs.get("kind") == "thesis":
            return str(node)
    return None


def supporters(x: MapOrGraph, ref: str, *, transitive: bool = False) -> list[str]:
    """Statements that support ``ref`` directly (or, ``transitive``, through others)."""
    g = _graph(x)
    _require(g, ref)
    if not transitive:
        return _direct(g, ref, "support")
    return _closure(g, [ref], "support")


def attackers(x: MapOrGraph, ref: str, *, transitive: bool = False) -> list[str]:
    """Statements that attack ``ref`` (or an inference into it: undercuts).

    With ``transitive``, also what attacks anything that supports ``ref``,
    however indirectly: everything that threatens it.
    """
    g = _graph(x)
    _require(g, ref)
    targets = [ref, *(_closure(g, [ref], "support") if transitive else [])]
    out: list[str] = []
    for t in targets:
        for a in _direct(g, t, "attack"):
            if a not in out:
                out.append(a)
        for inf in g.predecessors(t):
            if _is_inference(g, inf):
                for a in _direct(g, inf, "attack"):
                    if a not in out:
                        out.append(a)
    return out


def support_tree(x: MapOrGraph, ref: str) -> nx.DiGraph:
    """The subgraph of everything that supports ``ref``, with the inferences used."""
    g = _graph(x)
    _require(g, ref)
    keep = {ref}
    queue = deque([ref])
    while queue:
        node = queue.popleft()
        for inf in g.predecessors(node):
            if _is_inference(g, inf) and g.nodes[inf]["polarity"] == "support":
                keep.add(inf)
                for p in _premises(g, inf):
                    if p not in keep:
                        keep.add(p)
                        queue.append(p)
    return g.subgraph(keep).copy()


def reaches(x: MapOrGraph, target: str) -> set[str]:
    """Every node with a path of premises and inferences to ``target`` (and itself)."""
    g = _graph(x)
    _require(g, target)
    return {target, *nx.ancestors(g, target)}


def unconnected(x: MapOrGraph, thesis: str | None = None) -> list[str]:
    """Statements with no chain of support or attack leading to the thesis.

    Every statement counts as unconnected when the map has no thesis.
    """
    g = _graph(x)
    root = thesis if thesis is not None else find_thesis(g)
    statements = [n for n, a in g.nodes(data=True) if a.get("node_type") == "statement"]
    if root is None:
        return statements
    connected = reaches(g, root)
    return [s for s in statements if s not in connected]


def support_cycles(x: MapOrGraph) -> list[list[str]]:
    """Groups of statements that support each other in a circle.

    Each group is a strongly connected set of the statement-to-statement
    support graph (sorted ids); a statement supporting itself is a group of one.
    """
    g = _graph(x)
    h = nx.DiGraph()
    for node, attrs in g.nodes(data=True):
        if attrs.get("node_type") == "inference" and attrs.get("polarity") == "support":
            for c in g.successors(node):
                for p in _premises(g, node):
                    h.add_edge(p, c)
    cycles = [
        sorted(comp)
        for comp in nx.strongly_connected_components(h)
        if len(comp) > 1 or any(h.has_edge(n, n) for n in comp)
    ]
    return sorted(cycles)


def _closure(g: nx.DiGraph, start: Iterable[str], polarity: str) -> list[str]:
    seen: list[str] = []
    queue = deque(start)
    visited = set(start)
    while queue:
        node = queue.popleft()
        for p in _direct(g, node, polarity):
            if p not in visited:
                visited.add(p)
                seen.append(p)
                queue.append(p)
    return seen


def _require(g: nx.DiGraph, ref: str) -> None:
    if ref not in g:
        raise KeyError(f"no statement or inference with id {ref!r} in the map")
