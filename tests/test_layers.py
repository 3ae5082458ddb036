"""The import contracts in pyproject.toml hold, and they catch what they are for.

The contracts ([tool.importlinter], run by ``lint-imports``) say that imports
go down the layers of docs/architecture.md, that a private module is imported
only from inside its own package, and that the teaching comparison has no
cycle. The planted-import tests copy the package to a temporary folder, add
one offending import and check that the contract then fails and names it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter", reason="import-linter comes with the dev extra")

ROOT = Path(__file__).resolve().parent.parent


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    """Run the contracts of ``root/pyproject.toml`` over ``root/argmap``."""
    code = (
        "import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(no_cache=True, no_logo=True))"
    )
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The package and its pyproject.toml in a fresh folder, safe to break."""
    shutil.copytree(
        ROOT / "argmap", tmp_path / "argmap", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _plant(root: Path, module: str, line: str) -> None:
    path = root / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_package_keeps_every_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "named"),
    [
        # the model reaching up to the command line
        ("argmap/model/source.py", "import argmap.cli", "argmap.model.source -> argmap.cli"),
        # rendering reaching up to formats (what write_atomic used to need)
        (
            "argmap/rendering/labels.py",
            "from argmap.formats import io",
            "argmap.rendering.labels -> argmap.formats",
        ),
        # the two independent siblings importing each other
        (
            "argmap/drafting/lexicon.py",
            "import argmap.teaching.layers",
            "argmap.drafting.lexicon -> argmap.teaching.layers",
        ),
        # the teaching cycle coming back
        (
            "argmap/teaching/scores.py",
            "import argmap.teaching.compare",
            "argmap.teaching.scores -> argmap.teaching.compare",
        ),
    ],
)
def test_a_planted_upward_import_breaks_the_layers(
    copy: Path, module: str, line: str, named: str
) -> None:
    _plant(copy, module, line)
    result = _lint(copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert named in result.stdout


def test_a_private_module_of_another_package_is_refused(copy: Path) -> None:
    _plant(copy, "argmap/drafting/api.py", "from argmap.formats._validate import build_map")
    result = _lint(copy)
    assert result.returncode != 0
    assert "argmap.drafting.api -> argmap.formats._validate" in result.stdout


def test_a_new_module_must_be_placed_in_a_layer(copy: Path) -> None:
    (copy / "argmap" / "stray.py").write_text('"""Not in any layer."""\n', encoding="utf-8")
    result = _lint(copy)
    assert result.returncode != 0
    assert "argmap.stray" in result.stdout
