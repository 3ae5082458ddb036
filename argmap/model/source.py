"""The editorial a map is drawn from, and spans that anchor statements to it."""

from __future__ import annotations

import datetime as _dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Source", "Span"]


class Span(BaseModel):
    """A stretch of the source text: character offsets plus the quoted words.

    ``start`` and ``end`` are Python string offsets into ``Source.text``
    (``text[start:end] == quote``). The quote lets a span be found again when
    the offsets drift, for example after the text is re-encoded.

    >>> Span(start=4, end=9, quote="quick")
    Span(start=4, end=9, quote='quick')

    A span may also be given by its quote alone: the map fills in the offsets
    (and the text's exact words) when it has the source text. Without the
    text the span stays unanchored, ``start`` and ``end`` are ``None``, and
    it is written back as a quote alone.

    >>> Span(quote="quick").is_anchored
    False
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    start: int | None = Field(
        default=None, ge=0, description="Offset of the first character (unset: not anchored yet)."
    )
    end: int | None = Field(
        default=None, ge=0, description="Offset one past the last character (unset with start)."
    )
    quote: str = Field(min_length=1, description="The exact words of the source.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if (self.start is None) != (self.end is None):
            raise ValueError("give a span both start and end, or neither (its quote alone)")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(f"span end ({self.end}) must be after its start ({self.start})")
        return self

    @property
    def is_anchored(self) -> bool:
        """True when the span has offsets into the source text."""
        return self.start is not None

    @property
    def offsets(self) -> tuple[int, int] | None:
        """``(start, end)``, or ``None`` for a span known only by its quote.

        >>> Span(start=4, end=9, quote="quick").offsets
        (4, 9)
        """
        if self.start is None or self.end is None:
            return None
        return self.start, self.end


class Source(BaseModel):
    """The editorial (or any opinion piece) a map describes.

    ``text`` is its full text when the map carries it; ``text_file`` names a
    file holding it instead, relative to the map file, so a map can anchor
    to a text it does not copy. :func:`argmap.load` reads that file when it
    exists.

    >>> Source(title="End of the pact", outlet="The Daily", language="en").title
    'End of the pact'
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    language: str | None = None
    text: str | None = Field(default=None, description="The full text of the source.")
    text_file: str | None = Field(
        default=None, description="Path of a file with the full text, relative to the map file."
    )
