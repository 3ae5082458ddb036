"""The labelling search behind complete, preferred and stable semantics.

:mod:`argmap.semantics.frameworks` computes the grounded labelling and hands
what it leaves undecided to :func:`labellings`, which splits it into strongly
connected components (labelled attackers first) and searches each with
backtracking; the algorithm is described in that module's docstring.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.graph.components import strongly_connected

__all__ = ["labellings"]

# Internal label codes: bytes in a bytearray, 0 meaning "not labelled yet".
_IN, _OUT, _UNDEC = 1, 2, 4
_ALL = _IN | _OUT | _UNDEC
_IN_BYTE = bytes(code & _IN for code in range(256))  # translate table: domain -> 1 if IN allowed


def labellings(
    codes: bytearray, targets: list[list[int]], attackers: list[list[int]], semantics: str
) -> Iterator[bytearray]:
    """Yield the labellings of ``semantics`` that extend the grounded ``codes``.

    ``codes`` holds the grounded labelling (0 for undecided) and is updated
    in place: copy each yielded labelling to keep it.
    """
    open_args = [i for i, code in enumerate(codes) if not code]
    if not open_args:
        yield codes
        return
    components = _components(open_args, targets, codes)
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
    """Strongly connected components among unlabelled ``nodes``, attackers first."""
    found = strongly_connected(nodes, lambda i: [j for j in targets[i] if not codes[j]])
    return [component[::-1] for component in reversed(found)]


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
