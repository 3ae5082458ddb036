"""The speed a live editor needs: from one edit to the redrawn diagram.

    python benchmarks/bench_editor.py [--quick]

An :class:`argmap.editor.session.EditorSession` holds a map of 30, 60 or 120
statements with a source text (each statement quotes its own sentence). One
edit is a message from the front end changing a statement's text; then the
session builds everything the front end draws (``session.view()``): checks,
labels, the text cut into highlighted segments, and the diagram, which is DOT
text laid out by Graphviz and sanitised. Rows:

* **edit to diagram**: ``session.apply(edit)`` then ``session.view()``, timed
  together with :func:`timing.measure`. Target at 60 statements: a median of at
  most 150 ms, of which argmap's own work (everything but Graphviz) at most 30 ms;
* one row per step, timed in the same runs: the edit (the map rebuilt from its
  document and validated), checks, evaluate, DOT, the Graphviz layout, the rest
  of the view (spans placed, segments, findings and labels as JSON, the SVG
  checked), each with its share of the whole;
* **select to diagram** (60 statements): a click that selects a statement, then
  the view; the drawing is unchanged, so the session reuses its SVG (its cache
  is keyed by the DOT text) and Graphviz does not run.

Each run edits another statement, so nothing is computed for a map seen before.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from synthetic import make_map  # noqa: E402
from timing import Timing, measure, print_table, row, target  # noqa: E402

import argmap  # noqa: E402
from argmap.editor import view as editor_view  # noqa: E402
from argmap.editor.session import EditorSession  # noqa: E402
from argmap.model import ArgumentMap  # noqa: E402

SIZES = (30, 60, 120)
REPEAT, WARMUP = 15, 2
#: The steps of one edit, in the order the session runs them.
STEPS = ("edit + validate", "checks", "evaluate", "DOT", "Graphviz layout", "rest of the view")
GRAPHVIZ = "Graphviz layout"


def with_text(amap: ArgumentMap) -> ArgumentMap:
    """``amap`` with a source text made of its statements, each quoting its own sentence."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    at = 0
    for s in amap.statements:
        sentence = s.text + "."
        spans[s.id] = (at, at + len(s.text))
        parts.append(sentence)
        at += len(sentence) + 1
    doc = amap.model_dump()
    doc["source"]["text"] = " ".join(parts)
    for s in doc["statements"]:
        start, end = spans[s["id"]]
        s["spans"] = [{"start": start, "end": end, "quote": s["text"]}]
    return ArgumentMap.model_validate(doc)


class _Timed:
    """Wraps a function and adds the seconds each call takes to ``times``."""

    def __init__(self, fn: Callable[..., Any], times: list[float]) -> None:
        self.fn, self.times = fn, times

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.times.append(time.perf_counter() - start)


def _edits(session: EditorSession) -> Callable[[], None]:
    """One edit per call, on the next statement each time (its text changes)."""
    ids = [s.id for s in session.map.statements]
    count = [0]

    def once() -> None:
        ref = ids[count[0] % len(ids)]
        count[0] += 1
        text = session.map.statement(ref).text
        new = text + " too" if not text.endswith(" too") else text.removesuffix(" too")
        session.apply({"action": "update", "id": ref, "field": "text", "value": new})

    return once


def measure_session(n: int, repeat: int) -> tuple[Timing, dict[str, Timing]]:
    """The end-to-end timing and each step's, for a map of ``n`` statements."""
    session = EditorSession(argmap.edit(with_text(make_map(n, seed=3))))
    edit = _edits(session)
    spent: dict[str, list[float]] = {step: [] for step in STEPS}
    patches = {
        (editor_view, "check"): "checks",
        (editor_view, "evaluate"): "evaluate",
        (editor_view, "to_dot"): "DOT",
        (editor_view, "run_graphviz"): GRAPHVIZ,
    }
    saved = {key: getattr(*key) for key in patches}
    for (module, name), step in patches.items():
        setattr(module, name, _Timed(getattr(module, name), spent[step]))
    total: list[float] = []
    try:

        def once() -> None:
            start = time.perf_counter()
            edit()
            spent["edit + validate"].append(time.perf_counter() - start)
            session.view()
            total.append(time.perf_counter() - start)

        for _ in range(WARMUP):
            once()
        for values in [*spent.values(), total]:
            values.clear()
        whole = measure(once, repeat=repeat, warmup=0)
    finally:
        for (module, name), fn in saved.items():
            setattr(module, name, fn)
    rest = [
        t - sum(parts) for t, *parts in zip(total, *(spent[s] for s in STEPS[:-1]), strict=True)
    ]
    spent["rest of the view"] = rest
    steps = {step: Timing.of(times, warmup=WARMUP) for step, times in spent.items()}
    return Timing(whole.median, whole.low, whole.high, whole.repeat, WARMUP), steps


def _select_row(n: int, repeat: int) -> dict[str, Any]:
    """A click that selects a statement: the view is rebuilt, the drawing reused."""
    session = EditorSession(argmap.edit(with_text(make_map(n, seed=3))))
    ids = [s.id for s in session.map.statements]
    session.view()
    count = [0]

    def once() -> None:
        count[0] += 1
        session.apply({"action": "select", "id": ids[count[0] % len(ids)]})
        session.view()

    return row(
        "select to diagram", n, measure(once, repeat=repeat, warmup=WARMUP),
        "EditorSession.apply(select) + view(): checks, labels, segments, DOT; the SVG "
        "comes from the session's cache of drawings (same DOT text, no Graphviz run)",
    )  # fmt: skip


def run(quick: bool = False) -> list[dict[str, Any]]:
    if shutil.which("dot") is None:
        return [row("edit to diagram", None, None, "", note="Graphviz is not installed")]
    rows: list[dict[str, Any]] = []
    repeat = 7 if quick else REPEAT
    for n in SIZES:
        whole, steps = measure_session(n, repeat)
        own = whole.median - steps[GRAPHVIZ].median
        goal = None
        if n == 60:
            met = whole.median <= 0.150 and own <= 0.030
            goal = target("at most 150 ms at 60 statements, argmap's own work at most 30 ms", met)
        rows.append(
            row("edit to diagram", n, whole,
                "EditorSession.apply(edit) + view(): map rebuilt and validated, checks, "
                "labels, segments, DOT, Graphviz SVG, sanitised",
                note=f"argmap's own work (all but the layout): {own * 1000:.1f} ms",
                goal=goal, own=own)
        )  # fmt: skip
        if n == 60:
            rows.append(_select_row(n, repeat))
        for step in STEPS:
            share = steps[step].median / whole.median
            rows.append(
                row(f"  {step}", n, steps[step], "the step within the same runs",
                    note=f"{share:.0%} of the whole", share=share)
            )  # fmt: skip
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
