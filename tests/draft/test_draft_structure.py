"""Structure that follows the text: paragraph topics, evidence after its claim, few thesis links."""

from __future__ import annotations

import argmap
from argmap.model import ArgumentMap

EDITORIAL = (
    "Save the pier\n\n"
    "The council should restore the old pier rather than pull it down.\n\n"
    "The pier brings visitors to the town all year. Hotel bookings rose by 12% after the "
    "summer festival on the pier. Cafes on the front depend on those visitors.\n\n"
    "Those cafes employ many young people. Most of them have no other work in winter.\n\n"
    "The repairs are affordable. Engineers put the cost at less than a new car park. "
    "A national fund pays half of such repairs.\n\n"
    "Tearing the pier down would cost the town its face. We urge the council to vote for "
    "the repairs."
)


def _quote(m: ArgumentMap, sid: str) -> str:
    return m.statements_by_id()[sid].spans[0].quote


def _links(m: ArgumentMap) -> list[tuple[str, str, str]]:
    return [(_quote(m, i.premises[0]), _quote(m, i.conclusion), i.cue or "") for i in m.inferences]


def test_evidence_supports_the_claim_it_follows_in_its_paragraph() -> None:
    links = _links(argmap.draft(EDITORIAL))
    [(_, target, cue)] = [link for link in links if link[0].startswith("Hotel bookings")]
    assert target.startswith("The pier brings visitors")
    assert cue == "evidence for the claim it follows"


def test_units_of_a_paragraph_support_its_topic_sentence() -> None:
    links = _links(argmap.draft(EDITORIAL))
    [(_, target, _)] = [link for link in links if link[0].startswith("Most of them")]
    assert target.startswith("Those cafes employ")


def test_a_paragraph_that_goes_on_from_the_one_before_is_not_linked_to_the_thesis() -> None:
    m = argmap.draft(EDITORIAL)
    links = _links(m)
    [(_, target, cue)] = [link for link in links if link[0].startswith("Those cafes employ")]
    assert target.startswith("The pier brings visitors")
    assert "paragraph" in cue


def test_a_new_topic_sharing_the_thesis_words_supports_the_thesis() -> None:
    links = _links(argmap.draft(EDITORIAL))
    [(_, target, cue)] = [link for link in links if link[0].startswith("The repairs are")]
    assert target.startswith("The council should restore")
    assert cue == "repeats the thesis's words"


def test_every_link_to_the_thesis_names_its_reason_and_few_go_there() -> None:
    m = argmap.draft(EDITORIAL)
    thesis = m.thesis
    assert thesis is not None
    into = [i for i in m.inferences if i.conclusion == thesis.id]
    assert into and all(i.cue for i in into)
    assert len(into) <= 0.4 * len(m.inferences)


def test_every_statement_keeps_a_machine_readable_confidence_and_cue() -> None:
    m = argmap.draft(EDITORIAL)
    for item in [*m.statements, *m.inferences]:
        assert isinstance(item.confidence, float) and 0.0 <= item.confidence <= 1.0
        assert isinstance(item.cue, str) and item.cue


def test_a_draft_keeps_at_most_two_fifths_of_its_links_at_the_thesis() -> None:
    # Every paragraph opens with one more reason for the thesis: each has a
    # reason to support it, and past two fifths they go under the topic before
    # (in a draft of ten inferences or more; a short text's may all go there).
    reasons = [
        "Another reason is that the pier draws visitors in every season.",
        "Another reason is that the cafes on the front need the pier.",
        "Another reason is that the repairs cost less than a car park.",
        "Another reason is that a national fund pays half of the repairs.",
        "Another reason is that the pier is the face of the town.",
        "Another reason is that the fishermen moor their boats there.",
        "Another reason is that the school holds its regatta beside it.",
        "Another reason is that the lifeboat crew trains from its end.",
        "Another reason is that anglers come from far away to fish there.",
        "Another reason is that the pier hosts the summer fireworks.",
        "Another reason is that the old pavilion could house a museum.",
    ]
    text = "Save the pier\n\nThe council should restore the old pier.\n\n" + "\n\n".join(reasons)
    m = argmap.draft(text)
    thesis = m.thesis
    assert thesis is not None and _quote(m, thesis.id).startswith("The council should")
    into = [i for i in m.inferences if i.conclusion == thesis.id]
    assert len(into) <= 0.4 * len(m.inferences)
    moved = [i for i in m.inferences if "topic before" in (i.cue or "")]
    assert moved
    for i in moved:  # each under the topic of an earlier paragraph
        premise, conclusion = _quote(m, i.premises[0]), _quote(m, i.conclusion)
        assert text.index(conclusion) < text.index(premise)


def test_a_thesis_that_answers_a_view_attacks_it() -> None:
    from argmap.drafting.features import read_units
    from argmap.drafting.segment import clauses, sentences
    from argmap.drafting.structure import link

    text = "Critics say the pier is a waste of money. But the town must keep it."
    units = read_units([[clauses(s) for s in sentences(text)]])
    view, answer = units
    assert view.kind == "counterclaim"
    answer.kind, answer.answers_to = "thesis", view.index  # the answer picked as the thesis
    links = [(k.premise, k.conclusion, k.polarity) for k in link(units, answer, [])]
    assert links == [(answer.index, view.index, "attack")]
