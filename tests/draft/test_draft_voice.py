"""Headlines, subheadings, clause cuts, and the author's voice against reported views."""

from __future__ import annotations

import pytest

import argmap
from argmap.drafting.heuristic import is_headline, is_subheading
from argmap.drafting.segment import Piece, clauses

BODY = (
    "The town council voted on Tuesday to close the last public library in the east "
    "district. Its members said the building cost too much to heat.\n\n"
    "But a library is more than a building. It is where children without books at home "
    "learn to read, and the council should keep it open."
)


def _piece(text: str) -> Piece:
    return Piece(0, len(text), text)


@pytest.mark.parametrize(
    "headline",
    [
        "Keep the east library open",
        "Keep the east library open.",
        "The folly of closing libraries.",
        "Libraries are wrong to close. Councils should think again.",
    ],
)
def test_a_short_first_paragraph_before_the_body_is_the_headline(headline: str) -> None:
    m = argmap.draft(f"{headline}\n\n{BODY}")
    assert m.source.title == headline
    quoted = " ".join(sp.quote for s in m.statements for sp in s.spans)
    assert headline not in quoted
    assert m.thesis is not None and m.thesis.spans[0].start > len(headline)


def test_a_full_stop_does_not_change_the_thesis() -> None:
    with_stop = argmap.draft(f"Keep the east library open.\n\n{BODY}")
    without = argmap.draft(f"Keep the east library open\n\n{BODY}")
    assert with_stop.thesis is not None and without.thesis is not None
    assert [sp.quote for sp in with_stop.thesis.spans] == [sp.quote for sp in without.thesis.spans]


def test_a_long_first_paragraph_is_not_a_headline() -> None:
    first = _piece("We must act now. Here is why we must, and how we can. It is late. Very late.")
    assert not is_headline(first, [_piece("More text here.")])
    assert not is_headline(_piece("A title"), [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [("What the plan leaves out", True), ("We know.", False), ("and then", False)],
)
def test_subheadings_are_short_unstopped_lines(line: str, expected: bool) -> None:
    following = _piece("The plan leaves out the cost of staff, which is large and rising.")
    assert is_subheading(_piece(line), following) is expected


def test_a_subheading_inside_the_text_is_left_out() -> None:
    text = BODY + "\n\nWhat the figures hide\n\nThe heating bill is small beside the loans it took."
    quoted = " ".join(sp.quote for s in argmap.draft(text).statements for sp in s.spans)
    assert "What the figures hide" not in quoted


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheme was dropped in large part because of rumours in the town.",
        "Since 2009 the agency has kept every one of its files closed.",
        "The river has flooded twice since then and nobody was warned.",
    ],
)
def test_prepositional_phrases_are_never_cut(sentence: str) -> None:
    assert [p.text for p in clauses(_piece(sentence))] == [sentence]


def test_a_reason_clause_is_still_cut() -> None:
    s = "The council must act now because the roof leaks in every storm."
    assert [p.split for p in clauses(_piece(s))] == ["", "because"]


def test_so_before_an_auxiliary_keeps_its_verb_and_draws_no_conclusion() -> None:
    m = argmap.draft(
        "Prices for bread have doubled in two years. So have the prices of rice and milk. "
        "The government should cap them."
    )
    texts = [s.text for s in m.statements]
    assert "So have the prices of rice and milk." in texts
    assert not any(i.cue == "conclusion marker" for i in m.inferences)


def test_a_concession_inside_the_authors_conclusion_stays_the_authors() -> None:
    m = argmap.draft(
        "The board has weighed the offer for months. The buyers promise new jobs.\n\n"
        "No matter how much some may try to tempt it, the board will not sell the park."
    )
    [main] = [s for s in m.statements if "will not sell" in s.spans[0].quote]
    assert main.kind != "counterclaim" and main.attributed_to is None


def test_a_weak_concession_cue_without_an_answer_is_the_authors_claim() -> None:
    m = argmap.draft(
        "The ferry is, of course, the only link to the island. The state should fund it."
    )
    assert m.of_kind("counterclaim") == []


@pytest.mark.parametrize(
    ("text", "granted", "answer"),
    [
        (
            "In theory, the new rule lets every tenant appeal. In practice, though, few "
            "tenants can pay the fee. The fee should go.",
            "In theory",
            "In practice",
        ),
        (
            "Yes, the bus lanes slow some drivers down, but they carry far more people. "
            "The city should build more of them.",
            "Yes",
            "but they carry",
        ),
        (
            "The mayor says the new bridge costs too much. But the old one costs more in "
            "repairs each year. The council should build it.",
            "The mayor says",
            "But the old one",
        ),
        (
            "Many reasons have been given for the closures: rents, staff, online sales. "
            "But the main cause is the new bypass. The town should reopen the old road.",
            "Many reasons",
            "But the main cause",
        ),
        (
            "Critics argue that the levy drives shoppers away, yet footfall has risen every "
            "year since it began. The council should keep it.",
            "Critics argue",
            "yet footfall",
        ),
    ],
)
def test_a_granted_or_reported_view_and_its_answer_are_a_pair(
    text: str, granted: str, answer: str
) -> None:
    m = argmap.draft(text)
    counters = [s for s in m.of_kind("counterclaim") if s.spans[0].quote.startswith(granted)]
    assert len(counters) == 1, [(s.kind, s.spans[0].quote) for s in m.statements]
    answers = [s for s in m.statements if answer in s.spans[0].quote]
    assert answers and answers[0].kind == "rebuttal"
    assert any(
        i.polarity == "attack" and i.premises == [answers[0].id] and i.conclusion == counters[0].id
        for i in m.inferences
    )


@pytest.mark.parametrize(
    ("text", "granted", "speaker", "answer"),
    [
        (
            "Home care is the kind of thing that, in theory, lets people stay put. In reality, "
            "however, few families can pay for it. The state should fund it.",
            "Home care is the kind",
            "a possible objector",
            "In reality",
        ),
        (
            "Low prices led to the widespread idea that the mines were finished. The reality is "
            "that demand is rising again. The mines should reopen.",
            "Low prices led",
            "a widespread view",
            "The reality is",
        ),
        (
            "The singer Rosa Lind appeared to believe that the tax hurts widows in big houses. "
            "But, actually, such widows rarely pay it. The tax should stay.",
            "The singer Rosa Lind",
            "Rosa Lind",
            "But, actually",
        ),
    ],
)
def test_held_views_and_their_answers(text: str, granted: str, speaker: str, answer: str) -> None:
    m = argmap.draft(text)
    [counter] = [s for s in m.of_kind("counterclaim") if s.spans[0].quote.startswith(granted)]
    assert counter.attributed_to == speaker
    [reply] = [s for s in m.statements if s.spans[0].quote.startswith(answer)]
    assert reply.kind == "rebuttal"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Some are opposed to the levy as a matter of principle.", "some people"),
        ("Farmers may well argue that the levy ruins them.", "Farmers"),
        ("Many will lament the levy as a tax on the poor.", "many people"),
        ("Some have also suggested that the levy drives trade away.", "some people"),
        ("I have to confess that I once liked the levy.", "a possible objector"),
    ],
)
def test_views_held_by_others_are_counterclaims(sentence: str, speaker: str) -> None:
    m = argmap.draft(f"The levy should stay. {sentence} It pays for the roads.")
    [counter] = m.of_kind("counterclaim")
    assert counter.spans[0].quote == sentence and counter.attributed_to == speaker


def test_a_note_on_the_author_at_the_end_is_left_out() -> None:
    m = argmap.draft(BODY + "\n\nAnn Dale is the director of the Pier Trust.")
    quoted = " ".join(sp.quote for s in m.statements for sp in s.spans)
    assert "Pier Trust" not in quoted


def test_an_expectation_is_weaker_than_a_demand() -> None:
    m = argmap.draft(
        "The city must rebuild the sea wall before winter. The engineers say the money is "
        "there, and the builders should be able to finish in time."
    )
    assert m.thesis is not None and "must rebuild" in m.thesis.spans[0].quote


def test_an_answer_may_open_the_next_paragraph() -> None:
    m = argmap.draft(
        "School cuts\n\nThe cuts to school budgets should stop now.\n\nThe minister said the "
        "cuts would spare every school.\n\nBut three schools have already lost their teachers."
    )
    [counter] = m.of_kind("counterclaim")
    assert counter.attributed_to == "minister"
    [reply] = m.of_kind("rebuttal")
    assert any(i.premises == [reply.id] and i.conclusion == counter.id for i in m.inferences)


def test_an_answer_two_paragraphs_on_does_not_count() -> None:
    m = argmap.draft(
        "School cuts\n\nThe cuts to school budgets should stop now.\n\nThe minister said the "
        "cuts would spare every school.\n\nTeachers are worried about their jobs.\n\nBut "
        "three schools have already lost their teachers."
    )
    assert m.of_kind("counterclaim") == []


def test_a_reported_view_rejected_by_the_author_is_a_counterclaim() -> None:
    m = argmap.draft(
        "The dam must be rebuilt. The minister said the old dam will hold for decades. "
        "That is simply wrong: it cracked twice last year."
    )
    [counter] = m.of_kind("counterclaim")
    assert counter.attributed_to == "minister"
    [reply] = m.of_kind("rebuttal")
    assert reply.spans[0].quote.startswith("That is simply wrong")


def test_an_act_reported_before_a_but_is_no_counterclaim() -> None:
    m = argmap.draft(
        "The dam must be rebuilt. The minister announced a review of the dam. But the "
        "review will take years."
    )
    assert m.of_kind("counterclaim") == []


def test_on_the_one_hand_is_granted_and_on_the_other_hand_answers() -> None:
    m = argmap.draft(
        "On the one hand, I believe the small parties should be heard. They win many votes.\n\n"
        "On the other hand, these debates are a shouting match that helps nobody."
    )
    [counter] = m.of_kind("counterclaim")
    assert counter.spans[0].quote.startswith("On the one hand")
    assert m.thesis is not None and m.thesis.id != counter.id
    [reply] = [s for s in m.statements if s.spans[0].quote.startswith("On the other hand")]
    assert reply.kind == "rebuttal"
    assert any(
        i.premises == [reply.id] and i.conclusion == counter.id and i.polarity == "attack"
        for i in m.inferences
    )


def test_a_view_reported_without_a_holder_is_testimony_of_unnamed_commentators() -> None:
    m = argmap.draft(
        "The army needs new equipment. There are complaints that the money ends up in "
        "officers' pockets."
    )
    [said] = [s for s in m.statements if s.spans[0].quote.startswith("There are complaints")]
    assert said.kind == "evidence" and said.attributed_to == "unnamed commentators"


def test_a_view_framed_as_someone_elses_is_theirs() -> None:
    m = argmap.draft(
        "Councils should own building land. To the Treasury, this probably sounds like waste. "
        "But as other countries have found, it pays for itself."
    )
    [counter] = m.of_kind("counterclaim")
    assert counter.attributed_to == "Treasury"
    assert m.of_kind("rebuttal")


def test_a_demand_on_some_people_is_the_authors() -> None:
    m = argmap.draft(
        "The city needs a fair debate on its budget.\n\nSome people need to be ready to "
        "speak out for the parks in this debate."
    )
    assert m.of_kind("counterclaim") == []


@pytest.mark.parametrize(
    ("text", "granted", "answer"),
    [
        (
            "Let me stress that I support the levy in principle. It raises money fairly. "
            "The trouble is that tenants pay it, not owners. The levy must change.",
            "Let me stress",
            "The trouble is",
        ),
        (
            "It is too easy to blame the weather for the floods. But the drains have not been "
            "cleared for years. The council must clear them.",
            "It is too easy",
            "But the drains",
        ),
        (
            "A smaller school sounds like a loss for the village, you might think. But small "
            "classes teach better. The school should stay small.",
            "A smaller school",
            "But small classes",
        ),
        # a point granted after a fronted phrase
        (
            "As a tired commuter stuck on a cold platform, it is tempting to curse the rail "
            "company. But the signals belong to the state. The state must fund them.",
            "As a tired commuter",
            "But the signals",
        ),
        # a point allowed as fair, then qualified
        (
            "The ferry company raised its fares. To be fair, fuel now costs twice as much. "
            "But the fares rose threefold. The regulator should look at them.",
            "To be fair",
            "But the fares",
        ),
        # a view put only to deny it, and the author's own in its place
        (
            "The trouble is not that the mayor spends too much; it is that she spends on "
            "the wrong things. The budget should be rewritten.",
            "The trouble is not that",
            "it is that",
        ),
    ],
)
def test_granted_points_answered_later(text: str, granted: str, answer: str) -> None:
    m = argmap.draft(text)
    [counter] = [s for s in m.of_kind("counterclaim") if s.spans[0].quote.startswith(granted)]
    [reply] = [s for s in m.statements if s.spans[0].quote.startswith(answer)]
    assert any(i.premises == [reply.id] and i.conclusion == counter.id for i in m.inferences)


def test_holders_of_a_view_answered_as_in_error_are_the_authors_answer() -> None:
    m = argmap.draft(
        "People often complain that the buses are late. Such critics forget that the "
        "roads are full. The city should widen them."
    )
    [counter] = m.of_kind("counterclaim")
    assert "complain" in counter.spans[0].quote and counter.attributed_to == "People"
    [answer] = m.of_kind("rebuttal")
    assert "forget" in answer.spans[0].quote
    assert any(i.conclusion == counter.id and answer.id in i.premises for i in m.inferences)


def test_a_view_reported_at_the_end_of_its_sentence() -> None:
    m = argmap.draft(
        "Every problem comes from abroad: that is how the story goes. But the mills "
        "closed for reasons at home. The town should look to itself."
    )
    [counter] = m.of_kind("counterclaim")
    assert counter.spans[0].quote.startswith("Every problem comes from abroad")


def test_a_note_on_the_authors_book_and_a_handle_are_left_out() -> None:
    text = (
        "The pier draws visitors each year, and the shops live off them.\n\n"
        "The council should keep it open, whatever it costs.\n\n"
        "Ann Dale's new book, Piers, is published by Sea Press. To order a copy go to "
        "example.com.\n\n@AnnDale1."
    )
    quoted = " ".join(sp.quote for s in argmap.draft(text).statements for sp in s.spans)
    assert "published by" not in quoted and "@AnnDale1" not in quoted
