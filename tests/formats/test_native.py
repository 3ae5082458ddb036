"""argmap's own YAML and JSON: round trips, atomic saves, located errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from strategies import maps

import argmap
from argmap.errors import FormatError, MapValidationError, ParseError
from argmap.formats.native import from_json, from_yaml, to_json, to_yaml
from argmap.formats.text_policy import allow_text_from
from argmap.model import ArgumentMap

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BAD = FIXTURES / "bad"


@given(maps())
def test_yaml_then_json_round_trip_is_identical(m: ArgumentMap) -> None:
    via_yaml = from_yaml(to_yaml(m))
    assert via_yaml == m
    via_json = from_json(to_json(via_yaml))
    assert via_json == m
    assert to_yaml(via_json) == to_yaml(m)


def test_good_fixture_loads_and_round_trips(tmp_path: Path) -> None:
    m = argmap.load(FIXTURES / "good.yaml")
    assert m.thesis is not None and m.thesis.text == "We should act now"
    for suffix in (".yaml", ".yml", ".json"):
        out = tmp_path / f"copy{suffix}"
        argmap.save(m, out)
        assert argmap.load(out) == m


def test_yaml_is_block_style_with_one_line_spans() -> None:
    text = argmap.dumps(argmap.load(FIXTURES / "good.yaml"), format="yaml")
    assert "- id: T1\n  kind: thesis\n  text: We should act now\n" in text
    assert "  spans:\n  - {start: 0, end: 15, quote: We must act now}\n" in text
    assert "premises: [C1]" in text
    # defaults are left out
    assert "implicit" not in text and "polarity: support" not in text


def test_json_document_shape() -> None:
    doc = json.loads(argmap.dumps(argmap.load(FIXTURES / "good.yaml"), format="json"))
    assert doc["version"] == 1
    assert list(doc["statements"][0])[:3] == ["id", "kind", "text"]


def test_text_file_is_read_relative_to_the_map_and_not_written_back(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "ed.txt").write_text("Alpha. We must act. Omega.", encoding="utf-8")
    (tmp_path / "m.yaml").write_text(
        "source:\n  text_file: texts/ed.txt\nstatements:\n"
        "- id: T1\n  kind: thesis\n  text: Act\n"
        "  spans: [{start: 7, end: 18, quote: We must act}]\n",
        encoding="utf-8",
    )
    m = argmap.load(tmp_path / "m.yaml")
    assert m.source.text == "Alpha. We must act. Omega."
    assert "Alpha" not in argmap.dumps(m, format="yaml")
    # without the text file the map still loads, with a warning; spans are then unchecked
    (tmp_path / "texts" / "ed.txt").unlink()
    with pytest.warns(argmap.ArgmapWarning, match="texts/ed.txt"):
        assert argmap.load(tmp_path / "m.yaml").source.text is None


def _error(path: Path) -> Exception:
    with pytest.raises(argmap.ArgmapError) as exc:
        argmap.load(path)
    return exc.value


def test_broken_yaml_names_file_and_line() -> None:
    err = _error(BAD / "broken.yaml")
    assert isinstance(err, ParseError)
    assert err.source is not None and err.source.endswith("broken.yaml")
    assert err.line is not None and err.line >= 5
    assert "broken.yaml:" in str(err)


def test_broken_json_names_line_and_column() -> None:
    err = _error(BAD / "broken.json")
    assert isinstance(err, ParseError)
    assert (err.line, err.column) == (5, 3)


@pytest.mark.parametrize(
    ("name", "ref", "line", "words"),
    [
        ("unknown_kind.yaml", "X1", 7, "unknown kind 'opinion'"),
        ("dangling.yaml", "I1", 7, "unknown premise 'C9'"),
        ("duplicate.yaml", "C1", 6, "duplicate id 'C1'"),
        ("span_out_of_range.yaml", "T1", 8, "outside the text"),
        ("wrong_quote.yaml", "C1", 12, "'Waiting is cheap' is not in the text"),
        ("typo_key.yaml", "T1", 5, "unknown key 'txt'; did you mean 'text'?"),
        ("newer_version.yaml", None, 1, "upgrade argmap"),
    ],
)
def test_bad_files_give_located_errors(name: str, ref: str | None, line: int, words: str) -> None:
    err = _error(BAD / name)
    assert isinstance(err, MapValidationError)
    assert err.source is not None and err.source.endswith(name)
    matching = [p for p in err.problems if words in p.message]
    assert matching, [str(p) for p in err.problems]
    assert matching[0].ref == ref
    assert matching[0].line == line
    assert name in str(err) and words in str(err)


def test_all_problems_of_a_file_are_reported_together(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(
        "statements:\n- {id: A, kind: thesis, text: a}\n- {id: A, kind: claim, text: b}\n"
        "inferences:\n- {id: I1, premises: [Z], conclusion: Y}\n",
        encoding="utf-8",
    )
    err = _error(path)
    assert isinstance(err, MapValidationError)
    assert len(err.problems) == 4  # two duplicates, unknown premise, unknown conclusion


def test_yaml_aliases_are_refused() -> None:
    err = _error(BAD / "alias_bomb.yaml")
    assert isinstance(err, ParseError)
    assert "aliases" in str(err) and err.line == 3


def test_non_mapping_document() -> None:
    with pytest.raises(MapValidationError, match="must be a mapping"):
        from_yaml("- just\n- a list\n")
    with pytest.raises(MapValidationError, match="empty document"):
        from_yaml("")


def test_missing_file_and_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no such file"):
        argmap.load(tmp_path / "absent.yaml")
    (tmp_path / "m.docx").write_text("x", encoding="utf-8")
    with pytest.raises(FormatError, match="suffix"):
        argmap.load(tmp_path / "m.docx")
    with pytest.raises(FormatError, match="unknown format"):
        argmap.loads("x", format="docx")


def test_not_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("statements: []\n# caf\xe9\n".encode("latin-1"))
    with pytest.raises(ParseError, match="UTF-8") as exc:
        argmap.load(path)
    assert exc.value.line == 2


def test_save_replaces_atomically_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    m = argmap.load(FIXTURES / "good.yaml")
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    argmap.save(m, path)
    assert argmap.load(path) == m
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["m.yaml"]  # no temporary left


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from argmap.formats import io

    path = tmp_path / "m.yaml"
    path.write_text("old content", encoding="utf-8")

    def boom(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(io.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        argmap.save(argmap.load(FIXTURES / "good.yaml"), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["m.yaml"]


def test_saving_elsewhere_keeps_the_text_file_reachable(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "maps").mkdir()
    (tmp_path / "texts" / "ed.txt").write_text("We must act.", encoding="utf-8")
    (tmp_path / "maps" / "m.yaml").write_text(
        "source:\n  text_file: ../texts/ed.txt\nstatements:\n"
        "- id: T1\n  kind: thesis\n  text: Act\n"
        "  spans: [{start: 0, end: 11, quote: We must act}]\n",
        encoding="utf-8",
    )
    with allow_text_from(tmp_path / "texts"):
        m = argmap.load(tmp_path / "maps" / "m.yaml")
    argmap.save(m, tmp_path / "copy.yaml")
    copy = argmap.load(tmp_path / "copy.yaml")
    assert copy.source.text_file == "texts/ed.txt"
    assert copy.source.text == "We must act."
    assert m.source.text_file == "../texts/ed.txt"  # the map in memory is unchanged
    argmap.save(m, tmp_path / "maps" / "same.yaml")
    with allow_text_from(tmp_path / "texts"):
        assert argmap.load(tmp_path / "maps" / "same.yaml") == m
