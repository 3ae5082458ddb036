"""argmap's abstract-argumentation semantics against peer libraries on the same frameworks.

Run ``python benchmarks/bench_frameworks.py`` (add ``--quick`` for a short run).

Frameworks are random: ``n`` arguments and ``2n`` distinct attacks drawn
uniformly (self-attacks allowed), from fixed seeds. Every side does the same work
from the same input, argument names and attack pairs:

* ``build``: constructing the framework object (argmap's turns names into
  integer indices here);
* ``grounded``: build + solve: the framework built and its grounded extension
  computed, timed together, so argmap's name-to-index conversion is counted;
* ``preferred`` and ``stable``: build + solve, every extension, summed over five
  frameworks of each size.

Each library runs in its own process per framework (so a slow or hanging peer
cannot stall the run, and each starts from the same state), and measures itself
in process with :func:`timing.measure`: the same fixed repetitions and warm-up for
every side, no time cut-off; a side whose runs do not finish within the time
limit is reported as timed out, never given a figure. Times are processor time
of that process (other load on the machine then skews the comparison less).
Peers: ``formal-argumentation`` (its public ``grounded_extension`` /
``preferred_extensions`` / ``stable_extensions``, and its SCC-recursive
``scc_extensions``) and ``python-argumentation`` (PyArg). Every peer answer is
compared with argmap's.

:func:`run` returns the rows for ``run.py``.
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

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from timing import Timing, fmt_s, measure, print_table, row  # noqa: E402

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
REPEAT, WARMUP = 5, 1  # every side, every framework
QUICK_REPEAT = 3

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


def timed(
    build: Callable[[], Any], operation: Callable[[Any], Any], repeat: int
) -> tuple[Timing, Any]:
    """``measure`` of build + operation together, and the answer of one call."""
    answer = operation(build())
    timing = measure(lambda: operation(build()), repeat=repeat, warmup=WARMUP,
                     clock=time.process_time)  # fmt: skip
    return timing, answer


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


def worker(peer: str, operation: str, repeat: int) -> None:
    """Subprocess entry point: read a framework as JSON on stdin, answer on stdout."""
    job = json.load(sys.stdin)
    names = job["names"]
    pairs = frozenset((a, b) for a, b in job["attacks"])
    try:
        build, run_op = peer_functions(peer, operation)
        timing, answer = timed(lambda: build(names, pairs), run_op, repeat)
        reply = {"timing": timing.as_dict(), "answer": canonical(operation, answer)}
    except Exception as error:  # report the peer's failure, whatever it is
        reply = {"error": f"gave up: {type(error).__name__}: {str(error)[:60]}"}
    json.dump(reply, sys.stdout)


def time_peer(
    peer: str,
    operation: str,
    names: list[str],
    attacks: Pairs,
    timeout: float | None,
    repeat: int = REPEAT,
) -> dict[str, Any]:
    """Run one framework through ``peer`` in a subprocess; a dict with times or an error."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", peer, operation,
               str(repeat)]  # fmt: skip
    job = json.dumps({"names": names, "attacks": attacks})
    try:
        done = subprocess.run(
            command, input=job, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        runs = repeat + WARMUP + 1
        return {"error": f"timed out: {runs} runs did not finish in {timeout or 0:g} s"}
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
        Smaller sizes, fewer repetitions and a shorter time limit.
    timeout
        Seconds a side may take on one framework, all its runs together
        (default 120, quick 20).
    peers
        Which peers to compare (default: all of :data:`PEERS`).
    progress
        Print each row to stderr as it is measured.

    Returns
    -------
    list of dict
        One row per operation, size and peer (see ``timing.row``); ``agree``
        says whether the peer's answers were argmap's (None when not compared).
    """
    plan = dict(sizes if sizes is not None else (QUICK_SIZES if quick else DEFAULT_SIZES))
    if "grounded" in plan and "build" not in plan:
        plan = {"build": plan["grounded"], **plan}
    limit = timeout if timeout is not None else (20.0 if quick else 120.0)
    repeat = QUICK_REPEAT if quick else REPEAT
    installed = available_peers()
    chosen = list(peers) if peers is not None else list(PEERS)
    rows: list[Row] = []
    for operation, operation_sizes in plan.items():
        gave_up: dict[str, str] = {}  # peer -> timeout that stops it at larger sizes
        for size in operation_sizes:
            samples = 1 if operation in ("build", "grounded") else SAMPLES
            frameworks = [random_framework(size, seed) for seed in range(samples)]
            timings, answers = [], []
            for names, attacks in frameworks:
                reply = time_peer("argmap", operation, names, attacks, None, repeat)
                if "error" in reply:
                    raise RuntimeError(f"argmap failed on {operation} at {size}: {reply['error']}")
                timings.append(reply["timing"])
                answers.append(reply["answer"])
            ours = _summed(timings)
            for peer in chosen:
                if operation not in PEER_OPERATIONS.get(peer, ()):
                    continue
                out = row(
                    operation,
                    size,
                    ours,
                    WORK[operation].format(who="argmap.semantics.frameworks"),
                    table="peer",
                    peer=peer,
                    peer_work=WORK[operation].format(who=peer),
                    note=f"{samples} framework{'s' * (samples > 1)}, {repeat} runs each after "
                    f"{WARMUP} untimed, processor time",
                    agree=None,
                )
                rows.append(out)
                if installed.get(peer) is None:
                    out["note"] = "not installed"
                elif peer in gave_up:
                    out["note"] = f"not run: {gave_up[peer]} at a smaller size"
                else:
                    _compare(out, peer, operation, frameworks, answers, limit, repeat)
                    if out["note"].startswith("timed out"):
                        gave_up[peer] = out["note"]
                if progress:
                    print(_format_row(out), file=sys.stderr, flush=True)
    return rows


#: What each side does, by operation.
WORK = {
    "build": "{who}: the framework object from names and attack pairs",
    "grounded": "{who}: build + grounded extension",
    "preferred": "{who}: build + every preferred extension",
    "stable": "{who}: build + every stable extension",
}


def _summed(timings: list[dict[str, Any]]) -> Timing:
    """The timings of several frameworks added up (medians, lows and highs)."""
    return Timing(
        sum(t["median"] for t in timings),
        sum(t["low"] for t in timings),
        sum(t["high"] for t in timings),
        timings[0]["repeat"],
        timings[0]["warmup"],
    )


def _compare(
    out: Row,
    peer: str,
    operation: str,
    frameworks: list[tuple[list[str], Pairs]],
    answers: list[Any],
    limit: float,
    repeat: int,
) -> None:
    """Fill ``out`` with the peer's total time and whether it agreed with argmap."""
    timings = []
    agree = True
    for (names, attacks), expected in zip(frameworks, answers, strict=True):
        reply = time_peer(peer, operation, names, attacks, limit, repeat)
        if "error" in reply:
            out["note"] = reply["error"]
            return
        timings.append(reply["timing"])
        agree = agree and reply["answer"] == expected
    out["peer_time"] = _summed(timings).as_dict()
    if operation != "build":
        out["agree"] = agree
        if not agree:
            out["note"] = "DIFFERENT ANSWERS"


def _format_row(out: Row) -> str:
    ours = out["argmap"]["median"]
    theirs = (out.get("peer_time") or {}).get("median")
    ratio = f"{theirs / ours:.1f}x" if theirs else "-"
    return (
        f"{out['operation']:<9} {out['size']:>7,} {fmt_s(ours):>9} {out['peer']:<24} "
        f"{fmt_s(theirs):>9} {ratio:>8}  {out.get('note', '')}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, shorter limits")
    parser.add_argument("--timeout", type=float, help="seconds a side may take per framework")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        peer, operation, repeat = args.worker
        worker(peer, operation, int(repeat))
        return 0
    print(f"Python {sys.version.split()[0]}")
    for peer, found in available_peers().items():
        print(f"{peer}: {found or 'not installed'}")
    print()
    rows = run(quick=args.quick, timeout=args.timeout, progress=True)
    print_table(rows)
    disagreements = [r for r in rows if r.get("agree") is False]
    for r in disagreements:
        print(f"\n{r['peer']} disagrees with argmap on {r['operation']} at {r['size']}")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
