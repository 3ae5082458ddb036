"""Core benchmark: build, validate, save/load YAML and JSON, to_networkx, import time.

    python benchmarks/bench_core.py [--quick]

Targets: 100,000 statements load+validate from JSON in under 2 s; ``import
argmap`` within 1.3x of ``import pydantic``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_map
from timing import best_time, print_table

import argmap
from argmap.formats.native import from_json, from_yaml, to_json, to_yaml
from argmap.model import ArgumentMap


def _time(fn: Callable[[], Any]) -> float:
    return best_time(fn, repeat=1)


def import_time(module: str, runs: int = 7) -> float:
    """Median wall time of ``python -c 'import module'`` minus bare start-up."""

    def once(code: str) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - t

    bare = statistics.median(once("pass") for _ in range(runs))
    return statistics.median(once(f"import {module}") for _ in range(runs)) - bare


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
    for n in sizes:
        m = make_map(n)
        data = m.model_dump()
        rows.append(
            {
                "operation": "build (model_validate)",
                "size": n,
                "argmap_s": _time(lambda: ArgumentMap.model_validate(data)),
            }
        )
        js = to_json(m, indent=None)
        rows.append({"operation": "dump JSON", "size": n, "argmap_s": _time(lambda: to_json(m))})
        rows.append(
            {
                "operation": "load+validate JSON",
                "size": n,
                "argmap_s": _time(lambda: from_json(js)),
                "note": "target < 2 s at 100,000",
            }
        )
        if n <= 10_000 or not quick:
            ys = to_yaml(m)
            rows.append(
                {"operation": "dump YAML", "size": n, "argmap_s": _time(lambda: to_yaml(m))}
            )
            rows.append(
                {
                    "operation": "load+validate YAML",
                    "size": n,
                    "argmap_s": _time(lambda: from_yaml(ys)),
                }
            )
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.json"
            rows.append(
                {
                    "operation": "save JSON (atomic)",
                    "size": n,
                    "argmap_s": _time(lambda: argmap.save(m, path)),
                }
            )
            rows.append(
                {
                    "operation": "load JSON file",
                    "size": n,
                    "argmap_s": _time(lambda: argmap.load(path)),
                }
            )
        rows.append({"operation": "to_networkx", "size": n, "argmap_s": _time(m.to_networkx)})
    t_argmap = import_time("argmap")
    t_pyd = import_time("pydantic")
    rows.append(
        {
            "operation": "import argmap",
            "size": 1,
            "argmap_s": t_argmap,
            "peer": "import pydantic",
            "peer_s": t_pyd,
            "note": "target: within 1.3x of pydantic",
        }
    )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
