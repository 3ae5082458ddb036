"""Teaching with argument maps: grading a student's map, worksheets, slides, critical questions.

- :func:`compare` pairs a student's map with a reference map, scores it and
  writes feedback a student understands; :func:`compare_dot` and
  :func:`render_comparison` draw the comparison.
- :func:`worksheet` blanks a diagram's boxes for students to fill in.
- :func:`steps` and :func:`render_steps` reveal a map one layer at a time;
  :func:`deck` plans the slides of a map too large for one, view by view.
- :func:`challenges` attaches the standard critical questions
  (:data:`CRITICAL_QUESTIONS`) to evidence and inferences.
"""

from argmap.teaching.challenges import challenges
from argmap.teaching.compare import Comparison, LinkDiff, StructureDiff, compare
from argmap.teaching.critical_questions import CRITICAL_QUESTIONS, CriticalQuestion
from argmap.teaching.deck import Slide, deck
from argmap.teaching.diagram import compare_dot, render_comparison
from argmap.teaching.scores import Scores
from argmap.teaching.slides import render_steps, step_dots, steps
from argmap.teaching.worksheet import Worksheet, worksheet

__all__ = [
    "CRITICAL_QUESTIONS",
    "Comparison",
    "CriticalQuestion",
    "LinkDiff",
    "Scores",
    "Slide",
    "StructureDiff",
    "Worksheet",
    "challenges",
    "compare",
    "compare_dot",
    "deck",
    "render_comparison",
    "render_steps",
    "step_dots",
    "steps",
    "worksheet",
]
