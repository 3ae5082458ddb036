"""Shared test set-up: the tests folder on sys.path, and the ../shared folder."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"

if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("long", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def shared_dir() -> Path:
    """The ``shared`` folder beside the checkout (editorials, corpora); skips if absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (editorials and corpora live beside the repo)")
    return SHARED


@pytest.fixture
def gsomia_text(shared_dir: Path) -> str:
    path = shared_dir / "editorials" / "gsomia.txt"
    if not path.is_file():
        pytest.skip("the seed editorial is not present")
    return path.read_text(encoding="utf-8")


def has_dot() -> bool:
    """True when the Graphviz ``dot`` binary is on PATH."""
    return shutil.which("dot") is not None


def pytest_configure(config: pytest.Config) -> None:
    if not SHARED.is_dir():
        # Without ../shared the GSOMIA example loads without its text, and says so.
        config.addinivalue_line(
            "filterwarnings", r"ignore:.*gsomia\.txt' was not found:argmap.errors.ArgmapWarning"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_dot = pytest.mark.skip(reason="the Graphviz 'dot' binary is not installed")
    skip_shared = pytest.mark.skip(reason="../shared is not present")
    for item in items:
        if "graphviz" in item.keywords and not has_dot():
            item.add_marker(skip_dot)
        if "shared" in item.keywords and not SHARED.is_dir():
            item.add_marker(skip_shared)
