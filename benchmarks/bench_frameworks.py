"""Time argmap's abstract-argumentation semantics against peer libraries.

Run ``python benchmarks/bench_frameworks.py`` (add ``--quick`` for a short run).

Frameworks are random: ``n`` arguments and ``2n`` distinct attacks drawn
uniformly (self-attacks allowed), from fixed seeds. Operations timed:

* ``build``: constructing the framework object from names and pairs;
* ``grounded``: the grounded extension of a freshly built framework (so any
  index a library builds on first use is included);
* ``preferred`` and ``stable``: every extension, summed over five frameworks
  of each size.

Every library, argmap included, runs each framework in a fresh subprocess
with a time limit, so all start from the same state and a slow or hanging
peer cannot stall the run. Times are CPU seconds of that process (so other
load on the machine does not skew the comparison), best of up to five runs.
Peers: ``formal-argumentation`` (its public
``grounded_extension`` / ``preferred_extensions`` / ``stable_extensions``, and
its SCC-recursive ``scc_extensions``) and ``python-argumentation`` (PyArg).
Every peer answer is compared with argmap's; a peer that is not installed,
gives up, fails or times out is reported as such, never given a figure.

:func:`run` returns the rows (dicts with ``operation``, ``size``,
``argmap_s``, ``peer``, ``peer_s``, ``agree`` and ``note``) for other scripts.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # measure this checkout, installed or not

from argmap.semantics.frameworks import Framework, grounded, preferred, stable  # noqa: E402

Row = dict[str, Any]
Pairs = list[tuple[str, str]]

DEFAULT_SIZES: dict[str, tuple[int, ...]] = {
    "grounded": (1_000, 10_000, 100_000),
    "preferred": (10, 20, 30, 40),
    "stable": (10, 20, 30, 40),
}
QUICK_SIZES: dict[str, tuple[int, ...]] = {
    "grounded": (1_000, 10_000),
    "preferred": (10, 20),
    "stable": (10, 20),
}
SAMPLES = 5  # frameworks per size for preferred and stable
REPEATS = 5  # best of this many runs (fewer when one run is slow)

# peer name -> (module that must import, distribution name for its version)
PEERS: dict[str, tuple[str, str]] = {
    "formal-argumentation": ("argumentation", "formal-argumentation"),
    "formal-argumentation scc": ("argumentation", "formal-argumentation"),
    "PyArg": ("py_arg", "python-argumentation"),
}
# operations each peer offers
PEER_OPERATIONS: dict[str, tuple[str, ...]] = {
    "formal-argumentation": ("build", "grounded", "preferred", "stable"),
    "formal-argumentation scc": ("preferred", "stable"),
    "PyArg": ("build", "grounded", "preferred", "stable"),
}


def random_framework(size: int, seed: int) -> tuple[list[str], Pairs]:
    """``size`` argument names and ``2 * size`` distinct random attacks."""
    rng = random.Random(f"{size}/{seed}")
    names = [f"a{i}" for i in range(size)]
    wanted = min(2 * size, size * size)
    attacks: set[tuple[str, str]] = set()
    while len(attacks) < wanted:
        attacks.add((names[rng.randrange(size)], names[rng.randrange(size)]))
    return names, sorted(attacks)


def canonical(operation: str, answer: Any) -> Any:
    """A comparable form of an answer: sorted names, or sorted sorted-name lists."""
    if operation == "build":
        return None
    if operation == "grounded":
        return sorted(answer)
    return sorted(sorted(extension) for extension in answer)


def best_time(
    build: Callable[[], Any], operation: Callable[[Any], Any], repeats: int = REPEATS
) -> tuple[float, float, Any]:
    """Best build time, best operation time and the answer, over ``repeats`` fresh builds."""
    best_build = best_op = float("inf")
    answer: Any = None
    spent = 0.0
    for _ in range(repeats):
        start = time.process_time()
        framework = build()
        built = time.process_time()
        answer = operation(framework)
        done = time.process_time()
        best_build = min(best_build, built - start)
        best_op = min(best_op, done - built)
        spent += done - start
        if spent > 2.0:
            break
    return best_build, best_op, answer


# --- each library, in a subprocess per framework ----------------------------------------------

ARGMAP_OPERATIONS: dict[str, Callable[[Framework], Any]] = {
    "build": lambda af: None,
    "grounded": grounded,
    "preferred": preferred,
    "stable": stable,
}


def peer_functions(peer: str, operation: str) -> tuple[Callable[..., Any], Callable[[Any], Any]]:
    """A library's build function (names, pairs) and operation, answers as names."""
    if peer == "argmap":
        return Framework, ARGMAP_OPERATIONS[operation]
    if peer.startswith("formal-argumentation"):
        from argumentation.core import dung
        from argumentation.core.scc_recursive import scc_extensions

        def build_fa(names: list[str], pairs: frozenset[tuple[str, str]]) -> Any:
            return dung.ArgumentationFramework(arguments=frozenset(names), defeats=pairs)

        fa_ops: dict[str, Callable[[Any], Any]] = {
            "build": lambda af: None,
            "grounded": dung.grounded_extension,
            "preferred": dung.preferred_extensions,
            "stable": dung.stable_extensions,
        }
        if peer.endswith("scc"):
            return build_fa, lambda af: scc_extensions(af, operation)
        return build_fa, fa_ops[operation]
    if peer == "PyArg":

        def load(module: str, name: str) -> Any:
            return getattr(importlib.import_module(f"py_arg.{module}"), name)

        framework_class = load(
            "abstract_argumentation_classes.abstract_argumentation_framework",
            "AbstractArgumentationFramework",
        )
        argument_class = load("abstract_argumentation_classes.argument", "Argument")
        defeat_class = load("abstract_argumentation_classes.defeat", "Defeat")
        semantics = "algorithms.semantics"
        get_grounded = load(f"{semantics}.get_grounded_extension", "get_grounded_extension")
        get_preferred = load(f"{semantics}.get_preferred_extensions", "get_preferred_extensions")
        get_stable = load(f"{semantics}.get_stable_extensions", "get_stable_extensions")

        def build_pyarg(names: list[str], pairs: frozenset[tuple[str, str]]) -> Any:
            objects = {name: argument_class(name) for name in names}
            defeats = [defeat_class(objects[a], objects[b]) for a, b in pairs]
            return framework_class("bench", list(objects.values()), defeats)

        def names_of(extension: Any) -> list[str]:
            return [argument.name for argument in extension]

        pyarg_ops: dict[str, Callable[[Any], Any]] = {
            "build": lambda af: None,
            "grounded": lambda af: names_of(get_grounded(af)),
            "preferred": lambda af: [names_of(e) for e in get_preferred(af)],
            "stable": lambda af: [names_of(e) for e in get_stable(af)],
        }
        return build_pyarg, pyarg_ops[operation]
    raise ValueError(f"unknown peer {peer!r}")


def worker(peer: str, operation: str) -> None:
    """Subprocess entry point: read a framework as JSON on stdin, answer on stdout."""
    job = json.load(sys.stdin)
    names = job["names"]
    pairs = frozenset((a, b) for a, b in job["attacks"])
    try:
        build, run_op = peer_functions(peer, operation)
        build_s, op_s, answer = best_time(lambda: build(names, pairs), run_op)
        reply = {"build_s": build_s, "op_s": op_s, "answer": canonical(operation, answer)}
    except Exception as error:  # report the peer's failure, whatever it is
        reply = {"error": f"gave up: {type(error).__name__}: {str(error)[:60]}"}
    json.dump(reply, sys.stdout)


def time_peer(
    peer: str, operation: str, names: list[str], attacks: Pairs, timeout: float | None
) -> dict[str, Any]:
    """Run one framework through ``peer`` in a subprocess; a dict with times or an error."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", peer, operation]
    job = json.dumps({"names": names, "attacks": attacks})
    try:
        done = subprocess.run(
            command, input=job, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout or 0:g} s"}
    if done.returncode != 0 or not done.stdout.strip():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"crashed: {last[:80]}"}
    reply: dict[str, Any] = json.loads(done.stdout)
    return reply


def available_peers() -> dict[str, str | None]:
    """Peer name -> version string, or None when it is not installed."""
    found: dict[str, str | None] = {}
    for peer, (module, distribution) in PEERS.items():
        try:
            found[peer] = version(distribution) if importlib.util.find_spec(module) else None
        except PackageNotFoundError:
            found[peer] = None
    return found


# --- the run ---------------------------------------------------------------------------------


def run(
    sizes: Mapping[str, Sequence[int]] | None = None,
    quick: bool = False,
    *,
    timeout: float | None = None,
    peers: Sequence[str] | None = None,
    progress: bool = False,
) -> list[Row]:
    """Time every operation at every size, for argmap and each peer.

    Parameters
    ----------
    sizes
        Operation (``grounded``, ``preferred``, ``stable``) -> framework
        sizes; ``build`` is timed at the ``grounded`` sizes. Defaults to
        :data:`DEFAULT_SIZES`, or :data:`QUICK_SIZES` when ``quick``.
    quick
        Smaller sizes and a shorter time limit.
    timeout
        Seconds a peer may spend on one framework (default 60, quick 10).
    peers
        Which peers to compare (default: all of :data:`PEERS`).
    progress
        Print each row to stderr as it is measured.

    Returns
    -------
    list of dict
        One row per operation, size and peer: ``operation``, ``size``,
        ``argmap_s``, ``peer``, ``peer_s`` (None when the peer has no figure),
        ``agree`` (None when not compared) and ``note``.
    """
    plan = dict(sizes if sizes is not None else (QUICK_SIZES if quick else DEFAULT_SIZES))
    if "grounded" in plan and "build" not in plan:
        plan = {"build": plan["grounded"], **plan}
    limit = timeout if timeout is not None else (10.0 if quick else 60.0)
    installed = available_peers()
    chosen = list(peers) if peers is not None else list(PEERS)
    rows: list[Row] = []
    for operation, operation_sizes in plan.items():
        gave_up: dict[str, str] = {}  # peer -> timeout that stops it at larger sizes
        for size in operation_sizes:
            samples = 1 if operation in ("build", "grounded") else SAMPLES
            frameworks = [random_framework(size, seed) for seed in range(samples)]
            argmap_s = 0.0
            answers = []
            for names, attacks in frameworks:
                reply = time_peer("argmap", operation, names, attacks, None)
                if "error" in reply:
                    raise RuntimeError(f"argmap failed on {operation} at {size}: {reply['error']}")
                argmap_s += reply["build_s"] if operation == "build" else reply["op_s"]
                answers.append(reply["answer"])
            for peer in chosen:
                if operation not in PEER_OPERATIONS.get(peer, ()):
                    continue
                row: Row = {
                    "operation": operation,
                    "size": size,
                    "argmap_s": argmap_s,
                    "peer": peer,
                    "peer_s": None,
                    "agree": None,
                    "note": "",
                }
                rows.append(row)
                if installed.get(peer) is None:
                    row["note"] = "not installed"
                elif peer in gave_up:
                    row["note"] = f"not run: {gave_up[peer]} at a smaller size"
                else:
                    _compare(row, peer, operation, frameworks, answers, limit)
                    if row["note"].startswith("timed out"):
                        gave_up[peer] = row["note"]
                if progress:
                    print(_format_row(row), file=sys.stderr, flush=True)
    return rows


def _compare(
    row: Row,
    peer: str,
    operation: str,
    frameworks: list[tuple[list[str], Pairs]],
    answers: list[Any],
    limit: float,
) -> None:
    """Fill ``row`` with the peer's total time and whether it agreed with argmap."""
    total = 0.0
    agree = True
    for (names, attacks), expected in zip(frameworks, answers, strict=True):
        reply = time_peer(peer, operation, names, attacks, limit)
        if "error" in reply:
            row["note"] = reply["error"]
            return
        total += reply["build_s"] if operation == "build" else reply["op_s"]
        agree = agree and reply["answer"] == expected
    row["peer_s"] = total
    if operation != "build":
        row["agree"] = agree
        if not agree:
            row["note"] = "DIFFERENT ANSWERS"


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def _format_row(row: Row) -> str:
    ratio = ""
    if row["peer_s"] is not None and row["argmap_s"] > 0:
        ratio = f"{row['peer_s'] / row['argmap_s']:.1f}x"
    agree = {True: "yes", False: "NO", None: "-"}[row["agree"]]
    return (
        f"| {row['operation']:<9} | {row['size']:>7,} | {_seconds(row['argmap_s']):>9} "
        f"| {row['peer']:<24} | {_seconds(row['peer_s']):>9} | {ratio:>8} | {agree:>5} "
        f"| {row['note']}"
    )


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table; ``speed-up`` is peer time over argmap time."""
    head = (
        f"| {'operation':<9} | {'size':>7} | {'argmap':>9} | {'peer':<24} | {'peer time':>9} "
        f"| {'speed-up':>8} | {'same':>5} | note"
    )
    rule = "|" + "|".join("-" * width for width in (11, 9, 11, 26, 11, 10, 7, 6))
    return "\n".join([head, rule, *(_format_row(row) for row in rows)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, shorter limits")
    parser.add_argument("--timeout", type=float, help="seconds a peer may take per framework")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(*args.worker)
        return 0
    print(f"Python {sys.version.split()[0]}")
    for peer, found in available_peers().items():
        print(f"{peer}: {found or 'not installed'}")
    print()
    rows = run(quick=args.quick, timeout=args.timeout, progress=True)
    print(format_table(rows))
    for row in rows:
        measured = row["peer_s"] is not None
        if measured and (row["operation"], row["peer"]) == ("grounded", "formal-argumentation"):
            ratio = row["peer_s"] / row["argmap_s"]
            print(f"grounded at {row['size']:,}: {ratio:.1f}x formal-argumentation's speed")
    disagreements = [row for row in rows if row["agree"] is False]
    for row in disagreements:
        print(f"\n{row['peer']} disagrees with argmap on {row['operation']} at {row['size']}")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
