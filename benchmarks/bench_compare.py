"""Time argmap.compare on the GSOMIA student map and on synthetic maps of growing size.

Alignment scores every student-reference pair of statements, so its cost
grows with the square of the map size; this shows where that starts to
matter. The synthetic "student" is the map with every fifth statement's
wording changed and its spans dropped, so both alignment passes run.
There is no peer library for this; ``peer`` is empty.

Run ``python benchmarks/bench_compare.py [--quick]``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from timing import measure, print_table, row  # noqa: E402

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
    """argmap alone: compare has no peer."""
    from synthetic import make_map

    rows: list[dict[str, Any]] = []
    student = argmap.load(ROOT / "examples" / "gsomia_student.yaml")
    reference = argmap.load(ROOT / "examples" / "gsomia.yaml")
    rows.append(
        row(
            "compare gsomia_student",
            len(reference),
            measure(lambda: argmap.compare(student, reference), repeat=5),
            "argmap.compare(student, reference): align, score, feedback",
        )
    )
    for n in (50, 100) if quick else (50, 100, 200, 400):
        ref = make_map(n)
        stud = _student(ref)
        rows.append(
            row(
                "compare synthetic",
                n,
                measure(lambda ref=ref, stud=stud: argmap.compare(stud, ref), repeat=3),
                "argmap.compare(student, reference); every 5th statement reworded, unanchored",
            )
        )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
