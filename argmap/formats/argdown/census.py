"""How many statements, arguments and relations argmap reads in an Argdown document.

The counts are those of Argdown's own JSON export (``argdown json``): one
statement per equivalence class (every distinct ``[title]`` and every
untitled statement, premises and conclusions included), one argument per
``<title>`` or untitled premise-conclusion structure, and each relation
line once per pair and type. They describe the document as argmap reads it,
before the mapping to a map: a contradiction ``><`` is counted though the map
drops it. The differential test against the Argdown command line compares
these numbers with Argdown's.

>>> c = count_argdown("[A]: a.\\n  + [B]: b.\\n  >< [C]: c.\\n\\n<D>: d.\\n  - [A]")
>>> c.statements, c.arguments, sorted(c.relations.items())
(3, 1, [('attack', 1), ('contradiction', 1), ('support', 1)])
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from argmap.formats.argdown.builder import _Builder
from argmap.formats.argdown.parser import parse_argdown

__all__ = ["ArgdownCensus", "count_argdown"]


@dataclass(frozen=True)
class ArgdownCensus:
    """Statements, arguments and relations (by type) of one Argdown document."""

    statements: int
    arguments: int
    relations: dict[str, int] = field(default_factory=dict)


def count_argdown(text: str, *, source: str | None = None) -> ArgdownCensus:
    """Count what argmap reads in ``text``; a syntax error raises ``ParseError``."""
    builder = _Builder(source or "<string>")
    builder.walk(parse_argdown(text, source=source))
    kinds = Counter(key[0] for key in builder.entities)
    pairs = {(r.source, r.target, r.type) for r in builder.rels}
    relations = Counter(rtype for _, _, rtype in pairs)
    if builder.contradictions:
        relations["contradiction"] = builder.contradictions
    return ArgdownCensus(kinds["s"], kinds["a"], dict(relations))
