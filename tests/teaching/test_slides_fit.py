"""Slides: 16:9 frames and pages, and no answer revealed before its counterclaim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import argmap
from argmap.model import MapBuilder
from argmap.rendering.select import answers_of
from argmap.teaching import render_steps
from argmap.teaching.layers import layers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_an_answer_that_also_supports_waits_for_its_counterclaim() -> None:
    b = MapBuilder()
    t = b.thesis("Close the street")
    c = b.claim("It is safer", supports=t)
    cc = b.counterclaim("Traffic moves elsewhere", attacks=c)
    r = b.rebuttal("A loop road takes it", attacks=cc)
    b.support(r, c)  # the answer also backs the claim: a support step would reach it first
    order = layers(b.build())
    where = {ref: n for n, layer in enumerate(order) for ref in layer}
    assert where[r] >= where[cc]
    assert sorted(ref for layer in order for ref in layer) == sorted(["T1", "C1", "CC1", "R1"])


@pytest.mark.parametrize("name", ["high-street.yaml", "gsomia.yaml"])
def test_examples_reveal_every_counterclaim_with_or_before_its_answers(name: str) -> None:
    amap = argmap.load(EXAMPLES / name)
    where = {ref: n for n, layer in enumerate(layers(amap)) for ref in layer}
    for cc in amap.of_kind("counterclaim"):
        for answer in answers_of(amap, {cc.id}):
            assert where[answer] >= where[cc.id], (cc.id, answer)


@pytest.mark.graphviz
def test_slide_frames_are_16_by_9(tmp_path: Path) -> None:
    paths = render_steps(argmap.load(EXAMPLES / "high-street.yaml"), tmp_path / "s")
    for p in paths:
        size = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', p.read_text("utf-8"))
        assert size is not None
        assert (float(size.group(1)), float(size.group(2))) == (1440.0, 810.0)


@pytest.mark.graphviz
def test_slide_pdf_pages_are_16_by_9(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    (pdf,) = render_steps(argmap.load(EXAMPLES / "high-street.yaml"), tmp_path / "s.pdf")
    pages = pypdf.PdfReader(str(pdf)).pages
    assert len(pages) == len(layers(argmap.load(EXAMPLES / "high-street.yaml")))
    assert {(float(p.mediabox.width), float(p.mediabox.height)) for p in pages} == {(960, 540)}
