"""Wrapping box text: the pattern that finds whole-word lines agrees with the word-by-word loop."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.rendering.labels import _cut, _wrap_words, clean, wrap

_words = st.lists(
    st.one_of(
        st.text(alphabet="abcdeé—…\u00a0", min_size=1, max_size=12),
        st.sampled_from(["", " ", "\t", "\n", "\x00", "Supercalifragilisticexpialidocious"]),
    ),
    max_size=30,
)


def _by_words(text: str, width: int, max_lines: int) -> list[str]:
    """The loop alone, with the same cut after ``max_lines``."""
    width = max(width, 8)
    return _cut(_wrap_words(clean(text), width, max_lines), width, max_lines)


@given(_words, st.integers(1, 40), st.integers(1, 12))
def test_wrap_gives_the_lines_the_word_loop_gives(
    words: list[str], width: int, max_lines: int
) -> None:
    text = " ".join(words)
    lines = wrap(text, width, max_lines=max_lines)
    assert lines == _by_words(text, width, max_lines)
    assert all(len(line) <= max(width, 8) for line in lines)


def test_a_word_longer_than_a_line_is_broken() -> None:
    assert wrap("a " + "x" * 20 + " b", 8) == ["a", "xxxxxxxx", "xxxxxxxx", "xxxx b"]
