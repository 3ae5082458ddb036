"""Checks on text that arrives as a Python string rather than from a file.

>>> refuse_surrogates("plain text", "notes.txt")
>>> refuse_surrogates("bad \\udce9 byte", "notes.txt")
Traceback (most recent call last):
...
argmap.errors.ParseError: notes.txt:1:5: the text holds a lone surrogate (U+DCE9), ...
"""

from __future__ import annotations

from argmap.errors import ParseError

__all__ = ["refuse_surrogates"]


def refuse_surrogates(text: str, source: str | None) -> None:
    """A lone surrogate (from a bad decode) is not text: refuse it where it is.

    Files are decoded strictly, so only strings built in Python can hold one;
    the YAML and Argdown readers would otherwise fail deep inside.
    """
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        column = exc.start - (text.rfind("\n", 0, exc.start) + 1) + 1
        raise ParseError(
            f"the text holds a lone surrogate (U+{ord(text[exc.start]):04X}), which is not "
            "Unicode text; decode the input with errors='replace' or fix its encoding",
            source=source or "<string>",
            line=line,
            column=column,
        ) from None
