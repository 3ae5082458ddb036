"""The teaching commands through main() and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.teaching.deck import deck

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STUDENT, REFERENCE = str(EXAMPLES / "gsomia_student.yaml"), str(EXAMPLES / "gsomia.yaml")
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="needs the Graphviz binary")


def test_compare_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", STUDENT, REFERENCE]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Score: 80%")
    assert "- You missed the counterclaim 'Lost trust in Japan'" in out


def test_compare_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", STUDENT, REFERENCE, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["missing"] == ["CC4"] and data["extra"] == ["tourism_matters"]
    assert len(data["feedback"]) == 9


def test_compare_bad_input_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("statements: [{id: T1, kind: thesis}]\n", encoding="utf-8")
    assert main(["compare", str(bad), REFERENCE]) == 2
    assert "bad.yaml" in capsys.readouterr().err
    assert main(["compare", str(tmp_path / "none.yaml"), REFERENCE]) == 2


def test_compare_writes_the_diagram_as_dot(tmp_path: Path) -> None:
    assert main(["compare", STUDENT, REFERENCE, "-o", str(tmp_path / "diff.dot")]) == 0
    assert "MISSING" in (tmp_path / "diff.dot").read_text(encoding="utf-8")


def test_worksheet_markdown_and_bad_blanks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "w.md"
    assert main(["worksheet", REFERENCE, "-o", str(out), "--blanks", "C1,CC1", "--answer-key"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "**A.**" in text and "**B.**" in text and "**C.**" not in text
    assert "key: 1:" in capsys.readouterr().err
    assert main(["worksheet", REFERENCE, "-o", str(out), "--blanks", "NOPE"]) == 2
    assert main(["worksheet", REFERENCE, "-o", str(tmp_path / "w.txt")]) == 2


@pytest.mark.graphviz
@needs_dot
def test_worksheet_html(tmp_path: Path) -> None:
    out = tmp_path / "w.html"
    assert main(["worksheet", REFERENCE, "-o", str(out), "--seed", "3"]) == 0
    assert "<svg" in out.read_text(encoding="utf-8")


def test_slides_to_a_folder_as_dot(tmp_path: Path) -> None:
    assert main(["slides", REFERENCE, "-o", str(tmp_path / "s"), "--format", "dot"]) == 0
    files = sorted(p.name for p in (tmp_path / "s").iterdir())
    # GSOMIA is too large for one slide: its views are revealed one after another.
    assert files[0] == "step-01.dot" and len(files) == len(deck(argmap.load(REFERENCE))) > 10


def test_challenges_lists_and_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["challenges", REFERENCE, "--ids", "E15", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Q1 [statistic.source] on E15: ")
    assert len(lines) == 2
    out = tmp_path / "asked.yaml"
    assert main(["challenges", REFERENCE, "-o", str(out)]) == 0
    asked = argmap.load(out)
    assert any(s.kind == "question" for s in asked.statements)
    assert main(["challenges", REFERENCE, "--ids", "NOPE"]) == 2
