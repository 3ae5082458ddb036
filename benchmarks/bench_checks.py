"""Checks benchmark: every check on synthetic maps of 1,000 to 100,000 statements.

    python benchmarks/bench_checks.py [--quick]

Target: all checks (teaching checks included) on 100,000 statements in under
2 s. Each check is also timed alone, on a context whose shared indexes are
already built, so a check that stops being linear shows up on its own row.
The graph walks are compared with the networkx queries of :mod:`argmap.graph`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_map
from timing import best_time as _time
from timing import print_table

from argmap._perf import gc_paused
from argmap.checks import CheckContext, all_checks, check
from argmap.graph import support_cycles, unconnected


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
    for n in sizes:
        m = make_map(n)
        repeat = 1 if n >= 100_000 else 3
        default = check(m)
        rows.append(
            {
                "operation": "check (default checks)",
                "size": n,
                "argmap_s": _time(lambda: check(m), repeat),
                "note": f"{len(default):,} findings; target < 2 s at 100,000",
            }
        )
        findings = check(m, select=["all"])
        rows.append(
            {
                "operation": "check (all checks)",
                "size": n,
                "argmap_s": _time(lambda: check(m, select=["all"]), repeat),
                "note": f"{len(findings):,} findings, teaching heuristics included",
            }
        )
        rows.append(
            {
                "operation": "CheckContext (indexes)",
                "size": n,
                "argmap_s": _time(lambda: CheckContext(m), repeat),
            }
        )
        ctx = CheckContext(m)
        _ = ctx.connected, ctx.support_cycles
        with gc_paused():  # as check() runs them
            for info in all_checks():
                rows.append(
                    {
                        "operation": info.code,
                        "size": n,
                        "argmap_s": _time(lambda: (ctx.memo.clear(), info.run(ctx)), repeat),
                    }
                )
        rows.append(
            {
                "operation": "circular: Tarjan in context",
                "size": n,
                "argmap_s": _time(lambda: CheckContext(m).support_cycles, repeat),
                "peer": "graph.support_cycles",
                "peer_s": _time(lambda: support_cycles(m), 1),
            }
        )
        rows.append(
            {
                "operation": "disconnected: BFS in ctx",
                "size": n,
                "argmap_s": _time(lambda: CheckContext(m).connected, repeat),
                "peer": "graph.unconnected",
                "peer_s": _time(lambda: unconnected(m), 1),
            }
        )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
