"""The typed document tree the Argdown parser produces.

An Argdown document is a frontmatter and a list of top-level blocks:
headings, elements (a statement or argument with its relation tree) and
premise-conclusion structures (pcs). Every node knows its line and column,
so the builder can point at the text when something cannot be mapped.

>>> m = Member("statement", "T1", "Act now", line=1, column=1)
>>> m.is_reference, m.ref
(False, '[T1]')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Block",
    "Document",
    "Heading",
    "Member",
    "Pcs",
    "PcsInference",
    "PcsStatement",
    "Relation",
]

MemberKind = Literal["statement", "argument"]
RelationType = Literal["support", "attack", "undercut", "contradiction"]


@dataclass(slots=True)
class Relation:
    """A relation line: ``+ [A]``, ``<- <B>``, ``_> <C>``, ``>< [D]`` ...

    ``outgoing`` is True when the child member is the source (``+``,
    ``<+``: the child supports its parent), False when the parent is
    (``+>``: the parent supports the child).
    """

    type: RelationType
    outgoing: bool
    member: Member
    line: int
    column: int


@dataclass(slots=True)
class Member:
    """A statement (``[title]: text``) or argument (``<title>: text``).

    ``text`` is ``None`` for a reference (``[title]`` alone); ``title`` is
    ``None`` for an anonymous statement.
    """

    kind: MemberKind
    title: str | None
    text: str | None
    tags: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    line: int = 0
    column: int = 0

    @property
    def is_reference(self) -> bool:
        """True for ``[title]`` or ``<title>`` without a text."""
        return self.text is None

    @property
    def ref(self) -> str:
        """How the member is written as a reference: ``[T1]`` or ``<I3>``."""
        name = self.title if self.title is not None else "?"
        return f"[{name}]" if self.kind == "statement" else f"<{name}>"


@dataclass(slots=True)
class PcsStatement:
    """``(n) statement`` in a premise-conclusion structure."""

    number: int
    member: Member
    line: int


@dataclass(slots=True)
class PcsInference:
    """An inference line: ``----`` or the expanded ``--`` rules ``{data}`` ``--``."""

    rules: list[str]
    data: dict[str, Any]
    relations: list[Relation]
    line: int
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Pcs:
    """A premise-conclusion structure; ``argument`` is the element it follows."""

    items: list[PcsStatement | PcsInference]
    argument: Member | None
    line: int


@dataclass(slots=True)
class Heading:
    """``# text``: starts a section (a group in the map)."""

    level: int
    text: str
    tags: list[str]
    data: dict[str, Any]
    line: int


Block = Member | Pcs | Heading


@dataclass(slots=True)
class Document:
    """A parsed Argdown document."""

    frontmatter: dict[str, Any] | None
    blocks: list[Block]
