"""The result of comparing a student's map with a reference: :class:`Comparison`.

It is built by :func:`argmap.teaching.compare.compare`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from html import escape
from typing import Any

from argmap._html import table
from argmap.model import ArgumentMap
from argmap.teaching.align import Match
from argmap.teaching.diff import AttributionPair, LinkDiff, StructureDiff
from argmap.teaching.scores import Scores

__all__ = ["DISPLAY_DIAGRAM", "Comparison"]


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


#: How a comparison draws its diagram in Jupyter. The drawing module
#: (:mod:`argmap.teaching.diagram`, above this one) registers itself here.
DISPLAY_DIAGRAM: list[Callable[[Comparison], str]] = []
