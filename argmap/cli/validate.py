"""``argmap validate FILE...``: check that maps load and are well formed.

A map that loads with a warning (its ``source.text_file`` is missing, say)
is valid; the warning is printed to standard error after the map's name.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import Any

from argmap.cli._util import expand_paths, terminal_text
from argmap.errors import ArgmapError, ArgmapWarning

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "validate",
        help="check that map files load and are well formed",
        description="Load each map and report every problem (exit 0 if all are valid, 2 if not).",
    )
    p.add_argument("paths", nargs="+", metavar="FILE", help="map files or directories")
    p.add_argument("--format", help="read every file as this format instead of by suffix")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from argmap.formats.io import load

    bad = 0
    for path in expand_paths(args.paths):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ArgmapWarning)
            try:
                amap = load(path, format=args.format)
            except ArgmapError as exc:
                bad += 1
                print(terminal_text(str(exc)), file=sys.stderr)
                continue
        for w in caught:
            if issubclass(w.category, ArgmapWarning):
                print(f"warning: {terminal_text(str(w.message))}", file=sys.stderr)
            else:  # not ours: let Python show it as usual
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        if not args.quiet:
            n_inf = len(amap.inferences)
            print(
                terminal_text(f"{path}: ok ({len(amap.statements)} statements, {n_inf} inferences)")
            )
    return 2 if bad else 0
