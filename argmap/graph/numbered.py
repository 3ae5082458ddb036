"""A map's links as integer adjacency lists, for walks that run over every node.

Statements are numbered ``0..n-1`` in map order, then the inferences. The
labelling fixpoint and its explanations index plain lists by these numbers,
which is several times faster than dictionaries keyed on ids. Build it through
:attr:`argmap.graph.index.MapIndex.numbered` (cached with the index).

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.counterclaim("No", attacks=t)
>>> _ = b.rebuttal("Yes", attacks=c)
>>> from argmap.graph.index import MapIndex
>>> g = MapIndex(b.build()).numbered
>>> g.ids, [list(a) for a in g.attackers], g.conclusion
(('T1', 'CC1', 'R1', 'I1', 'I2'), [[3], [4], [], [], []], [-1, -1, -1, 0, 1])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from argmap.graph.components import strongly_connected

__all__ = ["Numbering", "reaching", "support_cycles"]


class Numbering:
    """Integer adjacency of a map: statements ``0..n-1``, then inferences.

    ``premises[i]``, ``attackers[x]``, ``supports[x]`` and ``premise_of[s]``
    are sequences of node numbers (``attackers`` of an inference are its
    undercutters; ``supports`` of an inference are empty); ``conclusion[i]``
    and ``is_attack[i]`` describe inference node ``i`` (``-1``/``False`` for
    statements). Built from the index's ``ids`` (statements first, then
    inferences, in map order), ``number`` (each id's position) and each
    inference's ``(polarity, conclusion, premises)``, in map order; an id
    that is not in ``number`` raises :class:`KeyError`.
    Shared by every reader of the index: read, never modify.
    """

    __slots__ = (
        "attackers",
        "conclusion",
        "ids",
        "is_attack",
        "n_statements",
        "number",
        "premise_of",
        "premises",
        "supports",
    )

    def __init__(
        self,
        ids: tuple[str, ...],
        number: Mapping[str, int],
        n_statements: int,
        links: Iterable[tuple[str, str, Sequence[str]]],
    ) -> None:
        n = n_statements
        size = len(ids)
        # Most nodes have no attackers, supports or uses as a premise: they
        # share one empty tuple until something is added (fewer allocations).
        empty: tuple[int, ...] = ()
        premises: list[Sequence[int]] = [empty] * size
        premise_of: list[Sequence[int]] = [empty] * size
        attackers: list[Sequence[int]] = [empty] * size
        supports: list[Sequence[int]] = [empty] * size
        conclusion = [-1] * size
        is_attack = [False] * size
        at = number.__getitem__
        for k, (polarity, target, refs) in enumerate(links, n):
            ps = tuple(map(at, refs))
            premises[k] = ps
            for p in ps:
                used = premise_of[p]
                if used:
                    used.append(k)  # type: ignore[attr-defined]
                else:
                    premise_of[p] = [k]
            c = number[target]
            conclusion[k] = c
            attack = polarity == "attack"
            into = attackers if attack else supports
            if attack:
                is_attack[k] = True
            found = into[c]
            if found:
                found.append(k)  # type: ignore[attr-defined]
            else:
                into[c] = [k]
        self.ids = ids
        self.number: Mapping[str, int] = number
        self.n_statements = n
        self.premises = premises
        self.premise_of = premise_of
        self.attackers = attackers
        self.supports = supports
        self.conclusion = conclusion
        self.is_attack = is_attack

    def is_statement(self, node: int) -> bool:
        """True for a statement node, False for an inference node."""
        return node < self.n_statements


def reaching(g: Numbering, roots: Iterable[int]) -> bytearray:
    """A mark for ``roots`` and every node with a chain of premises and inferences to one.

    The walk of :func:`argmap.graph.walks.reaching` over node numbers: a root
    that is an inference is reached from its premises, every other node
    through the inferences into it (supports, attacks, undercuts).

    >>> from argmap.model import MapBuilder
    >>> from argmap.graph.index import MapIndex
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Now", supports=t)
    >>> _ = b.claim("Alone")
    >>> list(reaching(MapIndex(b.build()).numbered, [0]))
    [1, 1, 0, 1]
    """
    premises, supports, attackers = g.premises, g.supports, g.attackers
    seen = bytearray(len(g.ids))
    queue: list[int] = []
    for root in roots:
        if not seen[root]:
            seen[root] = 1
            queue.append(root)
    for root in list(queue):
        for p in premises[root]:
            if not seen[p]:
                seen[p] = 1
                queue.append(p)
    while queue:
        x = queue.pop()
        into = supports[x]
        if attackers[x]:
            into = [*into, *attackers[x]]
        for k in into:
            if seen[k]:
                continue
            seen[k] = 1
            queue.append(k)
            for p in premises[k]:
                if not seen[p]:
                    seen[p] = 1
                    queue.append(p)
    return seen


def support_cycles(g: Numbering) -> list[list[int]]:
    """Groups of statements that support one another in a circle, by node number.

    The walk of :func:`argmap.graph.walks.support_cycles` over node numbers
    (which are the map order): statements are peeled off from the sources
    inwards (Kahn's algorithm); only what remains is searched (Tarjan). Each
    group and the list of groups are in map order.

    >>> from argmap.model import MapBuilder
    >>> from argmap.graph.index import MapIndex
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Now", supports=t)
    >>> _ = b.support(t, c); _ = b.claim("Why", supports=c)
    >>> support_cycles(MapIndex(b.build()).numbered)
    [[0, 1]]
    """
    n = g.n_statements
    premises, premise_of, conclusion, is_attack = (
        g.premises,
        g.premise_of,
        g.conclusion,
        g.is_attack,
    )

    indegree = [0] * n
    for k in range(n, len(premises)):
        c = conclusion[k]
        if not is_attack[k] and c < n:
            indegree[c] += len(premises[k])
    queue = [s for s in range(n) if not indegree[s] and premise_of[s]]
    while queue:
        for k in premise_of[queue.pop()]:
            c = conclusion[k]
            if not is_attack[k] and c < n:
                indegree[c] -= 1
                if not indegree[c]:
                    queue.append(c)
    left = [s for s in range(n) if indegree[s]]
    if not left:
        return []
    # What is left, and the supports among it (once per use as a premise).
    remaining = {
        s: [
            c
            for k in premise_of[s]
            if not is_attack[k] and (c := conclusion[k]) < n and indegree[c]
        ]
        for s in left
    }
    groups = strongly_connected(left, remaining.__getitem__)
    cycles = [
        sorted(group) for group in groups if len(group) > 1 or group[0] in remaining[group[0]]
    ]
    return sorted(cycles)
