"""Memory: resident size of a process holding a 100,000-statement map.

    python benchmarks/bench_memory.py [--quick]

Each size runs in a fresh subprocess that loads the map from JSON, builds its
networkx graph and runs the checks when they are available, then reports its
peak resident set size. Target: under 1 GB at 100,000 statements.

The peak is the child's own high-water mark (``VmHWM`` in
``/proc/self/status``, which starts afresh at ``exec``). ``ru_maxrss`` is
used only where ``/proc`` is missing: on Linux it carries over the parent's
peak through ``exec``, so a child started by a large benchmark process
would report the parent's size.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
import argmap
t = time.perf_counter()
m = argmap.load({path!r})
g = m.to_networkx()
try:
    findings = argmap.check(m)
except AttributeError:
    findings = []
try:
    status = open("/proc/self/status").read().split("VmHWM:", 1)[1]
    peak_kb = int(status.split()[0])
except (OSError, IndexError, ValueError):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"peak_mb": peak_kb / 1024, "seconds": time.perf_counter() - t,
                   "statements": len(m.statements), "findings": len(findings)}}))
"""


def measure(n: int) -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from synthetic import make_map

    import argmap

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.json"
        argmap.save(make_map(n), path)
        out = subprocess.run(
            [sys.executable, "-c", CHILD.format(here=str(HERE), path=str(path))],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return dict(json.loads(out))


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows = []
    for n in (10_000,) if quick else (10_000, 100_000):
        got = measure(n)
        rows.append(
            {
                "operation": "peak RSS: load + graph + checks",
                "size": n,
                "argmap_s": got["seconds"],
                "note": f"{got['peak_mb']:.0f} MB resident (target < 1024 MB at 100,000)",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row['size']:>8,}  {row['argmap_s']:.2f} s  {row['note']}")
