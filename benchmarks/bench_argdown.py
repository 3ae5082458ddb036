"""Time argmap's Argdown parser against the Argdown CLI (``argdown json``).

Run ``python benchmarks/bench_argdown.py`` (add ``--quick`` for a short run).

The document is the Argdown that argmap writes for a synthetic map
(``synthetic.make_map``) of 2,000 statements: statements with kinds, data and
spans, relation trees, and arguments with premise-conclusion structures,
including undercuts. Operations timed:

* ``parse``: ``argmap.from_argdown`` (text to a validated map), best of five;
* ``write``: ``argmap.to_argdown``, best of five (no peer).

The peer is the official Argdown command-line tool, ``@argdown/cli``, run as
``argdown json <file> <dir>`` on the same file in the same run. It is found
on ``PATH``, in ``$ARGDOWN_CLI``, or installed with ``npm install
@argdown/cli`` into ``/tmp/argmap-bench-node`` (never into the repository).
Its time is the wall-clock time of the whole command, best of three, which
includes starting Node; the note gives its time on an empty document so the
start-up share can be seen. The peer's JSON is checked to hold as many
statements as the map; when npm or the CLI is unavailable the row says so
and has no figure.

:func:`run` returns rows (dicts with ``operation``, ``size``, ``argmap_s``,
``peer``, ``peer_s`` and ``note``) for ``benchmarks/run.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)  # measure this checkout, installed or not

from synthetic import make_map  # noqa: E402

from argmap.formats.argdown import from_argdown, to_argdown  # noqa: E402

Row = dict[str, Any]
NODE_PREFIX = Path(tempfile.gettempdir()) / "argmap-bench-node"
PEER = "argdown json (@argdown/cli)"


def _best(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def find_cli(*, install: bool = True) -> tuple[str | None, str]:
    """The path of the ``argdown`` command and how it was found (or why not)."""
    env = os.environ.get("ARGDOWN_CLI")
    if env and Path(env).exists():
        return env, "from $ARGDOWN_CLI"
    local = NODE_PREFIX / "node_modules" / ".bin" / "argdown"
    if local.exists():
        return str(local), f"installed in {NODE_PREFIX}"
    on_path = shutil.which("argdown")
    if on_path:
        return on_path, "found on PATH"
    if not install:
        return None, "Argdown CLI not installed"
    npm = shutil.which("npm")
    if npm is None:
        return None, "npm not available, so @argdown/cli could not be installed"
    NODE_PREFIX.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "@argdown/cli"],
            cwd=NODE_PREFIX,
            capture_output=True,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"npm install @argdown/cli failed: {exc}"
    if done.returncode != 0 or not local.exists():
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return None, f"npm install @argdown/cli failed: {last[0]}"
    return str(local), f"installed now in {NODE_PREFIX}"


def _run_cli(cli: str, path: Path, out: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [cli, "json", str(path), str(out)], capture_output=True, text=True, timeout=600
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError((done.stderr or done.stdout).strip()[:300])
    return elapsed


def run(quick: bool = False) -> list[Row]:
    """Time parsing (and writing) a generated 2,000-statement Argdown document."""
    size = 500 if quick else 2_000
    amap = make_map(size, seed=1)
    text = to_argdown(amap)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the document must load back without loss
        assert from_argdown(text) == amap
    repeat = 3 if quick else 5
    parse_s = _best(lambda: from_argdown(text), repeat)
    write_s = _best(lambda: to_argdown(amap), repeat)
    rows: list[Row] = [
        {
            "operation": "write",
            "size": size,
            "argmap_s": write_s,
            "peer": None,
            "peer_s": None,
            "note": f"{len(text.splitlines())} lines",
        }
    ]
    parse_row: Row = {
        "operation": "parse",
        "size": size,
        "argmap_s": parse_s,
        "peer": PEER,
        "peer_s": None,
        "note": "",
    }
    rows.insert(0, parse_row)
    cli, how = find_cli()
    if cli is None:
        parse_row["note"] = f"peer unavailable: {how}"
        return rows
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "bench.argdown"
        doc.write_text(text, encoding="utf-8")
        empty = Path(tmp) / "empty.argdown"
        empty.write_text("[A]: a\n", encoding="utf-8")
        out = Path(tmp) / "out"
        try:
            startup = min(_run_cli(cli, empty, out) for _ in range(2))
            peer_s = min(_run_cli(cli, doc, out) for _ in range(2 if quick else 3))
            exported = json.loads((out / "bench.json").read_text(encoding="utf-8"))
        except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
            parse_row["note"] = f"peer failed: {exc}"
            return rows
    count = len(exported.get("statements", {}))
    parse_row["peer_s"] = peer_s
    parse_row["note"] = (
        f"CLI {how}; its start-up on a one-line document: {startup:.2f}s; "
        f"it found {count} statements (argmap: {len(amap.statements)}); "
        f"argmap is {peer_s / parse_s:.1f}x faster"
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller document")
    args = parser.parse_args(argv)
    rows = run(quick=args.quick)
    print(f"{'operation':<10} {'size':>6} {'argmap_s':>9} {'peer_s':>8}  peer / note")
    for r in rows:
        peer_s = f"{r['peer_s']:.3f}" if r["peer_s"] is not None else "-"
        peer = r["peer"] or ""
        print(f"{r['operation']:<10} {r['size']:>6} {r['argmap_s']:>9.3f} {peer_s:>8}  {peer}")
        if r["note"]:
            print(f"{'':<36}{r['note']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
