"""The shared word lists: one of each, read the same way by checks, teaching and drafting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import lexicon
from argmap.checks import check
from argmap.checks import teaching as teaching_checks
from argmap.drafting import cues
from argmap.drafting.language import MIN_ENGLISH_SHARE, english_share
from argmap.lexicon import (
    DENIALS,
    DOUBTS,
    ENGLISH_MARKERS,
    HEDGE_WORDS,
    STOPWORDS,
    find_hedge,
    stem,
    terms,
)
from argmap.model import MapBuilder
from argmap.teaching.align import text_similarity

OTHER_LANGUAGES = [
    "El gobierno me dijo que el acuerdo no es una buena idea para el país, per se.",
    "Le gouvernement a décidé de mettre fin à l accord, ce qui me semble une erreur.",
    "Il governo ha deciso di porre fine all accordo per motivi politici.",
]


def test_the_drafter_reads_the_shared_lists() -> None:
    assert (*DOUBTS, *DENIALS) == cues.DOUBT
    assert cues.ENGLISH_FUNCTION_WORDS is ENGLISH_MARKERS
    assert teaching_checks.terms is terms


def test_english_markers_are_stopwords() -> None:
    assert ENGLISH_MARKERS <= STOPWORDS


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_the_language_check_needs_the_markers_not_every_stopword(text: str) -> None:
    # Why the language check keeps the shorter list: with every stopword,
    # "me", "per", "a" and "no" make other languages look English.
    words = re.findall(r"[^\W\d_]+", text)
    share_all = sum(w.lower() in STOPWORDS for w in words) / len(words)
    assert english_share(text) < MIN_ENGLISH_SHARE <= share_all


@pytest.mark.parametrize("phrase", DOUBTS)
def test_every_doubt_is_a_hedge(phrase: str) -> None:
    # Each holds a word of the quick pre-test, or find_hedge would skip it.
    assert not HEDGE_WORDS.isdisjoint(phrase.split())
    found = find_hedge(f"{phrase.capitalize()} the ban will last.")
    # "we wonder whether" is found as the more general hedge "we wonder"
    assert found is not None and phrase.startswith(found)


@pytest.mark.parametrize("phrase", DENIALS)
def test_a_denial_is_not_a_hedge(phrase: str) -> None:
    assert find_hedge(f"The claim {phrase} the facts.") is None


def test_alignment_stems_and_stops_as_the_checks_do() -> None:
    # "ended" and "ending" are one term for the checks, so for the alignment too.
    assert stem("ended") == stem("ending")
    assert text_similarity("The talks ended", "The talks ending") == 1.0
    # Every stopword is left out of the word-set comparison.
    assert "however" in STOPWORDS
    assert text_similarity("However, the pact holds", "the pact holds") == 1.0


def test_the_lexicon_is_low_in_the_layers() -> None:
    source = Path(lexicon.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(?:from|import) argmap", source, re.MULTILINE)


def test_hedged_rebuttal_reads_the_shared_doubts() -> None:
    b = MapBuilder()
    cc = b.counterclaim("The ban will work", attacks=b.thesis("Lift the ban"))
    b.rebuttal("It is doubtful that the ban will work for long", attacks=cc)
    b.rebuttal("The ban is mistaken: it ignores the costs", attacks=cc)
    assert [f.ids for f in check(b.build(), select=["hedged-rebuttal"])] == [("R1",)]


def _terms_word_by_word(text: str) -> dict[str, str]:
    """The plain definition of :func:`terms`: every word in turn, the first word of a term kept."""
    out: dict[str, str] = {}
    flat = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    for word in re.findall(r"([a-z0-9]+)(?:'[a-z]+)?", flat):
        if len(word) < lexicon.MIN_LENGTH or word in STOPWORDS or word.isdigit():
            continue
        out.setdefault(stem(word), word)
    return out


@given(
    st.lists(
        st.sampled_from(
            [
                "Sharing",
                "shared",
                "share",
                "the",
                "pact's",
                "it\u2019s",
                "42",
                "o'clock",
                "An",
                "countries",
                "country",
                "?",
                ",",
                "Seoul",
                "ties",
                "tie",
                "wars",
                "war",
            ]
        ),
        max_size=30,
    )
)
def test_terms_match_the_word_by_word_definition(words: list[str]) -> None:
    text = " ".join(words)
    assert terms(text) == _terms_word_by_word(text)
    assert list(terms(text).items()) == list(_terms_word_by_word(text).items())
