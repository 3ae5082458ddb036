"""``argmap render MAP [-o OUT]``: draw a map as SVG, PNG, PDF, DOT, HTML or Mermaid.

The output's suffix picks what is written, from the same format registry as
:func:`argmap.render` and :func:`argmap.save`; without ``-o`` the diagram goes
to MAP's name with ``.svg``. SVG, PNG and PDF need the Graphviz binary; DOT,
Mermaid and (without its diagram) HTML do not. The file MAP is never
replaced: an output that names it is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from argmap.cli._util import map_path, seconds, whole_number
from argmap.errors import FormatError

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    from argmap.formats.registry import FORMATS, all_suffixes
    from argmap.rendering.dot import DIRECTIONS
    from argmap.rendering.themes import THEMES

    drawings = [f for f in FORMATS if f.drawing]
    graphviz = ", ".join(f.name.upper() for f in FORMATS if f.needs_graphviz)
    p = sub.add_parser(
        "render",
        help=f"draw a map ({', '.join(f.suffixes[0].lstrip('.') for f in drawings)})",
        description=(
            "Draw MAP as a diagram, or write it in any other format argmap writes. The suffix "
            f"of -o picks the output: {' '.join(all_suffixes(writable=True))}. {graphviz} need "
            "the Graphviz binary; .html is the annotated editorial, .mmd a Mermaid flowchart, "
            ".dot the Graphviz source. OUT may not be MAP itself."
        ),
    )
    p.add_argument("path", metavar="MAP", help="the map file")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: MAP with .svg)")
    p.add_argument("--format", help="read MAP as this format instead of by suffix")
    p.add_argument("--theme", choices=sorted(THEMES), default="classroom")
    p.add_argument(
        "--direction", choices=DIRECTIONS, default="BT", help="BT puts the thesis on top"
    )
    p.add_argument(
        "--width",
        type=whole_number(8, 10_000),
        default=28,
        metavar="N",
        help="wrap texts at N characters (8 to 10000)",
    )
    p.add_argument("--ids", action="store_true", help="show statement and inference ids")
    p.add_argument("--no-evidence", action="store_true", help="leave evidence out")
    p.add_argument("--focus", metavar="ID", help="draw only ID and its neighbourhood")
    p.add_argument(
        "--depth", type=whole_number(0), default=2, metavar="N", help="hops around --focus"
    )
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
    p.add_argument(
        "--timeout",
        type=seconds,
        default=60,
        metavar="S",
        help="Graphviz time limit in seconds (above 0, at most a day)",
    )
    p.set_defaults(func=_run)


def _options(args: argparse.Namespace, drawing: str) -> dict[str, Any]:
    """The drawing options of the command line that a writer of ``drawing`` takes."""
    if not drawing:
        return {}
    options: dict[str, Any] = {
        "theme": args.theme,
        "direction": args.direction,
        "width": args.width,
        "show_ids": args.ids,
        "hide_evidence": args.no_evidence,
        "focus": args.focus,
        "depth": args.depth,
    }
    if drawing == "flowchart":
        return options
    options.update(
        highlight=args.highlight or None,
        findings=args.findings or None,
        labels=args.labels or None,
        legend=args.legend,
    )
    if drawing in ("dot", "graphviz"):
        # The page has its own header; its diagram leaves the title out.
        options["title"] = not args.no_title
    if drawing in ("graphviz", "page"):
        options.update(engine=args.engine, timeout=args.timeout)
    return options


def _run(args: argparse.Namespace) -> int:
    from argmap.formats.io import load, render
    from argmap.formats.registry import format_for_path

    src = map_path(args.path)
    out = Path(args.output) if args.output else src.with_suffix(".svg")
    fmt = format_for_path(out)
    if out.resolve() == src.resolve():
        raise FormatError(
            f"{out}: this is the map being drawn; writing {fmt.name} there would replace it; "
            "name another output with -o"
        )
    amap = load(src, format=args.format)
    if args.highlight:
        unknown = [ref for ref in args.highlight if ref not in amap]
        if unknown:
            raise FormatError(f"--highlight: no statement {', '.join(map(repr, unknown))} in {src}")
    options = _options(args, fmt.drawing)
    if args.fit:
        if fmt.drawing != "graphviz":
            raise FormatError(f"{out}: --fit lays out a Graphviz drawing: write .svg, .png or .pdf")
        options.pop("title", None)
        return _run_fitted(amap, out, args, options)
    render(amap, out, **options)
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
