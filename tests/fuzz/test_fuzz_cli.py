"""Fuzzing the command line: random argument lists through ``argmap.cli.main``.

Arguments are drawn from the real subcommands and their options (read from
the parser itself), with values from the options' choices, files of every
format (good and bad), missing files, folders, output paths of every
suffix, numbers and junk. Whatever the list, ``main`` returns 0, 1 or 2,
raises nothing, and never prints a traceback.

Run longer with ``HYPOTHESIS_PROFILE=long pytest tests/fuzz``.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TextIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from limits import no_hang

import argmap
from argmap.cli import build_parser, main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOOD = argmap.load(FIXTURES / "good.yaml")
TEXT = "We must act now. Delay is costly, because prices rise. Critics say acting is risky.\n"

READABLE = ["good.yaml", "good.json", "good.aif.json", "good.argdown", "good.graphml"]
BAD = sorted(f"bad/{p.name}" for p in (FIXTURES / "bad").iterdir())
OUTPUTS = [
    *(f"out{s}" for s in (".svg", ".png", ".pdf", ".dot", ".gv", ".mmd", ".html", ".yaml")),
    *(f"out{s}" for s in (".json", ".aif.json", ".argdown", ".graphml", ".txt", ".xyz", "")),
    "outdir",
    "missing_dir/out.yaml",
    "good.yaml",
]
PATHS = [*READABLE, *BAD, "text.txt", "empty.txt", "maps", "missing.yaml", "-", ""]
JUNK = ["0", "-1", "3", "99999", "0.001", "1e9", "nan", "all", "T1", "C1,CC1", "I1", "x,y"]
JUNK += ["dot", "neato", "bogus-engine", "; rm -rf /", "http://127.0.0.1:9/v1", "--", "-x"]
JUNK += ["yaml", "json", "aif", "mermaid", "argdown", "no-such-format", "é🙂\u202e", "\x00"]


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    """A folder with a map in every readable format, the bad fixtures and a text."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in READABLE:
            argmap.save(GOOD, root / name)
        shutil.copytree(FIXTURES / "bad", root / "bad")
        (root / "maps").mkdir()
        argmap.save(GOOD, root / "maps" / "a.yaml")
        shutil.copy(FIXTURES / "bad" / "broken.yaml", root / "maps" / "b.yaml")
        (root / "text.txt").write_text(TEXT, encoding="utf-8")
        (root / "empty.txt").write_text("", encoding="utf-8")
        (root / "outdir").mkdir()
        yield root


def _commands() -> dict[str, list[argparse.Action]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: [a for a in p._actions if not isinstance(a, argparse._HelpAction)]
        for name, p in sub.choices.items()
    }


COMMANDS = _commands()
ALL_OPTIONS = sorted({o for acts in COMMANDS.values() for a in acts for o in a.option_strings})


def _value(action: argparse.Action | None) -> st.SearchStrategy[str]:
    pool = st.sampled_from([*PATHS, *OUTPUTS, *JUNK])
    if action is not None and action.choices:
        return st.sampled_from([str(c) for c in action.choices]) | pool
    return pool | st.text(max_size=8)


@st.composite
def argv(draw: st.DrawFn) -> list[str]:
    name = draw(st.sampled_from(sorted(COMMANDS)))
    actions = COMMANDS[name]
    options = [a for a in actions if a.option_strings]
    args: list[str] = [name]
    for _ in range(draw(st.integers(0, 3))):
        args.append(draw(st.sampled_from(PATHS + OUTPUTS)))
    for _ in range(draw(st.integers(0, 4))):
        if options and draw(st.integers(0, 9)) > 0:
            action = draw(st.sampled_from(options))
            args.append(draw(st.sampled_from(action.option_strings)))
        else:  # an option of another command, or junk
            action = None
            args.append(draw(st.sampled_from(ALL_OPTIONS) | _value(None)))
        if action is None or action.nargs != 0:
            args.append(draw(_value(action)))
    if draw(st.booleans()):  # options first, positionals last: argparse allows both
        head, rest = args[:1], args[1:]
        args = head + draw(st.permutations(rest))
    return args


@contextmanager
def _inside(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


class _ThisThread(io.StringIO):
    """Captures what this thread writes; other threads' output (a test server left
    running by another test, say) goes on to the real stream."""

    def __init__(self, real: TextIO) -> None:
        super().__init__()
        self.real, self.owner = real, threading.get_ident()

    def write(self, text: str) -> int:
        if threading.get_ident() != self.owner:
            return self.real.write(text)
        return super().write(text)


def run_cli(args: list[str], folder: Path) -> tuple[int, str, str]:
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), _ThisThread(sys.stderr)
    limit = no_hang(120, f"argmap {' '.join(args)}")
    with _inside(folder), redirect_stdout(out), redirect_stderr(err), limit:
        code = main(args)
    out.flush()
    stdout = out.buffer.getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]
    return code, stdout, err.getvalue()


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(args=argv())
def test_random_command_lines_exit_cleanly(
    args: list[str], template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("ARGMAP_LLM_BASE_URL", "ARGMAP_LLM_MODEL", "ARGMAP_LLM_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "w"
        shutil.copytree(template, work)
        code, _, err = run_cli(args, work)
    assert code in (0, 1, 2), (args, code, err)
    assert "Traceback" not in err, (args, err)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--version"],
        ["nope"],
        ["render"],
        ["render", "good.yaml", "--width", "abc"],
        ["convert", "good.yaml", "outdir"],
        ["convert", "maps", "good.yaml", "--to", "json"],
        ["render", "good.yaml", "-o", "good.yaml/out.svg"],  # the output folder is a file
        ["draft", "text.txt", "-o", "outdir"],
        ["check", "\x00"],
        ["render", ""],  # found by the long fuzz run: Path('').with_suffix raised
        ["worksheet", ""],
        ["worksheet", "good.yaml", "-o", "out.xyz"],
    ],
)
def test_known_awkward_command_lines(args: list[str], template: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "w"
        shutil.copytree(template, work)
        code, _, err = run_cli(args, work)
    assert code in (0, 1, 2), (args, code, err)
    assert "Traceback" not in err
    if args and args[0] != "--version":
        assert code == 2 or args[0] == "draft", (args, code, err)
