"""docs/tutorial.md runs as written, in a folder holding only the example's files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TUTORIAL = REPO / "docs" / "tutorial.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)


def test_tutorial_runs_without_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "examples").mkdir()
    for name in ("high-street.txt", "high-street.yaml"):
        shutil.copy(REPO / "examples" / name, tmp_path / "examples" / name)
    monkeypatch.chdir(tmp_path)
    blocks = _python_blocks()
    assert len(blocks) >= 5
    scope: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(TUTORIAL), "exec"), scope)
    import argmap

    m = argmap.load(tmp_path / "my_high_street.yaml")
    kinds = {s.kind for s in m.statements}
    assert {"thesis", "claim", "premise", "evidence", "counterclaim", "rebuttal"} <= kinds
    assert all(s.spans for s in m.statements)
    assert argmap.evaluate(m)["T1"].label.value == "in"
