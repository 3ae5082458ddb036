"""The benchmark harness: one timing method, rows that say what each side does, a generated page."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import report  # noqa: E402
import timing  # noqa: E402


def test_measure_times_every_run_after_the_warm_up() -> None:
    calls: list[int] = []
    ticks = iter(range(100))
    t = timing.measure(lambda: calls.append(1), repeat=5, warmup=2, clock=lambda: next(ticks))
    assert len(calls) == 7
    assert (t.median, t.low, t.high, t.repeat, t.warmup) == (1, 1, 1, 5, 2)


def test_the_statistic_is_the_median_with_the_fastest_and_slowest() -> None:
    t = timing.Timing.of([0.3, 0.1, 0.2, 0.9], warmup=0)
    assert (t.median, t.low, t.high, t.repeat) == (0.25, 0.1, 0.9, 4)
    with pytest.raises(ValueError, match="at least 1"):
        timing.measure(lambda: None, repeat=0)


def test_a_row_with_a_peer_is_a_comparison() -> None:
    t = timing.Timing(0.01, 0.009, 0.02, 5)
    r = timing.row("parse", 10, t, "ours", table="peer", peer="theirs", peer_time=t,
                   peer_work="theirs too")  # fmt: skip
    assert r["argmap"]["median"] == 0.01 and r["peer_work"] == "theirs too"
    with pytest.raises(ValueError, match="peer"):
        timing.row("parse", 10, t, "ours", peer="theirs")
    with pytest.raises(ValueError, match="table"):
        timing.row("parse", 10, t, "ours", table="mine")


def test_rows_in_seconds_keep_their_figures_and_say_how_they_were_taken() -> None:
    old = timing.normalize({"operation": "read", "size": 3, "argmap_s": 0.5, "peer": "x",
                            "peer_s": 1.0, "peer_range_s": [0.9, 1.1]})  # fmt: skip
    assert old["argmap"]["method"] == "other" and old["peer_time"]["method"] == "measure"
    assert (old["table"], old["peer_time"]["low"]) == ("peer", 0.9)
    alone = timing.normalize({"operation": "draft", "size": 3, "argmap_s": 0.5, "peer": None})
    assert alone["table"] == "alone" and "peer" not in alone


def _run(**extra: Any) -> dict[str, Any]:
    t = timing.Timing(0.004, 0.0039, 0.0051, 10, 3).as_dict()
    rows = [
        {"benchmark": "argdown", "operation": "parse | build", "size": 2000, "table": "peer",
         "argmap": t, "argmap_work": "from_argdown(text)", "peer": "argdown-core",
         "peer_time": {**t, "median": 0.008}, "peer_work": "parse-input, build-model",
         "target": {"text": "at least 1.5x", "met": True}},
        {"benchmark": "memory", "operation": "peak", "size": 100000, "table": "alone",
         "argmap": None, "argmap_work": "pipeline", "value": 912, "unit": "MB",
         "target": {"text": "under 1 GB", "met": False}},
        {"benchmark": "draft", "operation": "draft", "size": 84000, "argmap_s": 0.42},
    ]  # fmt: skip
    doc = {"machine": "a machine", "command": "python benchmarks/run.py", "commit": "abc123",
           "started": "2026-12-07T10:00:00+00:00", "finished": "2026-12-07T10:30:00+00:00",
           "load_average": {"before": "0.10 0.20 0.30", "after": "0.40 0.50 0.60"},
           "quick": False, "peers": [{"peer": "arguebuf", "version": "2.7", "used_for": "AIF",
           "note": "installed"}], "failed": [], "rows": rows}  # fmt: skip
    doc.update(extra)
    return doc


def test_the_page_is_made_from_the_run_alone(tmp_path: Path) -> None:
    path = tmp_path / "run.json"
    path.write_text(json.dumps(_run()), encoding="utf-8")
    out = tmp_path / "performance.md"
    assert report.main([str(path), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "machine:       a machine" in page and "commit:        abc123" in page
    assert "0.10 0.20 0.30 before" in page
    # the target table: met and missed, with the figures of the rows
    assert "| at least 1.5x | argdown | parse \\| build | 2,000 | 4.0 ms (3.9 ms–5.1 ms)" in page
    assert "ratio 2.00x | yes |" in page
    assert "| under 1 GB | memory | peak | 100,000 | 912 MB | **no** |" in page
    # each side's work is said; a row from another method is marked
    assert "argmap: from_argdown(text) — peer: parse-input, build-model" in page
    assert "420.0 ms †" in page and "† measured by its script's own method" in page
    assert "python benchmarks/run.py --json run.json" in page


def test_a_quick_or_failed_run_says_so() -> None:
    page = report.render(_run(quick=True, failed=["bench_editor"]))
    assert "This run used `--quick`" in page
    assert "Benchmarks that failed in this run: bench_editor." in page


def test_a_run_says_how_much_processor_time_other_machines_took() -> None:
    import run

    #          user nice system idle iowait irq softirq steal
    before = [100, 0, 50, 800, 0, 0, 0, 50]
    after = [300, 0, 100, 1500, 0, 0, 0, 100]
    assert run.stolen(before, after) == pytest.approx(50 / 1000)
    assert run.stolen(None, after) is None and run.stolen(before, before) is None
    assert "stolen:        5.0% of the processor time" in report.render({**_run(), "stolen": 0.05})
    assert "stolen:" not in report.render(_run())


def test_two_sides_taken_in_turns_get_the_same_rounds() -> None:
    order: list[str] = []
    ticks = iter(range(100))
    a, b = timing.measure_pair(
        lambda: order.append("a"), lambda: order.append("b"), repeat=3, warmup=1,
        clock=lambda: next(ticks),
    )  # fmt: skip
    assert order == ["a", "b"] * 4
    assert (a.repeat, b.repeat, a.median, b.median) == (3, 3, 1, 1)
