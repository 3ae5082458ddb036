"""Kialo's text export: the numbered outline as statements and Pro/Con inferences."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import argmap
from argmap.cli import main
from argmap.errors import ArgmapWarning, FormatError, ParseError
from argmap.formats.kialo import from_kialo

FIXTURES = Path(__file__).resolve().parent / "kialo_fixtures"


def load(name: str) -> argmap.ArgumentMap:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return argmap.load(FIXTURES / name, format="kialo")


def test_every_claim_is_a_statement_numbered_as_in_kialo() -> None:
    m = load("nightbuses.txt")
    assert m.source.title == "Should the city keep its night buses?"
    assert [s.id for s in m.statements] == [
        "1",
        "1.1",
        "1.1.1",
        "1.1.1.1",
        "1.1.2",
        "1.2",
        "1.2.1",
        "1.3",
    ]
    assert m.statement("1").text == "The city should keep its night buses."


def test_a_claim_may_run_over_several_lines() -> None:
    text = load("nightbuses.txt").statement("1.1.2").text
    assert text == (
        "Hospitals run all night, and a shift that ends at three\n"
        "leaves a worker with a taxi fare or a long walk."
    )


def test_pro_and_con_become_support_and_attack_on_the_parent() -> None:
    got = {i.id: (i.premises, i.conclusion, i.polarity) for i in load("nightbuses.txt").inferences}
    assert got == {
        "1.1-1": (["1.1"], "1", "support"),
        "1.1.1-1.1": (["1.1.1"], "1.1", "attack"),
        "1.1.1.1-1.1.1": (["1.1.1.1"], "1.1.1", "support"),
        "1.1.2-1.1": (["1.1.2"], "1.1", "support"),
        "1.2-1": (["1.2"], "1", "attack"),
        "1.2.1-1.2": (["1.2.1"], "1.2", "attack"),
        "1.2.2-1.2": (["1.1.2"], "1.2", "attack"),  # the link: 1.1.2 made again here
        "1.3-1": (["1.3"], "1", "support"),
    }


def test_kinds_follow_the_sides_of_the_debate() -> None:
    kinds = {s.id: s.kind for s in load("nightbuses.txt").statements}
    assert kinds == {
        "1": "thesis",
        "1.1": "claim",
        "1.1.1": "counterclaim",
        "1.1.1.1": "premise",  # backs the counterclaim
        "1.1.2": "rebuttal",  # also answers the objection 1.2, through the link
        "1.2": "counterclaim",
        "1.2.1": "rebuttal",
        "1.3": "premise",
    }


def test_an_indented_outline_reads_the_same_way() -> None:
    m = load("indented.txt")
    assert [(s.id, s.kind) for s in m.statements] == [
        ("1", "thesis"), ("1.1", "claim"), ("1.1.1", "counterclaim"),
        ("1.1.1.1", "rebuttal"), ("1.2", "counterclaim"),
    ]  # fmt: skip
    assert len(m.inferences) == 4


def test_links_that_lead_nowhere_and_unlabelled_claims_are_named() -> None:
    text = (
        "1. Keep the buses.\n1.1. Pro: Nurses ride.\n1.2. Con: -> See 1.9.\n"
        "1.3. A claim without a side.\n1.4. Pro: -> See 1.4.1.\n1.4.1. Con: -> See 1.4.\n"
    )
    with pytest.warns(ArgmapWarning) as record:
        m = from_kialo(text, source="k.txt")
    (message,) = [str(r.message) for r in record]
    assert message.startswith("k.txt: Kialo content argmap does not hold was left out: ")
    leads = "3 links leading to no claim (a missing number or a circle of links): 1.2, 1.4, 1.4.1"
    assert leads in message
    assert "claim marked neither Pro nor Con (left unconnected): 1.3" in message
    assert [i.id for i in m.inferences] == ["1.1-1"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("1. A.\n1.1. Pro: B.\n1.1. Con: C.\n", 3, "numbered twice (first on line 2)"),
        ("1. A.\n1.2.1. Pro: B.\n", 2, "hangs under 1.2, which is not in the export"),
        ("Some notes\n1. A.\n", 1, "is not a Kialo export line"),
        ("Discussion Title: Nothing\n\n", 1, "there is no numbered claim"),
    ],
)
def test_bad_exports_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ParseError) as info:
        from_kialo(text, source="k.txt")
    assert words in str(info.value)
    assert info.value.line == line
    assert str(info.value).startswith(f"k.txt:{line}: ")


def test_kialo_is_read_by_name_and_converts(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="cannot tell the format"):
        argmap.load(FIXTURES / "nightbuses.txt")
    out = tmp_path / "buses.yaml"
    assert main(["convert", str(FIXTURES / "nightbuses.txt"), str(out), "--from", "kialo"]) == 0
    assert argmap.load(out) == load("nightbuses.txt")
