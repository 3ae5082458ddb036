"""Findings drawn on the diagram: one highlight per statement a finding is about.

>>> from argmap.model import MapBuilder
>>> from argmap.checks import check
>>> b = MapBuilder(); t = b.thesis("Act now")
>>> marks = findings_highlight(check(b.build()))
>>> marks["T1"].badge
'error: unsupported-claim'
>>> from argmap.rendering.dot import to_dot
>>> "unsupported-claim" in to_dot(b.build(), highlight=marks)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from argmap.checks.registry import Finding

if TYPE_CHECKING:
    from argmap.rendering.highlight import Highlight

__all__ = ["findings_highlight"]

# Codes whose every id is what the finding is about (not only the first).
_EVERY_ID = frozenset({"circular-support", "multiple-theses"})


def findings_highlight(findings: Iterable[Finding]) -> dict[str, Highlight]:
    """A :class:`~argmap.rendering.highlight.Highlight` for each statement findings are about.

    The badge names the severity and code (several findings on one statement
    add up), the tooltip carries the messages. Pass the result as
    ``highlight=`` to :func:`argmap.rendering.dot.to_dot`.
    """
    from argmap.rendering.highlight import Highlight

    marks: dict[str, Highlight] = {}
    for f in findings:
        if not f.ids:
            continue
        subjects = f.ids if f.code in _EVERY_ID else f.ids[:1]
        mark = Highlight(badge=f"{f.severity.value}: {f.code}", tooltip=f.message)
        for ref in subjects:
            marks[ref] = marks[ref].merge(mark) if ref in marks else mark
    return marks
