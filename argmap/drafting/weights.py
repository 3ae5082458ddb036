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

    voice, editorial, rules tuned on: counterclaim units F1 0.68 (rules 0.72; tp/fp/fn (23,
        14, 8) vs (21, 6, 10))
    voice, editorial, new: counterclaim units F1 0.40 (rules 0.34; tp/fp/fn (36, 32, 76) vs
        (28, 24, 84))
    voice, micro: counterclaim units F1 0.60 (rules 0.61; tp/fp/fn (26, 9, 25) vs (25, 6,
        26))
    voice, annotated editorials as scored: recall 58/126, precision 59/105 (rules 49/126,
        49/79)
    voice chosen: L2 1.0, threshold 0.3
    evidence: Webis unit macro-F1 0.401 (rules 0.375, which were tuned on these units);
        chosen: L2 0.3, class balance 0.25
    thesis, editorial, rules tuned on: 9/12 (rules 9/12)
    thesis, editorial, new: 15/28 (rules 11/28)
    thesis, micro: 59/70 (rules 60/70)
    thesis chosen: L2 10.0
    end to end, micro central claim: 60/71 (rules 61/71)
    end to end, webis macro-F1: 0.542 (rules 0.525)
    end to end, editorial thesis: 24/40 (rules 21/40)
    end to end, counterclaim recall: 59/126 (rules 49/126)
    end to end, counterclaim precision: 59/104 (rules 49/79)
    end to end, rebuttal links: 40/117 (rules 32/117)
    end to end, speakers: 137/191 (rules 137/191)
    end to end, conclusions as counterclaims: 0 (rules 1)

>>> sorted(EVIDENCE) if EVIDENCE else []  # doctest: +ELLIPSIS
[...]
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVIDENCE", "THESIS", "VOICE", "VOICE_THRESHOLD"]

#: Counterclaim (a view reported or conceded) against the author's own voice.
VOICE: Mapping[str, float] = {
    "bias": -3.9077,
    "the rules' counterclaim": 2.2154,
    "opposing cue": 1.3637,
    "weak opposing cue": 0.3644,
    "weak opposing cue, answered": -0.1109,
    "granted": 1.717,
    "granted, answered": 0.7931,
    "concession clause": 0.3936,
    "named speaker": 0.8037,
    "other speaker": 0.4942,
    "verb of contention": 0.5917,
    "verb of view": -0.0796,
    "verb of an act": -0.5285,
    "speaker, answered": -0.5825,
    "cited in support": 1.2639,
    "agentless report": 0.2424,
    "unnamed report": -0.7962,
    "quotation": -0.3403,
    "hedge": 0.0453,
    "hedge, answered": 0.9051,
    "certainty": 1.152,
    "certainty, answered": -0.3464,
    "answered": 1.5463,
    "answered in its sentence": 0.3109,
    "next sentence turns": 0.3896,
    "opens with a turn": -0.3235,
    "next paragraph turns": 0.6302,
    "first person": -0.208,
    "we": 0.3416,
    "recommendation": 0.6768,
    "stance": -0.2143,
    "value judgement": 0.2116,
    "reason": 0.6606,
    "conclusion marker": 0.2352,
    "question": -0.1583,
    "negation": -0.1086,
    "past tense": 0.081,
    "answer: negation": 0.1009,
    "answer: rejection": 0.9567,
    "answer: question": 0.423,
    "answer: turn": 0.1675,
    "answer: another view": 0.0826,
    "answer echoes it": 0.4501,
    "narrative, turned": -0.2852,
    "report by a verb": -0.3644,
    "report in a noun or adjective": 0.8463,
    "report set off or passive": 0.7636,
    "report with nobody named": 0.8648,
    "a holder": 1.6454,
    "a holder, answered": -0.4544,
    "conditional": 0.0968,
    "first paragraph": 0.5492,
    "last paragraph": 0.1277,
    "last sentence": 0.0134,
}

#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = 0.3

#: Evidence type, per class (assumption: no evidence).
EVIDENCE: Mapping[str, Mapping[str, float]] = {
    "assumption": {
        "bias": 0.0,
    },
    "anecdote": {
        "bias": -1.8124,
        "digit": 1.1348,
        "percentage or amount": -0.4015,
        "number word": 0.3674,
        "statistic word": 0.1597,
        "study word": -1.5362,
        "example marker": -0.1157,
        "quotation": 1.6624,
        "short quotation": 1.2622,
        "opposing cue": -0.0649,
        "past tense": 1.187,
        "dated": 1.1512,
        "dated past": -1.6341,
        "named party": 0.5879,
        "named party, past": -0.3703,
        "first person": 2.0013,
        "first person, past": -0.0053,
        "we": -0.2033,
        "you": -0.4042,
        "present be": -0.3802,
        "future": -1.92,
        "modal": -0.8574,
        "value judgement": -0.6874,
        "recommendation": -0.8736,
        "stance": -1.3012,
        "reason": 0.3816,
        "conclusion marker": -0.9762,
        "turn": -0.5617,
        "question": 0.2915,
        "negation": -1.0798,
        "short": -0.3725,
        "long": -0.3135,
    },
    "testimony": {
        "bias": -3.71,
        "digit": -1.3112,
        "percentage or amount": -0.0006,
        "number word": -0.1457,
        "statistic word": 3.3337,
        "study word": -0.4741,
        "example marker": -0.9631,
        "quotation": 5.3149,
        "short quotation": 1.8294,
        "opposing cue": -1.0414,
        "past tense": -0.6397,
        "dated": -0.8321,
        "dated past": -0.7412,
        "named party": 0.7653,
        "named party, past": 1.2403,
        "first person": 0.041,
        "first person, past": 0.3526,
        "we": -0.5129,
        "you": 0.3403,
        "present be": -0.1202,
        "future": -1.646,
        "modal": -0.1979,
        "value judgement": 0.0063,
        "recommendation": -0.162,
        "stance": -0.8991,
        "reason": 1.4536,
        "conclusion marker": -1.3063,
        "turn": -0.2316,
        "question": 0.1868,
        "negation": -0.7304,
        "short": 0.7129,
        "long": -1.9011,
    },
    "statistics": {
        "bias": -4.7351,
        "digit": 1.1438,
        "percentage or amount": 1.8098,
        "number word": 0.8774,
        "statistic word": 4.2883,
        "study word": 1.1311,
        "example marker": -0.5931,
        "quotation": -0.0055,
        "short quotation": -1.5472,
        "opposing cue": -0.6593,
        "past tense": 1.0452,
        "dated": 0.3309,
        "dated past": 0.9402,
        "named party": 0.4774,
        "named party, past": -0.1711,
        "first person": -0.8716,
        "first person, past": 0.2086,
        "we": 0.1808,
        "you": 0.8931,
        "present be": 0.5959,
        "future": -1.7153,
        "modal": -2.1595,
        "value judgement": -1.9696,
        "recommendation": -1.0307,
        "stance": 0.7135,
        "reason": 1.2761,
        "conclusion marker": -0.8851,
        "turn": -1.8268,
        "question": -1.2121,
        "negation": -1.7971,
        "short": -1.2157,
        "long": 0.3602,
    },
}

#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {
    "the rules' score": 1.0556,
    "recommendation": 0.0175,
    "stance": 0.1943,
    "value judgement": 0.0432,
    "verdict": 0.0855,
    "conclusion marker at the end": 0.1541,
    "conclusion marker": 0.0288,
    "opens the text": 0.1955,
    "first paragraph": -0.1283,
    "last paragraph": 0.2674,
    "closes the text": 0.1985,
    "opens its paragraph": 0.1135,
    "closes its paragraph": 0.0821,
    "echoes the title": 0.1144,
    "after a contrast": -0.3069,
    "before a contrast": -0.0242,
    "answers a counterclaim": -0.0744,
    "reason": -0.0012,
    "additive": -0.0239,
    "pronoun subject": 0.1048,
    "evidence": 0.0096,
    "question": -0.0301,
    "quoted": -0.0005,
    "first person": 0.1139,
    "we": 0.5071,
    "negation": 0.1965,
    "future": 0.1578,
    "digit": -0.0938,
    "past tense": -0.0589,
    "short": 0.0146,
    "position": 0.1042,
    "echoed across the text": 0.2009,
    "echoes the last paragraph": -0.0141,
    "echoes the first paragraph": 0.0784,
    "ends mid-sentence": 0.1215,
    "opens the text, long text": -0.0251,
    "first paragraph, long text": -0.1283,
    "last paragraph, long text": 0.2674,
    "closes the text, long text": 0.3177,
}
