"""Nothing argmap writes can drive a terminal: control characters become visible escapes.

Argdown has no escape for a control character, so the writer moves text that
holds one into the statement's data element (escaped there, and read back
unchanged); a tag, which has no such place, gets the visible escape. The
command line shows standard error, and standard output when it is a
terminal, through the same filter.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.formats.native import to_document
from argmap.model import MapBuilder

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
EVIL = "\x1b[31m\x1b]0;pwned\x07\x85\r"


def hostile_map() -> argmap.ArgumentMap:
    b = MapBuilder(title="T" + EVIL, text="Source " + EVIL)
    t = b.thesis(
        "Act" + EVIL,
        title="ti" + EVIL,
        note="n" + EVIL,
        data={"k" + EVIL: "v" + EVIL, "section": "Part" + EVIL},
    )
    c = b.claim("Delay" + EVIL, supports=t, by="critics" + EVIL)
    b.link([c], t, note="why" + EVIL, scheme="cause" + EVIL, title="it" + EVIL)
    return b.build()


def test_argdown_holds_no_raw_control_character_and_reads_back() -> None:
    amap = hostile_map()
    text = argmap.dumps(amap, format="argdown")
    assert not CONTROL.search(text), repr(CONTROL.search(text))
    assert to_document(argmap.loads(text, format="argdown")) == to_document(amap)


def test_a_control_character_in_a_tag_round_trips_and_is_escaped_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A tag has no data element to move to: Argdown keeps it as it is (lossless),
    # and the command line escapes it when it shows the document.
    b = MapBuilder()
    b.thesis("Act", tags=["ok", "red\x1b[31m"])
    text = argmap.dumps(b.build(), format="argdown")
    assert argmap.loads(text, format="argdown").statements[0].tags == ["ok", "red\x1b[31m"]
    path = tmp_path / "m.yaml"
    argmap.save(b.build(), path)
    shown = _stdout_of(["convert", str(path), "-", "--to", "argdown"], monkeypatch, tty=True)
    assert not CONTROL.search(shown) and "#(red\\x1b\\[31m)" in shown


# JSON needs only C0 controls escaped: its writers leave C1 controls (U+0080 to
# U+009F) as they are, which the command line escapes when it shows them.
C0 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@pytest.mark.filterwarnings("ignore:.*keeps only what:argmap.errors.ArgmapWarning")
@pytest.mark.parametrize("fmt", ["yaml", "json", "argdown", "aif", "graphml", "mermaid", "dot"])
def test_no_text_format_writes_a_raw_control_character(fmt: str) -> None:
    text = argmap.dumps(hostile_map(), format=fmt)
    assert not C0.search(text), (fmt, C0.search(text))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _stdout_of(args: list[str], monkeypatch: pytest.MonkeyPatch, *, tty: bool) -> str:
    out = _Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(args) == 0
    return out.getvalue()


def test_standard_output_is_escaped_for_a_terminal_and_exact_for_a_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b = MapBuilder()
    b.thesis("Act\x1b[2J now")
    path = tmp_path / "m.json"
    # Written by hand: a JSON map may hold any text, and the argdown writer
    # would move it out of the way; a format other than Argdown shows it raw.
    argmap.save(b.build(), path)
    args = ["convert", str(path), "-", "--to", "mermaid"]
    piped = _stdout_of(args, monkeypatch, tty=False)
    shown = _stdout_of(args, monkeypatch, tty=True)
    assert piped == argmap.dumps(b.build(), format="mermaid")
    assert not CONTROL.search(shown)
    argdown = _stdout_of(["convert", str(path), "-", "--to", "argdown"], monkeypatch, tty=True)
    assert not CONTROL.search(argdown) and "\\x1b[2J" in argdown


def test_messages_naming_a_hostile_file_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = tmp_path / "m\x1b]0;pwned\x07.yaml"
    argmap.save(hostile_map(), evil)
    for args in (
        ["validate", str(evil)],
        ["convert", str(evil), str(tmp_path / "o\x1b[31m.json")],
        ["render", str(evil), "-o", str(tmp_path / "o\x1b[31m.dot")],
        ["check", str(evil)],
        ["validate", str(tmp_path / "missing\x1b[2J.yaml")],
    ):
        main(args)
        out, err = capsys.readouterr()
        assert not CONTROL.search(err), (args, err)
        assert not CONTROL.search(out), (args, out)
