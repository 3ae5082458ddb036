"""The self-contained example: examples/high-street.{txt,yaml}.

The opinion piece was written for the project, so the map and its text both
ship in ``examples/``. These tests copy the two files into an empty folder
(no ``../shared`` beside it, as in a fresh clone) and check that the map
loads, that every span quotes the text exactly, and that the annotated page
highlights every anchored statement.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import argmap
from argmap.model import ArgumentMap

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WORDS = (300, 600)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding only the example's two files."""
    root = tmp_path_factory.mktemp("clone") / "examples"
    root.mkdir()
    for name in ("high-street.txt", "high-street.yaml"):
        shutil.copy(EXAMPLES / name, root / name)
    assert not (root.parent.parent / "shared").exists()
    return root


@pytest.fixture(scope="module")
def amap(clone: Path) -> ArgumentMap:
    return argmap.load(clone / "high-street.yaml")


def test_text_is_a_short_opinion_piece() -> None:
    words = len((EXAMPLES / "high-street.txt").read_text(encoding="utf-8").split())
    assert WORDS[0] <= words <= WORDS[1]


def test_loads_with_its_text(amap: ArgumentMap) -> None:
    assert amap.source.text is not None
    assert amap.source.text.startswith("Give the High Street back to people")


def test_every_span_quotes_the_text(amap: ArgumentMap) -> None:
    text = amap.source.text
    assert text is not None
    spans = [(s.id, sp) for s in amap.statements for sp in s.spans]
    assert len(spans) >= len(amap.statements) - 1
    for ref, sp in spans:
        assert text[sp.start : sp.end] == sp.quote, ref


def test_every_explicit_statement_is_anchored(amap: ArgumentMap) -> None:
    assert [s.id for s in amap.statements if not s.implicit and not s.spans] == []


def test_has_what_a_lesson_needs(amap: ArgumentMap) -> None:
    kinds = {s.kind for s in amap.statements}
    assert {"thesis", "claim", "premise", "counterclaim", "rebuttal", "evidence"} <= kinds
    types = {s.evidence_type.value for s in amap.of_kind("evidence") if s.evidence_type}
    assert {"statistic", "example", "testimony", "expert_opinion"} <= types
    speakers = {s.attributed_to for s in amap.of_kind("counterclaim") if s.attributed_to}
    assert len(speakers) >= 2
    for cc in amap.of_kind("counterclaim"):
        attackers = [
            p for i in amap.inferences if i.is_attack and i.conclusion == cc.id for p in i.premises
        ]
        assert attackers, f"{cc.id} is never answered"


def test_check_finds_only_unsupported_statements(amap: ArgumentMap) -> None:
    findings = argmap.check(amap)
    assert {f.code for f in findings} == {"unsupported-claim"}
    assert not [f for f in findings if f.severity.value == "error"]


def test_thesis_stands(amap: ArgumentMap) -> None:
    assert argmap.evaluate(amap)["T1"].label.value == "in"


def test_annotated_page_highlights_every_anchored_statement(amap: ArgumentMap) -> None:
    from argmap.rendering.html import to_html

    page = to_html(amap, diagram=False)
    marked: set[str] = set()
    for group in re.findall(r'<mark class="am-hl[^"]*" data-statements="([^"]+)"', page):
        marked.update(group.split())
    anchored = {s.id for s in amap.statements if s.spans}
    assert anchored <= marked
    assert "source.text_file" not in page  # no "add the text to see highlights" notice


def test_cli_demo_steps_work_in_the_clone(clone: Path, tmp_path: Path) -> None:
    from argmap.cli import main

    assert main(["validate", str(clone / "high-street.yaml")]) == 0
    out = tmp_path / "high-street.html"
    assert main(["render", str(clone / "high-street.yaml"), "-o", str(out)]) == 0
    assert "Give the High Street back to people" in out.read_text(encoding="utf-8")
