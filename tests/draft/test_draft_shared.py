"""The drafter on the seed editorial and the corpora in ../shared (skipped when absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import argmap
from argmap.cli import main

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
GSOMIA = SHARED / "editorials" / "gsomia.txt"
REFERENCE = REPO / "examples" / "gsomia.yaml"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not GSOMIA.is_file(), reason=f"{GSOMIA} is not there"),
]


@pytest.fixture(scope="module")
def drafted() -> argmap.ArgumentMap:
    return argmap.draft(GSOMIA.read_text(encoding="utf-8"))


def test_thesis_is_the_call_for_seoul_to_reconsider(drafted: argmap.ArgumentMap) -> None:
    thesis = drafted.thesis
    assert thesis is not None
    quotes = " ".join(sp.quote for sp in thesis.spans)
    assert "should rethink its decision" in quotes
    assert "We urge the Moon administration" in quotes


def test_three_opposing_views_are_attributed_counterclaims(
    drafted: argmap.ArgumentMap,
) -> None:
    counter = drafted.of_kind("counterclaim")
    holders = {s.attributed_to for s in counter}
    assert holders == {"unnamed commentators", "South Korean government"}
    openings = [s.spans[0].quote[:40] for s in counter]
    assert any(q.startswith("There are views that") for q in openings)
    assert any("charged that" in s.spans[0].quote for s in counter)
    assert any("insists that" in s.spans[0].quote for s in counter)
    for s in counter:
        assert any(i.polarity == "attack" for i in drafted.inferences_from(s.id)) or any(
            i.polarity == "support" for i in drafted.inferences_from(s.id)
        )


def test_speakers_of_reported_speech(drafted: argmap.ArgumentMap) -> None:
    speakers = {s.attributed_to for s in drafted.statements if s.attributed_to}
    assert "Chief Cabinet Secretary Yoshihide Suga" in speakers
    assert "Secretary of State Mike Pompeo" in speakers
    assert "U.S. government" in speakers


def test_subscription_appeal_is_left_out(drafted: argmap.ArgumentMap) -> None:
    quoted = " ".join(sp.quote for s in drafted.statements for sp in s.spans)
    assert "subscribing" not in quoted
    assert "quality journalism" not in quoted


def test_cli_draft_validates_checks_and_renders(tmp_path: Path) -> None:
    out = tmp_path / "gsomia.yaml"
    assert main(["draft", str(GSOMIA), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert main(["check", str(out)]) in (0, 1)  # findings are fine, errors of input are not
    dot = tmp_path / "gsomia.dot"
    assert main(["render", str(out), "-o", str(dot)]) == 0
    assert "digraph" in dot.read_text(encoding="utf-8")


@pytest.mark.skipif(not REFERENCE.is_file(), reason="examples/gsomia.yaml is not there")
def test_quality_figures_on_the_seed_editorial() -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from draft_quality import score_gsomia
    finally:
        sys.path.pop(0)
    g = score_gsomia(GSOMIA, REFERENCE)
    assert g["thesis_found"]
    assert g["counterclaims_found"] == g["counterclaims"]
    assert g["counterclaim_speakers_found"] == g["counterclaims"]
