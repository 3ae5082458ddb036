"""The exceptions argmap raises.

Every exception argmap raises on purpose derives from :class:`ArgmapError`, so
``except argmap.ArgmapError`` catches them all. Each also derives from the
builtin that fits it, so code that already catches ``ValueError`` or
``RuntimeError`` keeps working::

    ArgmapError                      root of the tree
    ├── ParseError(ValueError)       a file or text is not well formed (has line/column)
    ├── MapValidationError(ValueError)
    │                                a well-formed map breaks the model's rules
    ├── EditError(ValueError)        an edit of a map cannot be made (names the id or quote)
    ├── UnknownIdError(KeyError)     an id given to a function is not in the map
    ├── FormatError(ValueError)      unknown format, suffix or option for a format
    ├── FrameworkError(ValueError)   an argumentation framework is malformed
    ├── ConfigError(ValueError)      bad [tool.argmap] settings or unknown check codes
    ├── RenderError(RuntimeError)    Graphviz is missing, failed or timed out
    └── ExtractorError(RuntimeError) a drafting extractor failed or answered badly

    ArgmapWarning(UserWarning)       something was dropped or guessed, not fatal

Findings of :func:`argmap.check` are returned as data, never raised.

Messages echo what the user wrote, and a map is untrusted: each line of a
message is cut at :data:`MAX_LINE` characters (saying how much was left out),
and a :class:`MapValidationError` lists at most :data:`MAX_LISTED` problems
(saying how many more there are), so a hostile file cannot flood a terminal.

>>> from argmap.errors import ParseError
>>> err = ParseError("expected ':'", source="map.yaml", line=3, column=7)
>>> str(err)
"map.yaml:3:7: expected ':'"
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "MAX_LINE",
    "MAX_LISTED",
    "ArgmapError",
    "ArgmapWarning",
    "ConfigError",
    "EditError",
    "ExtractorError",
    "FormatError",
    "FrameworkError",
    "MapValidationError",
    "ParseError",
    "Problem",
    "RenderError",
    "UnknownIdError",
    "shorten",
]

#: The longest line of an error or warning message, in characters.
MAX_LINE = 1000

#: How many problems the message of a :class:`MapValidationError` lists.
MAX_LISTED = 10


def shorten(text: str, limit: int = MAX_LINE) -> str:
    """``text`` cut at ``limit`` characters, saying how many were left out.

    >>> shorten("x" * 5000, 10)
    'xxxxxxxxxx… (4,990 more characters)'
    >>> shorten("short", 10)
    'short'
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters)"


def _capped(message: object) -> object:
    if not isinstance(message, str) or len(message) <= MAX_LINE:
        return message
    return "\n".join(shorten(line) for line in message.split("\n"))


def _where(source: str | None, line: int | None, column: int | None) -> str:
    parts = [p for p in (source, line, column) if p is not None]
    return ":".join(str(p) for p in parts)


class ArgmapError(Exception):
    """Root of every error argmap raises on purpose.

    Each line of the message is cut at :data:`MAX_LINE` characters.

    >>> len(str(ArgmapError("unknown kind " + "z" * 10**6))) < 1100
    True
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(_capped(a) for a in args[:1]), *args[1:])


class ParseError(ArgmapError, ValueError):
    """A file or text is not well formed.

    ``source`` names the file (or ``"<string>"``), ``line`` and ``column`` are
    1-based when known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        where = _where(source, line, column)
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a map, located as precisely as argmap can.

    ``ref`` is the id of the statement or inference concerned (when there is
    one), ``loc`` the path inside the map document (``("statements", 3,
    "spans", 0)``), ``line`` the 1-based line in the file when known.

    >>> str(Problem("duplicate id 'C1'", ref="C1", line=12))
    "line 12: C1: duplicate id 'C1'"
    """

    message: str
    ref: str | None = None
    loc: tuple[str | int, ...] = field(default=())
    line: int | None = None

    def __str__(self) -> str:
        head = []
        if self.line is not None:
            head.append(f"line {self.line}")
        if self.ref is not None:
            head.append(self.ref)
        elif self.loc:
            head.append(".".join(str(p) for p in self.loc))
        return ": ".join([*head, self.message])


class MapValidationError(ArgmapError, ValueError):
    """A map breaks the model's rules; ``problems`` lists the ones found.

    ``total`` is how many problems there are; a reader that stops collecting
    after many (a hostile file can hold millions) passes the first ones as
    ``problems`` and the count as ``total``. The message lists at most
    :data:`MAX_LISTED` of them.

    >>> err = MapValidationError([Problem("unknown premise 'X'", ref="I1")], source="m.yaml")
    >>> print(err)
    m.yaml: 1 problem in the map:
      I1: unknown premise 'X'
    >>> many = [Problem("not a mapping", loc=("statements", n)) for n in range(12)]
    >>> print(MapValidationError(many, total=3_000_000))  # doctest: +ELLIPSIS
    3,000,000 problems in the map:
      statements.0: not a mapping
    ...
      statements.9: not a mapping
      and 2,999,990 more
    """

    def __init__(
        self,
        problems: Sequence[Problem],
        *,
        source: str | None = None,
        total: int | None = None,
    ) -> None:
        self.problems = list(problems)
        self.source = source
        self.total = max(total or 0, len(self.problems))
        n = self.total
        head = f"{n:,} problem{'s' if n != 1 else ''} in the map:"
        if source:
            head = f"{source}: {head}"
        lines = [f"  {p}" for p in self.problems[:MAX_LISTED]]
        if n > len(lines):
            lines.append(f"  and {n - len(lines):,} more")
        super().__init__("\n".join([head, *lines]))


class EditError(ArgmapError, ValueError):
    """An edit of a map cannot be made; the map is left as it was.

    ``ref`` is the id of the statement or inference concerned (when there is
    one). When a quote is not found in the source text, ``quote`` holds it and
    ``suggestions`` the closest passages of the text, best first.

    >>> err = EditError("no statement 'C9'", ref="C9")
    >>> str(err), err.suggestions
    ("C9: no statement 'C9'", [])
    >>> err = EditError("quote not found", quote="Tokio", suggestions=["Tokyo"])
    >>> print(err)
    quote not found; did you mean 'Tokyo'?
    """

    def __init__(
        self,
        message: str,
        *,
        ref: str | None = None,
        quote: str | None = None,
        suggestions: Sequence[str] = (),
    ) -> None:
        self.message = message
        self.ref = ref
        self.quote = quote
        self.suggestions = list(suggestions)
        text = f"{ref}: {message}" if ref else message
        if self.suggestions:
            options = " or ".join(repr(s) for s in self.suggestions)
            text = f"{text}; did you mean {options}?"
        super().__init__(text)


class UnknownIdError(ArgmapError, KeyError):
    """An id given to a function (``ids=``, ``highlight=``) is not in the map.

    Also a :class:`KeyError`, as a failed lookup; unlike one, its message
    reads as a sentence. ``ids`` holds the unknown ids.

    >>> err = UnknownIdError("no statement 'C9' in the map", ids=["C9"])
    >>> str(err), err.ids, isinstance(err, KeyError)
    ("no statement 'C9' in the map", ['C9'], True)
    """

    def __init__(self, message: str, *, ids: Sequence[str] = ()) -> None:
        self.ids = list(ids)
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class FormatError(ArgmapError, ValueError):
    """An unknown format or suffix, or an option a format does not take."""


class ConfigError(ArgmapError, ValueError):
    """Bad ``[tool.argmap]`` settings, or a check code argmap does not know."""


class FrameworkError(ArgmapError, ValueError):
    """An abstract argumentation framework is malformed or cannot be written as asked."""


class RenderError(ArgmapError, RuntimeError):
    """Graphviz could not draw the map: missing binary, failure or timeout.

    ``missing`` is true when the Graphviz program is not installed (rather
    than failing or running out of time), so a page can say what to do.
    """

    def __init__(self, message: str, *, missing: bool = False) -> None:
        self.missing = missing
        super().__init__(message)


class ExtractorError(ArgmapError, RuntimeError):
    """A drafting extractor failed, or answered with something unusable."""


class ArgmapWarning(UserWarning):
    """Something was dropped or guessed (a lossy export, an unknown construct).

    Each line of the message is cut at :data:`MAX_LINE` characters, as for errors.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(_capped(a) for a in args[:1]), *args[1:])
