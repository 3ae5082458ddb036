"""Strongly connected components, without recursion (deep maps never overflow).

Shared by the map index (circles of support), the acceptability explanations
(circles among undecided statements) and the framework semantics (splitting
a framework into parts labelled one after another). Written out rather than
taken from :func:`networkx.strongly_connected_components`: that needs a
``DiGraph`` built first and, even on a ready graph, measured slower (5.7 ms
against 4.6 ms on the support graph of 10,000 statements; 12.5 ms with the
graph built), and it cannot follow edges that depend on labels chosen so far.

>>> graph = {"a": ["b"], "b": ["a", "c"], "c": ["d"], "d": ["c"]}
>>> strongly_connected("abcd", lambda n: graph.get(n, ()))
[['d', 'c'], ['b', 'a']]
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

__all__ = ["strongly_connected"]

T = TypeVar("T", bound=Hashable)


def strongly_connected(nodes: Iterable[T], successors: Callable[[T], Iterable[T]]) -> list[list[T]]:
    """The strongly connected components reachable from ``nodes`` (Tarjan).

    A component is listed after every component it reaches (so the reversed
    list is in topological order); its members are in the order they leave
    Tarjan's stack. Linear in nodes plus edges.
    """
    order: dict[T, int] = {}
    low: dict[T, int] = {}
    stack: list[T] = []
    on_stack: set[T] = set()
    found: list[list[T]] = []
    for root in nodes:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack.append(root)
        on_stack.add(root)
        work: list[tuple[T, Iterator[T]]] = [(root, iter(successors(root)))]
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in order:
                    order[nxt] = low[nxt] = len(order)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(successors(nxt))))
                    break
                if nxt in on_stack and order[nxt] < low[node]:
                    low[node] = order[nxt]
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    if low[node] < low[parent]:
                        low[parent] = low[node]
                if low[node] == order[node]:
                    component: list[T] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    found.append(component)
    return found
