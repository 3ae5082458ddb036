"""render/pipe/to_svg: real Graphviz output; clear errors when Graphviz is missing or fails."""

from __future__ import annotations

import os
import shutil
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers_rendering import small_map

import argmap
from argmap.errors import FormatError, RenderError
from argmap.formats.io import pipe, render
from argmap.rendering.graphviz_run import run_graphviz, to_png, to_svg

REPO = Path(__file__).resolve().parents[2]
GSOMIA = REPO / "examples" / "gsomia.yaml"
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")
SVG = "{http://www.w3.org/2000/svg}"


@needs_dot
@pytest.mark.graphviz
@pytest.mark.parametrize(
    ("suffix", "magic"), [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".pdf", b"%PDF")]
)
def test_render_writes_each_format(tmp_path: Path, suffix: str, magic: bytes) -> None:
    out = render(small_map(), tmp_path / f"map{suffix}")
    assert out == tmp_path / f"map{suffix}"
    assert out.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [f"map{suffix}"]  # no temp file left


@needs_dot
@pytest.mark.graphviz
def test_pipe_gives_bytes_and_format_overrides_the_suffix(tmp_path: Path) -> None:
    data = pipe(small_map(), format="png")
    assert isinstance(data, bytes) and data.startswith(b"\x89PNG")
    assert to_png(small_map()).startswith(b"\x89PNG")
    out = render(small_map(), tmp_path / "diagram.bin", format="svg")
    assert isinstance(out, Path) and out.read_text().lstrip().startswith("<?xml")


def test_dot_target_needs_no_binary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    out = render(small_map(), tmp_path / "m.gv", theme="print")
    assert isinstance(out, Path)
    assert out.read_text(encoding="utf-8") == argmap.to_dot(small_map(), theme="print")


def test_unknown_output_format_names_the_alternatives(tmp_path: Path) -> None:
    out = render(small_map(), tmp_path / "map.mmd")  # every registry format renders
    assert out.read_text(encoding="utf-8") == argmap.to_mermaid(small_map())
    with pytest.raises(FormatError, match=r"\.svg \.png \.pdf"):
        render(small_map(), tmp_path / "map.jpeg")
    assert not (tmp_path / "map.jpeg").exists()
    with pytest.raises(FormatError, match="engine"):
        run_graphviz("digraph {}", "svg", engine="rm")


def test_missing_binary_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a folder with no Graphviz in it
    with pytest.raises(RenderError) as err:
        to_svg(small_map())
    msg = str(err.value)
    assert "apt-get install graphviz" in msg and "brew install graphviz" in msg
    assert "conda" in msg


def _fake_dot(folder: Path, body: str) -> None:
    exe = folder / "dot"
    exe.write_text(f"#!/bin/sh\n{body}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)


@pytest.mark.skipif(os.name != "posix", reason="uses a shell script as a fake dot")
def test_timeout_is_a_render_error_with_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_dot(tmp_path, "exec sleep 30")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin{os.pathsep}/bin")
    with pytest.raises(RenderError, match=r"longer than 0.3 s.*focus=.*sfdp"):
        pipe(small_map(), format="svg", timeout=0.3)


@pytest.mark.skipif(os.name != "posix", reason="uses a shell script as a fake dot")
def test_graphviz_failure_is_a_render_error_with_its_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_dot(tmp_path, "echo 'Error: syntax error in line 3' >&2; exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin{os.pathsep}/bin")
    with pytest.raises(RenderError, match=r"syntax error in line 3.*sfdp"):
        to_svg(small_map())


@needs_dot
@pytest.mark.graphviz
def test_svg_has_hooks_for_the_html_page() -> None:
    root = ET.fromstring(to_svg(small_map()))
    groups = {g.get("id"): g.get("class") for g in root.iter(f"{SVG}g")}
    assert groups["node-T1"] == "node stmt kind-thesis"
    assert groups["node-P2"] == "node stmt kind-premise implicit"
    assert groups["junction-I_linked"] == "node junction support linked"
    links = [a.get("{http://www.w3.org/1999/xlink}href") for a in root.iter(f"{SVG}a")]
    assert "#stmt-CC1" in links


@needs_dot
@pytest.mark.graphviz
def test_gsomia_svg_contains_every_statement_text() -> None:
    if not GSOMIA.is_file():
        pytest.skip("examples/gsomia.yaml is not present")
    amap = argmap.load(GSOMIA)
    root = ET.fromstring(to_svg(amap, width=10_000))  # one line per text: compare whole texts
    shown = {(t.text or "").strip() for t in root.iter(f"{SVG}text")}
    missing = [s.id for s in amap.statements if " ".join(s.text.split()) not in shown]
    assert missing == []
