"""The dialogue layer of AIF: who said what, and where in the text.

In AIF a proposition (I-node) is tied to the locution (L-node) that uttered
it by an illocution (YA-node, e.g. "Asserting"): ``L -> YA -> I``. The
locution names its speaker through ``locutions[].personID`` and
``participants``, or in its own text (``"Speaker: words"``). OVA's xAIF
``text`` marks each locution's words with ``<span id="node{L}">``; stripping
that markup gives the plain source text and each locution's offsets in it.

>>> plain, ranges = strip_markup('<span id="node7" class="x">A &amp; B</span> because<br>C')
>>> plain, ranges
('A & B because\\nC', {'7': (0, 5)})
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

__all__ = ["has_markup", "participant_name", "speaker_in_text", "strip_markup"]

_TAG = re.compile(r"</?(span|br|p|div|b|i|em|strong)\b[^>]*>", re.IGNORECASE)
_BREAKS = frozenset({"br"})
_BLOCKS = frozenset({"p", "div"})


def has_markup(text: str) -> bool:
    """True when ``text`` holds the HTML tags OVA writes (``<span>``, ``<br>`` ...)."""
    return bool(_TAG.search(text))


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self.open: list[str | None] = []
        self.ranges: dict[str, tuple[int, int]] = {}
        self.starts: dict[str, int] = {}

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self._add("\n")
        elif tag == "span":
            ident = dict(attrs).get("id") or ""
            key = ident[4:] if ident.startswith("node") else None
            if key is not None:
                self.starts.setdefault(key, self.size)
            self.open.append(key)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.open:
            key = self.open.pop()
            if key is not None and key in self.starts and key not in self.ranges:
                self.ranges[key] = (self.starts[key], self.size)
        elif tag in _BLOCKS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        self._add(data)


def strip_markup(text: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Plain text of an xAIF ``text`` and the ``(start, end)`` of each ``node{ID}`` span."""
    parser = _Stripper()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts), parser.ranges


def participant_name(participant: dict[str, Any]) -> str | None:
    """``"Firstname Surname"`` of an AIF participant, or ``None`` when it has no name."""
    parts = [participant.get("firstname"), participant.get("surname")]
    name = " ".join(str(p).strip() for p in parts if p not in (None, "") and str(p).strip())
    return name or None


def speaker_in_text(l_text: str) -> str | None:
    """The speaker an L-node's text names (``"Bob: we should"`` -> ``"Bob"``)."""
    head, sep, _ = l_text.partition(": ")
    head = head.strip()
    return head if sep and head and len(head) <= 100 else None
