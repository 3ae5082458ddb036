"""argmap's Argdown reader against Argdown's own (argdown-core and the ``argdown`` command).

Run ``python benchmarks/bench_argdown.py`` (add ``--quick`` for a short run).

The document is the Argdown argmap writes for a synthetic map (``synthetic.make_map``)
of 2,000 statements (500 with ``--quick``): statements with kinds, data and relations,
arguments with premise-conclusion structures, undercuts. Two like-for-like rows:

* **warm, in process**: argmap's ``from_argdown(text)`` (parse, then build and validate
  the map) against argdown-core's parser and model builder driven by
  ``argdown_core_warm.js`` in one Node process: the plugins the Argdown command line
  runs for its ``parse-input`` and ``build-model`` steps, and nothing after them. The
  text is in memory on both sides; both get the same warm-up and repetitions.
* **cold process**: ``argmap convert doc.argdown out.json`` against ``argdown json
  doc.argdown outdir``, each a fresh process, timed from start to exit: start-up, read,
  parse, build, write JSON (the Argdown command also builds its map, colours it and
  exports it). The note gives each command's time on a one-line document, so the
  start-up share can be seen.

Node and argdown-core come from ``.cache/node`` (``scripts/setup --test`` installs
them), ``$ARGDOWN_CLI`` or ``PATH``; without them the peer columns say why they are
empty. The peer's statement count is checked against argmap's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)  # measure this checkout, installed or not

from synthetic import make_map  # noqa: E402
from timing import Timing, measure, print_table, row, target  # noqa: E402

from argmap.formats.argdown import from_argdown, to_argdown  # noqa: E402

Row = dict[str, Any]
NODE_MODULES = ROOT / ".cache" / "node" / "node_modules"
WARM_SCRIPT = HERE / "argdown_core_warm.js"
#: Warm rows: V8 compiles hot code after a few runs, so both sides get three untimed
#: runs first (CPython has no such warm-up to do; it costs argmap nothing).
WARM_REPEAT, WARM_WARMUP = 10, 3
COLD_REPEAT, COLD_WARMUP = 5, 1


def find_cli() -> tuple[str | None, str]:
    """The ``argdown`` command and where it was found (or why not)."""
    env = os.environ.get("ARGDOWN_CLI")
    if env and Path(env).exists():
        return env, "from $ARGDOWN_CLI"
    local = NODE_MODULES / ".bin" / "argdown"
    if local.exists():
        return str(local), "in .cache/node"
    on_path = shutil.which("argdown")
    if on_path:
        return on_path, "on PATH"
    return None, "the Argdown CLI is not installed (scripts/setup --test installs it)"


def core_version() -> str | None:
    """argdown-core's version from ``.cache/node``, or None."""
    try:
        meta = json.loads((NODE_MODULES / "@argdown" / "core" / "package.json").read_text())
    except (OSError, ValueError):
        return None
    return str(meta.get("version"))


def warm_core(path: Path, repeat: int, warmup: int) -> tuple[Timing, dict[str, Any]]:
    """argdown-core's parse and model build, timed inside one Node process."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not installed")
    done = subprocess.run(
        [node, str(WARM_SCRIPT), str(path), str(repeat), str(warmup)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError((done.stderr or done.stdout).strip()[-300:])
    got = json.loads(done.stdout)
    return Timing.of(got["times"], warmup=warmup), got


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    if done.returncode != 0:
        raise RuntimeError((done.stderr or done.stdout).strip()[-300:])


def cold(command: list[str], env: dict[str, str] | None = None) -> Timing:
    """Wall-clock time of a whole process, the same repetitions for every command."""
    return measure(lambda: _run(command, env), repeat=COLD_REPEAT, warmup=COLD_WARMUP)


def argmap_command(source: Path, out: Path) -> tuple[list[str], dict[str, str]]:
    """``argmap convert SOURCE OUT`` run from this checkout, as the console script does."""
    code = "import sys; from argmap.cli import run; sys.exit(run())"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return [sys.executable, "-c", code, "convert", str(source), str(out)], env


def run(quick: bool = False) -> list[Row]:
    """The rows: warm in-process and cold-process comparisons, and writing."""
    size = 500 if quick else 2_000
    amap = make_map(size, seed=1)
    text = to_argdown(amap)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the document must load back without loss
        assert from_argdown(text) == amap
    statements = len(amap.statements)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "doc.argdown"
        doc.write_text(text, encoding="utf-8")
        one = Path(tmp) / "one.argdown"
        one.write_text("[A]: a.\n", encoding="utf-8")
        rows.append(_warm_row(text, doc, size, statements))
        rows.append(_cold_row(doc, one, Path(tmp), size))
    rows.append(
        row(
            "write Argdown",
            size,
            measure(lambda: to_argdown(amap)),
            "to_argdown(map): the map as Argdown text",
            note=f"{len(text.splitlines()):,} lines",
        )
    )
    return rows


def _warm_row(text: str, doc: Path, size: int, statements: int) -> Row:
    ours = measure(lambda: from_argdown(text), repeat=WARM_REPEAT, warmup=WARM_WARMUP)
    version = core_version()
    out = row(
        "parse + build the model, warm, in process",
        size,
        ours,
        "from_argdown(text): parse, build and validate the map (pydantic models, "
        "every cross-reference checked)",
        table="peer",
        peer=f"argdown-core {version}" if version else "argdown-core",
        peer_work="ArgdownApplication.run(parse-input, build-model) in one Node process: "
        "the parser and the data, model, explode-arguments and regroup plugins",
        note=f"{WARM_REPEAT} runs after {WARM_WARMUP} untimed ones, on each side",
    )
    try:
        theirs, got = warm_core(doc, WARM_REPEAT, WARM_WARMUP)
    except (RuntimeError, OSError, ValueError, KeyError, subprocess.TimeoutExpired) as exc:
        out["note"] = f"peer not measured: {exc}"
        return out
    out["peer_time"] = theirs.as_dict()
    ratio = theirs.median / ours.median
    out["target"] = target("argmap at least 1.5x argdown-core (medians)", ratio >= 1.5)
    out["note"] += (
        f"; argdown-core found {got['statements']:,} statements (argmap: {statements:,}), "
        f"{got['errors']} parser errors"
    )
    return out


def _cold_row(doc: Path, one: Path, tmp: Path, size: int) -> Row:
    command, env = argmap_command(doc, tmp / "doc.json")
    ours = cold(command, env)
    out = row(
        "convert a file, cold process",
        size,
        ours,
        "argmap convert doc.argdown doc.json: start Python, import, read, parse, build, "
        "validate, write JSON",
        table="peer",
        peer="argdown json (@argdown/cli)",
        peer_work="argdown json doc.argdown DIR: start Node, read, parse, build the model and "
        "the map, colour it, export and write JSON",
        note=f"{COLD_REPEAT} runs after {COLD_WARMUP} untimed one, on each side",
    )
    cli, how = find_cli()
    if cli is None:
        out["note"] = f"peer not measured: {how}"
        return out
    try:
        theirs = cold([cli, "json", str(doc), str(tmp / "out")])
        exported = json.loads((tmp / "out" / "doc.json").read_text(encoding="utf-8"))
        their_start = cold([cli, "json", str(one), str(tmp / "out")])
        our_start = cold(argmap_command(one, tmp / "one.json")[0], env)
    except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
        out["note"] = f"peer not measured: {exc}"
        return out
    out["peer_time"] = theirs.as_dict()
    out["note"] += (
        f"; on a one-line document: argmap {our_start}, argdown {their_start}; "
        f"argdown found {len(exported.get('statements', {})):,} statements; CLI {how}"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller document")
    args = parser.parse_args(argv)
    print_table(run(quick=args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
