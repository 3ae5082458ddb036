"""How many statements, arguments and relations an Argdown document holds, counted as Argdown does.

The counts are those of Argdown's own JSON export (``argdown json``), taken
from the document as argmap reads it, before the mapping to a map: one
statement per equivalence class (every distinct ``[title]`` and every
untitled statement, premises and conclusions included), one argument per
``<title>`` or untitled premise-conclusion structure, and the relations
after argdown-core's model step. That step keeps a relation once per
source, target and type (a contradiction once per pair, either way round),
moves a relation that comes from a reconstructed argument to the
argument's conclusion, moves an undercut of a reconstructed argument to its
last inference, and leaves out a statement's attack on an argument when the
statement already attacks or contradicts one of the argument's premises.
A contradiction ``><`` is counted though a map drops it. The differential
test against the Argdown command line compares these numbers with Argdown's.

>>> c = count_argdown("[A]: a.\\n  + [B]: b.\\n  >< [C]: c.\\n\\n<D>: d.\\n  - [A]")
>>> c.statements, c.arguments, sorted(c.relations.items())
(3, 1, [('attack', 1), ('contradiction', 1), ('support', 1)])
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from argmap.formats.argdown.builder import Key, _Builder, _Entity
from argmap.formats.argdown.parser import parse_argdown
from argmap.formats.argdown.tree import Document, Member, Pcs, PcsInference, PcsStatement

__all__ = ["ArgdownCensus", "count_argdown"]


@dataclass(eq=False)
class _Link:
    """One relation in argdown-core's model; compared by identity, as there."""

    source: Key
    target: Key
    type: str


@dataclass(frozen=True)
class ArgdownCensus:
    """Statements, arguments and relations (by type) of one Argdown document."""

    statements: int
    arguments: int
    relations: dict[str, int] = field(default_factory=dict)
    #: Constructs whose relations argdown-core files by the state of its
    #: bookkeeping rather than by the text (docs/argdown.md lists them): a
    #: relation joining a member to itself (also once a reconstructed
    #: argument's relations are moved to its conclusion), a statement named
    #: twice in one premise-conclusion structure, and ``<_`` below a statement
    #: that is no conclusion once an inference line has been read.
    quirks: int = 0


class _Model:
    """argdown-core's relation bookkeeping: every member lists its relations, both ways."""

    def __init__(self, builder: _Builder) -> None:
        self.entities = builder.entities
        self.links: list[_Link] = []
        self.of: dict[Key, list[_Link]] = {}
        for rel in builder.rels:
            self.add(_Link(rel.source, rel.target, rel.type))
        for src, dst in builder.contradictions:
            self.add(_Link(src, dst, "contradiction"))

    def listed(self, key: Key) -> list[_Link]:
        return self.of.setdefault(key, [])

    def add(self, link: _Link) -> None:
        for old in self.listed(link.source):
            same = old.target == link.target and old.type == link.type
            mirrored = link.type == "contradiction" == old.type and (old.source, old.target) == (
                link.target,
                link.source,
            )
            if same or mirrored:
                return
        self.links.append(link)
        self.listed(link.source).append(link)
        self.listed(link.target).append(link)

    def unlink(self, key: Key, link: _Link) -> None:
        # As argdown-core does it: ``list.splice(list.indexOf(link), 1)``, which
        # removes the last entry when the link is not there (a relation of a
        # member to itself is listed twice and removed twice).
        mine = self.listed(key)
        at = next((n for n, x in enumerate(mine) if x is link), -1)
        if mine:
            del mine[at]

    def reconstructed(self, key: Key) -> _Entity | None:
        ent = self.entities.get(key)
        return ent if ent is not None and key[0] == "a" and ent.pcs else None

    def move_argument_relations(self) -> None:
        kept: list[_Link] = []
        for link in self.links:
            keep = True
            arg = self.reconstructed(link.source)
            if arg is not None:
                self.unlink(link.source, link)
                conclusion = arg.pcs_keys[-1]
                assert conclusion is not None
                link.source = conclusion
                mine = self.listed(conclusion)
                if any(x.target == link.target and x.type == link.type for x in mine):
                    self.unlink(link.target, link)
                    keep = False
                else:
                    mine.append(link)
            arg = self.reconstructed(link.target)
            if arg is not None and arg.pcs is not None and link.type == "undercut":
                # even when merged above, as argdown-core does
                last = max(n for n, x in enumerate(arg.pcs.items) if isinstance(x, PcsInference))
                self.unlink(link.target, link)
                link.target = ("i", f"{arg.key[1]}\x00{last}")
                theirs = self.listed(link.target)
                if any(x.source == link.source and x.type == link.type for x in theirs):
                    self.unlink(link.source, link)
                    keep = False
                else:
                    theirs.append(link)
            if keep:
                kept.append(link)
        self.links = kept

    def drop_redundant_attacks(self) -> None:
        kept: list[_Link] = []
        for link in self.links:
            src = link.source
            arg = self.reconstructed(link.target)
            if link.type != "attack" or src[0] != "s" or arg is None:
                kept.append(link)
                continue
            premises = set(_premises(arg))
            if any(
                (other := x.target if x.source == src else x.source) in premises
                and other[0] == "s"
                and ((x.type == "attack" and x.source == src) or x.type == "contradiction")
                for x in self.listed(src)
            ):
                self.unlink(src, link)
                self.unlink(link.target, link)
                continue
            kept.append(link)
        self.links = kept


def _premises(arg: _Entity) -> list[Key]:
    """The statements of ``arg`` that are premises (not a conclusion of a step)."""
    assert arg.pcs is not None
    items = arg.pcs.items
    return [
        key
        for n, (item, key) in enumerate(zip(items, arg.pcs_keys, strict=True))
        if isinstance(item, PcsStatement)
        and key is not None
        and not (n > 0 and isinstance(items[n - 1], PcsInference))
    ]


def count_argdown(text: str, *, source: str | None = None) -> ArgdownCensus:
    """Count what ``text`` holds as ``argdown json`` would; a syntax error raises ``ParseError``."""
    builder = _Builder(source or "<string>")
    doc = parse_argdown(text, source=source)
    builder.walk(doc)
    model = _Model(builder)
    model.move_argument_relations()
    model.drop_redundant_attacks()
    kinds = Counter(key[0] for key in builder.entities)
    relations = Counter(link.type for link in model.links)
    loops = sum(1 for link in model.links if link.source == link.target)
    loops += sum(
        1
        for rel in builder.rels
        if rel.source[0] == "a"
        and (arg := model.reconstructed(rel.source)) is not None
        and arg.pcs_keys[-1] == rel.target
    )
    loops += sum(
        1
        for ent in builder.entities.values()
        if ent.pcs is not None
        and len({k for k in ent.pcs_keys if k is not None})
        < sum(1 for k in ent.pcs_keys if k is not None)
    )
    loops += _stale_undercuts(doc)
    return ArgdownCensus(kinds["s"], kinds["a"], dict(relations), loops)


def _stale_undercuts(doc: Document) -> int:
    """``<_`` below a statement that is no conclusion, after some inference line.

    argdown-core aims such an undercut at the last inference it has read,
    wherever that was; argmap aims it at the statement it is written below.
    """
    found = 0
    seen_inference = False

    def walk(m: Member, conclusion: bool) -> None:
        nonlocal found
        for rel in m.relations:
            walk(rel.member, False)
            if rel.type == "undercut" and rel.outgoing and m.kind == "statement":
                found += seen_inference and not conclusion

    for block in doc.blocks:
        if isinstance(block, Member):
            walk(block, False)
        elif isinstance(block, Pcs):
            for n, item in enumerate(block.items):
                if isinstance(item, PcsInference):
                    seen_inference = True
                    for rel in item.relations:
                        walk(rel.member, False)
                else:
                    walk(item.member, n > 0 and isinstance(block.items[n - 1], PcsInference))
    return found
