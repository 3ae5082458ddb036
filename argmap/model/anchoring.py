"""Finding a span's words in the source text again.

>>> text = "Seoul ended the pact. Tokyo regretted it."
>>> find_quote(text, "Tokyo regretted", near=0)
(22, 37)
>>> find_quote(text, "Beijing", near=0) is None
True
"""

from __future__ import annotations

__all__ = ["find_quote"]


def find_quote(text: str, quote: str, *, near: int = 0) -> tuple[int, int] | None:
    """Return the ``(start, end)`` of the occurrence of ``quote`` nearest ``near``.

    Returns ``None`` when the quote does not occur in ``text``.
    """
    if not quote:
        return None
    best: int | None = None
    pos = text.find(quote)
    while pos != -1:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        if pos > near:
            break
        pos = text.find(quote, pos + 1)
    if best is None:
        return None
    return best, best + len(quote)
