"""Memory: the peak resident size of the whole pipeline on a map of 10,000 and 100,000 statements.

    python benchmarks/bench_memory.py [--quick]

Each size runs in a fresh process that does what a script processing a large map
does, keeping every result: ``argmap.load`` of the map as YAML, ``to_networkx``,
``check(select=["all"])``, ``evaluate`` and ``to_dot``. The figure is the
process's own high-water mark (``VmHWM`` in ``/proc/self/status``, which starts
afresh at ``exec``; ``ru_maxrss`` carries over the parent's peak through ``exec``
on Linux, so it is used only where ``/proc`` is missing), with the peak after each
step. Target: under 1 GB at 100,000 statements. The time column is the pipeline's
wall-clock time in that one process (one run: the figure of the row is memory).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from timing import print_table, row, target  # noqa: E402

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})

def peak_mb():
    try:
        status = open("/proc/self/status").read().split("VmHWM:", 1)[1]
        return int(status.split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

import argmap
from argmap.rendering.dot import to_dot
steps = {{}}
t = time.perf_counter()
m = argmap.load({path!r}); steps["load"] = peak_mb()
g = m.to_networkx(); steps["to_networkx"] = peak_mb()
findings = argmap.check(m, select=["all"]); steps["check all"] = peak_mb()
labels = argmap.evaluate(m); steps["evaluate"] = peak_mb()
dot = to_dot(m); steps["to_dot"] = peak_mb()
print(json.dumps({{"steps": steps, "seconds": time.perf_counter() - t,
                   "statements": len(m.statements), "findings": len(findings),
                   "dot_chars": len(dot)}}))
"""

PIPELINE = "argmap.load(YAML), to_networkx, check(select=all), evaluate, to_dot: every result kept"


def measure_pipeline(n: int) -> dict[str, Any]:
    """The child's report for a map of ``n`` statements saved as YAML."""
    from synthetic import make_map

    import argmap

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.yaml"
        argmap.save(make_map(n), path)
        out = subprocess.run(
            [sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return dict(json.loads(out))


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows = []
    for n in (10_000,) if quick else (10_000, 100_000):
        got = measure_pipeline(n)
        steps = got["steps"]
        peak = max(steps.values())
        rows.append(
            row(
                "peak resident memory of the pipeline",
                n,
                None,
                PIPELINE,
                value=round(peak),
                unit="MB",
                note="peak after each step: "
                + ", ".join(f"{k} {v:.0f}" for k, v in steps.items())
                + f" MB; {got['seconds']:.1f} s in one run",
                goal=target("under 1 GB (1,024 MB) at 100,000 statements", peak < 1024)
                if n == 100_000
                else None,
            )
        )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
