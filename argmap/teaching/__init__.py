"""Teaching with argument maps: grading a student's map, worksheets, slides, critical questions.

- :func:`compare` pairs a student's map with a reference map, scores it and
  writes feedback a student understands (:mod:`~argmap.teaching.compare`);
  :func:`compare_dot` draws the comparison.
- :func:`worksheet` blanks a diagram's boxes for students to fill in.
- :func:`steps` and :func:`render_steps` reveal a map one layer at a time.
- :func:`challenges` attaches the standard critical questions to evidence
  and inferences (:mod:`~argmap.teaching.critical_questions` holds them).
"""

from argmap.teaching.compare import Comparison, LinkDiff, StructureDiff, compare
from argmap.teaching.scores import Scores

__all__ = ["Comparison", "LinkDiff", "Scores", "StructureDiff", "compare"]
