"""How the annotated page, compare, slides and the drafter grow with the input.

Each row times one call on an input of the given size and records the peak
memory Python allocated during it (``tracemalloc``, so times include its
overhead, the same for every row). ``growth`` is the time ratio to the row
above divided by the size ratio: about 1 is linear, about the size ratio is
quadratic.

- ``annotated page``: :func:`argmap.to_html` (without the diagram, which is
  Graphviz's layout) of a map whose every statement highlights one sentence,
  ten sentences a paragraph.
- ``compare``: a map against a copy with every fifth statement reworded and
  its spans dropped, so both alignment passes run; texts mix common words
  with rarer ones, as real wording does.
- ``slides``: :func:`argmap.teaching.slides.steps` of a chain of undercuts
  (one layer each), revealed in at most ``MAX_STEPS`` steps.
- ``draft``: :func:`argmap.draft` on a text of short sentences.

Run ``python benchmarks/scaling.py`` (``--quick`` leaves out the largest size of each).
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


def measure(fn: Callable[[], Any]) -> tuple[float, float]:
    """Seconds and peak traced megabytes of one call."""
    tracemalloc.start()
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Rows of {operation, size, seconds, peak_mb, growth}."""
    plan: list[tuple[str, list[tuple[float, Callable[[], Any]]]]] = []

    def page(n: int) -> Callable[[], Any]:
        amap = annotated_map(n)
        return lambda: argmap.to_html(amap, diagram=False)

    def comparing(n: int) -> Callable[[], Any]:
        student, reference = compare_maps(n)
        return lambda: argmap.compare(student, reference)

    def sliding(n: int) -> Callable[[], Any]:
        amap = chain(n)
        return lambda: steps(amap)

    def drafting(mb: float) -> Callable[[], Any]:
        text = short_sentences(mb)
        return lambda: argmap.draft(text)

    sizes: list[tuple[str, Callable[[Any], Callable[[], Any]], list[float]]] = [
        ("annotated page (statements)", page, [1_000, 10_000, 100_000]),
        ("compare (statements)", comparing, [500, 1_000, 5_000]),
        ("slides (layers)", sliding, [500, 1_000, 5_000]),
        ("draft (MB of text)", drafting, [0.4, 4.0]),
    ]
    rows: list[dict[str, Any]] = []
    for name, make, values in sizes:
        if quick:
            values = values[:-1]
        plan.append((name, [(v, make(int(v) if v >= 1 else v)) for v in values]))
        before: tuple[float, float] | None = None
        for value, fn in plan[-1][1]:
            seconds, peak = measure(fn)
            growth = ""
            if before is not None:
                growth = f"{(seconds / before[1]) / (value / before[0]):.2f}"
            rows.append(
                {
                    "operation": name,
                    "size": value,
                    "seconds": seconds,
                    "peak_mb": peak,
                    "growth": growth,
                }
            )
            print(
                f"{name:<30} {value:>9g} {seconds:>9.2f} s {peak:>9.1f} MB {growth:>7}",
                flush=True,
            )
            before = (value, seconds)
        plan.clear()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="leave out the largest sizes")
    args = parser.parse_args()
    print(f"{'operation':<30} {'size':>9} {'time':>11} {'peak':>12} {'growth':>7}")
    run(quick=args.quick)


if __name__ == "__main__":
    main()
