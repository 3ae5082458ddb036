"""Checks: the default checks and every check, on synthetic maps of 1,000 to 100,000 statements.

    python benchmarks/bench_checks.py [--quick]

``check`` is timed on a fresh copy of the map each time (``map.model_copy()``),
so the map's index is built in every run, as on a map just loaded. Targets:
every check (teaching heuristics included) on 100,000 statements in under 2 s,
and no worse than linear growth from 10,000 to 100,000 (at most ten times the
time for ten times the statements). Each check is also timed alone at the largest
size, on a context whose index is built, so a check that stops being linear shows
up on its own row. The self table compares two walks of the index with networkx
doing the same on a graph it builds (the way argmap used to do them).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

import networkx as nx  # noqa: E402
from synthetic import make_map  # noqa: E402
from timing import Timing, measure, print_table, row, target  # noqa: E402

from argmap._perf import gc_paused  # noqa: E402
from argmap.checks import CheckContext, all_checks, check  # noqa: E402
from argmap.graph import MapIndex, to_networkx  # noqa: E402


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
    totals: dict[tuple[str, int], Timing] = {}
    for n in sizes:
        m = make_map(n)
        repeat = 3 if n >= 100_000 else 5
        for name, select in (("default", None), ("all", ["all"])):
            found = check(m, select=select)
            timing = measure(lambda s=select: check(m.model_copy(), select=s), repeat=repeat)  # type: ignore[misc]
            totals[(name, n)] = timing
            goal = None
            if name == "all" and n == 100_000:
                goal = target("under 2 s at 100,000 statements", timing.median < 2.0)
            rows.append(
                row(
                    f"check, {name} checks",
                    n,
                    timing,
                    f"check(map{', select=all' if select else ''}) on a fresh copy: the "
                    "map's index built, then every selected check",
                    note=f"{len(found):,} findings",
                    goal=goal,
                )
            )
        rows.append(
            row(
                "MapIndex: by id, into and out of each id",
                n,
                measure(lambda: MapIndex(m).support_into(""), repeat=repeat),
                "MapIndex(map) and its lookups, built afresh",
            )
        )
        rows += _self_rows(m, n, repeat)
        if n == sizes[-1]:
            rows += _each_check(m, n, repeat)
    big, small = sizes[-1], sizes[-2]
    for name in ("default", "all"):
        growth = totals[(name, big)].median / totals[(name, small)].median
        goal = None
        if (small, big) == (10_000, 100_000):  # the target is set on these sizes
            goal = target(f"no worse than linear ({big // small}x)", growth <= big / small)
        rows.append(
            row(
                f"growth of check ({name}), {small:,} to {big:,}",
                big,
                None,
                f"median at {big:,} / median at {small:,} (linear: {big / small:.0f}x)",
                value=round(growth, 1),
                unit="x",
                goal=goal,
            )
        )
    return rows


def _self_rows(m: Any, n: int, repeat: int) -> list[dict[str, Any]]:
    return [
        row(
            "circular support: Kahn, then Tarjan on what is left",
            n,
            measure(lambda: MapIndex(m).support_cycles, repeat=repeat),
            "MapIndex(map).support_cycles: index built, then the walk",
            table="self",
            peer="networkx SCC",
            peer_time=measure(lambda: _nx_support_cycles(m), repeat=repeat),
            peer_work="a networkx DiGraph of the supports, strongly_connected_components",
        ),
        row(
            "reaching the thesis: a walk back over the index",
            n,
            measure(lambda: MapIndex(m).connected, repeat=repeat),
            "MapIndex(map).connected: index built, then the walk",
            table="self",
            peer="networkx ancestors",
            peer_time=measure(lambda: _nx_connected(m), repeat=repeat),
            peer_work="to_networkx(map), then nx.ancestors of each thesis",
        ),
    ]


def _each_check(m: Any, n: int, repeat: int) -> list[dict[str, Any]]:
    ctx = CheckContext(m)
    _ = ctx.connected, ctx.support_cycles
    out = []
    with gc_paused():  # as check() runs them
        for info in all_checks():
            timing = measure(lambda i=info: (ctx.memo.clear(), i.run(ctx)), repeat=repeat)  # type: ignore[misc]
            out.append(
                row(
                    f"  {info.code}",
                    n,
                    timing,
                    "the check alone, on a context whose index is built"
                    + ("" if info.default else " (not a default check)"),
                )
            )
    return out


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
