"""The segmenter used on Python 3.10 (pysbd), with argmap's corrections, on every Python."""

from __future__ import annotations

import pytest

from argmap.drafting import segment

pytest.importorskip("pysbd")


@pytest.fixture
def pysbd_sentences(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setattr(segment, "_spanner", segment._pysbd_spanner)
    return segment.sentences


def texts(pieces: list[segment.Piece]) -> list[str]:
    return [p.text for p in pieces]


def test_an_initialism_ends_a_sentence_before_an_opener(pysbd_sentences: object) -> None:
    text = "Our mill sold its cloth in the U.S. However, the U.S. market has shrunk."
    assert texts(segment.sentences(text)) == [
        "Our mill sold its cloth in the U.S.",
        "However, the U.S. market has shrunk.",
    ]


def test_a_closing_quotation_mark_stays_with_its_sentence(pysbd_sentences: object) -> None:
    text = 'Nobody in this town talks about it any more." Then he left.'
    assert texts(segment.sentences(text)) == [
        'Nobody in this town talks about it any more."',
        "Then he left.",
    ]


def test_a_huge_paragraph_is_cut_into_windows_with_exact_offsets(pysbd_sentences: object) -> None:
    text = "word " * 30_000  # 150,000 characters and no full stop
    pieces = segment.sentences(text)
    assert len(pieces) > 1
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert "".join(p.text + " " for p in pieces) == text
