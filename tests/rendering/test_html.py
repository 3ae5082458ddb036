"""The annotated editorial page: highlights, escaping, metadata, fallbacks."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from annotated_pages import HOSTILE, TEXT, Page, hostile_map, sample_map
from hypothesis import given
from hypothesis import strategies as st

from argmap.errors import FormatError, RenderError
from argmap.model import ArgumentMap, MapBuilder, Source, Span, Thesis
from argmap.rendering import html as html_page
from argmap.rendering.html import safe_url, script_json, to_html
from argmap.rendering.segments import Anchor, paragraphs, segments
from argmap.rendering.svg_safe import clean_svg


@pytest.fixture(scope="module")
def page() -> Page:
    return Page(to_html(sample_map(), diagram=False))


def _norm(text: str) -> str:
    return " ".join(text.split())


# -- highlights ----------------------------------------------------------------


def test_every_span_is_highlighted_with_its_words(page: Page) -> None:
    amap = sample_map()
    for s in amap.statements:
        marks = page.marks_of(s.id)
        if not s.spans:
            assert marks == [], s.id
            continue
        assert marks, f"{s.id} has no highlight"
        covered = "".join("".join(m.text) for m in marks)
        for span in s.spans:
            assert span.quote in covered, (s.id, span.quote, covered)


def test_highlight_count_and_ids_follow_the_span_boundaries(page: Page) -> None:
    ids = [m.attrs["data-statements"] for m in page.marks]
    # Paragraph 1: T1 | C1 | C1+P1 nested | C1 ; paragraph 2: CC1 | CC1+P2 crossing | P2 |
    # R1+R2 shared ; paragraph 3: E1.
    assert ids == ["T1", "C1", "P1 C1", "C1", "CC1", "P2 CC1", "P2", "R1 R2", "E1"]


def test_nested_and_crossing_segments_name_every_statement(page: Page) -> None:
    inner = page.marks_of("P1")
    assert [_norm("".join(m.text)) for m in inner] == ["weakens deterrence"]
    assert "am-multi" in inner[0].attrs["class"].split()
    assert "k2-claim" in inner[0].attrs["class"].split()
    crossing = [m for m in page.marks if m.attrs["data-statements"] == "P2 CC1"]
    assert ["".join(m.text) for m in crossing] == ["since both allies"]


def test_shared_span_is_one_highlight_for_both_statements(page: Page) -> None:
    assert page.marks_of("R1") == page.marks_of("R2")
    assert "".join(page.marks_of("R1")[0].text) == "Yet symbols matter in alliances."


def test_the_whole_text_is_kept_in_its_paragraphs(page: Page) -> None:
    html = to_html(sample_map(), diagram=False)
    article = html.split('<article class="am-text"', 1)[1].split("</article>", 1)[0]
    parsed = Page("<div " + article + "</div>")
    assert _norm("".join(parsed.data)) == _norm(TEXT)
    assert len(parsed.find("p")) == len(paragraphs(TEXT)) == 3
    assert len(parsed.find("br")) == 1  # the single line break inside paragraph 2


def test_marks_are_coloured_by_kind_from_the_theme() -> None:
    from argmap.rendering.themes import get_theme

    html = to_html(sample_map(), diagram=False, theme="colorblind")
    look = get_theme("colorblind")
    assert f".k-counterclaim{{--am-fill:{look.fill('counterclaim')};" in html
    assert f"--am-line:{look.border('counterclaim')}" in html
    kinds = {m.attrs["class"].split()[1] for m in Page(html).marks}
    assert kinds == {
        f"k-{k}" for k in ("thesis", "claim", "premise", "counterclaim", "rebuttal", "evidence")
    }


def test_unknown_theme_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="unknown theme"):
        to_html(sample_map(), diagram=False, theme="neon")


def test_statements_without_spans_are_listed(page: Page) -> None:
    items = page.find("li", data_statement="P3")
    assert len(items) == 1
    assert page.find("li", data_statement="T1") == []  # anchored ones are in the text
    # and every statement has a card template for the script to show
    templates = {e.attrs["id"] for e in page.find("template")}
    assert templates == {f"am-card-{s.id}" for s in sample_map().statements}


def test_card_shows_kind_attribution_evidence_and_relations() -> None:
    html = to_html(sample_map(), diagram=False)
    card = html.split('<template id="am-card-CC1">', 1)[1].split("</template>", 1)[0]
    assert "counterclaim" in card and "critics" in card and "The pact is only symbolic" in card
    assert 'data-goto="T1"' in card and 'data-goto="P2"' in card and 'data-goto="R1"' in card
    evidence = html.split('<template id="am-card-E1">', 1)[1].split("</template>", 1)[0]
    assert "fact" in evidence


@given(
    st.lists(
        st.tuples(st.integers(0, 59), st.integers(1, 20), st.sampled_from(["A", "B", "C", "D"])),
        max_size=8,
    )
)
def test_segments_partition_the_text_and_cover_exactly_the_spans(
    raw: list[tuple[int, int, str]],
) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(60))
    anchors = [Anchor(s, min(60, s + n), ref) for s, n, ref in raw]
    segs = segments(text, anchors, 0, len(text))
    assert "".join(seg.text for seg in segs) == text
    for seg in segs:
        for i in range(seg.start, seg.end):
            expected = {a.statement for a in anchors if a.start <= i < a.end}
            assert set(seg.ids) == expected


@given(st.lists(st.tuples(st.integers(0, 39), st.integers(1, 12)), min_size=1, max_size=6))
def test_page_highlights_match_the_spans(raw: list[tuple[int, int]]) -> None:
    text = "The quick brown fox jumps over the lazy dog again"
    statements = []
    for n, (start, size) in enumerate(raw):
        end = min(len(text), start + size)
        span = Span(start=start, end=end, quote=text[start:end])
        statements.append(Thesis(id=f"S{n}", text=f"statement {n}", spans=[span]))
    amap = ArgumentMap(source=Source(text=text), statements=statements)
    parsed = Page(to_html(amap, diagram=False))
    for s in statements:
        covered = "".join("".join(m.text) for m in parsed.marks_of(s.id))
        assert covered == s.spans[0].quote


# -- escaping ------------------------------------------------------------------


def test_hostile_text_comes_out_as_text() -> None:
    html = to_html(hostile_map(), diagram=False)
    parsed = Page(html)
    assert [e.tag for e in parsed.elements if e.tag in ("img", "svg", "iframe")] == []
    for e in parsed.elements:
        assert not any(k.startswith("on") for k in e.attrs), e
    # only the page's own two scripts: the JSON data and the behaviour
    assert [s.attrs.get("type") for s in parsed.scripts] == ["application/json", None]
    text = "".join(parsed.data)
    assert HOSTILE in text  # shown, as words
    assert "<script>alert(1)</script>" not in html
    marks = parsed.marks_of("T1")
    assert "".join("".join(m.text) for m in marks) == HOSTILE


def test_hostile_text_cannot_reach_the_diagram_markup(monkeypatch: pytest.MonkeyPatch) -> None:
    evil = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'onload="alert(1)"><script>alert(2)</script><g class="node" onclick="x()">'
        '<title>T1</title><a xlink:href="javascript:alert(3)"><text>hi</text></a>'
        '<a href="https://example.org/"><text>ok</text></a>'
        "<foreignObject><div>html</div></foreignObject></g></svg>"
    )
    monkeypatch.setattr(html_page, "to_svg", lambda amap, **kw: evil)
    html = to_html(hostile_map())
    parsed = Page(html)
    diagram = Page(html.split('<div class="am-diagram">', 1)[1].split("</svg>", 1)[0])
    assert {e.tag for e in diagram.elements} == {"svg", "g", "title", "a", "text"}
    assert len(parsed.scripts) == 2
    for e in parsed.elements:
        assert not any(k.startswith("on") for k in e.attrs)
        assert "javascript" not in e.attrs.get("xlink:href", "") + e.attrs.get("href", "")
    assert parsed.find("a", href="https://example.org/")


def test_data_json_is_escaped_for_script_and_round_trips() -> None:
    value = {"t": "</script><!-- & \u2028 \u2029 >"}
    raw = script_json(value)
    assert not set(raw) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(raw) == value
    parsed = Page(to_html(hostile_map(), diagram=False))
    data = json.loads("".join(parsed.scripts[0].text))
    assert set(data["statements"]) == {s.id for s in hostile_map().statements}


def test_content_security_policy_allows_exactly_the_page_script() -> None:
    parsed = Page(to_html(sample_map(), diagram=False))
    (meta,) = parsed.find("meta", http_equiv="Content-Security-Policy")
    policy = meta.attrs["content"]
    assert "default-src 'none'" in policy
    script = "".join(parsed.scripts[1].text)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert not re.search(r"https?://", policy)


def test_page_loads_nothing_from_the_network() -> None:
    parsed = Page(to_html(sample_map(), diagram=False))
    for e in parsed.elements:
        for name in ("src", "srcset"):
            assert name not in e.attrs, e
        if e.tag == "link":
            raise AssertionError(f"external resource {e.attrs}")
    css = to_html(sample_map(), diagram=False).split("<style>", 1)[1].split("</style>", 1)[0]
    assert "@import" not in css and "url(" not in css


# -- header ------------------------------------------------------------------


def test_header_shows_source_metadata_with_a_web_link(page: Page) -> None:
    (link,) = page.with_class("am-url")
    assert link.tag == "a"
    assert link.attrs["href"] == "https://example.org/pact?a=1&b=2"
    assert "noopener" in link.attrs["rel"]
    text = "".join(page.data)
    assert "Keep the pact" in text and "The Daily" in text and "Editorial board" in text
    assert page.find("time", datetime="2019-08-23")


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a", True),
        ("HTTP://example.org/a", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("//example.org/a", False),
        ("ftp://example.org/a", False),
        ("https://exa mple.org", False),
    ],
)
def test_url_is_a_link_only_for_http_and_https(url: str, linked: bool) -> None:
    amap = ArgumentMap(source=Source(url=url, title="t"))
    parsed = Page(to_html(amap, diagram=False))
    links = [e for e in parsed.with_class("am-url") if e.tag == "a"]
    assert bool(links) is linked
    assert (safe_url(url) is not None) is linked
    if not linked:
        assert url.strip() in "".join(parsed.data)  # still shown, as text


def test_title_option_overrides_the_source_title() -> None:
    parsed = Page(to_html(sample_map(), diagram=False, title="My <own> title"))
    assert "My <own> title" in "".join(parsed.data)
    assert "Keep the pact" not in "".join(parsed.data).split("My <own> title")[0]


# -- fallbacks -----------------------------------------------------------------


def test_map_without_text_lists_its_statements_with_a_notice() -> None:
    b = MapBuilder(title="No text")
    t = b.thesis("Act now")
    b.claim("Delay <costs>", supports=t)
    parsed = Page(to_html(b.build(), diagram=False))
    assert parsed.marks == []
    assert parsed.with_class("am-notice")
    assert "no source text" in "".join(parsed.data)
    listed = {e.attrs["data-statement"] for e in parsed.find("li") if "data-statement" in e.attrs}
    assert listed == {"T1", "C1"}
    assert "Delay <costs>" in "".join(parsed.data)


def test_missing_graphviz_gives_a_notice_not_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no `dot` anywhere
    parsed = Page(to_html(sample_map()))
    (notice,) = parsed.with_class("am-diagram-missing")
    assert notice.tag == "section"
    assert "apt-get install graphviz" in "".join(parsed.data)
    assert parsed.marks  # the text is still annotated


def test_render_error_of_any_kind_gives_the_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(amap: ArgumentMap, **kw: object) -> str:
        raise RenderError("Graphviz 'dot' failed: <boom>")

    monkeypatch.setattr(html_page, "to_svg", fail)
    html = to_html(sample_map())
    assert "am-diagram-missing" in html and "&lt;boom&gt;" in html


def test_malformed_svg_is_not_inlined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        html_page, "to_svg", lambda amap, **kw: "<svg><g></svg><script>x()</script>"
    )
    parsed = Page(to_html(sample_map()))
    assert parsed.with_class("am-diagram-missing")
    assert len(parsed.scripts) == 2


def test_diagram_options_reach_graphviz(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def draw(amap: ArgumentMap, **kw: object) -> str:
        seen.update(kw)
        return '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>'

    monkeypatch.setattr(html_page, "to_svg", draw)
    to_html(sample_map(), theme="print", direction="LR")
    theme = seen.pop("theme")
    assert getattr(theme, "name", None) == "print"
    assert seen == {"direction": "LR", "title": False}


@pytest.mark.graphviz
def test_diagram_is_inlined_with_a_node_per_statement() -> None:
    html = to_html(sample_map())
    svg = html.split('<div class="am-diagram">', 1)[1].split("</div>", 1)[0]
    assert svg.startswith("<svg ") and svg.endswith("</svg>")
    for s in sample_map().statements:
        assert f"<title>{s.id}</title>" in svg
    assert "<script" not in svg


@pytest.mark.graphviz
def test_hostile_map_diagram_has_no_injected_elements() -> None:
    parsed = Page(to_html(hostile_map()))
    assert len(parsed.scripts) == 2
    assert [e for e in parsed.elements if e.tag in ("img", "iframe", "foreignobject")] == []
    for e in parsed.elements:
        assert not any(k.startswith("on") for k in e.attrs)


# -- the SVG cleaner -------------------------------------------------------------


@pytest.mark.parametrize(
    "svg",
    [
        "<svg><g></svg>",
        "not xml at all",
        '<!DOCTYPE svg [<!ENTITY x "boom">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
        '<html xmlns="http://www.w3.org/1999/xhtml"/>',
    ],
)
def test_clean_svg_refuses_what_graphviz_never_writes(svg: str) -> None:
    with pytest.raises(RenderError):
        clean_svg(svg)


def test_clean_svg_keeps_the_drawing_and_drops_active_content() -> None:
    svg = (
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'viewBox="0 0 10 10"><!-- c --><g id="n" class="node stmt"><title>C1</title>'
        '<polygon points="0,0 1,1" fill="#fff" style="fill:url(javascript:x)"/>'
        '<text x="1">a &amp; &lt;b&gt;<![CDATA[</title><img src=x onerror=alert(1)>]]></text>'
        '<set attributeName="href" to="javascript:x()"/><a xlink:href="#top"><text>t</text></a>'
        "</g></svg>"
    )
    out = clean_svg(svg)
    parsed = Page(out)
    assert [e.tag for e in parsed.elements] == ["svg", "g", "title", "polygon", "text", "a", "text"]
    assert "style" not in parsed.find("polygon")[0].attrs
    assert parsed.find("a")[0].attrs["xlink:href"] == "#top"
    assert "&lt;img src=x onerror=alert(1)&gt;" in out  # CDATA became escaped text
    assert parsed.find("g")[0].attrs["class"] == "node stmt"


def test_page_legend_names_the_relations_its_diagram_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    b = MapBuilder(title="Trams", text="Build the tram. It is cheap. It is not.")
    t = b.thesis("Build the tram", quote="Build the tram")
    b.claim("It is cheap", quote="It is cheap", supports=t)
    amap = b.build()
    # The diagram itself is not the point here: stand in for Graphviz.
    monkeypatch.setattr(html_page, "_diagram_section", lambda *a: "<section></section>")
    legend = re.search(r'<nav class="am-legend".*?</nav>', to_html(amap), re.S)
    assert legend is not None
    assert "supports</li>" in legend.group(0) and "attacks" not in legend.group(0)
    assert "am-rel-support" in legend.group(0) and "linked" not in legend.group(0)
    without = re.search(r'<nav class="am-legend".*?</nav>', to_html(amap, diagram=False), re.S)
    assert without is not None and "supports" not in without.group(0)  # no diagram, no lines
