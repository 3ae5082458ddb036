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

    voice, editorial, rules tuned on: counterclaim units F1 0.65 (rules 0.74; tp/fp/fn (20,
        11, 11) vs (21, 5, 10))
    voice, editorial, new: counterclaim units F1 0.37 (rules 0.28; tp/fp/fn (19, 15, 50) vs
        (14, 16, 55))
    voice, micro: counterclaim units F1 0.60 (rules 0.60; tp/fp/fn (25, 9, 25) vs (24, 6,
        26))
    voice, annotated editorials as scored: recall 39/91, precision 39/65 (rules 35/91,
        35/56)
    voice chosen: L2 3.0, threshold 0.3
    evidence: Webis unit macro-F1 0.400 (rules 0.371, which were tuned on these units);
        chosen: L2 1.0, class balance 0.5
    thesis, editorial, rules tuned on: 8/12 (rules 8/12)
    thesis, editorial, new: 12/20 (rules 6/20)
    thesis, micro: 59/70 (rules 61/70)
    thesis chosen: L2 10.0
    end to end, micro central claim: 61/71 (rules 61/71)
    end to end, webis macro-F1: 0.529 (rules 0.53)
    end to end, editorial thesis: 19/32 (rules 18/32)
    end to end, counterclaim recall: 40/91 (rules 35/91)
    end to end, counterclaim precision: 40/67 (rules 35/56)
    end to end, rebuttal links: 25/82 (rules 21/82)
    end to end, speakers: 110/132 (rules 111/132)
    end to end, conclusions as counterclaims: 0 (rules 1)

>>> sorted(EVIDENCE) if EVIDENCE else []  # doctest: +ELLIPSIS
[...]
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVIDENCE", "THESIS", "VOICE", "VOICE_THRESHOLD"]

#: Counterclaim (a view reported or conceded) against the author's own voice.
VOICE: Mapping[str, float] = {
    "bias": -3.7555,
    "the rules' counterclaim": 2.0837,
    "opposing cue": 1.0458,
    "weak opposing cue": 0.2489,
    "weak opposing cue, answered": -0.2953,
    "granted": 0.5009,
    "granted, answered": 0.558,
    "concession clause": 0.3776,
    "named speaker": 0.045,
    "other speaker": 0.1604,
    "verb of contention": 0.6583,
    "verb of view": 0.0953,
    "verb of an act": -0.6075,
    "speaker, answered": -0.4439,
    "cited in support": 0.1172,
    "agentless report": 0.3031,
    "unnamed report": -0.3125,
    "quotation": -0.3289,
    "hedge": 0.4014,
    "hedge, answered": 0.3964,
    "certainty": 1.1029,
    "certainty, answered": 0.0786,
    "answered": 1.2424,
    "answered in its sentence": 0.4937,
    "next sentence turns": 0.5604,
    "opens with a turn": -0.3115,
    "next paragraph turns": 0.2489,
    "first person": -0.5026,
    "we": 0.3112,
    "recommendation": 0.265,
    "stance": 0.2266,
    "value judgement": -0.0775,
    "reason": 0.5457,
    "conclusion marker": 0.1966,
    "question": -0.2048,
    "negation": -0.2294,
    "past tense": 0.0925,
    "answer: negation": 0.1545,
    "answer: rejection": 1.1073,
    "answer: question": 0.1915,
    "answer: turn": 0.2461,
    "answer: another view": 0.3991,
    "answer echoes it": 0.2651,
    "narrative, turned": -0.7825,
    "report by a verb": 0.028,
    "report in a noun or adjective": 0.6391,
    "report set off or passive": 0.5186,
    "report with nobody named": 0.3371,
    "a holder": 1.3047,
    "a holder, answered": 0.0527,
    "conditional": -0.1654,
    "first paragraph": 0.5305,
    "last paragraph": -0.0139,
    "last sentence": -0.0121,
}

#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = 0.3

#: Evidence type, per class (assumption: no evidence).
EVIDENCE: Mapping[str, Mapping[str, float]] = {
    "assumption": {
        "bias": 0.0,
    },
    "anecdote": {
        "bias": -1.444,
        "digit": 1.278,
        "percentage or amount": -0.5238,
        "number word": 0.2694,
        "statistic word": -0.1943,
        "study word": -0.9697,
        "example marker": 0.2095,
        "quotation": 0.6441,
        "short quotation": 1.0771,
        "opposing cue": -0.0239,
        "past tense": 1.1611,
        "dated": 0.9341,
        "dated past": -1.2726,
        "named party": 0.4482,
        "named party, past": -0.2472,
        "first person": 1.9262,
        "first person, past": 0.1133,
        "we": -0.0324,
        "you": -0.5144,
        "present be": -0.3401,
        "future": -1.4025,
        "modal": -0.5272,
        "value judgement": -0.7755,
        "recommendation": -0.9435,
        "stance": -1.2777,
        "reason": 0.2088,
        "conclusion marker": -0.7739,
        "turn": -0.4834,
        "question": 0.5034,
        "negation": -1.0774,
        "short": -0.2815,
        "long": -0.0973,
    },
    "testimony": {
        "bias": -2.925,
        "digit": -1.163,
        "percentage or amount": -0.0027,
        "number word": -1.4311,
        "statistic word": 2.9059,
        "study word": -0.2402,
        "example marker": -0.3117,
        "quotation": 3.0457,
        "short quotation": 1.5682,
        "opposing cue": -0.7043,
        "past tense": 0.0282,
        "dated": -0.5277,
        "dated past": -0.5058,
        "named party": -0.8235,
        "named party, past": 2.1881,
        "first person": 0.8898,
        "first person, past": 0.0801,
        "we": 0.3206,
        "you": 0.9696,
        "present be": -0.0383,
        "future": -1.1627,
        "modal": -0.4022,
        "value judgement": -0.499,
        "recommendation": 0.3281,
        "stance": -0.8305,
        "reason": -0.8506,
        "conclusion marker": -1.0351,
        "turn": -0.1443,
        "question": 0.6769,
        "negation": -0.8562,
        "short": 1.2795,
        "long": -1.6292,
    },
    "statistics": {
        "bias": -3.4833,
        "digit": 1.5535,
        "percentage or amount": 1.275,
        "number word": 0.9256,
        "statistic word": 1.8491,
        "study word": 1.0663,
        "example marker": -0.4869,
        "quotation": -0.0214,
        "short quotation": -1.1223,
        "opposing cue": -0.5039,
        "past tense": 0.6089,
        "dated": 0.2978,
        "dated past": 0.7749,
        "named party": 0.3869,
        "named party, past": 0.2054,
        "first person": -0.7104,
        "first person, past": 0.1821,
        "we": 0.3922,
        "you": 0.8528,
        "present be": 0.8339,
        "future": -1.3529,
        "modal": -1.677,
        "value judgement": -1.7726,
        "recommendation": -0.8728,
        "stance": 0.5591,
        "reason": 1.0986,
        "conclusion marker": -0.6429,
        "turn": -1.5223,
        "question": -0.8346,
        "negation": -1.4194,
        "short": -1.0201,
        "long": 0.1504,
    },
}

#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {
    "the rules' score": 1.0846,
    "recommendation": 0.0505,
    "stance": 0.2155,
    "value judgement": -0.0319,
    "verdict": 0.0973,
    "conclusion marker at the end": 0.1556,
    "conclusion marker": 0.0194,
    "opens the text": 0.1631,
    "first paragraph": -0.1244,
    "last paragraph": 0.3025,
    "closes the text": 0.2221,
    "opens its paragraph": 0.173,
    "closes its paragraph": 0.0318,
    "echoes the title": 0.1213,
    "after a contrast": -0.277,
    "before a contrast": -0.0095,
    "answers a counterclaim": -0.1169,
    "reason": -0.0143,
    "additive": -0.0319,
    "pronoun subject": 0.0394,
    "evidence": 0.0658,
    "question": -0.0155,
    "quoted": -0.0003,
    "first person": 0.0869,
    "we": 0.3858,
    "negation": 0.0579,
    "future": 0.1354,
    "digit": -0.076,
    "past tense": -0.0224,
    "short": 0.0442,
    "position": 0.1287,
    "opens the text, long text": -0.046,
    "first paragraph, long text": -0.1244,
    "last paragraph, long text": 0.3025,
    "closes the text, long text": 0.2673,
}
