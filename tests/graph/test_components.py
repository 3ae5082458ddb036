"""Strongly connected components without recursion."""

from __future__ import annotations

from argmap.graph.components import strongly_connected


def test_tarjan_matches_a_brute_force_closure() -> None:
    graph = {"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": ["e"], "e": ["d"], "f": ["a"]}
    comps = {frozenset(c) for c in strongly_connected("abcdef", lambda n: graph.get(n, ()))}
    assert comps == {frozenset("abc"), frozenset("de"), frozenset("f")}


def test_tarjan_is_not_recursive() -> None:
    n = 50_000
    graph = {str(i): [str(i + 1)] for i in range(n)}
    graph[str(n)] = ["0"]
    comps = strongly_connected([str(i) for i in range(n + 1)], lambda x: graph.get(x, ()))
    assert len(comps) == 1 and len(comps[0]) == n + 1


def test_components_come_after_what_they_reach() -> None:
    graph = {"a": ["b"], "b": ["c"], "c": []}
    assert strongly_connected("a", lambda n: graph[n]) == [["c"], ["b"], ["a"]]
