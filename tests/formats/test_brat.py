"""BRAT standoff (Argument Annotated Essays): units as statements with exact spans."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.errors import ArgmapWarning, FormatError, MapValidationError
from argmap.formats.brat import from_brat
from argmap.formats.registry import format_for_path

FIXTURES = Path(__file__).resolve().parent / "brat_fixtures"
ANN = FIXTURES / "nightbuses.ann"
TXT = FIXTURES / "nightbuses.txt"


def essay() -> argmap.ArgumentMap:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return argmap.load(ANN)


def test_the_suffix_picks_brat_and_the_txt_beside_it_is_the_text() -> None:
    assert format_for_path("essay001.ann").name == "brat"
    m = essay()
    assert m.source.text == TXT.read_text(encoding="utf-8")
    assert [s.id for s in m.statements] == [f"T{n}" for n in range(1, 11)]


def test_spans_are_kept_exactly() -> None:
    m = essay()
    text = m.source.text
    assert text is not None
    ann = {line.split("\t")[0]: line.split("\t") for line in ANN.read_text().splitlines()}
    for s in m.statements:
        offsets = ann[s.id][1].split(" ", 1)[1]
        assert [f"{sp.start} {sp.end}" for sp in s.spans] == offsets.split(";")
        for sp in s.spans:
            assert text[sp.start : sp.end] == sp.quote
    pieces = m.statement("T10").spans
    assert [sp.quote for sp in pieces] == ["Hospitals run all night", "a shift that ends at three"]
    assert m.statement("T10").text == "Hospitals run all night a shift that ends at three"


def test_kinds_from_unit_type_stance_and_relations() -> None:
    kinds = {s.id: s.kind for s in essay().statements}
    assert kinds == {
        "T1": "thesis",  # the first MajorClaim
        "T2": "claim",  # Stance For
        "T3": "premise",
        "T4": "premise",
        "T5": "premise",
        "T6": "counterclaim",  # Stance Against
        "T7": "premise",  # supports the counterclaim
        "T8": "rebuttal",  # attacks the counterclaim: the author's answer
        "T9": "claim",  # the major claim restated in the conclusion
        "T10": "premise",
    }


def test_stances_and_relations_become_inferences() -> None:
    got = {i.id: (i.premises, i.conclusion, i.polarity, i.scheme) for i in essay().inferences}
    assert got == {
        "T9.restates": (["T9"], "T1", "support", "restatement"),
        "A1": (["T2"], "T1", "support", None),
        "A2": (["T6"], "T1", "attack", None),
        "R1": (["T3"], "T2", "support", None),
        "R2": (["T4"], "T3", "support", None),
        "R3": (["T5"], "T2", "support", None),
        "R4": (["T7"], "T6", "support", None),
        "R5": (["T8"], "T6", "attack", None),
        "R6": (["T10"], "T4", "support", None),
    }


def test_notes_and_unit_types_are_kept() -> None:
    m = essay()
    assert m.statement("T5").note == "an anecdote"
    assert m.statement("T1").data == {"brat": {"type": "MajorClaim"}}


def test_a_premise_attacking_the_authors_side_is_a_counterclaim() -> None:
    text = "Buses help. They cost a lot. Costs are small."
    ann = (
        "T1\tMajorClaim 0 11\tBuses help.\n"
        "T2\tPremise 12 28\tThey cost a lot.\n"
        "T3\tPremise 29 45\tCosts are small.\n"
        "R1\tattacks Arg1:T2 Arg2:T1\n"
        "R2\tattacks Arg1:T3 Arg2:T2\n"
    )
    kinds = {s.id: s.kind for s in from_brat(ann, source_text=text).statements}
    assert kinds == {"T1": "thesis", "T2": "counterclaim", "T3": "rebuttal"}


def test_windows_line_breaks_in_the_text_still_match_the_offsets() -> None:
    text = "Title\r\n\r\nBuses help."
    m = from_brat("T1\tMajorClaim 7 18\tBuses help.\n", source_text=text)
    assert m.statement("T1").spans[0].quote == "Buses help."


# -- what cannot be held, and bad input ---------------------------------------------------


def test_what_argmap_has_no_place_for_is_named_in_one_warning(tmp_path: Path) -> None:
    shutil.copy(TXT, tmp_path / "e.txt")
    extra = (
        "T11\tFinding 0 6\tShould\n"
        "A3\tConfidence T2 High\n"
        "R7\tcauses Arg1:T3 Arg2:T4\n"
        "E1\tEvent:T3\n"
        "#2\tFreeText T3\tx\n"
    )
    (tmp_path / "e.ann").write_text(ANN.read_text() + extra, encoding="utf-8")
    with pytest.warns(ArgmapWarning) as record:
        m = argmap.load(tmp_path / "e.ann")
    assert len(record) == 1
    message = str(record[0].message)
    assert message.startswith(
        f"{tmp_path / 'e.ann'}: BRAT content argmap does not hold was left out"
    )
    for part in (
        "unit of a type argmap has no place for: T11 (Finding)",
        "A3 (Confidence T2 High)",
        "R7 (causes)",
        "event argmap has no place for: E1",
        "note argmap has no place for: #2",
    ):
        assert part in message, part
    assert len(m.statements) == 10


def test_without_its_text_the_units_still_load_and_it_says_so(tmp_path: Path) -> None:
    shutil.copy(ANN, tmp_path / "lonely.ann")
    with pytest.warns(ArgmapWarning, match="the essay's text: lonely.txt is not beside"):
        m = argmap.load(tmp_path / "lonely.ann")
    assert m.source.text is None
    assert m.statement("T1").spans[0].quote == "the city should keep its night buses"
    assert m.statement("T1").spans[0].start == 125


@pytest.mark.parametrize(
    ("ann", "line", "words"),
    [
        ("T1\tMajorClaim 0 11\tBuses help.\nR1\tsupports Arg1:T2 Arg2:T1\n", 2,
         "relation R1 names unit 'T2', which is not annotated"),
        ("T1\tMajorClaim 0 11\tBuses help.\nA1\tStance T5 For\n", 2,
         "attribute A1 names unit 'T5'"),
        ("T1\tMajorClaim 0 11\tBusses help.\n", 1, "the text has 'Buses help.' at 0-11"),
        ("T1\tMajorClaim zero 11\tBuses help.\n", 1, "are not offsets"),
        ("T1\tMajorClaim 11 0\tBuses help.\n", 1, "must end after it starts"),
        ("T1\tMajorClaim 0 11\tBuses help.\nT1\tClaim 0 5\tBuses\n", 2, "annotated twice"),
        ("T1 MajorClaim 0 11 Buses help.\n", 1, "is not a BRAT annotation"),
        ("T1\tMajorClaim 0 11\tBuses help.\nR1\tsupports Arg1:T1\n", 2, "and Arg2"),
        ("T1\tMajorClaim 0 90\tBuses help.\n", 1, "is this the essay's .txt file?"),
    ],
)  # fmt: skip
def test_bad_annotations_name_their_line(ann: str, line: int, words: str) -> None:
    with pytest.raises(MapValidationError) as info:
        from_brat(ann, source="e.ann", source_text="Buses help. Nurses ride.")
    problem = next(p for p in info.value.problems if words in p.message)
    assert problem.line == line
    assert str(info.value).startswith("e.ann:")


def test_brat_is_read_only(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="reads brat but does not write it"):
        argmap.save(essay(), tmp_path / "out.ann")
    assert not (tmp_path / "out.ann").exists()


def test_convert_an_essay_to_yaml(tmp_path: Path) -> None:
    out = tmp_path / "essay.yaml"
    assert main(["convert", str(ANN), str(out)]) == 0
    assert argmap.load(out) == essay()
