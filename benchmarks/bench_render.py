"""Rendering benchmark: to_dot and to_mermaid next to Graphviz's own layout of the same DOT.

    python benchmarks/bench_render.py [--quick]

Target: generating the DOT text takes under 10% of the time Graphviz needs
to lay it out (``dot -Tsvg``). Large layouts are capped by a timeout; a
capped run is reported as "over N s", which only strengthens the ratio.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_map
from timing import best_time as _time
from timing import print_table

from argmap.formats.mermaid import to_mermaid
from argmap.rendering.dot import to_dot


def _layout(source: str, timeout: float) -> tuple[float, bool]:
    """Seconds ``dot -Tsvg`` takes on ``source``, and whether it hit ``timeout``."""
    exe = shutil.which("dot")
    if exe is None:
        raise SystemExit("the Graphviz `dot` binary is needed for this benchmark")
    t = time.perf_counter()
    try:
        subprocess.run(
            [exe, "-Tsvg"], input=source.encode(), capture_output=True, timeout=timeout, check=True
        )
    except subprocess.TimeoutExpired:
        return timeout, True
    return time.perf_counter() - t, False


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cap = 30.0 if quick else 300.0
    for n in (1_000, 10_000):
        m = make_map(n)
        source = to_dot(m)
        t_dot = _time(lambda m=m: to_dot(m))  # type: ignore[misc]
        layout, capped = _layout(source, cap)
        share = t_dot / layout
        verdict = "meets" if share < 0.10 else "misses"
        note = f"{share:.1%} of layout ({verdict} <10% target)"
        if capped:
            note = f"layout over {cap:g} s (stopped); DOT is under {share:.2%} of it"
        rows.append(
            {
                "operation": "to_dot",
                "size": n,
                "argmap_s": t_dot,
                "peer": "dot -Tsvg layout",
                "peer_s": layout,
                "note": note,
            }
        )
        rows.append(
            {
                "operation": "to_mermaid",
                "size": n,
                "argmap_s": _time(lambda m=m: to_mermaid(m)),  # type: ignore[misc]
                "peer": None,
                "peer_s": None,
                "note": "",
            }
        )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
