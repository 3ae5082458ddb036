"""The argument-map model: pydantic v2 classes, the single source of truth.

No I/O, no networkx, no graphviz here: every other layer builds on these.
"""

from argmap.model.anchoring import find_quote
from argmap.model.argument_map import FORMAT_VERSION, ArgumentMap, find_problems
from argmap.model.builder import MapBuilder
from argmap.model.editing import MapEditor, edit
from argmap.model.inference import Inference, Polarity
from argmap.model.source import Source, Span
from argmap.model.statements import (
    ID_PATTERN,
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
    make_statement,
)

__all__ = [
    "FORMAT_VERSION",
    "ID_PATTERN",
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
    "make_statement",
]
