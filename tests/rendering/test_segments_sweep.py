"""The one-sweep segment cutting agrees with checking every anchor at every cut."""

from __future__ import annotations

import itertools
import random

import pytest

from argmap.rendering.segments import Anchor, Segment, paragraph_segments, paragraphs, segments


def _naive(text: str, anchors: list[Anchor], start: int, end: int) -> list[Segment]:
    inside = [a for a in anchors if a.start < end and a.end > start]
    cuts = sorted(
        {start, end, *(max(a.start, start) for a in inside)} | {min(a.end, end) for a in inside}
    )
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        covering = sorted(
            (x for x in inside if x.start <= a and x.end >= b),
            key=lambda x: (x.end - x.start, x.start, x.statement),
        )
        ids = tuple(dict.fromkeys(x.statement for x in covering))
        if out and out[-1].ids == ids:
            prev = out.pop()
            out.append(Segment(prev.start, b, text[prev.start : b], ids))
        else:
            out.append(Segment(a, b, text[a:b], ids))
    return out


@pytest.mark.parametrize("seed", range(60))
def test_sweep_equals_naive(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("ab \n") for _ in range(300))
    anchors = []
    for _ in range(rng.randint(0, 40)):
        s = rng.randrange(0, 299)
        anchors.append(Anchor(s, rng.randint(s + 1, min(300, s + 80)), f"S{rng.randint(1, 12)}"))
    start = rng.randrange(0, 150)
    end = rng.randint(start + 1, 300)
    assert segments(text, anchors, start, end) == _naive(text, anchors, start, end)
    by_paragraph = paragraph_segments(text, anchors)
    assert [p for p, _ in by_paragraph] == paragraphs(text)
    for (a, b), segs in by_paragraph:
        assert segs == _naive(text, anchors, a, b)
