"""The scores of a comparison, and how they add up to one overall score.

Each part is a fraction from 0 to 1, or ``None`` when there is nothing to
measure (no thesis in the reference, no attributed statements in either map,
no conclusion with two premises in both):

==========================  =====================================================  ======
part                        what it measures                                       weight
==========================  =====================================================  ======
``statements``              F1 of statements found (recall) and kept (precision)    0.25
``thesis_right``            the student's theses are the reference's                0.15
``kinds_agreeing``          matched statements of the same kind                     0.15
``links``                   F1 of links found and kept                              0.25
``polarity_agreeing``       shared links with the same polarity                     0.10
``structure_agreeing``      conclusions whose premises are grouped alike            0.05
``attributions_right``      attributed statements given the same speaker            0.05
==========================  =====================================================  ======

The overall score is the weighted mean of the parts that are not ``None``
(their weights rescaled to add up to 1), rounded to three decimals.

>>> round(_f1(0.5, 1.0), 3)
0.667
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from argmap.model import ArgumentMap, Question
from argmap.teaching.align import Match
from argmap.teaching.diff import AttributionPair, LinkDiff, StructureDiff
from argmap.teaching.naming import kind_of

__all__ = ["WEIGHTS", "Scores", "score_comparison"]

#: The weight of each part in :attr:`Scores.overall`.
WEIGHTS: dict[str, float] = {
    "statements": 0.25,
    "thesis_right": 0.15,
    "kinds_agreeing": 0.15,
    "links": 0.25,
    "polarity_agreeing": 0.10,
    "structure_agreeing": 0.05,
    "attributions_right": 0.05,
}


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _f1(recall: float | None, precision: float | None) -> float | None:
    if recall is None or precision is None:
        return recall if precision is None else precision
    return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)


@dataclass(frozen=True)
class Scores:
    """Counts and fractions comparing a student's map with the reference."""

    reference_statements: int
    student_statements: int
    statements_matched: int
    kinds_matching: int
    thesis_right: bool | None
    reference_links: int
    student_links: int
    links_matched: int
    polarity_matching: int
    structure_total: int
    structure_matching: int
    attributions_total: int
    attributions_matching: int

    @property
    def statements_found(self) -> float | None:
        """Recall: the share of the reference's statements the student has."""
        return _ratio(self.statements_matched, self.reference_statements)

    @property
    def statements_precision(self) -> float | None:
        """Precision: the share of the student's statements the reference has."""
        return _ratio(self.statements_matched, self.student_statements)

    @property
    def kinds_agreeing(self) -> float | None:
        """The share of matched statements of the same kind."""
        return _ratio(self.kinds_matching, self.statements_matched)

    @property
    def links_found(self) -> float | None:
        """Recall of links (premise to conclusion)."""
        return _ratio(self.links_matched, self.reference_links)

    @property
    def links_precision(self) -> float | None:
        """Precision of links."""
        return _ratio(self.links_matched, self.student_links)

    @property
    def polarity_agreeing(self) -> float | None:
        """The share of shared links with the same polarity (support or attack)."""
        return _ratio(self.polarity_matching, self.links_matched)

    @property
    def structure_agreeing(self) -> float | None:
        """The share of comparable conclusions whose premises are linked or convergent alike."""
        return _ratio(self.structure_matching, self.structure_total)

    @property
    def attributions_right(self) -> float | None:
        """The share of attributed statements (in either map) given the reference's speaker."""
        return _ratio(self.attributions_matching, self.attributions_total)

    def parts(self) -> dict[str, float | None]:
        """The parts of the overall score, by name (see the module doc)."""
        return {
            "statements": _f1(self.statements_found, self.statements_precision),
            "thesis_right": None if self.thesis_right is None else float(self.thesis_right),
            "kinds_agreeing": self.kinds_agreeing,
            "links": _f1(self.links_found, self.links_precision),
            "polarity_agreeing": self.polarity_agreeing,
            "structure_agreeing": self.structure_agreeing,
            "attributions_right": self.attributions_right,
        }

    @property
    def overall(self) -> float:
        """The weighted mean of :meth:`parts` that are not ``None``, from 0 to 1."""
        parts = {k: v for k, v in self.parts().items() if v is not None}
        total = sum(WEIGHTS[k] for k in parts)
        if not total:
            return 0.0
        return round(sum(WEIGHTS[k] * v for k, v in parts.items()) / total, 3)

    def to_dict(self) -> dict[str, Any]:
        """Counts, fractions and parts as plain data."""
        fractions = {
            name: getattr(self, name)
            for name in (
                "statements_found",
                "statements_precision",
                "kinds_agreeing",
                "links_found",
                "links_precision",
                "polarity_agreeing",
                "structure_agreeing",
                "attributions_right",
            )
        }
        parts = {k: None if v is None else round(v, 4) for k, v in self.parts().items()}
        return {"counts": asdict(self), **fractions, "parts": parts, "overall": self.overall}


def score_comparison(
    *,
    student: ArgumentMap,
    reference: ArgumentMap,
    matches: Sequence[Match],
    links: Sequence[LinkDiff],
    structure: Sequence[StructureDiff],
    structure_total: int,
    attributions: Sequence[AttributionPair],
) -> Scores:
    """Count what agrees and build the :class:`Scores`."""
    sb, rb = student.statements_by_id(), reference.statements_by_id()
    # Right when every thesis of the reference is paired with a thesis of the
    # student's; not measured (None) when the reference has no thesis.
    ref_theses = {s.id for s in reference.theses}
    stud_theses = {s.id for s in student.theses}
    paired = {m.reference for m in matches if m.student in stud_theses}
    thesis_right = ref_theses <= paired if ref_theses else None
    bad_conclusions = {d.conclusion for d in structure}
    return Scores(
        reference_statements=sum(not isinstance(s, Question) for s in reference.statements),
        student_statements=sum(not isinstance(s, Question) for s in student.statements),
        statements_matched=len(matches),
        kinds_matching=sum(kind_of(sb[m.student]) == kind_of(rb[m.reference]) for m in matches),
        thesis_right=thesis_right,
        reference_links=sum(x.status != "extra" for x in links),
        student_links=sum(x.status != "missing" for x in links),
        links_matched=sum(x.status == "matched" for x in links),
        polarity_matching=sum(x.polarity_agrees for x in links),
        structure_total=structure_total,
        structure_matching=structure_total - len(bad_conclusions),
        attributions_total=len(attributions),
        attributions_matching=sum(a.right for a in attributions),
    )
