"""Acceptability benchmark: argmap.evaluate on synthetic maps of 1,000 to 100,000 statements.

    python benchmarks/bench_semantics.py [--quick]

Target: evaluate on 100,000 statements well under 2 s. evaluate labels every
statement and inference at once and writes each reason when it is first
read, so a second row times labels plus every reason (``to_dict``). Each
step is also timed alone (as evaluate runs it, with the garbage collector
paused), so a step that stops being linear shows up on its own row:
indexing the map (a fresh ``MapIndex`` and its ``MapGraph``), the grounded
fixpoint, the reasons. The map's index is cached, so evaluate is also timed
on a fresh copy of the map each time (index built, not reused). The
peer is the same labelling computed the other way: the map's Dung
reduction (:func:`argmap.semantics.to_framework`) labelled by
:func:`argmap.semantics.grounded_labelling`; the two must agree. Framework
semantics on random attack graphs are timed by ``bench_frameworks.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_map
from timing import best_cpu as _cpu
from timing import best_time as _time

from argmap._perf import gc_paused
from argmap.graph import MapIndex
from argmap.semantics import evaluate, grounded_labelling, to_framework
from argmap.semantics.bipolar import LABEL_OF, MapGraph, grounded_codes
from argmap.semantics.explain import explain


def _step(fn: Callable[[], Any], repeat: int) -> float:
    """Time one step of evaluate as evaluate runs it: with the collector paused."""
    with gc_paused():
        return _time(fn, repeat)


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
    for n in sizes:
        m = make_map(n)
        repeat = 3
        ev = evaluate(m)
        counts = f"{len(ev.stands())} IN, {len(ev.defeated())} OUT, {len(ev.undecided())} UNDEC"
        af = to_framework(m)
        dung = grounded_labelling(af)
        agree = all(dung[ref] is verdict.label for ref, verdict in ev.items())
        rows.append(
            {
                "operation": "evaluate (grounded labels)",
                "size": n,
                "argmap_s": _time(lambda: evaluate(m), repeat),
                "peer": "grounded_labelling(to_framework)",
                "peer_s": _time(lambda: grounded_labelling(to_framework(m)), repeat),
                "note": f"{counts}; {len(m.inferences):,} inferences; "
                f"{'agree' if agree else 'DISAGREE'}; cpu {_cpu(lambda: evaluate(m)):.3f} s; "
                "target < 2 s at 100,000",
            }
        )
        rows.append(
            {
                "operation": "evaluate (new map)",
                "size": n,
                "argmap_s": _time(lambda: evaluate(m.model_copy()), repeat),
                "note": "a copy each time: the map's index is built, not reused",
            }
        )
        g = MapGraph(m)
        codes = grounded_codes(g)
        titles = {s.id: s.title or s.text for s in m.statements}
        rows.append(
            {
                "operation": "  index (MapGraph)",
                "size": n,
                "argmap_s": _step(lambda: MapGraph(MapIndex(m)), repeat),
            }
        )
        rows.append(
            {
                "operation": "  grounded fixpoint",
                "size": n,
                "argmap_s": _step(lambda: grounded_codes(g), repeat),
                "note": f"{sum(1 for c in codes if LABEL_OF[c].value == 'in'):,} nodes IN",
            }
        )
        rows.append(
            {
                "operation": "  reasons (each on first use)",
                "size": n,
                "argmap_s": _step(lambda: explain(g, codes, titles), repeat),
            }
        )
        rows.append(
            {
                "operation": "evaluate + every reason",
                "size": n,
                "argmap_s": _time(lambda: evaluate(m).to_dict(), repeat),
                "note": f"cpu {_cpu(lambda: evaluate(m).to_dict()):.3f} s; "
                "labels, reasons and JSON-ready dicts for every id",
            }
        )
        rows.append(
            {
                "operation": "evaluate (preferred)",
                "size": n,
                "argmap_s": _time(lambda: evaluate(m, semantics="preferred"), repeat),
                "note": "no open conflict in these maps: the grounded answer is final",
            }
        )
        rows.append(
            {
                "operation": "to_framework (reduction)",
                "size": n,
                "argmap_s": _time(lambda: to_framework(m), repeat),
                "note": f"{len(af.arguments):,} arguments, {len(af.attacks):,} attacks",
            }
        )
    return rows


def _main() -> None:
    quick = "--quick" in sys.argv
    rows = run(quick=quick)
    print(f"{'operation':<28} {'size':>8} {'argmap s':>9} {'peer s':>9}  note")
    for r in rows:
        peer = f"{r['peer_s']:9.4f}" if r.get("peer_s") is not None else " " * 9
        print(
            f"{r['operation']:<28} {r['size']:>8,} {r['argmap_s']:9.4f} {peer}  {r.get('note', '')}"
        )


if __name__ == "__main__":
    _main()
