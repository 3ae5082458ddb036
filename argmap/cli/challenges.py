"""``argmap challenges MAP [-o OUT]``: add the standard critical questions as open questions.

Each piece of evidence (by its type) and each inference (by its scheme)
gets its critical questions as ``question`` statements, unanswered. Without
``-o`` the questions are listed; with it the map with them is written.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from argmap.cli._util import terminal_text, whole_number
from argmap.errors import FormatError

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "challenges",
        help="attach critical questions to evidence and inferences",
        description=(
            "Propose the standard critical questions for MAP's evidence types and "
            "argumentation schemes as open question nodes."
        ),
    )
    p.add_argument("path", metavar="MAP", help="the map file")
    p.add_argument("-o", "--output", metavar="OUT", help="write the map with the questions")
    p.add_argument("--ids", metavar="ID,ID", help="only question these statements/inferences")
    p.add_argument(
        "--limit", type=whole_number(0), metavar="N", help="at most N questions for each"
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from argmap.formats.io import load, save
    from argmap.model import Question
    from argmap.teaching.challenges import challenges

    amap = load(args.path)
    ids = [x for x in args.ids.split(",") if x] if args.ids else None
    try:
        result = challenges(amap, ids=ids, limit=args.limit)
    except KeyError as exc:
        raise FormatError(f"--ids: {exc.args[0]} ({args.path})") from None
    before = {s.id for s in amap.statements}
    added = [s for s in result.statements if s.id not in before and isinstance(s, Question)]
    if args.output:
        # The loaded map's own source object, so the saved text_file still finds the text.
        save(result.model_copy(update={"source": amap.source}), args.output)
        print(f"wrote {args.output} ({len(added)} questions added)", file=sys.stderr)
    else:
        for q in added:
            print(terminal_text(f"{q.id} [{q.cue}] on {q.target}: {q.text}", newlines=False))
    return 0
