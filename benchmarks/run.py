"""Run every benchmark, print one table, and write the run as JSON for ``report.py``.

    python benchmarks/run.py --json run.json        # every benchmark, full sizes
    python benchmarks/report.py run.json            # docs/performance.md from that run
    python benchmarks/run.py --quick                # smaller sizes, for a quick look
    python benchmarks/run.py --only argdown,checks  # some benchmarks only
    python benchmarks/run.py --install-peers        # install missing Python peers first

Each ``bench_*.py`` beside this file exposes ``run(quick=False)`` returning rows
(see ``timing.py``: every side of a comparison measured with ``timing.measure``,
and what work each side does). A peer that could not be installed or run is
reported as such in the row's note, never faked. The JSON holds the machine, the
date, the command, the peers found, the load average before and after, and every
row of this one run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from timing import normalize, print_table  # noqa: E402


def modules() -> list[str]:
    """Benchmark modules, in a stable order: ``bench_*.py`` beside this file."""
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def machine() -> str:
    """One line describing the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def load_average() -> str | None:
    """The 1, 5 and 15 minute load averages, or None where the system has none."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return None


def cpu_times() -> list[int] | None:
    """The machine's processor time so far by state (``/proc/stat``), or None elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            return [int(x) for x in fh.readline().split()[1:9]]
    except (OSError, ValueError):
        return None


def stolen(before: list[int] | None, after: list[int] | None) -> float | None:
    """The share of processor time the hypervisor gave to other machines in between.

    On a shared virtual machine this is time the benchmarks waited for a processor
    without it showing in their own timings: a high share makes a run slower and
    noisier than another.
    """
    if not before or not after or len(before) < 8 or len(after) < 8:
        return None
    total = sum(after) - sum(before)
    return (after[7] - before[7]) / total if total > 0 else None


def commit() -> str | None:
    """The checkout's commit (with ``+`` when it has uncommitted changes), or None."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return None
    return f"{head}{'+' if dirty else ''}" if head else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--only", help="comma-separated benchmark names (e.g. core,checks)")
    parser.add_argument("--json", help="write the run (machine, peers, rows) to this file")
    parser.add_argument(
        "--install-peers", action="store_true", help="install missing Python peers first"
    )
    args = parser.parse_args(argv)
    names = modules()
    if args.only:
        wanted = {f"bench_{n.strip().removeprefix('bench_')}" for n in args.only.split(",")}
        unknown = wanted - set(names)
        if unknown:
            parser.error(f"no such benchmark: {', '.join(sorted(unknown))}")
        names = [n for n in names if n in wanted]
    started = dt.datetime.now().astimezone()
    load_before = load_average()
    times_before = cpu_times()
    print(f"machine: {machine()}\nload average: {load_before}")
    from peers import format_status, status

    peer_rows = status(install=args.install_peers)
    print(f"peers:\n{format_status(peer_rows)}\n")
    rows: list[dict[str, Any]] = []
    failed: list[str] = []
    seconds: dict[str, float] = {}
    for name in names:
        start = time.perf_counter()
        try:
            module = importlib.import_module(name)
            got = module.run(quick=args.quick)
        except Exception:
            failed.append(name)
            print(f"{name}: failed\n{traceback.format_exc()}", file=sys.stderr)
            continue
        benchmark = name.removeprefix("bench_")
        for r in got:
            r.setdefault("benchmark", benchmark)
            rows.append(normalize(r))
        seconds[benchmark] = round(time.perf_counter() - start, 1)
        print(f"{name}: {len(got)} rows in {seconds[benchmark]:.0f} s", file=sys.stderr)
    print_table(rows)
    if args.json:
        command = "python benchmarks/run.py" + (" --quick" if args.quick else "")
        if args.only:
            command += f" --only {args.only}"
        doc = {
            "machine": machine(),
            "started": started.isoformat(timespec="seconds"),
            "finished": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "command": command,
            "commit": commit(),
            "quick": args.quick,
            "load_average": {"before": load_before, "after": load_average()},
            "stolen": stolen(times_before, cpu_times()),
            "peers": peer_rows,
            "seconds": seconds,
            "failed": failed,
            "rows": rows,
        }
        Path(args.json).write_text(json.dumps(doc, indent=1, default=str) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}: make the page with python benchmarks/report.py {args.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
