"""Checks: findings about a map, each from a small pure function under a stable code.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Seoul should keep the pact")
>>> [(f.code, f.severity.value, f.ids) for f in check(b.build())]
[('unsupported-claim', 'error', ('T1',))]

Topic modules register their checks on import: :mod:`~argmap.checks.structure`
(thesis, disconnected parts, circles), :mod:`~argmap.checks.support`,
:mod:`~argmap.checks.dialectic` (counterclaims, rebuttals, kinds),
:mod:`~argmap.checks.evidence` (citations, anchoring) and
:mod:`~argmap.checks.teaching` (term overlap in linked arguments). To add a
check, write a function ``(ctx: CheckContext) -> Iterable[Finding]`` in one
of them and decorate it with :func:`register`.
"""

from argmap.checks.context import CheckContext
from argmap.checks.registry import (
    CheckInfo,
    Finding,
    Severity,
    all_checks,
    get_check,
    register,
)
from argmap.checks.run import Findings, check, select_checks

__all__ = [
    "CheckContext",
    "CheckInfo",
    "Finding",
    "Findings",
    "Severity",
    "all_checks",
    "check",
    "get_check",
    "register",
    "select_checks",
]
