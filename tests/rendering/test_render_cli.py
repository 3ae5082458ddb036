"""``argmap render`` through main([...]): outputs, options and exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers_rendering import small_map

import argmap
from argmap.cli import main

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "m.yaml"
    argmap.save(small_map(), path)
    return path


def test_dot_and_mermaid_outputs(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.dot"
    assert main(["render", str(map_file), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == argmap.to_dot(small_map())
    mmd = tmp_path / "m.mmd"
    assert main(["render", str(map_file), "-o", str(mmd), "--direction", "LR"]) == 0
    assert mmd.read_text(encoding="utf-8") == argmap.to_mermaid(small_map(), direction="LR")


def test_options_reach_to_dot(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.gv"
    argv = ["render", str(map_file), "-o", str(out), "--theme", "print", "--width", "20"]
    argv += ["--ids", "--no-evidence", "--focus", "C1", "--depth", "1", "--legend"]
    argv += ["--highlight", "C1", "T1", "--no-title", "--direction", "TB"]
    assert main(argv) == 0
    want = argmap.to_dot(
        small_map(),
        theme="print",
        width=20,
        show_ids=True,
        hide_evidence=True,
        focus="C1",
        depth=1,
        legend=True,
        highlight=["C1", "T1"],
        title=False,
        direction="TB",
    )
    assert out.read_text(encoding="utf-8") == want


@needs_dot
@pytest.mark.graphviz
def test_default_output_is_svg_beside_the_map(map_file: Path) -> None:
    assert main(["render", str(map_file)]) == 0
    assert map_file.with_suffix(".svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


@needs_dot
@pytest.mark.graphviz
@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".pdf", b"%PDF")])
def test_binary_outputs(map_file: Path, tmp_path: Path, suffix: str, magic: bytes) -> None:
    out = tmp_path / f"m{suffix}"
    assert main(["render", str(map_file), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(magic)


def test_html_output(map_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("argmap.rendering.html")
    out = tmp_path / "m.html"
    assert main(["render", str(map_file), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_bad_input_gives_exit_2(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(map_file), "-o", str(tmp_path / "m.jpeg")]) == 2
    assert "cannot tell the format from the suffix '.jpeg'" in capsys.readouterr().err
    assert (
        main(["render", str(map_file), "--highlight", "NOPE", "-o", str(tmp_path / "a.dot")]) == 2
    )
    assert "NOPE" in capsys.readouterr().err
    assert main(["render", str(map_file), "--focus", "NOPE", "-o", str(tmp_path / "a.dot")]) == 2
    assert main(["render", str(tmp_path / "missing.yaml")]) == 2
    assert main(["render", str(map_file), "--theme", "neon"]) == 2
    assert not (tmp_path / "a.dot").exists()


def test_missing_graphviz_gives_exit_2_with_install_hint(
    map_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main(["render", str(map_file), "-o", str(tmp_path / "m.svg")]) == 2
    assert "apt-get install graphviz" in capsys.readouterr().err
