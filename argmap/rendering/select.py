"""Which part of a map a diagram shows: a neighbourhood, with or without evidence.

Distances count inferences crossed: the premises of an inference into ``T1``
are one hop from ``T1``, and so are their co-premises' neighbours through
the same inference (an argument's premises come together). An undercut
joins its premises to the statements of the inference it attacks. A
counterclaim is never drawn without its answers: the statements attacking
it (or undercutting its inferences) are added whatever the depth, so it
never looks unanswered only because the view stops short.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Act"); c = b.claim("Costs", supports=t)
>>> e = b.evidence("5% rise", supports=c)
>>> [s.id for s in select(b.build(), focus="T1", depth=1).statements]
['T1', 'C1']
>>> [s.id for s in select(b.build(), hide_evidence=True).statements]
['T1', 'C1']
>>> cc = b.counterclaim("Too costly", attacks=c); r = b.rebuttal("Costs fall", attacks=cc)
>>> [s.id for s in select(b.build(), focus="T1", depth=2).statements]
['T1', 'C1', 'E1', 'CC1', 'R1']
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Mapping
from dataclasses import dataclass

from argmap.errors import FormatError
from argmap.model import ArgumentMap, Inference, Question, Statement

__all__ = ["Selection", "answers_of", "direct_answers", "restrict", "select"]


@dataclass(frozen=True)
class Selection:
    """The statements and inferences to draw; inferences keep only drawn premises."""

    statements: list[Statement]
    inferences: list[Inference]


def select(
    amap: ArgumentMap,
    *,
    focus: str | None = None,
    depth: int = 2,
    hide_evidence: bool = False,
) -> Selection:
    """The part of ``amap`` to draw.

    ``focus`` keeps that statement and those within ``depth`` hops;
    ``hide_evidence`` drops evidence and the inferences left without premises
    (and undercuts of those). An unknown ``focus`` raises
    :class:`~argmap.errors.FormatError` naming it.
    """
    statements: list[Statement] = list(amap.statements)
    if hide_evidence:
        statements = [s for s in statements if s.kind != "evidence"]
    if focus is not None:
        if depth < 0:
            raise FormatError(f"depth must be 0 or more, not {depth}")
        ids = {s.id for s in statements}
        if focus not in ids:
            why = "it is evidence and evidence is hidden" if focus in amap else "no such statement"
            raise FormatError(f"cannot focus on {focus!r}: {why}")
        near = _neighbourhood(amap, focus, depth, ids)
        near |= answers_of(amap, near) & ids
        statements = [s for s in statements if s.id in near]
    kept = {s.id for s in statements}
    return Selection(statements, _inferences(amap, kept))


def answers_of(
    amap: ArgumentMap,
    shown: set[str],
    *,
    direct: Mapping[str, list[str]] | None = None,
    kinds: Mapping[str, str] | None = None,
) -> set[str]:
    """The statements that answer the counterclaims in ``shown``, and the answers' answers.

    An answer attacks a counterclaim, or undercuts an inference drawn from
    it; an answer that is itself a counterclaim brings its own answers.
    ``direct`` (from :func:`direct_answers`) and ``kinds`` (statement id ->
    kind) may be given by a caller that asks about one map many times.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); cc = b.counterclaim("No", attacks=t)
    >>> r = b.rebuttal("Yes", attacks=cc)
    >>> sorted(answers_of(b.build(), {"T1", "CC1"}))
    ['R1']
    """
    if kinds is None:
        kinds = {s.id: s.kind for s in amap.statements}
    if direct is None:
        direct = direct_answers(amap)
    found: set[str] = set()
    todo = [ref for ref in shown if kinds.get(ref) == "counterclaim"]
    seen = set(todo)
    while todo:
        cc = todo.pop()
        for p in direct.get(cc, ()):
            if p not in shown:
                found.add(p)
            if kinds.get(p) == "counterclaim" and p not in seen:
                seen.add(p)
                todo.append(p)
    return found


def direct_answers(amap: ArgumentMap) -> dict[str, list[str]]:
    """Statement id -> the premises of the attacks on it and of the undercuts of
    the inferences drawn from it (its answers, one step deep), in map order.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); cc = b.counterclaim("No", attacks=t)
    >>> r = b.rebuttal("Yes", attacks=cc)
    >>> direct_answers(b.build())["CC1"]
    ['R1']
    """
    by_id = {i.id: i for i in amap.inferences}
    out: dict[str, list[str]] = {}
    for inf in amap.inferences:
        if not inf.is_attack:
            continue
        targets = [inf.conclusion]
        target = by_id.get(inf.conclusion)
        if target is not None:
            targets += target.premises
        for ref in dict.fromkeys(targets):
            out.setdefault(ref, []).extend(inf.premises)
    return out


def restrict(amap: ArgumentMap, keep: set[str]) -> ArgumentMap:
    """The map with only the statements in ``keep``, and the inferences among them.

    An inference keeps the premises that are kept; it goes when none is, or
    when its conclusion (a statement, or an inference it undercuts) goes.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
    >>> e = b.evidence("5%", supports=c)
    >>> part = restrict(b.build(), {"T1", "C1"})
    >>> [s.id for s in part.statements], [i.id for i in part.inferences]
    (['T1', 'C1'], ['I1'])
    """
    out = ArgumentMap(source=amap.source.model_copy())
    out.statements = [s for s in amap.statements if s.id in keep]
    out.inferences = _inferences(amap, keep)
    return out


def _inferences(amap: ArgumentMap, kept: set[str]) -> list[Inference]:
    """Inferences whose conclusion is drawn and that keep at least one premise.

    An undercut is settled after the inference it attacks: each chain of
    undercuts is followed once, from its far end back (a cycle of undercuts,
    which never reaches a drawn statement, is not drawn).
    """
    by_id = {i.id: i for i in amap.inferences}
    drawn: dict[str, Inference | None] = {}
    for first in amap.inferences:
        if first.id in drawn:
            continue
        if first.conclusion not in by_id:  # the common case: it concludes a statement
            if first.conclusion in kept and first.premises and kept.issuperset(first.premises):
                drawn[first.id] = first  # drawn whole, as usual
            else:
                drawn[first.id] = _kept(first, kept, first.conclusion in kept)
            continue
        path, on_path = [first], {first.id}
        while True:  # down the chain to a statement, a settled inference or a cycle
            target = path[-1].conclusion
            if target not in by_id or target in drawn or target in on_path:
                break
            path.append(by_id[target])
            on_path.add(target)
        for inf in reversed(path):
            target = inf.conclusion
            drawn[inf.id] = _kept(inf, kept, target in kept or drawn.get(target) is not None)
    return [d for d in (drawn[i.id] for i in amap.inferences) if d is not None]


def _kept(inf: Inference, kept: set[str], target_drawn: bool) -> Inference | None:
    """``inf`` with only its kept premises, or ``None`` when it is not drawn."""
    if not target_drawn:
        return None
    premises = [p for p in inf.premises if p in kept]
    if not premises:
        return None
    if len(premises) < len(inf.premises):
        return inf.model_copy(update={"premises": premises})
    return inf


def _neighbourhood(amap: ArgumentMap, focus: str, depth: int, allowed: set[str]) -> set[str]:
    by_id = {i.id: i for i in amap.inferences}
    undercuts: dict[str, list[Inference]] = defaultdict(list)
    for inf in amap.inferences:
        if inf.conclusion in by_id:
            undercuts[inf.conclusion].append(inf)

    def base(inf: Inference) -> set[str]:
        """The statements an inference joins (for an undercut, also its target's)."""
        out: set[str] = set()
        seen: set[str] = set()
        current = inf
        while True:
            seen.add(current.id)
            out.update(current.premises)
            target = by_id.get(current.conclusion)
            if target is None:
                out.add(current.conclusion)
                return out
            if target.id in seen:  # undercuts undercutting each other
                return out
            current = target

    touching: dict[str, list[Inference]] = defaultdict(list)
    for inf in amap.inferences:
        joined = base(inf)
        for ref in joined:
            touching[ref].append(inf)
        for u in undercuts.get(inf.id, []):
            for ref in joined:
                touching[ref].append(u)
    # A question sits one hop from what it asks about.
    questions: dict[str, list[str]] = defaultdict(list)
    for s in amap.statements:
        if isinstance(s, Question) and s.target is not None:
            target = by_id[s.target].conclusion if s.target in by_id else s.target
            questions[target].append(s.id)
            questions[s.id].append(target)

    dist = {focus: 0}
    queue = deque([focus])
    while queue:
        ref = queue.popleft()
        d = dist[ref]
        if d >= depth:
            continue
        nxt: set[str] = set(questions.get(ref, ()))
        for inf in touching.get(ref, ()):
            nxt |= base(inf)
        for other in sorted(nxt):
            if other not in dist and other in allowed:
                dist[other] = d + 1
                queue.append(other)
    return set(dist)
