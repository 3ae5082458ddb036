"""The core commands, through main([...]) and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_validate_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FIXTURES / "good.yaml")]) == 0
    assert "ok (3 statements, 2 inferences)" in capsys.readouterr().out


def test_validate_bad_files_reports_each_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "validate",
            str(FIXTURES / "good.yaml"),
            str(FIXTURES / "bad" / "dangling.yaml"),
            str(FIXTURES / "bad" / "broken.yaml"),
        ]
    )
    assert code == 2
    out, err = capsys.readouterr()
    assert "good.yaml: ok" in out
    assert "dangling.yaml" in err and "unknown premise 'C9'" in err
    assert "broken.yaml:" in err


def test_validate_a_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text((FIXTURES / "good.yaml").read_text(), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a map", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 0
    assert "a.yaml: ok" in capsys.readouterr().out


def test_empty_directory_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path)]) == 2
    assert "no map files" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "ArgumentMap"
    assert "statements" in schema["properties"]
    out = tmp_path / "schema.json"
    assert main(["schema", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["title"] == "ArgumentMap"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["no-such-command"]) == 2
    assert main(["validate"]) == 2
    assert "required" in capsys.readouterr().err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert main(["--version"]) == 0
    assert "argmap" in capsys.readouterr().out
