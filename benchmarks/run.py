"""Run every benchmark and print one table.

    python benchmarks/run.py            # full sizes (several minutes)
    python benchmarks/run.py --quick    # smaller sizes, for a quick look
    python benchmarks/run.py --only core,checks --json out.json
    python benchmarks/run.py --install-peers   # install missing peers first

Each ``bench_*.py`` module beside this file exposes ``run(quick=False)``
returning rows with ``operation``, ``size``, ``argmap_s`` and, where a peer
tool does the same job, ``peer`` and ``peer_s``. A peer that could not be
installed or run is reported as such in the ``note`` column, never faked.
The peers found (see ``peers.py``) are listed above the table.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import print_table  # noqa: E402


def modules() -> list[str]:
    """Benchmark modules, in a stable order: ``bench_*.py`` beside this file."""
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def machine() -> str:
    """One line describing the machine the figures come from."""
    import os

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--only", help="comma-separated benchmark names (e.g. core,checks)")
    parser.add_argument("--json", help="also write the rows to this JSON file")
    parser.add_argument(
        "--install-peers", action="store_true", help="install missing peer tools first"
    )
    args = parser.parse_args(argv)
    names = modules()
    if args.only:
        wanted = {f"bench_{n.strip().removeprefix('bench_')}" for n in args.only.split(",")}
        names = [n for n in names if n in wanted]
    print(f"machine: {machine()}")
    from peers import format_status, status

    peer_rows = status(install=args.install_peers)
    print(f"peers:\n{format_status(peer_rows)}\n")
    rows: list[dict[str, Any]] = []
    failed = 0
    for name in names:
        start = time.perf_counter()
        try:
            module = importlib.import_module(name)
            got = module.run(quick=args.quick)
        except Exception:
            failed += 1
            print(f"{name}: failed\n{traceback.format_exc()}", file=sys.stderr)
            rows.append({"benchmark": name.removeprefix("bench_"), "operation": "(failed)"})
            continue
        for row in got:
            row.setdefault("benchmark", name.removeprefix("bench_"))
        rows.extend(got)
        print(f"{name}: {len(got)} rows in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    print_table(rows)
    if args.json:
        doc = {"machine": machine(), "peers": peer_rows, "rows": rows}
        Path(args.json).write_text(json.dumps(doc, indent=2, default=str), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
