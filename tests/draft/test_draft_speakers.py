"""Who is reported: speakers behind time and place phrases, sources, statements."""

from __future__ import annotations

import pytest

import argmap
from argmap.drafting.attribution import find_speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "On Tuesday evening, Senator Ruth Vale told the chamber the vote would wait.",
            "Senator Ruth Vale",
        ),
        (
            "On Tuesday evening, Senator Ruth Vale tabled a motion and explained it.",
            "Senator Ruth Vale",
        ),
        (
            "In Lisbon last month, the transport minister said the line would open.",
            "transport minister",
        ),
        ("Yesterday the agency announced tighter rules.", "agency"),
        ("The harvest failed again, as Peru repeatedly warned.", "Peru"),
        ("Northern reports indicate that the dam has cracked.", "Northern reports"),
        ("A new survey suggests that most tenants pay too much.", "survey"),
        (
            '"We do not comment on live cases," the Treasury Department said in a statement.',
            "Treasury Department",
        ),
        ('In a statement, the Board of Trade called the ruling "a grave error".', "Board of Trade"),
        (
            "The chair, Omar Reyes, who led the inquiry, said later that it was rushed.",
            "Omar Reyes",
        ),
        ("Before the vote, according to the magazine Civica, the deal was done.", "Civica"),
        ('"It cannot last," said the health secretary.', "health secretary"),
        ("Look at the governor, who said the bridge was safe.", "governor"),
        ("His brothers are reported to have said that he should stay in jail.", "brothers"),
        ("Neighbours of the mill may well argue that the noise is worse.", "Neighbours"),
        ("Its author, Omar Reyes, describes a town split in two.", "Omar Reyes"),
        ("Now, Lumex would have you believe that the course pays off.", "Lumex"),
        ("Ministers spent the year suggesting that nurses were overpaid.", "Ministers"),
        ('"Why does nobody ask?" a poster asks.', "poster"),
        ("In June the writer Ann Dale lamented that the town had changed.", "Ann Dale"),
        ("Economists are saying that the bank should cut rates.", "Economists"),
        ("Fenwick, its brochure reveals, asked pupils to paint the estate.", "brochure"),
        (
            "A review by lawyers at the Kent Law Centre examined every eviction of 2019.",
            "Kent Law Centre",
        ),
        # agreeing, reckoning and condemning report a view
        ("Ms Dale agrees.", "Ms Dale"),
        ("The Dutch thinktank Altena calculates that the levy could raise 2%.", "Altena"),
        (
            "However, local doctors and lawyers have condemned the cuts.",
            "local doctors and lawyers",
        ),
        # after an inverted verb: a phrase of place after the name, a hyphenated modifier
        ('"It is a disgrace," writes Ann Dale in the Courier.', "Ann Dale"),
        ('"The plan is dead," wrote a rather worried-looking farmer named Donna.', "Donna"),
        # a source noun after modifiers, and before a participle phrase
        (
            "A national study released last week has found that nurses work too long.",
            "national study",
        ),
    ],
)
def test_the_speaker_is_found(sentence: str, speaker: str) -> None:
    found = find_speaker(sentence)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday the river rose by a metre.",
        "This shows that the levy works.",
        "The rumour that says the mill will close is false.",
        "You have already told the bank that you are fine.",
        "We said the plan would fail.",
    ],
)
def test_no_speaker_where_nobody_is_reported(sentence: str) -> None:
    assert find_speaker(sentence) is None


def test_a_time_phrase_is_never_the_speaker() -> None:
    m = argmap.draft(
        "On Monday afternoon, Senator Ruth Vale introduced a bill that, she said, would end "
        "the practice. The senate should pass it."
    )
    speakers = {s.attributed_to for s in m.statements}
    assert "Monday" not in speakers and "Senator Ruth Vale" in speakers


def test_a_pronoun_takes_the_name_that_opens_its_sentence() -> None:
    m = argmap.draft(
        "Mayor Ann Dale upset many voters this week when, in a radio interview, she said "
        "that the park should close. The city should keep the park."
    )
    [reported] = [s for s in m.statements if "she said" in s.spans[0].quote]
    assert reported.attributed_to == "Mayor Ann Dale"


def test_a_concession_keeps_its_speaker() -> None:
    m = argmap.draft(
        "Although the minister says the tax is fair, it falls hardest on the poor. "
        "The tax should go."
    )
    [conceded] = m.of_kind("counterclaim")
    assert conceded.attributed_to == "minister"


def test_a_finding_of_a_study_is_evidence_of_type_study() -> None:
    m = argmap.draft(
        "The town should cap rents. A new survey suggests that most tenants pay too much."
    )
    [found] = [s for s in m.statements if s.spans[0].quote.startswith("A new survey")]
    assert found.kind == "evidence" and found.evidence_type == "study"
    assert found.attributed_to == "survey"


def test_findings_and_statements_give_speakers_in_a_draft() -> None:
    m = argmap.draft(
        "The port should stay open. In a statement, the Harbour Board called the closure "
        '"a grave error". Northern reports indicate that trade has already fallen.'
    )
    speakers = {s.attributed_to for s in m.statements}
    assert {"Harbour Board", "Northern reports"} <= speakers


def test_an_estimate_with_perhaps_is_no_concession() -> None:
    m = argmap.draft(
        "The floods killed perhaps 300 people in the valley, but the state sent no help. "
        "The state must plan for floods."
    )
    assert m.of_kind("counterclaim") == []


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        (  # a subordinator
            "While pledges have been given to look into the complaints, the club fined "
            "the players. The club should explain itself.",
            "While",
        ),
        (  # a sentence adverb
            "The club lost its appeal. Instead, they have Tom Hart, whose plan was memorably "
            "dismissed by Jo Reed as reckless. But the fans deserve better. The club must change.",
            "Instead",
        ),
    ],
)
def test_an_opening_word_is_never_a_speaker(text: str, not_a_speaker: str) -> None:
    assert all(s.attributed_to != not_a_speaker for s in argmap.draft(text).statements)


def test_a_view_reported_without_holder_despite_an_insertion() -> None:
    m = argmap.draft(
        "The vote should go ahead. There are concerns, however, that many cannot vote."
    )
    [said] = [s for s in m.statements if s.spans[0].quote.startswith("There are concerns")]
    assert said.attributed_to == "unnamed commentators"


def test_a_verb_form_after_a_determiner_is_a_noun() -> None:
    assert find_speaker("The mayor's plan undermines these claims by the council.") is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Rents rose by a third, according to the 2021 census.", "2021 census"),
        ('The mood was, according to someone who was there, "grim".', "someone"),
        ('"We will stay," one young volunteer cheerfully tells the guard.', "young volunteer"),
        (
            "One tall woman, the mother of two pupils, told the board the fees were unfair.",
            "tall woman",
        ),
        ("Dale - who had doubts of her own - points out how hard it is.", "Dale"),
        ("The doors shut early when our teachers warned us that the bus was late.", "teachers"),
        ("I never saw it, as parents, coaches and police kept telling me.", "coaches and police"),
        ("Insiders whisper that the deal is off.", "Insiders"),
        ("The novelist Ann Dale defines kindness as a habit.", "Ann Dale"),
        ('Dale calls this a "quiet revolution".', "Dale"),
    ],
)
def test_more_ways_of_reporting_speech(sentence: str, speaker: str) -> None:
    found = find_speaker(sentence)
    assert found is not None and found[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    ["The bridge was called unsafe last year.", "She was called a liar by the press."],
)
def test_a_passive_verb_of_saying_names_no_speaker(sentence: str) -> None:
    assert find_speaker(sentence) is None


def test_he_refers_to_the_person_named_last() -> None:
    m = argmap.draft(
        "Ann Dale is worth reading on this. In her book Harbours, she recalls how the "
        "towns were mixed. The council should read it."
    )
    [said] = [s for s in m.statements if "recalls" in s.spans[0].quote]
    assert said.attributed_to == "Ann Dale"


def test_he_refers_to_a_name_earlier_in_its_sentence() -> None:
    m = argmap.draft("It is not that Orwell was wrong when he said the rich differ. Tax them.")
    [said] = [s for s in m.statements if "Orwell" in s.spans[0].quote]
    assert said.attributed_to == "Orwell"


def test_a_contraction_opening_a_sentence_is_never_a_speaker() -> None:
    m = argmap.draft("It's plain that he said too much. The board should apologise.")
    assert all(s.attributed_to != "It's" for s in m.statements)


@pytest.mark.parametrize(
    "sentence",
    [
        "We need a plan according to the needs of the town.",
        "It all went according to plan.",
        "The scheme, officially called the River Plan, was bold.",
    ],
)
def test_according_to_a_manner_and_a_naming_participle_name_no_speaker(sentence: str) -> None:
    assert find_speaker(sentence) is None


def test_a_parenthetical_they_tell_us_reports_speech() -> None:
    found = find_speaker("The one fix, they tell us, is to shut the old bridge.")
    assert found == ("they", "tell")


def test_a_contracted_pronoun_takes_the_name_before_it() -> None:
    m = argmap.draft(
        "My old colleague Tom Hart is a careful man. He'd definitely say the merger was fair. "
        "But it cost us our pensions. Mergers need a vote of the staff."
    )
    [said] = [s for s in m.statements if s.spans[0].quote.startswith("He'd")]
    assert said.attributed_to == "Tom Hart"


def test_taken_for_granted_grants_no_point() -> None:
    m = argmap.draft(
        "The river's clean water is taken for granted; nobody asks who pays for it. "
        "But the pumps are old. The county should replace them."
    )
    assert all(not s.spans[0].quote.startswith("The river") for s in m.of_kind("counterclaim"))
