"""The result of comparing a student's map with a reference: :class:`Comparison`.

It is built by :func:`argmap.teaching.compare.compare`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from argmap.model import ArgumentMap
from argmap.teaching.align import Match
from argmap.teaching.diff import AttributionPair, LinkDiff, StructureDiff
from argmap.teaching.scores import Scores

__all__ = ["Comparison"]


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
