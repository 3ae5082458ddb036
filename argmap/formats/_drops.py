"""What a diagram export leaves out of a map, in words a warning can show.

A lossy :class:`~argmap.formats.registry.Format` names what it drops with a
``drops(map)`` function built here; :func:`argmap.formats.io.save` and
:func:`~argmap.formats.io.dumps` turn the list into one
:class:`~argmap.errors.ArgmapWarning`.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Act now", id="T1")
>>> dropped(b.build(), keeps=SHOWN_BY_DOT)
[]
>>> b = MapBuilder()
>>> t = b.thesis("Act now", id="T1", note="check the date", tags=["draft"])
>>> dropped(b.build(), keeps=SHOWN_BY_DOT)
['notes (1)', 'tags (1)']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["SHOWN_BY_DOT", "SHOWN_BY_MERMAID", "dropped", "dropper"]

#: What the Graphviz diagram (``to_dot`` with its defaults) shows of a map.
SHOWN_BY_DOT = frozenset(
    {"source.title", "source.byline", "title", "citation", "scheme", "target", "inference.title"}
)
#: What the Mermaid flowchart shows beyond every statement's kind, text and speaker.
SHOWN_BY_MERMAID: frozenset[str] = frozenset()

# (what the warning calls it, key in ``keeps`` that would keep it, how to count it)
_Count = Callable[["ArgumentMap"], int]


def _statements(amap: ArgumentMap, attr: str) -> int:
    return sum(1 for s in amap.statements if getattr(s, attr, None))


def _inferences(amap: ArgumentMap, attr: str) -> int:
    return sum(1 for i in amap.inferences if getattr(i, attr, None))


def _both(amap: ArgumentMap, attr: str) -> int:
    return _statements(amap, attr) + _inferences(amap, attr)


def _source(amap: ArgumentMap, *attrs: str) -> int:
    return sum(1 for a in attrs if getattr(amap.source, a, None))


_ITEMS: tuple[tuple[str, str | None, _Count], ...] = (
    ("the source text", None, lambda m: _source(m, "text", "text_file")),
    ("the source title", "source.title", lambda m: _source(m, "title")),
    ("source details", "source.byline", lambda m: _source(m, "outlet", "author", "date")),
    ("source url and language", None, lambda m: _source(m, "url", "language")),
    ("spans", None, lambda m: sum(len(s.spans) for s in m.statements)),
    ("statement titles", "title", lambda m: _statements(m, "title")),
    ("inference titles", "inference.title", lambda m: _inferences(m, "title")),
    ("schemes", "scheme", lambda m: _inferences(m, "scheme")),
    ("citations", "citation", lambda m: _statements(m, "citation")),
    ("question targets", "target", lambda m: _statements(m, "target")),
    ("notes", None, lambda m: _both(m, "note")),
    ("tags", None, lambda m: _both(m, "tags")),
    ("accepted marks", None, lambda m: _statements(m, "accepted")),
    ("ignore lists", None, lambda m: _both(m, "ignore")),
    ("confidences", None, lambda m: _both(m, "confidence")),
    ("cues", None, lambda m: _both(m, "cue")),
    ("data", None, lambda m: _both(m, "data")),
    ("meta", None, lambda m: 1 if m.meta else 0),
)


# One of each per map: no count in the warning.
_SINGLE = frozenset(
    {"the source text", "the source title", "source details", "source url and language", "meta"}
)


def _cut(texts: Iterable[str], width: int, max_lines: int) -> int:
    """How many ``texts`` a box of ``width`` x ``max_lines`` cuts short."""
    from argmap.rendering.labels import wrap

    return sum(1 for text in texts if len(wrap(text, width, max_lines=len(text) + 1)) > max_lines)


def dropped(
    amap: ArgumentMap, *, keeps: frozenset[str], width: int = 28, max_lines: int = 12
) -> list[str]:
    """What a diagram that shows ``keeps`` leaves out of ``amap``, with counts."""
    out = [
        label if label in _SINGLE else f"{label} ({n})"
        for label, key, count in _ITEMS
        if (key is None or key not in keeps) and (n := count(amap))
    ]
    cut = _cut((s.text for s in amap.statements), width, max_lines)
    if cut:
        out.append(f"the end of long statement texts ({cut})")
    return out


def dropper(keeps: frozenset[str]) -> Callable[[ArgumentMap], list[str]]:
    """A ``Format.drops`` function for a diagram that shows ``keeps``."""

    def drops(amap: ArgumentMap) -> list[str]:
        return dropped(amap, keeps=keeps)

    return drops
