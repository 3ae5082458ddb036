"""Fuzzing the drafter's text input: a valid map or a clear ArgmapError, in bounded time.

Random Unicode, mutated English paragraphs, huge paragraphs, only
punctuation, binary-looking text. A drafted map must be valid (its spans
quote the text exactly); an error must be an ArgmapError of argmap's own,
not a bug of the drafter wrapped as an ExtractorError.

Run longer with ``HYPOTHESIS_PROFILE=long pytest tests/fuzz``.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from limits import no_hang
from mutation import mutated

import argmap
from argmap.errors import ArgmapError, ExtractorError, ParseError
from argmap.model import ArgumentMap, find_problems

# Written for these tests: an editorial-shaped paragraph with the cue words the drafter reads.
EDITORIAL = (
    "The city should build the new bridge this year. Critics say the bridge is too costly, "
    "but it will pay for itself within ten years. According to a 2023 study, traffic on the "
    "old crossing rose by 40 percent. Because the old bridge is failing, repairs would cost "
    "more than a new one. Some argue that ferries could carry the load; however, ferries "
    'cannot run in winter storms. "We cannot wait," the mayor said.\n\n'
    "Therefore the council must vote yes. If it does not, the region will lose trade, since "
    "firms move where transport works. Of course, no plan is perfect. Still, the case is clear."
)
LIMIT = 60  # seconds: a hang guard, two orders of magnitude above the normal time


def check_draft(text: str) -> ArgumentMap | None:
    """Draft ``text``; assert the outcome is a valid map or a clean ArgmapError."""
    with no_hang(LIMIT, f"drafting a text of {len(text)} characters"):
        try:
            amap = argmap.draft(text)
        except ArgmapError as err:
            if isinstance(err, ExtractorError):
                # A wrapped exception means the drafter itself crashed.
                assert err.__cause__ is None, f"the drafter crashed: {err}"
            assert str(err)
            return None
    assert isinstance(amap, ArgumentMap)
    assert find_problems(amap) == []
    assert amap.source.text == text
    for s in amap.statements:
        for span in s.spans:
            assert text[span.start : span.end] == span.quote
    return amap


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_unicode(text: str) -> None:
    check_draft(text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(mutated(EDITORIAL, max_edits=20))
def test_mutated_editorial(text: str) -> None:
    check_draft(text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(categories=["P", "S", "Zs", "Cc"]), min_size=1, max_size=2000))
def test_only_punctuation_symbols_and_controls(text: str) -> None:
    result = check_draft(text)
    if result is not None:
        assert all(s.text.strip() for s in result.statements)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_binary_looking_text(data: bytes) -> None:
    check_draft(data.decode("latin-1"))
    check_draft(data.decode("utf-8", errors="replace"))


# Each example drafts ~600 KB: a twentieth of the profile's count (3 by default).
@settings(
    max_examples=max(settings.default.max_examples // 20, 1),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.integers(0, 2**32 - 1))
def test_huge_paragraph_without_full_stops(seed: int) -> None:
    rng = random.Random(seed)
    words = EDITORIAL.replace(".", "").replace("\n", " ").split()
    text = " ".join(rng.choice(words) for _ in range(100_000))  # ~600 KB, one sentence
    check_draft(text)


def test_empty_and_blank_texts_are_parse_errors() -> None:
    for text in ("", "   ", "\n\n\t"):
        try:
            argmap.draft(text)
        except ParseError as err:
            assert "empty" in str(err)
        else:  # pragma: no cover - the assertion below reports it
            raise AssertionError(f"{text!r} drafted")


def test_editorial_drafts_a_map() -> None:
    amap = check_draft(EDITORIAL)
    assert amap is not None and amap.thesis is not None and amap.inferences


def test_a_lone_surrogate_is_a_located_parse_error() -> None:
    # Found by the long fuzz run: the drafter crashed building a span of it.
    text = EDITORIAL.replace("this year", "this \udfff year")
    try:
        argmap.draft(text)
    except ParseError as err:
        assert "lone surrogate" in str(err)
        assert (err.line, err.column) == (1, text.index("\udfff") + 1)
    else:  # pragma: no cover - the assertion below reports it
        raise AssertionError("a lone surrogate was drafted")
