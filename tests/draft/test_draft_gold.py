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
from gold import (  # noqa: E402
    Editorial,
    FrozenPartError,
    GoldMismatchError,
    explain,
    load_gold,
    score_editorial,
    summarise,
)

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


# -- the second twelve test editorials (benchmarks/gold/test2) ---------------------------


def _test_part_in_hash_order() -> list[str]:
    import hashlib

    from draft_quality import part_of

    stems = [p.stem for p in (WEBIS / "guardian").glob("*.json")]
    test = [s for s in stems if part_of(s) == "test"]
    return sorted(test, key=lambda s: hashlib.sha256(s.encode("utf-8")).hexdigest())


@pytest.mark.shared
@pytest.mark.skipif(not WEBIS.is_dir(), reason="the Webis corpus (../shared) is not there")
def test_every_span_of_the_second_twelve_is_where_its_check_words_say() -> None:
    editorials = load_gold(GOLD / "test2", WEBIS)  # raises GoldMismatchError on a moved span
    assert len(editorials) == 12
    for e in editorials:
        g = e.gold
        assert g["thesis"] and g["author_conclusions"], e.name
        assert g["title"]["start"] == 0, e.name
        for c in g["counterclaims"]:
            r = c["rebuttal"]
            assert r is None or (r["start"], r["end"]) != (c["span"]["start"], c["span"]["end"])
        assert all(a["speaker"] for a in g["attributed"]), e.name


@pytest.mark.shared
@pytest.mark.skipif(not WEBIS.is_dir(), reason="the Webis corpus (../shared) is not there")
def test_the_test_gold_is_the_first_eighteen_of_the_test_part_in_hash_order() -> None:
    order = _test_part_in_hash_order()
    first = sorted(Path(e.gold["file"]).stem for e in load_gold(GOLD, WEBIS))
    second = [Path(e.gold["file"]).stem for e in load_gold(GOLD / "test2", WEBIS)]
    assert first == sorted(order[:6])
    assert sorted(second) == sorted(order[6:18])
    assert all(e.name == e.gold["file"][:3] for e in load_gold(GOLD / "test2", WEBIS))


@pytest.mark.shared
@pytest.mark.skipif(not WEBIS.is_dir(), reason="the Webis corpus (../shared) is not there")
def test_the_tuning_gold_holds_no_test_editorial() -> None:
    from draft_quality import part_of

    tuning = load_gold(GOLD / "tuning", WEBIS)
    assert tuning and all(part_of(Path(e.gold["file"]).stem) == "tuning" for e in tuning)


def test_misses_of_a_test_editorial_are_never_listed() -> None:
    from draft_quality import part_of

    test_file = next(f"{n:03d}-x.json" for n in range(1000) if part_of(f"{n:03d}-x") == "test")
    gold = {**GOLD_ONE, "file": test_file}
    with pytest.raises(FrozenPartError, match="frozen test part"):
        explain(Editorial("x", TEXT, gold), RIGHT)
    tuning_file = next(f"{n:03d}-x.json" for n in range(1000) if part_of(f"{n:03d}-x") == "tuning")
    lines = explain(Editorial("x", TEXT, {**GOLD_ONE, "file": tuning_file}), RIGHT)
    assert any("counterclaim" in line for line in lines)


def test_sets_are_summed_without_naming_a_file() -> None:
    one = score_editorial(Editorial("x", TEXT, GOLD_ONE), RIGHT)
    both = summarise([one, one])
    assert both["editorials"] == 2
    assert both["counterclaims"] == 2 and both["counterclaim_recall"] == 1.0
    assert "thesis right in 2/2" in both["note"] and "x.json" not in both["note"]


def test_the_test_sets_are_scored_apart_and_together(tmp_path: Path) -> None:
    """The rows of draft_quality for the gold sets, on a made-up corpus (no test text)."""
    import json

    from draft_quality import gold_rows

    corpus = tmp_path / "corpus"
    (corpus / "guardian").mkdir(parents=True)
    title, body = TEXT.split("\n\n")
    doc = {
        "paragraphs": [
            [{"number": 1, "text": title, "label": "title"}],
            [{"number": 2, "text": body, "label": "assumption"}],
        ]
    }
    (corpus / "guardian" / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    gold_dir = tmp_path / "gold"
    for folder, n in ((gold_dir, 1), (gold_dir / "test2", 2), (gold_dir / "tuning", 1)):
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            (folder / f"{i}.json").write_text(json.dumps(GOLD_ONE), encoding="utf-8")
    rows = gold_rows(gold_dir, corpus)
    sizes = {row["operation"]: row["size"] for row in rows}
    assert sizes == {
        "draft the hand-annotated editorials (gold, tuning part)": 1,
        "draft the hand-annotated editorials (gold, test part: the first six)": 1,
        "draft the hand-annotated editorials (gold, test editorials (second twelve))": 2,
        "draft the hand-annotated editorials (gold, test part: all 3 together)": 3,
    }
    assert all("x.json" not in row["note"] for row in rows)
    tuning = gold_rows(gold_dir, corpus, tuning_only=True)
    assert [row["operation"] for row in tuning] == [
        "draft the hand-annotated editorials (gold, tuning part)"
    ]
