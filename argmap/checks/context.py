"""What every check needs to know about a map: its index, plus what only checks use.

A :class:`CheckContext` is a thin holder around the map's cached
:class:`~argmap.graph.index.MapIndex` (statements and inferences by id, the
inferences into and out of each id, what reaches a thesis, circles of
support), so every check runs in time linear in the size of the map and the
walks several checks share are computed once. It adds what only checks
need: the statements they look at, a short label for messages, and a memo
for derived data.

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

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cached_property
from typing import TYPE_CHECKING, Any

from argmap.graph import queries
from argmap.graph.index import MapIndex
from argmap.model import Question

if TYPE_CHECKING:
    from argmap.graph.numbered import Numbering
    from argmap.model import ArgumentMap, Inference, Statement

__all__ = ["CheckContext", "is_checked"]


def is_checked(s: Statement) -> bool:
    """Whether checks look at ``s``: every statement but an open critical question."""
    return not (isinstance(s, Question) and not s.answered)


class CheckContext:
    """The map's index, shared by every check that runs on it, and the checks' own state."""

    def __init__(self, amap: ArgumentMap) -> None:
        idx = MapIndex.of(amap)
        self.map = amap
        #: The map's shared index.
        self.index = idx
        #: Every statement, in map order.
        self.statement_list: Sequence[Statement] = idx.statement_list
        #: Position of each statement and inference in the map (for sorting).
        self.order: Mapping[str, int] = idx.order
        #: Ids of the theses, in map order.
        self.theses: Sequence[str] = idx.theses
        # The index's own lookups, bound once (checks call them for every statement).
        self.support_into = idx.support_into
        self.attacks_into = idx.attacks_into
        self.support_from = idx.support_from
        self.attacks_from = idx.attacks_from
        self.kind = idx.kind
        self.support_depth = idx.support_depth
        #: Derived data checks share (for example the terms of each statement).
        self.memo: dict[str, Any] = {}

    @cached_property
    def nodes(self) -> Numbering | None:
        """The map's links by node number (see :attr:`MapIndex.nodes
        <argmap.graph.index.MapIndex.nodes>`), or ``None``: then checks look up by id."""
        return self.index.nodes

    @cached_property
    def statements(self) -> Mapping[str, Statement]:
        """Every statement by id (built when first asked: on a large map a lookup by id
        costs a cache miss, so the built-in checks go by position when they can)."""
        return self.index.statements

    @property
    def inferences(self) -> Mapping[str, Inference]:
        """Every inference by id (built when first asked: no built-in check needs it)."""
        return self.index.inferences

    @cached_property
    def checked(self) -> Sequence[Statement]:
        """The statements checks look at: all but open critical questions, in map order."""
        statements = self.index.statement_list
        if not self.index.of_kind("question"):
            return statements
        return [s for s in statements if is_checked(s)]

    def checked_of(self, *kinds: str) -> Sequence[Statement]:
        """The statements of ``kinds`` that checks look at, in map order.

        A check about some kinds walks only those: on a large map reading every
        statement again costs more than the check.
        """
        found = self.index.of_kind(*kinds)
        if "question" not in kinds:
            return found
        return [s for s in found if is_checked(s)]

    def checked_positions(self, *kinds: str) -> Sequence[int]:
        """The positions of the statements of ``kinds`` that checks look at, in map order."""
        found = self.index.positions_of(*kinds)
        if "question" not in kinds:
            return found
        statements = self.statement_list
        return [n for n in found if is_checked(statements[n])]

    def label(self, ref: str, *, width: int = 60) -> str:
        """``ref`` with a short quote of its text, for messages: ``C2 ("Ties fray")``."""
        s = self.statements.get(ref)
        if s is None:
            return ref
        return _labelled(ref, s.text, width)

    def label_of(self, s: Statement, *, width: int = 60) -> str:
        """:meth:`label` of a statement a check holds (not looked up again by its id)."""
        return _labelled(s.id, s.text, width)

    @property
    def connected(self) -> AbstractSet[str]:
        """Statements and inferences with a chain of premises leading to a thesis."""
        return self.index.connected

    @property
    def support_graph(self) -> Mapping[str, Sequence[str]]:
        """Statement to the statements it supports directly (premise -> conclusion)."""
        return self.index.support_graph

    @property
    def support_cycles(self) -> list[list[str]]:
        """Groups of statements that support one another in a circle (map order)."""
        return queries.support_cycles(self.index, order="map")


def _labelled(ref: str, text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f'{ref} ("{text}")'
