"""Every number the command line takes is checked by argparse, with the option named.

The options are read from the parser itself, so a new numeric option is
covered without editing this file; each must come with a checking ``type=``
from :mod:`argmap.cli._util` (a plain ``int`` or ``float`` lets ``nan``,
``inf`` or ``-1`` through to the library).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from argmap.cli import build_parser, main
from argmap.cli._util import seconds

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _numeric_options() -> list[tuple[str, str]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found = []
    for name, p in sub.choices.items():
        for action in p._actions:
            if action.type is not None and action.type is not str and action.option_strings:
                found.append((name, action.option_strings[-1]))
    return sorted(found)


NUMERIC = _numeric_options()
HOSTILE = ["nan", "inf", "-inf", "1e309", "-1", "0x10", "", "9" * 5000, "1_0", "²", "1.5e3"]


def test_the_numeric_options_are_found() -> None:
    assert ("render", "--timeout") in NUMERIC and ("worksheet", "--seed") in NUMERIC
    assert len(NUMERIC) >= 5


def test_no_numeric_option_takes_a_bare_int_or_float() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    bare = [
        (name, a.option_strings)
        for name, p in sub.choices.items()
        for a in p._actions
        if a.type in (int, float)
    ]
    assert bare == []


@pytest.mark.parametrize(
    ("command", "option", "value"),
    [
        (command, option, value)
        for command, option in NUMERIC
        for value in HOSTILE
        if not (option == "--timeout" and value == "1.5e3")  # 1500 s is a fine time limit
    ],
)
def test_hostile_numbers_are_usage_errors(
    command: str, option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([command, str(FIXTURES / "good.yaml"), f"{option}={value}"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"argument {option}" in err, err
    assert "Traceback" not in err and len(err) < 1000


@pytest.mark.parametrize("value", ["nan", "inf", "1e309", "-1", "0", "86401"])
def test_render_timeout_is_refused_before_anything_runs(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.svg"
    code = main(["render", str(FIXTURES / "good.yaml"), "-o", str(out), "--timeout", value])
    assert code == 2
    assert "not a number of seconds above 0" in capsys.readouterr().err
    assert not out.exists()


def test_good_numbers_are_taken() -> None:
    assert seconds("0.5") == 0.5 and seconds("86400") == 86400.0
    args = build_parser().parse_args(
        ["render", "m.yaml", "--width", "40", "--depth", "0", "--timeout", "1.5"]
    )
    assert (args.width, args.depth, args.timeout) == (40, 0, 1.5)
