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

from pydantic import BaseModel

from argmap.model import Inference
from argmap.model.statements import STATEMENT_CLASSES
from argmap.rendering.labels import wrap

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["SHOWN_BY_ALL", "SHOWN_BY_DOT", "SHOWN_BY_MERMAID", "dropped", "dropper"]

#: What the Graphviz diagram (``to_dot`` with its defaults) shows of a map.
SHOWN_BY_DOT = frozenset(
    {"source.title", "source.byline", "title", "citation", "scheme", "target", "inference.title"}
)
#: What the Mermaid flowchart shows beyond every statement's kind, text and speaker.
SHOWN_BY_MERMAID: frozenset[str] = frozenset()

#: Fields every diagram shows (in the box, its header or its edges), and spans,
#: which are counted on their own: the fields of the model not listed here may
#: be dropped and are counted.
SHOWN_BY_ALL = frozenset(
    {"id", "kind", "text", "attributed_to", "implicit", "evidence_type", "answered", "spans"}
)
_INFERENCE_SHOWN = frozenset({"id", "premises", "conclusion", "polarity"})


def _fields(classes: Iterable[type[BaseModel]], shown: frozenset[str]) -> tuple[str, ...]:
    """The model fields of ``classes`` (each once, in order) that are not ``shown``."""
    names = (name for cls in classes for name in cls.model_fields)
    return tuple(dict.fromkeys(n for n in names if n not in shown))


_STATEMENT_FIELDS = _fields(STATEMENT_CLASSES.values(), SHOWN_BY_ALL)
_INFERENCE_FIELDS = _fields([Inference], _INFERENCE_SHOWN)


def _is_set(value: object) -> bool:
    """Whether a field holds something (a confidence of 0.0 does; ``[]`` does not)."""
    return value is not None and value is not False and value != "" and value != [] and value != {}


def _counts(amap: ArgumentMap) -> dict[str, int]:
    """How many statements/inferences set each field, in one pass over the map."""
    counts: dict[str, int] = dict.fromkeys(
        [*_STATEMENT_FIELDS, *(f"inference.{f}" for f in _INFERENCE_FIELDS)], 0
    )
    spans = 0
    for s in amap.statements:
        fields = vars(s)  # the model's field values: no attribute look-up per field
        spans += len(s.spans)
        for name in _STATEMENT_FIELDS:
            if _is_set(fields.get(name)):
                counts[name] += 1
    for i in amap.inferences:
        fields = vars(i)
        for name in _INFERENCE_FIELDS:
            if _is_set(fields.get(name)):
                counts[f"inference.{name}"] += 1
    src = amap.source
    counts["spans"] = spans
    counts["source.text"] = int(bool(src.text or src.text_file))
    counts["source.title"] = int(bool(src.title))
    counts["source.byline"] = int(bool(src.outlet or src.author or src.date))
    counts["source.url"] = int(bool(src.url or src.language))
    counts["meta"] = int(bool(amap.meta))
    for name in _MERGED:
        counts[name] += counts[f"inference.{name}"]
    return counts


# (what the warning calls it, key in ``keeps`` that would keep it, key in ``_counts``)
_ITEMS: tuple[tuple[str, str | None, str], ...] = (
    ("the source text", None, "source.text"),
    ("the source title", "source.title", "source.title"),
    ("source details", "source.byline", "source.byline"),
    ("source url and language", None, "source.url"),
    ("spans", None, "spans"),
    ("statement titles", "title", "title"),
    ("inference titles", "inference.title", "inference.title"),
    ("schemes", "scheme", "inference.scheme"),
    ("citations", "citation", "citation"),
    ("question targets", "target", "target"),
    ("notes", None, "note"),
    ("tags", None, "tags"),
    ("accepted marks", None, "accepted"),
    ("ignore lists", None, "ignore"),
    ("confidences", None, "confidence"),
    ("cues", None, "cue"),
    ("data", None, "data"),
    ("meta", None, "meta"),
)

# Fields of both statements and inferences that one item counts together.
_MERGED = tuple(
    name
    for name in _INFERENCE_FIELDS
    if name in _STATEMENT_FIELDS and all(key != f"inference.{name}" for _, _, key in _ITEMS)
)

# One of each per map: no count in the warning.
_SINGLE = frozenset(
    {"the source text", "the source title", "source details", "source url and language", "meta"}
)


def _cut(texts: Iterable[str], width: int, max_lines: int) -> int:
    """How many ``texts`` a box of ``width`` x ``max_lines`` cuts short."""
    # Greedy wrapping fills any two neighbouring lines with at least ``width``
    # characters between them, so a text shorter than that many pairs of
    # lines cannot need more than ``max_lines``: only longer ones are wrapped.
    shortest_cut = (max_lines + 1) // 2 * width
    return sum(
        1
        for text in texts
        if len(text) >= shortest_cut and len(wrap(text, width, max_lines=len(text) + 1)) > max_lines
    )


def dropped(
    amap: ArgumentMap, *, keeps: frozenset[str], width: int = 28, max_lines: int = 12
) -> list[str]:
    """What a diagram that shows ``keeps`` leaves out of ``amap``, with counts."""
    counts = _counts(amap)
    out = [
        label if label in _SINGLE else f"{label} ({n})"
        for label, key, field in _ITEMS
        if (key is None or key not in keeps) and (n := counts[field])
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
