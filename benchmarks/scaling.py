"""How the annotated page, compare, slides and the drafter grow with the input.

Each row runs in a fresh process: it builds the input, times the call with
:func:`timing.measure` (the median of three calls after a warm-up, or one
call when a call takes more than a few seconds), then makes one more call
under ``tracemalloc`` for the peak memory Python allocates, and reads the
process's peak resident memory (``ru_maxrss``) before and after the calls,
so *RSS added* is what the calls needed beyond the input. ``growth`` is the
time ratio to the row above divided by the size ratio: about 1 is linear,
about the size ratio is quadratic; ``mem growth`` is the same for the traced
peak.

- ``annotated page``: :func:`argmap.to_html` (without the diagram, which is
  Graphviz's layout) of a map whose every statement highlights one sentence,
  ten sentences a paragraph.
- ``compare``: a map against a copy with every fifth statement reworded and
  its spans dropped, so both alignment passes run; texts mix common words
  with rarer ones, as real wording does.
- ``slides``: :func:`argmap.teaching.slides.steps` of a chain of undercuts
  (one layer each), revealed in at most ``MAX_STEPS`` steps.
- ``draft``: :func:`argmap.draft` on a text of short sentences.

Run ``python benchmarks/scaling.py`` (``--quick`` leaves out the largest size of each,
``--only NAME`` runs one operation: page, compare, slides or draft).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import argmap  # noqa: E402
from argmap.model import (  # noqa: E402
    ArgumentMap,
    Inference,
    Source,
    Span,
    make_statement,
)
from argmap.teaching.slides import steps  # noqa: E402

_COMMON = ["the", "pact", "trade", "security", "region", "talks", "government", "public"]


def _words(rng: random.Random, k: int) -> str:
    common = rng.choices(_COMMON, k=k)
    rare = [f"w{rng.randrange(200_000)}" for _ in range(3)]
    return " ".join(common + rare)


def annotated_map(n: int) -> ArgumentMap:
    """``n`` statements, each highlighting its own sentence of the text."""
    rng = random.Random(n)
    sentences = [_words(rng, 6).capitalize() + "." for _ in range(n)]
    paragraphs = [" ".join(sentences[i : i + 10]) for i in range(0, n, 10)]
    text = "\n\n".join(paragraphs)
    statements = []
    pos = 0
    for k, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        kind, ref = ("thesis", "T1") if k == 0 else ("claim", f"C{k}")
        span = Span(start=start, end=pos, quote=sentence)
        statements.append(make_statement(kind, id=ref, text=sentence, spans=[span]))
    inferences = [
        Inference(id=f"I{k}", premises=[f"C{k}"], conclusion="T1", polarity="support")
        for k in range(1, n)
    ]
    return ArgumentMap(
        source=Source(title="scaling", text=text),
        statements=statements,  # type: ignore[arg-type]
        inferences=inferences,
    )


def compare_maps(n: int) -> tuple[ArgumentMap, ArgumentMap]:
    """A reference map of ``n`` statements and a student's reworded copy."""
    reference = annotated_map(n)
    student = reference.model_copy(deep=True)
    for k, s in enumerate(student.statements):
        if k % 5 == 0:
            s.text = "In other words, " + s.text.lower()
            s.spans = []
    return student, reference


def chain(n: int) -> ArgumentMap:
    """A thesis, a claim, and ``n`` undercuts each of the inference before."""
    statements = [
        make_statement("thesis", id="T1", text="t"),
        make_statement("claim", id="C1", text="c"),
    ]
    inferences = [Inference(id="I1", premises=["C1"], conclusion="T1", polarity="support")]
    for k in range(2, n + 1):
        statements.append(make_statement("counterclaim", id=f"U{k}", text=f"u {k}"))
        inferences.append(
            Inference(id=f"I{k}", premises=[f"U{k}"], conclusion=f"I{k - 1}", polarity="attack")
        )
    return ArgumentMap(source=Source(title="chain"), statements=statements, inferences=inferences)  # type: ignore[arg-type]


def short_sentences(megabytes: float) -> str:
    """About ``megabytes`` MB of short English sentences with a few cue words."""
    rng = random.Random(0)
    words = [
        "the",
        "council",
        "should",
        "fund",
        "buses",
        "because",
        "traffic",
        "costs",
        "lives",
        "and",
        "shops",
        "close",
    ]
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        sentence = " ".join(rng.choices(words, k=5)).capitalize() + "."
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)


def _make(operation: str, size: float) -> Callable[[], Any]:
    """The call to measure for one row (its input built here, outside the timing)."""
    if operation == "page":
        amap = annotated_map(int(size))
        return lambda: argmap.to_html(amap, diagram=False)
    if operation == "compare":
        student, reference = compare_maps(int(size))
        return lambda: argmap.compare(student, reference)
    if operation == "slides":
        layered = chain(int(size))
        return lambda: steps(layered)
    if operation == "draft":
        text = short_sentences(size)
        return lambda: argmap.draft(text)
    raise SystemExit(f"unknown operation {operation!r}")


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure_one(operation: str, size: float) -> dict[str, Any]:
    """Time and memory of one row, in this process (see the module doc)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from timing import measure

    fn = _make(operation, size)
    before = _rss_mb()
    start = time.perf_counter()
    fn()  # the warm-up, and how long a call takes
    first = time.perf_counter() - start
    timing = measure(fn, repeat=3, warmup=0) if first < 3 else None
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return {
        "operation": operation,
        "size": size,
        "seconds": timing.median if timing else first,
        "low": timing.low if timing else first,
        "high": timing.high if timing else first,
        "repeat": timing.repeat if timing else 1,
        "peak_mb": peak,
        "rss_before_mb": before,
        "rss_added_mb": _rss_mb() - before,
    }


SIZES: dict[str, tuple[str, list[float]]] = {
    "page": ("annotated page (statements)", [1_000, 10_000, 100_000]),
    "compare": ("compare (statements)", [500, 1_000, 5_000]),
    "slides": ("slides (layers)", [500, 1_000, 5_000]),
    "draft": ("draft (MB of text)", [0.4, 4.0]),
}


def run(quick: bool = False, only: str | None = None) -> list[dict[str, Any]]:
    """Rows of measurements, each taken in a fresh process."""
    import json
    import subprocess

    rows: list[dict[str, Any]] = []
    for operation, (name, values) in SIZES.items():
        if only is not None and operation != only:
            continue
        before: dict[str, Any] | None = None
        for value in values[:-1] if quick else values:
            done = subprocess.run(
                [sys.executable, __file__, "--one", operation, str(value)],
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(done.stdout.splitlines()[-1])
            row["name"] = name
            row["growth"] = row["mem_growth"] = ""
            if before is not None:
                ratio = value / before["size"]
                row["growth"] = f"{row['seconds'] / before['seconds'] / ratio:.2f}"
                row["mem_growth"] = f"{row['peak_mb'] / before['peak_mb'] / ratio:.2f}"
            rows.append(row)
            spread = f"({row['low']:.2f}-{row['high']:.2f}, n={row['repeat']})"
            print(
                f"{name:<28} {value:>9g} {row['seconds']:>8.2f} s {spread:<20} "
                f"{row['peak_mb']:>8.1f} MB {row['rss_added_mb']:>8.0f} MB "
                f"{row['growth']:>7} {row['mem_growth']:>7}",
                flush=True,
            )
            before = row
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="leave out the largest sizes")
    parser.add_argument("--only", choices=sorted(SIZES), help="run one operation")
    parser.add_argument("--one", nargs=2, metavar=("OPERATION", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        import json

        print(json.dumps(measure_one(args.one[0], float(args.one[1]))))
        return
    print(
        f"{'operation':<28} {'size':>9} {'time (median)':>10} {'(min-max, n)':<20} "
        f"{'traced peak':>11} {'RSS added':>11} {'growth':>7} {'mem growth':>7}"
    )
    run(quick=args.quick, only=args.only)


if __name__ == "__main__":
    main()
