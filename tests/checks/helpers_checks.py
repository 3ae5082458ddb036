"""Small helpers shared by the check tests."""

from __future__ import annotations

from argmap.checks import Finding, check
from argmap.model import ArgumentMap


def found(amap: ArgumentMap, code: str) -> set[tuple[str, ...]]:
    """The ids of every finding of ``code`` on ``amap`` (only that check selected)."""
    return {f.ids for f in check(amap, select=[code])}


def one(amap: ArgumentMap, code: str) -> Finding:
    findings = check(amap, select=[code])
    assert len(findings) == 1, findings
    return findings[0]
