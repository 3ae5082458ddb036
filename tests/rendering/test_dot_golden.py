"""Golden DOT text: the exact output for a small handmade map.

To regenerate after a deliberate change, run
``ARGMAP_UPDATE_GOLDEN=1 pytest tests/rendering/test_dot_golden.py`` and
look at the diff (and at the rendered picture) before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers_rendering import small_map

from argmap.rendering.dot import to_dot
from argmap.rendering.highlight import Highlight

GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "small_classroom.dot": {},
    "small_print_options.dot": {
        "theme": "print",
        "direction": "LR",
        "width": 20,
        "show_ids": True,
        "legend": True,
        "highlight": {"CC1": Highlight(badge="OUT", tooltip="defeated"), "T1": None},
    },
    "small_focus_colorblind.dot": {"theme": "colorblind", "focus": "C1", "depth": 1},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_dot(name: str) -> None:
    got = to_dot(small_map(), **CASES[name])  # type: ignore[arg-type]
    path = GOLDEN / name
    if os.environ.get("ARGMAP_UPDATE_GOLDEN") == "1":
        path.write_text(got, encoding="utf-8")
    assert path.is_file(), f"missing {path}; run with ARGMAP_UPDATE_GOLDEN=1 to create it"
    assert got == path.read_text(encoding="utf-8")
