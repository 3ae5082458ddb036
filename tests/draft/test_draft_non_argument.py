"""Leaving out what is not argument: the quick test agrees with every pattern."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.drafting import cues
from argmap.drafting.heuristic import _non_argument

#: Every pattern, searched one after another: the definition the quick test must meet.
_ALL = list(cues.NON_ARGUMENTATIVE)

_PIECES = [
    "Subscribe", "SIGN up", "sıgn  up", "S\u0130GN UP", "ſhare this", "clic\u212a here",
    "Read more", "follow us", "to order a copy", "is published by Penguin", "order it from",
    "donate", "become a member", "support our journalism", "quality journalism", "newsletter",
    "By Ann Lee", "the editorial board", "Published 3 May 2024", "Photo: Ann Lee",
    "TOKYO —", "@handle", "The council", " should", " act", ".", ",", " ", "\n", "\u0307",
]  # fmt: skip


def _defined(text: str) -> bool:
    return any(p.search(text) for p in _ALL)


@given(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join))
def test_the_quick_test_agrees_with_the_patterns(text: str) -> None:
    assert _non_argument(text) == _defined(text)


def test_it_finds_appeals_and_bylines_and_keeps_argument() -> None:
    assert _non_argument("Sign up to our newsletter for more.")
    assert _non_argument("By Ann Lee")
    assert _non_argument("Support our journalism today.")
    assert not _non_argument("The council should sign the deal, and readers will follow.")
