"""The term-overlap teaching checks and their lexicon."""

from __future__ import annotations

from collections import Counter

from helpers_checks import found, one
from hypothesis import given
from hypothesis import strategies as st

from argmap.checks import Severity, check
from argmap.lexicon import stem, terms
from argmap.model import MapBuilder


def _syllogism(conclusion: str, p1: str, p2: str) -> MapBuilder:
    b = MapBuilder()
    t = b.thesis(conclusion)
    a = b.premise(p1)
    c = b.premise(p2)
    b.link([a, c], t)
    return b


def test_rabbit_rule_passes_when_every_term_comes_from_a_premise() -> None:
    b = _syllogism("Socrates is mortal", "Socrates is a man", "Every man is mortal")
    assert found(b.build(), "conclusion-term-missing") == set()
    assert found(b.build(), "premise-term-dangling") == set()


def test_rabbit_rule_flags_the_new_term() -> None:
    b = _syllogism("Socrates is mortal and wise", "Socrates is a man", "Every man is mortal")
    f = one(b.build(), "conclusion-term-missing")
    assert f.ids == ("I1", "T1") and f.severity is Severity.INFO
    assert '"wise"' in f.message and "Socrates" not in f.message


def test_holding_hands_flags_the_lonely_premise_term() -> None:
    b = _syllogism("Socrates is mortal", "Socrates is a bearded man", "Every man is mortal")
    f = one(b.build(), "premise-term-dangling")
    assert f.ids == ("P1", "I1") and '"bearded"' in f.message


def test_stemming_joins_word_forms() -> None:
    b = _syllogism(
        "Seoul should keep sharing intelligence",
        "Shared intelligence protects Seoul",
        "Seoul should keep what protects Seoul",
    )
    assert found(b.build(), "conclusion-term-missing") == set()
    assert found(b.build(), "premise-term-dangling") == set()


def test_single_premise_inferences_are_not_linked_arguments() -> None:
    b = MapBuilder()
    t = b.thesis("Socrates is wise")
    b.premise("Bananas are yellow", supports=t)
    assert found(b.build(), "conclusion-term-missing") == set()
    assert found(b.build(), "premise-term-dangling") == set()


def test_teaching_checks_run_only_when_selected() -> None:
    b = _syllogism("Socrates is mortal and wise", "Socrates is a man", "Every man is mortal")
    assert "conclusion-term-missing" not in {f.code for f in check(b.build())}
    assert "conclusion-term-missing" in {f.code for f in check(b.build(), select=["all"])}


def test_lexicon() -> None:
    assert stem("cooperation") == stem("cooperations")
    assert stem("ran") == "ran"
    assert set(terms("The pact and the pacts")) == {"pact"}
    assert terms("It is to be") == {}
    assert set(terms("Seoul’s decision")) == {"seoul", "decision"}


_WORDS = ["pact", "pacts", "trade", "trust", "the", "war", "wars", "tie", "ties", "Seoul"]
_texts = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)


def _dangling_by_counting(premises: list[str], conclusion: str) -> list[tuple[int, list[str]]]:
    """The holding hands rule as written: count each term over the premises."""
    counts = Counter(t for p in premises for t in terms(p))
    last = terms(conclusion)
    out = []
    for n, p in enumerate(premises):
        alone = [w for t, w in terms(p).items() if counts[t] == 1 and t not in last]
        if alone:
            out.append((n, alone))
    return out


@given(st.lists(_texts, min_size=2, max_size=4), _texts)
def test_holding_hands_matches_counting_terms(premises: list[str], conclusion: str) -> None:
    b = MapBuilder()
    t = b.thesis(conclusion)
    b.link([b.premise(p) for p in premises], t)
    expected = [
        (f"P{n + 1}", ", ".join(f'"{w}"' for w in alone))
        for n, alone in _dangling_by_counting(premises, conclusion)
    ]
    got = check(b.build(), select=["premise-term-dangling"])
    assert [(f.ids[0], f.message.split(" in the premise")[0].split(", ", 1)[1]) for f in got] == (
        expected
    )
