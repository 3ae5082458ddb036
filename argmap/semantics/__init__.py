"""Which arguments stand: abstract argumentation frameworks and their semantics."""

from argmap.semantics.af_formats import read_apx, read_tgf, write_apx, write_tgf
from argmap.semantics.bipolar import to_framework
from argmap.semantics.evaluate import SEMANTICS, Evaluation, Verdict, evaluate
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
    "SEMANTICS",
    "Evaluation",
    "Framework",
    "FrameworkError",
    "Label",
    "Verdict",
    "complete",
    "evaluate",
    "grounded",
    "grounded_labelling",
    "preferred",
    "read_apx",
    "read_tgf",
    "stable",
    "to_framework",
    "write_apx",
    "write_tgf",
]
