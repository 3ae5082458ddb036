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
from html import unescape
from typing import Any

__all__ = ["has_markup", "participant_name", "speaker_in_text", "strip_markup"]

_TAG = re.compile(r"</?(span|br|p|div|b|i|em|strong)\b[^>]*>", re.IGNORECASE)
_BREAKS = frozenset({"br"})
_BLOCKS = frozenset({"p", "div"})


def has_markup(text: str) -> bool:
    """True when ``text`` holds the HTML tags OVA writes (``<span>``, ``<br>`` ...)."""
    return bool(_TAG.search(text))


# A tag ends at the first ">" and holds no "<" (OVA writes no ">" inside attribute
# values), so the scan stays linear on hostile text; a comment ends at "-->".
_MARKUP = re.compile(r"<!--|<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>")
_NODE_ID = re.compile(r"""\bid\s*=\s*(?:"node([^"]*)"|'node([^']*)'|node([^\s>]*))""", re.I)


class _Plain:
    """The plain text being built, with the offsets of each ``node{ID}`` span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.ranges: dict[str, tuple[int, int]] = {}
        self.starts: dict[str, int] = {}
        self.open: list[str | None] = []

    def add(self, data: str) -> None:
        self.parts.append(data)
        self.size += len(data)

    def tag(self, closing: bool, tag: str, attrs: str) -> None:
        if tag in _BREAKS and not closing:
            self.add("\n")
        elif tag == "span" and not closing:
            found = _NODE_ID.search(attrs)
            key = next((g for g in found.groups() if g is not None), None) if found else None
            if key is not None:
                self.starts.setdefault(key, self.size)
            if not attrs.rstrip().endswith("/"):
                self.open.append(key)
        elif tag == "span" and self.open:
            key = self.open.pop()
            if key is not None and key in self.starts and key not in self.ranges:
                self.ranges[key] = (self.starts[key], self.size)
        elif tag in _BLOCKS and closing:
            self.add("\n")


def strip_markup(text: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Plain text of an xAIF ``text`` and the ``(start, end)`` of each ``node{ID}`` span.

    Tags are dropped (``<br>`` and the end of a ``<p>`` or ``<div>`` become a
    line break), comments too, and character references are decoded.
    """
    out = _Plain()
    at = pos = 0
    unclosed = False  # once a comment has no end, none after it has one either
    while (m := _MARKUP.search(text, pos)) is not None:
        end = m.end()
        if m.group(0) == "<!--":
            close = -1 if unclosed else text.find("-->", end)
            if close < 0:
                unclosed = True
                pos = end  # not a comment after all: its text stays
                continue
            end = close + 3
        if m.start() > at:
            out.add(unescape(text[at : m.start()]))
        at = pos = end
        if m.group(2):
            out.tag(m.group(1) == "/", m.group(2).lower(), m.group(3))
    if at < len(text):
        out.add(unescape(text[at:]))
    return "".join(out.parts), out.ranges


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
