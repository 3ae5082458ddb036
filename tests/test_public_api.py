"""The flat public API: pinned, sorted, every name importable, and light to import."""

from __future__ import annotations

import subprocess
import sys

import argmap

# Every public name, pinned: adding or removing one is a deliberate change.
EXPECTED = {
    "Comparison",
    "challenges",
    "compare",
    "steps",
    "worksheet",
    "ArgmapError",
    "ArgmapWarning",
    "ArgumentMap",
    "Claim",
    "ConfigError",
    "EditError",
    "Counterclaim",
    "Evidence",
    "Editor",
    "EvidenceType",
    "Extractor",
    "ExtractorError",
    "Finding",
    "FormatError",
    "FrameworkError",
    "HeuristicExtractor",
    "Inference",
    "MapBuilder",
    "MapEditor",
    "MapValidationError",
    "ParseError",
    "Premise",
    "Problem",
    "Question",
    "Rebuttal",
    "RenderError",
    "UnknownIdError",
    "Severity",
    "Source",
    "Span",
    "Statement",
    "StatementBase",
    "Thesis",
    "__version__",
    "all_checks",
    "check",
    "draft",
    "convert",
    "from_argdown",
    "to_argdown",
    "dumps",
    "edit",
    "from_aif",
    "from_networkx",
    "to_aif",
    "load",
    "loads",
    "save",
    "to_networkx",
    "annotate",
    "to_html",
    "Highlight",
    "Theme",
    "get_theme",
    "render",
    "pipe",
    "to_dot",
    "to_graphviz",
    "to_mermaid",
    "to_svg",
    "Evaluation",
    "Label",
    "Verdict",
    "evaluate",
}


def test_all_is_sorted_and_pinned() -> None:
    assert argmap.__all__ == sorted(argmap.__all__)
    assert set(argmap.__all__) == EXPECTED


def test_every_public_name_resolves() -> None:
    for name in argmap.__all__:
        assert getattr(argmap, name) is not None, name


def test_every_exception_of_the_errors_module_is_public() -> None:
    import argmap.errors

    raised = [
        name
        for name, value in vars(argmap.errors).items()
        if isinstance(value, type) and issubclass(value, (argmap.ArgmapError, Warning))
    ]
    assert {"ArgmapError", "FrameworkError", "ArgmapWarning"} <= set(raised)
    for name in raised:
        assert name in argmap.__all__, name
        assert getattr(argmap, name) is getattr(argmap.errors, name)


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        argmap.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_import_is_light() -> None:
    code = (
        "import sys, argmap; "
        "heavy = [m for m in ('networkx', 'graphviz', 'yaml', 'pydantic') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"import argmap pulled in: {out}"
