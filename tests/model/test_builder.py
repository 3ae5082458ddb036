"""The notebook builder."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from argmap.errors import MapValidationError
from argmap.model import MapBuilder

TEXT = "We must act. Delay is costly. Critics say acting is risky. But risk is small."


def test_builder_generates_ids_and_links() -> None:
    b = MapBuilder(title="On acting", text=TEXT)
    t = b.thesis("Act now", quote="We must act")
    c = b.claim("Delay costs", quote="Delay is costly", supports=t)
    e1 = b.evidence("Costs rose", type="statistic", supports=c)
    e2 = b.evidence("Jobs were lost", type="example")
    b.link([e1, e2], c)
    cc = b.counterclaim("Acting is risky", by="critics", attacks=t, quote="acting is risky")
    r = b.rebuttal("Risk is small", attacks=cc, quote="risk is small")
    p = b.implicit("Costly delay is bad")
    m = b.build()
    assert [t, c, e1, e2, cc, r, p] == ["T1", "C1", "E1", "E2", "CC1", "R1", "P1"]
    assert m.statement("CC1").attributed_to == "critics"
    assert m.statement("P1").implicit
    assert m.statement("E1").evidence_type.value == "statistic"  # type: ignore[union-attr]
    linked = [i for i in m.inferences if i.is_linked]
    assert [(i.premises, i.conclusion) for i in linked] == [(["E1", "E2"], "C1")]
    attacks = [(i.premises, i.conclusion) for i in m.inferences if i.is_attack]
    assert attacks == [(["CC1"], "T1"), (["R1"], "CC1")]
    span = m.statement("R1").spans[0]
    assert TEXT[span.start : span.end] == "risk is small"


def test_explicit_ids_and_several_targets() -> None:
    b = MapBuilder()
    b.thesis("t", id="main")
    b.claim("a", id="a1")
    b.claim("x", supports=["main", "a1"])
    m = b.build()
    assert [(i.premises, i.conclusion) for i in m.inferences] == [(["C1"], "main"), (["C1"], "a1")]


def test_duplicate_explicit_id_is_refused() -> None:
    b = MapBuilder()
    b.thesis("t", id="T1")
    with pytest.raises(MapValidationError, match="already used"):
        b.claim("c", id="T1")


def test_quote_not_in_text_is_refused_with_a_hint() -> None:
    b = MapBuilder(text=TEXT)
    with pytest.raises(MapValidationError, match="exact words"):
        b.thesis("t", quote="not there")
    # the failed statement left no trace
    assert b.build().statements == []


def test_quote_without_text_is_refused() -> None:
    b = MapBuilder()
    with pytest.raises(MapValidationError, match="needs the source text"):
        b.thesis("t", quote="x")


def test_unknown_target_fails_at_build_naming_it() -> None:
    b = MapBuilder()
    b.claim("c", supports="T9")
    with pytest.raises(ValueError, match="T9"):
        b.build()


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown statement kind"):
        MapBuilder().add("opinion", "x")


# -- every problem is a MapValidationError located by id ----------------------------


def _only_problem(exc: pytest.ExceptionInfo[MapValidationError]) -> tuple[str | None, str]:
    assert not isinstance(exc.value, ValidationError)
    [problem] = exc.value.problems
    return problem.ref, problem.message


def test_dangling_target_is_a_located_map_validation_error() -> None:
    b = MapBuilder()
    b.thesis("t")
    b.claim("c", supports="T9")
    with pytest.raises(MapValidationError) as exc:
        b.build()
    assert _only_problem(exc) == ("I1", "unknown conclusion 'T9'")


def test_build_reports_every_dangling_link_at_once() -> None:
    b = MapBuilder()
    b.claim("c", supports="T9")
    b.attack(["X1"], "C1")
    with pytest.raises(MapValidationError) as exc:
        b.build()
    assert [(p.ref, p.message) for p in exc.value.problems] == [
        ("I1", "unknown conclusion 'T9'"),
        ("I2", "unknown premise 'X1'"),
    ]


def test_bad_evidence_type_is_a_located_map_validation_error() -> None:
    b = MapBuilder()
    with pytest.raises(MapValidationError) as exc:
        b.evidence("x", type="zzz")
    ref, message = _only_problem(exc)
    assert ref == "E1"
    assert message.startswith("evidence_type: Input should be 'statistic'")
    assert exc.value.problems[0].loc == ("statements", 0, "evidence_type")
    # the refused statement left no trace: its id is free again
    assert b.evidence("x", type="fact") == "E1"


def test_empty_text_is_a_located_map_validation_error() -> None:
    b = MapBuilder()
    b.thesis("t")
    with pytest.raises(MapValidationError) as exc:
        b.claim("", id="C7")
    assert _only_problem(exc) == ("C7", "text: String should have at least 1 character")
    assert exc.value.problems[0].loc == ("statements", 1, "text")
    assert [s.id for s in b.build().statements] == ["T1"]


def test_unknown_kind_is_a_located_map_validation_error() -> None:
    b = MapBuilder()
    with pytest.raises(MapValidationError) as exc:
        b.add("zzz", "x", id="Z1")
    ref, message = _only_problem(exc)
    assert ref == "Z1"
    assert message.startswith("unknown statement kind 'zzz'; use one of: thesis, claim")
    assert b.build().statements == []


def test_unknown_field_and_bad_inference_are_map_validation_errors() -> None:
    b = MapBuilder()
    with pytest.raises(MapValidationError) as exc:
        b.claim("c", colour="red")
    assert _only_problem(exc) == ("C1", "colour: Extra inputs are not permitted")
    b.claim("c")
    with pytest.raises(MapValidationError) as exc:
        b.link([], "C1", id="I5")
    ref, message = _only_problem(exc)
    assert ref == "I5"
    assert message.startswith("premises: List should have at least 1 item")


def test_bad_source_field_is_a_map_validation_error() -> None:
    with pytest.raises(MapValidationError) as exc:
        MapBuilder(title=3)
    [problem] = exc.value.problems
    assert problem.loc == ("source", "title")


def test_question_names_what_it_asks_about() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    q = b.question("Is acting affordable?", about=t)
    m = b.build()
    assert q == "Q1"
    assert m.statement("Q1").target == "T1"  # type: ignore[attr-defined]


def _builder() -> MapBuilder:
    b = MapBuilder(text=TEXT)
    b.thesis("Act now", quote="We must act")
    return b


@pytest.mark.parametrize(
    ("call", "ref", "words"),
    [
        (lambda b: b.claim("x", supports=5), "C1", "supports takes an id"),
        (lambda b: b.claim("x", attacks=["T1", 5]), "C1", "attacks takes an id"),
        (lambda b: b.claim("x", quote=5), "C1", "quote takes a quote"),
        (lambda b: b.claim("x", id=5), None, "id must be a string"),
        (lambda b: b.link(5, "T1"), "I1", "premises takes an id"),
        (lambda b: b.link("T1", "T1", id=3), None, "id must be a string"),
        (lambda b: b.add(["claim"], "x"), None, "unknown statement kind"),
        (lambda b: b.claim(None), "C1", "Input should be a valid string"),
        (lambda b: b.claim("x", confidence=2), "C1", "confidence"),
        (lambda b: b.claim("x", data={"n": float("nan")}), "C1", "nan"),
    ],
)
def test_bad_values_are_map_validation_errors_and_change_nothing(
    call: object, ref: str | None, words: str
) -> None:
    b = _builder()
    with pytest.raises(MapValidationError, match=words) as info:
        call(b)  # type: ignore[operator]
    assert [p.ref for p in info.value.problems] == [ref]
    # The refused statement left nothing behind: the next one gets its id.
    assert [s.id for s in b.statements] == ["T1"] and b.inferences == []
    assert b.claim("Delay costs", supports="T1") == "C1"
    assert b.build().inferences[0].id == "I1"


def test_a_source_and_its_fields_together_are_refused() -> None:
    from argmap.model import Source

    with pytest.raises(MapValidationError, match="not both"):
        MapBuilder(Source(title="a"), title="b")
    with pytest.raises(MapValidationError, match="must be a Source"):
        MapBuilder("On the pact")  # type: ignore[arg-type]
