"""Timing and table helpers shared by every benchmark script."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Timing", "best_cpu", "best_time", "measure", "print_table"]

#: Repetitions every side of a comparison gets unless a row says otherwise.
REPEAT = 5


@dataclass(frozen=True)
class Timing:
    """Seconds taken by ``repeat`` timed calls: their median, fastest and slowest."""

    median: float
    low: float
    high: float
    repeat: int

    def __str__(self) -> str:
        return f"{_fmt_s(self.median)} ({_fmt_s(self.low)}-{_fmt_s(self.high)})"


def measure(
    fn: Callable[[], Any],
    *,
    repeat: int = REPEAT,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> Timing:
    """Time ``repeat`` calls of ``fn`` after ``warmup`` untimed ones.

    The one method for every side of every comparison: the same repetitions, the same
    warm-up and the same statistic (the median, with the fastest and slowest call).
    ``clock`` may be :func:`time.process_time` for processor time.
    """
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return Timing(statistics.median(times), min(times), max(times), repeat)


def best_time(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The best wall-clock time of ``repeat`` calls of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def best_cpu(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The best processor time of ``repeat`` calls: what an unshared machine would show."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def _fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms"


def print_table(rows: list[dict[str, Any]]) -> None:
    head = ("benchmark", "operation", "size", "argmap", "peer", "peer time", "ratio", "note")
    table = [head]
    for r in rows:
        peer_s = r.get("peer_s")
        argmap_s = r.get("argmap_s")
        ratio = f"{peer_s / argmap_s:.1f}x" if peer_s and argmap_s else ""
        size = r.get("size")
        table.append(
            (
                str(r.get("benchmark", "")),
                str(r.get("operation", "")),
                f"{size:,}" if isinstance(size, int) else str(size or ""),
                _fmt_s(argmap_s),
                str(r.get("peer") or ""),
                _fmt_s(peer_s),
                ratio,
                str(r.get("note") or ""),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for n, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print("\nratio = peer time / argmap time (above 1x: argmap is faster)")
