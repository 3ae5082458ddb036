"""The pydantic model: kinds, validation that reports every problem, spans."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from argmap.model import (
    ArgumentMap,
    Claim,
    Counterclaim,
    Evidence,
    EvidenceType,
    Inference,
    Source,
    Span,
    Statement,
    Thesis,
    find_problems,
)


def small_map(**kw: object) -> ArgumentMap:
    return ArgumentMap(
        statements=[
            Thesis(id="T1", text="Act now"),
            Claim(id="C1", text="Delay costs"),
            Evidence(id="E1", text="Costs rose 5%", evidence_type="statistic"),
        ],
        inferences=[
            Inference(id="I1", premises=["C1"], conclusion="T1"),
            Inference(id="I2", premises=["E1"], conclusion="C1"),
        ],
        **kw,
    )


@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        ("thesis", "Thesis"),
        ("claim", "Claim"),
        ("premise", "Premise"),
        ("counterclaim", "Counterclaim"),
        ("rebuttal", "Rebuttal"),
        ("evidence", "Evidence"),
        ("question", "Question"),
    ],
)
def test_kind_discriminates_the_class(kind: str, cls: str) -> None:
    s = TypeAdapter(Statement).validate_python({"id": "X1", "kind": kind, "text": "t"})
    assert type(s).__name__ == cls
    assert s.kind == kind


def test_unknown_kind_is_rejected() -> None:
    with pytest.raises(ValidationError, match="opinion"):
        TypeAdapter(Statement).validate_python({"id": "X1", "kind": "opinion", "text": "t"})


def test_evidence_types_cover_the_required_set() -> None:
    values = {e.value for e in EvidenceType}
    assert {
        "statistic",
        "example",
        "testimony",
        "expert_opinion",
        "common_ground",
        "fact",
        "study",
    } <= values


def test_linked_convergent_and_undercut_shapes() -> None:
    m = ArgumentMap(
        statements=[
            Thesis(id="T1", text="t"),
            Claim(id="A", text="a"),
            Claim(id="B", text="b"),
            Claim(id="C", text="c"),
            Counterclaim(id="U", text="u"),
        ],
        inferences=[
            Inference(id="I1", premises=["A", "B"], conclusion="T1"),
            Inference(id="I2", premises=["C"], conclusion="T1"),
            Inference(id="I3", premises=["U"], conclusion="I1", polarity="attack"),
        ],
    )
    assert m.inference("I1").is_linked
    assert [i.id for i in m.inferences_into("T1")] == ["I1", "I2"]
    assert m.inference("I3").is_attack
    assert [i.id for i in m.inferences_into("I1")] == ["I3"]


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        ArgumentMap(
            statements=[Thesis(id="T1", text="t"), Claim(id="T1", text="dup")],
            inferences=[
                Inference(id="I1", premises=["NOPE"], conclusion="T1"),
                Inference(id="I2", premises=["T1"], conclusion="T1"),
                Inference(id="I3", premises=["T1"], conclusion="MISSING"),
            ],
        )
    text = str(exc.value)
    assert "duplicate id 'T1'" in text
    assert "unknown premise 'NOPE'" in text
    assert "both a premise and the conclusion" in text
    assert "unknown conclusion 'MISSING'" in text


def test_support_cannot_target_an_inference() -> None:
    with pytest.raises(ValidationError, match="only an attack"):
        ArgumentMap(
            statements=[Thesis(id="T1", text="t"), Claim(id="C1", text="c")],
            inferences=[
                Inference(id="I1", premises=["C1"], conclusion="T1"),
                Inference(id="I2", premises=["C1"], conclusion="I1"),
            ],
        )


def test_span_offsets_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="after its start"):
        Span(start=5, end=5, quote="x")


def test_drifted_span_is_reanchored_by_its_quote() -> None:
    text = "Intro. Seoul ended the pact."
    m = ArgumentMap(
        source=Source(text=text),
        statements=[Thesis(id="T1", text="t", spans=[Span(start=0, end=5, quote="Seoul ended")])],
    )
    span = m.statement("T1").spans[0]
    assert (span.start, span.end) == (7, 18)
    assert text[span.start : span.end] == "Seoul ended"


def test_span_whose_quote_is_missing_is_an_error() -> None:
    with pytest.raises(ValidationError, match="not in the text"):
        ArgumentMap(
            source=Source(text="short text"),
            statements=[Thesis(id="T1", text="t", spans=[Span(start=0, end=5, quote="absent")])],
        )


def test_span_outside_text_is_named() -> None:
    m = ArgumentMap.model_construct(
        source=Source(text="short"),
        statements=[Thesis(id="T1", text="t", spans=[Span(start=50, end=60, quote="zzz")])],
        inferences=[],
        meta={},
    )
    problems = find_problems(m)
    assert len(problems) == 1
    assert problems[0].ref == "T1"
    assert "outside the text" in problems[0].message


def test_spans_unchecked_without_text() -> None:
    m = ArgumentMap(
        statements=[Thesis(id="T1", text="t", spans=[Span(start=9, end=12, quote="x")])]
    )
    assert m.statement("T1").spans[0].start == 9


def test_ids_must_be_safe() -> None:
    with pytest.raises(ValidationError, match="pattern"):
        Thesis(id="has space", text="t")


def test_lookups() -> None:
    m = small_map()
    assert m.thesis is not None and m.thesis.id == "T1"
    assert len(m) == 3
    assert "I2" in m and "E1" in m and "ZZ" not in m
    assert [s.id for s in m.of_kind("evidence")] == ["E1"]
    with pytest.raises(KeyError, match="ZZ"):
        m.statement("ZZ")
    with pytest.raises(KeyError, match="ZZ"):
        m.inference("ZZ")
    assert [i.id for i in m.inferences_from("E1")] == ["I2"]


def test_extra_keys_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Claim(id="C1", text="c", colour="red")  # type: ignore[call-arg]


def test_data_and_meta_hold_only_finite_numbers() -> None:
    import math

    import pytest
    from pydantic import ValidationError

    from argmap.model import ArgumentMap, Claim

    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValidationError, match="JSON cannot write"):
            Claim(id="C1", text="x", data={"n": [1, {"k": bad}]})
        with pytest.raises(ValidationError, match="JSON cannot write"):
            ArgumentMap(statements=[], meta={"n": bad})
    assert Claim(id="C1", text="x", data={"n": [1e300, None]}).data == {"n": [1e300, None]}
