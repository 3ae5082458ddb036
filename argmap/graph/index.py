"""The one index of a map: every lookup and shared walk, built once per map.

Checks, the acceptability labelling, the HTML cards, the teaching comparison
and the queries of :mod:`argmap.graph` all ask the same questions of a map:
which inferences end in this statement, which start from it, what reaches
the thesis, where support runs in a circle. :meth:`MapIndex.of` answers them
from one index per map, so each is computed once however many layers ask.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Act now"); c = b.claim("Delay costs", supports=t)
>>> cc = b.counterclaim("Acting is risky", attacks=t)
>>> m = b.build()
>>> idx = MapIndex.of(m)
>>> [i.id for i in idx.support_into("T1")], [i.id for i in idx.attacks_from("CC1")]
(['I1'], ['I2'])
>>> sorted(idx.connected), idx.support_depth("T1"), idx.theses
(['C1', 'CC1', 'I1', 'I2', 'T1'], 1, ('T1',))
>>> MapIndex.of(m) is idx
True

**Caching.** Maps are ordinary (not frozen) pydantic models: a list can be
appended to, a field reassigned, so a map can change after it was indexed.
Models are also unhashable, so a ``WeakKeyDictionary`` cannot hold them, and
``extra="forbid"`` leaves no room for a private attribute. :meth:`MapIndex.of`
therefore keeps one index per live map in a dictionary keyed on ``id(map)``;
a weak reference to the map removes the entry when the map is collected
(the index holds no reference to its map, so caching never keeps one alive).
Each index remembers the structure it was built from: every statement with
its id, kind and ``ignore`` list, every inference with its id, ``ignore``
list, polarity, conclusion and premises (the same snapshot the index is
built from, in one pass over the models). :meth:`MapIndex.of`
takes it again from the map as it is now (one pass, about a quarter of the
cost of building the lookups) and rebuilds on any difference; a model
compares equal to itself at once, and a replaced model only if it is equal
in every field. Nothing else is copied: texts,
titles, spans and flags such as ``accepted`` are read from the models when
used, so editing them in place needs no rebuild.

>>> _ = b.claim("Costs compound", supports=c); m.inferences.append(b.build().inferences[-1])
>>> m.statements.append(b.build().statements[-1])
>>> MapIndex.of(m) is idx, [i.id for i in MapIndex.of(m).support_into("C1")]
(False, ['I3'])
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cached_property, partial
from itertools import chain, compress, islice
from typing import TYPE_CHECKING, NamedTuple

from argmap._perf import gc_paused
from argmap.graph import numbered as nodes
from argmap.graph import walks
from argmap.graph.numbered import Numbering

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Inference, Statement

__all__ = ["MapIndex"]

_EMPTY: tuple[Inference, ...] = ()

# Turns the 0/1 marks of a walk into their opposite.
_FLIP = bytes([1, 0, *range(2, 256)])

_POLARITIES = frozenset({"support", "attack"})


class _Snapshot(NamedTuple):
    """What an index is built from, see "Caching" above: a column per field."""

    statements: tuple[Statement, ...]
    inferences: tuple[Inference, ...]
    #: Every statement id and then every inference id (the index's ``ids``).
    ids: tuple[str, ...]
    kinds: list[str]
    statement_ignores: list[tuple[str, ...]]
    inference_ignores: list[tuple[str, ...]]
    polarities: list[str]
    conclusions: list[str]
    premises: list[tuple[str, ...]]


def _snapshot(amap: ArgumentMap) -> _Snapshot:
    statements = tuple(amap.statements)
    inferences = tuple(amap.inferences)
    # One pass over each list of models (on a large map every model read is a cache
    # miss), into columns: a tuple per model would cost as much again to free.
    ids: list[str] = []
    kinds: list[str] = []
    ignores: list[tuple[str, ...]] = []
    add_id, add_kind, add_ignore = ids.append, kinds.append, ignores.append
    for s in statements:
        add_id(s.id)
        add_kind(s.kind)
        add_ignore(tuple(s.ignore))
    skips: list[tuple[str, ...]] = []
    polarities: list[str] = []
    conclusions: list[str] = []
    premises: list[tuple[str, ...]] = []
    add_skip, add_polarity = skips.append, polarities.append
    add_conclusion, add_premises = conclusions.append, premises.append
    for i in inferences:
        add_id(i.id)
        add_skip(tuple(i.ignore))
        add_polarity(i.polarity)
        add_conclusion(i.conclusion)
        add_premises(tuple(i.premises))
    # One tuple of the ids, held by the index too: each copy of 200,000 references is
    # a pass of cache misses to build and another to free.
    return _Snapshot(
        statements, inferences, tuple(ids), kinds, ignores, skips, polarities, conclusions, premises
    )


class MapIndex:
    """Lookups over one map, and the graph walks that several layers share.

    Build it with :meth:`of` (cached per map); ``MapIndex(amap)`` builds a
    fresh one. Everything it returns is shared by every reader: read it,
    never modify it. Lookups of an id the map lacks return an empty sequence.
    """

    def __init__(self, amap: ArgumentMap) -> None:
        # The snapshot both checks the cache and feeds the build: the index
        # holds the models it names, never the map.
        snapshot = self._snapshot = _snapshot(amap)
        self._statement_list: tuple[Statement, ...] = snapshot.statements
        self._inference_list: tuple[Inference, ...] = snapshot.inferences
        #: Every statement id and then every inference id, in map order.
        self.ids: tuple[str, ...] = snapshot.ids

    @classmethod
    def of(cls, amap: ArgumentMap) -> MapIndex:
        """The index of ``amap``: the cached one while the map is unchanged, else a new one."""
        key = id(amap)
        hit = _CACHE.get(key)
        if hit is not None:
            ref, found = hit
            if ref() is amap and found._snapshot == _snapshot(amap):
                return found
        built = cls(amap)
        _CACHE[key] = (weakref.ref(amap, partial(_forget, key)), built)
        return built

    # -- the models -----------------------------------------------------------

    @property
    def statement_list(self) -> Sequence[Statement]:
        """Every statement, in map order."""
        return self._statement_list

    @property
    def inference_list(self) -> Sequence[Inference]:
        """Every inference, in map order."""
        return self._inference_list

    @cached_property
    def statements(self) -> Mapping[str, Statement]:
        """Every statement by id."""
        # The ids from the snapshot: reading them from the models again costs a pass of
        # cache misses on a large map.
        statements = self._statement_list
        return dict(zip(self.ids[: len(statements)], statements, strict=True))

    @cached_property
    def inferences(self) -> Mapping[str, Inference]:
        """Every inference by id."""
        return {i.id: i for i in self._inference_list}

    @cached_property
    def order(self) -> Mapping[str, int]:
        """Position of each statement and then each inference in the map (for sorting)."""
        ids = self.ids
        return dict(zip(ids, range(len(ids)), strict=True))

    @cached_property
    def theses(self) -> tuple[str, ...]:
        """Ids of the theses, in map order."""
        return tuple(map(self.ids.__getitem__, self._positions.get("thesis", ())))

    @cached_property
    def nodes(self) -> Numbering | None:
        """:attr:`numbered`, when every id is unique and every link names one; else ``None``.

        Then a node number stands for one id and back, so a reader may follow the links by
        number and look up nothing by id (on a large map each lookup by id is a cache miss).
        """
        g = self._walkable
        if g is None or len(self.order) != len(self.ids):
            return None
        # A polarity other than these two (an edit after validation) is read one way by
        # the lookups and the other by the numbering.
        if not _POLARITIES.issuperset(self._snapshot.polarities):
            return None
        return g

    @cached_property
    def kinds(self) -> Sequence[str]:
        """The kind of each statement, by position."""
        return self._snapshot.kinds

    @cached_property
    def linked_nodes(self) -> Sequence[int]:
        """The node numbers of :attr:`linked` (only when :attr:`nodes` is not ``None``)."""
        g = self.nodes
        if g is None:
            raise ValueError("linked_nodes needs unique ids and links that name them")
        n = g.n_statements
        premises, conclusion, is_attack = g.premises, g.conclusion, g.is_attack
        return [
            k
            for k in range(n, len(premises))
            if len(premises[k]) > 1 and not is_attack[k] and conclusion[k] < n
        ]

    @cached_property
    def linked(self) -> Sequence[Inference]:
        """The linked arguments: supports of a statement with more than one premise, in map order.

        >>> from argmap.model import MapBuilder
        >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Now", supports=t)
        >>> _ = b.link([b.premise("Cheap"), b.premise("Quick")], c)
        >>> [i.id for i in MapIndex(b.build()).linked]
        ['I2']
        """
        inferences = self._inference_list
        if self.nodes is not None:
            n = len(self._statement_list)
            return [inferences[k - n] for k in self.linked_nodes]
        statements = self.statements
        snapshot = self._snapshot
        return [
            inferences[k]
            for k, (polarity, conclusion, premises) in enumerate(
                zip(snapshot.polarities, snapshot.conclusions, snapshot.premises, strict=True)
            )
            if len(premises) > 1 and polarity == "support" and conclusion in statements
        ]

    @cached_property
    def ignores(self) -> Mapping[str, frozenset[str]]:
        """The ids whose ``ignore`` list is not empty, with the check codes it names."""
        snapshot, ids = self._snapshot, self.ids
        found: dict[str, frozenset[str]] = {}
        for start, ignores in (
            (0, snapshot.statement_ignores),
            (len(snapshot.statements), snapshot.inference_ignores),
        ):
            if any(ignores):  # most maps ignore nothing: one quick pass
                found.update(
                    (ids[k], frozenset(codes)) for k, codes in enumerate(ignores, start) if codes
                )
        return found

    def of_kind(self, *kinds: str) -> Sequence[Statement]:
        """The statements of any of ``kinds``, in map order.

        Found from the kinds the index was built from, without reading the other
        statements (on a large map each model read is a cache miss), and kept.

        >>> from argmap.model import MapBuilder
        >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Now"); cc = b.counterclaim("No")
        >>> [s.id for s in MapIndex(b.build()).of_kind("counterclaim", "thesis")]
        ['T1', 'CC1']
        """
        found = self._of_kind.get(kinds)
        if found is None:
            found = tuple(map(self._statement_list.__getitem__, self.positions_of(*kinds)))
            self._of_kind[kinds] = found
        return found

    def positions_of(self, *kinds: str) -> Sequence[int]:
        """The positions of the statements of any of ``kinds``, in map order (kept).

        >>> from argmap.model import MapBuilder
        >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Now"); cc = b.counterclaim("No")
        >>> list(MapIndex(b.build()).positions_of("counterclaim", "thesis"))
        [0, 2]
        """
        found = self._positions_of.get(kinds)
        if found is None:
            positions = self._positions
            # Each kind's positions are in order: sorting them together merges the runs.
            found = sorted(chain.from_iterable(positions.get(k, ()) for k in set(kinds)))
            self._positions_of[kinds] = found
        return found

    @cached_property
    def _of_kind(self) -> dict[tuple[str, ...], tuple[Statement, ...]]:
        return {}

    @cached_property
    def _positions_of(self) -> dict[tuple[str, ...], list[int]]:
        return {}

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        """Each kind to the positions of its statements, found in one pass."""
        found: defaultdict[str, list[int]] = defaultdict(list)
        for n, kind in enumerate(self._snapshot.kinds):
            found[kind].append(n)
        return dict(found)

    def __contains__(self, ref: object) -> bool:
        return ref in self.order

    def kind(self, ref: str) -> str:
        """The kind of statement ``ref``, or ``"inference"``."""
        s = self.statements.get(ref)
        return s.kind if s is not None else "inference"

    # -- the inferences around an id ---------------------------------------

    def support_into(self, ref: str) -> Sequence[Inference]:
        """Supporting inferences whose conclusion is ``ref``, in map order."""
        return self._support_into.get(ref, _EMPTY)

    def attacks_into(self, ref: str) -> Sequence[Inference]:
        """Attacks whose conclusion is ``ref`` (a statement, or an inference: its undercuts)."""
        return self._attacks_into.get(ref, _EMPTY)

    def support_from(self, ref: str) -> Sequence[Inference]:
        """Supporting inferences in which statement ``ref`` is a premise."""
        return self._support_from.get(ref, _EMPTY)

    def attacks_from(self, ref: str) -> Sequence[Inference]:
        """Attacks in which statement ``ref`` is a premise."""
        return self._attacks_from.get(ref, _EMPTY)

    @property
    def attacking(self) -> AbstractSet[str]:
        """The statements that are a premise of some attack."""
        return self._attacks_from.keys()

    def into(self, ref: str) -> Sequence[Inference]:
        """Every inference whose conclusion is ``ref``, supports and attacks, in map order."""
        return self._merged(self.support_into(ref), self.attacks_into(ref))

    def out_of(self, ref: str) -> Sequence[Inference]:
        """Every inference in which ``ref`` is a premise, in map order."""
        return self._merged(self.support_from(ref), self.attacks_from(ref))

    def premises(self, ref: str) -> Sequence[str]:
        """The premises of inference ``ref`` (empty for any other id)."""
        inf = self.inferences.get(ref)
        return inf.premises if inf is not None else ()

    def undercuts(self, ref: str) -> Sequence[Inference]:
        """The attacks on inference ``ref`` itself (empty for a statement)."""
        return self.attacks_into(ref) if ref in self.inferences else _EMPTY

    def _merged(self, a: Sequence[Inference], b: Sequence[Inference]) -> Sequence[Inference]:
        if not a or not b:
            return a or b
        at = self.order.__getitem__
        return sorted([*a, *b], key=lambda inf: at(inf.id))

    @cached_property
    def _support_into(self) -> dict[str, list[Inference]]:
        return self._links[0]

    @cached_property
    def _attacks_into(self) -> dict[str, list[Inference]]:
        return self._links[1]

    @cached_property
    def _support_from(self) -> dict[str, list[Inference]]:
        return self._links[2]

    @cached_property
    def _attacks_from(self) -> dict[str, list[Inference]]:
        return self._links[3]

    @cached_property
    def _links(self) -> tuple[dict[str, list[Inference]], ...]:
        with gc_paused():  # a list per id, no cycles: collections would cost more than the build
            return self._build_links()

    def _build_links(self) -> tuple[dict[str, list[Inference]], ...]:
        # Read from the snapshot (plain tuples), not from the models again: on a large
        # map every pass over the models costs a pass of cache misses.
        support_into: dict[str, list[Inference]] = {}
        attacks_into: dict[str, list[Inference]] = {}
        support_from: dict[str, list[Inference]] = {}
        attacks_from: dict[str, list[Inference]] = {}
        snapshot = self._snapshot
        for inf, polarity, conclusion, premises in zip(
            self._inference_list,
            snapshot.polarities,
            snapshot.conclusions,
            snapshot.premises,
            strict=True,
        ):
            if polarity == "support":
                into, out = support_into, support_from
            else:
                into, out = attacks_into, attacks_from
            found = into.get(conclusion)
            if found is None:
                into[conclusion] = [inf]
            else:
                found.append(inf)
            for p in dict.fromkeys(premises) if len(premises) > 1 else premises:
                used = out.get(p)
                if used is None:
                    out[p] = [inf]
                else:
                    used.append(inf)
        return support_into, attacks_into, support_from, attacks_from

    # -- shared walks -----------------------------------------------------------

    @cached_property
    def numbered(self) -> Numbering:
        """The same links as integer adjacency lists (statements first, then inferences)."""
        snapshot = self._snapshot
        links = zip(snapshot.polarities, snapshot.conclusions, snapshot.premises, strict=True)
        with gc_paused():  # a list per node, no cycles: collections would cost more than the build
            return Numbering(self.ids, self.order, len(self._statement_list), links)

    @cached_property
    def _walkable(self) -> Numbering | None:
        """The numbering for the shared walks, or ``None`` when a link names an id the map
        lacks (a map edited after it was validated): then the walks follow the ids."""
        try:
            return self.numbered
        except KeyError:
            return None

    @cached_property
    def support_graph(self) -> Mapping[str, Sequence[str]]:
        """Statement to the statements it supports directly (premise -> conclusion)."""
        graph: dict[str, list[str]] = {}
        statements = self.statements
        snapshot = self._snapshot
        for polarity, conclusion, premises in zip(
            snapshot.polarities, snapshot.conclusions, snapshot.premises, strict=True
        ):
            if polarity == "support" and conclusion in statements:
                for p in premises:
                    found = graph.get(p)
                    if found is None:
                        graph[p] = [conclusion]
                    else:
                        found.append(conclusion)
        return graph

    @cached_property
    def support_cycles(self) -> Sequence[Sequence[str]]:
        """Groups of statements that support one another in a circle (map order)."""
        g = self._walkable
        if g is None:
            return walks.support_cycles(self.support_graph, self.order)
        ids = self.ids
        return [[ids[x] for x in group] for group in nodes.support_cycles(g)]

    @cached_property
    def connected(self) -> AbstractSet[str]:
        """Statements and inferences with a chain of premises leading to any thesis."""
        mark = self._connected_mark
        if mark is None:
            return self.reaching(self.theses)
        return set(compress(self.ids, mark))

    @cached_property
    def unconnected(self) -> Sequence[str]:
        """Statements with no chain of premises leading to any thesis, in map order.

        Every statement, when the map has no thesis.
        """
        n = len(self._statement_list)
        mark = self._connected_mark
        if mark is None:
            connected = self.connected
            return [ref for ref in self.ids[:n] if ref not in connected]
        return list(compress(self.ids, mark[:n].translate(_FLIP)))  # the first n ids

    @cached_property
    def _connected_mark(self) -> bytearray | None:
        """1 for each node in :attr:`connected`, by number (``None``: see ``_walkable``).

        Over node numbers: on a large map a walk of strings and sets of them costs a
        cache miss at each step.
        """
        g = self._walkable
        if g is None:
            return None
        at = self.order.__getitem__
        return nodes.reaching(g, map(at, self.theses))

    def reaching(self, roots: Iterable[str]) -> set[str]:
        """``roots`` and everything with a chain of premises and inferences to one of them."""
        premises, into = self._upstream
        return walks.reaching(roots, premises, into)

    @cached_property
    def _upstream(self) -> tuple[dict[str, tuple[str, ...]], dict[str, list[str]]]:
        """Each inference id to its premises, and each id to the inferences into it (ids).

        Plain strings and tuples from the snapshot, for the walks back from a thesis.
        """
        premises: dict[str, tuple[str, ...]] = {}
        into: dict[str, list[str]] = {}
        snapshot = self._snapshot
        for ref, conclusion, uses in zip(
            islice(self.ids, len(self._statement_list), None),
            snapshot.conclusions,
            snapshot.premises,
            strict=True,
        ):
            premises[ref] = uses
            found = into.get(conclusion)
            if found is None:
                into[conclusion] = [ref]
            else:
                found.append(ref)
        return premises, into

    @cached_property
    def _support_preds(self) -> dict[str, list[str]]:
        return walks.inverse(self.support_graph)

    def support_depth(self, ref: str) -> int:
        """The length of the longest chain of support into ``ref`` (0 if none).

        Circles of support are walked once: a statement already on the chain
        adds nothing.
        """
        return walks.support_depth(self._support_preds, ref)


# id(map) -> (a weak reference to the map, its index); see "Caching" above.
_CACHE: dict[int, tuple[weakref.ref[ArgumentMap], MapIndex]] = {}


def _forget(key: int, ref: weakref.ref[ArgumentMap]) -> None:
    entry = _CACHE.get(key)
    if entry is not None and entry[0] is ref:
        del _CACHE[key]
