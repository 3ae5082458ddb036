"""The checks on the worked example, examples/gsomia.yaml.

Each expected finding is what a careful reader of the editorial points out
(the justification is beside it); nothing else may be reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import argmap
from argmap.checks import Severity

MAP_FILE = Path(__file__).resolve().parents[2] / "examples" / "gsomia.yaml"

EXPECTED = {
    # C7, that backing away sends others a bad signal: asserted, never argued.
    ("unsupported-claim", ("C7",)): Severity.WARNING,
    # P1, that a three-way split harms regional security: taken for granted.
    ("unsupported-claim", ("P1",)): Severity.INFO,
    # R2 answers Seoul's judgment by wondering aloud: a doubt, not a reason.
    ("hedged-rebuttal", ("R2",)): Severity.WARNING,
    # No unanswered-counterclaim: the "However" (R3) answers both parts of the
    # government's insistence (CC4, CC5), and CC1 is answered by an undercut.
    # E15, E16: the visitor share and its fall are numbers with no source.
    ("uncited-evidence", ("E15",)): Severity.WARNING,
    ("uncited-evidence", ("E16",)): Severity.WARNING,
}


@pytest.fixture(scope="module")
def findings() -> list[argmap.Finding]:
    if not MAP_FILE.is_file():
        pytest.skip("examples/gsomia.yaml is not there")
    return argmap.check(argmap.load(MAP_FILE))


def test_exactly_what_a_careful_reader_flags(findings: list[argmap.Finding]) -> None:
    assert {(f.code, f.ids): f.severity for f in findings} == EXPECTED


def test_answered_counterclaims_are_not_flagged(findings: list[argmap.Finding]) -> None:
    flagged = {f.ids[0] for f in findings if f.code == "unanswered-counterclaim"}
    # CC1 is answered by an undercut (R1), CC3 by R2, CC2 through CC3, CC5 by R3.
    assert not flagged & {"CC1", "CC2", "CC3", "CC5"}


def test_the_thesis_is_supported(findings: list[argmap.Finding]) -> None:
    assert all(f.severity is not Severity.ERROR for f in findings)
