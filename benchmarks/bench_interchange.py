"""Importers benchmark: argmap against arguebuf on every other format both read.

    python benchmarks/bench_interchange.py [--quick]

One row per format arguebuf also reads, each timed with ``timing.measure``
(the same repetitions, warm-up and median on both sides), both sides starting
from the same text in memory:

* arggraph: every text of ``../shared/corpora/microtexts-part2`` (171 files),
  read one after the other (``from_arggraph`` / ``arguebuf.load.microtexts``);
* BRAT: the test essay (``tests/formats/brat_fixtures``), its ``.ann`` with the
  text (``from_brat`` checks every unit against the text; ``arguebuf.load.brat``
  reads the ``.ann`` alone);
* SADFace, OVA2 and OVA3: the test documents (``from_sadface`` /
  ``arguebuf.load.sadface``, ``from_ova`` / ``arguebuf.load.ova`` and
  ``arguebuf.load.xaif``), each JSON text parsed on both sides;
* Kialo: the test discussion and a generated one of 2,000 claims
  (``from_kialo`` / ``arguebuf.load.kialo``).

What argmap does beyond arguebuf on every row: a validated map with statement
kinds, spans checked against the text, and one warning naming anything left
out. Small inputs are read ``batch`` times per timed call on both sides, and
both sides are timed in processor time, as in ``bench_aif``.
argmap's warnings and arguebuf's log lines are silenced on both sides. The
machine is shared: read the ratios of one run, not the absolute times.
"""

from __future__ import annotations

import io
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_aif import compare, quiet  # noqa: E402
from timing import print_table  # noqa: E402

from argmap.formats.arggraph import from_arggraph  # noqa: E402
from argmap.formats.brat import from_brat  # noqa: E402
from argmap.formats.kialo import from_kialo  # noqa: E402
from argmap.formats.ova import from_ova  # noqa: E402
from argmap.formats.sadface import from_sadface  # noqa: E402

FIXTURES = HERE.parent / "tests" / "formats"
MICROTEXTS = HERE.parent.parent / "shared" / "corpora" / "microtexts-part2" / "en"


def _arguebuf() -> Any:
    try:
        import arguebuf
    except ImportError:
        return None
    return arguebuf


def kialo_discussion(claims: int, seed: int = 3) -> str:
    """A Kialo export of ``claims`` claims, branching like a real one, in outline order."""
    rng = random.Random(seed)
    kids: dict[str, list[str]] = {"1": []}
    order = ["1"]
    while len(order) < claims:
        parent = rng.choice(order[-50:]) if rng.random() < 0.8 else rng.choice(order)
        number = f"{parent}.{len(kids[parent]) + 1}"
        kids[parent].append(number)
        kids[number] = []
        order.append(number)
    words = ["rents", "fares", "nurses", "roads", "wages", "shifts", "taxis", "winters"]
    lines = ["Discussion Title: Should the city keep its night buses?", "", "1. Keep the buses."]
    written: list[str] = []
    stack = list(reversed(kids["1"]))
    while stack:  # depth first, as Kialo writes the outline
        number = stack.pop()
        side = "Pro" if rng.random() < 0.55 else "Con"
        text = f"{rng.choice(words).capitalize()} matter for {rng.choice(words)}."
        if rng.random() < 0.03 and len(written) > 10 and not kids[number]:
            text = f"-> See {rng.choice(written)}."
        lines.append(f"{number}. {side}: {text}")
        written.append(number)
        stack.extend(reversed(kids[number]))
    return "\n".join(lines) + "\n"


def _row(
    name: str,
    size: int,
    mine: Callable[[], Any],
    theirs: Callable[[], Any] | None,
    peer: str,
    batch: int,
    repeat: int,
    note: str,
) -> dict[str, Any]:
    return compare(
        f"read {name}", size, mine, theirs, peer=peer, batch=batch, repeat=repeat, note=note
    )


def microtexts_row(repeat: int, ab: Any) -> list[dict[str, Any]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(MICROTEXTS.glob("*.xml"))]
    if not texts:
        return []
    raw = [text.encode("utf-8") for text in texts]  # arguebuf's XML parser takes bytes

    def mine() -> None:
        for text in texts:
            from_arggraph(text)

    def theirs() -> None:
        for data in raw:
            ab.load.microtexts(io.BytesIO(data))

    return [
        _row("arggraph: all of microtexts-part2", len(texts), mine, theirs if ab else None,
             "arguebuf.load.microtexts", 1, repeat,
             f"{len(texts)} files, time for all; argmap also anchors every ADU in the text")
    ]  # fmt: skip


def fixture_rows(repeat: int, ab: Any) -> list[dict[str, Any]]:
    rows = []
    ann = (FIXTURES / "brat_fixtures" / "nightbuses.ann").read_text(encoding="utf-8")
    txt = (FIXTURES / "brat_fixtures" / "nightbuses.txt").read_text(encoding="utf-8")
    rows.append(_row(
        "BRAT: test essay", ann.count("\n"), lambda: from_brat(ann, source_text=txt),
        (lambda: ab.load.brat(io.StringIO(ann))) if ab else None, "arguebuf.load.brat", 200,
        repeat, "10 units, 9 relations; argmap checks each unit's words against the text",
    ))  # fmt: skip
    sad = (FIXTURES / "sadface_fixtures" / "nightbuses.json").read_text(encoding="utf-8")
    rows.append(_row(
        "SADFace: test document", 11, lambda: from_sadface(sad),
        (lambda: ab.load.sadface(json.loads(sad))) if ab else None, "arguebuf.load.sadface",
        200, repeat, "6 atoms, 5 schemes (an undercut); argmap anchors the sources",
    ))  # fmt: skip
    ova2 = (FIXTURES / "ova_fixtures" / "nightbuses-ova2.json").read_text(encoding="utf-8")
    rows.append(_row(
        "OVA2: test analysis", 5, lambda: from_ova(ova2),
        (lambda: ab.load.ova(json.loads(ova2))) if ab else None, "arguebuf.load.ova", 200,
        repeat, "5 nodes with layout; argmap keeps the layout as data",
    ))  # fmt: skip
    ova3 = (FIXTURES / "ova_fixtures" / "nightbuses-ova3.json").read_text(encoding="utf-8")
    rows.append(_row(
        "OVA3: test analysis", 11, lambda: from_ova(ova3),
        (lambda: ab.load.xaif(json.loads(ova3))) if ab else None, "arguebuf.load.xaif", 200,
        repeat, "11 AIF nodes, marked-up text, layout; argmap reads speakers and spans",
    ))  # fmt: skip
    return rows


def kialo_rows(repeat: int, ab: Any, claims: int) -> list[dict[str, Any]]:
    small = (FIXTURES / "kialo_fixtures" / "nightbuses.txt").read_text(encoding="utf-8")
    big = kialo_discussion(claims)
    with quiet():
        links = sum(1 for i in from_kialo(big).inferences if i.id.split("-")[0] not in i.premises)
    return [
        _row("Kialo: test discussion", 9, lambda: from_kialo(small),
             (lambda: ab.load.kialo(io.StringIO(small))) if ab else None, "arguebuf.load.kialo",
             200, repeat, "9 claims, a link and a claim over two lines"),
        _row("Kialo: generated discussion", claims, lambda: from_kialo(big),
             (lambda: ab.load.kialo(io.StringIO(big))) if ab else None, "arguebuf.load.kialo",
             1, repeat, f"{claims} claims, {links} links"),
    ]  # fmt: skip


def run(quick: bool = False) -> list[dict[str, Any]]:
    repeat = 3 if quick else 5
    ab = _arguebuf()
    return [
        *microtexts_row(repeat, ab),
        *fixture_rows(repeat, ab),
        *kialo_rows(repeat, ab, 500 if quick else 2_000),
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
