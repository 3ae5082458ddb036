"""Valid maps of every shape through every output and teaching command: correct, never a crash.

The maps come from :func:`shapes.shaped_maps`: no thesis or several,
undercut cycles and chains, support cycles, questions about inferences,
anchored spans, hostile texts. Each property states what the output must
be on *every* valid map, not only that nothing is raised.

Run longer with ``HYPOTHESIS_PROFILE=long pytest tests/fuzz``.
"""

from __future__ import annotations

import html
import re
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from limits import no_hang
from shapes import shaped_maps

import argmap
from argmap.errors import ArgmapWarning
from argmap.formats.registry import all_formats
from argmap.model import ArgumentMap, Question, find_problems
from argmap.rendering.html import to_html
from argmap.rendering.labels import clean
from argmap.rendering.select import direct_answers
from argmap.teaching import compare_dot, render_comparison
from argmap.teaching.layers import layers
from argmap.teaching.slides import MAX_STEPS, step_dots

LIMIT = 120  # seconds: a hang guard far above the normal time
# Formats that need no Graphviz run (the page draws one: it has its own property).
TEXT_FORMATS = [
    f
    for f in all_formats()
    if f.writable and not f.binary and not f.needs_graphviz and f.drawing != "page"
]
# Formats that read back exactly what they wrote, whatever the map holds.
EXACT = ["yaml", "json", "graphml", "node-link"]
_settings = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _non_questions(amap: ArgumentMap) -> list[str]:
    return [s.id for s in amap.statements if not isinstance(s, Question)]


@_settings
@given(shaped_maps())
def test_every_text_format_writes_every_map_and_exact_ones_read_it_back(amap: ArgumentMap) -> None:
    with no_hang(LIMIT, "writing every format"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ArgmapWarning)
        for fmt in TEXT_FORMATS:
            text = argmap.dumps(amap, format=fmt.name)
            assert isinstance(text, str)
            if fmt.name in EXACT:
                assert argmap.loads(text, format=fmt.name) == amap, fmt.name
        dot = argmap.to_dot(amap, findings=True, labels=True, legend=True, show_ids=True)
    for s in amap.statements:
        assert f'"{s.id}"' in dot  # every statement is a node of the diagram


@_settings
@given(shaped_maps())
def test_argdown_and_aif_keep_every_statement(amap: ArgumentMap) -> None:
    # Argdown and AIF read back a map with the same statements and links.
    with no_hang(LIMIT, "Argdown and AIF"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ArgmapWarning)
        for fmt in ("argdown", "aif"):
            back = argmap.loads(argmap.dumps(amap, format=fmt), format=fmt)
            assert find_problems(back) == []
            assert [s.id for s in back.statements] == [s.id for s in amap.statements], fmt
            assert [s.text for s in back.statements] == [s.text for s in amap.statements], fmt


@_settings
@given(shaped_maps())
def test_checks_and_semantics_cover_every_map(amap: ArgumentMap) -> None:
    with no_hang(LIMIT, "checks and semantics"):
        findings = argmap.check(amap, select="all")
        every = {s.id for s in amap.statements} | {i.id for i in amap.inferences}
        for f in findings:
            assert set(f.ids) <= every, f
        for semantics in ("grounded", "preferred"):
            labels = argmap.evaluate(amap, semantics=semantics)  # type: ignore[arg-type]
            assert set(labels) == every
        page = argmap.to_mermaid(amap)
    assert page.startswith("flowchart")


@_settings
@given(shaped_maps())
def test_layers_and_steps_reveal_every_statement_once_in_order(amap: ArgumentMap) -> None:
    with no_hang(LIMIT, "layers and steps"):
        found = layers(amap)
        shown = argmap.steps(amap)
        dots = step_dots(amap, fit=None)  # the whole map, one step a layer
        step_dots(amap)  # laid out for slides, a view at a time
    flat = [ref for layer in found for ref in layer]
    assert sorted(flat) == sorted(s.id for s in amap.statements)  # each exactly once
    assert all(found)  # no empty layer
    where = {ref: n for n, layer in enumerate(found) for ref in layer}
    answers = direct_answers(amap)
    kinds = {s.id: s.kind for s in amap.statements}
    for cc, answered_by in answers.items():  # no answer before the counterclaim it answers
        if kinds.get(cc) == "counterclaim" and cc in where:
            assert all(where[a] >= where[cc] for a in answered_by if a in where), cc
    answering = {
        a for cc, group in answers.items() if kinds.get(cc) == "counterclaim" for a in group
    }
    first = [s.id for s in amap.theses if s.id not in answering]
    if first:  # the thesis comes first (unless it answers a counterclaim)
        assert set(first) <= set(found[0]) <= {s.id for s in amap.theses}
    assert len(shown) == len(dots) <= MAX_STEPS
    before: set[str] = set()
    for step in shown:
        ids = {s.id for s in step.statements}
        assert before <= ids and find_problems(step) == []
        assert all(
            i.conclusion in ids or i.conclusion in {j.id for j in step.inferences}
            for i in step.inferences
        )
        before = ids
    if amap.statements:
        assert shown[-1].statements == amap.statements
        assert shown[-1].inferences == amap.inferences
    else:
        assert shown == []


@_settings
@given(shaped_maps(), st.integers(0, 2**32 - 1))
def test_worksheet_numbers_and_letters_every_box(amap: ArgumentMap, seed: int) -> None:
    boxes = _non_questions(amap)
    with no_hang(LIMIT, "worksheet"):
        sheet = argmap.worksheet(amap, seed=seed)
        markdown = sheet.to_markdown(answer_key=True)
        dot = sheet.dot()
    assert sorted(sheet.numbers.values()) == list(range(1, len(boxes) + 1))
    assert set(sheet.numbers) == set(boxes) == set(sheet.letters)
    assert len(set(sheet.letters.values())) == len(boxes)
    assert markdown.count("\n") >= len(boxes) and dot.startswith("digraph")
    for s in amap.statements:
        if s.id in sheet.numbers and "\n" not in s.text and len(s.text) < 200:
            # The blanked box shows its number, never its text.
            assert f"[{sheet.numbers[s.id]}]" in dot or str(sheet.numbers[s.id]) in dot


@_settings
@given(shaped_maps())
def test_challenges_ask_about_what_is_there_and_add_nothing_twice(amap: ArgumentMap) -> None:
    with no_hang(LIMIT, "challenges"):
        once = argmap.challenges(amap)
        twice = argmap.challenges(once)
    assert find_problems(once) == []
    added = once.statements[len(amap.statements) :]
    every = {s.id for s in amap.statements} | {i.id for i in amap.inferences}
    assert all(isinstance(q, Question) and q.target in every for q in added)
    assert twice.statements == once.statements


@_settings
@given(shaped_maps(), shaped_maps())
def test_compare_scores_a_map_against_itself_fully_and_any_other_between_0_and_1(
    amap: ArgumentMap, other: ArgumentMap
) -> None:
    with no_hang(LIMIT, "compare"):
        same = argmap.compare(amap, amap)
        mixed = argmap.compare(other, amap)
        dot = compare_dot(mixed)
    assert same.missing == [] and same.extra == []
    if _non_questions(amap):
        assert same.score == pytest.approx(1.0), same.scores
    assert 0.0 <= mixed.score <= 1.0
    assert all(isinstance(line, str) and line for line in mixed.feedback)
    assert set(mixed.missing) <= set(_non_questions(amap))
    assert set(mixed.extra) <= set(_non_questions(other))
    assert dot.startswith("digraph")


@_settings
@given(shaped_maps())
def test_the_annotated_page_holds_every_statement_inertly(amap: ArgumentMap) -> None:
    with no_hang(LIMIT, "annotated page"):
        page = to_html(amap, diagram=False)
    assert "<script>alert(1)" not in page
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", page)
    for s in amap.statements:
        assert f'"{s.id}"' in page or f"'{s.id}'" in page or f">{s.id}<" in page


# Each example runs Graphviz a few times: a tenth of the profile's count.
@settings(
    max_examples=max(settings.default.max_examples // 10, 3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(shaped_maps())
@pytest.mark.graphviz
def test_graphviz_draws_every_statement_as_written(amap: ArgumentMap) -> None:
    with no_hang(LIMIT, "Graphviz drawings"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ArgmapWarning)
        svg = argmap.pipe(amap, format="svg", width=10_000).decode("utf-8")
        page = argmap.pipe(amap, format="html").decode("utf-8")
        sheet = argmap.worksheet(amap).to_html(answer_key=True)
        compared = render_comparison(argmap.compare(amap, amap), "svg")
    drawn = html.unescape(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg)))
    drawn = " ".join(drawn.split())
    for s in amap.statements:
        # Control characters cannot be drawn (XML cannot hold them) and runs of
        # spaces, tabs and line breaks are one space (labels.clean): the rest must be.
        text = clean(s.text)
        if "\n" not in s.text and len(s.text) < 60 and text:
            assert text in drawn, (s.text, drawn)
    missing = re.search(r"No diagram:</strong>[^<]*", page)
    assert missing is None, missing.group()
    assert "<script>alert(1)" not in page + sheet
    assert isinstance(compared, bytes) and compared.lstrip().startswith(b"<")
