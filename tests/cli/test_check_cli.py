"""argmap check and argmap report, through main([...]) and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.formats.io import save
from argmap.model import ArgumentMap, MapBuilder


def _clean() -> ArgumentMap:
    b = MapBuilder(title="Clean")
    t = b.thesis("Act now")
    b.claim("Delay costs", supports=t, accepted=True)
    return b.build()


def _warned() -> ArgumentMap:
    b = MapBuilder(title="Warned")
    t = b.thesis("Act now")
    b.claim("Delay costs", supports=t, accepted=True)
    b.counterclaim("Acting is risky", attacks=t)
    return b.build()


def _broken() -> ArgumentMap:
    b = MapBuilder(title="Broken")
    b.claim("Delay costs", accepted=True)
    return b.build()


@pytest.fixture
def maps(tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    save(_clean(), folder / "a_clean.yaml")
    save(_warned(), folder / "b_warned.yaml")
    save(_broken(), folder / "c_broken.yaml")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    return folder


def test_clean_map_exits_0(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(maps / "a_clean.yaml")]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 findings in 1 map" in err


def test_warning_passes_at_error_level_and_fails_at_warning(
    maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(maps / "b_warned.yaml")
    assert main(["check", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: CC1: unanswered-counterclaim: The counterclaim CC1")
    assert out.endswith(" [warning]\n")
    assert main(["check", path, "--fail-on", "warning"]) == 1
    assert main(["check", path, "--fail-on", "warning", "--ignore", "unanswered-counterclaim"]) == 0


def test_error_fails_by_default(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(maps / "c_broken.yaml")]) == 1
    out = capsys.readouterr().out
    assert ": -: missing-thesis: " in out
    assert out.rstrip().endswith("[error]")


def test_directory_checks_every_map(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(maps), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [Path(m["path"]).name for m in doc["maps"]] == [
        "a_clean.yaml",
        "b_warned.yaml",
        "c_broken.yaml",
    ]
    assert doc["counts"] == {"error": 1, "warning": 1, "info": 0}
    assert doc["exit_code"] == 1
    warned = doc["maps"][1]["findings"]
    assert warned == [
        {
            "code": "unanswered-counterclaim",
            "severity": "warning",
            "ids": ["CC1"],
            "message": warned[0]["message"],
            "hint": warned[0]["hint"],
        }
    ]
    assert "CC1" in warned[0]["message"] and warned[0]["hint"]


def test_bad_file_is_reported_and_others_still_checked(
    maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = maps / "z_bad.yaml"
    bad.write_text("statements: [\n")
    missing = maps / "nope.yaml"
    code = main(["check", str(maps / "b_warned.yaml"), str(bad), str(missing), "--format", "json"])
    assert code == 2
    doc = json.loads(capsys.readouterr().out)
    errors = {Path(m["path"]).name: m["error"] for m in doc["maps"]}
    assert errors["b_warned.yaml"] is None
    assert errors["z_bad.yaml"] and errors["nope.yaml"]
    assert doc["maps"][0]["findings"][0]["code"] == "unanswered-counterclaim"


def test_bad_file_text_output_goes_to_stderr(
    maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = maps / "z_bad.yaml"
    bad.write_text("statements: [\n")
    assert main(["check", str(maps / "b_warned.yaml"), str(bad)]) == 2
    out, err = capsys.readouterr()
    assert "unanswered-counterclaim" in out
    assert f"{bad}: error:" in err


def test_select_with_commas_and_repeats(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(maps / "c_broken.yaml")
    main(["check", path, "--select", "unsupported-claim,disconnected", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["maps"][0]["findings"] == []
    main(["check", path, "--select", "missing-thesis", "--select", "disconnected"])
    assert "missing-thesis" in capsys.readouterr().out


def test_unknown_code_is_bad_input(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(maps), "--select", "no-such-check"]) == 2
    assert "unknown check code 'no-such-check'" in capsys.readouterr().err


def test_pyproject_settings_apply_and_options_win(
    maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (maps.parent / "pyproject.toml").write_text(
        '[tool.argmap]\nfail-on = "warning"\nseverity = { unanswered-counterclaim = "info" }\n'
    )
    path = str(maps / "b_warned.yaml")
    assert main(["check", path]) == 0  # the override made it info, below "warning"
    assert " [info]" in capsys.readouterr().out
    assert main(["check", path, "--fail-on", "info"]) == 1
    assert main(["check", path, "--no-config", "--fail-on", "warning"]) == 1
    assert main(["check", str(maps / "c_broken.yaml")]) == 1


def test_bad_pyproject_is_bad_input(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (maps.parent / "pyproject.toml").write_text('[tool.argmap]\nselect = ["nope"]\n')
    assert main(["check", str(maps / "a_clean.yaml")]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml" in err and "[tool.argmap] select" in err


def test_hints(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(maps / "b_warned.yaml"), "--hints"])
    assert "\n    hint: " in capsys.readouterr().out


def test_list_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--list"]) == 0
    out = capsys.readouterr().out
    assert "hedged-rebuttal" in out and "conclusion-term-missing" in out
    assert main(["check", "--explain", "hedged-rebuttal"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("hedged-rebuttal (warning)") and "we wonder" in out.lower()
    assert main(["check", "--explain", "nope"]) == 2


def test_no_paths_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "name at least one map" in capsys.readouterr().err


def test_report(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(maps / "b_warned.yaml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Warned\n")
    assert "Thesis: T1: Act now" in out
    assert "the longest chain of support is 1 step deep" in out
    assert "Statements: 3 (1 thesis, 1 claim, 1 counterclaim)" in out
    assert "Inferences: 2 (1 support, 1 attack; 0 linked, 0 undercuts)" in out
    assert "Findings: 1 (1 warning)" in out
    assert "CC1: unanswered-counterclaim" in out


def test_report_without_thesis_and_bad_file(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(maps / "c_broken.yaml")]) == 0
    assert "Thesis: none" in capsys.readouterr().out
    assert main(["report", str(maps / "nope.yaml")]) == 2


def test_report_shows_what_stands(maps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(maps / "b_warned.yaml")]) == 0
    out = capsys.readouterr().out
    # the counterclaim is never answered, so it stands and defeats the thesis
    assert "What stands (grounded labelling):\n" in out
    assert "  the thesis T1 is OUT: attacked by CC1 ('Acting is risky')" in out
    assert "  IN: C1, CC1\n  OUT: T1\n" in out
