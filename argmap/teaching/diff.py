"""The differences between two maps, one record per statement pair, link or grouping.

Ids in these records are the reference's; a statement only the student has
is written ``EXTRA + <student id>`` and an inference used as a conclusion
(an undercut's target) ``INFERENCE + <inference id>``.

>>> LinkDiff("C1", "T1", "matched", reference_polarity="support",
...          student_polarity="attack").polarity_agrees
False
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from argmap.teaching.align import text_similarity

__all__ = ["EXTRA", "INFERENCE", "AttributionPair", "LinkDiff", "StructureDiff"]

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
