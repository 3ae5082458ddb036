"""argmap: map the reasoning of opinion pieces.

Write down an editorial's thesis, claims, premises, counterclaims, rebuttals
and evidence as typed models anchored to its sentences, link them into an
argument graph, check it, and draw it.

>>> import argmap
>>> b = argmap.MapBuilder(title="On the pact")
>>> t = b.thesis("Seoul should rethink ending the pact")
>>> c = b.claim("Ending it weakens deterrence", supports=t)
>>> m = b.build()
>>> m.thesis.text
'Seoul should rethink ending the pact'

Everything but the exceptions is imported on first use, so ``import argmap``
stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from argmap.errors import (
    ArgmapError,
    ArgmapWarning,
    ConfigError,
    EditError,
    ExtractorError,
    FormatError,
    FrameworkError,
    MapValidationError,
    ParseError,
    Problem,
    RenderError,
    UnknownIdError,
)

if TYPE_CHECKING:
    from argmap.checks import Finding, Severity, all_checks, check
    from argmap.drafting.api import draft
    from argmap.drafting.extractor import Extractor
    from argmap.drafting.heuristic import HeuristicExtractor
    from argmap.editor import Editor
    from argmap.formats.aif import from_aif, to_aif
    from argmap.formats.argdown import from_argdown, to_argdown
    from argmap.formats.convert import convert
    from argmap.formats.io import dumps, load, loads, pipe, render, save
    from argmap.formats.mermaid import to_mermaid
    from argmap.graph.convert import from_networkx, to_networkx
    from argmap.model import (
        ArgumentMap,
        Claim,
        Counterclaim,
        Evidence,
        EvidenceType,
        Inference,
        MapBuilder,
        MapEditor,
        Premise,
        Question,
        Rebuttal,
        Source,
        Span,
        Statement,
        StatementBase,
        Thesis,
        edit,
    )
    from argmap.rendering.display import annotate
    from argmap.rendering.dot import to_dot
    from argmap.rendering.graphviz_run import to_svg
    from argmap.rendering.highlight import Highlight
    from argmap.rendering.html import to_html
    from argmap.rendering.source import to_graphviz
    from argmap.rendering.themes import Theme, get_theme
    from argmap.semantics import Evaluation, Label, Verdict, evaluate
    from argmap.teaching import Comparison, challenges, compare, steps, worksheet

__version__ = "0.1.0"

# Public name -> the module that defines it, imported on first access.
_LAZY: dict[str, str] = {
    "Comparison": "argmap.teaching",
    "challenges": "argmap.teaching",
    "compare": "argmap.teaching",
    "steps": "argmap.teaching",
    "worksheet": "argmap.teaching",
    "ArgumentMap": "argmap.model",
    "Claim": "argmap.model",
    "Counterclaim": "argmap.model",
    "Evidence": "argmap.model",
    "EvidenceType": "argmap.model",
    "Finding": "argmap.checks",
    "Inference": "argmap.model",
    "MapBuilder": "argmap.model",
    "MapEditor": "argmap.model",
    "Premise": "argmap.model",
    "Question": "argmap.model",
    "Rebuttal": "argmap.model",
    "Severity": "argmap.checks",
    "Source": "argmap.model",
    "Span": "argmap.model",
    "Statement": "argmap.model",
    "StatementBase": "argmap.model",
    "Thesis": "argmap.model",
    "all_checks": "argmap.checks",
    "check": "argmap.checks",
    "convert": "argmap.formats.convert",
    "from_argdown": "argmap.formats.argdown",
    "to_argdown": "argmap.formats.argdown",
    "dumps": "argmap.formats.io",
    "edit": "argmap.model",
    "from_aif": "argmap.formats.aif",
    "to_aif": "argmap.formats.aif",
    "draft": "argmap.drafting.api",
    "Extractor": "argmap.drafting.extractor",
    "HeuristicExtractor": "argmap.drafting.heuristic",
    "Editor": "argmap.editor",
    "from_networkx": "argmap.graph.convert",
    "load": "argmap.formats.io",
    "loads": "argmap.formats.io",
    "save": "argmap.formats.io",
    "to_networkx": "argmap.graph.convert",
    "annotate": "argmap.rendering.display",
    "to_html": "argmap.rendering.html",
    "Highlight": "argmap.rendering.highlight",
    "Theme": "argmap.rendering.themes",
    "get_theme": "argmap.rendering.themes",
    "render": "argmap.formats.io",
    "pipe": "argmap.formats.io",
    "to_dot": "argmap.rendering.dot",
    "to_graphviz": "argmap.rendering.source",
    "to_mermaid": "argmap.formats.mermaid",
    "to_svg": "argmap.rendering.graphviz_run",
    "Evaluation": "argmap.semantics.evaluate",
    "Label": "argmap.semantics.frameworks",
    "Verdict": "argmap.semantics.evaluate",
    "evaluate": "argmap.semantics.evaluate",
}

__all__ = sorted(
    [
        "ArgmapError",
        "ArgmapWarning",
        "ConfigError",
        "EditError",
        "ExtractorError",
        "FormatError",
        "FrameworkError",
        "MapValidationError",
        "ParseError",
        "Problem",
        "RenderError",
        "UnknownIdError",
        "__version__",
        *_LAZY,
    ]
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'argmap' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
