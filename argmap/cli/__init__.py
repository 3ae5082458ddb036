"""The ``argmap`` command: a thin layer over the public API.

What the command prints to a terminal is shown safely: control characters
and bidi overrides in a map's text or a file's name appear as visible
escapes (``\\x1b``), so a map cannot recolour, retitle or rewrite the
terminal. Standard error always gets this treatment; standard output only
when it is a terminal, so data piped to a file or another program stays
exact.

Exit codes: 0 success, 1 findings (or invalid maps), 2 bad input or usage;
141 (128 + SIGPIPE, as a shell reports it) when the reader of standard output
went away, as in ``argmap check --list | head -1``, which ends quietly.

>>> main(["--version"]) == 0
argmap 0.1.0
True
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from argmap import __version__
from argmap.cli._util import shown_safely, terminal_text
from argmap.errors import ArgmapError, ArgmapWarning
from argmap.formats.text_policy import allow_text_from

__all__ = ["EXIT_BAD_INPUT", "EXIT_BROKEN_PIPE", "EXIT_FINDINGS", "EXIT_OK", "main", "run"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_BROKEN_PIPE = 141

#: Commands whose ``-o``/``--output`` (or ``OUT`` argument) names a file or
#: folder to write; its folder is created first. ``check`` is not one: its
#: ``--format`` is stored as ``output`` and names text or json.
_WRITERS: frozenset[str] = frozenset(
    {"render", "convert", "draft", "compare", "worksheet", "slides", "challenges", "schema"}
)

#: One module per subcommand, each with ``add_parser(subparsers)`` that
#: registers its parser and sets ``func(args) -> int`` as the default.
#: Start-up time: every command line builds all these parsers, so each module
#: imports the library inside ``func``, not at its top; ``--help`` and one
#: subcommand then load only what that subcommand needs.
_COMMANDS: tuple[str, ...] = (
    "argmap.cli.validate",
    "argmap.cli.schema",
    "argmap.cli.check",
    "argmap.cli.report",
    "argmap.cli.render",
    "argmap.cli.convert",
    "argmap.cli.draft",
    "argmap.cli.compare",
    "argmap.cli.worksheet",
    "argmap.cli.slides",
    "argmap.cli.challenges",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise _UsageError(f"{self.prog}: error: {message}")


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (every subcommand registered)."""
    parser = _Parser(
        prog="argmap",
        description="Map, check and draw the reasoning of opinion pieces.",
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    parser.add_argument(
        "--allow-text-dir",
        action="append",
        default=[],
        metavar="DIR",
        help=(
            "let maps read their source.text_file from DIR too (repeatable); by default a "
            "map may only read a text inside its own folder"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _COMMANDS:
        importlib.import_module(name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` and return the exit code."""
    if argv is not None and any("\x00" in a for a in argv):
        # A shell cannot pass one; from Python it would reach the file system.
        print("argmap: an argument contains a NUL character", file=sys.stderr)
        return EXIT_BAD_INPUT
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        print(terminal_text(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_BAD_INPUT
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        _make_output_folder(args)
        with allow_text_from(*args.allow_text_dir), shown_safely():
            code: int = args.func(args)
    except BrokenPipeError:
        return EXIT_BROKEN_PIPE
    except ArgmapError as exc:
        print(f"argmap: {terminal_text(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:  # a file that cannot be read or written: bad input, not a crash
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"argmap: {terminal_text(where + (exc.strerror or str(exc)))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    return code


def _make_output_folder(args: argparse.Namespace) -> None:
    """Create the folder an output path needs (the path itself when it ends with ``/``)."""
    out = getattr(args, "output", None)
    if args.command not in _WRITERS or not isinstance(out, str) or out in ("", "-"):
        return
    folder = Path(out) if out.endswith(("/", os.sep)) else Path(out).parent
    folder.mkdir(parents=True, exist_ok=True)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """Print argmap's own warnings as one plain line, others as Python does."""
    if issubclass(category, ArgmapWarning):
        print(f"argmap: warning: {terminal_text(str(message))}", file=sys.stderr)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def run() -> None:
    """Console-script entry point."""
    warnings.showwarning = _show_warning
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = EXIT_BROKEN_PIPE
    if code == EXIT_BROKEN_PIPE:
        # Nothing more can reach the closed pipe: point standard output at the
        # null device so the interpreter's last flush does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(code)
