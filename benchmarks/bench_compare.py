"""Time argmap.compare on the GSOMIA student map and on synthetic maps of growing size.

Alignment scores every student-reference pair of statements, so its cost
grows with the square of the map size; this shows where that starts to
matter. The synthetic "student" is the map with every fifth statement's
wording changed and its spans dropped, so both alignment passes run.
There is no peer library for this; ``peer`` is empty.

Run ``python benchmarks/bench_compare.py [--quick]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import best_cpu as _time  # noqa: E402

import argmap  # noqa: E402
from argmap.model import ArgumentMap  # noqa: E402


def _student(amap: ArgumentMap) -> ArgumentMap:
    copy = amap.model_copy(deep=True)
    for n, s in enumerate(copy.statements):
        if n % 5 == 0:
            s.text = "In other words, " + s.text.lower()
            s.spans = []
    return copy


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Rows of {operation, size, argmap_s, peer, peer_s, note}."""
    from synthetic import make_map

    rows: list[dict[str, Any]] = []
    student = argmap.load(ROOT / "examples" / "gsomia_student.yaml")
    reference = argmap.load(ROOT / "examples" / "gsomia.yaml")
    secs = _time(lambda: argmap.compare(student, reference), 3 if quick else 10)
    rows.append(
        {
            "operation": "compare gsomia_student",
            "size": len(reference),
            "argmap_s": secs,
            "peer": "",
            "peer_s": None,
            "note": "best of runs, CPU seconds",
        }
    )
    for n in (50, 100) if quick else (50, 100, 200, 400):
        ref = make_map(n)
        stud = _student(ref)
        secs = _time(lambda ref=ref, stud=stud: argmap.compare(stud, ref), 1 if quick else 3)
        rows.append(
            {
                "operation": "compare synthetic",
                "size": n,
                "argmap_s": secs,
                "peer": "",
                "peer_s": None,
                "note": "every 5th statement reworded, unanchored",
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    rows = run(quick=parser.parse_args().quick)
    print(f"{'operation':28} {'size':>6} {'argmap_s':>10}  note")
    for r in rows:
        print(f"{r['operation']:28} {r['size']:>6} {r['argmap_s']:>10.4f}  {r['note']}")


if __name__ == "__main__":
    main()
