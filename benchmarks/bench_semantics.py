"""Acceptability: argmap.evaluate on synthetic maps of 1,000 to 100,000 statements.

    python benchmarks/bench_semantics.py [--quick]

``evaluate`` labels every statement and inference at once and writes each reason
when it is first read; it is timed on a fresh copy of the map (its index built
every run), and with every reason written (``to_dict``). Target: evaluate on
100,000 statements well under 2 s. Each step is also timed alone (as evaluate
runs it, with the garbage collector paused): indexing, the grounded fixpoint, the
reasons. The self table compares evaluate with the same labelling computed the
other way, the map's Dung reduction (:func:`argmap.semantics.to_framework`)
labelled by :func:`argmap.semantics.grounded_labelling`; the two must agree.
Framework semantics on random attack graphs are in ``bench_frameworks``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from synthetic import make_map  # noqa: E402
from timing import Timing, measure, print_table, row, target  # noqa: E402

from argmap._perf import gc_paused  # noqa: E402
from argmap.graph import MapIndex  # noqa: E402
from argmap.semantics import evaluate, grounded_labelling, to_framework  # noqa: E402
from argmap.semantics.bipolar import LABEL_OF, MapGraph, grounded_codes  # noqa: E402
from argmap.semantics.explain import explain  # noqa: E402


def _step(fn: Callable[[], Any], repeat: int) -> Timing:
    """Time one step of evaluate as evaluate runs it: with the collector paused."""
    with gc_paused():
        return measure(fn, repeat=repeat)


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
    for n in sizes:
        m = make_map(n)
        repeat = 3 if n >= 100_000 else 5
        ev = evaluate(m)
        counts = f"{len(ev.stands())} IN, {len(ev.defeated())} OUT, {len(ev.undecided())} UNDEC"
        dung = grounded_labelling(to_framework(m))
        agree = all(dung[ref] is verdict.label for ref, verdict in ev.items())
        fresh = measure(lambda: evaluate(m.model_copy()), repeat=repeat)
        rows.append(
            row(
                "evaluate (grounded labels)",
                n,
                fresh,
                "evaluate(map) on a fresh copy: index built, labels for every id",
                note=f"{counts}; {len(m.inferences):,} inferences",
                goal=target("well under 2 s (under 1 s) at 100,000", fresh.median < 1.0)
                if n == 100_000
                else None,
            )
        )
        rows.append(
            row(
                "evaluate, the same labelling through the Dung reduction",
                n,
                measure(lambda: evaluate(m), repeat=repeat),
                "evaluate(map), index cached",
                table="self",
                peer="grounded_labelling(to_framework(map))",
                peer_time=measure(lambda: grounded_labelling(to_framework(m)), repeat=repeat),
                peer_work="the map reduced to an abstract framework, then labelled",
                note="agree" if agree else "THE LABELS DISAGREE",
            )
        )
        g = MapGraph(m)
        codes = grounded_codes(g)
        titles = {s.id: s.title or s.text for s in m.statements}
        inside = sum(1 for c in codes if LABEL_OF[c].value == "in")
        rows += [
            row(
                "  index (MapGraph)",
                n,
                _step(lambda: MapGraph(MapIndex(m)), repeat),
                "a fresh MapIndex and its MapGraph",
            ),
            row(
                "  grounded fixpoint",
                n,
                _step(lambda: grounded_codes(g), repeat),
                "the labelling loop",
                note=f"{inside:,} nodes IN",
            ),
            row(
                "  reasons (each on first use)",
                n,
                _step(lambda: explain(g, codes, titles), repeat),
                "every reason written",
            ),
            row(
                "evaluate + every reason",
                n,
                measure(lambda: evaluate(m).to_dict(), repeat=repeat),
                "evaluate(map).to_dict(): labels, reasons, JSON-ready dicts for every id",
            ),
            row(
                "evaluate (preferred)",
                n,
                measure(lambda: evaluate(m, semantics="preferred"), repeat=repeat),
                "evaluate(map, semantics='preferred')",
                note="no open conflict in these maps: the grounded answer is final",
            ),
        ]
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
