"""``argmap slides MAP -o OUT``: a map revealed step by step, the thesis first.

``-o outdir/`` writes ``step-01.svg``, ``step-02.svg`` ... (``--format``
picks svg, png, pdf or dot); ``-o slides.pdf`` writes one page per step
(needs ``pip install 'argmap[slides]'``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    from argmap.rendering.themes import THEMES

    p = sub.add_parser(
        "slides",
        help="reveal a map layer by layer: numbered SVGs or a multi-page PDF",
        description=(
            "Draw MAP one layer at a time (thesis, then reasons, then attacks and "
            "rebuttals) on 16:9 slides; a map too large for one slide is shown as an "
            "overview, then one view per main reason, each revealed in turn. Writing one PDF "
            "(-o slides.pdf) needs the 'slides' extra: pip install 'argmap[slides]'; "
            "numbered files in a folder need nothing more."
        ),
    )
    p.add_argument("path", metavar="MAP", help="the map file")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="a folder, or slides.pdf (needs argmap[slides])",
    )
    p.add_argument("--format", choices=("svg", "png", "pdf", "dot"), default="svg")
    p.add_argument("--theme", choices=sorted(THEMES), default="classroom")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from argmap.formats.io import load
    from argmap.teaching.slides import render_steps

    amap = load(args.path)
    written = render_steps(amap, args.output, format=args.format, theme=args.theme)
    where = args.output if len(written) == 1 else f"{len(written)} files in {args.output}"
    print(f"wrote {where}", file=sys.stderr)
    return 0
