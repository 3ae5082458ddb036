"""unanswered-counterclaim, hedged-rebuttal, kind-mismatch."""

from __future__ import annotations

import pytest
from helpers_checks import found, one

from argmap.lexicon import find_hedge
from argmap.model import MapBuilder


def test_unanswered_counterclaim() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.counterclaim("Acting is risky", attacks=t)
    assert found(b.build(), "unanswered-counterclaim") == {("CC1",)}


def test_attacked_counterclaim_is_answered() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    cc = b.counterclaim("Acting is risky", attacks=t)
    b.rebuttal("The risk is small", attacks=cc)
    assert found(b.build(), "unanswered-counterclaim") == set()


def test_undercut_of_its_inference_answers_it() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    cc = b.counterclaim("The effect is only symbolic")
    i = b.attack(cc, t)
    r = b.rebuttal("Even if symbolic, it matters")
    b.attack(r, i)
    assert found(b.build(), "unanswered-counterclaim") == set()


def test_answer_to_the_counterclaim_it_supports_answers_it() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    cc2 = b.counterclaim("Exports were curbed")
    cc3 = b.counterclaim("The pact no longer serves us", attacks=t)
    b.support(cc2, cc3)
    b.rebuttal("That judgment is premature", attacks=cc3)
    assert found(b.build(), "unanswered-counterclaim") == set()


def test_supporting_an_unanswered_counterclaim_is_not_answered() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    cc2 = b.counterclaim("Exports were curbed")
    cc3 = b.counterclaim("The pact no longer serves us", attacks=t)
    b.support(cc2, cc3)
    assert found(b.build(), "unanswered-counterclaim") == {("CC1",), ("CC2",)}


@pytest.mark.parametrize(
    "quote",
    [
        "We wonder whether the ban was wise.",
        "Perhaps the decision was hasty.",
        "It may be that Seoul acted too soon.",
        "It is possible that the move backfires.",
        "Isn’t it a little early to judge?",
        "One wonders whether Seoul thought it through.",
        "Could it be that trust was never there?",
        "The move might backfire.",
        "Was that wise?",
    ],
)
def test_hedges_are_found(quote: str) -> None:
    assert find_hedge(quote) is not None


@pytest.mark.parametrize(
    "quote",
    [
        "The ban was unwise, because talks had just resumed.",
        "Even if the cost is small, the principle matters.",
        "The possible outcomes are war or peace.",
        "Mighty nations cooperate.",
    ],
)
def test_arguments_are_not_hedges(quote: str) -> None:
    assert find_hedge(quote) is None


def test_hedged_rebuttal_from_quote() -> None:
    text = "Critics call the pact useless. We wonder whether they read it."
    b = MapBuilder(text=text)
    t = b.thesis("Keep the pact")
    cc = b.counterclaim("The pact is useless", quote="Critics call the pact useless", attacks=t)
    b.rebuttal(
        "The critics did not read it",
        quote="We wonder whether they read it",
        attacks=cc,
    )
    f = one(b.build(), "hedged-rebuttal")
    assert f.ids == ("R1",) and "we wonder" in f.message


def test_hedged_rebuttal_from_text_and_plain_rebuttal() -> None:
    b = MapBuilder()
    t = b.thesis("Keep the pact")
    cc = b.counterclaim("The pact is useless", attacks=t)
    b.rebuttal("Perhaps it is useful", attacks=cc)
    b.rebuttal("It gave early warning of launches", attacks=cc)
    b.claim("Perhaps a claim may hedge", supports=t)
    assert found(b.build(), "hedged-rebuttal") == {("R1",)}


def test_question_form_message() -> None:
    b = MapBuilder()
    t = b.thesis("Keep the pact")
    cc = b.counterclaim("The pact is useless", attacks=t)
    b.rebuttal("Is it useless?", attacks=cc)
    assert "a question" in one(b.build(), "hedged-rebuttal").message


def test_counterclaim_supporting_the_thesis() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.counterclaim("Critics agree we should act", supports=t)
    assert found(b.build(), "kind-mismatch") == {("CC1", "I1", "T1")}


def test_counterclaim_supporting_a_counterclaim_is_fine() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    cc = b.counterclaim("Acting is risky", attacks=t)
    b.counterclaim("Risks were seen before", supports=cc)
    assert found(b.build(), "kind-mismatch") == set()


def test_rebuttal_that_attacks_nothing() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.rebuttal("Acting is fine", supports=t)
    assert found(b.build(), "kind-mismatch") == {("R1",)}


def test_rebuttal_attacking_through_what_it_supports_is_fine() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    cc = b.counterclaim("Acting is risky", attacks=t)
    c = b.claim("The risk is small", attacks=cc)
    b.rebuttal("Past action went well", supports=c)
    assert found(b.build(), "kind-mismatch") == set()


def test_evidence_only_as_conclusion() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    e = b.evidence("Costs rose 5%", supports=t)
    e2 = b.evidence("Budget tables", id="E9")
    assert found(b.build(), "kind-mismatch") == set()
    b.claim("Analysts computed it", supports=e2)
    b.support(e2, e)  # E9 is now both a premise and a conclusion: fine
    b.claim("Deduced", id="C9", supports="E1")
    assert found(b.build(), "kind-mismatch") == set()
    b.evidence("An end point", id="E10")
    b.claim("Argued for", supports="E10")
    assert found(b.build(), "kind-mismatch") == {("E10",)}


def test_thesis_as_a_premise() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.claim("Then we win")
    b.support(t, "C1")
    assert found(b.build(), "kind-mismatch") == {("T1", "I1", "C1")}
