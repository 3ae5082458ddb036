"""Redrawing only what changed: the session's diagram cache gives what drawing afresh gives."""

from __future__ import annotations

from typing import Any

import pytest

import argmap
import argmap.editor.view as view
from argmap.editor.session import EditorSession
from argmap.editor.view import DiagramCache, build_view

TEXT = "Fares should fall. Buses are empty. Drivers cost money. Empty buses waste fuel."

pytestmark = pytest.mark.graphviz


def _span(words: str) -> dict[str, Any]:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words)}


def _session() -> EditorSession:
    s = EditorSession(argmap.edit(text=TEXT, title="Fares"))
    s.apply({"action": "add", "kind": "thesis", **_span("Fares should fall")})
    s.apply({"action": "add", "kind": "claim", **_span("Buses are empty")})
    s.apply({"action": "link", "premises": ["C1"], "conclusion": "T1", "polarity": "support"})
    return s


#: Messages a person sends, with and without a change to the drawing.
MESSAGES: list[dict[str, Any]] = [
    {"action": "select", "id": "C1"},
    {"action": "update", "id": "C1", "field": "text", "value": "The buses run empty"},
    {"action": "select", "id": "T1"},
    {"action": "add", "kind": "counterclaim", **_span("Drivers cost money")},
    {"action": "link", "premises": ["CC1"], "conclusion": "T1", "polarity": "attack"},
    {"action": "undo"},
    {"action": "redo"},
    {"action": "update", "id": "C1", "field": "title", "value": "Empty"},
    {"action": "undo"},
    {"action": "select", "id": None},
]


def _without_session_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("revision", "selected", "path",
                                                        "can_undo", "can_redo")}  # fmt: skip


def test_every_view_equals_a_view_drawn_afresh() -> None:
    s = _session()
    for message in MESSAGES:
        s.apply(message)
        cached = s.view()
        fresh = build_view(s.map, doubtful=list(s.edits.doubtful()), direction=s.direction)
        assert _without_session_fields(cached) == fresh
        assert cached["svg"] and "<svg" in cached["svg"]


def test_graphviz_runs_only_for_a_drawing_not_seen_before(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[str] = []
    real = view.run_graphviz

    def counted(source: str, format: str, **options: Any) -> bytes:
        runs.append(source)
        return real(source, format, **options)

    monkeypatch.setattr(view, "run_graphviz", counted)
    s = _session()
    first = s.view()
    s.apply({"action": "select", "id": "C1"})  # the drawing is unchanged
    assert s.view()["svg"] == first["svg"]
    assert len(runs) == 1
    s.apply({"action": "update", "id": "C1", "field": "text", "value": "Buses run empty"})
    changed = s.view()
    assert changed["svg"] != first["svg"] and len(runs) == 2
    s.apply({"action": "undo"})  # back to a drawing the cache holds
    assert s.view()["svg"] == first["svg"]
    assert len(runs) == 2
    assert (s.diagrams.hits, s.diagrams.misses) == (2, 2)


def test_the_cache_keeps_only_the_latest_drawings() -> None:
    cache = DiagramCache(size=2)
    for n in range(3):
        cache.put(f"digraph {n}", f"<svg>{n}</svg>")
    assert cache.get("digraph 0") is None
    assert cache.get("digraph 1") == "<svg>1</svg>"
    cache.put("digraph 3", "<svg>3</svg>")  # 2 is now the least recently used
    assert cache.get("digraph 2") is None
    assert cache.get("digraph 1") == "<svg>1</svg>"
