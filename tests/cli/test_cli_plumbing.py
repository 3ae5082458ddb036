"""Command-line plumbing: output folders, closed pipes, missing texts, named extras."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import argmap
from argmap.cli import EXIT_BROKEN_PIPE, build_parser, main
from argmap.errors import ArgmapWarning

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "high-street.yaml"


@pytest.fixture
def lonely_map(tmp_path: Path) -> Path:
    """A map whose ``source.text_file`` points at nothing."""
    target = tmp_path / "maps" / "gsomia.yaml"
    target.parent.mkdir()
    shutil.copy(REPO / "examples" / "gsomia.yaml", target)
    # Inside the map's folder, so the text policy lets it be looked for.
    text = target.read_text(encoding="utf-8")
    target.write_text(
        text.replace("../../shared/editorials/gsomia.txt", "texts/gsomia.txt"), encoding="utf-8"
    )
    return target


# -- a missing source.text_file ------------------------------------------------


def test_load_warns_naming_the_path_tried(lonely_map: Path) -> None:
    tried = (lonely_map.parent / "texts/gsomia.txt").resolve()
    with pytest.warns(ArgmapWarning, match="text_file") as record:
        amap = argmap.load(lonely_map)
    assert amap.source.text is None
    message = str(record[0].message)
    assert str(lonely_map) in message
    assert str(tried) in message


def test_load_with_its_text_does_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert argmap.load(EXAMPLE).source.text is not None


def test_validate_prints_the_warning(lonely_map: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(lonely_map)]) == 0
    out, err = capsys.readouterr()
    assert "ok (" in out
    assert err.startswith("warning: ")
    assert "gsomia.txt" in err and "was not found" in err


def test_validate_quiet_on_a_map_with_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXAMPLE)]) == 0
    assert capsys.readouterr().err == ""


# -- output folders ------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "out"),
    [
        (["draft", str(REPO / "examples" / "high-street.txt"), "-o"], "drafts/x.yaml"),
        (["convert", str(EXAMPLE)], "a/b/map.json"),
        (["worksheet", str(EXAMPLE), "--no-key", "-o"], "sheets/w.md"),
        (["schema", "-o"], "schema/map.json"),
        (["challenges", str(EXAMPLE), "-o"], "q/with-questions.yaml"),
    ],
)
def test_commands_create_their_output_folder(
    command: list[str], out: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([*command, out]) == 0
    assert (tmp_path / out).is_file()


@pytest.mark.graphviz
@pytest.mark.parametrize(
    "command",
    [
        ["render", str(EXAMPLE), "-o", "out/deep/map.svg"],
        ["compare", str(EXAMPLE), str(EXAMPLE), "-o", "out/deep/map.svg"],
    ],
)
def test_drawing_commands_create_their_output_folder(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(command) in (0, 1)  # compare may report a score below full marks
    assert (
        (tmp_path / "out" / "deep" / "map.svg")
        .read_text(encoding="utf-8")
        .lstrip()
        .startswith(("<?xml", "<svg"))
    )


def test_check_format_is_not_taken_for_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    main(["check", str(EXAMPLE), "--format", "json"])
    assert list(tmp_path.iterdir()) == []


# -- a closed pipe -------------------------------------------------------------


def test_closed_pipe_ends_quietly() -> None:
    """The reader goes away before argmap writes: no message, exit 128 + SIGPIPE."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "from argmap.cli import run; run()", "check", "--list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait() == EXIT_BROKEN_PIPE == 141
    assert err == b""


def test_broken_pipe_inside_a_command_is_not_bad_input(monkeypatch: pytest.MonkeyPatch) -> None:
    class Closed:
        def write(self, _: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["check", "--list"]) == EXIT_BROKEN_PIPE


# -- extras named where they are needed ---------------------------------------


def test_slides_help_names_its_extra() -> None:
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    text = sub.choices["slides"].format_help()  # type: ignore[attr-defined]
    assert "argmap[slides]" in text
    docs = (REPO / "docs" / "teaching.md").read_text(encoding="utf-8")
    assert "argmap[slides]" in docs
