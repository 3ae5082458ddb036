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

    voice, editorial, rules tuned on: counterclaim units F1 0.71 (rules 0.74; tp/fp/fn (21,
        7, 10) vs (21, 5, 10))
    voice, editorial, new: counterclaim units F1 0.30 (rules 0.25; tp/fp/fn (15, 16, 54) vs
        (12, 16, 57))
    voice, micro: counterclaim units F1 0.58 (rules 0.60; tp/fp/fn (24, 9, 26) vs (24, 6,
        26))
    voice, annotated editorials as scored: recall 35/91, precision 36/59 (rules 33/91,
        33/54)
    voice chosen: L2 3.0, threshold 0.3
    evidence: Webis unit macro-F1 0.407 (rules 0.389, which were tuned on these units);
        chosen: L2 0.1, class balance 0.25
    thesis, editorial, rules tuned on: 8/12 (rules 10/12)
    thesis, editorial, new: 13/20 (rules 7/20)
    thesis, micro: 60/70 (rules 61/70)
    thesis chosen: L2 3.0
    end to end, micro central claim: 61/71 (rules 61/71)
    end to end, webis macro-F1: 0.529 (rules 0.522)
    end to end, editorial thesis: 21/32 (rules 18/32)
    end to end, counterclaim recall: 35/91 (rules 33/91)
    end to end, counterclaim precision: 35/58 (rules 33/54)
    end to end, rebuttal links: 22/82 (rules 21/82)
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
    "bias": -3.4596,
    "the rules' counterclaim": 2.1519,
    "opposing cue": 1.1394,
    "weak opposing cue": 0.3139,
    "weak opposing cue, answered": -0.2826,
    "granted": 0.4606,
    "granted, answered": 0.5493,
    "concession clause": 0.2645,
    "named speaker": 0.7418,
    "other speaker": 0.5034,
    "verb of contention": 0.7876,
    "verb of view": 0.6377,
    "verb of an act": -0.3649,
    "speaker, answered": -0.3452,
    "cited in support": 0.1848,
    "agentless report": 0.3022,
    "unnamed report": -0.1855,
    "quotation": -0.0806,
    "hedge": 0.4148,
    "hedge, answered": 0.3918,
    "certainty": 1.0629,
    "certainty, answered": 0.0394,
    "answered": 1.2356,
    "answered in its sentence": 0.5455,
    "next sentence turns": 0.5698,
    "opens with a turn": -0.3072,
    "next paragraph turns": 0.3103,
    "first person": -0.51,
    "we": 0.2853,
    "recommendation": 0.3253,
    "stance": 0.1924,
    "value judgement": -0.1574,
    "reason": 0.4755,
    "conclusion marker": 0.1357,
    "question": -0.235,
    "negation": -0.2873,
    "past tense": -0.0116,
    "first paragraph": 0.4809,
    "last paragraph": 0.0038,
    "last sentence": -0.137,
}

#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = 0.3

#: Evidence type, per class (assumption: no evidence).
EVIDENCE: Mapping[str, Mapping[str, float]] = {
    "assumption": {
        "bias": 0.0,
    },
    "anecdote": {
        "bias": -1.7856,
        "digit": 1.1773,
        "percentage or amount": -0.4538,
        "number word": 0.3675,
        "statistic word": 0.6324,
        "study word": -2.2825,
        "example marker": -0.1431,
        "quotation": 2.1622,
        "short quotation": 1.2778,
        "opposing cue": -0.0668,
        "past tense": 1.1433,
        "dated": 1.1422,
        "dated past": -1.6554,
        "named party": 0.4848,
        "named party, past": -0.2396,
        "first person": 2.0089,
        "first person, past": 0.0068,
        "we": -0.1459,
        "you": -0.4522,
        "present be": -0.4093,
        "future": -1.7225,
        "modal": -0.7843,
        "value judgement": -0.7187,
        "recommendation": -1.0104,
        "stance": -1.3738,
        "reason": 0.4003,
        "conclusion marker": -1.0294,
        "turn": -0.5797,
        "question": 0.2549,
        "negation": -1.1448,
        "short": -0.2371,
        "long": -0.2708,
    },
    "testimony": {
        "bias": -4.3232,
        "digit": -1.9156,
        "percentage or amount": -0.0001,
        "number word": 0.1748,
        "statistic word": 4.4451,
        "study word": -0.9172,
        "example marker": -1.2709,
        "quotation": 6.5629,
        "short quotation": 1.4453,
        "opposing cue": -1.6,
        "past tense": -0.4485,
        "dated": -1.1349,
        "dated past": -1.0674,
        "named party": 0.7325,
        "named party, past": 1.5472,
        "first person": 0.287,
        "first person, past": 0.4586,
        "we": -0.2051,
        "you": 0.5637,
        "present be": 0.2425,
        "future": -2.1849,
        "modal": 0.0304,
        "value judgement": 0.2573,
        "recommendation": -0.946,
        "stance": -1.4996,
        "reason": 1.7772,
        "conclusion marker": -1.7643,
        "turn": -0.3438,
        "question": 0.1378,
        "negation": -0.6026,
        "short": 1.1651,
        "long": -3.0137,
    },
    "statistics": {
        "bias": -4.8782,
        "digit": 1.1568,
        "percentage or amount": 3.1175,
        "number word": 1.1127,
        "statistic word": 4.9866,
        "study word": 1.344,
        "example marker": -1.0008,
        "quotation": -0.0025,
        "short quotation": -1.9038,
        "opposing cue": -1.1225,
        "past tense": 1.1393,
        "dated": 0.1117,
        "dated past": 1.018,
        "named party": 0.7574,
        "named party, past": -0.3674,
        "first person": -1.3836,
        "first person, past": 0.2172,
        "we": 0.3415,
        "you": 1.1447,
        "present be": 0.5232,
        "future": -2.6002,
        "modal": -2.8899,
        "value judgement": -2.6968,
        "recommendation": -1.5275,
        "stance": 0.9377,
        "reason": 1.5714,
        "conclusion marker": -1.464,
        "turn": -2.4541,
        "question": -1.63,
        "negation": -2.6707,
        "short": -1.7552,
        "long": 0.282,
    },
}

#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {
    "the rules' score": 1.3318,
    "recommendation": -0.021,
    "stance": 0.2581,
    "value judgement": -0.1821,
    "verdict": 0.1049,
    "conclusion marker at the end": 0.2716,
    "conclusion marker": 0.1299,
    "opens the text": 0.1344,
    "first paragraph": -0.27,
    "last paragraph": 0.335,
    "closes the text": 0.2992,
    "opens its paragraph": 0.0892,
    "closes its paragraph": 0.0074,
    "echoes the title": 0.3162,
    "after a contrast": -0.5792,
    "before a contrast": -0.0395,
    "answers a counterclaim": -0.1899,
    "reason": -0.0296,
    "additive": -0.0855,
    "pronoun subject": 0.2278,
    "evidence": -0.0109,
    "question": -0.032,
    "quoted": -0.0003,
    "first person": 0.0613,
    "we": 0.7486,
    "negation": 0.105,
    "future": 0.1943,
    "digit": -0.139,
    "past tense": -0.1448,
    "short": 0.1084,
    "position": 0.1648,
    "opens the text, long text": -0.1944,
    "first paragraph, long text": -0.27,
    "last paragraph, long text": 0.335,
    "closes the text, long text": 0.552,
}
