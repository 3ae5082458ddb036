"""Hostile values inside otherwise valid map files end in one located error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.formats.text_policy import MAX_TEXT_BYTES, allow_text_from

HEAD = "statements:\n- id: T1\n  kind: thesis\n  text: Act now\n"


@pytest.mark.parametrize(
    ("yaml_text", "line", "words"),
    [
        (HEAD + "statements:\n- {id: T2, kind: thesis, text: b}\n", 5, "given twice"),
        (HEAD + "  text: again\n", 5, "'text' is given twice"),
        (HEAD + "  data: {x: .nan}\n", 5, "not a number a map can hold"),
        (HEAD + "  data: {x: -.inf}\n", 5, "not a number a map can hold"),
        (HEAD + "  data: {x: 1.0e+999}\n", 5, "not a number a map can hold"),
        (HEAD + "  data: {x: " + "9" * 5000 + "}\n", 5, "5000 digits"),
        (HEAD + "  spans: [{start: " + "1" * 5000 + ", end: 2, quote: a}]\n", 5, "digits"),
        (HEAD + "  data: {x: 2019-02-30}\n", 5, "not a real date"),
        ("source:\n  date: 2019-13-01\n" + HEAD, 2, "not a real date"),
        (HEAD + "  data: {x: " + "[" * 150 + "]" * 150 + "}\n", 5, "nests deeper"),
        (HEAD + "  tags: &a [x]\n  ignore: *a\n", 5, "aliases"),
    ],
)
def test_yaml_values_a_map_cannot_hold_are_refused_with_their_line(
    yaml_text: str, line: int, words: str
) -> None:
    with pytest.raises(argmap.ParseError, match=words) as info:
        argmap.loads(yaml_text, format="yaml")
    assert info.value.line == line


@pytest.mark.parametrize(
    ("json_text", "words"),
    [
        ('{"statements": [{"id": "T1", "kind": "thesis", "text": "a", "text": "b"}]}', "twice"),
        ('{"statements": [], "statements": []}', "'statements' is given twice"),
        (
            '{"statements": [{"id": "T1", "kind": "thesis", "text": "a", "data": {"x": NaN}}]}',
            "NaN",
        ),
        ('{"statements": [], "meta": {"x": -Infinity}}', "Infinity"),
        ('{"statements": [], "meta": {"x": ' + "7" * 5000 + "}}", "5000 digits"),
    ],
)
def test_json_values_a_map_cannot_hold_are_refused(json_text: str, words: str) -> None:
    with pytest.raises(argmap.ParseError, match=words) as info:
        argmap.loads(json_text, format="json")
    assert info.value.line == 1


def test_a_repeated_json_key_is_located_in_its_own_object() -> None:
    text = (
        '{"statements": [\n {"id": "T1", "kind": "thesis", "text": "a"},\n'
        ' {"id": "C1", "kind": "claim",\n  "text": "b", "text": "c"}]}'
    )
    with pytest.raises(argmap.ParseError) as info:
        argmap.loads(text, format="json")
    assert (info.value.line, info.value.column) == (4, 16)


def test_a_boolean_version_is_refused() -> None:
    with pytest.raises(argmap.MapValidationError, match="version must be a whole number"):
        argmap.loads("version: true\n" + HEAD, format="yaml")


def _map_naming(tmp_path: Path, text_file: str) -> Path:
    path = tmp_path / "maps" / "m.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"source:\n  text_file: {text_file!r}\n" + HEAD, encoding="utf-8")
    return path


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ", "../../outside.txt"])
def test_a_map_may_not_read_a_text_outside_its_folder(tmp_path: Path, target: str) -> None:
    (tmp_path / "outside.txt").write_text("SECRET", encoding="utf-8")
    path = _map_naming(tmp_path / "deep", target)
    with pytest.warns(argmap.ArgmapWarning, match="source text not read") as record:
        amap = argmap.load(path)
    assert amap.source.text is None
    assert "--allow-text-dir" in str(record[0].message) or "/proc" in str(record[0].message)


def test_proc_stays_refused_even_when_everything_is_allowed(tmp_path: Path) -> None:
    path = _map_naming(tmp_path, "/proc/self/environ")
    with allow_text_from("/"), pytest.warns(argmap.ArgmapWarning, match="system file"):
        assert argmap.load(path).source.text is None


def test_a_link_out_of_the_folder_is_followed_and_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("SECRET", encoding="utf-8")
    path = _map_naming(tmp_path, "ed.txt")
    (path.parent / "ed.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.warns(argmap.ArgmapWarning, match="outside the map's folder"):
        assert argmap.load(path).source.text is None


def test_allowed_folders_are_read(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "ed.txt").write_text("Act now, we say.", encoding="utf-8")
    path = _map_naming(tmp_path, "../texts/ed.txt")
    with allow_text_from(tmp_path / "texts"):
        assert argmap.load(path).source.text == "Act now, we say."


def test_the_cli_flag_allows_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "ed.txt").write_text("Act now, we say.", encoding="utf-8")
    path = _map_naming(tmp_path, "../texts/ed.txt")
    out = tmp_path / "page.aif.json"
    args = ["--allow-text-dir", str(tmp_path / "texts"), "convert", str(path), str(out)]
    assert main(args) == 0
    assert "Act now, we say." in out.read_text(encoding="utf-8")


def test_the_cli_never_copies_a_refused_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.environ["ARGMAP_TEST_SECRET"] = "s3cr3t-value"
    try:
        path = _map_naming(tmp_path, "/proc/self/environ")
        out = tmp_path / "page.aif.json"
        assert main(["convert", str(path), str(out)]) == 0
        assert "s3cr3t-value" not in out.read_text(encoding="utf-8")
        assert "may not read from /proc" in capsys.readouterr().err
    finally:
        del os.environ["ARGMAP_TEST_SECRET"]


def test_a_fifo_or_a_huge_file_is_not_a_text(tmp_path: Path) -> None:
    path = _map_naming(tmp_path, "pipe.txt")
    os.mkfifo(path.parent / "pipe.txt")
    with pytest.warns(argmap.ArgmapWarning, match="not a regular file"):
        assert argmap.load(path).source.text is None
    big = _map_naming(tmp_path / "b", "big.txt")
    with (big.parent / "big.txt").open("wb") as fh:
        fh.truncate(MAX_TEXT_BYTES + 1)  # sparse: costs no disk
    with pytest.warns(argmap.ArgmapWarning, match="more than a source text may"):
        assert argmap.load(big).source.text is None


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_only_regular_files_are_read_as_maps(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "m.yaml"
    if kind == "fifo":
        os.mkfifo(path)  # reading it would block forever
    elif kind == "device":
        path = Path("/dev/zero")  # reading it would fill the memory
    else:
        path.mkdir()
    with pytest.raises(argmap.ParseError, match="cannot read map file") as info:
        argmap.load(path, format="yaml")
    assert str(path) in str(info.value)
    assert main(["validate", str(path)]) == 2


def test_a_file_past_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from argmap.files import read_text_file

    path = tmp_path / "big.txt"
    path.write_text("x" * 100, encoding="utf-8")
    with pytest.raises(argmap.ParseError, match="more than the 99"):
        read_text_file(path, limit=99)
    assert read_text_file(path, limit=None) == "x" * 100


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ("===\na: &x [1, 2]\nb: *x\n===\n[T]: Act. #thesis\n", "aliases"),
        ("===\ntitle: a\ntitle: b\n===\n[T]: Act. #thesis\n", "given twice"),
        ("===\ndate: 2019-02-30\n===\n[T]: Act. #thesis\n", "not a real date"),
        ("[T]: Act. #thesis {x: .nan}\n", "not a number a map can hold"),
        ("[T]: Act. #thesis {x: " + "9" * 5000 + "}\n", "5000 digits"),
        ("[T]: Act. #thesis {x: " + "[" * 600 + "]" * 600 + "}\n", "nests deeper"),
    ],
)
def test_argdown_front_matter_and_data_are_vetted_like_map_files(document: str, words: str) -> None:
    with pytest.raises(argmap.ParseError, match=words) as info:
        argmap.loads(document, format="argdown")
    assert info.value.line is not None


def _graphml_with_meta(meta_json: str) -> str:
    b = argmap.MapBuilder(title="On acting")
    b.thesis("Act now")
    text = argmap.dumps(b.build(), format="graphml")
    # The source attribute is JSON text in a <data> element: put the hostile JSON there.
    start = text.index(">{", text.index('<data key="d1">')) + 1
    end = text.index("</data>", start)
    return text[:start] + meta_json + text[end:]


@pytest.mark.parametrize(
    ("meta_json", "words"),
    [
        ("[" * 2000 + "]" * 2000, "nests deeper than 100"),
        ('{"title": "a", "title": "b"}', "given twice"),
        ('{"title": NaN}', "NaN"),
        ('{"title": ' + "9" * 5000 + "}", "5000 digits"),
    ],
)
def test_json_inside_a_graphml_attribute_is_vetted_like_a_json_map(
    meta_json: str, words: str
) -> None:
    with pytest.raises(argmap.ParseError, match=words) as info:
        argmap.loads(_graphml_with_meta(meta_json), format="graphml", source="m.graphml")
    assert "attribute 'source'" in str(info.value)
    assert info.value.source == "m.graphml" and info.value.line is not None


def test_json_nested_past_the_limit_inside_graphml_meta_is_refused() -> None:
    b = argmap.MapBuilder()
    b.thesis("Act now")
    amap = b.build()
    amap.meta["x"] = 1
    text = argmap.dumps(amap, format="graphml")
    deep = "[" * 150 + "]" * 150
    text = text.replace('{"x": 1}', '{"x": ' + deep + "}")
    with pytest.raises(argmap.MapValidationError, match=r"meta\.x: nests deeper than 100"):
        argmap.loads(text, format="graphml")


@pytest.mark.parametrize("fmt", ["json", "node-link", "aif"])
def test_data_nested_past_the_limit_is_refused_by_every_json_reader(fmt: str) -> None:
    b = argmap.MapBuilder()
    b.thesis("Act now", data={"x": 1})
    text = argmap.dumps(b.build(), format=fmt)
    deep = "[" * 150 + "]" * 150
    hostile = text.replace('"x": 1', '"x": ' + deep, 1)
    assert hostile != text
    with pytest.raises(argmap.MapValidationError, match="nests deeper than 100"):
        argmap.loads(hostile, format=fmt)


def test_graphml_entities_are_not_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
        '<node id="T1"><data key="d">&b;</data></node></graph></graphml>'
    )
    with pytest.raises(argmap.ParseError, match="entity declarations") as info:
        argmap.loads(bomb, format="graphml")
    assert info.value.line == 2


def test_millions_of_bad_items_are_counted_not_listed() -> None:
    n = 300_000
    text = '{"statements": [' + ", ".join(["1"] * n) + "]}"
    with pytest.raises(argmap.MapValidationError) as info:
        argmap.loads(text, format="json", source="big.json")
    err = info.value
    assert err.total == n and len(err.problems) <= 1000
    lines = str(err).splitlines()
    assert lines[0] == f"big.json: {n:,} problems in the map:"
    assert lines[-1] == f"  and {n - 10:,} more" and len(lines) == 12
    assert "a statement must be a mapping" in lines[1]


def test_millions_of_bad_mappings_are_counted_not_listed() -> None:
    n = 20_000  # more than one chunk of validation
    text = '{"statements": [' + ", ".join(['{"id": "x"}'] * n) + "]}"
    with pytest.raises(argmap.MapValidationError) as info:
        argmap.loads(text, format="json")
    assert info.value.total == n and len(info.value.problems) == 1000
    assert info.value.problems[-1].loc[:2] == ("statements", 999)


@pytest.mark.parametrize("escape", ["\\ud800", "x\\udE00", "\\udfff\\ud800"])
@pytest.mark.parametrize("fmt", ["json", "node-link", "aif"])
def test_a_json_escape_of_half_a_surrogate_pair_is_refused(escape: str, fmt: str) -> None:
    # The text holds no surrogate, but the escape decodes to one, which no file can hold.
    b = argmap.MapBuilder()
    b.thesis("Act now", data={"x": "PLACE"})
    text = argmap.dumps(b.build(), format=fmt).replace("PLACE", escape)
    with pytest.raises(argmap.ParseError, match="half of a surrogate pair") as info:
        argmap.loads(text, format=fmt)
    assert info.value.line is not None


def test_a_json_surrogate_pair_escape_is_one_character() -> None:
    text = (
        '{"statements": [{"id": "T1", "kind": "thesis", "text": "a",'
        ' "data": {"x": "\\ud83d\\ude00"}}]}'
    )
    assert argmap.loads(text, format="json").statements[0].data == {"x": "😀"}


def test_json_nested_past_the_scanner_is_refused_at_its_place() -> None:
    text = '{"statements": [],\n "meta": {"s": "[[[[", "x": ' + "[" * 5000 + "]" * 5000 + "}}"
    with pytest.raises(argmap.ParseError, match="nests deeper than 100 levels") as info:
        argmap.loads(text, format="json")
    # The brackets inside the string do not count: level 101 opens at column 27 + 100.
    assert (info.value.line, info.value.column) == (2, 127)


def test_the_map_size_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(HEAD, encoding="utf-8")
    with pytest.raises(argmap.ParseError, match="max_bytes"):
        argmap.load(path, max_bytes=10)
    assert argmap.load(path, max_bytes=None).thesis is not None


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ("===\nx: " + "9" * 5000 + "\n===\n[T]: Act. #thesis\n", "5000 digits"),
        ("[T]: Act. #thesis {x: 2019-02-30}\n", "not a real date"),
        ("[T]: Act. #thesis {a: &x [1], b: *x}\n", "aliases"),
        ("[T]: Act. #thesis {a: !!binary aGk=}\n", "YAML tag '!!binary'"),
    ],
)
def test_argdown_front_matter_and_data_refuse_what_map_files_refuse(
    document: str, words: str
) -> None:
    with pytest.raises(argmap.ParseError, match=words) as info:
        argmap.loads(document, format="argdown")
    assert info.value.line is not None


def test_an_aif_id_of_5000_digits_is_refused_with_its_line() -> None:
    b = argmap.MapBuilder()
    t = b.thesis("Act now")
    b.claim("Delay costs", supports=t)
    text = argmap.dumps(b.build(), format="aif").replace('"C1"', "9" * 5000)
    with pytest.raises(argmap.ParseError, match="5000 digits") as info:
        argmap.loads(text, format="aif")
    assert info.value.line is not None


def test_a_warning_about_a_1_mb_title_is_cut() -> None:
    document = "[T]: Act. #thesis\n    + [" + "Q" * 1_000_000 + "]\n"
    with pytest.warns(argmap.ArgmapWarning, match="dropped or changed") as record:
        argmap.loads(document, format="argdown")
    assert max(len(str(w.message)) for w in record) < 1200
    assert "more characters)" in str(record[0].message)


@pytest.mark.parametrize("depth", [95, 96, 97, 150])
def test_argdown_data_nests_as_deep_as_a_yaml_map_holds(depth: int) -> None:
    # What Argdown reads, YAML and JSON write and read back; what they cannot, it refuses.
    document = "[T1]: Act now. #thesis {x: " + "[" * depth + "1" + "]" * depth + "}\n"
    try:
        amap = argmap.loads(document, format="argdown")
    except argmap.ParseError as err:
        assert "nests deeper than 100" in str(err) and depth > 96
        return
    assert depth <= 96
    for fmt in ("yaml", "json"):
        assert argmap.loads(argmap.dumps(amap, format=fmt), format=fmt) == amap
