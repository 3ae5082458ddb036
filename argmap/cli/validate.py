"""``argmap validate FILE...``: check that maps load and are well formed."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from argmap.cli._util import expand_paths, terminal_text
from argmap.errors import ArgmapError

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
        try:
            amap = load(path, format=args.format)
        except ArgmapError as exc:
            bad += 1
            print(terminal_text(str(exc)), file=sys.stderr)
            continue
        if not args.quiet:
            n_inf = len(amap.inferences)
            print(f"{path}: ok ({len(amap.statements)} statements, {n_inf} inferences)")
    return 2 if bad else 0
