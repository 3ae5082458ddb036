"""Which arguments stand: abstract argumentation frameworks and their semantics."""

from argmap.semantics.frameworks import (
    Framework,
    FrameworkError,
    Label,
    complete,
    grounded,
    grounded_labelling,
    preferred,
    stable,
)

__all__ = [
    "Framework",
    "FrameworkError",
    "Label",
    "complete",
    "grounded",
    "grounded_labelling",
    "preferred",
    "stable",
]
