"""argmap.draft on texts written for the tricky cases."""

from __future__ import annotations

import pytest

import argmap
from argmap.drafting import HeuristicExtractor
from argmap.errors import ArgmapError, ExtractorError, ParseError
from argmap.model import ArgumentMap, Source, Thesis

EDITORIAL = """\
City council must keep the bridge toll

By Jane Roe

RIVERTON — The council should keep the toll on the Harbour Bridge. The toll pays for repairs \
that the city budget cannot cover.

Critics say the toll hurts commuters on low incomes. But the council already exempts \
residents who earn less than the median wage.

Mayor Ann Lee said the toll raised $4.2 million in 2023. Traffic fell by 12 percent after it \
was introduced.

Although the toll is unpopular, it keeps the bridge safe. We urge the council to keep it.

Subscribe today to support independent journalism.
"""


@pytest.fixture(scope="module")
def drafted() -> ArgumentMap:
    return argmap.draft(EDITORIAL)


def test_thesis_is_the_authors_recommendation(drafted: ArgumentMap) -> None:
    thesis = drafted.thesis
    assert thesis is not None
    quotes = [s.quote for s in thesis.spans]
    assert "The council should keep the toll on the Harbour Bridge." in quotes
    assert "We urge the council to keep it." in quotes
    assert thesis.attributed_to is None


def test_headline_byline_dateline_and_appeal_are_left_out(drafted: ArgumentMap) -> None:
    quoted = " ".join(sp.quote for s in drafted.statements for sp in s.spans)
    assert "By Jane Roe" not in quoted
    assert "RIVERTON" not in quoted
    assert "Subscribe" not in quoted
    assert "City council must keep the bridge toll" not in quoted
    assert drafted.source.title == "City council must keep the bridge toll"


def test_counterclaim_is_attributed_and_rebutted(drafted: ArgumentMap) -> None:
    critics = [s for s in drafted.of_kind("counterclaim") if s.attributed_to == "Critics"]
    assert len(critics) == 1
    cc = critics[0]
    assert cc.spans[0].quote.startswith("Critics say")
    attacks = [i for i in drafted.inferences_into(cc.id) if i.polarity == "attack"]
    assert [drafted.statement(i.premises[0]).kind for i in attacks] == ["rebuttal"]
    assert any(i.polarity == "attack" for i in drafted.inferences_from(cc.id))


def test_evidence_types_and_speakers(drafted: ArgumentMap) -> None:
    evidence = {s.spans[0].quote: s for s in drafted.of_kind("evidence")}
    said = evidence["Mayor Ann Lee said the toll raised $4.2 million in 2023."]
    assert said.evidence_type.value == "testimony"  # type: ignore[attr-defined]
    assert said.attributed_to == "Mayor Ann Lee"
    fell = evidence["Traffic fell by 12 percent after it was introduced."]
    assert fell.evidence_type.value == "statistic"  # type: ignore[attr-defined]


def test_a_conceded_clause_is_answered_by_its_main_clause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from argmap.drafting import weights

    # the hand-written rules make every fronted concession a counterclaim
    monkeypatch.setattr(weights, "VOICE", {})
    drafted = argmap.draft(EDITORIAL)
    by_quote = {s.spans[0].quote: s for s in drafted.statements}
    conceded = by_quote["Although the toll is unpopular,"]
    answer = by_quote["it keeps the bridge safe."]
    assert (conceded.kind, answer.kind) == ("counterclaim", "rebuttal")
    assert any(i.premises == [answer.id] for i in drafted.inferences_into(conceded.id))


def test_a_main_clause_answers_nothing_when_its_concession_stays_the_authors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from argmap.drafting import weights

    monkeypatch.setattr(weights, "VOICE", {"bias": -20.0})
    by_quote = {s.spans[0].quote: s for s in argmap.draft(EDITORIAL).statements}
    assert by_quote["Although the toll is unpopular,"].kind != "counterclaim"
    assert by_quote["it keeps the bridge safe."].kind != "rebuttal"


def test_every_proposal_says_why_and_how_sure(drafted: ArgumentMap) -> None:
    for item in [*drafted.statements, *drafted.inferences]:
        assert item.cue, item.id
        assert item.confidence is not None
        assert 0.0 <= item.confidence <= 1.0


def test_nothing_is_dropped_every_statement_is_linked(drafted: ArgumentMap) -> None:
    thesis = drafted.thesis
    assert thesis is not None
    for s in drafted.statements:
        if s.id != thesis.id:
            assert drafted.inferences_from(s.id), f"{s.id} is not linked"


def test_draft_round_trips_and_anchors_exactly(drafted: ArgumentMap) -> None:
    text = drafted.source.text
    assert text == EDITORIAL
    for s in drafted.statements:
        for sp in s.spans:
            assert text[sp.start : sp.end] == sp.quote
    again = argmap.loads(argmap.dumps(drafted, format="yaml"), format="yaml")
    assert again == drafted


def test_unplaced_statements_go_to_the_thesis_with_low_confidence() -> None:
    m = argmap.draft("We should plant more trees in town. Cats sleep most of the day.")
    thesis = m.thesis
    assert thesis is not None
    [link] = m.inferences
    assert link.conclusion == thesis.id
    assert link.confidence is not None and link.confidence <= 0.3


def test_drafting_is_deterministic() -> None:
    assert argmap.draft(EDITORIAL) == argmap.draft(EDITORIAL)


@pytest.mark.parametrize("text", ["", "   \n\n\t "])
def test_empty_text_is_a_clear_error(text: str) -> None:
    with pytest.raises(ParseError, match="empty"):
        argmap.draft(text)


def test_non_english_text_is_a_clear_error() -> None:
    german = (
        "Die Regierung sollte ihre Entscheidung überdenken, denn der Vertrag nützt "
        "beiden Ländern und stärkt die Sicherheit in der ganzen Region."
    )
    with pytest.raises(ExtractorError, match="does not look like English"):
        argmap.draft(german)


def test_text_with_only_an_appeal_has_nothing_to_draft() -> None:
    with pytest.raises(ExtractorError, match="no argument"):
        argmap.draft("Subscribe now to support quality journalism.")


def test_source_fields_are_kept_and_text_is_set() -> None:
    m = argmap.draft("We must act now.", source=Source(title="Act", outlet="The Daily"))
    assert (m.source.title, m.source.outlet, m.source.text) == (
        "Act",
        "The Daily",
        "We must act now.",
    )


class _Fixed:
    def extract(self, text: str, *, source: Source) -> ArgumentMap:
        return ArgumentMap(source=source, statements=[Thesis(id="T1", text=text.upper())])


class _Broken:
    def extract(self, text: str, *, source: Source) -> ArgumentMap:
        raise ValueError("boom")


class _Wrong:
    def extract(self, text: str, *, source: Source) -> object:
        return {"statements": []}


def test_another_extractor_replaces_the_default() -> None:
    m = argmap.draft("keep it", extractor=_Fixed())
    assert m.thesis is not None and m.thesis.text == "KEEP IT"
    assert isinstance(_Fixed(), argmap.Extractor)
    assert isinstance(HeuristicExtractor(), argmap.Extractor)


def test_failing_extractors_give_extractor_errors() -> None:
    with pytest.raises(ExtractorError, match="_Broken failed: ValueError: boom"):
        argmap.draft("keep it", extractor=_Broken())
    with pytest.raises(ExtractorError, match="returned dict"):
        argmap.draft("keep it", extractor=_Wrong())  # type: ignore[arg-type]


def test_argmap_draft_is_the_function_and_drafting_a_plain_package() -> None:
    import inspect

    import argmap.drafting
    from argmap.drafting.api import draft

    assert argmap.draft is draft
    assert inspect.isfunction(argmap.draft)
    assert inspect.ismodule(argmap.drafting)
    assert not callable(argmap.drafting)
    assert argmap.drafting.draft is draft
    assert isinstance(ExtractorError("x"), ArgmapError)
