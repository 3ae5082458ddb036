"""Drafting: from an editorial's prose to a first argument map.

:func:`argmap.draft` hands the text to an :class:`Extractor`; the default,
:class:`HeuristicExtractor`, is offline and deterministic and reads the cues
listed in :mod:`argmap.drafting.cues`. :class:`~argmap.drafting.llm.ChatExtractor`
asks a language model behind an OpenAI-compatible endpoint instead.

The package is named after the activity so that the verb stays free for the
function: ``argmap.draft`` is :func:`argmap.drafting.api.draft`.

>>> import argmap
>>> argmap.draft("We must fix the roads. Potholes cost drivers money.").thesis.id
'T1'
"""

from argmap.drafting.api import draft
from argmap.drafting.extractor import Extractor
from argmap.drafting.heuristic import HeuristicExtractor

__all__ = ["Extractor", "HeuristicExtractor", "draft"]
