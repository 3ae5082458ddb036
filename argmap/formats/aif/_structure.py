"""The node-and-edge skeleton of an AIF document, checked and indexed.

Real exports are messy, so ids may be numbers or strings, the lists may sit
at the top level or under ``"AIF"`` and may be missing. What is anomalous (a
node of a type AIF does not define, a second node with a taken id, an edge
to a node that does not exist, an edge given twice ...) is left out and
recorded in :attr:`Structure.left`, which the reader turns into one warning;
only a document that is not AIF at all is refused.

>>> s = Structure({"nodes": [{"nodeID": 4, "type": "I", "text": "x"}]}, text=None, source=None)
>>> nodes = s.read_nodes(); s.read_edges(nodes)
>>> nodes["4"].ref, nodes["4"].type
('4', 'I')
>>> s = Structure({"nodes": [{"nodeID": 4, "type": "I", "text": "x"}],
...                "edges": [{"edgeID": 9, "fromID": 4, "toID": 5}]}, text=None, source=None)
>>> s.read_edges(s.read_nodes()); s.left.parts()
["1 edge to a node that is not in the file: '9' (toID '5')"]
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from argmap.errors import MapValidationError, Problem
from argmap.formats._ids import id_text, safe_id
from argmap.formats._json import parse_json
from argmap.formats._left_out import LeftOut
from argmap.model.statements import ID_MAX_LENGTH as MAX_ID

__all__ = [
    "NODE_TYPES",
    "S_TYPES",
    "Node",
    "Structure",
    "id_text",
    "node_lines",
    "parse_json",
]

#: AIF node types and what argmap makes of them.
NODE_TYPES: dict[str, str] = {
    "I": "a proposition: a statement",
    "RA": "an inference: a support inference",
    "CA": "a conflict: an attack (an undercut when it points at an S-node)",
    "MA": "a rephrase: a support inference with scheme 'rephrase'",
    "L": "a locution: gives a statement its speaker and span",
    "YA": "an illocution: ties a locution to what it asserts",
    "TA": "a transition between locutions (not mapped)",
    "PA": "a preference (not mapped)",
}
S_TYPES = frozenset({"RA", "CA", "MA"})
_ID_AT = re.compile(r'"(nodeID|edgeID)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*)')


@dataclass(slots=True)
class Node:
    index: int
    key: str  # the nodeID as written, as text
    ref: str  # the argmap id
    type: str
    raw: dict[str, Any]
    ins: list[str] = field(default_factory=list)
    outs: list[str] = field(default_factory=list)


def node_lines(text: str | None) -> dict[tuple[str, str], int]:
    """The line on which each ``"nodeID"``/``"edgeID"`` first appears in ``text``."""
    found: dict[tuple[str, str], int] = {}
    if text is None:
        return found
    line, pos = 1, 0
    for m in _ID_AT.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        try:
            key = id_text(json.loads(m.group(2)))
        except ValueError:
            continue
        if key is not None:
            found.setdefault((m.group(1), key), line)
    return found


class Structure:
    """Nodes and edges of one AIF document, with what had to be left out of them."""

    def __init__(self, root: Any, *, text: str | None, source: str | None) -> None:
        self.source = source
        self.left = LeftOut()
        self.text = text
        self._lines: dict[tuple[str, str], int] | None = None
        self.fulfilments: dict[str, Any] = {}
        self.used: set[str] = set()
        self.used_locutions = 0
        self.used_people: set[str] = set()
        # nodeIDs of nodes left out, so that their edges are not reported again
        self.gone: set[str] = set()
        #: The nodes read, of each type in file order (RA, CA and MA together under "S").
        self.of_type: dict[str, list[Node]] = {kind: [] for kind in (*NODE_TYPES, "S")}
        if not isinstance(root, Mapping):
            self._fail(f"an AIF document is a JSON object, got {type(root).__name__}", line=1)
        self.root: Mapping[str, Any] = root
        inner = root.get("AIF")
        self.aif: Mapping[str, Any] = inner if isinstance(inner, Mapping) else root
        if "nodes" not in self.aif:
            self._fail("not an AIF document: there is no 'nodes' list", line=1)

    def _fail(
        self, message: str, *, line: int | None = None, loc: tuple[str | int, ...] = ()
    ) -> None:
        raise MapValidationError([Problem(message, loc=loc, line=line)], source=self.source)

    def line_of(self, kind: str, key: str | None) -> int | None:
        """The line of node (``kind="nodeID"``) or edge ``key``, found only when needed."""
        if key is None:
            return None
        if self._lines is None:
            self._lines = node_lines(self.text)
        return self._lines.get((kind, key))

    def _list(self, name: str, *, required: bool = False) -> list[Any]:
        value = self.aif.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            if required:
                self._fail(f"'{name}' must be a list, got {type(value).__name__}", loc=(name,))
            self.left.note(f"'{name}', which is a {type(value).__name__} and not a list")
            return []
        return value

    # -- structure ---------------------------------------------------------

    def read_nodes(self) -> dict[str, Node]:
        nodes: dict[str, Node] = {}
        taken: set[str] = set()
        listed = self._list("nodes", required=True)
        left = self.left
        of_type = self.of_type
        s_nodes = of_type["S"]
        for n, raw in enumerate(listed):
            if not isinstance(raw, dict):
                left.add("node", "not given as an object", f"#{n + 1}")
                continue
            key = raw.get("nodeID")
            key = (key.strip() or None) if type(key) is str else id_text(key)
            if key is None:
                left.add("node", "without a usable nodeID", f"#{n + 1}")
                continue
            kind = raw.get("type")
            if not isinstance(kind, str) or kind not in NODE_TYPES:
                left.add("node", "of a type AIF does not define", f"{key!r} ({kind!r})")
                self.gone.add(key)
                continue
            if key in nodes:
                left.add("node", "whose nodeID an earlier node already has", repr(key))
                continue
            if key.isascii() and key.isalnum() and key not in taken and len(key) <= MAX_ID:
                taken.add(key)  # the common case of safe_id, inline: once per node
                ref = key
            else:
                ref = safe_id(key, taken)
            nodes[key] = node = Node(n, key, ref, kind, raw)
            of_type[kind].append(node)
            if kind in S_TYPES:
                s_nodes.append(node)
        if listed and not nodes:
            known = ", ".join(NODE_TYPES)
            self._fail(
                f"none of the {len(listed)} nodes is an AIF node (an object with a 'nodeID' "
                f"and a 'type' of {known}): is this an AIF document?",
                line=1,
            )
        return nodes

    def read_edges(self, nodes: dict[str, Node]) -> None:
        left = self.left
        seen: set[tuple[str, str]] = set()
        find = nodes.get
        for n, raw in enumerate(self._list("edges", required=True)):
            if not isinstance(raw, dict):
                left.add("edge", "not given as an object", f"#{n + 1}")
                continue
            # Ids are read inline (this loop runs once per edge): id_text for the rest.
            a = raw.get("fromID")
            a = (a.strip() or None) if type(a) is str else str(a) if type(a) is int else id_text(a)
            b = raw.get("toID")
            b = (b.strip() or None) if type(b) is str else str(b) if type(b) is int else id_text(b)
            if a is None or b is None:
                left.add("edge", "without a fromID or toID", _edge_label(raw, n))
                continue
            start = find(a)
            end = find(b)
            if start is None or end is None:
                missing = [
                    f"{name} {key!r}"
                    for name, key, node in (("fromID", a, start), ("toID", b, end))
                    if node is None and key not in self.gone
                ]
                if missing:
                    label = f"{_edge_label(raw, n)} ({missing[0]})"
                    left.add("edge", "to a node that is not in the file", label)
            elif a == b:
                left.add("edge", "from a node to itself", _edge_label(raw, n))
            elif start.type == "I" and end.type == "I":  # (never kept, so never seen before)
                left.add(
                    "edge",
                    "joining two I-nodes directly (AIF joins them through an RA, CA or MA node)",
                    _edge_label(raw, n),
                )
            elif (pair := (a, b)) in seen:
                left.add("edge", "given twice", _edge_label(raw, n))
            else:
                seen.add(pair)
                start.outs.append(b)
                end.ins.append(a)


def _edge_label(raw: dict[str, Any], n: int) -> str:
    key = id_text(raw.get("edgeID"))
    return repr(key) if key is not None else f"#{n + 1}"
