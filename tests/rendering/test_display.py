"""Jupyter display: the diagram bundle, the no-Graphviz message, the framed page."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from annotated_pages import sample_map

import argmap
from argmap.errors import RenderError
from argmap.model import ArgumentMap, MapBuilder
from argmap.rendering import display
from argmap.rendering.display import AnnotatedHTML, annotate, mimebundle, summary


@pytest.fixture
def no_graphviz(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))


@pytest.mark.graphviz
def test_bundle_is_the_diagram_and_a_summary() -> None:
    amap = sample_map()
    bundle = mimebundle(amap)
    assert set(bundle) == {"text/html", "image/svg+xml", "text/plain"}
    assert "<svg" in bundle["image/svg+xml"]
    assert 'style="max-width:100%;height:auto"' in bundle["text/html"]
    assert "<title>CC1</title>" in bundle["text/html"]
    assert "<title>CC1</title>" in bundle["image/svg+xml"]
    assert bundle["text/plain"] == summary(amap)


@pytest.mark.graphviz
def test_map_and_builder_show_through_the_bundle() -> None:
    b = MapBuilder(title="t")
    b.thesis("Act now")
    assert "image/svg+xml" in b.build()._repr_mimebundle_()
    assert "image/svg+xml" in b._repr_mimebundle_()


@pytest.mark.usefixtures("no_graphviz")
def test_without_graphviz_the_bundle_says_how_to_install_it() -> None:
    amap = sample_map()
    bundle = amap._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain"}
    message = bundle["text/plain"]
    assert message.startswith("Graphviz is not installed")
    for hint in ("apt-get install graphviz", "brew install graphviz", "conda install"):
        assert hint in message
    assert f"{len(amap.statements)} statements" in message
    assert "Graphviz is not installed" in bundle["text/html"]


def test_render_failure_never_raises_and_escapes_the_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(amap: ArgumentMap, **kw: object) -> str:
        raise RenderError("dot crashed on <script>")

    monkeypatch.setattr(display, "to_svg", fail)
    bundle = mimebundle(sample_map())
    assert "<script>" not in bundle["text/html"]
    assert "dot crashed on &lt;script&gt;" in bundle["text/html"]


@pytest.mark.usefixtures("no_graphviz")
@pytest.mark.parametrize(
    ("include", "exclude", "keys"),
    [
        (["text/plain"], None, {"text/plain"}),
        (None, ["text/html"], {"text/plain"}),
        (["text/html", "text/plain"], ["text/plain"], {"text/html"}),
    ],
)
def test_include_and_exclude_filter_the_bundle(
    include: list[str] | None, exclude: list[str] | None, keys: set[str]
) -> None:
    assert set(mimebundle(sample_map(), include=include, exclude=exclude)) == keys


def test_plain_text_only_does_not_call_graphviz(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(amap: ArgumentMap, **kw: object) -> str:
        raise AssertionError("should not draw")

    monkeypatch.setattr(display, "to_svg", boom)
    assert mimebundle(sample_map(), include=["text/plain"]) == {"text/plain": summary(sample_map())}


def test_summary_counts_statements_by_kind() -> None:
    text = summary(sample_map())
    assert text.startswith("<ArgumentMap 'Keep the pact': 9 statements (1 thesis, 1 claim, ")
    assert "2 counterclaim" not in text and "2 rebuttal" in text
    assert text.endswith("inferences>")
    assert summary(ArgumentMap()) == "<ArgumentMap: 0 statements, 0 inferences>"


class _Frames(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.frames: list[dict[str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "iframe":
            self.frames.append({k: v or "" for k, v in attrs})


def test_annotated_page_is_framed_so_it_cannot_leak_into_the_notebook() -> None:
    shown = annotate(sample_map(), diagram=False, height=500)
    assert isinstance(shown, AnnotatedHTML)
    parser = _Frames()
    parser.feed(shown._repr_html_())
    assert parser.tags == ["iframe"]  # nothing of the page outside the frame
    (frame,) = parser.frames
    assert frame["srcdoc"] == shown.html  # escaped in the attribute, intact once parsed
    assert "allow-scripts" in frame["sandbox"] and "allow-same-origin" not in frame["sandbox"]
    assert "height:500px" in frame["style"]


def test_annotated_page_saves_to_a_file(tmp_path: Path) -> None:
    shown = argmap.annotate(sample_map(), diagram=False)
    path = shown.save(tmp_path / "page.html")
    assert (
        path.read_text(encoding="utf-8")
        == shown.html
        == argmap.to_html(sample_map(), diagram=False)
    )
    assert "Keep the pact" in repr(shown)
