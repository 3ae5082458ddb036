"""Questions a reader asks of a map: what supports this, what attacks it?

Every function takes a map, its :class:`~argmap.graph.index.MapIndex`, or
the graph of :func:`~argmap.graph.to_networkx` first and answers with
statement ids in a stable order. All of them read the map's one cached
index; pass the index itself to ask many questions of a large map without
re-checking it each time. A graph is read through
:func:`~argmap.graph.from_networkx` (its models are authoritative).

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
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Literal, TypeAlias

from argmap.errors import UnknownIdError
from argmap.graph.index import MapIndex
from argmap.model import ArgumentMap

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "attackers",
    "find_thesis",
    "reaches",
    "support_cycles",
    "support_tree",
    "supporters",
    "unconnected",
]

MapOrGraph: TypeAlias = "ArgumentMap | MapIndex | nx.DiGraph"


def _index(x: MapOrGraph) -> MapIndex:
    if isinstance(x, MapIndex):
        return x
    if isinstance(x, ArgumentMap):
        return MapIndex.of(x)
    # Imported here, for start-up time: only a networkx graph needs networkx.
    from argmap.graph.convert import from_networkx

    return MapIndex(from_networkx(x))


def _direct(idx: MapIndex, ref: str, polarity: str) -> list[str]:
    into = idx.support_into(ref) if polarity == "support" else idx.attacks_into(ref)
    return list(dict.fromkeys(p for inf in into for p in inf.premises))


def find_thesis(x: MapOrGraph) -> str | None:
    """The id of the (first) thesis, or ``None``."""
    theses = _index(x).theses
    return theses[0] if theses else None


def supporters(x: MapOrGraph, ref: str, *, transitive: bool = False) -> list[str]:
    """Statements that support ``ref`` directly (or, ``transitive``, through others)."""
    idx = _index(x)
    _require(idx, ref)
    if not transitive:
        return _direct(idx, ref, "support")
    return _closure(idx, [ref], "support")


def attackers(x: MapOrGraph, ref: str, *, transitive: bool = False) -> list[str]:
    """Statements that attack ``ref`` (or an inference into it: undercuts).

    With ``transitive``, also what attacks anything that supports ``ref``,
    however indirectly: everything that threatens it.
    """
    idx = _index(x)
    _require(idx, ref)
    targets = [ref, *(_closure(idx, [ref], "support") if transitive else [])]
    out: dict[str, None] = {}
    for t in targets:
        out.update(dict.fromkeys(_direct(idx, t, "attack")))
        for inf in idx.into(t):
            out.update(dict.fromkeys(_direct(idx, inf.id, "attack")))
    return list(out)


def support_tree(x: ArgumentMap | nx.DiGraph, ref: str) -> nx.DiGraph:
    """The subgraph of everything that supports ``ref``, with the inferences used."""
    idx = _index(x)
    _require(idx, ref)
    keep = {ref}
    queue = deque([ref])
    while queue:
        node = queue.popleft()
        for inf in idx.support_into(node):
            keep.add(inf.id)
            for p in inf.premises:
                if p not in keep:
                    keep.add(p)
                    queue.append(p)
    # Imported here, for start-up time: the answer is a networkx graph.
    from argmap.graph.convert import to_networkx

    g = x if not isinstance(x, ArgumentMap) else to_networkx(x)
    return g.subgraph(keep).copy()


def reaches(x: MapOrGraph, target: str) -> set[str]:
    """Every node with a path of premises and inferences to ``target`` (and itself)."""
    idx = _index(x)
    _require(idx, target)
    return idx.reaching([target])


def unconnected(
    x: MapOrGraph, thesis: str | None = None, *, every_thesis: bool = False
) -> list[str]:
    """Statements with no chain of support or attack leading to the thesis.

    The thesis is ``thesis`` if given, else the first thesis of the map, or
    with ``every_thesis`` any of them. Every statement counts as unconnected
    when the map has no thesis.
    """
    idx = _index(x)
    if thesis is not None:
        _require(idx, thesis)
        connected: AbstractSet[str] = idx.reaching([thesis])
    elif every_thesis:
        return list(idx.unconnected)
    else:
        root = find_thesis(idx)
        connected = idx.reaching([root]) if root is not None else frozenset()
    return [ref for ref in idx.ids[: len(idx.statement_list)] if ref not in connected]


def support_cycles(x: MapOrGraph, *, order: Literal["id", "map"] = "id") -> list[list[str]]:
    """Groups of statements that support each other in a circle.

    Each group is a strongly connected set of the statement-to-statement
    support graph; a statement supporting itself is a group of one. With
    ``order="id"`` each group's ids are sorted and so are the groups; with
    ``order="map"`` both follow the map (a group by its first statement).
    """
    cycles = _index(x).support_cycles
    if order == "map":
        return [list(g) for g in cycles]
    return sorted(sorted(g) for g in cycles)


def _closure(idx: MapIndex, start: Iterable[str], polarity: str) -> list[str]:
    seen: list[str] = []
    queue = deque(start)
    visited = set(start)
    while queue:
        node = queue.popleft()
        for p in _direct(idx, node, polarity):
            if p not in visited:
                visited.add(p)
                seen.append(p)
                queue.append(p)
    return seen


def _require(idx: MapIndex, ref: str) -> None:
    if ref not in idx:
        raise UnknownIdError(f"no statement or inference with id {ref!r} in the map", ids=[ref])
