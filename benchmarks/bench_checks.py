"""Checks benchmark: every check on synthetic maps of 1,000 to 100,000 statements.

    python benchmarks/bench_checks.py [--quick]

Target: all checks (teaching checks included) on 100,000 statements in under
2 s. The map's index is cached, so ``check`` is timed twice: again on the
same map (index ready) and on a fresh copy of it (index built). Each check
is also timed alone, on a context whose index is already built, so a check
that stops being linear shows up on its own row. The index's walks are
compared with networkx doing the same on a graph it builds.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import networkx as nx
from synthetic import make_map
from timing import best_time as _time
from timing import print_table

from argmap._perf import gc_paused
from argmap.checks import CheckContext, all_checks, check
from argmap.graph import MapIndex, to_networkx


def _nx_support_cycles(m: Any) -> list[set[str]]:
    h = nx.DiGraph()
    for inf in m.inferences:
        if inf.polarity == "support":
            h.add_edges_from((p, inf.conclusion) for p in inf.premises)
    return [c for c in nx.strongly_connected_components(h) if len(c) > 1]


def _nx_connected(m: Any) -> set[str]:
    g = to_networkx(m)
    theses = [s.id for s in m.statements if s.kind == "thesis"]
    return set(theses).union(*(nx.ancestors(g, t) for t in theses))


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
                "operation": "check (default, new map)",
                "size": n,
                "argmap_s": _time(lambda: check(m.model_copy()), repeat),
                "note": "a copy each time: the map's index is built, not reused",
            }
        )
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
                "operation": "check (all, new map)",
                "size": n,
                "argmap_s": _time(lambda: check(m.model_copy(), select=["all"]), repeat),
            }
        )
        rows.append(
            {
                "operation": "MapIndex (lookups)",
                "size": n,
                "argmap_s": _time(lambda: MapIndex(m).support_into(""), repeat),
                "note": "built afresh: by id, into and out of each id",
            }
        )
        rows.append(
            {
                "operation": "MapIndex.of (cached)",
                "size": n,
                "argmap_s": _time(lambda: MapIndex.of(m), repeat),
                "note": "checking that the map is unchanged",
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
                "operation": "circular: Kahn+Tarjan in index",
                "size": n,
                "argmap_s": _time(lambda: MapIndex(m).support_cycles, repeat),
                "peer": "networkx SCC",
                "peer_s": _time(lambda: _nx_support_cycles(m), repeat),
                "note": "both build their graph from the map",
            }
        )
        rows.append(
            {
                "operation": "disconnected: BFS in index",
                "size": n,
                "argmap_s": _time(lambda: MapIndex(m).connected, repeat),
                "peer": "networkx ancestors",
                "peer_s": _time(lambda: _nx_connected(m), repeat),
                "note": "both build their graph from the map",
            }
        )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
