"""``argmap render MAP [-o OUT]``: draw a map as SVG, PNG, PDF, DOT, HTML or Mermaid.

The output's suffix picks what is written; without ``-o`` the diagram goes to
MAP's name with ``.svg``. SVG, PNG and PDF need the Graphviz binary; DOT,
Mermaid and (without its diagram) HTML do not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_parser"]

_GRAPHVIZ = (".svg", ".png", ".pdf")
_TEXT = (".dot", ".gv", ".mmd", ".mermaid", ".html", ".htm")


def add_parser(sub: Any) -> None:
    from argmap.rendering.dot import DIRECTIONS
    from argmap.rendering.themes import THEMES

    p = sub.add_parser(
        "render",
        help="draw a map (svg, png, pdf, dot, html, mmd)",
        description=(
            "Draw MAP as a diagram. The suffix of -o picks the output: .svg .png .pdf "
            "(Graphviz), .dot/.gv (Graphviz source), .html (annotated page), .mmd (Mermaid)."
        ),
    )
    p.add_argument("path", metavar="MAP", help="the map file")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: MAP with .svg)")
    p.add_argument("--format", help="read MAP as this format instead of by suffix")
    p.add_argument("--theme", choices=sorted(THEMES), default="classroom")
    p.add_argument(
        "--direction", choices=DIRECTIONS, default="BT", help="BT puts the thesis on top"
    )
    p.add_argument("--width", type=int, default=28, metavar="N", help="wrap texts at N characters")
    p.add_argument("--ids", action="store_true", help="show statement and inference ids")
    p.add_argument("--no-evidence", action="store_true", help="leave evidence out")
    p.add_argument("--focus", metavar="ID", help="draw only ID and its neighbourhood")
    p.add_argument("--depth", type=int, default=2, metavar="N", help="hops around --focus")
    p.add_argument(
        "--highlight", action="extend", nargs="+", default=[], metavar="ID", help="mark statements"
    )
    p.add_argument(
        "--findings", action="store_true", help="mark what the checks flag (badge: ⚠ code)"
    )
    p.add_argument(
        "--labels", action="store_true", help="badge what stands: ✓ IN, ✗ OUT, ? UNDECIDED"
    )
    p.add_argument("--legend", action="store_true", help="add a legend")
    p.add_argument(
        "--fit",
        choices=("screen", "slide", "a4", "letter"),
        help=(
            "lay out for a 1920x1080 screen, a 16:9 slide or an A4/Letter page, splitting a "
            "large map into an overview and a view per main claim (PDF: one real page per "
            "view, needs argmap[pdf]; other formats: further views beside OUT)"
        ),
    )
    p.add_argument("--no-title", action="store_true", help="leave the source's title out")
    p.add_argument("--engine", default="dot", help="Graphviz layout program (dot, sfdp, ...)")
    p.add_argument("--timeout", type=float, default=60, metavar="S", help="Graphviz time limit")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from argmap.cli._util import map_path
    from argmap.errors import FormatError
    from argmap.formats.io import load, write_atomic

    src = map_path(args.path)
    out = Path(args.output) if args.output else src.with_suffix(".svg")
    suffix = out.suffix.lower()
    if suffix not in _GRAPHVIZ + _TEXT:
        known = " ".join(_GRAPHVIZ + _TEXT)
        raise FormatError(
            f"{out}: cannot write {suffix or 'a file without a suffix'!r}; use {known}"
        )
    amap = load(src, format=args.format)
    if args.highlight:
        unknown = [ref for ref in args.highlight if ref not in amap]
        if unknown:
            raise FormatError(f"--highlight: no statement {', '.join(map(repr, unknown))} in {src}")
    shared: dict[str, Any] = {
        "theme": args.theme,
        "direction": args.direction,
        "width": args.width,
        "show_ids": args.ids,
        "hide_evidence": args.no_evidence,
        "focus": args.focus,
        "depth": args.depth,
    }
    if suffix in (".mmd", ".mermaid"):
        from argmap.formats.mermaid import to_mermaid

        write_atomic(out, to_mermaid(amap, **shared))
    else:
        diagram = {
            **shared,
            "highlight": args.highlight or None,
            "findings": args.findings or None,
            "labels": args.labels or None,
            "legend": args.legend,
            "engine": args.engine,
            "timeout": args.timeout,
        }
        if suffix in (".html", ".htm"):
            # The page has its own header; its diagram leaves the title out.
            from argmap.rendering.html import to_html

            write_atomic(out, to_html(amap, **diagram))
        else:
            from argmap.rendering.graphviz_run import render

            if args.fit:
                return _run_fitted(amap, out, args, diagram)
            render(amap, out, title=not args.no_title, **diagram)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _run_fitted(amap: Any, out: Path, args: argparse.Namespace, diagram: dict[str, Any]) -> int:
    from argmap.rendering.graphviz_run import run_graphviz
    from argmap.rendering.pages import write_views

    engine, timeout = diagram.pop("engine"), diagram.pop("timeout")

    def draw(dot: str, fmt: str) -> bytes:
        return run_graphviz(dot, fmt, engine=engine, timeout=timeout)

    written = write_views(amap, out, fit=args.fit, draw=draw, title=not args.no_title, **diagram)
    more = f" and {len(written) - 1} more views beside it" if len(written) > 1 else ""
    print(f"wrote {out}{more}", file=sys.stderr)
    return 0
