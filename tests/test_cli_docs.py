"""docs/cli.md carries every command's --help, kept in step with the code.

Regenerate after changing a command: ``ARGMAP_UPDATE_DOCS=1 pytest tests/test_cli_docs.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from argmap.cli import build_parser

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
MARK = "<!-- generated from the argparse parsers: do not edit below -->"


def generated(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", "100")
    parser = build_parser()
    parts = [MARK, "", "## `argmap`", "", "```text", parser.format_help().rstrip(), "```"]
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, cmd in sub.choices.items():  # type: ignore[union-attr]
        parts += ["", f"## `argmap {name}`", "", "```text", cmd.format_help().rstrip(), "```"]
    return "\n".join(parts) + "\n"


def test_every_command_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"## `argmap {name}`" in text


# argparse lays help out a little differently from one Python version to the next.
@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="help text generated with Python 3.11")
def test_cli_reference_is_up_to_date(monkeypatch: pytest.MonkeyPatch) -> None:
    text = DOC.read_text(encoding="utf-8")
    head = text.split(MARK)[0]
    want = head + generated(monkeypatch)
    if os.environ.get("ARGMAP_UPDATE_DOCS"):
        DOC.write_text(want, encoding="utf-8")
    assert text == want, (
        "docs/cli.md is stale: run ARGMAP_UPDATE_DOCS=1 pytest tests/test_cli_docs.py"
    )
