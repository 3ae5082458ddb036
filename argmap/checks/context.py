"""What every check needs to know about a map, computed once.

A :class:`CheckContext` indexes a map's statements and inferences (by id,
into and out of each id) so that every check runs in time linear in the size
of the map. Graph walks that several checks share (what reaches the thesis,
circles of support) are computed on first use and kept.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Act now"); c = b.claim("Delay costs", supports=t)
>>> cc = b.counterclaim("Acting is risky", attacks=t)
>>> ctx = CheckContext(b.build())
>>> [i.id for i in ctx.support_into("T1")], [i.id for i in ctx.attacks_into("T1")]
(['I1'], ['I2'])
>>> sorted(ctx.connected), ctx.support_depth("T1")
(['C1', 'CC1', 'I1', 'I2', 'T1'], 1)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from argmap._scc import strongly_connected as _strongly_connected
from argmap.model import Question

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Inference, Statement

__all__ = ["CheckContext", "strongly_connected"]

_EMPTY: tuple[Inference, ...] = ()


class CheckContext:
    """Indexes over one map, shared by every check that runs on it."""

    def __init__(self, amap: ArgumentMap) -> None:
        self.map = amap
        #: Every statement by id.
        self.statements: dict[str, Statement] = {}
        #: Every inference by id.
        self.inferences: dict[str, Inference] = {}
        #: Position of each statement and inference in the map (for sorting).
        self.order: dict[str, int] = {}
        support_into: defaultdict[str, list[Inference]] = defaultdict(list)
        attacks_into: defaultdict[str, list[Inference]] = defaultdict(list)
        support_from: defaultdict[str, list[Inference]] = defaultdict(list)
        attacks_from: defaultdict[str, list[Inference]] = defaultdict(list)
        for s in amap.statements:
            self.statements[s.id] = s
        for inf in amap.inferences:
            self.inferences[inf.id] = inf
            if inf.polarity == "support":
                support_into[inf.conclusion].append(inf)
                for p in inf.premises:
                    support_from[p].append(inf)
            else:
                attacks_into[inf.conclusion].append(inf)
                for p in inf.premises:
                    attacks_from[p].append(inf)
        self.order = {ref: n for n, ref in enumerate([*self.statements, *self.inferences])}
        # Plain dicts from here on: a lookup of a missing id must not add it.
        self._support_into = dict(support_into)
        self._attacks_into = dict(attacks_into)
        self._support_from = dict(support_from)
        self._attacks_from = dict(attacks_from)
        #: Ids of the theses, in map order.
        self.theses: list[str] = [s.id for s in amap.statements if s.kind == "thesis"]
        #: Derived data checks share (for example the terms of each statement).
        self.memo: dict[str, Any] = {}
        #: The statements checks look at: all but open critical questions.
        self.checked: list[Statement] = [
            s for s in amap.statements if not (isinstance(s, Question) and not s.answered)
        ]

    # -- the inferences around an id ---------------------------------------

    def support_into(self, ref: str) -> list[Inference] | tuple[Inference, ...]:
        """Supporting inferences whose conclusion is ``ref``."""
        return self._support_into.get(ref, _EMPTY)

    def attacks_into(self, ref: str) -> list[Inference] | tuple[Inference, ...]:
        """Attacks whose conclusion is ``ref`` (a statement, or an inference: undercuts)."""
        return self._attacks_into.get(ref, _EMPTY)

    def support_from(self, ref: str) -> list[Inference] | tuple[Inference, ...]:
        """Supporting inferences in which statement ``ref`` is a premise."""
        return self._support_from.get(ref, _EMPTY)

    def attacks_from(self, ref: str) -> list[Inference] | tuple[Inference, ...]:
        """Attacks in which statement ``ref`` is a premise."""
        return self._attacks_from.get(ref, _EMPTY)

    def kind(self, ref: str) -> str:
        """The kind of statement ``ref``, or ``"inference"``."""
        s = self.statements.get(ref)
        return s.kind if s is not None else "inference"

    def label(self, ref: str, *, width: int = 60) -> str:
        """``ref`` with a short quote of its text, for messages: ``C2 ("Ties fray")``."""
        s = self.statements.get(ref)
        if s is None:
            return ref
        text = " ".join(s.text.split())
        if len(text) > width:
            text = text[: width - 1].rstrip() + "…"
        return f'{ref} ("{text}")'

    # -- shared graph walks ---------------------------------------------------

    @cached_property
    def connected(self) -> set[str]:
        """Statements and inferences with a chain of premises leading to a thesis."""
        seen: set[str] = set(self.theses)
        queue = list(self.theses)
        support, attacks = self._support_into.get, self._attacks_into.get
        while queue:
            node = queue.pop()
            for into in (support(node), attacks(node)):
                if not into:
                    continue
                for inf in into:
                    if inf.id in seen:
                        continue
                    seen.add(inf.id)
                    queue.append(inf.id)
                    for p in inf.premises:
                        if p not in seen:
                            seen.add(p)
                            queue.append(p)
        return seen

    @cached_property
    def support_graph(self) -> dict[str, list[str]]:
        """Statement to the statements it supports directly (premise -> conclusion)."""
        graph: dict[str, list[str]] = {}
        for inf in self.map.inferences:
            if inf.polarity == "support" and inf.conclusion in self.statements:
                for p in inf.premises:
                    graph.setdefault(p, []).append(inf.conclusion)
        return graph

    @cached_property
    def support_cycles(self) -> list[list[str]]:
        """Groups of statements that support one another in a circle (map order).

        Statements are first peeled off from the sources inwards (Kahn's
        algorithm), which settles an acyclic map without a full Tarjan pass;
        only what remains (circles and what hangs below them) is searched.
        """
        graph = self.support_graph
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
        groups = strongly_connected(sorted(left, key=self.order.__getitem__), remaining)
        cycles = [sorted(g, key=self.order.__getitem__) for g in groups if len(g) > 1]
        return sorted(cycles, key=lambda g: self.order[g[0]])

    def support_depth(self, ref: str) -> int:
        """The length of the longest chain of support into ``ref`` (0 if none).

        Circles of support are walked once: a statement already on the chain
        adds nothing.
        """
        preds: dict[str, list[str]] = {}
        for p, conclusions in self.support_graph.items():
            for c in conclusions:
                preds.setdefault(c, []).append(p)
        depth: dict[str, int] = {}
        on_path: set[str] = set()
        stack: list[tuple[str, int]] = [(ref, 0)]
        while stack:
            node, i = stack.pop()
            children = preds.get(node, [])
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


def strongly_connected(nodes: Iterable[str], graph: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected components of ``graph`` (Tarjan, without recursion).

    >>> strongly_connected("abcd", {"a": ["b"], "b": ["a", "c"], "c": ["d"], "d": ["c"]})
    [['d', 'c'], ['b', 'a']]
    """
    return _strongly_connected(nodes, lambda node: graph.get(node, ()))
