"""The annotated page in a real browser: headless Chromium runs its script.

Skipped when no Chromium is installed (``apt-get install chromium``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from annotated_pages import HOSTILE, Page, hostile_map, sample_map

from argmap.model import ArgumentMap
from argmap.rendering.html import to_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium or chromium-browser on PATH"),
]


def _chromium(tmp_path: Path, page: Path, *extra: str) -> str:
    assert CHROMIUM is not None
    args = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        *extra,
        page.as_uri(),
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _dom(tmp_path: Path, amap: ArgumentMap, **options: object) -> Page:
    path = tmp_path / "page.html"
    path.write_text(to_html(amap, **options), encoding="utf-8")  # type: ignore[arg-type]
    return Page(_chromium(tmp_path, path, "--dump-dom"))


def _body(dom: Page) -> dict[str, str]:
    (body,) = dom.find("body")
    return body.attrs


@pytest.mark.parametrize("diagram", [False, pytest.param(True, marks=pytest.mark.graphviz)])
def test_script_runs_without_error_and_highlights_stay(tmp_path: Path, diagram: bool) -> None:
    dom = _dom(tmp_path, sample_map(), diagram=diagram)
    body = _body(dom)
    assert "data-error" not in body, body.get("data-error")
    assert body.get("data-ready") == "1"
    amap = sample_map()
    for s in amap.statements:
        covered = "".join("".join(m.text) for m in dom.marks_of(s.id))
        for span in s.spans:
            assert span.quote in covered, s.id
    if diagram:
        # the script found a box for every statement in the inline SVG
        bound = {e.attrs["data-statement"] for e in dom.with_class("am-node")}
        assert bound == {s.id for s in amap.statements}


@pytest.mark.graphviz
def test_hostile_map_injects_nothing_in_the_browser(tmp_path: Path) -> None:
    dom = _dom(tmp_path, hostile_map())
    body = _body(dom)
    assert body.get("data-ready") == "1" and "data-error" not in body
    assert [e.tag for e in dom.elements if e.tag in ("img", "iframe", "foreignobject")] == []
    assert len(dom.scripts) == 2
    for e in dom.elements:
        assert not any(k.startswith("on") for k in e.attrs), e
    assert "".join("".join(m.text) for m in dom.marks_of("T1")) == HOSTILE


def test_page_without_text_runs_too(tmp_path: Path) -> None:
    from argmap.model import MapBuilder

    b = MapBuilder(title="No text")
    b.thesis("Act now")
    dom = _dom(tmp_path, b.build(), diagram=False)
    assert _body(dom).get("data-ready") == "1"
    assert dom.marks == []


def test_narrow_screenshot_is_drawn(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(to_html(sample_map(), diagram=False), encoding="utf-8")
    shot = tmp_path / "narrow.png"
    _chromium(tmp_path, path, f"--screenshot={shot}", "--window-size=420,900", "--hide-scrollbars")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000
