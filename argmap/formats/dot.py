"""What the diagram formats (DOT, SVG, PNG, PDF, the HTML page) leave out of a map.

The writers live in :mod:`argmap.rendering`; the registry
(:mod:`argmap.formats.registry`) points at them and at the functions here,
which name what a diagram cannot show so that saving one warns about it.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Act now", note="check the date", confidence=0.5)
>>> drops(b.build())
['notes (1)', 'confidences (1)']
>>> page_drops(b.build())
['confidences (1)']
"""

from __future__ import annotations

from argmap.formats._drops import SHOWN_BY_DOT, dropped
from argmap.model import ArgumentMap

__all__ = ["drops", "page_drops"]

# What the annotated page shows besides the diagram: the text with its spans
# marked, and a card per statement (title, citation, target, note, tags).
_SHOWN_BY_PAGE = frozenset(
    {
        "the source text",
        "the source title",
        "source details",
        "spans",
        "statement titles",
        "citations",
        "question targets",
        "notes",
        "tags",
        "accepted marks",
        "the end of long statement texts",
    }
)


def drops(amap: ArgumentMap) -> list[str]:
    """What the Graphviz diagram (``to_dot`` with its defaults) leaves out of ``amap``."""
    return dropped(amap, keeps=SHOWN_BY_DOT)


def page_drops(amap: ArgumentMap) -> list[str]:
    """What the annotated HTML page leaves out of ``amap``."""
    return [item for item in drops(amap) if item.split(" (")[0] not in _SHOWN_BY_PAGE]
