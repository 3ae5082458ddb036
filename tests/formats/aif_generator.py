"""Real-shaped AIF documents, optionally with anomalies, for tests and benchmarks.

:func:`generate` draws an AIFdb-style export from a seed: a thesis argued
for and against by claims, premises (some linked), rebuttals, undercuts and
rephrases, with the dialogue layer AIFdb and OVA add (a locution per
proposition, ``L -> YA -> I``, transitions between locutions, participants),
node ids that are numbers or numeric strings, and timestamps if asked.

Each name in :data:`ANOMALIES` adds one kind of anomaly real exports carry.
The document comes with the labels that must appear in argmap's warning, so
a test knows exactly what was planted. Every anomaly here is one arguebuf
also loads (it refuses a node or edge without an id, type or text).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

WORDS = ["rents", "fares", "parks", "wages", "schools", "clinics", "roads", "ports", "farms"]
VERBS = ["rise", "fall", "matter", "help", "hurt", "last", "grow", "shrink", "cost more"]
SPEAKERS = [("Ana", "Ruiz"), ("Ben", "Okafor"), ("Chloe", "Martin"), ("Dev", "Patel")]
SCHEMES = ["Default Inference", "Argument From Expert Opinion", "Argument From Consequences"]

#: Every anomaly :func:`generate` can plant, and what argmap does with it.
ANOMALIES: dict[str, str] = {
    "ra_without_premise": "an RA node with a conclusion and no premise: left out",
    "ca_without_premise": "a CA node with a target and no attacker: left out",
    "self_inference": "an RA whose only premise is its conclusion: left out",
    "self_premise": "an RA with a real premise and its conclusion as a premise: kept without it",
    "no_conclusion": "an RA with a premise and no conclusion: left out",
    "two_conclusions": "an RA with two conclusions: left out",
    "ra_to_inference": "an RA with a conclusion and an edge to another RA: the edge left out",
    "undercut_of_dropped": "a CA undercutting an RA that has no premise: both left out",
    "dangling_edge": "an edge to a node that is not in the file: left out",
    "edge_to_itself": "an edge from a node to itself: left out",
    "i_to_i_edge": "an edge joining two I-nodes: left out",
    "unknown_type": "a node of a type AIF does not define: left out",
    "empty_text": "an I-node with empty text: kept with a placeholder",
    "preference": "a PA node (a preference): not mapped",
}


@dataclass
class Generated:
    """An AIF document and the labels of what was planted in it."""

    doc: dict[str, Any]
    planted: dict[str, list[str]] = field(default_factory=dict)

    @property
    def expected_words(self) -> list[str]:
        """Text the warning must contain: a label of every planted anomaly."""
        return [label for labels in self.planted.values() for label in labels]


class _Builder:
    def __init__(self, rng: random.Random, *, numeric: bool, timestamps: bool) -> None:
        self.rng = rng
        self.numeric = numeric
        self.timestamps = timestamps
        self.next = rng.randint(1_000, 90_000)
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        self.locutions: list[dict[str, Any]] = []
        self.second = 0

    def new_id(self) -> Any:
        self.next += 1
        return self.next if self.numeric else str(self.next)

    def stamp(self) -> str:
        self.second += 1
        day, minute, second = 1 + self.second // 3600 % 28, self.second // 60 % 60, self.second % 60
        return f"2021-03-{day:02d} 10:{minute:02d}:{second:02d}"

    def node(self, kind: str, text: str, **extra: Any) -> Any:
        ident = self.new_id()
        node: dict[str, Any] = {"nodeID": ident, "text": text, "type": kind, **extra}
        if self.timestamps:
            node["timestamp"] = self.stamp()
        self.nodes.append(node)
        return ident

    def edge(self, a: Any, b: Any) -> Any:
        ident = self.new_id()
        self.edges.append({"edgeID": ident, "fromID": a, "toID": b, "formEdgeID": None})
        return ident

    def sentence(self) -> str:
        r = self.rng
        return f"{r.choice(WORDS).capitalize()} {r.choice(VERBS)} in {r.choice(WORDS)}"

    def inference(self, kind: str, premises: list[Any], target: Any) -> Any:
        if kind == "RA":
            scheme = self.rng.choice(SCHEMES)
            s = (
                self.node("RA", scheme, scheme=scheme)
                if scheme != SCHEMES[0]
                else self.node("RA", scheme)
            )
        elif kind == "CA":
            s = self.node("CA", "Default Conflict")
        else:
            s = self.node("MA", "Default Rephrase")
        for p in premises:
            self.edge(p, s)
        self.edge(s, target)
        return s


def generate(
    seed: int,
    *,
    size: int = 12,
    anomalies: tuple[str, ...] = (),
    timestamps: bool | None = None,
    dialogue: bool | None = None,
) -> Generated:
    """An AIFdb-style export with about ``size`` propositions and the given anomalies."""
    rng = random.Random(seed)
    b = _Builder(
        rng,
        numeric=rng.random() < 0.4,
        timestamps=rng.random() < 0.5 if timestamps is None else timestamps,
    )
    thesis = b.node("I", b.sentence())
    props = [thesis]
    ras: list[Any] = []
    while len(props) < size:
        target = rng.choice(props)
        roll = rng.random()
        if roll < 0.55:
            premises = [b.node("I", b.sentence()) for _ in range(1 if rng.random() < 0.75 else 2)]
            ras.append(b.inference("RA", premises, target))
        elif roll < 0.8:
            premises = [b.node("I", b.sentence())]
            b.inference("CA", premises, target)
        elif roll < 0.9 and ras:
            premises = [b.node("I", b.sentence())]
            b.inference("CA", premises, rng.choice(ras))  # an undercut
        else:
            premises = [b.node("I", b.sentence())]
            b.inference("MA", premises, target)
        props.extend(premises)
    if dialogue if dialogue is not None else rng.random() < 0.7:
        _add_dialogue(b, props)
    out = Generated({})
    for name in anomalies:
        out.planted[name] = _plant(b, name, props, ras)
    doc: dict[str, Any] = {"nodes": b.nodes, "edges": b.edges, "locutions": b.locutions}
    doc["participants"] = [
        {"participantID": n + 1, "firstname": first, "surname": last}
        for n, (first, last) in enumerate(SPEAKERS)
    ]
    out.doc = {"AIF": doc} if rng.random() < 0.5 else doc
    return out


def _add_dialogue(b: _Builder, props: list[Any]) -> None:
    """A locution for each proposition, ``L -> YA -> I``, and transitions between them."""
    texts = {n["nodeID"]: n["text"] for n in b.nodes}
    previous = None
    for prop in props:
        who = b.rng.randrange(len(SPEAKERS))
        first, last = SPEAKERS[who]
        loc = b.node("L", f"{first} {last}: {texts[prop]}")
        ya = b.node("YA", "Asserting")
        b.edge(loc, ya)
        b.edge(ya, prop)
        entry: dict[str, Any] = {"nodeID": loc, "personID": who + 1}
        if b.timestamps:
            entry["timestamp"] = b.stamp()
        b.locutions.append(entry)
        if previous is not None:
            ta = b.node("TA", "Default Transition")
            b.edge(previous, ta)
            b.edge(ta, loc)
        previous = loc


def _plant(b: _Builder, name: str, props: list[Any], ras: list[Any]) -> list[str]:
    """Add anomaly ``name``; return the labels argmap's warning must name."""
    r = b.rng
    some = r.choice(props)
    if name == "ra_without_premise":
        s = b.node("RA", "Default Inference")
        b.edge(s, some)
        return ["RA node without a premise", repr(str(s))]
    if name == "ca_without_premise":
        s = b.node("CA", "Default Conflict")
        b.edge(s, some)
        return ["CA node without a premise", repr(str(s))]
    if name == "self_inference":
        s = b.node("RA", "Default Inference")
        b.edge(some, s)
        b.edge(s, some)
        return ["whose only premise is its own conclusion", repr(str(s))]
    if name == "self_premise":
        other = b.node("I", b.sentence())
        s = b.inference("RA", [other, some], some)
        return ["also serving as its inference's conclusion", f"{str(some)!r} of {str(s)!r}"]
    if name == "no_conclusion":
        s = b.node("RA", "Default Inference")
        b.edge(some, s)
        return ["RA node without a conclusion", repr(str(s))]
    if name == "two_conclusions":
        s = b.inference("RA", [b.node("I", b.sentence())], some)
        b.edge(s, b.node("I", b.sentence()))
        return ["with several conclusions", repr(str(s))]
    if name == "ra_to_inference":
        if not ras:
            ras.append(b.inference("RA", [b.node("I", b.sentence())], some))
        s = b.inference("RA", [b.node("I", b.sentence())], some)
        b.edge(s, r.choice(ras))
        return ["to another S-node", repr(str(s))]
    if name == "undercut_of_dropped":
        orphan = b.node("RA", "Default Inference")
        b.edge(orphan, some)
        ca = b.inference("CA", [b.node("I", b.sentence())], orphan)
        return ["whose target inference was left out", f"{str(ca)!r} (target {str(orphan)!r})"]
    if name == "dangling_edge":
        e = b.edge(some, "999999999")
        return ["to a node that is not in the file", f"{str(e)!r} (toID '999999999')"]
    if name == "edge_to_itself":
        e = b.edge(some, some)
        return ["edge from a node to itself", repr(str(e))]
    if name == "i_to_i_edge":
        e = b.edge(some, r.choice([p for p in props if p != some] or [b.node("I", "x")]))
        return ["joining two I-nodes directly", repr(str(e))]
    if name == "unknown_type":
        n = b.node("XA", "An extension node")
        b.edge(n, some)
        return ["of a type AIF does not define", f"{str(n)!r} ('XA')"]
    if name == "empty_text":
        n = b.node("I", "")
        b.inference("RA", [n], some)
        return ["without text", repr(str(n))]
    if name == "preference":
        a, c = b.node("I", b.sentence()), b.node("I", b.sentence())
        pa = b.node("PA", "Default Preference")
        b.edge(a, pa)
        b.edge(pa, c)
        return ["PA node", f"{pa} 'Default Preference'"]
    raise ValueError(f"unknown anomaly {name!r}; known: {', '.join(ANOMALIES)}")
