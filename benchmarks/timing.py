"""Timing, rows and tables shared by every benchmark script.

One method for every figure: :func:`measure` times ``repeat`` calls after
``warmup`` untimed ones and keeps the median with the fastest and slowest
call. Every side of a comparison is measured with it, with the same
repetitions and the same warm-up, and every row says what work each side
did. A row is a plain dictionary (so ``run.py --json`` can write it and
``report.py`` can read it back)::

    {"benchmark": "argdown", "operation": "parse + build the model", "size": 2000,
     "table": "peer",                    # "peer", "self" or "alone" (see TABLES)
     "argmap": {"median": 0.04, "low": 0.039, "high": 0.05, "repeat": 10, "warmup": 2},
     "argmap_work": "from_argdown(text): ...",
     "peer": "argdown-core 1.7.5", "peer_time": {...}, "peer_work": "...",
     "target": {"text": "at least 1.5x argdown-core", "met": true},
     "note": "..."}

A row that measures something other than time (memory, words per second)
has ``value`` and ``unit`` instead of ``argmap``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

__all__ = [
    "REPEAT",
    "TABLES",
    "Timing",
    "best_time",
    "fmt_s",
    "fmt_value",
    "measure",
    "median_of",
    "normalize",
    "print_table",
    "row",
    "target",
]

#: Repetitions every side of a comparison gets unless a row says otherwise.
REPEAT = 5

#: The tables rows go to: argmap against another tool doing the same work; argmap
#: against its own alternative code path (or a slower path it replaced); argmap alone.
TABLES = ("peer", "self", "alone")


@dataclass(frozen=True)
class Timing:
    """Seconds taken by ``repeat`` timed calls: their median, fastest and slowest."""

    median: float
    low: float
    high: float
    repeat: int
    warmup: int = 1

    def __str__(self) -> str:
        return f"{fmt_s(self.median)} ({fmt_s(self.low)}-{fmt_s(self.high)})"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def of(cls, times: list[float], *, warmup: int) -> Timing:
        """The statistic of times taken elsewhere (another process, another language)."""
        if not times:
            raise ValueError("no times")
        return cls(statistics.median(times), min(times), max(times), len(times), warmup)


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
    return Timing.of(times, warmup=warmup)


def measure_pair(
    first: Callable[[], Any],
    second: Callable[[], Any],
    *,
    repeat: int = REPEAT,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[Timing, Timing]:
    """:func:`measure` of two sides taken in turns: one call of each per round.

    For a ratio on a shared machine: whatever slows the machine for a while
    slows both sides alike, where timing one side after the other would put
    it on one side only. The same repetitions, warm-up and statistic as
    :func:`measure`.
    """
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    for _ in range(warmup):
        first()
        second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((first, times[0]), (second, times[1])):
            start = clock()
            fn()
            out.append(clock() - start)
    return Timing.of(times[0], warmup=warmup), Timing.of(times[1], warmup=warmup)


def target(text: str, met: bool) -> dict[str, Any]:
    """A target a row checks: what it asks and whether this run met it."""
    return {"text": text, "met": bool(met)}


def row(
    operation: str,
    size: int | str | None,
    argmap: Timing | None,
    argmap_work: str,
    *,
    table: str = "alone",
    peer: str | None = None,
    peer_time: Timing | None = None,
    peer_work: str | None = None,
    note: str = "",
    goal: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One row of the benchmark tables (see the module docstring for its keys)."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}")
    if peer is not None and table == "alone":
        raise ValueError("a row with a peer goes to the 'peer' or 'self' table")
    out: dict[str, Any] = {
        "operation": operation,
        "size": size,
        "table": table,
        "argmap": argmap.as_dict() if argmap is not None else None,
        "argmap_work": argmap_work,
    }
    if peer is not None:
        out["peer"] = peer
        out["peer_time"] = peer_time.as_dict() if peer_time is not None else None
        out["peer_work"] = peer_work or ""
    if note:
        out["note"] = note
    if goal is not None:
        out["target"] = goal
    out.update(extra)
    return out


def best_time(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The best wall-clock time of ``repeat`` calls of ``fn``, in seconds.

    Kept for benchmark scripts not yet moved to :func:`measure`; ``run.py`` marks
    their rows as measured another way.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def fmt_s(seconds: float | None) -> str:
    """Seconds as ``12.3 ms`` or ``1.23 s``."""
    if seconds is None:
        return ""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def fmt_value(r: dict[str, Any]) -> str:
    """A row's non-time figure with its unit (``512 MB``), or ``""``."""
    value = r.get("value")
    if value is None:
        return ""
    shown = f"{value:,.0f}" if isinstance(value, (int, float)) and value >= 100 else f"{value}"
    return f"{shown} {r.get('unit', '')}".strip()


def normalize(r: dict[str, Any]) -> dict[str, Any]:
    """A row in the form above, whatever form its script gave it.

    A script that gives seconds (``argmap_s``, ``peer_s``) instead of timings keeps its
    figures: with ``argmap_range_s``/``peer_range_s`` (its own :func:`measure`'s
    fastest and slowest) they are marked ``"method": "measure"``, without them
    ``"method": "other"`` (not a median of :func:`measure`).
    """
    if "argmap" in r or "value" in r:
        return r
    out = {k: v for k, v in r.items() if not k.endswith(("_s", "_range_s"))}

    def timing(seconds: Any, spread: Any) -> dict[str, Any] | None:
        if not isinstance(seconds, (int, float)):
            return None
        low, high = (
            spread if isinstance(spread, (list, tuple)) and len(spread) == 2 else (None, None)
        )
        return {"median": float(seconds), "low": low, "high": high, "repeat": None,
                "warmup": None, "method": "measure" if low is not None else "other"}  # fmt: skip

    out["argmap"] = timing(r.get("argmap_s"), r.get("argmap_range_s"))
    out.setdefault("argmap_work", "")
    if r.get("peer"):
        out["peer_time"] = timing(r.get("peer_s"), r.get("peer_range_s"))
        out.setdefault("peer_work", "")
        out.setdefault("table", "peer")
    else:
        out.pop("peer", None)
        out.setdefault("table", "alone")
    return out


def median_of(timing: dict[str, Any] | None) -> float | None:
    """The median of a row's timing dictionary, or None."""
    return None if timing is None else float(timing["median"])


def print_table(rows: list[dict[str, Any]]) -> None:
    """The rows as a plain-text table (medians; ratio = peer / argmap)."""
    head = ("benchmark", "table", "operation", "size", "argmap", "peer", "peer time", "ratio")
    table = [head]
    for r in map(normalize, rows):
        argmap_s = median_of(r.get("argmap"))
        peer_s = median_of(r.get("peer_time"))
        ratio = f"{peer_s / argmap_s:.2f}x" if peer_s and argmap_s else ""
        size = r.get("size")
        shown = fmt_s(argmap_s) if argmap_s is not None else fmt_value(r)
        table.append(
            (
                str(r.get("benchmark", "")),
                str(r.get("table", "")),
                str(r.get("operation", "")),
                f"{size:,}" if isinstance(size, int) else str(size or ""),
                shown.strip(),
                str(r.get("peer") or ""),
                fmt_s(peer_s),
                ratio,
            )
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(head))]
    for n, line in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print("\nmedians; ratio = peer time / argmap time (above 1x: argmap is faster)")
