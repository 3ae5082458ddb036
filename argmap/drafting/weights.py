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

    voice, editorial, rules tuned on: counterclaim units F1 0.67 (rules 0.72; tp/fp/fn (21,
        11, 10) vs (21, 6, 10))
    voice, editorial, new: counterclaim units F1 0.40 (rules 0.36; tp/fp/fn (36, 30, 76) vs
        (31, 27, 81))
    voice, micro: counterclaim units F1 0.59 (rules 0.61; tp/fp/fn (25, 9, 26) vs (25, 6,
        26))
    voice, annotated editorials as scored: recall 56/126, precision 57/98 (rules 52/126,
        52/85)
    voice chosen: L2 3.0, threshold 0.3
    evidence: Webis unit macro-F1 0.391 (rules 0.378, which were tuned on these units);
        chosen: L2 0.3, class balance 0.25
    thesis, editorial, rules tuned on: 9/12 (rules 9/12)
    thesis, editorial, new: 15/28 (rules 10/28)
    thesis, micro: 59/70 (rules 61/70)
    thesis chosen: L2 10.0
    end to end, micro central claim: 61/71 (rules 61/71)
    end to end, webis macro-F1: 0.54 (rules 0.525)
    end to end, editorial thesis: 24/40 (rules 22/40)
    end to end, counterclaim recall: 57/126 (rules 52/126)
    end to end, counterclaim precision: 57/98 (rules 52/85)
    end to end, rebuttal links: 40/117 (rules 33/117)
    end to end, speakers: 142/191 (rules 143/191)
    end to end, conclusions as counterclaims: 0 (rules 1)

>>> sorted(EVIDENCE) if EVIDENCE else []  # doctest: +ELLIPSIS
[...]
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVIDENCE", "THESIS", "VOICE", "VOICE_THRESHOLD"]

#: Counterclaim (a view reported or conceded) against the author's own voice.
VOICE: Mapping[str, float] = {
    "bias": -3.6929,
    "the rules' counterclaim": 2.0852,
    "opposing cue": 1.0194,
    "weak opposing cue": 0.3005,
    "weak opposing cue, answered": 0.017,
    "granted": 1.0135,
    "granted, answered": 0.5733,
    "concession clause": 0.2988,
    "named speaker": 0.5796,
    "other speaker": 0.2993,
    "verb of contention": 0.4856,
    "verb of view": 0.0971,
    "verb of an act": -0.3355,
    "speaker, answered": -0.3294,
    "cited in support": 0.6477,
    "agentless report": 0.1052,
    "unnamed report": -0.2755,
    "quotation": -0.2145,
    "hedge": 0.0912,
    "hedge, answered": 0.714,
    "certainty": 0.8478,
    "certainty, answered": -0.0532,
    "answered": 1.2268,
    "answered in its sentence": 0.3337,
    "next sentence turns": 0.5365,
    "opens with a turn": -0.3131,
    "next paragraph turns": 0.2755,
    "first person": -0.2372,
    "we": 0.301,
    "recommendation": 0.539,
    "stance": -0.0197,
    "value judgement": 0.2061,
    "reason": 0.4875,
    "conclusion marker": 0.1072,
    "question": -0.1556,
    "negation": -0.0652,
    "past tense": 0.0669,
    "answer: negation": 0.0502,
    "answer: rejection": 0.562,
    "answer: question": 0.2556,
    "answer: turn": 0.2178,
    "answer: another view": 0.0786,
    "answer echoes it": 0.3238,
    "narrative, turned": -0.212,
    "report by a verb": -0.1365,
    "report in a noun or adjective": 0.6527,
    "report set off or passive": 0.6035,
    "report with nobody named": 0.3865,
    "a holder": 1.2127,
    "a holder, answered": -0.2516,
    "conditional": 0.0504,
    "first paragraph": 0.4604,
    "last paragraph": 0.0924,
    "last sentence": 0.0435,
}

#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = 0.3

#: Evidence type, per class (assumption: no evidence).
EVIDENCE: Mapping[str, Mapping[str, float]] = {
    "assumption": {
        "bias": 0.0,
    },
    "anecdote": {
        "bias": -1.8261,
        "digit": 1.164,
        "percentage or amount": -0.4125,
        "number word": 0.3614,
        "statistic word": 0.171,
        "study word": -1.6226,
        "example marker": -0.1277,
        "quotation": 1.6782,
        "short quotation": 1.3144,
        "opposing cue": 0.1326,
        "past tense": 1.1758,
        "dated": 1.1256,
        "dated past": -1.5285,
        "named party": 0.5885,
        "named party, past": -0.3537,
        "first person": 2.0005,
        "first person, past": -0.012,
        "we": -0.2069,
        "you": -0.3986,
        "present be": -0.3855,
        "future": -1.9283,
        "modal": -0.8575,
        "value judgement": -0.6954,
        "recommendation": -0.8908,
        "stance": -1.2917,
        "reason": 0.3765,
        "conclusion marker": -0.9751,
        "turn": -0.5112,
        "question": 0.2936,
        "negation": -1.0879,
        "short": -0.3547,
        "long": -0.299,
    },
    "testimony": {
        "bias": -3.7065,
        "digit": -1.3209,
        "percentage or amount": -0.0007,
        "number word": -0.1522,
        "statistic word": 3.3303,
        "study word": -0.4611,
        "example marker": -0.9681,
        "quotation": 5.2823,
        "short quotation": 1.8522,
        "opposing cue": -1.0958,
        "past tense": -0.639,
        "dated": -0.8218,
        "dated past": -0.7299,
        "named party": 0.7617,
        "named party, past": 1.2442,
        "first person": 0.0478,
        "first person, past": 0.3757,
        "we": -0.5183,
        "you": 0.3324,
        "present be": -0.1273,
        "future": -1.6299,
        "modal": -0.1989,
        "value judgement": 0.0015,
        "recommendation": -0.1349,
        "stance": -0.9085,
        "reason": 1.4514,
        "conclusion marker": -1.3118,
        "turn": -0.2263,
        "question": 0.1807,
        "negation": -0.7404,
        "short": 0.7223,
        "long": -1.8935,
    },
    "statistics": {
        "bias": -4.5228,
        "digit": 1.0121,
        "percentage or amount": 1.8834,
        "number word": 0.8059,
        "statistic word": 4.3498,
        "study word": 1.1322,
        "example marker": -0.6243,
        "quotation": -0.0068,
        "short quotation": -1.4869,
        "opposing cue": -0.6019,
        "past tense": 0.9291,
        "dated": 0.2663,
        "dated past": 0.7892,
        "named party": 0.4269,
        "named party, past": -0.3065,
        "first person": -0.8713,
        "first person, past": 0.2446,
        "we": 0.1479,
        "you": 0.8311,
        "present be": 0.2991,
        "future": -1.8218,
        "modal": -2.203,
        "value judgement": -1.9339,
        "recommendation": -1.0841,
        "stance": 0.6388,
        "reason": 1.3368,
        "conclusion marker": -0.9086,
        "turn": -1.8425,
        "question": -1.1766,
        "negation": -1.7662,
        "short": -1.2173,
        "long": 0.7326,
    },
}

#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {
    "the rules' score": 1.0554,
    "recommendation": -0.0041,
    "stance": 0.1929,
    "value judgement": 0.039,
    "verdict": 0.0852,
    "conclusion marker at the end": 0.1536,
    "conclusion marker": 0.0304,
    "opens the text": 0.2202,
    "first paragraph": -0.1254,
    "last paragraph": 0.2599,
    "closes the text": 0.2013,
    "opens its paragraph": 0.1092,
    "closes its paragraph": 0.089,
    "echoes the title": 0.1145,
    "after a contrast": -0.3308,
    "before a contrast": -0.0255,
    "answers a counterclaim": -0.0708,
    "reason": -0.0018,
    "additive": -0.0247,
    "pronoun subject": 0.105,
    "evidence": 0.0106,
    "question": -0.0296,
    "quoted": -0.0005,
    "first person": 0.1142,
    "we": 0.5085,
    "negation": 0.1705,
    "future": 0.159,
    "digit": -0.0911,
    "past tense": -0.0526,
    "short": 0.0071,
    "position": 0.1199,
    "echoed across the text": 0.2052,
    "echoes the last paragraph": -0.0138,
    "echoes the first paragraph": 0.0768,
    "ends mid-sentence": 0.1207,
    "opens the text, long text": -0.0294,
    "first paragraph, long text": -0.1254,
    "last paragraph, long text": 0.2599,
    "closes the text, long text": 0.3172,
}
