"""``argmap compare STUDENT REFERENCE``: grade a student's map against a reference map.

Prints the score and one feedback line per point (``--format text``) or the
whole comparison as JSON; ``-o diff.svg`` also draws the comparison.
Exit 0 whatever the score; 2 when a map cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from argmap.cli._util import terminal_text

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    from argmap.rendering.themes import THEMES

    p = sub.add_parser(
        "compare",
        help="compare a student's map with a reference map: score and feedback",
        description=(
            "Pair STUDENT's statements with REFERENCE's (by overlapping spans, then by "
            "wording), score the match and explain each difference in a plain sentence."
        ),
    )
    p.add_argument("student", metavar="STUDENT", help="the student's map")
    p.add_argument("reference", metavar="REFERENCE", help="the reference map")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument(
        "-o", "--output", metavar="DIFF", help="also draw the comparison (.svg .png .pdf .dot)"
    )
    p.add_argument("--theme", choices=sorted(THEMES), default="classroom")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from argmap.formats.io import load
    from argmap.teaching.compare import compare

    student = load(args.student)
    reference = load(args.reference)
    result = compare(student, reference)
    if args.output:
        from argmap.teaching.diagram import render_comparison

        render_comparison(result, args.output, theme=args.theme)
        print(f"wrote {args.output}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(terminal_text(_text(result)))
    return 0


def _thesis(right: bool | None) -> str:
    return "n/a" if right is None else "right" if right else "wrong"


def _text(result: Any) -> str:
    sc = result.scores

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.0%}"

    lines = [
        f"Score: {result.score:.0%}",
        f"  statements found {pct(sc.statements_found)}, kept {pct(sc.statements_precision)}, "
        f"kinds {pct(sc.kinds_agreeing)}, thesis {_thesis(sc.thesis_right)}",
        f"  links found {pct(sc.links_found)}, kept {pct(sc.links_precision)}, "
        f"polarity {pct(sc.polarity_agreeing)}, linked/convergent {pct(sc.structure_agreeing)}, "
        f"speakers {pct(sc.attributions_right)}",
        "",
        *(f"- {line}" for line in result.feedback),
    ]
    return "\n".join(lines)
