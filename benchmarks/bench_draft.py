"""Drafting speed: words per second of ``argmap.draft`` on real editorials.

    python benchmarks/bench_draft.py [--quick]

Drafts the Webis editorials and the microtexts from ``../shared/corpora``
when present (otherwise generated editorial-like text), timed with
:func:`timing.measure` like every other row: the median of five rounds
after one untimed, in processor time (what drafting itself costs; other
load on a shared machine inflates wall-clock time). The target is at least
100,000 words per processor second.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for _path in (str(REPO), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from timing import REPEAT, measure, print_table, row, target  # noqa: E402

SHARED = Path(os.environ.get("ARGMAP_SHARED") or REPO / ".." / "shared") / "corpora"
TARGET_WORDS_PER_SECOND = 100_000

_GENERATED = [
    "The council should keep the toll on the bridge.",
    "Critics say the toll hurts commuters on low incomes.",
    "But the council already exempts residents who earn less than the median wage.",
    "Mayor Ann Lee said the toll raised $4.2 million in 2023.",
    "Traffic fell by 12 percent after the U.S. firm introduced it.",
    "Although the toll is unpopular, it keeps the bridge safe because repairs are paid.",
    "There are views that the toll will only have a symbolic effect.",
    "We urge the council to keep it.",
]


def _texts() -> tuple[str, list[str]]:
    webis = sorted((SHARED / "webis-editorials-dev" / "guardian").glob("*.json"))
    micro = sorted((SHARED / "microtexts-part2" / "en").glob("*.xml"))
    if webis and micro:
        from draft_quality import read_microtexts, read_webis

        texts = [read_webis(p)[1] for p in webis]
        texts += [m.text for m in read_microtexts(SHARED / "microtexts-part2")]
        return "Webis editorials + microtexts", texts
    rng = random.Random(7)
    texts = []
    for _ in range(100):
        paras = [" ".join(rng.choices(_GENERATED, k=5)) for _ in range(8)]
        texts.append("\n\n".join(paras))
    return "generated editorials", texts


def run(quick: bool = False) -> list[dict[str, Any]]:
    """One row: words per processor second of drafting (median of the rounds)."""
    import argmap

    name, texts = _texts()
    if quick:
        texts = texts[: max(1, len(texts) // 4)]
    words = sum(len(t.split()) for t in texts)

    def draft_all() -> None:
        for text in texts:
            argmap.draft(text)

    cpu = measure(draft_all, repeat=2 if quick else REPEAT, clock=time.process_time)
    rate = words / cpu.median
    return [
        row(
            f"draft {len(texts)} {name}",
            words,
            cpu,
            "argmap.draft(text) for every text, processor time",
            note=f"{rate:,.0f} words per processor second",
            goal=target(
                f"at least {TARGET_WORDS_PER_SECOND:,} words per processor second",
                rate >= TARGET_WORDS_PER_SECOND,
            ),
        )
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
