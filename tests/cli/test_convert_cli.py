"""``argmap convert``: file to file, folder to folder, errors and warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.model import ArgumentMap, MapBuilder

AIF_FIXTURES = Path(__file__).resolve().parents[1] / "formats" / "aif_fixtures"


def sample() -> ArgumentMap:
    b = MapBuilder(title="Buses")
    t = b.thesis("Keep the buses")
    b.premise("Taxis are dear", supports=t)
    b.counterclaim("Buses run empty", attacks=t)
    return b.build()


@pytest.mark.parametrize("suffix", [".aif.json", ".graphml", ".nodelink.json", ".json"])
def test_file_to_file_by_suffix(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(sample(), src)
    out = tmp_path / f"m{suffix}"
    assert main(["convert", str(src), str(out)]) == 0
    assert argmap.load(out) == sample()
    back = tmp_path / "back.yaml"
    assert main(["convert", str(out), str(back)]) == 0
    assert argmap.load(back) == sample()


def test_from_names_aif_for_a_plain_json_file(tmp_path: Path) -> None:
    src = tmp_path / "export.json"
    src.write_text(argmap.dumps(sample(), format="aif"), encoding="utf-8")
    out = tmp_path / "m.yaml"
    assert main(["convert", str(src), str(out), "--from", "aif"]) == 0
    assert argmap.load(out) == sample()
    # Without --from, .json is argmap's own JSON, and the AIF document is refused.
    assert main(["convert", str(src), str(tmp_path / "x.yaml")]) == 2


def test_stdout_needs_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(sample(), src)
    assert main(["convert", str(src), "-", "--to", "aif"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert {n["type"] for n in doc["AIF"]["nodes"]} >= {"I", "RA", "CA"}
    assert main(["convert", str(src), "-"]) == 2
    assert "--to" in capsys.readouterr().err


def test_folder_to_folder_mirrors_names_and_reports_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    argmap.save(sample(), src / "a.yaml")
    argmap.save(sample(), src / "sub" / "b.aif.json")
    (src / "broken.yaml").write_text("statements: [\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(src), str(out), "--to", "graphml"]) == 2
    assert argmap.load(out / "a.graphml") == sample()
    assert argmap.load(out / "sub" / "b.graphml") == sample()
    assert not (out / "broken.graphml").exists()
    err = capsys.readouterr().err
    assert "broken.yaml:2" in err
    assert "2 of 3 converted" in err


def test_folder_needs_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    argmap.save(sample(), tmp_path / "in" / "a.yaml")
    assert main(["convert", str(tmp_path / "in"), str(tmp_path / "out")]) == 2
    assert "--to" in capsys.readouterr().err


def test_broken_input_is_a_located_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = AIF_FIXTURES / "bad_kind.json"
    assert main(["convert", str(src), str(tmp_path / "m.yaml"), "--from", "aif"]) == 2
    err = capsys.readouterr().err
    assert "bad_kind.json" in err
    assert "line 9" in err
    assert "Traceback" not in err


def test_lossy_reads_are_reported_as_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = AIF_FIXTURES / "messy.json"
    out = tmp_path / "m.yaml"
    assert main(["convert", str(src), str(out), "--from", "aif"]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err
    assert "TA node" in err
    assert len(argmap.load(out).statements) == 7


def test_missing_output_folder_is_created(tmp_path: Path) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(sample(), src)
    assert main(["convert", str(src), str(tmp_path / "no" / "such" / "m.aif")]) == 0
    assert (tmp_path / "no" / "such" / "m.aif").is_file()


def test_output_folder_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(sample(), src)
    assert main(["convert", str(src), str(src / "m.aif")]) == 2


def test_convert_function(tmp_path: Path) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(sample(), src)
    amap = argmap.convert(src, tmp_path / "m.graphml")
    assert amap == sample()
    assert argmap.load(tmp_path / "m.graphml") == sample()


def test_folder_refuses_two_inputs_for_one_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    argmap.save(sample(), src / "a.yaml")
    argmap.save(sample(), src / "a.json")
    out = tmp_path / "out"
    assert main(["convert", str(src), str(out), "--to", "yaml"]) == 2
    err = capsys.readouterr().err
    assert "a.json" in err and "a.yaml" in err and "would both be written" in err
    assert not out.exists() or list(out.iterdir()) == []


def test_folder_refuses_to_replace_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "maps"
    src.mkdir()
    argmap.save(sample(), src / "a.json")
    before = (src / "a.json").read_bytes()
    b = MapBuilder()
    b.thesis("Other")
    argmap.save(b.build(), src / "a.yaml")
    assert main(["convert", str(src), str(src), "--to", "json"]) == 2
    assert "would replace the input" in capsys.readouterr().err
    assert (src / "a.json").read_bytes() == before
    assert sorted(p.name for p in src.iterdir()) == ["a.json", "a.yaml"]


def test_file_refuses_to_replace_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "m.json"
    src.write_text(argmap.dumps(sample(), format="yaml"), encoding="utf-8")  # YAML in disguise
    before = src.read_bytes()
    assert main(["convert", str(src), str(src), "--from", "yaml"]) == 2
    assert "the output is the input" in capsys.readouterr().err
    assert src.read_bytes() == before
