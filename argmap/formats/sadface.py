"""SADFace, the Simple Argument Description Format (JSON), read into a map.

A SADFace document holds ``nodes`` (``"atom"`` nodes with a ``text``, the
statements; ``"scheme"`` nodes with a ``name``, the inferences), ``edges``
(``source_id`` -> ``target_id``: premise atoms point at a scheme, the scheme
at its conclusion), ``resources`` (the analysed texts, ``content``) and
``metadata`` (``metadata.core``: ``title``, ``claim``, analyst, dates; in
the first version these keys sit at the top level). An atom's ``sources``
say where it stands in a resource: ``resource_id``, ``text``, ``offset`` and
``length``.

argmap reads every atom as a statement and every scheme with an argument
structure (a premise, one conclusion) as an inference: a scheme whose name
says conflict or attack is an attack (an undercut when it points at another
scheme), any other a support, with the name as its scheme unless it is the
generic ``support``/``inference``. The atom named by ``metadata.core.claim``
is the thesis; the other kinds follow from the structure as for AIF. The
resource the atoms cite is the source text and their sources its spans.
What argmap cannot hold is named in one warning.

>>> doc = '''{"metadata": {"core": {"title": "Buses", "claim": "a1"}},
...   "nodes": [{"id": "a1", "type": "atom", "text": "Keep the buses"},
...             {"id": "a2", "type": "atom", "text": "Nurses ride them"},
...             {"id": "s1", "type": "scheme", "name": "support"}],
...   "edges": [{"id": "e1", "source_id": "a2", "target_id": "s1"},
...             {"id": "e2", "source_id": "s1", "target_id": "a1"}], "resources": []}'''
>>> m = from_sadface(doc)
>>> [(s.id, s.kind) for s in m.statements], m.inferences[0].premises
([('a1', 'thesis'), ('a2', 'premise')], ['a2'])
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from argmap.errors import MapValidationError, Problem
from argmap.formats._ids import id_text, safe_id
from argmap.formats._inferences import NO_TEXT, SchemeNode, structured
from argmap.formats._json import parse_json
from argmap.formats._left_out import LeftOut
from argmap.formats._validate import build_map
from argmap.formats.aif import guess_kinds
from argmap.model import ArgumentMap

__all__ = ["from_sadface", "is_attack"]

#: Scheme names that say only "this is a support" (no scheme worth keeping).
_GENERIC = frozenset({"support", "inference", "default support", "default inference", ""})
_WRONG_AIM = "from a support scheme to another scheme (only a conflict may target an inference)"
#: Top-level keys of the first SADFace version, later under ``metadata.core``.
_OLD_CORE = ("analyst_name", "analyst_email", "created", "edited", "id", "title", "notes")


def is_attack(name: str) -> bool:
    """Whether scheme ``name`` is a conflict (``conflict``, ``Default Conflict``, ``attack``).

    >>> is_attack("conflict"), is_attack("Argument from Expert Opinion")
    (True, False)
    """
    low = name.lower()
    return "conflict" in low or "attack" in low


class _Doc:
    def __init__(self, root: Any, source: str | None) -> None:
        self.source = source
        self.left = LeftOut()
        if not isinstance(root, dict) or not isinstance(root.get("nodes"), list):
            raise MapValidationError(
                [Problem("not a SADFace document: it needs a 'nodes' list", line=1)],
                source=source,
            )
        self.root = root
        meta = root.get("metadata")
        core = meta.get("core") if isinstance(meta, dict) else None
        self.core: dict[str, Any] = dict(core) if isinstance(core, dict) else {}
        for key in _OLD_CORE:
            if key in root and key not in self.core:
                self.core[key] = root[key]
        self.meta = meta if isinstance(meta, dict) else {}

    def nodes(self) -> tuple[dict[str, tuple[str, dict[str, Any]]], dict[str, str]]:
        """``{key: (type, raw)}`` of the usable nodes, and ``{key: argmap id}``."""
        nodes: dict[str, tuple[str, dict[str, Any]]] = {}
        refs: dict[str, str] = {}
        taken: set[str] = set()
        listed = self.root["nodes"]
        for n, raw in enumerate(listed):
            key = id_text(raw.get("id")) if isinstance(raw, dict) else None
            kind = raw.get("type") if isinstance(raw, dict) else None
            if not isinstance(raw, dict) or key is None:
                self.left.add("node", "without an id", f"#{n + 1}")
            elif kind not in ("atom", "scheme"):
                self.left.add("node", "of a type SADFace does not define", f"{key!r} ({kind!r})")
            elif key in nodes:
                self.left.add("node", "whose id an earlier node already has", repr(key))
            else:
                nodes[key] = (str(kind), raw)
                refs[key] = safe_id(key, taken)
        if listed and not nodes:
            raise MapValidationError(
                [Problem("none of the nodes is a SADFace atom or scheme (an 'id' and a 'type' "
                         "of atom or scheme): is this a SADFace document?", line=1)],
                source=self.source,
            )  # fmt: skip
        return nodes, refs

    def edges(self, nodes: dict[str, tuple[str, dict[str, Any]]]) -> list[tuple[str, str]]:
        edges = self.root.get("edges")
        if not isinstance(edges, list):
            if edges is not None:
                self.left.note(f"'edges', which is a {type(edges).__name__} and not a list")
            return []
        seen: set[tuple[str, str]] = set()
        kept: list[tuple[str, str]] = []
        for n, raw in enumerate(edges):
            a = id_text(raw.get("source_id")) if isinstance(raw, dict) else None
            b = id_text(raw.get("target_id")) if isinstance(raw, dict) else None
            ident = id_text(raw.get("id")) if isinstance(raw, dict) else None
            label = repr(ident) if ident is not None else f"#{n + 1}"
            if a is None or b is None:
                self.left.add("edge", "without a source_id or target_id", label)
            elif a not in nodes or b not in nodes:
                missing = a if a not in nodes else b
                self.left.add("edge", "to a node that is not in the file", f"{label} ({missing!r})")
            elif a == b:
                self.left.add("edge", "from a node to itself", label)
            elif (a, b) in seen:
                self.left.add("edge", "given twice", label)
            elif nodes[a][0] == nodes[b][0] == "atom":
                self.left.add("edge", "joining two atoms directly (SADFace joins them through a "
                              "scheme)", label)  # fmt: skip
            else:
                seen.add((a, b))
                kept.append((a, b))
        return kept


def _spans(
    raw: dict[str, Any], texts: dict[str, str], chosen: str | None, left: LeftOut
) -> list[dict[str, Any]]:
    spans = []
    for src in raw.get("sources") or []:
        if not isinstance(src, dict):
            continue
        resource, offset, words = src.get("resource_id"), src.get("offset"), src.get("text")
        key = repr(id_text(raw.get("id")))
        if chosen is None or resource != chosen:
            left.add("source", "in another resource than the source text", key)
        elif (
            not isinstance(offset, int)
            or isinstance(offset, bool)
            or offset < 0
            or not isinstance(words, str)
            or not words
        ):
            left.add("source", "without an offset and text", key)
        elif texts[chosen][offset : offset + len(words)] != words:
            left.add("source", "whose text is not at its offset in the resource", key)
        else:
            spans.append({"start": offset, "end": offset + len(words), "quote": words})
    return spans


def from_sadface(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Read a SADFace JSON document into a map.

    ``source`` names the file in errors and the warning; ``base`` is accepted
    for the common reader signature. Anomalous nodes and edges (a scheme
    without a premise or conclusion, an edge to a node that is not there)
    are left out and named in one :class:`~argmap.errors.ArgmapWarning`;
    only a document that is not SADFace raises.
    """
    doc = _Doc(parse_json(text, source), source)
    left = doc.left
    nodes, refs = doc.nodes()
    edges = doc.edges(nodes)
    ins: dict[str, list[str]] = {k: [] for k in nodes}
    outs: dict[str, list[str]] = {k: [] for k in nodes}
    for a, b in edges:
        outs[a].append(b)
        ins[b].append(a)
    schemes = {}
    for key, (kind, raw) in nodes.items():
        if kind == "scheme":
            name = raw.get("name")
            schemes[key] = SchemeNode(
                key,
                "conflict scheme" if isinstance(name, str) and is_attack(name) else "scheme",
                attack=isinstance(name, str) and is_attack(name),
                premises=[k for k in ins[key] if nodes[k][0] == "atom"],
                targets=[k for k in outs[key] if nodes[k][0] == "atom"],
                aimed=[k for k in outs[key] if nodes[k][0] == "scheme"],
            )
    found = structured(schemes, left, wrong_aim=_WRONG_AIM, proposition="an atom")
    resources = [r for r in doc.root.get("resources") or [] if isinstance(r, dict)]
    texts = {str(r.get("id")): r["content"] for r in resources if isinstance(r.get("content"), str)}
    cited = Counter(
        src.get("resource_id")
        for _, raw in nodes.values()
        for src in raw.get("sources") or []
        if isinstance(src, dict) and src.get("resource_id") in texts
    )
    chosen = (
        cited.most_common(1)[0][0] if cited else (next(iter(texts)) if len(texts) == 1 else None)
    )
    for other in texts:
        if other != chosen:
            left.add("resource", "besides the one read as the source text", repr(other))
    statements = []
    for key, (kind, raw) in nodes.items():
        if kind != "atom":
            continue
        words = raw.get("text")
        if not isinstance(words, str) or not words.strip():
            left.add("atom", f"without text, kept with the text {NO_TEXT!r}", repr(key))
            words = NO_TEXT
        st: dict[str, Any] = {"id": refs[key], "text": words.strip()}
        spans = _spans(raw, texts, chosen, left)
        if spans:
            st["spans"] = spans
        extra = {k: v for k, v in raw.items() if k == "metadata" and v not in ({}, {"core": {}})}
        if refs[key] != key:
            extra["id"] = key
        if extra:
            st["data"] = {"sadface": extra}
        statements.append(st)
    inferences = []
    for key, (premises, conclusion) in found.items():
        raw = nodes[key][1]
        name = raw.get("name")
        inf: dict[str, Any] = {
            "id": refs[key],
            "premises": [refs[k] for k in premises],
            "conclusion": refs[conclusion],
            "polarity": "attack" if schemes[key].attack else "support",
        }
        if isinstance(name, str) and not is_attack(name) and name.strip().lower() not in _GENERIC:
            inf["scheme"] = name.strip()
        inferences.append(inf)
    claim = id_text(doc.core.get("claim"))
    if claim is not None and claim in refs and nodes[claim][0] == "atom":
        for st in statements:
            if st["id"] == refs[claim]:
                st["kind"] = "thesis"
    elif claim is not None:
        left.note(f"the claim {claim!r} named in the metadata, which is no atom of the document")
    guess_kinds(statements, inferences)
    if claim is not None and claim in refs:
        for st in statements:
            if st["kind"] == "thesis" and st["id"] != refs[claim]:
                st["kind"] = "claim"
    core = {k: v for k, v in doc.core.items() if k not in ("title", "claim")}
    meta = {k: v for k, v in doc.meta.items() if k != "core"}
    if core:
        meta["core"] = core
    title = doc.core.get("title")
    out: dict[str, Any] = {
        "source": {
            "title": title if isinstance(title, str) else None,
            "text": texts.get(chosen) if chosen else None,
        },
        "statements": statements,
        "inferences": inferences,
    }
    if meta:
        out["meta"] = {"sadface": meta}
    amap = build_map(out, source=source)
    left.warn("SADFace content argmap does not hold", source=source)
    return amap
