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
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from html import escape
from typing import Any, Literal

from argmap._html import table
from argmap.model import ArgumentMap, Inference, Question, StatementBase
from argmap.teaching.align import Match, align, text_similarity
from argmap.teaching.scores import Scores, score_comparison

__all__ = ["AttributionPair", "Comparison", "LinkDiff", "StructureDiff", "compare"]

#: Prefix of a student-only statement's id in reference terms ("~" is never in an id).
EXTRA = "~"
#: Prefix of an inference used as a conclusion (an undercut's target).
INFERENCE = "@"


@dataclass(frozen=True)
class LinkDiff:
    """One link (premise to conclusion) and whether both maps have it.

    ``premise`` and ``conclusion`` are reference ids; a student-only
    statement is ``"~<student id>"`` and an inference used as a conclusion
    (an undercut's target) is ``"@<inference id>"``. ``route`` lists the
    reference statements an extra link skips when the reference reaches the
    same conclusion through them.
    """

    premise: str
    conclusion: str
    status: Literal["matched", "missing", "extra"]
    reference_inference: str | None = None
    student_inference: str | None = None
    reference_polarity: str | None = None
    student_polarity: str | None = None
    route: tuple[str, ...] = ()

    @property
    def polarity_agrees(self) -> bool:
        """Both maps have the link with the same polarity."""
        return self.status == "matched" and self.reference_polarity == self.student_polarity


@dataclass(frozen=True)
class StructureDiff:
    """Premises of one conclusion grouped differently: linked in one map, separate in the other.

    ``kind`` is ``"split"`` when the reference links ``premises`` in one
    inference and the student gives them separate ones, ``"merged"`` for
    the reverse.
    """

    conclusion: str
    premises: tuple[str, ...]
    kind: Literal["split", "merged"]


@dataclass
class Comparison:
    """The result of :func:`compare`: pairs, differences, scores and feedback."""

    student: ArgumentMap = field(repr=False)
    reference: ArgumentMap = field(repr=False)
    matches: list[Match]
    missing: list[str]
    extra: list[str]
    links: list[LinkDiff]
    structure: list[StructureDiff]
    attributions: list[AttributionPair]
    scores: Scores
    feedback: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        """The overall score from 0 to 1 (see :attr:`Scores.overall`)."""
        return self.scores.overall

    def match_for(self, ref: str) -> Match | None:
        """The match of reference statement ``ref``, if the student has it."""
        return next((m for m in self.matches if m.reference == ref), None)

    def _repr_html_(self) -> str:
        """The score, its parts, the feedback and the comparison diagram, for Jupyter."""
        parts = [
            (name.replace("_", " "), "n/a" if v is None else f"{v:.0%}")
            for name, v in self.scores.parts().items()
        ]
        head = (
            f'<div class="argmap-comparison"><p style="font-size:15px;margin:.2em 0">'
            f"<strong>Score: {self.score:.0%}</strong> "
            f"({len(self.matches)} of {self.scores.reference_statements} reference statements "
            f"found, {len(self.extra)} extra)</p>"
        )
        feedback = "".join(f"<li>{escape(line)}</li>" for line in self.feedback)
        body = f'<ul style="margin:.3em 0 .6em 1.2em">{feedback}</ul>' if feedback else ""
        drawn = "".join(draw(self) for draw in DISPLAY_DIAGRAM[-1:])
        return head + table(("part", "score"), parts) + body + drawn + "</div>"

    def to_dict(self) -> dict[str, Any]:
        """Everything but the maps, as plain JSON-ready data."""
        return {
            "score": self.score,
            "scores": self.scores.to_dict(),
            "matches": [{**asdict(m), "reason": m.reason} for m in self.matches],
            "missing": list(self.missing),
            "extra": list(self.extra),
            "links": [{**asdict(x), "route": list(x.route)} for x in self.links],
            "structure": [{**asdict(x), "premises": list(x.premises)} for x in self.structure],
            "attributions": [{**asdict(x), "right": x.right} for x in self.attributions],
            "feedback": list(self.feedback),
        }


#: Draws a comparison's diagram as HTML for :meth:`Comparison._repr_html_`.
#: :mod:`argmap.teaching.diagram` builds on this module, so it adds its drawer
#: here when imported (``argmap.teaching`` always imports it).
DISPLAY_DIAGRAM: list[Callable[[Comparison], str]] = []


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
    from argmap.teaching.feedback import write_feedback

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
    # Undercuts need their target aligned first: a few passes settle chains.
    for _ in range(3):
        for inf in student.inferences:
            if inf.id in out:
                continue
            if inf.conclusion in s_ids:
                if inf.conclusion not in out:
                    continue
                concl = out[inf.conclusion]
            else:
                concl = _tr(inf.conclusion, s2r)
            premises = {_tr(p, s2r) for p in inf.premises}
            best: tuple[int, int, str] | None = None
            for r in reference.inferences:
                if r.conclusion != concl:
                    continue
                shared = len(premises & set(r.premises))
                if shared and (best is None or (-shared, ref_order[r.id]) < best[:2]):
                    best = (-shared, ref_order[r.id], r.id)
            if best is not None:
                out[inf.id] = best[2]
    return out


def _conclusion_key(inf: Inference, amap: ArgumentMap) -> str:
    if any(i.id == inf.conclusion for i in amap.inferences):
        return INFERENCE + inf.conclusion
    return inf.conclusion


def _compare_links(
    student: ArgumentMap,
    reference: ArgumentMap,
    s2r: dict[str, str],
    inf_align: dict[str, str],
) -> list[LinkDiff]:
    ref_links: dict[tuple[str, str], Inference] = {}
    for r in reference.inferences:
        concl = _conclusion_key(r, reference)
        for p in r.premises:
            ref_links.setdefault((p, concl), r)
    stud_links: dict[tuple[str, str], Inference] = {}
    s_ids = {i.id for i in student.inferences}
    for s in student.inferences:
        if s.conclusion in s_ids:
            target = inf_align.get(s.conclusion)
            concl = INFERENCE + target if target else EXTRA + INFERENCE + s.conclusion
        else:
            concl = _tr(s.conclusion, s2r)
        for p in s.premises:
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
    graph = _support_graph(reference)
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


def _support_graph(reference: ArgumentMap) -> dict[str, list[str]]:
    graph: dict[str, list[str]] = defaultdict(list)
    for r in reference.inferences:
        if r.polarity == "support":
            for p in r.premises:
                graph[p].append(r.conclusion)
    return graph


def _route(
    graph: dict[str, list[str]],
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


@dataclass(frozen=True)
class AttributionPair:
    """A matched pair where at least one side names a speaker."""

    student: str
    reference: str
    student_speaker: str | None
    reference_speaker: str | None

    @property
    def right(self) -> bool:
        """Both name a speaker and the names share a word or read alike."""
        a, b = self.student_speaker, self.reference_speaker
        if not a or not b:
            return False
        words = {w.lower() for w in a.replace(",", " ").split() if len(w) > 2}
        if words & {w.lower() for w in b.replace(",", " ").split() if len(w) > 2}:
            return True
        return text_similarity(a, b) >= 0.5


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
