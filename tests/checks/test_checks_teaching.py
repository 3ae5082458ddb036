"""The term-overlap teaching checks and their lexicon."""

from __future__ import annotations

from helpers_checks import found, one

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
