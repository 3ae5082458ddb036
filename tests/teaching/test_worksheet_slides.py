"""Worksheets, layers and slides on the hand-made map and the GSOMIA example."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers_teaching import reference

import argmap
from argmap.errors import FormatError
from argmap.teaching import render_steps, step_dots, steps, worksheet
from argmap.teaching.layers import layers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="needs the Graphviz binary")


def test_layers_put_reasons_before_attacks_and_rebuttals_last() -> None:
    assert layers(reference()) == [["T"], ["C1", "C2"], ["E1", "P1", "E2"], ["CC1"], ["R1"]]


def test_layers_place_every_statement_once() -> None:
    amap = argmap.load(EXAMPLES / "gsomia.yaml")
    flat = [ref for layer in layers(amap) for ref in layer]
    assert sorted(flat) == sorted(s.id for s in amap.statements)
    assert flat[0] == "T1"
    assert flat.index("CC1") > flat.index("E17")  # attacks only after every reason


def test_steps_grow_one_layer_at_a_time() -> None:
    maps = steps(reference())
    assert [[s.id for s in m.statements] for m in maps][:2] == [["T"], ["T", "C1", "C2"]]
    assert [len(m.statements) for m in maps] == [1, 3, 6, 7, 8]
    assert maps[-1].inferences == reference().inferences
    # Partial maps are valid maps: every inference refers to drawn statements.
    assert all(argmap.ArgumentMap.model_validate(m.model_dump()) == m for m in maps)


def test_step_dots_keep_the_layout_and_hide_what_is_not_revealed() -> None:
    dots = step_dots(reference())
    assert len(dots) == 5
    first = dots[0]
    assert '"C1" [id="node-C1"' in first and first.count('style="invis"') >= 7
    assert 'style="invis"' not in dots[-1]
    # The later steps badge what they add.
    assert "NEW" in dots[1] and "NEW" not in dots[0]


def test_worksheet_numbers_from_the_thesis_and_shuffles_by_seed() -> None:
    w = worksheet(reference(), seed=0)
    assert [ref for _, ref in w.boxes] == ["T", "C1", "C2", "E1", "P1", "E2", "CC1", "R1"]
    assert sorted(w.answers) == list(range(1, 9))
    assert sorted(w.answers.values()) == list("ABCDEFGH")
    assert worksheet(reference(), seed=0).answers == w.answers
    assert any(worksheet(reference(), seed=s).answers != w.answers for s in range(1, 5))
    # Every text is in the list exactly once, and nowhere in the diagram.
    texts = [t for _, t in w.statements_list]
    assert sorted(texts) == sorted(s.text for s in reference().statements)
    dot = w.dot()
    assert not any(t in dot for t in texts)
    (thesis_line,) = [line for line in dot.splitlines() if 'id="node-T"' in line]
    assert re.search(r"<B>\W*1\W*</B>", thesis_line)  # the box number as a badge


def test_fill_the_gaps_blanks_only_the_chosen_statements() -> None:
    w = worksheet(reference(), blanks=["C2", "R1"])
    assert [ref for _, ref in w.boxes] == ["C2", "R1"]
    dot = w.dot()
    assert "The city should build the tram" in dot
    assert "Traffic is getting worse" not in dot
    assert sorted(t for _, t in w.statements_list) == [
        "The costs are repaid within ten years",
        "Traffic is getting worse every year",
    ]


@pytest.mark.parametrize("blanks", [["nope"], []])
def test_worksheet_rejects_bad_blanks(blanks: list[str]) -> None:
    with pytest.raises(FormatError):
        worksheet(reference(), blanks=blanks)


def test_worksheet_markdown_escapes_and_keys() -> None:
    w = worksheet(reference())
    md = w.to_markdown(answer_key=True)
    assert "**A.**" in md and "### Key" in md and "1: " in md


@pytest.mark.graphviz
@needs_dot
def test_worksheet_html_page_is_escaped_and_has_the_diagram(tmp_path: Path) -> None:
    amap = reference()
    amap.statements[1].text = "Trams <b>cut</b> car trips & jams"
    html = worksheet(amap).to_html(answer_key=True)
    assert "<svg" in html and "&lt;b&gt;cut&lt;/b&gt;" in html and "<b>cut" not in html
    assert "Key" in html
    out = worksheet(amap).render(tmp_path / "w.html")
    assert Path(out).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.graphviz
@needs_dot
def test_render_steps_writes_numbered_files_and_a_multipage_pdf(tmp_path: Path) -> None:
    paths = render_steps(reference(), tmp_path / "slides")
    assert [p.name for p in paths] == [f"step-0{n}.svg" for n in range(1, 6)]
    assert all(p.read_text(encoding="utf-8").lstrip().startswith("<?xml") for p in paths)
    pypdf = pytest.importorskip("pypdf")
    (pdf,) = render_steps(reference(), tmp_path / "slides.pdf")
    assert len(pypdf.PdfReader(str(pdf)).pages) == 5
