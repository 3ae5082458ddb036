"""Writing a map as AIF JSON (the xAIF wrapper that AIFdb and OVA read).

Statements become I-nodes, support inferences RA-nodes, attacks CA-nodes (an
undercut is a CA-node pointing at an RA- or CA-node), rephrases read from AIF
go back out as MA-nodes. Spans and ``attributed_to`` also become L-nodes
(locutions) joined to their I-node by a YA "Asserting" node, with the
speaker as a participant, so dialogue-aware tools see who said what.

Every field AIF has no place for travels in an ``"argmap"`` key on the node
(and the source and ``meta`` in a top-level ``"argmap"`` key), which AIF tools
ignore and :func:`argmap.formats.aif.from_aif` reads back first.
"""

from __future__ import annotations

from typing import Any

from argmap.model import ArgumentMap, Inference, Statement

__all__ = ["AIF_DEFAULT_TEXT", "CORE_NODE_KEYS", "to_aif_dict"]

#: The label AIF tools give an S-node of each type when no scheme is named.
AIF_DEFAULT_TEXT = {"RA": "Default Inference", "CA": "Default Conflict", "MA": "Default Rephrase"}

#: Node keys argmap writes itself; a node's ``data["aif"]`` never overrides them.
CORE_NODE_KEYS = frozenset({"nodeID", "text", "type", "scheme", "argmap"})


def _extras(data: dict[str, Any]) -> dict[str, Any]:
    """Foreign node keys kept from an AIF import (``data["aif"]``), written back."""
    raw = data.get("aif")
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if k not in CORE_NODE_KEYS and k != "aif_type"}


def _statement_node(s: Statement) -> dict[str, Any]:
    extra = s.model_dump(mode="json", exclude_defaults=True, exclude={"id", "text"})
    extra.pop("kind", None)
    node: dict[str, Any] = {"nodeID": s.id, "text": s.text, "type": "I"}
    node.update(_extras(s.data))
    node["argmap"] = {"kind": s.kind, **extra}
    return node


def inference_type(inf: Inference) -> str:
    """``"RA"``, ``"CA"`` or ``"MA"``: the AIF S-node type for an inference."""
    if inf.polarity == "attack":
        return "CA"
    raw = inf.data.get("aif")
    if isinstance(raw, dict) and raw.get("aif_type") == "MA":
        return "MA"
    return "RA"


def _inference_node(inf: Inference) -> dict[str, Any]:
    kind = inference_type(inf)
    extra = inf.model_dump(
        mode="json", exclude_defaults=True, exclude={"id", "premises", "conclusion", "polarity"}
    )
    node: dict[str, Any] = {
        "nodeID": inf.id,
        "text": inf.scheme or AIF_DEFAULT_TEXT[kind],
        "type": kind,
    }
    if inf.scheme:
        node["scheme"] = inf.scheme
    node.update(_extras(inf.data))
    node["argmap"] = extra
    return node


class _Ids:
    """Fresh node ids that clash with nothing in the map."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def fresh(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{wanted}.{n}"
        self.taken.add(candidate)
        return candidate


def _split_name(name: str) -> tuple[str, str]:
    first, _, rest = name.partition(" ")
    return first, rest


def to_aif_dict(amap: ArgumentMap) -> dict[str, Any]:
    """The map as an xAIF document (a ``dict`` ready for :func:`json.dumps`).

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act now"); c = b.claim("Delay costs", supports=t)
    >>> doc = to_aif_dict(b.build())
    >>> [(n["nodeID"], n["type"]) for n in doc["AIF"]["nodes"]]
    [('T1', 'I'), ('C1', 'I'), ('I1', 'RA')]
    >>> [(e["fromID"], e["toID"]) for e in doc["AIF"]["edges"]]
    [('C1', 'I1'), ('I1', 'T1')]
    """
    nodes: list[dict[str, Any]] = [_statement_node(s) for s in amap.statements]
    nodes.extend(_inference_node(inf) for inf in amap.inferences)
    edges: list[dict[str, Any]] = []

    def edge(a: str, b: str) -> None:
        edges.append({"edgeID": len(edges) + 1, "fromID": a, "toID": b})

    for inf in amap.inferences:
        for p in inf.premises:
            edge(p, inf.id)
        edge(inf.id, inf.conclusion)

    ids = _Ids({s.id for s in amap.statements} | {i.id for i in amap.inferences})
    participants: dict[str, int] = {}
    locutions: list[dict[str, Any]] = []
    for s in amap.statements:
        speaker = s.attributed_to or amap.source.author
        said = [sp.quote for sp in s.spans] or ([s.text] if s.attributed_to else [])
        for k, words in enumerate(said):
            l_id = ids.fresh(f"{s.id}.L{k + 1}")
            ya_id = ids.fresh(f"{s.id}.YA{k + 1}")
            nodes.append(
                {"nodeID": l_id, "text": f"{speaker}: {words}" if speaker else words, "type": "L"}
            )
            nodes.append({"nodeID": ya_id, "text": "Asserting", "type": "YA"})
            edge(l_id, ya_id)
            edge(ya_id, s.id)
            if speaker:
                pid = participants.setdefault(speaker, len(participants) + 1)
                locutions.append({"nodeID": l_id, "personID": pid})

    header: dict[str, Any] = {"version": amap.version}
    source = amap.source.model_dump(mode="json", exclude_defaults=True, exclude={"text"})
    if source:
        header["source"] = source
    if amap.source.text is not None:
        header["source_text"] = True
    if amap.meta:
        header["meta"] = amap.meta
    return {
        "AIF": {
            "nodes": nodes,
            "edges": edges,
            "locutions": locutions,
            "participants": [
                {"participantID": pid, "firstname": first, "surname": sur}
                for name, pid in participants.items()
                for first, sur in [_split_name(name)]
            ],
        },
        "text": amap.source.text or "",
        "argmap": header,
    }
