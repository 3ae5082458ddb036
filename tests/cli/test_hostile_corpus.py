"""Every subcommand on a corpus of hostile files: exit 0, 1 or 2, no traceback, inputs untouched.

The corpus is made at test time in ``tmp_path``: files that repeat keys,
hold NaN, 5,000-digit integers, impossible dates, deep nesting, alias bombs,
every YAML tag, control characters, a 1 MB title, a text file outside the
map's folder, hundreds of thousands of bad items; a FIFO, a folder and a
device where a map should be; broken encodings, and the same in Argdown,
AIF, GraphML and node-link JSON. Each file goes through each subcommand
that reads a map (and ``draft`` through its text). The exit code is one of
the three the command line documents, nothing prints a traceback, the
output stays short, and no input file changes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.cli._util import terminal_text
from argmap.formats.text_policy import allow_text_from

HEAD = "statements:\n- id: T1\n  kind: thesis\n  text: Act now\n"
TAIL = (
    "- id: C1\n  kind: claim\n  text: Delay costs\n"
    "inferences:\n- {id: I1, premises: [C1], conclusion: T1}\n"
)


def _yaml(extra: str = "", head: str = "") -> str:
    return head + HEAD + extra + TAIL


def _aif_with(value: str) -> str:
    b = argmap.MapBuilder(title="On acting")
    t = b.thesis("Act now")
    b.claim("PLACE", supports=t)
    return argmap.dumps(b.build(), format="aif").replace('"PLACE"', value, 1)


def _graphml_with(value: str) -> str:
    b = argmap.MapBuilder(title="On acting")
    b.thesis("Act now", data={"x": 1})
    return argmap.dumps(b.build(), format="graphml").replace('{"x": 1}', value, 1)


CORPUS: dict[str, str | bytes] = {
    "repeated_keys.yaml": _yaml("  text: again\n"),
    "repeated_blocks.yaml": _yaml() + "statements: []\n",
    "nan.yaml": _yaml("  data: {x: .nan}\n"),
    "huge_int.yaml": _yaml("  data: {x: " + "9" * 5000 + "}\n"),
    "huge_offset.yaml": _yaml("  spans: [{start: " + "1" * 5000 + ", end: 2, quote: a}]\n"),
    "bad_date.yaml": _yaml(head="source:\n  date: 2019-02-30\n"),
    "bad_time.yaml": _yaml("  data: {x: 2019-12-31 25:61:61}\n"),
    "deep.yaml": _yaml("  data: {x: " + "[" * 3000 + "]" * 3000 + "}\n"),
    "alias_bomb.yaml": _yaml(
        "  data: {x: [&a [1,1,1,1,1,1,1,1,1,1], &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a],"
        " &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b], &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]]}\n"
    ),
    "python_tag.yaml": _yaml("  data: {x: !!python/object/apply:os.system [echo pwned]}\n"),
    "binary_tag.yaml": _yaml("  data: {x: !!binary aGk=}\n"),
    "custom_tag.yaml": _yaml("  data: {x: !custom thing}\n"),
    "controls.yaml": _yaml('  title: "\\e]0;pwned\\a\\e[2J"\n  note: "\\e[31mred"\n'),
    "huge_title.yaml": _yaml(head="source:\n  title: " + "T" * 1_000_000 + "\n"),
    "huge_bad_kind.yaml": HEAD.replace("thesis", "K" * 1_000_000),
    "passwd.yaml": _yaml(head="source:\n  text_file: /etc/passwd\n"),
    "environ.yaml": _yaml(head="source:\n  text_file: /proc/self/environ\n"),
    "outside.yaml": _yaml(head="source:\n  text_file: ../../outside.txt\n"),
    "long_name.yaml": _yaml(head="source:\n  text_file: " + "n" * 100_000 + ".txt\n"),
    "version_true.yaml": "version: true\n" + _yaml(),
    "many_scalars.json": '{"statements": [' + ", ".join(["1"] * 300_000) + "]}",
    "many_bad.yaml": "statements: [" + ", ".join(["{}"] * 20_000) + "]\n",
    "nan.json": '{"statements": [{"id": "T1", "kind": "thesis", "text": "a", "data": {"x": NaN}}]}',
    "twice.json": '{"statements": [], "statements": []}',
    "surrogate.json": '{"statements": [{"id": "T1", "kind": "thesis", "text": "\\ud800"}]}',
    "deep.json": '{"statements": [], "meta": {"x": ' + "[" * 5000 + "]" * 5000 + "}}",
    "huge_int.json": '{"statements": [], "meta": {"x": ' + "7" * 5000 + "}}",
    "not_utf8.yaml": b"statements:\n- id: T1\n  kind: thesis\n  text: caf\xe9\n",
    "binary.yaml": bytes(range(256)) * 40,
    "empty.yaml": "",
    "bom.yaml": "\ufeff" + _yaml(),
    "alias.argdown": "===\na: &x [1, 2]\nb: *x\n===\n[T]: Act. #thesis\n",
    "deep_data.argdown": "[T]: Act. #thesis {x: " + "[" * 600 + "]" * 600 + "}\n",
    "bad_date.argdown": "===\ndate: 2019-02-30\n===\n[T]: Act. #thesis\n",
    "controls.argdown": "[T]: Act \x1b[31mnow\x07. #thesis\n    + [C]: Delay \\N costs. #claim\n",
    "deep_relations.argdown": "[T]: Act. #thesis\n"
    + "".join(f"{'    ' * (k + 1)}+ [C{k}]: Reason {k}. #claim\n" for k in range(60)),
    "huge_ids.aif.json": _aif_with('"x", "nodeID": ' + "9" * 5000),
    "nan.aif.json": _aif_with("NaN"),
    "deep_attr.graphml": _graphml_with("[" * 3000 + "]" * 3000),
    "entities.graphml": '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaa">]>\n<graphml/>',
    "twice.node-link.json": '{"nodes": [], "edges": [], "nodes": []}',
}

TEXTS: dict[str, str] = {
    "controls.txt": "We must act \x1b[31mnow\x07. Delay is costly, because prices rise.\n",
    "backslashes.txt": "C:\\Grants\\Net is \\N the \\G path. So we must act.\n",
    "no_stops.txt": " ".join(["because"] * 20_000),
}

# Subcommands that read a map, with the arguments after the map (OUT names a fresh output).
MAP_COMMANDS: list[tuple[str, list[str]]] = [
    ("validate", []),
    ("check", ["--select", "all", "--hints"]),
    ("check", ["--format", "json"]),
    ("report", []),
    ("render", ["-o", "OUT.dot", "--findings", "--labels"]),
    ("render", ["-o", "OUT.svg"]),
    ("render", ["-o", "OUT.html"]),
    ("convert", ["OUT.yaml"]),
    ("convert", ["-", "--to", "argdown"]),
    ("convert", ["-", "--to", "json"]),
    ("worksheet", ["-o", "OUT.md", "--answer-key"]),
    ("slides", ["-o", "OUT", "--format", "dot"]),
    ("challenges", ["-o", "OUT.yaml"]),
    ("compare", ["REF"]),
]


def _digest(folder: Path) -> dict[str, str]:
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_symlink():
            out[str(path.relative_to(folder))] = "-> " + os.readlink(path)
        elif not path.is_dir():  # a FIFO
            out[str(path.relative_to(folder))] = "special"
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "outside.txt").write_text("SECRET", encoding="utf-8")
    folder = root / "deep" / "maps"
    folder.mkdir(parents=True)
    for name, content in {**CORPUS, **TEXTS}.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    os.mkfifo(folder / "fifo.yaml")
    (folder / "folder.yaml").mkdir()
    (folder / "zero.yaml").symlink_to("/dev/zero")
    b = argmap.MapBuilder(title="Reference")
    t = b.thesis("Act now")
    b.claim("Delay costs", supports=t)
    argmap.save(b.build(), folder / "reference.yaml")
    return folder


@contextmanager
def _captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        yield out, err


def _run(args: list[str]) -> tuple[int, str, str]:
    """Run the command line; warnings are printed as the ``argmap`` command prints them."""
    with _captured() as (out, err), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = main(args)
    shown = "".join(f"argmap: warning: {terminal_text(str(w.message))}\n" for w in caught)
    return code, out.getvalue(), err.getvalue() + shown


MAPS = sorted([*CORPUS, "fifo.yaml", "folder.yaml", "zero.yaml", "missing.yaml"])


@pytest.mark.parametrize("name", MAPS)
def test_every_map_command_on_a_hostile_file(
    name: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # nothing may wait on standard input
    before = _digest(corpus.parent.parent)
    path = str(corpus / name)
    codes = []
    for command, rest in MAP_COMMANDS:
        out_dir = tmp_path / f"{command}-{len(codes)}"
        out_dir.mkdir()
        args = [
            str(out_dir / a[4:] if a.startswith("OUT.") else out_dir / "out")
            if a.startswith("OUT")
            else str(corpus / "reference.yaml")
            if a == "REF"
            else a
            for a in rest
        ]
        code, out, err = _run([command, path, *args])
        codes.append(code)
        assert code in (0, 1, 2), (command, rest, code, err[-2000:])
        assert "Traceback" not in out + err, (command, rest, err[-2000:])
        assert len(err) < 20_000, (command, rest, len(err))
        if "SECRET" in out or any(
            "SECRET" in p.read_text("utf-8", "replace") for p in out_dir.rglob("*") if p.is_file()
        ):
            raise AssertionError(f"{command}: a refused text_file was copied out")
        assert "\x1b" not in out + err, (command, rest)  # nothing can drive the terminal
    assert _digest(corpus.parent.parent) == before  # no input changed, none appeared
    if name in ("fifo.yaml", "folder.yaml", "zero.yaml", "missing.yaml", "binary.yaml"):
        assert set(codes) == {2}, codes


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_draft_on_a_hostile_text(name: str, corpus: Path, tmp_path: Path) -> None:
    before = _digest(corpus.parent.parent)
    code, out, err = _run(["draft", str(corpus / name), "-o", str(tmp_path / "d.yaml")])
    assert code in (0, 1, 2) and "Traceback" not in out + err, err[-2000:]
    if code == 0:  # the draft names its text, in a folder the reader has to allow
        with allow_text_from(corpus):
            assert argmap.load(tmp_path / "d.yaml").source.text is not None
    assert _digest(corpus.parent.parent) == before


@pytest.mark.parametrize("name", ["fifo.yaml", "folder.yaml", "zero.yaml", "binary.yaml"])
def test_draft_refuses_what_is_not_a_text_file(name: str, corpus: Path, tmp_path: Path) -> None:
    code, _, err = _run(["draft", str(corpus / name), "-o", str(tmp_path / "d.yaml")])
    assert code == 2 and "Traceback" not in err and not (tmp_path / "d.yaml").exists()


def test_schema_and_the_folder_commands(corpus: Path, tmp_path: Path) -> None:
    before = _digest(corpus.parent.parent)
    code, out, _ = _run(["schema"])
    assert code == 0 and json.loads(out)["title"]
    for args in (
        ["validate", str(corpus)],
        ["check", str(corpus)],
        ["convert", str(corpus), str(tmp_path / "out"), "--to", "json"],
        ["convert", str(corpus), str(corpus), "--to", "yaml"],  # would replace inputs: refused
    ):
        code, out, err = _run(args)
        assert code in (0, 1, 2) and "Traceback" not in out + err, (args, err[-2000:])
        assert len(err) < 200_000
    assert _digest(corpus.parent.parent) == before
