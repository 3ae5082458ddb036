"""A map as a :class:`graphviz.Source`, for code already built on the graphviz package.

The object renders and views itself through the graphviz package
(``.render()``, ``.view()``, ``.pipe()``) and displays inline in Jupyter.
:func:`argmap.render` runs the binary itself instead, because it needs a
time limit that the graphviz package's calls do not take.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="On acting"); t = b.thesis("Act now")
>>> src = to_graphviz(b.build(), theme="print")
>>> type(src).__name__, src.engine, src.source.startswith("digraph")
('Source', 'dot', True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from argmap.errors import FormatError
from argmap.model import ArgumentMap
from argmap.rendering.dot import to_dot
from argmap.rendering.graphviz_run import ENGINES

if TYPE_CHECKING:
    import graphviz

__all__ = ["to_graphviz"]


def to_graphviz(amap: ArgumentMap, *, engine: str = "dot", **options: Any) -> graphviz.Source:
    """The map's diagram as a ``graphviz.Source``; ``options`` are those of :func:`to_dot`."""
    import graphviz

    if engine not in ENGINES:
        raise FormatError(f"unknown Graphviz engine {engine!r}; use one of: {', '.join(ENGINES)}")
    return graphviz.Source(to_dot(amap, **options), engine=engine)
