"""The widget shell: messages arrive as they do from a front end, and errors show in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("anywidget")

import argmap
from argmap.editor import Editor

TEXT = "Critics 🙂 say the bridge is too costly. But it will pay for itself. Build the bridge."
EDITOR_DIR = Path(argmap.__file__).parent / "editor"


def send(ed: Editor, content: Any) -> None:
    """Deliver ``content`` through the widget's comm, as a front end's model.send does."""
    ed._handle_msg({"content": {"data": {"method": "custom", "content": content}}, "buffers": []})


def test_text_is_drafted_first_and_a_map_is_taken_as_it_is() -> None:
    ed = Editor(TEXT)
    assert ed.map.thesis is not None
    assert ed.map.source.text == TEXT
    m = ed.map
    again = Editor(m)
    assert again.map == m
    empty = Editor(TEXT, draft=False, title="Bridge")
    assert len(empty.map) == 0 and empty.map.source.title == "Bridge"
    with pytest.raises(TypeError, match="ArgumentMap or the text"):
        Editor(42)  # type: ignore[arg-type]


def test_front_end_messages_act_and_redraw() -> None:
    ed = Editor(TEXT, draft=False, diagram=False)
    revision = ed.view["revision"]
    start = TEXT.index("Build the bridge")
    send(ed, {"action": "add", "kind": "thesis", "start": start, "end": start + 16})
    assert ed.error == ""
    assert ed.map.statement("T1").spans[0].quote == "Build the bridge"
    assert ed.view["revision"] > revision
    assert ed.view["selected"] == "T1" == ed.selected
    assert ed.status.startswith("Added T1")
    send(ed, {"action": "undo"})
    assert len(ed.map) == 0
    assert ed.view["statements"] == []


@pytest.mark.parametrize(
    "content",
    [
        {"action": "select", "id": "C42"},
        {"action": "remove", "id": "C42"},
        {"action": "link", "premises": ["C42"], "conclusion": "T1", "polarity": "support"},
        {"action": "add", "kind": "claim", "start": 3, "end": 10_000},
        {"action": "<img src=x onerror=alert(1)>"},
        "not even a dict",
        None,
    ],
)
def test_bad_messages_show_an_error_and_change_nothing(content: Any) -> None:
    ed = Editor(TEXT, diagram=False)
    before = ed.map
    send(ed, content)  # no exception reaches the kernel
    assert ed.error
    assert ed.map == before
    send(ed, {"action": "select", "id": before.statements[0].id})
    assert ed.error == ""  # the next good act clears it


def test_selection_is_a_synced_trait_checked_like_a_click() -> None:
    ed = Editor(TEXT, diagram=False)
    first = ed.map.statements[0].id
    send(ed, {"action": "select", "id": first})
    assert ed.selected == first
    ed.selected = "C42"  # from code: refused like a bad click, and put back
    assert "C42" in ed.error
    assert ed.selected == first
    last = ed.map.statements[-1].id
    ed.selected = last
    assert ed.error == ""
    assert ed.selected == last
    send(ed, {"action": "remove", "id": last})
    assert ed.selected is None


def test_without_graphviz_the_editor_works_and_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no dot on it
    ed = Editor(TEXT)
    assert ed.view["svg"] is None
    assert "Graphviz" in ed.view["diagram_error"]
    send(ed, {"action": "retype", "id": ed.map.statements[0].id, "kind": "premise"})
    assert ed.error == ""
    assert ed.view["statements"][0]["kind"] == "premise"


def test_changes_from_code_are_drawn() -> None:
    ed = Editor(TEXT, draft=False, diagram=False)
    revision = ed.view["revision"]
    ed.edits.add("thesis", "Build it", quote="build the bridge")
    assert ed.view["revision"] > revision
    assert [s["id"] for s in ed.view["statements"]] == ["T1"]
    ed.undo()
    assert ed.view["statements"] == []
    ed.redo()
    assert len(ed.map) == 1


def test_save_from_the_button_and_from_code(tmp_path: Path) -> None:
    path = tmp_path / "bridge.yaml"
    ed = Editor(TEXT, path=path, diagram=False)
    send(ed, {"action": "save"})
    assert ed.error == ""
    assert argmap.load(path) == ed.map
    assert ed.save(tmp_path / "copy.json") == tmp_path / "copy.json"
    assert argmap.load(tmp_path / "copy.json") == ed.map
    unsaved = Editor(TEXT, diagram=False)
    send(unsaved, {"action": "save"})
    assert "no file to save to" in unsaved.error


def test_front_end_files_ship_with_the_package() -> None:
    ed = Editor(TEXT, diagram=False)
    assert (EDITOR_DIR / "editor.js").is_file() and (EDITOR_DIR / "editor.css").is_file()
    assert "export default" in ed._esm
    assert ".am-editor" in ed._css


def test_front_end_builds_dom_from_text_only() -> None:
    js = (EDITOR_DIR / "editor.js").read_text(encoding="utf-8")
    for risky in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "import(",
    ):
        assert risky not in js, risky
    assert "textContent" in js


def test_import_argmap_does_not_import_anywidget() -> None:
    code = (
        "import sys, argmap; argmap.draft; "
        "print([m for m in ('anywidget', 'ipywidgets', 'traitlets') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"
    assert argmap.Editor is Editor


def test_without_anywidget_the_error_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['anywidget'] = None\n"
        "import argmap\n"
        "try:\n"
        "    argmap.Editor\n"
        "except ModuleNotFoundError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "argmap.Editor needs anywidget: pip install 'argmap[editor]'"
