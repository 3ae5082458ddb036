"""Drafting: from an editorial's prose to a first argument map.

:func:`draft` hands the text to an :class:`Extractor`; the default,
:class:`HeuristicExtractor`, is offline and deterministic and reads the cues
listed in :mod:`argmap.draft.cues`. :class:`~argmap.draft.llm.ChatExtractor`
asks a language model behind an OpenAI-compatible endpoint instead.

``argmap.draft`` names both this package and the function; the package can be
called like the function, so ``argmap.draft(text)`` works whichever of the
two Python's import system left under that name.

>>> import argmap.draft
>>> argmap.draft("We must fix the roads. Potholes cost drivers money.").thesis.id
'T1'
"""

import sys as _sys
import types as _types
from typing import TYPE_CHECKING, Any

from argmap.draft.api import draft
from argmap.draft.extractor import Extractor
from argmap.draft.heuristic import HeuristicExtractor

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["Extractor", "HeuristicExtractor", "draft"]


class _CallablePackage(_types.ModuleType):
    def __call__(self, text: str, **options: Any) -> "ArgumentMap":
        return draft(text, **options)


_sys.modules[__name__].__class__ = _CallablePackage
