"""The editor in a real JupyterLab, driven through Chromium as a person would.

A JupyterLab server starts on localhost over a temporary notebook; Playwright
(with the system's Chromium) selects words with the mouse, clicks boxes and
presses the editor's keys; after each act a probe cell writes ``ed.map`` to a
file, and the assertions are on that map, on the Python side. The test also
takes screenshots of the editor mid-task: into a temporary folder, or into
``$ARGMAP_SCREENSHOTS`` when set (``ARGMAP_SCREENSHOTS=docs/images`` renews
the pictures of docs/editor.md).

Skipped only when Chromium, JupyterLab, Playwright or anywidget is not
installed (``scripts/setup --test`` installs them all).
"""

from __future__ import annotations

import importlib.util
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from jupyter_lab import CHROMIUM, REPO, Lab, jupyter_lab, write_notebook

import argmap

MISSING = [m for m in ("jupyterlab", "playwright", "anywidget") if not importlib.util.find_spec(m)]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.graphviz,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium or chromium-browser on PATH"),
    pytest.mark.skipif(bool(MISSING), reason=f"not installed: {', '.join(MISSING)}"),
]

#: A short editorial written for this test. The styled letters of the slogan
#: lie outside the Basic Multilingual Plane: one code point each in Python,
#: two UTF-16 units in the browser, so offsets after them must still match.
TEXT = (
    "Ålesund’s council wants to close Kirkegata to cars from next spring, under the slogan "
    "“𝐿𝑒𝑠𝑠 𝑐𝑎𝑟𝑠, 𝑚𝑜𝑟𝑒 𝑙𝑖𝑓𝑒”. Shopkeepers such as Zoë Müller say the plan will empty the high "
    "street, because their customers come by car. But the council’s own counts show that most "
    "shoppers already arrive on foot or by bus. Cities that closed their centres to traffic, "
    "such as Pontevedra in Spain, saw footfall rise within two years. The council should go "
    "ahead with the closure, and review it after one year."
)
PHRASE = "most shoppers already arrive on foot or by bus"
ACROSS = "come by car. But the council’s"
SPEAKER = "Zoë Müller, shopkeeper"

SETUP = f"""import argmap, json, pathlib
TEXT = {TEXT!r}
ed = argmap.Editor(TEXT, title="Kirkegata for people", path="saved.yaml", height=600)
n = 0
ed"""

PROBE = """n += 1
out = pathlib.Path("saved.yaml")
probe = {"n": n, "map": json.loads(argmap.dumps(ed.map, format="json")), "error": ed.error,
         "saved_equal": (argmap.load(out) == ed.map) if out.exists() else None}
pathlib.Path("probe.json").write_text(json.dumps(probe))"""

#: Map text is untrusted: markup in it must reach the page as text.
HOSTILE = """evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
first = ed.map.statements[0].id
ed.edits.update(first, text=evil, title=evil, attributed_to=evil)
ed.selected = first"""

#: A long text in a short editor: the text pane scrolls inside the editor.
LONG = """long = argmap.Editor("\\n\\n".join([TEXT] * 12), draft=False, diagram=False, height=300)
long"""


class Scenario:
    """The notebook's editor, its probe cell and the widget's revision."""

    def __init__(self, lab: Lab, root: Path, shots: Path) -> None:
        self.lab, self.page, self.root, self.shots = lab, lab.page, root, shots
        self.n = 0

    def revision(self) -> int:
        return int(self.lab.widget().get_attribute("data-revision") or 0)

    def after(self, act: Any) -> None:
        """Do ``act`` and wait until the kernel has answered with a new view."""
        before = self.revision()
        act()
        self.page.wait_for_function(
            "n => [...document.querySelectorAll('.am-editor')].pop().dataset.revision > n",
            arg=before,
            timeout=30_000,
        )

    def probe(self) -> dict[str, Any]:
        """Run the probe cell and read what it wrote."""
        self.n += 1
        self.lab.run_cell(1)
        path = self.root / "probe.json"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if path.exists():
                data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8") or "{}")
                if data.get("n") == self.n:
                    return data
            time.sleep(0.2)
        raise AssertionError("the probe cell did not run")

    def statements(self, data: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return {s["id"]: s for s in data["map"]["statements"]}

    def select_words(self, phrase: str) -> None:
        """Drag the mouse over ``phrase`` in the text pane."""
        box = self.lab.widget().locator(".am-source")
        ends = box.evaluate(
            """(box, phrase) => {
                const at = box.textContent.indexOf(phrase);
                const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                const point = (i) => {
                    let pos = 0, node;
                    while ((node = walker.nextNode())) {
                        if (i < pos + node.data.length) return [node, i - pos];
                        pos += node.data.length;
                    }
                };
                const rect = (i) => {
                    walker.currentNode = box;
                    const [node, off] = point(i);
                    const r = document.createRange();
                    r.setStart(node, off); r.setEnd(node, off + 1);
                    const b = r.getClientRects()[0];
                    return [b.left, b.right, (b.top + b.bottom) / 2];
                };
                const first = rect(at), last = rect(at + phrase.length - 1);
                return [first[0] + 1, first[2], last[1] - 1, last[2]];
            }""",
            phrase,
        )
        x1, y1, x2, y2 = ends
        self.page.mouse.move(x1, y1)
        self.page.mouse.down()
        self.page.mouse.move(x2, y2, steps=8)
        self.page.mouse.up()

    def box(self, ref: str) -> Any:
        return self.lab.widget().locator(f'.am-svg g[id="node-{ref}"]')

    def shot(self, name: str) -> None:
        path = self.shots / f"editor-{name}.png"
        self.lab.widget().screenshot(path=str(path))
        assert path.stat().st_size > 10_000  # a picture, not an empty frame


def run(scenario: Scenario) -> None:
    s, page = scenario, scenario.page
    s.lab.run_cell(0)
    s.lab.widget().locator(".am-svg svg").wait_for(timeout=90_000)
    first = s.probe()
    drafted = s.statements(first)
    assert drafted, "the editor starts from a draft of the text"
    s.shot("draft")

    # Select words -> a statement anchored to exactly those words.
    s.select_words(PHRASE)
    s.after(lambda: page.keyboard.press("e"))
    data = s.probe()
    assert data["error"] == ""
    (new,) = set(s.statements(data)) - set(drafted)
    stmt = s.statements(data)[new]
    start = TEXT.index(PHRASE)
    assert stmt["kind"] == "evidence"
    assert [(sp["start"], sp["end"], sp["quote"]) for sp in stmt["spans"]] == [
        (start, start + len(PHRASE), PHRASE)
    ]

    # Link two boxes: the new evidence supports the claim the draft found in its sentence.
    (target,) = [
        ref
        for ref, x in drafted.items()
        if x["spans"] and "council’s own counts" in x["spans"][0]["quote"]
    ]
    s.box(new).click()
    page.keyboard.press("s")
    s.after(lambda: s.box(target).click())
    s.shot("link")
    data = s.probe()
    links = [
        i for i in data["map"]["inferences"] if i["premises"] == [new] and i["conclusion"] == target
    ]
    assert len(links) == 1
    assert links[0].get("polarity", "support") == "support"

    # Undo: the link is gone, the statement stays.
    s.box(new).click()
    s.after(lambda: page.keyboard.press("Control+z"))
    data = s.probe()
    assert not [i for i in data["map"]["inferences"] if i["premises"] == [new]]
    assert new in s.statements(data)

    # Edit a speaker inline.
    (shop,) = [ref for ref, x in drafted.items() if "Shopkeepers" in x["spans"][0]["quote"]]
    s.box(shop).click()
    speaker = s.lab.widget().locator(".am-in-speaker")
    speaker.fill(SPEAKER)
    s.after(lambda: speaker.press("Enter"))
    s.shot("speaker")
    data = s.probe()
    assert s.statements(data)[shop]["attributed_to"] == SPEAKER

    # Accept a drafted statement: its doubt is cleared.
    s.box(shop).click()
    s.after(lambda: page.keyboard.press("y"))
    data = s.probe()
    assert s.statements(data)[shop].get("confidence") is None

    # After a click on a box the keys go to the editor, not to the notebook,
    # where "a" would insert a cell above and "d d" delete one.
    cells = page.locator(".jp-Notebook .jp-Cell").count()
    s.box(shop).click()
    for key in ("a", "Escape", "d", "d"):
        page.keyboard.press(key)
    assert page.locator(".jp-Notebook .jp-Cell").count() == cells

    # A selection across two highlights (two text nodes) is measured the same way.
    before = set(s.statements(data))
    s.select_words(ACROSS)
    s.after(lambda: page.keyboard.press("c"))
    data = s.probe()
    (across,) = set(s.statements(data)) - before
    start = TEXT.index(ACROSS)
    (span,) = s.statements(data)[across]["spans"]
    assert (span["start"], span["end"], span["quote"]) == (start, start + len(ACROSS), ACROSS)

    # Save: the file loads equal to the editor's map.
    s.after(lambda: s.lab.widget().locator("button[title^='Save']").click())
    data = s.probe()
    assert data["saved_equal"] is True
    saved = argmap.load(s.root / "saved.yaml")
    assert saved.statement(shop).attributed_to == SPEAKER

    # Markup in the map is shown as text, in the text, the lists, the inspector and the diagram.
    s.after(lambda: s.lab.run_cell(2))
    widget = s.lab.widget()
    page.wait_for_timeout(500)
    assert widget.locator("img, script, iframe, object").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert widget.locator(".am-in-speaker").input_value().startswith("<img src=x")
    assert "<script>" in (widget.locator(".am-side").text_content() or "")
    assert "<img" in (widget.locator(".am-svg").text_content() or "")

    # A long text scrolls within its pane; the editor keeps its height.
    s.lab.run_cell(3)
    page.locator(".am-editor").nth(1).wait_for(timeout=30_000)
    pane = s.lab.widget().locator(".am-source")
    height, inner = pane.evaluate("p => [p.clientHeight, p.scrollHeight]")
    assert height < 300 < inner
    # Without a diagram the pane says why.
    assert "switched off" in (s.lab.widget().locator(".am-missing").text_content() or "")


def test_editor_in_jupyterlab(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    root = tmp_path / "lab"
    root.mkdir()
    write_notebook(root / "editor.ipynb", [SETUP, PROBE, HOSTILE, LONG])
    with jupyter_lab(root) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            lab = Lab(page, server, "editor.ipynb")
            shots = Path(os.environ.get("ARGMAP_SCREENSHOTS") or tmp_path)
            if not shots.is_absolute():
                shots = REPO / shots
            run(Scenario(lab, root, shots))
            assert not [e for e in errors if "am-" in e or "editor" in e], errors
        finally:
            browser.close()
