"""The argument-map model: pydantic v2 classes, the single source of truth.

No I/O, no networkx, no graphviz here: every other layer builds on these.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from argmap.model.anchoring import find_quote
from argmap.model.argument_map import FORMAT_VERSION, ArgumentMap, find_problems
from argmap.model.inference import Inference, Polarity
from argmap.model.source import Source, Span
from argmap.model.statements import (
    ID_PATTERN,
    ID_RE,
    KINDS,
    Claim,
    Counterclaim,
    Evidence,
    EvidenceType,
    Premise,
    Question,
    Rebuttal,
    Statement,
    StatementBase,
    Thesis,
    is_id,
    make_statement,
)

if TYPE_CHECKING:
    from argmap.model.builder import MapBuilder
    from argmap.model.editing import MapEditor, edit

#: Names loaded on first use, for start-up time: loading a map needs neither the
#: builder nor the editor (with its history and restructuring helpers).
_LAZY = {"MapBuilder": "argmap.model.builder", "MapEditor": "argmap.model.editing",
         "edit": "argmap.model.editing"}  # fmt: skip

__all__ = [
    "FORMAT_VERSION",
    "ID_PATTERN",
    "ID_RE",
    "KINDS",
    "ArgumentMap",
    "Claim",
    "Counterclaim",
    "Evidence",
    "EvidenceType",
    "Inference",
    "MapBuilder",
    "MapEditor",
    "Polarity",
    "Premise",
    "Question",
    "Rebuttal",
    "Source",
    "Span",
    "Statement",
    "StatementBase",
    "Thesis",
    "edit",
    "find_problems",
    "find_quote",
    "is_id",
    "make_statement",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'argmap.model' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
