"""Core: validating, reading and writing YAML and JSON, and the networkx view, at three sizes.

    python benchmarks/bench_core.py [--quick]

Every row is argmap alone (no other tool reads argmap's files), timed with
:func:`timing.measure`: five runs after one untimed run at 1,000 and 10,000
statements, three at 100,000. Target: 100,000 statements loaded and validated
from JSON text in under 2 s. Start-up (``import argmap`` and a first load) is
timed by ``bench_import``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from synthetic import make_map  # noqa: E402
from timing import measure, print_table, row, target  # noqa: E402

import argmap  # noqa: E402
from argmap.formats.native import from_json, from_yaml, to_json, to_yaml  # noqa: E402
from argmap.model import ArgumentMap  # noqa: E402


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
    for n in sizes:
        repeat = 3 if n >= 100_000 else 5
        m = make_map(n)
        data = m.model_dump()
        js = to_json(m, indent=None)
        ys = to_yaml(m)

        def timed(fn: Any) -> Any:
            return measure(fn, repeat=repeat)

        load_json = timed(lambda: from_json(js))
        rows += [
            row(
                "validate a map from Python data",
                n,
                timed(lambda: ArgumentMap.model_validate(data)),
                "ArgumentMap.model_validate(dict): models and cross-references",
            ),
            row("write JSON text", n, timed(lambda: to_json(m)), "to_json(map)"),
            row(
                "read JSON text",
                n,
                load_json,
                "from_json(text): parse, validate, cross-check every reference",
                goal=target("under 2 s at 100,000 statements", load_json.median < 2.0)
                if n == 100_000
                else None,
            ),
            row("write YAML text", n, timed(lambda: to_yaml(m)), "to_yaml(map)"),
            row(
                "read YAML text",
                n,
                timed(lambda: from_yaml(ys)),
                "from_yaml(text): libyaml events, vetted, validated, cross-checked",
            ),
        ]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "m.json"
            rows.append(
                row(
                    "save a JSON file",
                    n,
                    timed(lambda: argmap.save(m, path)),
                    "argmap.save(map, 'm.json'): text, then an atomic write",
                )
            )
            rows.append(
                row(
                    "load a JSON file",
                    n,
                    timed(lambda: argmap.load(path)),
                    "argmap.load('m.json'): read, parse, validate",
                )
            )
        rows.append(
            row(
                "to_networkx",
                n,
                timed(m.to_networkx),
                "map.to_networkx(): a DiGraph with the models on the nodes",
            )
        )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
