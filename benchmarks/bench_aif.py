"""AIF benchmark: argmap's AIF reader against arguebuf's, on real and generated files.

    python benchmarks/bench_aif.py [--quick]

Rows, each timed with ``timing.measure_pair`` (both sides in turns, one call
of each per round, with the same repetitions, warm-up and median):

* every xAIF file in ``../shared/corpora/xaif-examples`` (the dev files);
* real-shaped generated AIFdb exports (``tests/formats/aif_generator``: a
  debate with linked premises, undercuts and rephrases, plus the dialogue
  layer AIFdb adds: a locution per proposition, ``L -> YA -> I``, transitions,
  participants), at two sizes, with and without timestamps: arguebuf parses
  every timestamp into a date, argmap keeps them as text, so both are shown;
* reading the AIF argmap itself writes, and writing it (argmap only).

Both sides start from the JSON text. argmap: ``from_aif(text)`` - a strict
JSON parse (a key given twice is refused), nodes and edges with every
anomaly left out and named, the dialogue layer read into speakers and spans
(OVA's marked-up text stripped), statement kinds, and the validated map.
arguebuf: ``arguebuf.load.aif(json.loads(text))`` - a plain JSON parse, then
its graph of atom and scheme nodes (it keeps the dialogue nodes out, keeps
timestamps as dates, and checks no inference's shape). A small file is read
``batch`` times per timed call on both sides, so that one call lasts long
enough to time. argmap's warnings and arguebuf's log messages are silenced
on both sides. Both sides are timed in processor time (``time.process_time``)
and in turns: the machine is shared, and a slow spell then slows both sides
alike; the ratios of one run are what to read.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# The generator of real-shaped AIF documents is shared with the tests.
sys.path.insert(0, str(HERE.parent / "tests" / "formats"))

from aif_generator import generate  # noqa: E402
from synthetic import make_map  # noqa: E402
from timing import Timing, measure, measure_pair, print_table, target  # noqa: E402

from argmap.formats._json import parse_json  # noqa: E402
from argmap.formats.aif import from_aif, to_aif  # noqa: E402

XAIF = HERE.parent.parent / "shared" / "corpora" / "xaif-examples"


@contextmanager
def quiet() -> Iterator[None]:
    """argmap's warnings and arguebuf's log lines off, for both sides alike."""
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(logging.NOTSET)


def arguebuf_aif() -> Callable[[str], Any] | None:
    """arguebuf's AIF reader from the JSON text, or None when arguebuf is missing."""
    try:
        import arguebuf
    except ImportError:
        return None

    def load(text: str) -> Any:
        doc = json.loads(text)
        return arguebuf.load.aif(doc.get("AIF", doc))

    return load


def _many(fn: Callable[[], Any], batch: int) -> Callable[[], None]:
    """``fn`` called ``batch`` times per call: a small file's read is too quick to time once."""

    def run() -> None:
        for _ in range(batch):
            fn()

    return run


def compare(
    operation: str,
    size: int,
    argmap_read: Callable[[], Any],
    peer_read: Callable[[], Any] | None,
    *,
    peer: str,
    batch: int,
    repeat: int,
    note: str,
) -> dict[str, Any]:
    """One row: both sides timed alike, ``batch`` reads per timed call."""

    # Processor time on both sides, taken in turns: the machine is shared, and
    # a slow spell would otherwise land on whichever side happened to run in it.
    with quiet():
        theirs: Timing | None
        if peer_read is not None:
            mine, theirs = measure_pair(
                _many(argmap_read, batch),
                _many(peer_read, batch),
                repeat=repeat,
                clock=time.process_time,
            )
        else:
            mine = measure(_many(argmap_read, batch), repeat=repeat, clock=time.process_time)
            theirs = None
    row: dict[str, Any] = {
        "operation": operation,
        "size": size,
        "argmap_s": mine.median / batch,
        "argmap_range_s": (mine.low / batch, mine.high / batch),
        "peer": peer if theirs is not None else None,
        "peer_s": theirs.median / batch if theirs is not None else None,
        "note": note if peer_read is not None else f"{note}; arguebuf not installed",
    }
    if theirs is not None:
        row["peer_range_s"] = (theirs.low / batch, theirs.high / batch)
        row["ratio"] = theirs.median / mine.median
    return row


def _counts(text: str) -> str:
    with quiet():
        m = from_aif(text)
    return f"{len(m.statements)} statements, {len(m.inferences)} inferences"


def dev_rows(repeat: int) -> list[dict[str, Any]]:
    """One row per xAIF file of the shared corpus (none when it is absent)."""
    peer = arguebuf_aif()
    rows = []
    for path in sorted(XAIF.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        size = len(json.loads(text).get("AIF", {}).get("nodes", []))
        got = compare(
            f"read {path.name}",
            size,
            partial(from_aif, text),
            partial(peer, text) if peer else None,
            peer="arguebuf.load.aif",
            batch=200,
            repeat=repeat,
            note=f"dev xAIF file, {size} nodes: {_counts(text)}",
        )
        if "ratio" in got:
            got["target"] = target("at least 1.5x arguebuf on every dev file", got["ratio"] >= 1.5)
        # What parsing the JSON alone costs each side: argmap's parse refuses a key
        # given twice (a hook per object), arguebuf's side is a plain json.loads.
        parses = [
            measure(_many(fn, 200), repeat=repeat, clock=time.process_time).median / 200
            for fn in (partial(parse_json, text, None), partial(json.loads, text))
        ]
        got["note"] += (
            f"; the JSON parse alone: argmap's strict one {parses[0] * 1e6:.0f} µs, "
            f"json.loads {parses[1] * 1e6:.0f} µs"
        )
        rows.append(got)
    return rows


def generated_rows(repeat: int, sizes: tuple[int, ...]) -> list[dict[str, Any]]:
    """Real-shaped AIFdb exports, with and without timestamps."""
    peer = arguebuf_aif()
    rows = []
    for size in sizes:
        for stamped in (False, True):
            doc = generate(7, size=size, timestamps=stamped, dialogue=True).doc
            text = json.dumps(doc)
            nodes = len(doc.get("AIF", doc)["nodes"])
            rows.append(
                compare(
                    f"read generated AIFdb export ({'with' if stamped else 'no'} timestamps)",
                    nodes,
                    partial(from_aif, text),
                    partial(peer, text) if peer else None,
                    peer="arguebuf.load.aif",
                    batch=max(1, 2000 // nodes),
                    repeat=repeat,
                    note=(
                        f"{size} propositions with locutions: {_counts(text)}; "
                        + ("arguebuf parses each timestamp" if stamped else "no timestamps")
                    ),
                )
            )
    return rows


def own_rows(repeat: int) -> list[dict[str, Any]]:
    """Reading and writing the AIF argmap writes (no peer reads argmap's keys)."""
    amap = make_map(1_000)
    own = to_aif(amap)
    size = len(amap.statements) + len(amap.inferences)
    with quiet():
        read = measure(lambda: from_aif(own), repeat=repeat)
        write = measure(lambda: to_aif(amap), repeat=repeat)
    return [
        {"operation": "read argmap's own AIF", "size": size, "argmap_s": read.median,
         "peer": None, "peer_s": None, "note": f"{len(own) // 1024} KiB with argmap keys"},
        {"operation": "write AIF (to_aif)", "size": size, "argmap_s": write.median,
         "peer": None, "peer_s": None, "note": ""},
    ]  # fmt: skip


def run(quick: bool = False) -> list[dict[str, Any]]:
    repeat = 3 if quick else 5
    sizes = (200,) if quick else (200, 1_000)
    return [*dev_rows(repeat), *generated_rows(repeat, sizes), *own_rows(repeat)]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
