"""The extractor protocol: anything that turns prose into a draft map.

:func:`argmap.draft` hands the text and its :class:`~argmap.model.Source` to
an extractor and checks what comes back. The default is
:class:`~argmap.drafting.heuristic.HeuristicExtractor` (offline, deterministic);
:class:`~argmap.drafting.llm.ChatExtractor` asks a language model. Writing
another takes one method:

>>> from argmap.model import ArgumentMap, Source, Thesis
>>> class FirstSentence:
...     def extract(self, text: str, *, source: Source) -> ArgumentMap:
...         first = text.split(".")[0]
...         return ArgumentMap(source=source, statements=[Thesis(id="T1", text=first)])
>>> isinstance(FirstSentence(), Extractor)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Source

__all__ = ["Extractor"]


@runtime_checkable
class Extractor(Protocol):
    """Proposes an argument map for a text.

    ``extract`` receives the full text and the source it belongs to (its
    ``text`` already set) and returns a map whose spans index that text. It
    raises :class:`~argmap.errors.ExtractorError` when it cannot do its job.
    """

    def extract(self, text: str, *, source: Source) -> ArgumentMap:
        """Return a draft map of ``text``."""
        ...
