"""Which arguments stand: abstract argumentation frameworks and their semantics."""

from argmap.semantics.af_formats import from_apx, from_tgf, to_apx, to_tgf
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
    "from_apx",
    "from_tgf",
    "grounded",
    "grounded_labelling",
    "preferred",
    "stable",
    "to_apx",
    "to_framework",
    "to_tgf",
]
