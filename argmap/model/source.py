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
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    quote: str = Field(min_length=1, description="The exact words of the source.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"span end ({self.end}) must be after its start ({self.start})")
        return self


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
