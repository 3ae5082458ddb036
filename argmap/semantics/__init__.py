"""Which arguments stand: abstract argumentation frameworks and their semantics."""

from argmap.semantics.af_formats import read_apx, read_tgf, write_apx, write_tgf
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
    "read_apx",
    "read_tgf",
    "stable",
    "write_apx",
    "write_tgf",
]
