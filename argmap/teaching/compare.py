"""Comparing a student's map with a reference map: what matches, what is missing, a score.

:func:`compare` pairs the statements (see :mod:`argmap.teaching.align`),
then compares the links between them. A *link* is one premise of one
inference with its conclusion: ``E14 -> C8``. Links are compared in the
reference's terms, through the statement pairs, so they match whatever the
student called the statements.

>>> from argmap.model import MapBuilder
>>> r = MapBuilder(); t = r.thesis("Seoul should reconsider")
>>> _ = r.claim("Ties are fraying", supports=t)
>>> s = MapBuilder(); t = s.thesis("Seoul should reconsider")
>>> _ = s.claim("Ties are fraying", attacks=t)
>>> c = compare(s.build(), r.build())
>>> c.scores.statements_found, c.scores.polarity_agreeing
(1.0, 0.0)
>>> print(c.feedback[-1])
You have 'Ties are fraying' attacking 'Seoul should reconsider'; in the reference it supports it.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence

from argmap.graph.index import MapIndex
from argmap.model import ArgumentMap, Inference, Question, StatementBase
from argmap.teaching.align import Match, align
from argmap.teaching.comparison import Comparison
from argmap.teaching.diff import EXTRA, INFERENCE, AttributionPair, LinkDiff, StructureDiff
from argmap.teaching.feedback import write_feedback
from argmap.teaching.scores import score_comparison

__all__ = ["AttributionPair", "Comparison", "LinkDiff", "StructureDiff", "compare"]


def compare(student: ArgumentMap, reference: ArgumentMap) -> Comparison:
    """Compare ``student``'s map with ``reference`` and explain the differences.

    Statements are paired one to one (by overlapping spans, then by
    wording); links are compared through those pairs; the scores and the
    feedback lines are in the returned :class:`Comparison`. Open critical
    questions are left out on both sides.

    >>> from argmap.model import MapBuilder
    >>> r = MapBuilder(); t = r.thesis("Act now"); _ = r.claim("Delay costs", supports=t)
    >>> c = compare(r.build(), r.build())
    >>> c.score, c.missing, c.extra
    (1.0, [], [])
    """
    matches = align(student, reference)
    s2r = {m.student: m.reference for m in matches}
    missing = [
        s.id
        for s in reference.statements
        if not isinstance(s, Question) and s.id not in set(s2r.values())
    ]
    extra = [s.id for s in student.statements if not isinstance(s, Question) and s.id not in s2r]
    inf_align = _align_inferences(student, reference, s2r)
    links = _compare_links(student, reference, s2r, inf_align)
    structure = _compare_structure(links)
    attributions = _attribution_pairs(student, reference, matches)
    scores = score_comparison(
        student=student,
        reference=reference,
        matches=matches,
        links=links,
        structure=structure,
        structure_total=_structure_total(links),
        attributions=attributions,
    )
    result = Comparison(
        student=student,
        reference=reference,
        matches=matches,
        missing=missing,
        extra=extra,
        links=links,
        structure=structure,
        attributions=attributions,
        scores=scores,
    )
    result.feedback = write_feedback(result)
    return result


# -- inferences -------------------------------------------------------------


def _tr(ref: str, s2r: dict[str, str]) -> str:
    return s2r.get(ref, EXTRA + ref)


def _align_inferences(
    student: ArgumentMap, reference: ArgumentMap, s2r: dict[str, str]
) -> dict[str, str]:
    """Student inference id -> the reference inference it stands for (same conclusion,
    most shared premises). Several student inferences may stand for one reference inference
    (a linked argument the student split)."""
    out: dict[str, str] = {}
    ref_order = {i.id: n for n, i in enumerate(reference.inferences)}
    s_ids = {i.id for i in student.inferences}
    # (conclusion, premise) -> the reference inferences with both: only those
    # sharing a premise are candidates, so a conclusion with many reasons is cheap.
    into: dict[tuple[str, str], list[Inference]] = {}
    for r in reference.inferences:
        for p in dict.fromkeys(r.premises):
            into.setdefault((r.conclusion, p), []).append(r)
    # An undercut by the same premises, whatever it attacks: for undercut cycles.
    r_by_id = {r.id: r for r in reference.inferences}
    r_ids = r_by_id.keys()
    s_by_id = {i.id: i for i in student.inferences}
    undercut_by: dict[str, list[Inference]] = {}
    for r in reference.inferences:
        if r.conclusion in r_ids:
            for p in dict.fromkeys(r.premises):
                undercut_by.setdefault(p, []).append(r)

    used: set[str] = set()

    def _premises_of(ref: str) -> list[str]:
        target = r_by_id.get(ref)
        return target.premises if target is not None else []

    def best_of(
        candidates: Iterable[Inference], prefer: Callable[[str], int] = lambda rid: 0
    ) -> str | None:
        # Most shared premises (then the most ``prefer``); among equals, one no
        # other student inference stands for yet (two alike inferences pair one
        # to one), then map order.
        counts: dict[str, int] = {}
        for r in candidates:
            counts[r.id] = counts.get(r.id, 0) + 1
        keys = ((-n, -prefer(rid), rid in used, ref_order[rid], rid) for rid, n in counts.items())
        best = min(keys, default=None)
        if best is None:
            return None
        used.add(best[4])
        return best[4]

    settled: set[str] = set()  # student inferences tried, paired or not

    def align_one(inf: Inference) -> bool:
        if inf.conclusion in s_ids:
            if inf.conclusion not in settled:
                return False
            if inf.conclusion not in out:  # its target stands for nothing: nor does it
                return True
            concl = out[inf.conclusion]
        else:
            concl = _tr(inf.conclusion, s2r)
        premises = {_tr(p, s2r) for p in inf.premises}
        found = best_of(r for p in premises for r in into.get((concl, p), ()))
        if found is not None:
            out[inf.id] = found
        return True

    # Undercuts need their target aligned first: each is tried again when its
    # target is settled, so chains in any order cost one walk. A cycle of
    # undercuts is broken at its first inference in map order, paired by its
    # premises alone; the rest of the cycle then follows it.
    s_order = {i.id: n for n, i in enumerate(student.inferences)}
    waiting: dict[str, list[Inference]] = {}
    todo = list(reversed(student.inferences))  # popped in map order
    while todo or waiting:
        if not todo:
            first = min(
                (i for group in waiting.values() for i in group), key=lambda i: s_order[i.id]
            )
            waiting[first.conclusion].remove(first)
            if not waiting[first.conclusion]:
                del waiting[first.conclusion]
            premises = {_tr(p, s2r) for p in first.premises}
            # Among undercuts by the same premises, those whose target is drawn
            # from what the student's target is drawn from come first.
            wanted = {_tr(p, s2r) for p in s_by_id[first.conclusion].premises}

            def shared(rid: str, wanted: set[str] = wanted) -> int:
                return len(wanted.intersection(_premises_of(r_by_id[rid].conclusion)))

            found = best_of((r for p in premises for r in undercut_by.get(p, ())), shared)
            if found is not None:
                out[first.id] = found
            settled.add(first.id)
            todo.extend(reversed(waiting.pop(first.id, [])))
            continue
        inf = todo.pop()
        if not align_one(inf):
            waiting.setdefault(inf.conclusion, []).append(inf)
            continue
        settled.add(inf.id)
        todo.extend(reversed(waiting.pop(inf.id, [])))
    return out


def _about_questions(amap: ArgumentMap) -> set[str]:
    """The questions of ``amap``, the inferences concluding one or drawn from
    questions alone, and the undercuts of those."""
    questions = {q.id for q in amap.statements if isinstance(q, Question)}
    out = set(questions)
    into: dict[str, list[str]] = {}
    for inf in amap.inferences:
        into.setdefault(inf.conclusion, []).append(inf.id)
        if all(p in questions for p in inf.premises):
            out.add(inf.id)
    todo = list(out)
    while todo:
        for ref in into.get(todo.pop(), ()):
            if ref not in out:
                out.add(ref)
                todo.append(ref)
    return out


def _conclusion_key(inf: Inference, inference_ids: set[str]) -> str:
    if inf.conclusion in inference_ids:
        return INFERENCE + inf.conclusion
    return inf.conclusion


def _compare_links(
    student: ArgumentMap,
    reference: ArgumentMap,
    s2r: dict[str, str],
    inf_align: dict[str, str],
) -> list[LinkDiff]:
    # Open questions are left out of the comparison, and so are links to or from
    # them (and undercuts of an inference that concludes a question).
    r_questions = _about_questions(reference)
    s_questions = _about_questions(student)
    ref_links: dict[tuple[str, str], Inference] = {}
    r_ids = {i.id for i in reference.inferences}
    for r in reference.inferences:
        if r.conclusion in r_questions:
            continue
        concl = _conclusion_key(r, r_ids)
        for p in r.premises:
            if p not in r_questions:
                ref_links.setdefault((p, concl), r)
    stud_links: dict[tuple[str, str], Inference] = {}
    s_ids = {i.id for i in student.inferences}
    for s in student.inferences:
        if s.conclusion in s_questions:
            continue
        if s.conclusion in s_ids:
            target = inf_align.get(s.conclusion)
            concl = INFERENCE + target if target else EXTRA + INFERENCE + s.conclusion
        else:
            concl = _tr(s.conclusion, s2r)
        for p in s.premises:
            if p not in s_questions:
                stud_links.setdefault((_tr(p, s2r), concl), s)

    out: list[LinkDiff] = []
    for key, r in ref_links.items():
        found = stud_links.get(key)
        out.append(
            LinkDiff(
                premise=key[0],
                conclusion=key[1],
                status="matched" if found else "missing",
                reference_inference=r.id,
                student_inference=found.id if found else None,
                reference_polarity=r.polarity,
                student_polarity=found.polarity if found else None,
            )
        )
    graph = MapIndex.of(reference).support_graph
    for key, s in stud_links.items():
        if key in ref_links:
            continue
        route: tuple[str, ...] = ()
        if not key[0].startswith(EXTRA) and not key[1].startswith(EXTRA):
            route = _route(graph, ref_links, key[0], key[1], s.polarity)
        out.append(
            LinkDiff(
                premise=key[0],
                conclusion=key[1],
                status="extra",
                student_inference=s.id,
                student_polarity=s.polarity,
                route=route,
            )
        )
    return out


def _route(
    graph: Mapping[str, Sequence[str]],
    ref_links: dict[tuple[str, str], Inference],
    start: str,
    goal: str,
    polarity: str,
) -> tuple[str, ...]:
    """The statements the reference goes through from ``start`` to ``goal``.

    A chain of supports from ``start`` to some statement that bears on
    ``goal`` with ``polarity``; the shortest such chain, or ``()``.
    """
    prev: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node != start:
            last = ref_links.get((node, goal))
            if last is not None and last.polarity == polarity:
                path: list[str] = []
                at: str | None = node
                while at is not None and at != start:
                    path.append(at)
                    at = prev[at]
                return tuple(reversed(path))
        for nxt in graph.get(node, ()):
            if nxt not in prev and nxt != goal:
                prev[nxt] = node
                queue.append(nxt)
    return ()


# -- linked versus convergent ------------------------------------------------


def _groups(links: list[LinkDiff]) -> dict[str, list[LinkDiff]]:
    by_conclusion: dict[str, list[LinkDiff]] = defaultdict(list)
    for x in links:
        if x.status == "matched":
            by_conclusion[x.conclusion].append(x)
    return by_conclusion


def _structure_total(links: list[LinkDiff]) -> int:
    """How many conclusions have two or more premises in both maps (comparable grouping)."""
    return sum(1 for group in _groups(links).values() if len(group) >= 2)


def _compare_structure(links: list[LinkDiff]) -> list[StructureDiff]:
    out: list[StructureDiff] = []
    for concl, group in _groups(links).items():
        if len(group) < 2:
            continue
        by_ref: dict[str, list[str]] = defaultdict(list)
        by_stud: dict[str, list[str]] = defaultdict(list)
        for x in group:
            by_ref[str(x.reference_inference)].append(x.premise)
            by_stud[str(x.student_inference)].append(x.premise)
        stud_of = {x.premise: x.student_inference for x in group}
        ref_of = {x.premise: x.reference_inference for x in group}
        for premises in by_ref.values():
            if len(premises) > 1 and len({stud_of[p] for p in premises}) > 1:
                out.append(StructureDiff(concl, tuple(premises), "split"))
        for premises in by_stud.values():
            if len(premises) > 1 and len({ref_of[p] for p in premises}) > 1:
                out.append(StructureDiff(concl, tuple(premises), "merged"))
    return out


# -- attributions -------------------------------------------------------------


def _attribution_pairs(
    student: ArgumentMap, reference: ArgumentMap, matches: list[Match]
) -> list[AttributionPair]:
    sb: dict[str, StatementBase] = student.statements_by_id()
    rb: dict[str, StatementBase] = reference.statements_by_id()
    out = []
    for m in matches:
        a, b = sb[m.student].attributed_to, rb[m.reference].attributed_to
        if a or b:
            out.append(AttributionPair(m.student, m.reference, a, b))
    return out
