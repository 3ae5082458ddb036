"""Evidence types and speakers: what makes a unit testimony, a statistic or an anecdote."""

from __future__ import annotations

import pytest

import argmap
from argmap.drafting import cues
from argmap.drafting.attribution import find_speaker
from argmap.drafting.features import Unit, read_units
from argmap.drafting.lexicon import fold
from argmap.drafting.segment import clauses, sentences


def _units(text: str) -> list[Unit]:
    return read_units([[clauses(s) for s in sentences(text)]])


def _one(text: str) -> Unit:
    [u] = _units(text)
    return u


@pytest.mark.parametrize(
    ("text", "kind", "evidence_type"),
    [
        # the author's own past experience is an anecdote
        ("I chose this street for its quiet.", "evidence", "fact"),
        ("Last spring I met a nurse who worked three shifts in a row.", "evidence", "fact"),
        # an irregular past verb with a year is a dated event
        ("The premier won the seat in 2012.", "evidence", "fact"),
        # a present passive or an adjective in -ed is no past event
        ("It is often assumed that Paris leads Europe.", "claim", None),
        ("She remains the accomplished leader of Europe.", "claim", None),
        # "-eed" verbs and "indeed" are no past tense
        ("The new levy may not succeed in the end.", "claim", None),
        ("The harbour is indeed a wicked place to moor.", "claim", None),
        # going to the polls is no survey
        ("Voters in Ohio go to the polls on Tuesday.", "claim", None),
        # a survey reports the number: a study (both count as statistics in the corpus)
        ("A survey of 2,000 parents found most want shorter holidays.", "evidence", "study"),
    ],
)
def test_evidence_types(text: str, kind: str, evidence_type: str | None) -> None:
    u = _one(text)
    assert (u.kind, u.evidence_type) == (kind, evidence_type)


def test_as_x_argues_cites_a_source_rather_than_reporting_an_opponent() -> None:
    u = _one("As the historian Tony Judt argues in his book, Europe was rebuilt on forgetting.")
    assert (u.kind, u.evidence_type) == ("evidence", "testimony")
    assert u.speaker == "Tony Judt"
    opponent = _one("The minister argues that the cuts are fair.")
    assert opponent.kind == "counterclaim"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We lost the vote because of the rebels," said the party chairman.', "party chairman"),
        ("Europe lived in national enclaves, notes Judt.", "Judt"),
        ("Shcherbakov replied that the soldiers wanted songs.", "Shcherbakov"),
    ],
)
def test_speakers_named_after_the_verb_or_with_new_verbs(text: str, expected: str) -> None:
    found = find_speaker(text)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Children were told to stay inside.",  # a passive: no speaker
        "Pride runs deep in the member states of the union.",  # "states" is a noun
    ],
)
def test_no_speaker_where_nobody_speaks(text: str) -> None:
    assert find_speaker(text) is None


@pytest.mark.parametrize(
    "text",
    [
        '"That is the grammar of it!',  # opens a quotation the next sentence goes on with
        'Nobody in this town talks about it any more."',  # ends a quotation begun before
    ],
)
def test_pieces_of_a_long_quotation_are_testimony(text: str) -> None:
    u = _one(text)
    assert (u.kind, u.evidence_type, u.cue) == ("evidence", "testimony", "quotation")


def test_unnamed_he_still_reports_speech() -> None:
    u = _one("He says the reform has failed every family in the region.")
    assert (u.kind, u.evidence_type, u.speaker) == ("evidence", "testimony", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy fired just nine shells per day during the first month.",
        "The rebels launched up to 300 rockets in 48 hours.",
        "Three in four tenants now pay more than half their income in rent.",
        "At least 40 schools closed their doors.",
    ],
)
def test_counts_and_rates_are_statistics(sentence: str) -> None:
    m = argmap.draft(f"{sentence} The government should act.")
    [unit] = [s for s in m.statements if s.spans[0].quote == sentence]
    assert unit.kind == "evidence" and unit.evidence_type == "statistic"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill stood empty for almost ten years.",
        "Washington remains deeply sceptical of the offer.",
        "The Joint Armed Services Board remains unconvinced by the plan.",
    ],
)
def test_durations_and_present_judgements_are_not_evidence(sentence: str) -> None:
    m = argmap.draft(f"{sentence} The government should act.")
    [unit] = [s for s in m.statements if s.spans[0].quote == sentence]
    assert unit.kind != "evidence"


def test_a_guess_about_the_past_is_no_recommendation() -> None:
    m = argmap.draft(
        "The old ferry must have cost a fortune to run. The council should sell it now."
    )
    assert m.thesis is not None and "should sell it" in m.thesis.spans[0].quote


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Last year a 10% levy on sugar raised money for the parks.", "10%"),
        ("Some 22% of the town's adults now cycle to work.", "22%"),
        ("Fares rose by 1.5 per cent in the spring.", "1.5 per cent"),
        ("Only .5% of the grant was spent on repairs.", "5%"),
    ],
)
def test_a_statistics_cue_quotes_the_whole_number(sentence: str, number: str) -> None:
    m = argmap.draft(f"{sentence} The council should act.")
    [unit] = [s for s in m.statements if s.spans[0].quote == sentence]
    assert unit.kind == "evidence" and unit.evidence_type == "statistic"
    assert unit.cue == f"number ({number!r})"


def test_every_count_holds_a_word_its_pattern_needs() -> None:
    periods = ["second", "minute", "hour", "day", "night", "week", "month", "year"]
    text = " ".join(
        f"{n} {noun} {link} {case(period)}s, {n} {noun} in {n} {case(period)}."
        for n in (
            *("9", "nine", "a dozen", "three in four", "up to 200", "at least 3", "AT MOST 5"),
            *("more than 9", "fewer than 7", "less than 4", "as many as 8", "nearly 20"),
            *("almost 30", "just 40", "only 5", "ſome 50", "OVER 60"),
        )
        for noun in ("strikes", "new cases")
        for link in ("per", "a", "each", "every")
        for period in [*periods, "ſecond", "mınute", "nİght", "weeK"]
        for case in (str.lower, str.upper)
    )
    assert len(cues.COUNTS) == len(cues.COUNT_NEEDS)
    for pattern, needs in zip(cues.COUNTS, cues.COUNT_NEEDS, strict=True):
        found = list(pattern.finditer(text))
        assert found
        for m in found:
            assert not needs or any(w in fold(m.group(0)) for w in needs), m.group(0)
