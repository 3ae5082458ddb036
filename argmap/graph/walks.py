"""The walks over a map's links that several layers share, each linear in the map.

Pure functions over plain lookups; :class:`~argmap.graph.index.MapIndex`
runs each once per map and keeps the answer.

>>> supports = {"E": ["C"], "C": ["T"], "T": ["C"]}
>>> support_cycles(supports, {"T": 0, "C": 1, "E": 2})
[['T', 'C']]
>>> support_depth(inverse(supports), "T")
2
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from argmap.graph.components import strongly_connected

__all__ = ["inverse", "reaching", "support_cycles", "support_depth", "undercut_ends"]


def reaching(
    roots: Iterable[str],
    premises: Mapping[str, Sequence[str]],
    into: Mapping[str, Sequence[str]],
) -> set[str]:
    """``roots`` and every statement and inference with a chain of premises to one of them.

    ``premises`` gives each inference's premises by its id (a root that is an
    inference is reached from its premises); ``into`` maps a ``ref`` to the ids
    of the inferences whose conclusion is ``ref`` (a statement, or an
    inference for its undercuts).

    >>> sorted(reaching(["T"], {"I1": ("C",), "I2": ("X",)}, {"T": ["I1"], "I1": ["I2"]}))
    ['C', 'I1', 'I2', 'T', 'X']
    """
    seen: set[str] = set(roots)
    for root in list(seen):
        seen.update(premises.get(root, ()))
    queue = list(seen)
    lookup = into.get
    while queue:
        found = lookup(queue.pop())
        if not found:
            continue
        for ref in found:
            if ref in seen:
                continue
            seen.add(ref)
            queue.append(ref)
            for p in premises[ref]:
                if p not in seen:
                    seen.add(p)
                    queue.append(p)
    return seen


def support_cycles(graph: Mapping[str, Sequence[str]], order: Mapping[str, int]) -> list[list[str]]:
    """Groups of statements that support one another in a circle, in map ``order``.

    ``graph`` maps a statement to those it supports directly. A statement
    that supports itself is a group of one. Statements are first peeled off
    from the sources inwards (Kahn's algorithm), which settles an acyclic map
    without a full Tarjan pass; only what remains (circles and what hangs
    below them) is searched.
    """
    indegree = Counter(c for conclusions in graph.values() for c in conclusions)
    queue = [n for n in graph if n not in indegree]
    while queue:
        for c in graph.get(queue.pop(), ()):
            indegree[c] -= 1
            if not indegree[c]:
                queue.append(c)
    left = {n for n, d in indegree.items() if d > 0}
    if not left:
        return []
    remaining = {n: [c for c in graph.get(n, ()) if c in left] for n in left}
    at = order.__getitem__
    groups = strongly_connected(sorted(left, key=at), remaining.__getitem__)
    cycles = [sorted(g, key=at) for g in groups if len(g) > 1 or g[0] in remaining[g[0]]]
    return sorted(cycles, key=lambda g: at(g[0]))


def inverse(graph: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Each target of ``graph`` to the sources that point at it (in ``graph``'s order)."""
    preds: dict[str, list[str]] = {}
    for p, conclusions in graph.items():
        for c in conclusions:
            preds.setdefault(c, []).append(p)
    return preds


def support_depth(preds: Mapping[str, Sequence[str]], ref: str) -> int:
    """The length of the longest chain of support into ``ref`` (0 if none).

    ``preds`` maps a statement to those that support it directly. Circles of
    support are walked once: a statement already on the chain adds nothing.
    """
    depth: dict[str, int] = {}
    on_path: set[str] = set()
    stack: list[tuple[str, int]] = [(ref, 0)]
    while stack:
        node, i = stack.pop()
        children = preds.get(node, ())
        if i == 0:
            on_path.add(node)
        if i < len(children):
            stack.append((node, i + 1))
            child = children[i]
            if child not in depth and child not in on_path:
                stack.append((child, 0))
            continue
        best = 0
        for child in children:
            if child in depth:
                best = max(best, depth[child] + 1)
        depth[node] = best
        on_path.discard(node)
    return depth.get(ref, 0)


def undercut_ends(conclusion: Mapping[str, str]) -> dict[str, str | None]:
    """Inference id -> the id its chain of undercuts ends on, given each inference's
    conclusion: the first conclusion that is not one of these inferences (a
    statement, usually), or ``None`` for a chain that runs into a cycle of
    undercuts. Each chain is walked once.

    >>> undercut_ends({"I1": "T1", "I2": "I1", "I3": "I2", "I4": "I5", "I5": "I4"})
    {'I1': 'T1', 'I2': 'T1', 'I3': 'T1', 'I4': None, 'I5': None}
    """
    ends: dict[str, str | None] = {}
    for start, first in conclusion.items():
        if first not in conclusion:  # the common case: no undercut, the chain is one step
            ends[start] = first
            continue
        if start in ends:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        ref = start
        while True:
            if ref in ends:
                found = ends[ref]
                break
            if ref in on_path:
                found = None
                break
            on_path.add(ref)
            path.append(ref)
            target = conclusion[ref]
            if target not in conclusion:
                found = target
                break
            ref = target
        ends.update(dict.fromkeys(path, found))
    return ends
