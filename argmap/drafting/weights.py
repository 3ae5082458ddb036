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

    voice, editorial, rules tuned on: counterclaim units F1 0.70 (rules 0.74; tp/fp/fn (21,
        8, 10) vs (21, 5, 10))
    voice, editorial, new: counterclaim units F1 0.30 (rules 0.25; tp/fp/fn (15, 16, 54) vs
        (12, 16, 57))
    voice, micro: counterclaim units F1 0.58 (rules 0.60; tp/fp/fn (24, 9, 26) vs (24, 6,
        26))
    voice, annotated editorials as scored: recall 35/91, precision 36/60 (rules 33/91,
        33/54)
    voice chosen: L2 3.0, threshold 0.3
    evidence: Webis unit macro-F1 0.410 (rules 0.391, which were tuned on these units);
        chosen: L2 0.1, class balance 0.25
    thesis, editorial, rules tuned on: 9/12 (rules 10/12)
    thesis, editorial, new: 13/20 (rules 7/20)
    thesis, micro: 59/70 (rules 61/70)
    thesis chosen: L2 10.0
    end to end, micro central claim: 61/71 (rules 61/71)
    end to end, webis macro-F1: 0.532 (rules 0.525)
    end to end, editorial thesis: 21/32 (rules 18/32)
    end to end, counterclaim recall: 35/91 (rules 33/91)
    end to end, counterclaim precision: 35/59 (rules 33/54)
    end to end, rebuttal links: 21/82 (rules 21/82)
    end to end, speakers: 77/132 (rules 78/132)
    end to end, conclusions as counterclaims: 0 (rules 1)

>>> sorted(EVIDENCE) if EVIDENCE else []  # doctest: +ELLIPSIS
[...]
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVIDENCE", "THESIS", "VOICE", "VOICE_THRESHOLD"]

#: Counterclaim (a view reported or conceded) against the author's own voice.
VOICE: Mapping[str, float] = {
    "bias": -3.468,
    "the rules' counterclaim": 2.1573,
    "opposing cue": 1.1297,
    "weak opposing cue": 0.3143,
    "weak opposing cue, answered": -0.2845,
    "granted": 0.4622,
    "granted, answered": 0.5493,
    "concession clause": 0.2659,
    "named speaker": 0.7291,
    "other speaker": 0.6755,
    "verb of contention": 0.7873,
    "verb of view": 0.6296,
    "verb of an act": -0.2007,
    "speaker, answered": -0.3749,
    "cited in support": 0.1883,
    "agentless report": 0.3028,
    "unnamed report": -0.1856,
    "quotation": -0.1105,
    "hedge": 0.4068,
    "hedge, answered": 0.3933,
    "certainty": 1.0712,
    "certainty, answered": 0.037,
    "answered": 1.2421,
    "answered in its sentence": 0.5412,
    "next sentence turns": 0.5734,
    "opens with a turn": -0.3055,
    "next paragraph turns": 0.3012,
    "first person": -0.5109,
    "we": 0.2784,
    "recommendation": 0.3183,
    "stance": 0.1944,
    "value judgement": -0.1491,
    "reason": 0.4792,
    "conclusion marker": 0.1357,
    "question": -0.2328,
    "negation": -0.2861,
    "past tense": -0.0195,
    "first paragraph": 0.4837,
    "last paragraph": 0.0122,
    "last sentence": -0.1264,
}

#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = 0.3

#: Evidence type, per class (assumption: no evidence).
EVIDENCE: Mapping[str, Mapping[str, float]] = {
    "assumption": {
        "bias": 0.0,
    },
    "anecdote": {
        "bias": -1.7793,
        "digit": 1.1787,
        "percentage or amount": -0.4691,
        "number word": 0.3605,
        "statistic word": 0.6278,
        "study word": -2.2906,
        "example marker": -0.1652,
        "quotation": 2.156,
        "short quotation": 1.2659,
        "opposing cue": -0.0712,
        "past tense": 1.1479,
        "dated": 1.1724,
        "dated past": -1.6431,
        "named party": 0.4791,
        "named party, past": -0.2319,
        "first person": 2.0037,
        "first person, past": -0.0323,
        "we": -0.1777,
        "you": -0.4538,
        "present be": -0.4044,
        "future": -1.8376,
        "modal": -0.7952,
        "value judgement": -0.7304,
        "recommendation": -1.0082,
        "stance": -1.3545,
        "reason": 0.3902,
        "conclusion marker": -1.0305,
        "turn": -0.5824,
        "question": 0.2506,
        "negation": -1.1494,
        "short": -0.2428,
        "long": -0.2403,
    },
    "testimony": {
        "bias": -4.3214,
        "digit": -1.9165,
        "percentage or amount": -0.0001,
        "number word": 0.1732,
        "statistic word": 4.4474,
        "study word": -0.9174,
        "example marker": -1.2744,
        "quotation": 6.5654,
        "short quotation": 1.4412,
        "opposing cue": -1.6003,
        "past tense": -0.4478,
        "dated": -1.1303,
        "dated past": -1.0635,
        "named party": 0.7317,
        "named party, past": 1.5489,
        "first person": 0.2844,
        "first person, past": 0.4379,
        "we": -0.2109,
        "you": 0.5632,
        "present be": 0.2434,
        "future": -2.1939,
        "modal": 0.0284,
        "value judgement": 0.2563,
        "recommendation": -0.9441,
        "stance": -1.4929,
        "reason": 1.7746,
        "conclusion marker": -1.7643,
        "turn": -0.3445,
        "question": 0.137,
        "negation": -0.6024,
        "short": 1.1641,
        "long": -3.0101,
    },
    "statistics": {
        "bias": -4.8796,
        "digit": 1.1634,
        "percentage or amount": 3.1184,
        "number word": 1.1137,
        "statistic word": 4.9783,
        "study word": 1.3408,
        "example marker": -0.9993,
        "quotation": -0.0025,
        "short quotation": -2.1538,
        "opposing cue": -1.1179,
        "past tense": 1.1523,
        "dated": 0.1278,
        "dated past": 1.0134,
        "named party": 0.7591,
        "named party, past": -0.3827,
        "first person": -1.3873,
        "first person, past": 0.2061,
        "we": 0.3538,
        "you": 1.1425,
        "present be": 0.5275,
        "future": -2.6085,
        "modal": -2.8913,
        "value judgement": -2.7023,
        "recommendation": -1.5322,
        "stance": 0.9384,
        "reason": 1.5662,
        "conclusion marker": -1.468,
        "turn": -2.4548,
        "question": -1.6294,
        "negation": -2.6736,
        "short": -1.7567,
        "long": 0.2863,
    },
}

#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {
    "the rules' score": 1.1178,
    "recommendation": 0.0744,
    "stance": 0.1745,
    "value judgement": -0.046,
    "verdict": 0.0823,
    "conclusion marker at the end": 0.1514,
    "conclusion marker": 0.0471,
    "opens the text": 0.1588,
    "first paragraph": -0.1231,
    "last paragraph": 0.3006,
    "closes the text": 0.2257,
    "opens its paragraph": 0.1558,
    "closes its paragraph": 0.034,
    "echoes the title": 0.1086,
    "after a contrast": -0.2695,
    "before a contrast": -0.0137,
    "answers a counterclaim": -0.1075,
    "reason": -0.0127,
    "additive": -0.0288,
    "pronoun subject": 0.0457,
    "evidence": 0.0121,
    "question": -0.015,
    "quoted": -0.0003,
    "first person": 0.0746,
    "we": 0.3544,
    "negation": 0.0774,
    "future": 0.1412,
    "digit": -0.0663,
    "past tense": -0.0999,
    "short": 0.0462,
    "position": 0.1224,
    "opens the text, long text": -0.0444,
    "first paragraph, long text": -0.1231,
    "last paragraph, long text": 0.3006,
    "closes the text, long text": 0.3099,
}
