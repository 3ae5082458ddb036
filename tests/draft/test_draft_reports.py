"""Reported propositions, noun-phrase holders and who a pronoun refers to."""

from __future__ import annotations

import pytest

import argmap
from argmap.drafting.attribution import find_speaker
from argmap.drafting.coreference import Discourse
from argmap.drafting.lexicon import tokens
from argmap.drafting.reports import UNNAMED, find_report
from argmap.drafting.verbs import FORMS, verb_forms


@pytest.mark.parametrize(
    ("sentence", "holder", "form"),
    [
        ("The harbour board are convinced the quay will hold.", "harbour board", "adjective"),
        ("Marta Ruiz's team are sure they can win the seat.", "Marta Ruiz's team", "adjective"),
        ("The brewers have decided to close the plant.", "brewers", "verb"),
        ("Some have also suggested that the levy be halved.", "some people", "verb"),
        ("Mayor Ilse Brandt fears that the bridge will close.", "Mayor Ilse Brandt", "verb"),
        ("The ferry, they say, cannot run all winter.", "they", "parenthetical"),
        ("The ferry was, say some, never profitable.", "some", "parenthetical"),
        ("For the council, the planner would reckon, it is a bargain.", "planner", "parenthetical"),
        ("Harbour Trust's decision that the pier must go", "Harbour Trust", "noun"),
        ("The outline of Tom Gale's position is that the tax stays.", "Tom Gale", "noun"),
        ("Mill Street clings to the old explanation that fares are low.", "Mill Street", "noun"),
        ("There was talk from the unions about how the yard could reopen.", "unions", "noun"),
        ("The idea was first proposed by the Rowan Institute.", "Rowan Institute", "passive"),
        (
            "It is the myth told by the estate agents of this town: that prices only rise.",
            "estate agents of this town",
            "passive",
        ),
        ("There is growing concern that the river is polluted.", UNNAMED, "existential"),
        ("There have been complaints about how the tender was run.", UNNAMED, "existential"),
        ("Grocers are angry at rules that what they say is a tax on bread.", "they", "verb"),
        ("Pia Holm hesitated for a week, suggesting there had been no leak.", "Pia Holm", "verb"),
        ("Ann Roe, a lawyer, who declared that the deal was void, left.", "Ann Roe", "verb"),
    ],
)
def test_a_reported_proposition_and_its_holder_are_found(
    sentence: str, holder: str, form: str
) -> None:
    found = find_report(tokens(sentence))
    assert found is not None
    assert (found.holder, found.form) == (holder, form)


@pytest.mark.parametrize(
    "sentence",
    [
        "I think the bridge will hold.",  # the author's own view
        "We are sure the levy is fair.",
        "It is clear that the plan failed.",  # no holder: an impersonal "it"
        "The claims were false.",  # a noun, not a report
        "These fears are overdone.",
        "She said nothing.",  # no proposition follows
        "You would be forgiven for thinking that the town is full.",  # a gerund
        "The minister wants a new road.",  # a wish for a thing, not a proposition
    ],
)
def test_no_report_is_read_into_other_sentences(sentence: str) -> None:
    assert find_report(tokens(sentence)) is None


def test_verb_forms_are_derived_from_the_base() -> None:
    assert set(verb_forms("deny")) == {"deny", "denies", "denied", "denying"}
    assert set(verb_forms("plan")) == {"plan", "plans", "planned", "planning"}
    assert set(verb_forms("argue")) == {"argue", "argues", "argued", "arguing"}
    assert set(verb_forms("say")) == {"say", "says", "said", "saying"}
    assert FORMS["thought"] == ("think", "believe", "past")
    assert FORMS["worries"][1] == "fear"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The pier is safe," says one young engineer, pointing at it.', "young engineer"),
        ('"The pier is safe," explained a retired diver named Ola, smiling.', "Ola"),
        ("The village was poorer then, recalls Ingrid Moss.", "Ingrid Moss"),
        ("Tomas Berg's aides insist he will stand again.", "Tomas Berg's aides"),
        ("Health inspectors suggest that kitchens close early.", "Health inspectors"),
        ('"Most critics would say the pier is unsafe," Ines Varga said.', "Ines Varga"),
        ("Pia Holm hesitated for a week, suggesting there had been no leak.", "Pia Holm"),
        (
            "Ines Varga, Tom Gale and Ola Berg have each written to Pia Holm saying they object.",
            "Ines Varga",
        ),
        ("The coastguard, as its officers kept telling me, was short of boats.", "officers"),
        ("When I asked her why, the diver replied that the pier was safe.", "diver"),
    ],
)
def test_holders_in_harder_noun_phrases(sentence: str, speaker: str) -> None:
    found = find_speaker(sentence)
    assert found is not None and found[0] == speaker


def test_a_pronoun_takes_the_latest_holder_that_agrees_with_it() -> None:
    d = Discourse()
    d.read(tokens("Ferry Line's rivals cannot count on the vote."), 0)
    d.read(tokens("Ines Varga wrote to the Harbour Trust about it."), 1)
    assert d.resolve("they", 2) == "Ferry Line's rivals"  # not the trust, a singular body
    assert d.resolve("he", 2) == "Ines Varga"
    assert d.resolve("it", 2) == "Harbour Trust"
    d.read(tokens("Later the Greens complained."), 2)
    assert d.resolve("they", 3) == "Greens"  # a name opened by "the" is a group
    assert d.resolve("she", 3) == "Ines Varga"  # a group is never "she"
    assert d.resolve("he", 9) is None  # too far back


def test_a_list_of_names_is_one_plural_holder() -> None:
    d = Discourse()
    d.read(tokens("Ines Varga, Tom Gale and Ola Berg wrote to the mayor."), 0)
    assert d.resolve("they", 1) == "Ines Varga, Tom Gale and Ola Berg"
    d = Discourse()
    d.read(tokens("Ignore the gloomy, the grumblers and the Ferry Line lobby."), 0)
    assert d.resolve("they", 1) == "gloomy, the grumblers and the Ferry Line lobby"


def test_a_definite_role_noun_refers_to_the_person_named() -> None:
    d = Discourse()
    d.read(tokens("The paper sent its reporter Ines Varga."), 0)
    d.read(tokens("Tom Gale, the mayor, was out."), 1)
    assert d.resolve("this same reporter", 2) == "Ines Varga"
    assert d.resolve("the mayor", 2) == "Tom Gale"
    assert d.resolve("the historian", 2) is None  # nobody was named so


TEXT = (
    "The Pier Question\n\n"
    "Ines Varga runs the harbour trust. Last spring she wrote a long report. "
    "In an interview this week she worries that the pier will close.\n\n"
    "Ferry Line's rivals cannot count on the vote. The pier, they say, is a lost cause. "
    "But the pier made money last year.\n\n"
    'Ines Varga said: "The pier pays for itself." "It always has."\n\n'
    "The town should keep its pier because it pays its way."
)


def test_drafted_statements_carry_the_holder_of_the_view() -> None:
    m = argmap.draft(TEXT)
    by_quote = {s.spans[0].quote: s for s in m.statements}
    worries = next(s for q, s in by_quote.items() if "worries" in q)
    assert worries.attributed_to == "Ines Varga"
    say = next(s for q, s in by_quote.items() if "they say" in q)
    assert say.attributed_to == "Ferry Line's rivals"
    more = by_quote['"It always has."']
    assert more.attributed_to == "Ines Varga"  # a quotation that goes on
