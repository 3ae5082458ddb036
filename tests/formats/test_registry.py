"""The format registry: one table that save, render, pipe, dumps and the CLI all read."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.errors import FormatError, ParseError
from argmap.formats.registry import FORMATS, Format, all_suffixes, format_for_path, get_format
from argmap.model import ArgumentMap, MapBuilder

HAS_DOT = shutil.which("dot") is not None
MAGIC = {"png": b"\x89PNG", "pdf": b"%PDF"}

# Every (format, suffix) pair of the table: the tests below iterate it, so a
# new entry is checked by all of them without being named here.
PAIRS = [(f, s) for f in FORMATS for s in f.suffixes if f.writable]
#: The importers: formats argmap reads but does not write.
IMPORTERS = [f for f in FORMATS if not f.writable]


def small() -> ArgumentMap:
    b = MapBuilder(title="Buses")
    t = b.thesis("Keep the buses")
    b.premise("Taxis are dear", supports=t)
    return b.build()


def _skip_without_dot(fmt: Format) -> None:
    if fmt.needs_graphviz and not HAS_DOT:
        pytest.skip("Graphviz not installed")


def _written_like(fmt: Format, data: bytes) -> None:
    """``data`` looks like a file of ``fmt``."""
    assert data
    if fmt.binary:
        assert data.startswith(MAGIC[fmt.name])
    else:
        data.decode("utf-8")  # text formats are UTF-8


def test_table_is_consistent() -> None:
    names = [f.name for f in FORMATS]
    assert len(names) == len(set(names))
    suffixes = all_suffixes()
    assert len(suffixes) == len(set(suffixes)), "a suffix claimed by two formats"
    assert all(s.startswith(".") and s == s.lower() for s in suffixes)
    wanted = {"yaml", "json", "argdown", "aif", "graphml", "node-link"}
    wanted |= {"dot", "mermaid", "svg", "png", "pdf", "html"}
    wanted |= {"arggraph", "brat", "sadface", "kialo", "ova"}
    assert set(names) == wanted
    for fmt in FORMATS:
        assert fmt.readable or fmt.writable, f"{fmt.name} can be neither read nor written"
        if fmt.writable:
            assert fmt.lossless == fmt.readable, f"{fmt.name}: a lossless format reads back"
            assert fmt.lossless or fmt.drops is not None
        else:
            assert not fmt.lossless and fmt.drops is None
        assert not fmt.binary or fmt.name in MAGIC
        common = set(fmt.common_suffixes)
        assert not common & set(fmt.suffixes), f"{fmt.name}: a common suffix is not its own"
        assert all(s.startswith(".") and s == s.lower() for s in common)


@pytest.mark.parametrize(("fmt", "suffix"), PAIRS, ids=[s for _, s in PAIRS])
def test_save_render_convert_and_cli_accept_every_suffix_alike(
    tmp_path: Path, fmt: Format, suffix: str
) -> None:
    _skip_without_dot(fmt)
    src = tmp_path / "m.yaml"
    argmap.save(small(), src)
    amap = argmap.load(src)
    assert format_for_path(f"x{suffix}") is fmt
    assert format_for_path(f"X{suffix.upper()}") is fmt
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", argmap.ArgmapWarning)  # lossy formats warn on save
        saved = argmap.save(amap, tmp_path / f"saved{suffix}")
    rendered = argmap.render(amap, tmp_path / f"rendered{suffix}")
    assert main(["render", str(src), "-o", str(tmp_path / f"cli{suffix}")]) == 0
    assert main(["convert", str(src), str(tmp_path / f"converted{suffix}")]) == 0
    for name in ("saved", "rendered", "cli", "converted"):
        _written_like(fmt, (tmp_path / f"{name}{suffix}").read_bytes())
    if not fmt.binary:  # PNG and PDF carry no promise of byte-identical runs
        assert saved.read_bytes() == rendered.read_bytes()
        assert saved.read_bytes() == (tmp_path / f"converted{suffix}").read_bytes()
    if fmt.readable:
        assert argmap.load(saved) == amap


@pytest.mark.parametrize("suffix", [".jpeg", ".txt", ".docx", ""])
def test_unknown_suffix_is_refused_alike_and_nothing_is_written(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(small(), src)
    out = tmp_path / f"out{suffix}"
    for write in (argmap.save, argmap.render):
        with pytest.raises(FormatError, match="cannot tell the format"):
            write(small(), out)
    with pytest.raises(FormatError, match="cannot tell the format"):
        argmap.convert(src, out)
    for command in (["render", str(src), "-o", str(out)], ["convert", str(src), str(out)]):
        assert main(command) == 2
        assert "cannot tell the format" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.yaml"]


@pytest.mark.parametrize("fmt", IMPORTERS, ids=[f.name for f in IMPORTERS])
def test_importers_refuse_every_way_of_writing_and_write_nothing(
    tmp_path: Path, fmt: Format, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "m.yaml"
    argmap.save(small(), src)
    out = tmp_path / f"out{fmt.suffixes[0] if fmt.suffixes else '.x'}"
    message = f"reads {fmt.name} but does not write it"
    with pytest.raises(FormatError, match=message):
        argmap.save(small(), out, format=fmt.name)
    with pytest.raises(FormatError, match=message):
        argmap.dumps(small(), format=fmt.name)
    with pytest.raises(FormatError, match=message):
        argmap.pipe(small(), format=fmt.name)
    assert main(["convert", str(src), str(out), "--to", fmt.name]) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.yaml"]
    assert fmt.suffixes or fmt.common_suffixes, "an importer says which files it reads"


@pytest.mark.parametrize("fmt", IMPORTERS, ids=[f.name for f in IMPORTERS])
def test_importers_refuse_a_lone_surrogate_with_its_line(fmt: Format) -> None:
    with pytest.raises(ParseError, match="lone surrogate") as caught:
        argmap.loads("1. Keep the buses.\n1.1. Pro: \udfff\n", format=fmt.name, source="s")
    assert caught.value.line == 2


WRITABLE = [f for f in FORMATS if f.writable]


@pytest.mark.parametrize("fmt", WRITABLE, ids=[f.name for f in WRITABLE])
def test_pipe_gives_bytes_and_dumps_text_for_every_format(fmt: Format) -> None:
    _skip_without_dot(fmt)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", argmap.ArgmapWarning)
        data = argmap.pipe(small(), format=fmt.name)
        assert isinstance(data, bytes)
        _written_like(fmt, data)
        if fmt.binary:
            with pytest.raises(FormatError, match=r"argmap\.pipe"):
                argmap.dumps(small(), format=fmt.name)
        else:
            text = argmap.dumps(small(), format=fmt.name)
            assert isinstance(text, str) and text
            assert text.encode("utf-8") == data


def test_drawing_options_go_to_drawings_only(tmp_path: Path) -> None:
    out = argmap.render(small(), tmp_path / "m.dot", theme="print", title=False)
    assert out.read_text(encoding="utf-8") == argmap.to_dot(small(), theme="print", title=False)
    with pytest.raises(FormatError, match="yaml takes no drawing options"):
        argmap.render(small(), tmp_path / "m.yaml", theme="print")
    assert not (tmp_path / "m.yaml").exists()


def test_format_names_and_suffixes_both_find_a_format() -> None:
    assert get_format("mmd") is get_format("mermaid")
    assert get_format(".GV") is get_format("dot")
    with pytest.raises(FormatError, match="known formats: yaml, json"):
        get_format("docx")


# -- never replace what was read -------------------------------------------------------------


def test_render_refuses_the_file_the_map_was_read_from(tmp_path: Path) -> None:
    odd = tmp_path / "m.svg"  # a YAML map with a misleading name
    odd.write_text(argmap.dumps(small(), format="yaml"), encoding="utf-8")
    before = odd.read_bytes()
    amap = argmap.load(odd, format="yaml")
    with pytest.raises(FormatError, match="read from this file as yaml"):
        argmap.render(amap, odd)
    with pytest.raises(FormatError, match="read from this file as yaml"):
        argmap.save(amap, odd)
    assert odd.read_bytes() == before
    # Writing back in the format it was read in is editing, and allowed.
    assert argmap.save(amap, odd, format="yaml") == odd
    assert argmap.load(odd, format="yaml") == amap


def test_save_refuses_the_maps_source_text(tmp_path: Path) -> None:
    page = tmp_path / "editorial.html"
    page.write_text("<p>Keep the buses.</p>", encoding="utf-8")
    doc = tmp_path / "m.yaml"
    doc.write_text(
        "source:\n  text_file: editorial.html\nstatements:\n"
        "- {id: T1, kind: thesis, text: Keep the buses}\n",
        encoding="utf-8",
    )
    amap = argmap.load(doc)
    with pytest.raises(FormatError, match="source text"):
        argmap.render(amap, page)
    assert page.read_text(encoding="utf-8") == "<p>Keep the buses.</p>"


def test_cli_render_never_replaces_the_map_it_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "m.svg"
    odd.write_text(argmap.dumps(small(), format="yaml"), encoding="utf-8")
    before = odd.read_bytes()
    assert main(["render", str(odd), "--format", "yaml"]) == 2  # default output: m.svg
    assert "would replace it" in capsys.readouterr().err
    assert main(["render", str(odd), "--format", "yaml", "-o", str(odd)]) == 2
    assert odd.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.svg"]


def test_the_cli_docs_list_every_suffix() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    intro = doc.split("<!-- generated")[0]
    listed = [s for s in all_suffixes() if f"`{s}`" in intro]
    assert listed == all_suffixes()
    names = [f.name for f in IMPORTERS if f"`{f.name}`" not in intro]
    assert not names, f"docs/cli.md does not name the importers {names}"


def test_saving_the_page_warns_about_what_it_cannot_show(tmp_path: Path) -> None:
    b = MapBuilder(text="Keep the buses.")
    b.thesis("Keep the buses", quote="Keep the buses", note="ask the council", confidence=0.5)
    with pytest.warns(argmap.ArgmapWarning, match="html keeps only what the page shows") as got:
        argmap.save(b.build(), tmp_path / "m.html")
    message = str(got[0].message)
    assert "confidences (1)" in message
    assert "notes" not in message and "spans" not in message  # the page shows those
