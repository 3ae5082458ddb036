"""Argdown: read and write maps in the Argdown argumentation syntax.

``to_argdown`` writes a map as Argdown that reads well and loads back into
an equal map; ``from_argdown`` reads any Argdown document, warning (with
:class:`~argmap.errors.ArgmapWarning`) about what argmap cannot hold.
The mapping is described in ``docs/argdown.md``.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="On the pact")
>>> t = b.thesis("Stay in the pact")
>>> e = b.evidence("Launches doubled", type="statistic", supports=t)
>>> text = to_argdown(b.build())
>>> print(text)
===
title: On the pact
===
<BLANKLINE>
[T1]: Stay in the pact #thesis
    + [E1]
<BLANKLINE>
[E1]: Launches doubled #evidence {type: statistic}
<BLANKLINE>
>>> from_argdown(text) == b.build()
True
"""

from __future__ import annotations

from pathlib import Path

from argmap._perf import gc_paused
from argmap.formats._validate import attach_text
from argmap.model import ArgumentMap
from argmap.text import refuse_surrogates

__all__ = ["from_argdown", "to_argdown"]


def to_argdown(amap: ArgumentMap) -> str:
    """The map as Argdown text; ``from_argdown(to_argdown(m)) == m``."""
    # Imported on use, as is the reader below: the format registry imports this
    # module to list formats, and loading a YAML map need not load Argdown.
    from argmap.formats.argdown.writer import write_argdown

    return write_argdown(amap)


def from_argdown(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Read an Argdown document into a map.

    Syntax errors raise :class:`~argmap.errors.ParseError` with the line and
    column; what argmap cannot hold is dropped with an
    :class:`~argmap.errors.ArgmapWarning` that lists it.

    >>> m = from_argdown("[T1]: Act now. #thesis\\n    <+ [C1]: Delay costs. #claim")
    >>> m.inferences[0].premises, m.inferences[0].conclusion
    (['C1'], 'T1')
    """
    from argmap.formats.argdown.builder import build_map
    from argmap.formats.argdown.parser import parse_argdown

    refuse_surrogates(text, source)
    with gc_paused():  # many small objects, no cycles: about a fifth faster
        amap = build_map(parse_argdown(text, source=source), source=source)
    attach_text(amap, base=Path(base) if base is not None else None, source=source)
    return amap
