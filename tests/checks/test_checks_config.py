"""[tool.argmap] in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.checks import Severity
from argmap.config import Config, find_pyproject, load_config, parse_config
from argmap.errors import ConfigError


def _project(tmp_path: Path, body: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    maps = tmp_path / "maps" / "deep"
    maps.mkdir(parents=True)
    return maps


def test_nearest_pyproject_upward_from_a_map(tmp_path: Path) -> None:
    maps = _project(
        tmp_path,
        '[tool.argmap]\nselect = ["all"]\nignore = ["unanchored"]\nfail-on = "warning"\n'
        'severity = { uncited-evidence = "info" }\n',
    )
    map_file = maps / "m.yaml"
    map_file.write_text("statements: []\n")
    assert find_pyproject(map_file) == tmp_path / "pyproject.toml"
    cfg = load_config(start=map_file)
    assert cfg.select == ("all",)
    assert cfg.ignore == ("unanchored",)
    assert cfg.fail_on is Severity.WARNING
    assert cfg.severity == {"uncited-evidence": Severity.INFO}
    assert cfg.path == tmp_path / "pyproject.toml"


def test_pyproject_without_the_table_gives_defaults(tmp_path: Path) -> None:
    maps = _project(tmp_path, '[project]\nname = "x"\n')
    cfg = load_config(start=maps)
    assert cfg.select is None and cfg.ignore == () and cfg.fail_on is None
    assert cfg.path == tmp_path / "pyproject.toml"


def test_no_pyproject_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("argmap.config.find_pyproject", lambda start=None: None)
    assert load_config(start=tmp_path) == Config()


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('[tool.argmap]\nselect = ["no-such"]\n', "select"),
        ("[tool.argmap]\nignore = 3\n", "ignore"),
        ('[tool.argmap]\nfail-on = "fatal"\n', "fail-on"),
        ('[tool.argmap]\nseverity = { unanchored = "loud" }\n', "severity.unanchored"),
        ('[tool.argmap]\nseverity = { nope = "info" }\n', "severity.nope"),
        ('[tool.argmap]\nseverity = "info"\n', "severity"),
        ("[tool.argmap]\nfail_on = 1\n", "fail_on"),
    ],
)
def test_bad_settings_name_the_file_and_key(tmp_path: Path, body: str, key: str) -> None:
    _project(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_config(start=tmp_path)
    assert str(tmp_path / "pyproject.toml") in str(err.value)
    assert f"[tool.argmap] {key}:" in str(err.value)


def test_bad_toml(tmp_path: Path) -> None:
    _project(tmp_path, "[tool.argmap\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(start=tmp_path)


def test_a_single_code_string_is_accepted() -> None:
    assert parse_config({"select": "unanchored"}).select == ("unanchored",)
