"""The fitted decisions: their tables name real signals, and the drafter uses them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import argmap
from argmap.drafting import weights
from argmap.drafting.features import read_units
from argmap.drafting.segment import clauses, paragraphs, sentences
from argmap.drafting.signals import evidence_signals, voice_signals
from argmap.drafting.thesis import candidates

TEXT = (
    "Critics say the levy costs jobs. But the mills closed for other reasons.\n\n"
    "In 2019, 40% of the town's shops shut, the mayor said. The council should keep the levy."
)


def _units() -> list:
    return read_units([[clauses(s) for s in sentences(p)] for p in paragraphs(TEXT)])


def test_every_fitted_weight_names_a_signal_the_drafter_computes() -> None:
    units = _units()
    voice = set(voice_signals(units[0], units))
    evidence = set(evidence_signals(units[0]))
    long_text = "\n\n".join([TEXT] * 4)  # a long text has signals of its own
    many = read_units([[clauses(s) for s in sentences(p)] for p in paragraphs(long_text)])
    thesis = set(candidates(many, None, answers=True)[0][1])
    assert set(weights.VOICE) - {"bias"} <= voice
    for table in weights.EVIDENCE.values():
        assert set(table) - {"bias"} <= evidence
    assert set(weights.THESIS) - {"bias"} <= thesis
    assert not weights.EVIDENCE or set(weights.EVIDENCE) == {
        "assumption",
        "anecdote",
        "testimony",
        "statistics",
    }
    assert 0.0 < weights.VOICE_THRESHOLD < 1.0


def test_the_voice_table_decides_when_it_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(weights, "VOICE", {"bias": -20.0})
    assert argmap.draft(TEXT).of_kind("counterclaim") == []
    monkeypatch.setattr(weights, "VOICE", {"bias": -20.0, "opposing cue": 40.0})
    [counter] = argmap.draft(TEXT).of_kind("counterclaim")
    assert counter.attributed_to == "Critics" and "opposing cue" in (counter.cue or "")


def test_the_evidence_table_decides_when_it_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "I moved to the town in 2019. The council should keep the levy."
    tables = {c: {"bias": 0.0} for c in ("assumption", "anecdote", "testimony", "statistics")}
    monkeypatch.setattr(weights, "EVIDENCE", tables | {"anecdote": {"bias": -5.0}})
    [moved] = [s for s in argmap.draft(text).statements if "moved" in s.spans[0].quote]
    assert moved.kind == "claim"
    tables["anecdote"] = {"bias": -5.0, "first person, past": 10.0}
    monkeypatch.setattr(weights, "EVIDENCE", tables)
    [moved] = [s for s in argmap.draft(text).statements if "moved" in s.spans[0].quote]
    assert moved.kind == "evidence" and moved.evidence_type is not None
    assert moved.evidence_type.value == "fact" and "first person, past" in (moved.cue or "")


def test_numbers_and_reported_speech_are_typed_whatever_the_weights(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tables = {c: {"bias": 0.0} for c in ("anecdote", "testimony", "statistics")}
    monkeypatch.setattr(weights, "EVIDENCE", tables | {"assumption": {"bias": 50.0}})
    drafted = argmap.draft(TEXT)
    [stat] = [s for s in drafted.statements if "40%" in s.spans[0].quote]
    assert stat.kind == "evidence" and stat.evidence_type is not None
    assert stat.evidence_type.value == "testimony" and stat.attributed_to == "mayor"
    [count] = [
        s
        for s in argmap.draft("Up to 300 rockets fell in 48 hours. Peace must come.").statements
        if "rockets" in s.spans[0].quote
    ]
    assert count.evidence_type is not None and count.evidence_type.value == "statistic"


def test_the_thesis_table_decides_when_it_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(weights, "THESIS", {"closes the text": 5.0})
    thesis = argmap.draft(TEXT).thesis
    assert thesis is not None and "should keep the levy" in thesis.spans[0].quote
    assert "closes the text" in (thesis.cue or "")


def test_the_fitting_script_recovers_simple_decisions() -> None:
    np = pytest.importorskip("numpy")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        from fit_drafter import fit_binary, fit_ranker, fit_softmax
    finally:
        sys.path.pop(0)
    x = np.array([[1, 0], [1, 0], [1, 1], [1, 1]], dtype=float)
    w = fit_binary(x, np.array([0.0, 0.0, 1.0, 1.0]), 0.1)
    assert w[1] > 2 and w[0] < 0
    w3 = fit_softmax(x, np.array([0, 0, 1, 1]), 2, 0.1, 1.0)
    assert (x @ w3.T).argmax(axis=1).tolist() == [0, 0, 1, 1]
    groups = [(np.array([[1, 0], [1, 1]], float), np.array([0, 1])) for _ in range(3)]
    assert fit_ranker(groups, 0.1)[1] > 1
