"""Rendering: writing the DOT text next to Graphviz laying out the same text.

    python benchmarks/bench_render.py [--quick]

At the sizes people draw (100 to 500 statements, and 1,000), ``to_dot(map)`` is
timed against ``dot -Tsvg`` on the text it wrote, in turns (one call of each per
round, :func:`timing.measure_pair`) and with the same repetitions, so that a slow
spell of the shared machine slows both sides alike. Target: writing the DOT text
takes at most 5% of the time Graphviz needs to lay it out. ``to_mermaid`` is timed
alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from synthetic import make_map  # noqa: E402
from timing import Timing, measure, measure_pair, print_table, row, target  # noqa: E402

from argmap.formats.mermaid import to_mermaid  # noqa: E402
from argmap.rendering.dot import to_dot  # noqa: E402

#: The largest layout timed: Graphviz takes minutes on 10,000 statements.
SIZES = (100, 200, 500, 1_000)


def run(quick: bool = False) -> list[dict[str, Any]]:
    exe = shutil.which("dot")
    rows: list[dict[str, Any]] = []
    repeat = 3 if quick else 9
    for n in SIZES[:3] if quick else SIZES:
        m = make_map(n)
        source = to_dot(m)
        dot_text = partial(to_dot, m)
        layout: Timing | None = None
        if exe is None:
            ours = measure(dot_text, repeat=repeat)
        else:
            # Taken in turns, so that a slow spell of the shared machine slows both.
            draw = partial(
                subprocess.run, [exe, "-Tsvg"], input=source.encode(), capture_output=True,
                check=True,
            )  # fmt: skip
            ours, layout = measure_pair(dot_text, draw, repeat=repeat)
        out = row(
            "to_dot next to Graphviz's layout",
            n,
            ours,
            "to_dot(map): the DOT text (labels wrapped and escaped)",
            table="peer",
            peer="dot -Tsvg",
            peer_work="Graphviz's dot laying out that text and writing SVG; the two are "
            "timed in turns, one call of each per round",
        )
        if layout is None:
            out["note"] = "Graphviz is not installed: no layout to compare with"
        else:
            share = ours.median / layout.median
            out["peer_time"] = layout.as_dict()
            out["share"] = share
            out["note"] = f"writing the text is {share:.1%} of the layout"
            if n <= 500:
                out["target"] = target("at most 5% of Graphviz's layout", share <= 0.05)
        rows.append(out)
        rows.append(
            row(
                "to_mermaid",
                n,
                measure(lambda m=m: to_mermaid(m), repeat=repeat),  # type: ignore[misc]
                "to_mermaid(map): a Mermaid flowchart",
            )
        )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
