"""Critical questions: the data covers every evidence type and the named schemes; challenges()."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_teaching import reference, reference_data

import argmap
from argmap.model import ArgumentMap, EvidenceType, Question
from argmap.teaching import CRITICAL_QUESTIONS, challenges
from argmap.teaching.critical_questions import questions_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCHEMES = (
    "testimony",
    "expert_opinion",
    "statistic",
    "analogy",
    "cause_to_effect",
    "consequences",
    "example",
    "sign",
    "popular_opinion",
    "authority",
)


@pytest.mark.parametrize("key", [t.value for t in EvidenceType] + list(SCHEMES))
def test_every_evidence_type_and_scheme_has_questions(key: str) -> None:
    qs = CRITICAL_QUESTIONS[key]
    assert len(qs) >= 2
    assert all(q.id.startswith(key + ".") for q in qs)
    assert len({q.id for q in qs}) == len(qs)
    for q in qs:  # every template fills in
        text = q.ask(it="'X'", who="Y", then="'Z'")
        assert text.endswith("?") and "{" not in text


def test_statistic_questions_cover_the_classics() -> None:
    topics = {q.topic for q in questions_for("statistic")}
    assert {"source credibility", "base rate", "representativeness"} <= topics


def test_challenges_attach_open_questions_to_evidence_and_inferences() -> None:
    data = reference_data()
    data["inferences"][1]["scheme"] = "testimony"  # I2: E1 -> C2
    m = challenges(ArgumentMap.model_validate(data))
    qs = [s for s in m.statements if isinstance(s, Question)]
    targets = {q.target for q in qs}
    assert targets == {"E1", "E2", "I2"}
    assert all(not q.answered and q.cue and "critical-question" in q.tags for q in qs)
    (position,) = [q for q in qs if q.target == "E1" and q.cue == "testimony.position"]
    assert position.text == (
        "Is the transport office in a position to know what 'Commuters lose an hour a day "
        "in jams' reports?"
    )
    # The original map is not changed.
    assert not any(isinstance(s, Question) for s in reference().statements)


def test_challenges_twice_adds_nothing_more_and_ids_are_fresh() -> None:
    once = challenges(reference())
    twice = challenges(once)
    assert len(twice.statements) == len(once.statements)
    ids = [s.id for s in once.statements]
    assert len(ids) == len(set(ids))


def test_challenges_ids_and_limit() -> None:
    m = challenges(reference(), ids=["E2"], limit=2)
    qs = [s for s in m.statements if isinstance(s, Question)]
    assert [(q.target, q.cue) for q in qs] == [
        ("E2", "statistic.source"),
        ("E2", "statistic.base_rate"),
    ]
    with pytest.raises(KeyError, match="nope"):
        challenges(reference(), ids=["nope"])


def test_unanswered_questions_are_ignored_by_checks() -> None:
    amap = argmap.load(EXAMPLES / "gsomia.yaml")
    asked = challenges(amap)
    assert len(asked.statements) > len(amap.statements) + 50

    def found(m: ArgumentMap) -> list[tuple[str, tuple[str, ...]]]:
        return sorted((f.code, tuple(f.ids)) for f in argmap.check(m, select=["all"]))

    assert found(asked) == found(amap)


def test_questions_render_dashed_or_dotted_in_every_theme() -> None:
    m = challenges(reference(), ids=["E2"], limit=1)
    for theme in ("classroom", "colorblind", "print"):
        dot = argmap.to_dot(m, theme=theme)
        (line,) = [x for x in dot.splitlines() if 'id="node-Q1"' in x]
        assert "dashed" in line or "dotted" in line
        assert '"Q1" -> "E2"' in dot
