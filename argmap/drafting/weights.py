"""Weights of the drafter's fitted decisions (none yet: the hand-written rules decide).

Written by ``benchmarks/fit_drafter.py --write``; see that script for how
they are fitted. An empty table means the decision keeps its hand-written
rules (:mod:`argmap.drafting.rules`, :func:`argmap.drafting.thesis.thesis_score`).

>>> VOICE_THRESHOLD
0.5
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVIDENCE", "THESIS", "VOICE", "VOICE_THRESHOLD"]

#: Counterclaim (a view reported or conceded) against the author's own voice.
VOICE: Mapping[str, float] = {}
#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = 0.5
#: Per evidence class (assumption, anecdote, testimony, statistics).
EVIDENCE: Mapping[str, Mapping[str, float]] = {}
#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {}
