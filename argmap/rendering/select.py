"""Which part of a map a diagram shows: a neighbourhood, with or without evidence.

Distances count inferences crossed: the premises of an inference into ``T1``
are one hop from ``T1``, and so are their co-premises' neighbours through
the same inference (an argument's premises come together). An undercut
joins its premises to the statements of the inference it attacks.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Act"); c = b.claim("Costs", supports=t)
>>> e = b.evidence("5% rise", supports=c)
>>> [s.id for s in select(b.build(), focus="T1", depth=1).statements]
['T1', 'C1']
>>> [s.id for s in select(b.build(), hide_evidence=True).statements]
['T1', 'C1']
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass

from argmap.errors import FormatError
from argmap.model import ArgumentMap, Inference, Question, Statement

__all__ = ["Selection", "select"]


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
        statements = [s for s in statements if s.id in near]
    kept = {s.id for s in statements}
    return Selection(statements, _inferences(amap, kept))


def _inferences(amap: ArgumentMap, kept: set[str]) -> list[Inference]:
    """Inferences whose conclusion is drawn and that keep at least one premise."""
    by_id = {i.id: i for i in amap.inferences}
    drawn: dict[str, Inference] = {}
    # Undercuts may target undercuts: settle until nothing changes.
    changed = True
    while changed:
        changed = False
        for inf in amap.inferences:
            if inf.id in drawn:
                continue
            premises = [p for p in inf.premises if p in kept]
            if not premises:
                continue
            target_ok = inf.conclusion in kept or (
                inf.conclusion in by_id and inf.conclusion in drawn
            )
            if target_ok:
                if len(premises) < len(inf.premises):
                    inf = inf.model_copy(update={"premises": premises})
                drawn[inf.id] = inf
                changed = True
    return [drawn[i.id] for i in amap.inferences if i.id in drawn]


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
