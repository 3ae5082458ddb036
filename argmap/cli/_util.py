"""Small helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from argmap.errors import FormatError

__all__ = [
    "expand_paths",
    "map_path",
    "seconds",
    "severity_count",
    "shown_safely",
    "terminal_text",
    "whole_number",
]

# Control characters (they move the cursor, recolour or clear a terminal) and
# the bidi overrides and isolates (they reorder what is shown): written as
# visible escapes. Tabs stay; newlines stay unless asked otherwise.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str, *, newlines: bool = True) -> str:
    r"""``text`` safe to print to a terminal: control and bidi characters shown as escapes.

    >>> print(terminal_text("red \x1b[31m and \u202eevil"))
    red \x1b[31m and \u202eevil
    >>> print(terminal_text("two\nlines", newlines=False))
    two\x0alines
    """
    out = _UNSAFE.sub(_visible, text)
    return out if newlines else out.replace("\n", "\\x0a")


class _Shown:
    """A text stream whose writes pass through :func:`terminal_text` first."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


@contextlib.contextmanager
def shown_safely() -> Iterator[None]:
    r"""Inside the block, standard error (and standard output when it is a terminal)
    show control and bidi characters as visible escapes.

    >>> import io, contextlib
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err), shown_safely():
    ...     print("title: \x1b]0;pwned\x07", file=sys.stderr)
    >>> print(err.getvalue(), end="")
    title: \x1b]0;pwned\x07
    """
    out, err = sys.stdout, sys.stderr
    sys.stderr = _Shown(err)
    if _is_terminal(out):
        sys.stdout = _Shown(out)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def map_path(raw: str) -> Path:
    """The map file named on the command line; an empty name is bad input, not a crash.

    >>> map_path("maps/a.yaml").name
    'a.yaml'
    """
    path = Path(raw)
    if not path.name:
        raise FormatError(f"{raw!r} does not name a map file")
    return path


def expand_paths(paths: Iterable[str], *, suffixes: Iterable[str] | None = None) -> Iterator[Path]:
    """Files named on the command line; a directory stands for the maps in it.

    Inside a directory only files whose suffix a readable format claims are
    taken (or those in ``suffixes``), in sorted order, recursively.
    """
    if suffixes is None:
        from argmap.formats.registry import all_suffixes

        wanted = set(all_suffixes(readable=True))
    else:
        wanted = set(suffixes)
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                q
                for q in p.rglob("*")
                if q.is_file()
                and not any(part.startswith(".") for part in q.relative_to(p).parts)
                and "".join(q.suffixes[-1:]).lower() in wanted
            )
            if not found:
                raise FormatError(f"{p}: no map files in this directory")
            yield from found
        else:
            yield p


def severity_count(n: int, severity: str) -> str:
    """``n`` findings of one severity in words.

    >>> severity_count(2, "warning"), severity_count(1, "error"), severity_count(3, "info")
    ('2 warnings', '1 error', '3 info')
    """
    return f"{n} {severity}{'s' if n != 1 and severity != 'info' else ''}"


def whole_number(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse ``type=``: a whole number from ``low`` to ``high`` (inclusive).

    >>> whole_number(8, 500)("28")
    28
    >>> whole_number(8, 500)("7")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: 7 is not a whole number from 8 to 500
    """
    span = f"from {low} to {high}" if high is not None else f"of {low} or more"

    def parse(text: str) -> int:
        stripped = text.strip()
        digits = stripped.lstrip("+-")
        if not digits.isdigit() or not digits.isascii() or len(digits) > 18:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number {span}")
        value = int(stripped)
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"{value} is not a whole number {span}")
        return value

    parse.__name__ = "whole number"  # argparse names the type in its messages
    return parse


_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?", re.ASCII)

#: The longest time limit the command line takes: a day, in seconds.
MAX_SECONDS = 86_400.0


def seconds(text: str) -> float:
    """An argparse ``type=``: a time limit in seconds, above 0 and at most a day.

    >>> seconds("2.5")
    2.5
    >>> seconds("nan")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: 'nan' is not a number of seconds above 0 and up to 86400
    """
    value = float(text) if _DECIMAL.fullmatch(text.strip()) else math.nan
    if not math.isfinite(value) or not 0 < value <= MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not a number of seconds above 0 and up to {MAX_SECONDS:g}"
        )
    return value
