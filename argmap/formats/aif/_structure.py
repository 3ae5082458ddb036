"""The node-and-edge skeleton of an AIF document, checked and indexed.

Real exports are messy, so ids may be numbers or strings, the lists may sit
at the top level or under ``"AIF"`` and may be missing. What cannot be
accepted (an unknown node type, a duplicate id, an edge to a node that does
not exist) is collected as located problems, every one at once.

>>> s = Structure({"nodes": [{"nodeID": 4, "type": "I", "text": "x"}]}, text=None, source=None)
>>> nodes = s.read_nodes(); s.read_edges(nodes)
>>> nodes["4"].ref, nodes["4"].type
('4', 'I')
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from argmap.errors import MapValidationError, Problem
from argmap.formats._json import parse_json
from argmap.model.statements import NOT_ID_CHARS, is_id

__all__ = [
    "NODE_TYPES",
    "S_TYPES",
    "Node",
    "Structure",
    "id_text",
    "listing",
    "node_lines",
    "parse_json",
    "plural",
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


@dataclass
class Node:
    index: int
    key: str  # the nodeID as written, as text
    ref: str  # the argmap id
    type: str
    raw: dict[str, Any]
    ins: list[str] = field(default_factory=list)
    outs: list[str] = field(default_factory=list)


def id_text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float, str)):
        text = str(value).strip()
        return text or None
    return None


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


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def listing(keys: list[str], limit: int = 8) -> str:
    shown = ", ".join(keys[:limit])
    return shown + (f" and {len(keys) - limit} more" if len(keys) > limit else "")


class Structure:
    """Nodes and edges of one AIF document, with the problems found in them."""

    def __init__(self, root: Any, *, text: str | None, source: str | None) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.dropped: list[str] = []
        self.text = text
        self._lines: dict[tuple[str, str], int] | None = None
        self.fulfilments: dict[str, Any] = {}
        self.used: set[str] = set()
        self.used_locutions = 0
        self.used_people: set[str] = set()
        if not isinstance(root, Mapping):
            self._fail(f"an AIF document is a JSON object, got {type(root).__name__}", line=1)
        self.root: Mapping[str, Any] = root
        inner = root.get("AIF")
        self.aif: Mapping[str, Any] = inner if isinstance(inner, Mapping) else root
        if "nodes" not in self.aif:
            self._fail("not an AIF document: there is no 'nodes' list", line=1)

    # -- problems ----------------------------------------------------------

    def _fail(self, message: str, *, line: int | None = None) -> None:
        raise MapValidationError([Problem(message, line=line)], source=self.source)

    def line_of(self, kind: str, key: str | None) -> int | None:
        """The line of node (``kind="nodeID"``) or edge ``key``, found only when needed."""
        if key is None:
            return None
        if self._lines is None:
            self._lines = node_lines(self.text)
        return self._lines.get((kind, key))

    def _problem(
        self,
        message: str,
        *,
        ref: str | None = None,
        edge: str | None = None,
        loc: tuple[Any, ...] = (),
    ) -> None:
        line = self.line_of("edgeID", edge) if edge is not None else self.line_of("nodeID", ref)
        self.problems.append(Problem(message, ref=ref, loc=() if line else loc, line=line))

    def _list(self, name: str) -> list[Any]:
        value = self.aif.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self._problem(f"'{name}' must be a list, got {type(value).__name__}", loc=(name,))
            return []
        return value

    # -- structure ---------------------------------------------------------

    def read_nodes(self) -> dict[str, Node]:
        nodes: dict[str, Node] = {}
        taken: set[str] = set()
        for n, raw in enumerate(self._list("nodes")):
            loc = ("nodes", n)
            if not isinstance(raw, dict):
                self._problem(f"node #{n + 1} is not an object", loc=loc)
                continue
            key = id_text(raw.get("nodeID"))
            if key is None:
                self._problem(f"node #{n + 1} has no usable nodeID", loc=loc)
                continue
            kind = raw.get("type")
            if not isinstance(kind, str) or kind not in NODE_TYPES:
                known = ", ".join(NODE_TYPES)
                self._problem(
                    f"node {key!r} has unknown type {kind!r}; AIF node types are {known}",
                    ref=key,
                    loc=loc,
                )
                continue
            if key in nodes:
                self._problem(f"duplicate nodeID {key!r}", ref=key, loc=loc)
                continue
            ref = key if is_id(key) else self._safe(key, taken)
            taken.add(ref)
            nodes[key] = Node(n, key, ref, str(kind), raw)
        return nodes

    @staticmethod
    def _safe(key: str, taken: set[str]) -> str:
        base = "n" + NOT_ID_CHARS.sub(lambda m: "_" * len(m.group()), key)[:150]
        ref, k = base, 1
        while ref in taken:
            k += 1
            ref = f"{base}.{k}"
        return ref

    def read_edges(self, nodes: dict[str, Node]) -> None:
        for n, raw in enumerate(self._list("edges")):
            loc = ("edges", n)
            label = f"edge #{n + 1}"
            if isinstance(raw, dict) and id_text(raw.get("edgeID")) is not None:
                label = f"edge {id_text(raw.get('edgeID'))!r}"
            if not isinstance(raw, dict):
                self._problem(f"{label} is not an object", loc=loc)
                continue
            ends = []
            for end in ("fromID", "toID"):
                key = id_text(raw.get(end))
                if key is None:
                    self._problem(f"{label} has no {end}", edge=id_text(raw.get("edgeID")), loc=loc)
                elif key not in nodes:
                    self._problem(
                        f"{label}: {end} {key!r} is not a node in the file (dangling edge)",
                        edge=id_text(raw.get("edgeID")),
                        loc=loc,
                    )
                else:
                    ends.append(key)
            if len(ends) == 2:
                a, b = ends
                if a == b:
                    self._problem(
                        f"{label} runs from node {a!r} to itself",
                        edge=id_text(raw.get("edgeID")),
                        loc=loc,
                    )
                    continue
                nodes[a].outs.append(b)
                nodes[b].ins.append(a)
