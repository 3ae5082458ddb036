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

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argmap.model import Inference

__all__ = ["Numbering"]


class Numbering:
    """Integer adjacency of a map: statements ``0..n-1``, then inferences.

    ``premises[i]``, ``attackers[x]``, ``supports[x]`` and ``premise_of[s]``
    are sequences of node numbers (``attackers`` of an inference are its
    undercutters; ``supports`` of an inference are empty); ``conclusion[i]``
    and ``is_attack[i]`` describe inference node ``i`` (``-1``/``False`` for
    statements). Built from the index's ``ids`` (statements first, then
    ``inferences``, in map order) and ``number`` (each id's position).
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
        inferences: Sequence[Inference],
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
        for k, inf in enumerate(inferences, n):
            ps = [number[p] for p in inf.premises]
            premises[k] = ps
            for p in ps:
                used = premise_of[p]
                if used:
                    used.append(k)  # type: ignore[attr-defined]
                else:
                    premise_of[p] = [k]
            c = number[inf.conclusion]
            conclusion[k] = c
            into = attackers if inf.polarity == "attack" else supports
            if inf.polarity == "attack":
                is_attack[k] = True
            links = into[c]
            if links:
                links.append(k)  # type: ignore[attr-defined]
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
