"""One hostile map through every output argmap writes.

Statement texts, titles, speakers, notes, tags, citations, schemes, data and
the source itself carry HTML, SVG, XML, DOT, Mermaid, Markdown and YAML
syntax, control characters, right-to-left and combining characters and
emoji. Each output is read back with the parser for its format and must
show the hostile content as inert text: no extra elements, attributes,
nodes, lines or documents; lossless formats give the same map back.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

import argmap
from argmap.cli import main
from argmap.formats.registry import all_formats
from argmap.model import ArgumentMap, MapBuilder

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">go</a>',
    "<svg onload=alert(3)><![CDATA[ ]]> &amp; &#x3C; &nbsp; <!-- c --> <?xml x?>",
    '"];\nevil [label="x"]; } digraph g { a -> b',
    '<<B>html label</B>> \\N \\G \\L \\l \\" end',
    "**bold** _em_ [link](javascript:alert(4)) `code` # head | a | b | ![i](x.png)",
    'mermaid end --> x["y"] #quot; classDef z %%{init: {}}%% click s_T1 call alert()',
    "ctrl \x00 \x07 \x08 \x1b[31mred\x1b[0m \x7f \x85 \u2028 \r\n tab\t end",
    "עברית مرحبا \u202eRTL override\u202c \u200f marks",
    "combining e\u0301 n\u0303 Z\u0334\u0321\u031ba\u0337l\u0338g\u0335o",
    "emoji 🙂🔥 👩\u200d👩\u200d👧 🇰🇷 \ufe0f",
    "--- \n...\n%YAML 1.2\n!!python/object/apply:os.system ['ls'] &a *a",
    '{"json": [1, 2]} \\u0000 \\" \' `',
    "=cmd|' /C calc'!A0 [A]: <B> +> -> _|_ #tag @[x]",
]
SOURCE_TEXT = "\n\n".join(HOSTILE)
PLAIN = [f"Plain statement number {n} about the pact" for n in range(len(HOSTILE))]
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def build(texts: list[str], *, source_text: str | None) -> ArgumentMap:
    """A map whose every text field holds ``texts``: statements, titles, notes, source."""
    b = MapBuilder(
        title=texts[0], author=texts[1], outlet=texts[2], url="https://example.org/a?b=<c>",
        text=source_text,
    )  # fmt: skip

    def quote(text: str) -> dict[str, Any]:
        return {"quote": text} if source_text is not None else {}

    t = b.thesis(texts[0], title=texts[3], note=texts[4], tags=[texts[5]], **quote(texts[0]))
    claims = []
    for n, text in enumerate(texts[1:], start=1):
        c = b.claim(text, by=texts[-n], title=text, cue=text, data={"k": text}, **quote(text))
        b.support(c, t, scheme=text, title=text, note=text)
        claims.append(c)
    e = b.evidence(texts[6], type="statistic", citation=texts[7], supports=claims[0])
    cc = b.counterclaim(texts[8], by=texts[9], attacks=t)
    b.rebuttal(texts[10], attacks=cc)
    b.support([claims[1], e], claims[2], scheme=texts[11])  # linked
    b.add("question", texts[12], target=claims[3])
    amap = b.build()
    return amap.model_copy(update={"meta": {texts[13]: texts}})


HOSTILE_MAP = build(HOSTILE, source_text=SOURCE_TEXT)
PLAIN_MAP = build(PLAIN, source_text="\n\n".join(PLAIN))
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")


def quiet(fn: Any, *args: Any, **kw: Any) -> Any:
    """Call ``fn`` with the lossy-export warning silenced (it is tested elsewhere)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", argmap.ArgmapWarning)
        return fn(*args, **kw)


# -- lossless formats: parse with the format's own parser, then the same map back ----------


LOSSLESS = [f.name for f in all_formats() if f.lossless and f.readable]


def test_every_lossless_format_is_covered() -> None:
    assert {"yaml", "json", "aif", "graphml", "argdown"} <= set(LOSSLESS)
    assert len(LOSSLESS) >= 6  # and node-link


def _parse_plain(fmt: str, text: str) -> object:
    if fmt == "yaml":
        docs = list(yaml.safe_load_all(text))
        assert len(docs) == 1, "hostile text started a second YAML document"
        return docs[0]
    if fmt == "graphml":
        return ET.fromstring(text.encode("utf-8"))
    if fmt == "argdown":
        return text
    return json.loads(text)


@pytest.mark.parametrize("fmt", LOSSLESS)
def test_lossless_format_parses_and_gives_the_map_back(fmt: str) -> None:
    text = argmap.dumps(HOSTILE_MAP, format=fmt)
    parsed = _parse_plain(fmt, text)
    assert parsed is not None
    back = argmap.loads(text, format=fmt)
    assert back == HOSTILE_MAP


@pytest.mark.parametrize("fmt", LOSSLESS)
def test_lossless_format_survives_a_file(fmt: str, tmp_path: Path) -> None:
    fmt_obj = next(f for f in all_formats() if f.name == fmt)
    path = tmp_path / f"m{fmt_obj.suffixes[0]}"
    argmap.save(HOSTILE_MAP, path, format=fmt)
    assert argmap.load(path, format=fmt) == HOSTILE_MAP


def test_yaml_never_builds_objects_from_hostile_tags() -> None:
    doc = yaml.safe_load(argmap.dumps(HOSTILE_MAP, format="yaml"))
    texts = [s["text"] for s in doc["statements"]]
    assert HOSTILE[11] in texts  # the '!!python/object' text is a plain string


def test_graphml_has_the_same_elements_as_a_plain_map() -> None:
    def shape(amap: ArgumentMap) -> Counter[str]:
        root = ET.fromstring(argmap.dumps(amap, format="graphml").encode("utf-8"))
        return Counter(el.tag for el in root.iter())

    assert shape(HOSTILE_MAP) == shape(PLAIN_MAP)


# -- HTML: the annotated page and the worksheet ---------------------------------------------

RISKY_TAGS = {"script", "iframe", "object", "embed", "img", "a", "link", "meta", "form", "base"}
RISKY_TAGS |= {"style", "foreignobject", "svg", "image", "use", "animate", "set", "template"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attrs: set[tuple[str, str]] = set()
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        for name, value in attrs:
            self.attrs.add((tag, name))
            if name in ("href", "src", "xlink:href", "action", "formaction"):
                self.links.append(value or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


def assert_inert_html(hostile: str, plain: str) -> _Elements:
    """``hostile`` has no element or attribute that ``plain`` (same shape) lacks."""
    h, p = _elements(hostile), _elements(plain)
    for tag in RISKY_TAGS:
        assert h.tags[tag] == p.tags[tag], f"hostile text changed the number of <{tag}>"
    assert set(h.tags) <= set(p.tags), set(h.tags) - set(p.tags)
    assert h.attrs <= p.attrs, h.attrs - p.attrs
    assert not any(a.startswith("on") for _, a in h.attrs)
    for link in h.links:
        assert not re.match(r"\s*(javascript|data|vbscript):", link, re.IGNORECASE), link
    return h


def test_annotated_html_page_keeps_hostile_text_inert() -> None:
    from argmap.rendering.html import to_html

    page = to_html(HOSTILE_MAP, engine="dot") if shutil.which("dot") else None
    if page is None:
        pytest.skip("Graphviz not installed")
    h = assert_inert_html(page, to_html(PLAIN_MAP))
    shown = "".join(h.text)
    assert "<script>alert('x')</script>" in shown  # shown as text, not run
    assert not CONTROLS.search(page)


@needs_dot
@pytest.mark.graphviz
def test_worksheet_html_keeps_hostile_text_inert() -> None:
    sheet = argmap.worksheet(HOSTILE_MAP, title=HOSTILE[0])
    page = sheet.to_html(answer_key=True)
    plain = argmap.worksheet(PLAIN_MAP, title=PLAIN[0]).to_html(answer_key=True)
    h = assert_inert_html(page, plain)
    assert "<script>alert('x')</script>" in "".join(h.text)


def test_worksheet_markdown_escapes_every_markdown_character() -> None:
    md = argmap.worksheet(HOSTILE_MAP, title=HOSTILE[5]).to_markdown(answer_key=True)
    items = [line for line in md.splitlines() if line.startswith("- **")]
    assert len(items) == sum(1 for s in HOSTILE_MAP.statements if s.kind != "question")
    texts = {" ".join(s.text.split()) for s in HOSTILE_MAP.statements}
    for line in items:
        body = line.split("** ", 1)[1]
        # Every Markdown-active character is escaped: removing the escapes gives the text.
        assert not re.search(r"(?<!\\)[`*_\[\]<>#|]", body.replace("\\\\", "")), body
        assert re.sub(r"\\(.)", r"\1", body) in texts
    heading = md.splitlines()[0]
    assert heading.startswith("## ") and "**" not in heading.replace("\\*", "")


# -- SVG: well-formed, nothing active ---------------------------------------------------------


def _svg_report(svg: str) -> tuple[Counter[str], set[str], str]:
    root = ET.fromstring(svg.encode("utf-8"))
    tags: Counter[str] = Counter(el.tag.rsplit("}", 1)[-1] for el in root.iter())
    attrs = {name.rsplit("}", 1)[-1] for el in root.iter() for name in el.attrib}
    text = "".join(t for el in root.iter() for t in (el.text, el.tail) if t)
    return tags, attrs, text


@needs_dot
@pytest.mark.graphviz
def test_rendered_svg_keeps_hostile_text_inert() -> None:
    from argmap.rendering.graphviz_run import to_svg

    tags, attrs, text = _svg_report(to_svg(HOSTILE_MAP, show_ids=True))
    plain_tags, plain_attrs, _ = _svg_report(to_svg(PLAIN_MAP, show_ids=True))
    for tag in ("script", "foreignObject", "image", "use", "animate", "set", "style", "a"):
        assert tags[tag] == plain_tags[tag], tag
    assert attrs <= plain_attrs and not any(a.startswith("on") for a in attrs)
    assert "<script>alert('x')</script>" in text.replace("\n", "")


# -- DOT and the comparison diagram: Graphviz sees the same graph ---------------------------


def _graph(dot: str) -> tuple[set[str], int]:
    done = subprocess.run(
        ["dot", "-Tjson0"], input=dot.encode("utf-8"), capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[:500]
    doc = json.loads(done.stdout)
    names = {o["name"] for o in doc.get("objects", []) if "nodes" not in o}
    return names, len(doc.get("edges", []))


@needs_dot
@pytest.mark.graphviz
def test_dot_gives_graphviz_the_same_nodes_and_edges() -> None:
    dot = argmap.to_dot(HOSTILE_MAP, show_ids=True, legend=True)
    assert _graph(dot) == _graph(argmap.to_dot(PLAIN_MAP, show_ids=True, legend=True))
    assert not CONTROLS.search(dot)


@needs_dot
@pytest.mark.graphviz
def test_dot_file_format_gives_the_same_graph() -> None:
    assert _graph(quiet(argmap.dumps, HOSTILE_MAP, format="dot")) == _graph(
        quiet(argmap.dumps, PLAIN_MAP, format="dot")
    )


@needs_dot
@pytest.mark.graphviz
def test_comparison_diagram_gives_graphviz_the_same_nodes() -> None:
    from argmap.teaching.diagram import compare_dot

    def student(amap: ArgumentMap) -> ArgumentMap:
        # Drop one claim and flip one link, so the diagram has every kind of mark.
        keep = [s for s in amap.statements if s.id != "C2"]
        infs = [i for i in amap.inferences if "C2" not in (*i.premises, i.conclusion)]
        return amap.model_copy(update={"statements": keep, "inferences": infs})

    hostile = compare_dot(argmap.compare(student(HOSTILE_MAP), HOSTILE_MAP))
    plain = compare_dot(argmap.compare(student(PLAIN_MAP), PLAIN_MAP))
    assert _graph(hostile) == _graph(plain)
    assert not CONTROLS.search(hostile)


# -- Mermaid: every label is a quoted string of safe characters -----------------------------

_LABEL = re.compile(r'^  (s_\w+)\["(.*)"\]:::(\w+)$')
_ALLOWED_TAGS = re.compile(r"</?small>|<br/>|</?i>")
_ENTITY = re.compile(r"#(quot|lt|gt|amp|\d+);")


def test_mermaid_labels_are_inert() -> None:
    chart = argmap.to_mermaid(HOSTILE_MAP, width=200)
    plain = argmap.to_mermaid(PLAIN_MAP, width=200)
    assert len(chart.splitlines()) == len(plain.splitlines())  # no line was injected
    labels = [m for line in chart.splitlines() if (m := _LABEL.match(line))]
    assert len(labels) == len(HOSTILE_MAP.statements)
    decoded = []
    for m in labels:
        body = _ENTITY.sub("", _ALLOWED_TAGS.sub("", m.group(2)))
        assert re.fullmatch(r"[\w .,:!?'/%+*=@~^$\-—]*", body), body
        names = {"quot": '"', "lt": "<", "gt": ">", "amp": "&"}
        text = _ALLOWED_TAGS.sub(" ", m.group(2))
        decoded.append(
            _ENTITY.sub(lambda e: names.get(e[1]) or chr(int(e[1])), text)  # noqa: B023
        )
    assert any("<script>alert('x')</script>" in d for d in decoded)
    assert any('x["y"] #quot; classDef' in d for d in decoded)


# -- the command line: check, report, compare ------------------------------------------------


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    argmap.save(HOSTILE_MAP, path)
    return path


def _terminal_safe(out: str) -> None:
    assert not CONTROLS.search(out), repr(CONTROLS.search(out))
    assert "\u202e" not in out and "\r" not in out


def test_check_text_output_cannot_drive_the_terminal(
    hostile_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(hostile_file), "--select", "all", "--hints"])
    out, err = capsys.readouterr()
    assert out.strip()
    _terminal_safe(out)
    _terminal_safe(err)
    # One finding a line: a newline in a statement text cannot forge a finding.
    for line in out.splitlines():
        assert line.startswith((str(hostile_file), "    hint: ")), line


def test_check_json_output_is_one_document_with_the_texts_intact(
    hostile_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(hostile_file), "--select", "all", "--format", "json"])
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert not re.search(r"[\x00-\x09\x0b-\x1f]", out)  # JSON escapes C0 controls
    findings = [f for m in doc["maps"] for f in m["findings"]]
    assert findings and all(isinstance(f["message"], str) for f in findings)


def test_report_cannot_drive_the_terminal(
    hostile_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(hostile_file)]) in (0, 1)
    out, err = capsys.readouterr()
    assert "Thesis:" in out
    _terminal_safe(out)
    _terminal_safe(err)


def test_compare_text_output_cannot_drive_the_terminal(
    hostile_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.yaml"
    argmap.save(HOSTILE_MAP.model_copy(update={"inferences": HOSTILE_MAP.inferences[1:]}), other)
    main(["compare", str(other), str(hostile_file)])
    out, err = capsys.readouterr()
    assert out.strip()
    _terminal_safe(out)
    _terminal_safe(err)
