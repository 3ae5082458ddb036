"""Graphviz DOT as a file format: ``argmap.save(m, "map.dot")`` writes the diagram's source.

Export only; the text is :func:`argmap.to_dot` with its default options.

>>> from argmap.formats.registry import format_for_path
>>> format_for_path("map.gv").name
'dot'
"""

from __future__ import annotations

from argmap.formats._drops import SHOWN_BY_DOT, dropper
from argmap.formats.registry import Format
from argmap.model import ArgumentMap

__all__ = ["FORMATS", "dump_dot"]


def dump_dot(amap: ArgumentMap) -> str:
    """The map as DOT text (see :func:`argmap.rendering.dot.to_dot`)."""
    # Imported on use: the format registry imports this module to list formats,
    # and reading or writing a map need not load the renderer.
    from argmap.rendering.dot import to_dot

    return to_dot(amap)


FORMATS = (
    Format(
        name="dot",
        suffixes=(".dot", ".gv"),
        description="Graphviz DOT source of the diagram (export only)",
        dumps=dump_dot,
        drops=dropper(SHOWN_BY_DOT),
    ),
)
