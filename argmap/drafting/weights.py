"""Weights of the drafter's fitted decisions, written by ``benchmarks/fit_drafter.py``.

Do not edit by hand: run ``python benchmarks/fit_drafter.py --write``. Each table
maps a signal of :mod:`argmap.drafting.signals` to its weight; ``bias`` is always
on. They were fitted by plain L2-regularised logistic regression (numpy,
Newton's method; the thesis by a conditional logit over each text's candidates)
on the *tuning* part of the corpora only (``draft_quality.part_of``): the
hand-annotated tuning editorials of ``benchmarks/gold/tuning`` and the tuning
microtexts for the voice and the thesis, the units of the Webis tuning
editorials for the evidence type. The regularisation (and the voice threshold,
the evidence class balance) were chosen by leave-one-document-out
cross-validation within the tuning part. An empty table means the decision
keeps its hand-written rules, which did better in cross-validation. The
thesis table decides in long texts only (six paragraphs or more): in
cross-validation it did better than the rules on the editorials and worse on
the microtexts, so short texts keep the rules.

Cross-validated figures when these tables were written:

    voice, editorial, rules tuned on: counterclaim units F1 0.61 (rules 0.74; tp/fp/fn (18,
        10, 13) vs (21, 5, 10))
    voice, editorial, new: counterclaim units F1 0.38 (rules 0.28; tp/fp/fn (19, 13, 50) vs
        (14, 16, 55))
    voice, micro: counterclaim units F1 0.61 (rules 0.60; tp/fp/fn (26, 9, 24) vs (24, 6,
        26))
    voice, annotated editorials as scored: recall 37/91, precision 37/60 (rules 35/91,
        35/56)
    voice chosen: L2 0.3, threshold 0.4
    evidence: Webis unit macro-F1 0.379 (rules 0.350, which were tuned on these units);
        chosen: L2 1.0, class balance 0.5
    thesis, editorial, rules tuned on: 8/12 (rules 10/12)
    thesis, editorial, new: 13/20 (rules 6/20)
    thesis, micro: 59/70 (rules 61/70)
    thesis chosen: L2 3.0
    end to end, micro central claim: 61/71 (rules 61/71)
    end to end, webis macro-F1: 0.526 (rules 0.53)
    end to end, editorial thesis: 21/32 (rules 18/32)
    end to end, counterclaim recall: 37/91 (rules 35/91)
    end to end, counterclaim precision: 37/59 (rules 35/56)
    end to end, rebuttal links: 22/82 (rules 21/82)
    end to end, speakers: 109/132 (rules 110/132)
    end to end, conclusions as counterclaims: 0 (rules 1)

>>> sorted(EVIDENCE) if EVIDENCE else []  # doctest: +ELLIPSIS
[...]
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVIDENCE", "THESIS", "VOICE", "VOICE_THRESHOLD"]

#: Counterclaim (a view reported or conceded) against the author's own voice.
VOICE: Mapping[str, float] = {
    "bias": -4.3619,
    "the rules' counterclaim": 2.4972,
    "opposing cue": 1.5882,
    "weak opposing cue": 0.5798,
    "weak opposing cue, answered": -1.785,
    "granted": 0.9343,
    "granted, answered": 1.5212,
    "concession clause": 0.6809,
    "named speaker": 0.7873,
    "other speaker": 1.0205,
    "verb of contention": 1.3363,
    "verb of view": 0.0152,
    "verb of an act": -1.0523,
    "speaker, answered": -0.672,
    "cited in support": 1.0672,
    "agentless report": 2.1726,
    "unnamed report": -1.9893,
    "quotation": -0.4155,
    "hedge": 0.349,
    "hedge, answered": 0.6162,
    "certainty": 1.7863,
    "certainty, answered": -0.3225,
    "answered": 1.9946,
    "answered in its sentence": 0.4445,
    "next sentence turns": 0.3215,
    "opens with a turn": -0.33,
    "next paragraph turns": 0.8122,
    "first person": -0.8054,
    "we": 0.3875,
    "recommendation": 0.3187,
    "stance": 0.3913,
    "value judgement": -0.1303,
    "reason": 1.0048,
    "conclusion marker": 0.6118,
    "question": -0.1803,
    "negation": -0.3463,
    "past tense": 0.2424,
    "answer: negation": 0.4826,
    "answer: rejection": 2.319,
    "answer: question": 0.6784,
    "answer: turn": 0.313,
    "answer: another view": 1.1733,
    "answer echoes it": 0.4982,
    "narrative, turned": -1.535,
    "report by a verb": -0.4885,
    "report in a noun or adjective": 1.1164,
    "report set off or passive": 0.6568,
    "report with nobody named": 1.4831,
    "a holder": 1.999,
    "a holder, answered": -0.709,
    "conditional": -0.3661,
    "first paragraph": 0.7253,
    "last paragraph": 0.0687,
    "last sentence": -0.0384,
}

#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = 0.4

#: Evidence type, per class (assumption: no evidence).
EVIDENCE: Mapping[str, Mapping[str, float]] = {
    "assumption": {
        "bias": 0.0,
    },
    "anecdote": {
        "bias": -1.4493,
        "digit": 1.2769,
        "percentage or amount": -0.5283,
        "number word": 0.268,
        "statistic word": -0.114,
        "study word": -0.9742,
        "example marker": 0.216,
        "quotation": 0.6444,
        "short quotation": 1.0799,
        "opposing cue": -0.0227,
        "past tense": 1.1642,
        "dated": 0.9322,
        "dated past": -1.2734,
        "named party": 0.4536,
        "named party, past": -0.2524,
        "first person": 1.9283,
        "first person, past": 0.114,
        "we": -0.02,
        "you": -0.5128,
        "present be": -0.3408,
        "future": -1.4044,
        "modal": -0.525,
        "value judgement": -0.7735,
        "recommendation": -0.9452,
        "stance": -1.2809,
        "reason": 0.1955,
        "conclusion marker": -0.7722,
        "turn": -0.4826,
        "question": 0.5038,
        "negation": -1.077,
        "short": -0.2778,
        "long": -0.0972,
    },
    "testimony": {
        "bias": -2.9313,
        "digit": -1.1638,
        "percentage or amount": -0.0029,
        "number word": -1.4344,
        "statistic word": 2.9,
        "study word": -0.2412,
        "example marker": -0.3114,
        "quotation": 3.0463,
        "short quotation": 1.5712,
        "opposing cue": -0.7048,
        "past tense": 0.0316,
        "dated": -0.5014,
        "dated past": -0.4789,
        "named party": -0.8221,
        "named party, past": 2.1888,
        "first person": 0.8978,
        "first person, past": 0.0756,
        "we": 0.3291,
        "you": 0.9713,
        "present be": -0.0371,
        "future": -1.1634,
        "modal": -0.4024,
        "value judgement": -0.4991,
        "recommendation": 0.3266,
        "stance": -0.8329,
        "reason": -0.8496,
        "conclusion marker": -1.0355,
        "turn": -0.1439,
        "question": 0.6826,
        "negation": -0.8555,
        "short": 1.282,
        "long": -1.6332,
    },
    "statistics": {
        "bias": -3.3665,
        "digit": 1.5684,
        "percentage or amount": 1.3134,
        "number word": 0.9171,
        "statistic word": 1.6466,
        "study word": 1.1027,
        "example marker": -0.5208,
        "quotation": -0.0223,
        "short quotation": -1.1667,
        "opposing cue": -0.5108,
        "past tense": 0.5593,
        "dated": 0.2202,
        "dated past": 0.6926,
        "named party": 0.3756,
        "named party, past": 0.2764,
        "first person": -0.7453,
        "first person, past": 0.1875,
        "we": 0.2349,
        "you": 0.8378,
        "present be": 0.8133,
        "future": -1.3824,
        "modal": -1.7365,
        "value judgement": -1.8113,
        "recommendation": -0.895,
        "stance": 0.5577,
        "reason": 1.1277,
        "conclusion marker": -0.6754,
        "turn": -1.57,
        "question": -0.859,
        "negation": -1.4537,
        "short": -1.0598,
        "long": 0.1956,
    },
}

#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {
    "the rules' score": 1.2376,
    "recommendation": 0.0082,
    "stance": 0.3435,
    "value judgement": -0.1605,
    "verdict": 0.1628,
    "conclusion marker at the end": 0.3023,
    "conclusion marker": 0.0694,
    "opens the text": 0.2547,
    "first paragraph": -0.2519,
    "last paragraph": 0.4026,
    "closes the text": 0.278,
    "opens its paragraph": 0.143,
    "closes its paragraph": 0.051,
    "echoes the title": 0.315,
    "after a contrast": -0.5558,
    "before a contrast": -0.0487,
    "answers a counterclaim": -0.2639,
    "reason": -0.0147,
    "additive": -0.0962,
    "pronoun subject": 0.2118,
    "evidence": 0.2449,
    "question": -0.0352,
    "quoted": -0.0005,
    "first person": 0.2005,
    "we": 0.8576,
    "negation": 0.0663,
    "future": 0.2557,
    "digit": -0.1637,
    "past tense": 0.043,
    "short": 0.1284,
    "position": 0.198,
    "echoed across the text": 0.5039,
    "echoes the last paragraph": -0.1114,
    "echoes the first paragraph": 0.1914,
    "ends mid-sentence": 0.3657,
    "opens the text, long text": -0.0772,
    "first paragraph, long text": -0.2519,
    "last paragraph, long text": 0.4026,
    "closes the text, long text": 0.4423,
}
