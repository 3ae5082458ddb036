"""``argmap.draft``: propose a first argument map from an editorial's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.drafting.heuristic import HeuristicExtractor
from argmap.errors import ArgmapError, ExtractorError, ParseError
from argmap.model import ArgumentMap, Source
from argmap.text import refuse_surrogates

if TYPE_CHECKING:
    from argmap.drafting.extractor import Extractor

__all__ = ["draft"]


def draft(
    text: str,
    *,
    source: Source | None = None,
    extractor: Extractor | None = None,
) -> ArgumentMap:
    """Propose an argument map of ``text``: a draft to correct, not a verdict.

    The default extractor (:class:`~argmap.drafting.heuristic.HeuristicExtractor`)
    works offline from cue words (see :mod:`argmap.drafting.cues`); every
    statement and inference says which ``cue`` produced it and how sure the
    drafter is (``confidence``). ``source`` describes the text (title,
    outlet ...); its ``text`` is set to ``text``. Pass another ``extractor``
    (anything with an ``extract(text, *, source)`` method) to replace it.

    Raises :class:`~argmap.errors.ParseError` for an empty text and
    :class:`~argmap.errors.ExtractorError` when the extractor fails (for the
    default one: a text that is not English).

    >>> import argmap
    >>> m = argmap.draft("Critics say the bridge is too costly. But it will pay for itself "
    ...                  "within ten years. The city should build the bridge.")
    >>> m.thesis.spans[0].quote
    'The city should build the bridge.'
    >>> [(s.id, s.attributed_to) for s in m.of_kind("counterclaim")]
    [('CC1', 'Critics')]
    """
    name = source.title if source is not None and source.title else None
    if not isinstance(text, str):
        raise TypeError(f"draft() takes the text as a str, not {type(text).__name__}")
    if not text.strip():
        raise ParseError("the text is empty: there is nothing to draft", source=name)
    refuse_surrogates(text, name)
    if source is None:
        source = Source(text=text, language="en")
    else:
        source = source.model_copy(update={"text": text, "text_file": None})
    if extractor is None:
        extractor = HeuristicExtractor()
    try:
        result = extractor.extract(text, source=source)
    except ArgmapError:
        raise
    except Exception as exc:  # an extractor's own bug or a dependency's error
        raise ExtractorError(
            f"the extractor {type(extractor).__name__} failed: {type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(result, ArgumentMap):
        raise ExtractorError(
            f"the extractor {type(extractor).__name__} returned "
            f"{type(result).__name__}, not an ArgumentMap"
        )
    return result
