"""``argmap draft`` through main() and its exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.formats.text_policy import allow_text_from

TEXT = (
    "Critics say the new library is a waste of money. But it will serve 30,000 readers a "
    "year. The council should build it because the old one is falling apart.\n"
)


def _write(folder: Path, name: str, text: str = TEXT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_text_prints_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "library.txt")
    assert main(["draft", str(path)]) == 0
    amap = argmap.loads(capsys.readouterr().out, format="yaml")
    assert amap.thesis is not None
    assert amap.thesis.spans[0].quote == "The council should build it"
    assert amap.source.text == TEXT


def test_one_text_saved_with_o(tmp_path: Path) -> None:
    path = _write(tmp_path, "library.txt")
    out = tmp_path / "draft.json"
    assert main(["draft", str(path), "-o", str(out)]) == 0
    assert argmap.load(out).of_kind("counterclaim")[0].attributed_to == "Critics"
    assert main(["validate", str(out)]) == 0


def test_a_saved_draft_names_its_text_file_instead_of_copying_it(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    path = _write(tmp_path / "texts", "a.txt")
    out = tmp_path / "maps" / "a.yaml"
    out.parent.mkdir()
    assert main(["draft", str(path), "-o", str(out)]) == 0
    saved = out.read_text(encoding="utf-8")
    assert "text_file: ../texts/a.txt" in saved
    assert "The council should build it" not in saved.split("statements:")[0]
    # texts/ is beside maps/, not inside it: the user allows it, as a shared
    # map may only read a text from its own folder tree.
    with allow_text_from(tmp_path / "texts"):
        amap = argmap.load(out)
    assert amap.source.text == TEXT  # read back from the file
    assert amap.thesis is not None and amap.thesis.spans[0].quote == "The council should build it"


def test_a_folder_drafts_every_text_with_a_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = tmp_path / "texts"
    (texts / "sub").mkdir(parents=True)
    for n in range(11):
        _write(texts, f"t{n:02d}.txt")
    _write(texts / "sub", "deep.txt")
    out = tmp_path / "maps"
    assert main(["draft", str(texts), "-o", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml"))
    assert written == sorted([*(f"t{n:02d}.yaml" for n in range(11)), "sub/deep.yaml"])
    err = capsys.readouterr().err
    assert "[" + "#" * 30 + "] 12/12" in err
    assert "drafted 12 of 12 texts" in err


def test_several_texts_need_an_output_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = _write(tmp_path, "a.txt"), _write(tmp_path, "b.txt")
    assert main(["draft", str(a), str(b)]) == 2
    assert "-o DIR" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the text is empty"),
        (
            "Le gouvernement doit revoir sa décision, car cet accord sert les deux pays et "
            "renforce la sécurité de toute la région.",
            "does not look like English",
        ),
    ],
)
def test_bad_texts_exit_2_with_a_message_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = _write(tmp_path, "bad.txt", text)
    assert main(["draft", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert str(path) in err


def test_one_bad_text_in_a_folder_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "good.txt")
    _write(tmp_path, "empty.txt", "  \n")
    out = tmp_path / "out"
    assert main(["draft", str(tmp_path), "-o", str(out), "-q"]) == 2
    assert (out / "good.yaml").exists()
    assert not (out / "empty.yaml").exists()
    assert "empty.txt" in capsys.readouterr().err
