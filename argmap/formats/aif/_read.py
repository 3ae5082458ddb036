"""Reading AIF JSON (AIFdb exports, OVA's xAIF) into a map.

Real exports are messy, so the reader accepts ids as numbers or strings, the
lists at the top level or under ``"AIF"``, missing lists and extra keys. It
loads every map with a usable argument structure: an anomalous node or edge
(an inference without a premise or conclusion, one whose premise is its own
conclusion, an edge to a node that does not exist, a node of an unknown
type ...) is left out, and what it cannot map (dialogue moves, layout,
preferences) too; both are named, with the reason, in one
:class:`~argmap.errors.ArgmapWarning`. Only a document that is not AIF (not
JSON, no ``nodes`` list, no node with an id and an AIF type) raises a located
:class:`~argmap.errors.ParseError` or :class:`~argmap.errors.MapValidationError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from argmap._perf import gc_paused
from argmap.errors import ParseError
from argmap.formats._inferences import NO_TEXT, SchemeNode, structured
from argmap.formats._left_out import listing, plural
from argmap.formats._validate import build_map
from argmap.formats.aif._dialogue import (
    has_markup,
    participant_name,
    speaker_in_text,
    strip_markup,
)
from argmap.formats.aif._kinds import guess_kinds
from argmap.formats.aif._structure import (
    NODE_TYPES,
    S_TYPES,
    Node,
    Structure,
    id_text,
    parse_json,
)
from argmap.formats.aif._write import AIF_DEFAULT_TEXT, CORE_NODE_KEYS
from argmap.model import ArgumentMap

__all__ = ["NODE_TYPES", "NO_TEXT", "Dialect", "from_aif"]

_KNOWN_TOP = frozenset(
    {"AIF", "nodes", "edges", "locutions", "participants", "text", "argmap", "dialog"}
)
_GENERIC_LABELS = frozenset(
    {*AIF_DEFAULT_TEXT.values(), "RA", "CA", "MA", "Inference", "Conflict", "Rephrase", ""}
)
_NOUNS = {kind: f"{kind} node" for kind in S_TYPES}
_WRONG_AIM = (
    "from an RA or MA node to another S-node (only a conflict, CA, may target an inference)"
)


class _Reader(Structure):
    def __init__(
        self,
        root: Any,
        *,
        text: str | None,
        source: str | None,
        dialect: Dialect | None = None,
    ) -> None:
        super().__init__(root, text=text, source=source)
        self.dialect = dialect or _PLAIN_AIF
        self.timed: set[str] = set()
        self.people: dict[str | None, Any] = {}
        # whether each locution heard by a proposition carries a time (see _timed)
        self.l_timed: dict[str, bool] = {}

    def _inference(
        self, node: Node, nodes: dict[str, Node], premises: list[str], conclusion: str
    ) -> dict[str, Any]:
        """The inference document of S-node ``node``."""
        raw = node.raw
        inf: dict[str, Any] = {}
        mine = raw.get("argmap")
        if isinstance(mine, dict):
            skip = ("id", "premises", "conclusion", "_key")
            inf.update({k: v for k, v in mine.items() if k not in skip})
        else:
            scheme = raw.get("scheme")
            label = raw.get("text")
            if isinstance(scheme, str) and scheme.strip():
                inf["scheme"] = scheme
            elif isinstance(label, str) and label.strip() not in _GENERIC_LABELS:
                inf["scheme"] = label
            elif node.type == "MA":
                inf["scheme"] = "rephrase"
            extra = self._extras(node)
            if node.type == "MA":
                extra["aif_type"] = "MA"
            if extra:
                inf["data"] = {"aif": extra}
            self._lay_out(node.key, inf)
        inf.update(
            id=node.ref,
            premises=[nodes[k].ref for k in premises],
            conclusion=nodes[conclusion].ref,
            polarity="attack" if node.type == "CA" else "support",
        )
        return inf

    def _inferences(self, nodes: dict[str, Node]) -> dict[str, dict[str, Any]]:
        """``{S-node key: inference}`` of every S-node with an argument structure."""
        schemes = {}
        for node in self.of_type["S"]:
            premises = [k for k in node.ins if nodes[k].type == "I"]
            scheme = SchemeNode(node.key, _NOUNS[node.type], node.type == "CA", premises)
            for k in node.outs:
                kind = nodes[k].type
                if kind == "I":
                    scheme.targets.append(k)
                elif kind in S_TYPES:
                    scheme.aimed.append(k)
            schemes[node.key] = scheme
        found = structured(schemes, self.left, wrong_aim=_WRONG_AIM)
        return {
            key: self._inference(nodes[key], nodes, premises, conclusion)
            for key, (premises, conclusion) in found.items()
        }

    def _lay_out(self, key: str, item: dict[str, Any]) -> None:
        """Add the layout the dialect knows for node ``key`` to ``item["data"]``."""
        layout = self.dialect.layout
        where = layout.get(key) if layout else None
        if where:
            item.setdefault("data", {})[self.dialect.name] = where

    def _extras(self, node: Node) -> dict[str, Any]:
        raw = node.raw
        if CORE_NODE_KEYS.issuperset(raw):  # the common case: nothing but core keys
            extra = {}
        else:
            extra = {k: v for k, v in raw.items() if k not in CORE_NODE_KEYS and v is not None}
        if node.ref != node.key or not isinstance(raw.get("nodeID"), (str, int)):
            extra["nodeID"] = raw.get("nodeID")
        if node.key in self.fulfilments and "schemeID" not in extra:
            extra["schemeID"] = self.fulfilments[node.key]
        return extra

    # -- the whole document ---------------------------------------------------

    def read(self) -> ArgumentMap:
        nodes = self.read_nodes()
        self.read_edges(nodes)
        locutions = self._list("locutions")
        participants = self._list("participants")
        self._fulfilments(nodes)
        by_key = self._inferences(nodes)
        inferences = list(by_key.values())

        header = self.root.get("argmap")
        header = header if isinstance(header, dict) else {}
        doc_source = (
            dict(header.get("source") or {}) if isinstance(header.get("source"), dict) else {}
        )
        said = self._dialogue(nodes, locutions, participants)
        text = self.root.get("text")
        ranges: dict[str, tuple[int, int]] = {}
        if header.get("source_text") and isinstance(text, str):
            doc_source["text"] = text
        elif isinstance(text, str) and text.strip() and not header:
            plain, ranges = strip_markup(text) if has_markup(text) else (text, {})
            doc_source["text"] = plain

        statements = []
        statement_keys = []
        for node in self.of_type["I"]:
            statement_keys.append(node.key)
            statements.append(self._statement(node, said.get(node.key, []), ranges, doc_source))
        guess_kinds(statements, inferences)

        self._report_unmapped(nodes, locutions, participants)
        doc: dict[str, Any] = {
            "version": header.get("version", 1),
            "source": doc_source,
            "statements": statements,
            "inferences": inferences,
        }
        if "meta" in header:
            doc["meta"] = header["meta"]
        inference_keys = list(by_key)

        def locate(loc: tuple[str | int, ...]) -> int | None:
            # The node behind ("statements", n) or ("inferences", n), found only on an error.
            if len(loc) < 2:
                return None
            keys = {"statements": statement_keys, "inferences": inference_keys}.get(str(loc[0]))
            n = loc[1]
            if keys is None or type(n) is not int or not 0 <= n < len(keys):
                return None
            return self.line_of("nodeID", keys[n])

        amap = build_map(doc, source=self.source, locate=locate)
        self.left.warn(self.dialect.what, source=self.source, stacklevel=3)
        return amap

    # -- dialogue and what is left over ---------------------------------------

    def _fulfilments(self, nodes: dict[str, Node]) -> None:
        other = 0
        for entry in self._list("schemefulfillments"):
            key = id_text(entry.get("nodeID")) if isinstance(entry, dict) else None
            if key in nodes and nodes[key].type in S_TYPES and isinstance(entry, dict):
                self.fulfilments[key] = entry.get("schemeID")
            else:
                other += 1
        if other:
            self.left.note(f"{plural(other, 'schemefulfillment')} of dialogue nodes")

    def _dialogue(
        self, nodes: dict[str, Node], locutions: list[Any], participants: list[Any]
    ) -> dict[str, list[tuple[str | None, str]]]:
        """``{I-node key: [(speaker, L-node key), ...]}`` from ``L -> YA -> I`` chains."""
        self.people = people = {
            id_text(p.get("participantID")): p for p in participants if isinstance(p, dict)
        }
        names: dict[str | None, str | None] = {}  # filled on first use: few people speak
        spoken_by = {id_text(loc.get("nodeID")): loc for loc in locutions if isinstance(loc, dict)}
        l_timed = self.l_timed
        used, used_people = self.used, self.used_people
        said: dict[str, list[tuple[str | None, str]]] = {}
        for ya in self.of_type["YA"]:
            speakers = [k for k in ya.ins if nodes[k].type == "L"]
            heard = [k for k in ya.outs if nodes[k].type == "I"]
            if not speakers or not heard:
                continue
            used.add(ya.key)
            for l_key in speakers:
                used.add(l_key)
                who: str | None = None
                loc = spoken_by.get(l_key)
                if l_key not in l_timed:
                    l_timed[l_key] = _timed(nodes[l_key].raw) or _timed(loc)
                if loc is not None:
                    pid = id_text(loc.get("personID"))
                    if pid in people:
                        if pid not in names:
                            names[pid] = participant_name(people[pid])
                        who = names[pid]
                        used_people.add(str(pid))
                if who is None:
                    l_text = nodes[l_key].raw.get("text")
                    who = speaker_in_text(l_text) if isinstance(l_text, str) else None
                for i_key in heard:
                    said.setdefault(i_key, []).append((who, l_key))
        self.used_locutions = sum(1 for k in spoken_by if k in used)
        return said

    def _statement(
        self,
        node: Node,
        said: list[tuple[str | None, str]],
        ranges: dict[str, tuple[int, int]],
        source: dict[str, Any],
    ) -> dict[str, Any]:
        raw = node.raw
        st: dict[str, Any] = {"id": node.ref, "text": raw.get("text")}
        mine = raw.get("argmap")
        if isinstance(mine, dict):
            st.update({k: v for k, v in mine.items() if k not in ("id", "text", "_key")})
            return st
        words = st["text"]
        if isinstance(words, (int, float)) and not isinstance(words, bool):
            words = str(words)
        stripped = words.strip() if isinstance(words, str) else ""
        if not stripped:
            self.left.add("I-node", f"without text, kept with the text {NO_TEXT!r}", repr(node.key))
            stripped = NO_TEXT
        st["text"] = stripped
        extra = self._extras(node)
        if extra:
            st["data"] = {"aif": extra}
        self._lay_out(node.key, st)
        if not said:
            return st
        l_timed = self.l_timed
        for _, l_key in said:
            if l_timed[l_key]:
                self.timed.add(l_key)
        if len(said) == 1:  # the common case: one locution
            if said[0][0]:
                st["attributed_to"] = said[0][0]
        else:
            speakers = list(dict.fromkeys(who for who, _ in said if who))
            if speakers:
                st["attributed_to"] = ", ".join(speakers)
        text = source.get("text")
        if ranges and isinstance(text, str):
            spans = []
            for _, l_key in said:
                if l_key in ranges:
                    start, end = ranges[l_key]
                    if text[start:end].strip():
                        spans.append({"start": start, "end": end, "quote": text[start:end]})
            if spans:
                st["spans"] = spans
        return st

    def _report_unmapped(
        self,
        nodes: dict[str, Node],
        locutions: list[Any],
        participants: list[Any],
    ) -> None:
        used = self.used
        unused = {
            kind: [n for n in self.of_type[kind] if n.key not in used]
            for kind in ("L", "YA", "TA", "PA")
        }
        for kind, left in unused.items():
            if left:
                what = NODE_TYPES[kind].split(":")[0].split(" (")[0]
                named = [
                    f"{n.key} {n.raw['text']!r}" if isinstance(n.raw.get("text"), str) else n.key
                    for n in left[:4]
                ]
                shown = ", ".join(named) + (f" and {len(left) - 4} more" if len(left) > 4 else "")
                self.left.note(f"{plural(len(left), kind + ' node')} ({what}): {shown}")
        if self.timed:
            self.left.note(
                f"the timestamps of {plural(len(self.timed), 'locution')} read as speakers "
                f"and spans: {listing(sorted(self.timed))}"
            )
        extra_loc = len(locutions) - self.used_locutions
        if extra_loc:
            self.left.note(f"{plural(extra_loc, 'locution')} of unmapped L-nodes")
        idle = [str(p) for p in self.people if str(p) not in self.used_people]
        idle += ["None"] * sum(not isinstance(p, dict) for p in participants)
        if idle:
            self.left.note(
                f"{plural(len(idle), 'participant')} asserting no mapped statement: "
                + listing(idle)
            )
        extra_keys = [
            k
            for scope in ([self.root] if self.aif is self.root else [self.root, self.aif])
            for k, v in scope.items()
            if k not in _KNOWN_TOP
            and k not in self.dialect.keys
            and k != "schemefulfillments"
            and v not in (None, "", [], {})
        ]
        if extra_keys:
            self.left.note("keys " + ", ".join(repr(k) for k in sorted(set(extra_keys))))


_NO_TIME = (None, "")


def _timed(entry: dict[str, Any] | None) -> bool:
    """Whether an L-node or locution carries a time (``timestamp``, ``start`` or ``end``)."""
    if not entry:
        return False
    get = entry.get
    return (
        get("timestamp") not in _NO_TIME
        or get("start") not in _NO_TIME
        or get("end") not in _NO_TIME
    )


@dataclass(frozen=True)
class Dialect:
    """How a tool's variant of AIF is read: its name, its layout, keys it adds.

    OVA saves AIF with its own layout beside it; its reader passes the layout
    (``{nodeID: {"x": .., "y": ..}}``), which lands in ``data[name]`` of each
    statement and inference, and the keys it has consumed, which are then not
    reported as left out.
    """

    name: str = "aif"
    what: str = "AIF content argmap does not map"
    layout: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    keys: frozenset[str] = frozenset()


_PLAIN_AIF = Dialect()  # plain AIF: made once, not for every read


def from_aif(
    data: str | bytes | Mapping[str, Any],
    *,
    source: str | None = None,
    dialect: Dialect | None = None,
) -> ArgumentMap:
    """Read an AIF document (JSON text or the parsed ``dict``) into a map.

    ``source`` names the file in errors and warnings.

    >>> doc = {"nodes": [
    ...     {"nodeID": 1, "text": "Act now", "type": "I"},
    ...     {"nodeID": 2, "text": "Delay costs", "type": "I"},
    ...     {"nodeID": 3, "text": "Default Inference", "type": "RA"}],
    ...   "edges": [{"fromID": 2, "toID": 3}, {"fromID": 3, "toID": 1}]}
    >>> m = from_aif(doc)
    >>> [(s.id, s.kind) for s in m.statements], m.inferences[0].premises
    ([('1', 'thesis'), ('2', 'premise')], ['2'])
    """
    text: str | None = None
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"AIF file is not valid UTF-8 (byte {exc.start})", source=source or "<string>"
            ) from None
    # Reading makes many small objects and no cycles while the parsed document
    # is alive: the collector's passes over it would cost about a third of the read.
    with gc_paused():
        if isinstance(data, str):
            text = data
            root = parse_json(text, source)
        else:
            root = data
        return _Reader(root, text=text, source=source, dialect=dialect).read()
