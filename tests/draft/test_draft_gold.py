"""The hand-annotated editorials in benchmarks/gold and how drafts are scored on them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from argmap.model import (
    ArgumentMap,
    Claim,
    Counterclaim,
    Inference,
    Rebuttal,
    Source,
    Span,
    Thesis,
)

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
from gold import Editorial, GoldMismatchError, load_gold, score_editorial  # noqa: E402

GOLD = REPO / "benchmarks" / "gold"
SHARED = Path(os.environ.get("ARGMAP_SHARED") or REPO / ".." / "shared")
WEBIS = SHARED / "corpora" / "webis-editorials-dev"


def _span(text: str, words: str) -> dict[str, object]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "check": " ".join(words.split()[:3])}


TEXT = (
    "Bridges are worth it\n\n"
    "The mayor says the new bridge costs too much. But the old one costs more in repairs. "
    "The council should build the new bridge."
)
GOLD_ONE = {
    "file": "x.json",
    "title": _span(TEXT, "Bridges are worth it"),
    "thesis": [_span(TEXT, "The council should build the new bridge.")],
    "main_claims": [],
    "counterclaims": [
        {
            "span": _span(TEXT, "The mayor says the new bridge costs too much."),
            "speaker": "the mayor",
            "rebuttal": _span(TEXT, "But the old one costs more in repairs."),
        }
    ],
    "attributed": [],
    "author_conclusions": [_span(TEXT, "The council should build the new bridge.")],
}


def _at(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start=start, end=start + len(words), quote=words)


RIGHT = ArgumentMap(
    source=Source(text=TEXT),
    statements=[
        Thesis(id="T1", text="Build it", spans=[_at("The council should build the new bridge.")]),
        Counterclaim(
            id="CC1",
            text="Too costly",
            spans=[_at("The mayor says the new bridge costs too much.")],
            attributed_to="Mayor",
        ),
        Rebuttal(id="R1", text="Repairs", spans=[_at("But the old one costs more in repairs.")]),
    ],
    inferences=[
        Inference(id="I1", premises=["CC1"], conclusion="T1", polarity="attack"),
        Inference(id="I2", premises=["R1"], conclusion="CC1", polarity="attack"),
    ],
)


def test_a_draft_that_gets_everything_right_scores_full_marks() -> None:
    score = score_editorial(Editorial("x", TEXT, GOLD_ONE), RIGHT)
    assert score["thesis_hit"] == 1
    assert score["counterclaims_found"] == score["counterclaims"] == 1
    assert score["drafted_counterclaims_right"] == score["drafted_counterclaims"] == 1
    assert score["pairs_linked"] == 1
    assert score["speakers_right"] == score["attributed"] == 1
    assert score["conclusions_as_counterclaims"] == 0
    assert score["title_left_out"] == 1


def test_a_draft_that_gets_it_all_wrong_scores_zero() -> None:
    wrong = RIGHT.model_copy(
        update={
            "statements": [
                Thesis(id="T1", text="Title", spans=[_at("Bridges are worth it")]),
                Counterclaim(
                    id="CC1",
                    text="Build",
                    spans=[_at("The council should build the new bridge.")],
                    attributed_to="Critics",
                ),
                Claim(
                    id="C1",
                    text="Mayor",
                    spans=[_at("The mayor says the new bridge costs too much.")],
                ),
            ],
            "inferences": [],
        }
    )
    score = score_editorial(Editorial("x", TEXT, GOLD_ONE), wrong)
    assert score["thesis_hit"] == 0
    assert score["counterclaims_found"] == 0
    assert score["drafted_counterclaims_right"] == 0 < score["drafted_counterclaims"]
    assert score["pairs_linked"] == 0
    assert score["speakers_right"] == 0
    assert score["conclusions_as_counterclaims"] == 1
    assert score["title_left_out"] == 0


def test_without_the_corpus_there_is_no_gold(tmp_path: Path) -> None:
    assert load_gold(GOLD, tmp_path) == []


@pytest.mark.skipif(not WEBIS.is_dir(), reason="the Webis corpus (../shared) is not there")
def test_every_gold_span_is_where_its_check_words_say() -> None:
    editorials = load_gold(GOLD, WEBIS)
    assert len(editorials) >= 6
    for e in editorials:
        assert e.gold["thesis"] and e.gold["author_conclusions"]


@pytest.mark.skipif(not WEBIS.is_dir(), reason="the Webis corpus (../shared) is not there")
def test_a_moved_span_is_reported(tmp_path: Path) -> None:
    import json

    gold = json.loads(next(GOLD.glob("*.json")).read_text(encoding="utf-8"))
    gold["thesis"][0]["start"] += 7
    (tmp_path / "bad.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(GoldMismatchError, match=r"bad\.json"):
        load_gold(tmp_path, WEBIS)
