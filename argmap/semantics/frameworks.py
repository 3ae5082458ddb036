"""Abstract argumentation frameworks and their extensions (Dung 1995).

A framework is a set of arguments and an attack relation between them. A set
of arguments ``E`` is *conflict-free* when no member attacks a member, and
*admissible* when it is conflict-free and attacks every attacker of its
members. The semantics here are best read as labellings, which give every
argument one of :class:`Label` ``IN``, ``OUT`` or ``UNDEC``:

* a labelling is *complete* when an argument is ``IN`` exactly when all its
  attackers are ``OUT``, and ``OUT`` exactly when some attacker is ``IN``;
  its ``IN`` arguments form a *complete extension*;
* the *grounded* extension is the least complete extension;
* the *preferred* extensions are the maximal complete (equivalently,
  admissible) extensions;
* the *stable* extensions are the complete extensions with no ``UNDEC``
  argument: they attack every argument outside them. There may be none.

Algorithms
----------
:func:`grounded` runs in time linear in arguments plus attacks. Every argument
keeps a count of attackers not yet ``OUT``; those at zero are ``IN``. When an
argument goes ``IN`` its targets go ``OUT``, and each ``OUT`` argument
decrements the counters of its own targets, queueing those that reach zero.
Whatever is never reached is ``UNDEC``.

:func:`complete`, :func:`preferred` and :func:`stable` (NP-hard or worse in
general) search for labellings in three steps:

1. The grounded labelling is computed first: its ``IN`` and ``OUT``
   arguments keep those labels in every complete labelling, so only its
   ``UNDEC`` arguments are searched.
2. Those arguments are split into strongly connected components of the attack
   graph, visited in topological order, attackers first. The labels of a
   component depend only on its own arguments and on components before it,
   so the search is a depth-first walk over components that labels one
   component at a time, given the labels chosen upstream.
3. Inside a component, a backtracking search keeps a domain (a subset of
   ``IN``/``OUT``/``UNDEC``) for each argument and, after every choice,
   narrows domains with the complete-labelling conditions until nothing
   changes (an argument whose attackers are all ``OUT`` must be ``IN``; an
   ``OUT`` argument with one possible ``IN`` attacker forces it ``IN``; and
   so on). Branches whose domains empty are abandoned. Each choice is "this
   argument is ``IN``" or "it is not"; the argument chosen is a possible
   defender of the ``OUT`` argument with the fewest possible defenders, so
   hopeless branches fail after few choices.

For stable extensions ``UNDEC`` is removed from every domain at the outset.
For preferred extensions each component keeps only the labellings whose
``IN`` part is maximal among those possible given the upstream labels; this
is sound because preferred semantics is SCC-recursive (Baroni, Giacomin and
Guida, *SCC-recursiveness*, Artificial Intelligence 168, 2005). While a
component is searched, every ``IN`` set already found cuts the branches that
could only produce a subset of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from enum import Enum
from itertools import accumulate, compress
from operator import itemgetter

from argmap.errors import FrameworkError
from argmap.semantics._search import _IN, _OUT, labellings

__all__ = [
    "Framework",
    "FrameworkError",
    "Label",
    "complete",
    "grounded",
    "grounded_labelling",
    "preferred",
    "stable",
]


class Label(str, Enum):
    """The label of an argument in a labelling.

    >>> Label.IN == "in"
    True
    """

    IN = "in"
    OUT = "out"
    UNDEC = "undec"

    def __str__(self) -> str:
        return self.value


class _Index:
    """Adjacency over argument positions, built from a framework on first use.

    The targets of argument ``i`` are ``flat[offsets[i]:offsets[i + 1]]``: one
    flat list instead of a list per argument keeps large frameworks cheap.
    """

    __slots__ = ("_attackers", "_targets", "flat", "indegree", "names", "offsets")

    def __init__(self, names: tuple[str, ...], sources: list[int], targets: list[int]) -> None:
        n = len(names)
        order = sorted(range(len(sources)), key=sources.__getitem__)
        outdegree = [0] * n
        for i, count in Counter(sources).items():
            outdegree[i] = count
        indegree = [0] * n
        for j, count in Counter(targets).items():
            indegree[j] = count
        self.names = names
        self.flat = list(map(targets.__getitem__, order))
        self.offsets = [0, *accumulate(outdegree)]
        self.indegree = indegree
        self._targets: list[list[int]] | None = None
        self._attackers: list[list[int]] | None = None

    def targets(self) -> list[list[int]]:
        """The targets of each argument, as one list per argument."""
        if self._targets is None:
            flat, offsets = self.flat, self.offsets
            self._targets = [flat[offsets[i] : offsets[i + 1]] for i in range(len(self.names))]
        return self._targets

    def attackers(self) -> list[list[int]]:
        """The attackers of each argument, as one list per argument."""
        if self._attackers is None:
            attackers: list[list[int]] = [[] for _ in self.names]
            for i, targets in enumerate(self.targets()):
                for j in targets:
                    attackers[j].append(i)
            self._attackers = attackers
        return self._attackers


class Framework:
    """An abstract argumentation framework: arguments and who attacks whom.

    Parameters
    ----------
    arguments
        Argument names. Order is kept (first occurrence wins) and used to
        order results; duplicates are dropped.
    attacks
        ``(attacker, target)`` pairs; both must be among ``arguments``.
        Self-attacks are allowed.

    Raises
    ------
    FrameworkError
        If an argument name is not a string, an attack is not a pair, or an
        attack names an argument that is not declared.

    Notes
    -----
    Frameworks are immutable and hashable. Two frameworks are equal when they
    have the same set of arguments and the same attacks, whatever the order
    in which the arguments were given.

    Examples
    --------
    >>> af = Framework(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> af
    Framework(arguments=('a', 'b', 'c'), attacks=[('a', 'b'), ('b', 'c')])
    >>> sorted(grounded(af))
    ['a', 'c']
    >>> af == Framework(["c", "b", "a"], {("b", "c"), ("a", "b")})
    True
    """

    __slots__ = ("_arguments", "_attacks", "_index", "_sources", "_targets")

    _arguments: tuple[str, ...]
    _attacks: frozenset[tuple[str, str]]
    _sources: list[int]  # position of each attack's attacker, in ``_attacks`` order
    _targets: list[int]  # position of each attack's target
    _index: _Index | None

    def __init__(
        self, arguments: Iterable[str] = (), attacks: Iterable[tuple[str, str]] = ()
    ) -> None:
        names = tuple(dict.fromkeys(arguments))
        if set(map(type, names)) - {str}:
            bad = next(name for name in names if not isinstance(name, str))
            raise FrameworkError(f"argument names must be strings, not {bad!r}")
        pairs = _as_pairs(attacks)
        # Looking every name up once both validates the attacks and gives the
        # integer form every semantics works on.
        position = dict(zip(names, range(len(names)), strict=True))
        try:
            sources = list(map(position.__getitem__, map(itemgetter(0), pairs)))
            targets = list(map(position.__getitem__, map(itemgetter(1), pairs)))
        except (KeyError, TypeError):
            attack = min((p for p in pairs if not _known(p, position)), key=repr)
            name = attack[0] if not _known(attack[:1], position) else attack[1]
            raise FrameworkError(
                f"attack {attack!r} names an unknown argument {name!r}; "
                "declare every argument before attacking it"
            ) from None
        object.__setattr__(self, "_arguments", names)
        object.__setattr__(self, "_attacks", pairs)
        object.__setattr__(self, "_sources", sources)
        object.__setattr__(self, "_targets", targets)
        object.__setattr__(self, "_index", None)

    @property
    def arguments(self) -> tuple[str, ...]:
        """The argument names, in the order they were given."""
        return self._arguments

    @property
    def attacks(self) -> frozenset[tuple[str, str]]:
        """The ``(attacker, target)`` pairs."""
        return self._attacks

    def _indexed(self) -> _Index:
        index = self._index
        if index is None:
            index = _Index(self._arguments, self._sources, self._targets)
            object.__setattr__(self, "_index", index)
        return index

    def _sorted_attacks(self) -> list[tuple[str, str]]:
        """Attacks ordered by the positions of attacker, then target."""
        order = sorted(zip(self._sources, self._targets, self._attacks, strict=True))
        return [attack for _, _, attack in order]

    def __repr__(self) -> str:
        if len(self._arguments) > 30 or len(self._attacks) > 60:
            return (
                f"<Framework with {len(self._arguments)} arguments "
                f"and {len(self._attacks)} attacks>"
            )
        return f"Framework(arguments={self._arguments!r}, attacks={self._sorted_attacks()!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Framework):
            return NotImplemented
        return self._attacks == other._attacks and (
            self._arguments == other._arguments
            or frozenset(self._arguments) == frozenset(other._arguments)
        )

    def __hash__(self) -> int:
        return hash((frozenset(self._arguments), self._attacks))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Framework is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Framework is immutable; cannot delete {name!r}")

    def __reduce__(
        self,
    ) -> tuple[type[Framework], tuple[tuple[str, ...], frozenset[tuple[str, str]]]]:
        return (Framework, (self._arguments, self._attacks))


def _known(names: tuple[object, ...], position: dict[str, int]) -> bool:
    try:
        return all(name in position for name in names)
    except TypeError:  # unhashable
        return False


def _as_pairs(attacks: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """Return ``attacks`` as a frozenset of 2-tuples, or raise FrameworkError."""
    # Fast path: already the right shape (checked by C loops, no Python loop).
    if isinstance(attacks, frozenset) and (
        not attacks or (set(map(type, attacks)) == {tuple} and set(map(len, attacks)) == {2})
    ):
        return attacks
    pairs: list[tuple[str, str]] = []
    for item in attacks:
        try:
            attacker, target = item
        except (TypeError, ValueError):
            raise FrameworkError(
                f"an attack must be an (attacker, target) pair, not {item!r}"
            ) from None
        pairs.append((attacker, target))
    return frozenset(pairs)


def _grounded_codes(index: _Index) -> bytearray:
    """Grounded labelling as codes: ``_IN``, ``_OUT``, or 0 for undecided."""
    flat, offsets = index.flat, index.offsets
    live = index.indegree.copy()  # attackers not yet OUT
    codes = bytearray(len(live))
    queue = [i for i, count in enumerate(live) if not count]
    for i in queue:  # the queue grows while we walk it
        codes[i] = _IN
        for j in flat[offsets[i] : offsets[i + 1]]:
            if not codes[j]:  # an IN argument's target is never IN
                codes[j] = _OUT
                for k in flat[offsets[j] : offsets[j + 1]]:
                    live[k] -= 1
                    if not live[k]:
                        queue.append(k)
    return codes


def grounded(af: Framework) -> frozenset[str]:
    """Return the grounded extension: the least complete extension.

    Runs in time linear in the number of arguments plus attacks.

    Parameters
    ----------
    af
        The framework.

    Returns
    -------
    frozenset of str
        The arguments accepted by the most sceptical reasoner.

    Examples
    --------
    ``c`` is defended by ``a`` against ``b``; the self-attacker ``d`` is
    never accepted:

    >>> af = Framework("abcd", [("a", "b"), ("b", "c"), ("d", "d")])
    >>> sorted(grounded(af))
    ['a', 'c']
    """
    index = af._indexed()
    return frozenset(compress(index.names, map(_IN.__eq__, _grounded_codes(index))))


def grounded_labelling(af: Framework) -> dict[str, Label]:
    """Label every argument ``IN``, ``OUT`` or ``UNDEC`` by grounded semantics.

    Parameters
    ----------
    af
        The framework.

    Returns
    -------
    dict of str to Label
        One entry per argument, in the order of :attr:`Framework.arguments`.

    Examples
    --------
    >>> af = Framework("abcd", [("a", "b"), ("c", "d"), ("d", "c")])
    >>> {arg: str(label) for arg, label in grounded_labelling(af).items()}
    {'a': 'in', 'b': 'out', 'c': 'undec', 'd': 'undec'}
    """
    index = af._indexed()
    decode = {0: Label.UNDEC, _IN: Label.IN, _OUT: Label.OUT}
    return {
        name: decode[code] for name, code in zip(index.names, _grounded_codes(index), strict=True)
    }


def complete(af: Framework) -> list[frozenset[str]]:
    """Return every complete extension.

    Extensions are ordered by the positions of their members in
    :attr:`Framework.arguments`, so the empty set (if present) comes first.

    Examples
    --------
    Two arguments attacking each other: accept neither, or either one.

    >>> af = Framework("ab", [("a", "b"), ("b", "a")])
    >>> [sorted(e) for e in complete(af)]
    [[], ['a'], ['b']]
    """
    return _extensions(af, "complete")


def preferred(af: Framework) -> list[frozenset[str]]:
    """Return every preferred extension (maximal admissible set).

    There is always at least one. Ordered as in :func:`complete`.

    Examples
    --------
    ``c`` is attacked by both ``a`` and ``b``, which attack each other:

    >>> af = Framework("abc", [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c")])
    >>> [sorted(e) for e in preferred(af)]
    [['a'], ['b']]
    >>> [sorted(e) for e in preferred(Framework("abc", [("a", "b"), ("b", "c"), ("c", "a")]))]
    [[]]
    """
    return _extensions(af, "preferred")


def stable(af: Framework) -> list[frozenset[str]]:
    """Return every stable extension: conflict-free sets attacking all others.

    The list may be empty. Ordered as in :func:`complete`.

    Examples
    --------
    >>> af = Framework("abc", [("a", "b"), ("b", "a"), ("b", "c")])
    >>> [sorted(e) for e in stable(af)]
    [['a', 'c'], ['b']]
    >>> stable(Framework("abc", [("a", "b"), ("b", "c"), ("c", "a")]))
    []
    """
    return _extensions(af, "stable")


def _extensions(af: Framework, semantics: str) -> list[frozenset[str]]:
    index = af._indexed()
    names = index.names
    found = [
        tuple(i for i, code in enumerate(codes) if code == _IN)
        for codes in _labellings(index, semantics)
    ]
    found.sort()
    return [frozenset(map(names.__getitem__, members)) for members in found]


def _labellings(index: _Index, semantics: str) -> Iterator[bytearray]:
    """Yield the labellings of ``semantics`` (codes, one byte per argument)."""
    codes = _grounded_codes(index)
    yield from labellings(codes, index.targets(), index.attackers(), semantics)
