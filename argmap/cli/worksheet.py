"""``argmap worksheet MAP``: a worksheet with numbered blank boxes and the statements to place.

``-o`` picks the output by suffix: ``.html`` (a print-friendly page with the
diagram and the lettered list), ``.svg``/``.png``/``.pdf`` (the diagram) or
``.md`` (the list and key). The key goes to standard error unless ``--no-key``.
The diagram is laid out for A4 paper unless ``--fit`` says otherwise: split
over pages when it needs them, boxes big enough to write in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from argmap.cli._util import map_path, whole_number
from argmap.errors import FormatError
from argmap.files import write_atomic

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    from argmap.rendering.themes import THEMES

    p = sub.add_parser(
        "worksheet",
        help="make a worksheet: blank numbered boxes, statements listed to place",
        description=(
            "Blank MAP's boxes (all, or --blanks ID,ID for a fill-the-gaps sheet), number "
            "them from the thesis outwards and list the statements shuffled underneath."
        ),
    )
    p.add_argument("path", metavar="MAP", help="the map file")
    p.add_argument(
        "-o", "--output", metavar="OUT", help="worksheet.html (default), .svg .png .pdf or .md"
    )
    p.add_argument("--blanks", default="all", metavar="all|ID,ID", help="boxes to blank")
    p.add_argument("--seed", type=whole_number(0), default=0, metavar="N", help="shuffle seed")
    p.add_argument("--theme", choices=sorted(THEMES), default="classroom")
    p.add_argument("--answer-key", action="store_true", help="add the key to the HTML/Markdown")
    p.add_argument("--no-key", action="store_true", help="do not print the key")
    p.add_argument(
        "--fit",
        choices=("a4", "letter", "none"),
        default="a4",
        help=(
            "paper to lay the diagram out for, split over pages when needed (default a4; "
            "a PDF of several pages needs argmap[pdf]); none: one diagram at natural size"
        ),
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from argmap.formats.io import load
    from argmap.teaching.worksheet import worksheet

    src = map_path(args.path)
    out = Path(args.output) if args.output else src.with_name(src.stem + "-worksheet.html")
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".svg", ".png", ".pdf", ".dot", ".md"):
        raise FormatError(
            f"{out}: cannot write {suffix or 'a file without a suffix'!r}; "
            "use .html .svg .png .pdf .dot or .md"
        )
    amap = load(src)
    blanks: Any = "all" if args.blanks == "all" else [b for b in args.blanks.split(",") if b]
    sheet = worksheet(amap, blanks=blanks, seed=args.seed, theme=args.theme)
    fit = None if args.fit == "none" else args.fit
    more = ""
    if suffix == ".md":
        write_atomic(out, sheet.to_markdown(answer_key=args.answer_key))
    elif suffix in (".html", ".htm"):
        write_atomic(out, sheet.to_html(answer_key=args.answer_key, fit=fit))
    elif fit is not None:
        written = sheet.render_pages(out, fit=fit)
        more = f" and {len(written) - 1} more pages beside it" if len(written) > 1 else ""
    else:
        sheet.render(out)
    print(f"wrote {out}{more}", file=sys.stderr)
    if not args.no_key:
        key = ", ".join(f"{n}:{x}" for n, x in sheet.answers.items())
        print(f"key: {key}", file=sys.stderr)
    return 0
