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


# Internal label codes: bytes in a bytearray, 0 meaning "not labelled yet".
_IN, _OUT, _UNDEC = 1, 2, 4
_ALL = _IN | _OUT | _UNDEC
_IN_BYTE = bytes(code & _IN for code in range(256))  # translate table: domain -> 1 if IN allowed


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
    open_args = [i for i, code in enumerate(codes) if not code]
    if not open_args:
        yield codes
        return
    components = _components(open_args, index.targets(), codes)
    attackers = index.attackers()
    # Depth-first walk over components; choices[d] lists the labellings still
    # to try for component d given the labels chosen for components before it.
    choices = [iter(_label_component(components[0], attackers, codes, semantics))]
    while choices:
        local = next(choices[-1], None)
        if local is None:
            choices.pop()
            continue
        depth = len(choices) - 1
        for i, code in zip(components[depth], local, strict=True):
            codes[i] = code
        if depth + 1 == len(components):
            yield codes
        else:
            component = components[depth + 1]
            choices.append(iter(_label_component(component, attackers, codes, semantics)))


def _components(nodes: list[int], targets: list[list[int]], codes: bytearray) -> list[list[int]]:
    """Strongly connected components among unlabelled ``nodes``, attackers first.

    Iterative Tarjan; a component is emitted after every component it reaches,
    so the reversed emission order is a topological order.
    """
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    found: list[list[int]] = []
    for root in nodes:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(targets[root]))]
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if codes[nxt]:
                    continue
                if nxt not in order:
                    order[nxt] = low[nxt] = len(order)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(targets[nxt])))
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
                    component: list[int] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    component.reverse()
                    found.append(component)
    found.reverse()
    return found


def _label_component(
    component: list[int], attackers: list[list[int]], codes: bytearray, semantics: str
) -> list[tuple[int, ...]]:
    """Every labelling of ``component`` allowed by ``semantics`` given upstream ``codes``."""
    local = {node: k for k, node in enumerate(component)}
    inner: list[list[int]] = []  # local attackers of each local argument
    outer_in: list[bool] = []  # attacked by an IN argument upstream
    outer_undec: list[bool] = []  # attacked by an UNDEC argument upstream
    for node in component:
        mine = []
        up_in = up_undec = False
        for a in attackers[node]:
            k = local.get(a)
            if k is not None:
                mine.append(k)
            elif codes[a] == _IN:
                up_in = True
            elif codes[a] == _UNDEC:
                up_undec = True
        inner.append(mine)
        outer_in.append(up_in)
        outer_undec.append(up_undec)
    inner_targets: list[list[int]] = [[] for _ in component]
    for k, mine in enumerate(inner):
        for a in mine:
            inner_targets[a].append(k)
    start = bytearray(_ALL if semantics != "stable" else _IN | _OUT for _ in component)
    for k in range(len(component)):
        if outer_in[k]:
            start[k] &= _OUT
        elif outer_undec[k]:
            start[k] &= ~_IN
    problem = (inner, inner_targets, outer_in, outer_undec)
    if semantics == "preferred":
        return _maximal_labellings(start, problem)
    return list(_search(start, problem))


_Problem = tuple[list[list[int]], list[list[int]], list[bool], list[bool]]


def _in_mask(domains: bytearray) -> int:
    """The arguments that may be IN, as an int with one byte per argument."""
    return int.from_bytes(domains.translate(_IN_BYTE), "little")


def _maximal_labellings(start: bytearray, problem: _Problem) -> list[tuple[int, ...]]:
    """The labellings whose IN sets are maximal.

    Labellings are enumerated with every IN set found so far as a ``cover``
    for the rest of the search: a labelling whose IN set lies inside one
    already found cannot be maximal, so those branches are cut early.
    """
    found: list[tuple[int, ...]] = []
    masks: list[int] = []
    for labelling in _search(start, problem, cover=masks):  # reads masks as it grows
        found.append(labelling)
        masks.append(_in_mask(bytearray(labelling)))
    return [
        labelling
        for labelling, mask in zip(found, masks, strict=True)
        if not any(mask != other and not mask & ~other for other in masks)
    ]


def _search(
    start: bytearray, problem: _Problem, *, cover: list[int] | None = None
) -> Iterator[tuple[int, ...]]:
    """Backtracking search over domains (bit sets of codes), narrowing as it goes.

    ``cover`` lists IN sets (see :func:`_in_mask`); a labelling must make some
    argument outside each of them IN. A branch where no such argument can be
    IN is cut, and one where only one can is forced to make it IN.
    """
    inner_targets = problem[1]
    stack = [(bytearray(start), list(range(len(start))))]
    while stack:
        domains, dirty = stack.pop()
        if not _settle(domains, dirty, problem, cover):
            continue
        pick = _choose(domains, problem)
        if pick < 0:
            yield tuple(domains)
            continue
        d = domains[pick]
        # Branch on "IN" against "not IN" (pushed first, so tried second);
        # once every argument is decided either way, narrowing labels the
        # rest OUT or UNDEC. Domains without IN are split value by value.
        choices = [d & ~_IN, _IN] if d & _IN else [d & -d, d & (d - 1)]
        for code in choices:
            branch = bytearray(domains)
            branch[pick] = code
            stack.append((branch, [pick, *inner_targets[pick]]))


def _choose(domains: bytearray, problem: _Problem) -> int:
    """The argument to branch on, or -1 when every domain holds one label.

    First choice: an attacker that could defend an OUT argument still lacking
    an IN attacker, taking the OUT argument with the fewest such candidates
    (the likeliest to fail, so dead branches end early). Otherwise the first
    argument whose domain holds more than one label.
    """
    inner, outer_in = problem[0], problem[2]
    best, fewest = -1, 1 << 30
    for k, d in enumerate(domains):
        if d != _OUT or outer_in[k]:
            continue
        count, candidate = 0, -1
        for a in inner[k]:
            da = domains[a]
            if da == _IN:
                break
            if da & _IN:
                count += 1
                candidate = a
        else:
            if count < fewest:
                best, fewest = candidate, count
    if best >= 0:
        return best
    return next((k for k, d in enumerate(domains) if d & (d - 1)), -1)


def _settle(
    domains: bytearray, dirty: list[int], problem: _Problem, cover: list[int] | None
) -> bool:
    """Narrow domains by the labelling conditions and ``cover``; False if one empties."""
    inner_targets = problem[1]
    while _narrow(domains, dirty, *problem):
        if not cover:
            return True
        dirty = []
        may_be_in = _in_mask(domains)
        for mask in cover:
            rest = may_be_in & ~mask
            if not rest:
                return False
            if not rest & (rest - 1):  # only one argument left to cover this set
                k = (rest.bit_length() - 1) // 8
                if domains[k] != _IN:
                    domains[k] = _IN
                    dirty += [k, *inner_targets[k]]
        if not dirty:
            return True
    return False


def _narrow(
    domains: bytearray,
    dirty: list[int],
    inner: list[list[int]],
    inner_targets: list[list[int]],
    outer_in: list[bool],
    outer_undec: list[bool],
) -> bool:
    """Apply the complete-labelling conditions until no domain changes.

    ``dirty`` lists the arguments whose condition must be (re)checked; the
    condition of argument ``k`` relates its label to its attackers' labels.
    Returns False as soon as some domain becomes empty.
    """
    pending = set(dirty)
    queue = list(pending)
    while queue:
        k = queue.pop()
        pending.discard(k)
        up_in, up_undec = outer_in[k], outer_undec[k]
        may_in = must_in = may_undec = not_out = 0
        last_in = last_undec = last_not_out = -1
        all_may_out = not (up_in or up_undec)
        for a in inner[k]:
            d = domains[a]
            if d & _IN:
                may_in += 1
                last_in = a
                if d == _IN:
                    must_in = 1
            if d & _UNDEC:
                may_undec += 1
                last_undec = a
            if d != _OUT:
                not_out += 1
                last_not_out = a
                if not d & _OUT:
                    all_may_out = False
        allowed = 0
        if all_may_out:
            allowed |= _IN
        if up_in or may_in:
            allowed |= _OUT
        if not (up_in or must_in) and (up_undec or may_undec):
            allowed |= _UNDEC
        d = domains[k] & allowed
        if not d:
            return False
        changed = [k] if d != domains[k] else []
        domains[k] = d
        # What the label of k demands of its attackers.
        narrow: list[tuple[int, int]] = []
        if d == _IN:
            narrow.extend((a, _OUT) for a in inner[k])
        if not d & _OUT:  # IN or UNDEC: no attacker is IN
            narrow.extend((a, _ALL & ~_IN) for a in inner[k])
        if not d & _IN and not (up_in or up_undec) and not_out == 1:
            narrow.append((last_not_out, _ALL & ~_OUT))  # someone must not be OUT
        if d == _OUT and not up_in and may_in == 1:
            narrow.append((last_in, _IN))  # the only possible IN attacker
        if d == _UNDEC and not up_undec and may_undec == 1:
            narrow.append((last_undec, _UNDEC))  # the only possible UNDEC attacker
        for a, mask in narrow:
            da = domains[a] & mask
            if not da:
                return False
            if da != domains[a]:
                domains[a] = da
                changed.append(a)
        for a in changed:
            for b in (a, *inner_targets[a]):
                if b not in pending:
                    pending.add(b)
                    queue.append(b)
    return True
