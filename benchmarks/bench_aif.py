"""AIF benchmark: read a 2,000-node AIF file, and the same file with arguebuf.

    python benchmarks/bench_aif.py [--quick]

The file is an AIFdb-style export (lists at the top level, numeric-looking
string ids, timestamps, no argmap keys), made from a synthetic map: about
1,000 I-nodes and 1,000 RA/CA nodes. Both libraries start from the JSON
text, so JSON parsing is counted for both. arguebuf is optional
(``pip install arguebuf``); without it the peer columns stay empty and the
note says so. Also timed: reading the AIF argmap itself writes (with its
``argmap`` keys and locutions) and writing it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_map
from timing import best_time as _time
from timing import print_table

from argmap.formats.aif import from_aif, to_aif, to_aif_dict


def aifdb_export(n_nodes: int) -> str:
    """An AIFdb-style JSON export with about ``n_nodes`` I- and S-nodes."""
    statements = n_nodes // 2
    for _ in range(3):
        doc = to_aif_dict(make_map(statements))["AIF"]
        keep = [n for n in doc["nodes"] if n["type"] in ("I", "RA", "CA")]
        if len(keep) >= n_nodes:
            break
        statements = statements * n_nodes // len(keep) + 1
    ids = {n["nodeID"]: str(10_000 + k) for k, n in enumerate(keep)}
    nodes = [
        {
            "nodeID": ids[n["nodeID"]],
            "text": n["text"],
            "type": n["type"],
            "timestamp": "2024-02-01 10:00:00",
        }
        for n in keep
    ]
    edges = [
        {"edgeID": str(k + 1), "fromID": ids[e["fromID"]], "toID": ids[e["toID"]]}
        for k, e in enumerate(doc["edges"])
        if e["fromID"] in ids and e["toID"] in ids
    ]
    return json.dumps({"nodes": nodes, "edges": edges, "locutions": [], "participants": []})


def _arguebuf() -> Callable[[str], Any] | None:
    try:
        import arguebuf
    except ImportError:
        return None

    def load(text: str) -> Any:
        return arguebuf.load.aif(json.loads(text))

    return load


def run(quick: bool = False) -> list[dict[str, Any]]:
    repeat = 1 if quick else 5
    text = aifdb_export(2_000)
    doc = json.loads(text)
    size = len(doc["nodes"])
    rows: list[dict[str, Any]] = []
    amap = from_aif(text)
    peer = _arguebuf()
    peer_s = _time(lambda: peer(text), repeat) if peer is not None else None
    if peer is not None:
        graph = peer(text)
        note = (
            f"{len(amap.statements)} statements + {len(amap.inferences)} inferences; "
            f"arguebuf: {len(graph.atom_nodes)} atoms + {len(graph.scheme_nodes)} schemes"
        )
    else:
        note = "arguebuf is not installed (pip install arguebuf): peer not measured"
    rows.append(
        {
            "operation": "read AIFdb export",
            "size": size,
            "argmap_s": _time(lambda: from_aif(text), repeat),
            "peer": "arguebuf.load.aif" if peer is not None else None,
            "peer_s": peer_s,
            "note": note,
        }
    )
    own = to_aif(amap)
    rows.append(
        {
            "operation": "read argmap's own AIF",
            "size": size,
            "argmap_s": _time(lambda: from_aif(own), repeat),
            "peer": None,
            "peer_s": None,
            "note": f"{len(own) // 1024} KiB with argmap keys",
        }
    )
    rows.append(
        {
            "operation": "write AIF (to_aif)",
            "size": size,
            "argmap_s": _time(lambda: to_aif(amap), repeat),
            "peer": None,
            "peer_s": None,
            "note": "",
        }
    )
    return rows


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
