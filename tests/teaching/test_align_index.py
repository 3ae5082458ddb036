"""The indexed alignment pairs exactly as comparing every pair of statements does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import argmap
from argmap.model import ArgumentMap, MapBuilder, Question, StatementBase
from argmap.teaching.align import (
    SPAN_THRESHOLD,
    TEXT_THRESHOLD,
    Match,
    _same_source,
    align,
    span_overlap,
    text_similarity,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _every_pair(student: ArgumentMap, reference: ArgumentMap) -> list[Match]:
    """The alignment as its module doc defines it, scoring every pair."""
    studs = [s for s in student.statements if not isinstance(s, Question)]
    refs = [s for s in reference.statements if not isinstance(s, Question)]
    s_pos = {s.id: n for n, s in enumerate(studs)}
    r_pos = {s.id: n for n, s in enumerate(refs)}
    same = _same_source(student, reference)
    found: list[Match] = []
    taken_s: set[str] = set()
    taken_r: set[str] = set()

    def greedy(by: str, pool: list[tuple[float, float, StatementBase, StatementBase]]) -> None:
        def key(c: tuple[float, float, StatementBase, StatementBase]) -> tuple[float, ...]:
            a, b = (c[0], c[1]) if by == "spans" else (c[1], c[0])
            return (-a, -b, r_pos[c[3].id], s_pos[c[2].id])

        for span, text, s, r in sorted(pool, key=key):
            if s.id in taken_s or r.id in taken_r:
                continue
            taken_s.add(s.id)
            taken_r.add(r.id)
            score = span if by == "spans" else text
            found.append(Match(s.id, r.id, by, round(score, 4), round(span, 4), round(text, 4)))  # type: ignore[arg-type]

    pool = []
    if same:
        for s in studs:
            for r in refs:
                if (span := span_overlap(s, r)) >= SPAN_THRESHOLD:
                    pool.append((span, text_similarity(s.text, r.text), s, r))
    greedy("spans", pool)
    pool = []
    for s in studs:
        for r in refs:
            if s.id in taken_s or r.id in taken_r:
                continue
            if (text := text_similarity(s.text, r.text)) >= TEXT_THRESHOLD:
                pool.append((span_overlap(s, r) if same else 0.0, text, s, r))
    greedy("wording", pool)
    return sorted(found, key=lambda m: r_pos[m.reference])


def _examples() -> list[ArgumentMap]:
    return [argmap.load(p) for p in sorted(EXAMPLES.glob("*.yaml"))]


def test_examples_align_as_every_pair() -> None:
    maps = _examples()
    assert len(maps) >= 3
    for a in maps:
        for b in maps:
            assert align(a, b) == _every_pair(a, b)


def _random_pair(seed: int) -> tuple[ArgumentMap, ArgumentMap]:
    rng = random.Random(seed)
    words = [
        "pact",
        "trade",
        "the",
        "of",
        "a",
        "boycott",
        "export",
        "trust",
        "region",
        "security",
        "talks",
    ]
    text = " ".join(rng.choice(words) for _ in range(400))
    maps = []
    for _ in range(2):
        b = MapBuilder(text=text)
        t = b.thesis(" ".join(rng.choices(words, k=5)))
        for _ in range(rng.randint(3, 25)):
            start = rng.randrange(0, len(text) - 40)
            quote = text[start : start + rng.randint(5, 60)].strip()
            wording = " ".join(rng.choices(words, k=rng.randint(2, 8)))
            if quote and rng.random() < 0.7:
                b.claim(wording, supports=t, quote=quote)
            else:
                b.claim(wording, supports=t)
        maps.append(b.build())
    return maps[0], maps[1]


@pytest.mark.parametrize("seed", range(40))
def test_random_maps_align_as_every_pair(seed: int) -> None:
    student, reference = _random_pair(seed)
    assert align(student, reference) == _every_pair(student, reference)
