"""Drafting speed: words per second of ``argmap.draft`` on real editorials.

    python benchmarks/bench_draft.py [--quick]

Drafts the Webis editorials and the microtexts from ``../shared/corpora``
when present (otherwise generated editorial-like text) and reports the best
of a few rounds, both in CPU time (what drafting itself costs) and wall-clock
time (which other load on the machine inflates).
The target is at least 100,000 words per second.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
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
        sys.path.insert(0, str(Path(__file__).resolve().parent))
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
    """One row: words per second of drafting, best of a few rounds."""
    import argmap

    name, texts = _texts()
    if quick:
        texts = texts[: max(1, len(texts) // 4)]
    words = sum(len(t.split()) for t in texts)
    argmap.draft(texts[0])  # warm up: imports and the segmenter's model
    best_wall = best_cpu = float("inf")
    for _ in range(2 if quick else 5):
        w0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            argmap.draft(text)
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return [
        {
            "operation": f"draft {len(texts)} {name}",
            "size": words,
            "argmap_s": best_wall,
            "peer": None,
            "peer_s": None,
            "note": (
                f"{words / best_cpu:,.0f} words per CPU second, {words / best_wall:,.0f} "
                f"per wall-clock second (target {TARGET_WORDS_PER_SECOND:,}; wall-clock "
                "time suffers when other processes share the machine)"
            ),
        }
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row['operation']}: {row['size']} words in {row['argmap_s']:.3f}s; {row['note']}")
