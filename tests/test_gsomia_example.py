"""The worked example: examples/gsomia.yaml, a map of the GSOMIA editorial.

The structural tests read only the map. The ``shared`` tests also read the
editorial (``../shared/editorials/gsomia.txt``, beside the checkout) and check
that every span quotes it exactly.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import argmap
from argmap.graph import attackers, supporters, unconnected
from argmap.model import ArgumentMap, Evidence, Rebuttal

REPO = Path(__file__).resolve().parents[1]
MAP_FILE = REPO / "examples" / "gsomia.yaml"
SHARED = REPO.parent / "shared"
TEXT_FILE = SHARED / "editorials" / "gsomia.txt"

# What the author leaves open, pinned so a changed map is a deliberate change.
# Every counterclaim is answered: CC4 and CC5 (the government's insistence) by
# the "However" of R3; CC2 (Japan's export curbs) only through the view it
# supports (CC3), which the hedged R2 answers; CC1 through the undercut I7.
UNANSWERED_COUNTERCLAIMS: set[str] = set()
NOT_ATTACKED_THEMSELVES = {"CC2"}
UNSUPPORTED_CLAIMS = {"C7"}
HEDGED_REBUTTALS = {"R2"}
IMPLICIT = {"P2"}


@pytest.fixture(scope="module")
def amap() -> ArgumentMap:
    return argmap.load(MAP_FILE)


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data = yaml.safe_load(MAP_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _answered_by(amap: ArgumentMap, ref: str) -> list[str]:
    """Rebuttals that attack ``ref`` or undercut an inference drawn from it."""
    kinds = {s.id: s.kind for s in amap.statements}
    targets = {ref} | {i.id for i in amap.inferences_from(ref)}
    return sorted(
        p
        for i in amap.inferences
        if i.is_attack and i.conclusion in targets
        for p in i.premises
        if kinds[p] == "rebuttal"
    )


def _answered(amap: ArgumentMap) -> set[str]:
    """Counterclaims answered directly, by an undercut, or through one they support."""
    counterclaims = {cc.id for cc in amap.of_kind("counterclaim")}
    answered = {ref for ref in counterclaims if _answered_by(amap, ref)}
    grew = True
    while grew:
        grew = False
        for i in amap.inferences:
            if i.is_attack or i.conclusion not in answered:
                continue
            for p in i.premises:
                if p not in answered and p in counterclaims:
                    answered.add(p)
                    grew = True
    return answered


# -- structure (no shared folder needed) ---------------------------------------


def test_map_loads_and_names_its_text_file(amap: ArgumentMap) -> None:
    assert amap.source.language == "en"
    assert amap.source.text_file == "../../shared/editorials/gsomia.txt"
    assert amap.source.title


def test_loads_without_the_text(tmp_path: Path, amap: ArgumentMap) -> None:
    copy = tmp_path / "gsomia.yaml"
    shutil.copy(MAP_FILE, copy)
    with pytest.warns(argmap.ArgmapWarning, match="gsomia.txt' was not found"):
        alone = argmap.load(copy)
    assert alone.source.text is None
    assert alone.statements == amap.statements
    assert alone.inferences == amap.inferences


def test_file_is_its_own_dump(amap: ArgumentMap) -> None:
    lines = MAP_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    header = 0
    while header < len(lines) and lines[header].startswith("#"):
        header += 1
    assert 0 < header <= 6, "a short comment header explains the file"
    assert "".join(lines[header:]) == argmap.dumps(amap, "yaml")


def test_counts(amap: ArgumentMap) -> None:
    assert len(amap.statements) >= 20
    assert [s.id for s in amap.theses] == ["T1"]
    counterclaims = amap.of_kind("counterclaim")
    assert len(counterclaims) >= 3
    assert all(s.attributed_to for s in counterclaims)
    typed = [s for s in amap.of_kind("evidence") if isinstance(s, Evidence) and s.evidence_type]
    assert len(typed) >= 5
    assert len(typed) == len(amap.of_kind("evidence")), "every evidence statement has a type"
    assert {s.evidence_type.value for s in typed if s.evidence_type} >= {
        "fact",
        "statistic",
        "testimony",
        "example",
    }
    assert any(i.is_linked for i in amap.inferences)


def test_every_statement_has_a_title_and_a_short_paraphrase(amap: ArgumentMap) -> None:
    for s in amap.statements:
        assert s.title and 2 <= len(s.title.split()) <= 5, s.id
        assert 6 <= len(s.text.split()) <= 20, s.id
        assert all(s.text != span.quote for span in s.spans), s.id


def test_spans_are_short_quotes(amap: ArgumentMap) -> None:
    for s in amap.statements:
        for span in s.spans:
            assert 3 <= len(span.quote.split()) <= 17, (s.id, span.quote)
            assert span.end - span.start == len(span.quote), s.id


def test_explicit_statements_are_anchored_implicit_ones_not(amap: ArgumentMap) -> None:
    assert {s.id for s in amap.statements if s.implicit} == IMPLICIT
    for s in amap.statements:
        if s.implicit:
            assert not s.spans and s.kind == "premise", s.id
        else:
            assert s.spans, f"{s.id} has no span"


def test_testimony_is_attributed(amap: ArgumentMap) -> None:
    for s in amap.of_kind("evidence"):
        assert isinstance(s, Evidence)
        if s.evidence_type is not None and s.evidence_type.value == "testimony":
            assert s.attributed_to, s.id
    speakers = {s.attributed_to for s in amap.statements if s.attributed_to}
    assert len(speakers) >= 4, "views of commentators, Seoul, Tokyo and Washington"


def test_every_statement_bears_on_the_thesis(amap: ArgumentMap) -> None:
    assert unconnected(amap) == []


def test_thesis_has_linked_and_convergent_support(amap: ArgumentMap) -> None:
    into = [i for i in amap.inferences_into("T1") if not i.is_attack]
    assert len(into) >= 2
    assert sum(i.is_linked for i in into) >= 2
    assert {"CC3", "CC4"} <= set(attackers(amap, "T1"))
    assert "P2" in supporters(amap, "T1")


def test_attacks_come_from_counterclaims_and_rebuttals(amap: ArgumentMap) -> None:
    kinds = {s.id: s.kind for s in amap.statements}
    inference_ids = {i.id for i in amap.inferences}
    for inf in amap.inferences:
        premise_kinds = {kinds[p] for p in inf.premises}
        if inf.is_attack:
            assert premise_kinds <= {"counterclaim", "rebuttal"}, inf.id
            if premise_kinds == {"rebuttal"}:
                target = inf.conclusion
                if target in inference_ids:
                    target_premises = amap.inference(target).premises
                    assert {kinds[p] for p in target_premises} == {"counterclaim"}, inf.id
                else:
                    assert kinds[target] == "counterclaim", inf.id
        else:
            assert "rebuttal" not in premise_kinds or kinds[inf.conclusion] != "counterclaim"
            # A counterclaim may only support another view of the same party.
            if "counterclaim" in premise_kinds:
                assert kinds[inf.conclusion] == "counterclaim", inf.id


def test_every_rebuttal_answers_a_counterclaim(amap: ArgumentMap) -> None:
    answering = {r for cc in amap.of_kind("counterclaim") for r in _answered_by(amap, cc.id)}
    assert answering == {s.id for s in amap.of_kind("rebuttal")}


def test_counterclaims_left_unanswered_are_the_ones_the_author_leaves(
    amap: ArgumentMap,
) -> None:
    counterclaims = {cc.id for cc in amap.of_kind("counterclaim")}
    assert counterclaims - _answered(amap) == UNANSWERED_COUNTERCLAIMS
    itself = {ref for ref in counterclaims if not _answered_by(amap, ref)}
    assert itself == NOT_ATTACKED_THEMSELVES


def test_symbolic_impact_view_is_undercut_not_denied(amap: ArgumentMap) -> None:
    (attack,) = [i for i in amap.inferences_from("CC1") if i.is_attack]
    (undercut,) = amap.inferences_into(attack.id)
    assert undercut.is_attack and undercut.premises == ["R1"]
    assert _answered_by(amap, "CC1") == ["R1"]


def test_claims_left_unsupported_are_the_ones_the_author_leaves(amap: ArgumentMap) -> None:
    unsupported = {s.id for s in amap.of_kind("claim") if not supporters(amap, s.id)}
    assert unsupported == UNSUPPORTED_CLAIMS


def test_hedged_rebuttal_keeps_its_hedge(amap: ArgumentMap) -> None:
    for ref in HEDGED_REBUTTALS:
        s = amap.statement(ref)
        assert isinstance(s, Rebuttal)
        assert any(span.quote.startswith("We wonder if") for span in s.spans)


# -- anchoring (needs ../shared) -------------------------------------------------


@pytest.mark.shared
def test_text_file_is_read(amap: ArgumentMap) -> None:
    assert amap.source.text == TEXT_FILE.read_text(encoding="utf-8")


@pytest.mark.shared
def test_every_span_quotes_the_text_exactly(amap: ArgumentMap, raw: dict[str, Any]) -> None:
    text = TEXT_FILE.read_text(encoding="utf-8")
    raw_spans = {s["id"]: s.get("spans", []) for s in raw["statements"]}
    for s in amap.statements:
        assert [sp.model_dump() for sp in s.spans] == raw_spans[s.id], f"{s.id} was re-anchored"
        for span in s.spans:
            assert text[span.start : span.end] == span.quote, s.id
            assert text.count(span.quote) == 1, f"{s.id}: quote is ambiguous"


@pytest.mark.shared
def test_paraphrases_are_not_copied(amap: ArgumentMap) -> None:
    text = TEXT_FILE.read_text(encoding="utf-8").casefold()
    for s in amap.statements:
        assert s.text.casefold() not in text, s.id
        assert s.title is None or s.title.casefold() not in text, s.id


@pytest.mark.shared
def test_closing_appeal_is_left_out(amap: ArgumentMap) -> None:
    text = TEXT_FILE.read_text(encoding="utf-8")
    appeal = text.index("In a time of both misinformation")
    assert all(span.end <= appeal for s in amap.statements for span in s.spans)
