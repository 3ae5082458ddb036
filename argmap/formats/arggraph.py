"""The arggraph XML of the argumentative microtext corpora, read into a map.

An ``<arggraph>`` holds the text cut into EDUs (elementary discourse units,
in text order), ADUs (argumentative units, ``type="pro"`` for the author's
voice, ``"opp"`` for an objection the author considers) and edges: ``seg``
(EDU -> ADU: which words realise the unit), ``sup`` and ``exa`` (support,
by example for ``exa``), ``reb`` (a rebutting attack), ``und`` (an
undercutting attack, whose target is an *edge*) and ``add`` (a further
premise of the argument an edge stands for, also aimed at an edge).

argmap reads it like this:

- the source text is the author's EDUs joined by single spaces; an EDU marked
  ``implicit="true"`` (a claim the annotators reconstructed) is not part of it;
- every ADU becomes a statement with the ADU's id, the words of its first EDU
  and a span for each of its EDUs in the text (an ADU realised only by an
  implicit EDU is an ``implicit`` statement without a span);
- the central claim, the one ADU that is the source of no edge, is the
  thesis; an ``opp`` ADU is a counterclaim; a ``pro`` ADU that attacks is a
  rebuttal (in the corpus it always attacks the opponent), one that only
  gives examples is evidence of type ``example``, one that supports is a
  claim when something supports it in turn and a premise otherwise;
- every ``sup``, ``exa``, ``reb`` and ``und`` edge becomes an inference with
  the edge's id (``exa`` with scheme ``example``; ``und`` pointing at the
  inference of the edge it undercuts), and each ``add`` edge adds its ADU to
  the premises of the inference it points at, making it linked.

>>> doc = '''<arggraph id="t1" stance="pro">
...   <edu id="e1"><![CDATA[Buses should run late]]></edu>
...   <edu id="e2"><![CDATA[because nurses work nights.]]></edu>
...   <adu id="a1" type="pro"/><adu id="a2" type="pro"/>
...   <edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e2" trg="a2" type="seg"/>
...   <edge id="c3" src="a2" trg="a1" type="sup"/>
... </arggraph>'''
>>> m = from_arggraph(doc)
>>> [(s.id, s.kind, s.spans[0].quote) for s in m.statements]
[('a1', 'thesis', 'Buses should run late'), ('a2', 'premise', 'because nurses work nights.')]
>>> m.source.text
'Buses should run late because nurses work nights.'
>>> [(i.id, i.premises, i.conclusion) for i in m.inferences]
[('c3', ['a2'], 'a1')]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from argmap.errors import MapValidationError, Problem
from argmap.formats._left_out import LeftOut
from argmap.formats._validate import build_map
from argmap.formats._xml import parse_xml
from argmap.model import ArgumentMap

__all__ = ["EDGE_TYPES", "from_arggraph"]

#: The edge types of arggraph and what argmap makes of each.
EDGE_TYPES: dict[str, str] = {
    "seg": "which EDUs realise an ADU: the statement's spans",
    "sup": "a support inference",
    "exa": "a support inference with scheme 'example' (its premise is evidence)",
    "reb": "an attack on a statement",
    "und": "an attack on the inference of another edge (an undercut)",
    "add": "a further premise of the inference of another edge (linked premises)",
}
_INFERENCES = ("sup", "exa", "reb", "und")
_ATTACKS = ("reb", "und")


class _Graph:
    """The EDUs, ADUs and edges of one document, checked, with every problem at once."""

    def __init__(self, text: str, source: str | None) -> None:
        self.text = text
        self.source = source
        self.problems: list[Problem] = []
        self.left = LeftOut()
        root = parse_xml(text, source=source, what="arggraph XML")
        if root.tag != "arggraph":
            raise MapValidationError(
                [Problem(f"the root element is <{root.tag}>, not <arggraph>: not arggraph XML")],
                source=source,
            )
        self.root = root
        self.edus: dict[str, tuple[str, bool]] = {}
        self.adus: dict[str, str] = {}
        self.edges: dict[str, tuple[str, str, str]] = {}
        for element in root:
            ident = element.get("id")
            if element.tag in ("edu", "adu", "edge") and not ident:
                self._problem(f"an <{element.tag}> element has no id", None)
                continue
            if ident in self.edus or ident in self.adus or ident in self.edges:
                self._problem(f"the id {ident!r} is given to two elements", ident)
            elif element.tag == "edu":
                words = element.text or ""
                if not words.strip():
                    self._problem(f"EDU {ident!r} has no text", ident)
                self.edus[str(ident)] = (words, element.get("implicit") == "true")
            elif element.tag == "adu":
                self.adus[str(ident)] = element.get("type") or "pro"
            elif element.tag == "edge":
                self._edge(str(ident), element.get("src"), element.get("trg"), element.get("type"))
            else:
                self.left.add("element", "argmap has no place for", f"<{element.tag}>")

    def line(self, ident: str | None) -> int | None:
        if ident is None:
            return None
        at = re.search(rf"\bid\s*=\s*[\"']{re.escape(ident)}[\"']", self.text)
        return self.text.count("\n", 0, at.start()) + 1 if at else None

    def _problem(self, message: str, ident: str | None) -> None:
        self.problems.append(Problem(message, ref=ident, line=self.line(ident)))

    def _edge(self, ident: str, src: str | None, trg: str | None, kind: str | None) -> None:
        if kind not in EDGE_TYPES:
            self.left.add("edge", "of a type arggraph does not define", f"{ident!r} ({kind!r})")
            return
        if not src or not trg:
            self._problem(f"edge {ident!r} has no {'src' if not src else 'trg'}", ident)
            return
        self.edges[ident] = (src, trg, kind)

    def check(self) -> None:
        """Every edge joins what its type says, every ADU has words; raise with all problems."""
        for ident, (src, trg, kind) in self.edges.items():
            if kind == "seg":
                if src not in self.edus:
                    self._problem(f"seg edge {ident!r} starts at {src!r}, which is no EDU", ident)
                if trg not in self.adus:
                    self._problem(f"seg edge {ident!r} ends at {trg!r}, which is no ADU", ident)
                continue
            if src not in self.adus:
                self._problem(f"{kind} edge {ident!r} starts at {src!r}, which is no ADU", ident)
            if kind in ("und", "add"):
                aimed = self.edges.get(trg)
                if aimed is None or aimed[2] not in _INFERENCES:
                    self._problem(
                        f"{kind} edge {ident!r} points at {trg!r}, which is no sup, exa, reb "
                        "or und edge",
                        ident,
                    )
            elif trg not in self.adus:
                self._problem(f"{kind} edge {ident!r} points at {trg!r}, which is no ADU", ident)
        realised = {trg for src, trg, kind in self.edges.values() if kind == "seg"}
        for adu in self.adus:
            if adu not in realised:
                self._problem(f"ADU {adu!r} has no words: no seg edge from an EDU to it", adu)
        if self.problems:
            raise MapValidationError(self.problems, source=self.source)


def _kinds(g: _Graph, supported: set[str]) -> dict[str, str]:
    """The kind of each ADU's statement (see the module docstring)."""
    roles: dict[str, set[str]] = {adu: set() for adu in g.adus}
    for src, trg, kind in g.edges.values():
        if kind == "add":
            kind = g.edges[trg][2]
        if kind != "seg":
            roles[src].add(kind)
    central = [adu for adu, out in roles.items() if not out]
    if len(central) != 1:
        named = ", ".join(map(repr, central)) or "none"
        g.left.note(
            f"a thesis (the central claim is the one ADU that is the source of no edge; "
            f"this document has {len(central)}: {named})"
        )
    kinds = {}
    for adu, out in roles.items():
        if len(central) == 1 and adu == central[0]:
            kinds[adu] = "thesis"
        elif g.adus[adu] == "opp":
            kinds[adu] = "counterclaim"
        elif out & set(_ATTACKS):
            kinds[adu] = "rebuttal"
        elif out == {"exa"}:
            kinds[adu] = "evidence"
        else:
            kinds[adu] = "claim" if adu in supported else "premise"
    return kinds


def from_arggraph(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Read an arggraph XML document (a microtext) into a map.

    ``source`` names the file in errors; ``base`` is accepted for the common
    reader signature (the text is in the XML itself). Broken structure (an
    edge to an element that is not there, an ADU without words) raises one
    :class:`~argmap.errors.MapValidationError` naming each element and its
    line; elements and edge types argmap has no place for are named in one
    :class:`~argmap.errors.ArgmapWarning`.
    """
    g = _Graph(text, source)
    g.check()
    # The author's text: the EDUs that are not implicit, joined by single spaces.
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    size = 0
    for edu, (words, implicit) in g.edus.items():
        if implicit:
            continue
        if parts:
            parts.append(" ")
            size += 1
        lead = len(words) - len(words.lstrip())
        offsets[edu] = (size + lead, size + len(words.rstrip()))
        parts.append(words)
        size += len(words)
    full = "".join(parts)
    order = {edu: n for n, edu in enumerate(g.edus)}
    segments: dict[str, list[str]] = {adu: [] for adu in g.adus}
    extra: dict[str, list[str]] = {}
    for src, trg, kind in g.edges.values():
        if kind == "seg":
            segments[trg].append(src)
        elif kind == "add":
            extra.setdefault(trg, []).append(src)
    inferences: list[dict[str, Any]] = []
    supported: set[str] = set()
    for ident, (src, trg, kind) in g.edges.items():
        if kind not in _INFERENCES:
            continue
        inf: dict[str, Any] = {
            "id": ident,
            "premises": [src, *extra.get(ident, [])],
            "conclusion": trg,
            "polarity": "attack" if kind in _ATTACKS else "support",
            "data": {"arggraph": {"type": kind}},
        }
        if kind == "exa":
            inf["scheme"] = "example"
        if kind in ("sup", "exa"):
            supported.add(trg)
        inferences.append(inf)
    kinds = _kinds(g, supported)
    statements = []
    for adu, stance in g.adus.items():
        edus = sorted(segments[adu], key=order.__getitem__)
        spoken = [e for e in edus if e in offsets]
        first = spoken[0] if spoken else edus[0]
        st: dict[str, Any] = {
            "id": adu,
            "kind": kinds[adu],
            "text": g.edus[first][0].strip(),
            "data": {"arggraph": {"type": stance, "edus": edus}},
        }
        if spoken:
            st["spans"] = [
                {"start": a, "end": b, "quote": full[a:b]} for a, b in (offsets[e] for e in spoken)
            ]
        else:
            st["implicit"] = True
        if kinds[adu] == "evidence":
            st["evidence_type"] = "example"
        statements.append(st)
    attrs = dict(g.root.attrib)
    doc: dict[str, Any] = {
        "source": {"title": attrs.pop("id", None), "text": full},
        "meta": {"arggraph": attrs} if attrs else {},
        "statements": statements,
        "inferences": inferences,
    }

    def locate(loc: tuple[str | int, ...]) -> int | None:
        if len(loc) >= 2 and loc[0] in ("statements", "inferences") and isinstance(loc[1], int):
            return g.line(str(doc[str(loc[0])][loc[1]]["id"]))
        return None

    amap = build_map(doc, source=source, locate=locate)
    g.left.warn("arggraph content argmap does not hold", source=source)
    return amap
