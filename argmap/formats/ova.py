"""OVA's JSON (the Online Visualisation of Argument tool), read into a map.

OVA saves an analysis in one of two shapes:

- **OVA3**: ``{"AIF": {...}, "text": ..., "OVA": {...}}``: the analysis is
  AIF (nodes, edges, locutions, participants, scheme fulfilments), ``text``
  the analysed text with each locution marked ``<span id="node{ID}">``, and
  ``OVA`` the layout: the analyst's name, the URL analysed, and for each
  node ``{"nodeID", "visible", "x", "y", "timestamp"}``.
- **OVA2**: ``{"nodes": [...], "edges": [...], "participants": [...],
  "analysis": {...}}``: each node ``{"id", "type", "text", "x", "y", ...}``,
  each edge ``{"from": node, "to": node}``, and ``analysis.txt`` the text.

argmap reads the argument as AIF (see :mod:`argmap.formats.aif`: the same
mapping, and the same tolerance of anomalous nodes) and keeps the layout as
data: a statement or inference drawn at ``(x, y)`` in OVA gets
``data["ova"] == {"x": x, "y": y}``, and the analyst and URL go to
``meta["ova"]``. What argmap does not map is named in one warning.

>>> doc = {"AIF": {"nodes": [{"nodeID": "1", "text": "Act now", "type": "I"}], "edges": []},
...        "text": "", "OVA": {"firstname": "Ana", "surname": "Ruiz", "url": "",
...        "nodes": [{"nodeID": "1", "visible": True, "x": 40, "y": 120}], "edges": []}}
>>> import json
>>> m = from_ova(json.dumps(doc))
>>> m.statements[0].data, m.meta
({'ova': {'x': 40, 'y': 120}}, {'ova': {'analyst': 'Ana Ruiz'}})
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from argmap.errors import MapValidationError, Problem
from argmap.formats._ids import id_text
from argmap.formats._json import parse_json
from argmap.formats.aif import Dialect, from_aif_dict
from argmap.model import ArgumentMap

__all__ = ["from_ova"]

_WHAT = "OVA content argmap does not map"


def _position(node: dict[str, Any]) -> dict[str, Any] | None:
    x, y = node.get("x"), node.get("y")
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (x, y))
    return {"x": x, "y": y} if numbers and node.get("visible", True) is not False else None


def _analyst(*parts: Any) -> str | None:
    name = " ".join(str(p).strip() for p in parts if isinstance(p, str) and p.strip())
    return name or None


def _ova3(root: dict[str, Any], source: str | None) -> ArgumentMap:
    ova = root["OVA"] if isinstance(root["OVA"], dict) else {}
    layout = {}
    for node in ova.get("nodes") or []:
        if isinstance(node, dict) and (key := id_text(node.get("nodeID"))) is not None:
            where = _position(node)
            if where:
                layout[key] = where
    meta = {"analyst": _analyst(ova.get("firstname"), ova.get("surname")), "url": ova.get("url")}
    doc = dict(root)
    text = doc.get("text")
    if isinstance(text, dict):  # OVA3 may save {"txt": ..., "url": ...}
        doc["text"] = text.get("txt") if isinstance(text.get("txt"), str) else ""
        meta["url"] = meta["url"] or text.get("url")
    return _finish(doc, source, layout, meta, keys=frozenset({"OVA"}))


def _ova2(root: dict[str, Any], source: str | None) -> ArgumentMap:
    nodes, layout, locutions = [], {}, []
    for raw in root["nodes"]:
        if not isinstance(raw, dict):
            nodes.append(raw)  # the AIF reader names it
            continue
        key = id_text(raw.get("id"))
        node = {k: v for k, v in raw.items() if k in ("text", "type", "timestamp")}
        node["nodeID"] = raw.get("id")
        scheme = raw.get("scheme")
        if isinstance(scheme, (str, int)) and str(scheme).strip():
            # OVA2 names a scheme by its id in OVA's list of schemes, or by name
            node["schemeID" if str(scheme).strip().isdigit() else "scheme"] = scheme
        nodes.append(node)
        where = _position(raw)
        if key is not None and where:
            layout[key] = where
        if raw.get("type") == "L" and raw.get("participantID") not in (None, 0, "0", ""):
            locutions.append({"nodeID": raw.get("id"), "personID": raw.get("participantID")})
    edges = []
    for raw in root.get("edges") or []:
        ends = [raw.get(end) if isinstance(raw, dict) else None for end in ("from", "to")]
        ids = [e.get("id") if isinstance(e, dict) else e for e in ends]
        edges.append({"fromID": ids[0], "toID": ids[1]})
    people = [
        {"participantID": p.get("id"), "firstname": p.get("firstname"), "surname": p.get("surname")}
        for p in root.get("participants") or []
        if isinstance(p, dict)
    ]
    found = root.get("analysis")
    analysis: dict[str, Any] = found if isinstance(found, dict) else {}
    text = analysis.get("txt")
    doc: dict[str, Any] = {
        "nodes": nodes,
        "edges": edges,
        "locutions": locutions,
        "participants": people,
        "text": text if isinstance(text, str) else "",
    }
    meta = {
        "analyst": _analyst(analysis.get("annotatorName")),
        "title": analysis.get("documentTitle"),
        "url": analysis.get("documentSource"),
    }
    return _finish(doc, source, layout, meta, keys=frozenset())


def _finish(
    doc: dict[str, Any],
    source: str | None,
    layout: dict[str, dict[str, Any]],
    meta: dict[str, Any],
    *,
    keys: frozenset[str],
) -> ArgumentMap:
    dialect = Dialect(name="ova", what=_WHAT, layout=layout, keys=keys)
    amap = from_aif_dict(doc, source=source, dialect=dialect)
    kept = {k: v for k, v in meta.items() if isinstance(v, str) and v.strip()}
    title = kept.pop("title", None)
    if title and amap.source.title is None:
        amap.source.title = title
    if kept:
        amap.meta["ova"] = dict(kept.items())
    return amap


def from_ova(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Read an OVA analysis (OVA3's AIF with layout, or OVA2's own JSON) into a map.

    ``source`` names the file in errors and the warning; ``base`` is accepted
    for the common reader signature. A plain AIF document (OVA's database
    export) is read as AIF.
    """
    root = parse_json(text, source)
    if isinstance(root, dict) and "OVA" in root and isinstance(root.get("AIF"), dict):
        return _ova3(root, source)
    nodes = root.get("nodes") if isinstance(root, dict) else None
    if isinstance(nodes, list) and any(isinstance(n, dict) and "id" in n for n in nodes):
        return _ova2(root, source)
    if isinstance(nodes, list) or (isinstance(root, dict) and isinstance(root.get("AIF"), dict)):
        return from_aif_dict(root, source=source, dialect=Dialect(name="ova", what=_WHAT))
    raise MapValidationError(
        [Problem("not an OVA analysis: expected 'AIF' and 'OVA' (OVA3) or 'nodes' (OVA2)", line=1)],
        source=source,
    )
