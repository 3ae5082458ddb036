"""Saving over a map while the process is killed mid-write leaves the old file intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import argmap

# The child saves a large map over the target again and again; it is killed at
# a random moment, most likely in the middle of writing the temporary file.
CHILD = """
import sys
sys.path.insert(0, {bench!r})
from synthetic import make_map
import argmap
m = make_map(20_000)
print("ready", len(m.statements), len(m.inferences), flush=True)
while True:
    argmap.save(m, {target!r})
"""


def test_killed_save_leaves_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "map.json"
    b = argmap.MapBuilder(title="the old map")
    b.thesis("Old thesis")
    old = b.build()
    argmap.save(old, target)
    bench = str(Path(__file__).resolve().parents[2] / "benchmarks")
    code = CHILD.format(bench=bench, target=str(target))
    for delay in (0.05, 0.2, 0.45):
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        ready, *sizes = proc.stdout.readline().split()
        assert ready == "ready"
        new_size = [int(n) for n in sizes]
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        loaded = argmap.load(target)  # never half-written: either the old or a new map
        assert loaded == old or [len(loaded.statements), len(loaded.inferences)] == new_size
        leftovers = [p.name for p in tmp_path.iterdir() if p.name != "map.json"]
        # a temporary file may be left by the kill, but never under the map's name
        assert all(name.startswith(".map.json.") for name in leftovers)
