"""Kialo's plain-text discussion export, read into a map.

Kialo exports a discussion as an outline, one claim a numbered line (lines
may be indented by depth, and a claim may run on over several lines)::

    Discussion Title: Should the city keep its night buses?

    1. The city should keep its night buses.
    1.1. Pro: Nurses finish their shifts at three.
    1.1.1. Con: Few nurses live on a bus route.
    1.2. Con: The buses run almost empty.
    1.2.1. Pro: -> See 1.1.1.

The number says where a claim hangs: ``1.2.1`` bears on ``1.2``. ``1.`` is
the thesis; ``Pro:`` supports the claim above, ``Con:`` attacks it; ``->
See 1.1.1.`` links a claim made elsewhere, which then bears on this parent
too. argmap makes every claim a statement whose id is its number, every Pro
or Con an inference ``<number>-<parent>`` (a link gives the linked claim a
further inference), and reads the kinds from the structure: the thesis, then
claims and premises on its side, counterclaims and rebuttals against.

>>> m = from_kialo("Discussion Title: Buses?\\n\\n1. Keep buses.\\n1.1. Pro: Nurses ride.\\n")
>>> [(s.id, s.kind, s.text) for s in m.statements]
[('1', 'thesis', 'Keep buses.'), ('1.1', 'premise', 'Nurses ride.')]
>>> [(i.id, i.premises, i.conclusion, i.polarity) for i in m.inferences]
[('1.1-1', ['1.1'], '1', 'support')]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from argmap.errors import ParseError
from argmap.formats._left_out import LeftOut
from argmap.formats._validate import build_map
from argmap.formats.aif import guess_kinds
from argmap.model import ArgumentMap

__all__ = ["from_kialo"]

_TITLE = re.compile(r"^\s*Discussion (?:Title|Name):\s*(.*)$", re.IGNORECASE)
_CLAIM = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?[ \t]+(?:(Pro|Con)\s*:\s*)?(.*)$", re.IGNORECASE)
_LINK = re.compile(r"^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$", re.IGNORECASE)


class _Claim:
    def __init__(self, number: str, label: str | None, text: str, line: int) -> None:
        self.number = number
        self.label = label.lower() if label else None
        self.lines = [text]
        self.line = line

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()

    @property
    def parent(self) -> str | None:
        head, dot, _ = self.number.rpartition(".")
        return head if dot else None


def _claims(text: str, source: str | None) -> tuple[str | None, list[_Claim]]:
    title: str | None = None
    claims: list[_Claim] = []
    seen: dict[str, int] = {}
    name = source or "<string>"
    for number, line in enumerate(text.splitlines(), 1):
        heading = _TITLE.match(line)
        if heading and not claims:
            title = heading.group(1).strip() or None
            continue
        found = _CLAIM.match(line)
        if found:
            ident, label, words = found.groups()
            if ident in seen:
                raise ParseError(
                    f"claim {ident} is numbered twice (first on line {seen[ident]})",
                    source=name,
                    line=number,
                )
            seen[ident] = number
            claims.append(_Claim(ident, label, words, number))
        elif claims:
            claims[-1].lines.append(line.strip())
        elif line.strip():
            raise ParseError(
                f"{line.strip()[:40]!r} is not a Kialo export line: expected 'Discussion Title:' "
                "or a numbered claim ('1. ...')",
                source=name,
                line=number,
            )
    if not claims:
        raise ParseError(
            "not a Kialo export: there is no numbered claim ('1. ...')", source=name, line=1
        )
    return title, claims


def from_kialo(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Read Kialo's text export of a discussion into a map.

    ``source`` names the file in errors; ``base`` is accepted for the common
    reader signature. A line that is neither the title, a numbered claim nor
    the continuation of one, a number given twice, or a claim whose parent
    is missing raise a :class:`~argmap.errors.ParseError` with the line; a
    link to a claim that is not there and a claim that is neither Pro nor Con
    are named in one :class:`~argmap.errors.ArgmapWarning`.
    """
    name = source or "<string>"
    title, claims = _claims(text, source)
    left = LeftOut()
    numbers = {c.number: c for c in claims}
    # A link line stands for the claim it links: follow links to a claim.
    linked = {c.number: m.group(1) for c in claims if (m := _LINK.match(c.text))}

    def claim_of(number: str) -> str | None:
        seen = set()
        while number in linked and number not in seen:
            seen.add(number)
            number = linked[number]
        return number if number in numbers and number not in linked else None

    statements: list[dict[str, Any]] = []
    inferences: list[dict[str, Any]] = []
    for claim in claims:
        parent = claim.parent
        if parent is not None and parent not in numbers:
            raise ParseError(
                f"claim {claim.number} hangs under {parent}, which is not in the export",
                source=name,
                line=claim.line,
            )
        premise = claim_of(claim.number)
        if premise is None:
            left.add(
                "link", "leading to no claim (a missing number or a circle of links)", claim.number
            )
            continue
        if claim.number not in linked:
            st: dict[str, Any] = {"id": claim.number, "text": claim.text or "(no text)"}
            if parent is None:
                st["kind"] = "thesis"
            statements.append(st)
        if parent is None:
            continue
        conclusion = claim_of(parent)
        if claim.label is None:
            left.add("claim", "marked neither Pro nor Con (left unconnected)", claim.number)
        elif conclusion is None or conclusion == premise:
            left.add("link", "to the claim it hangs under", claim.number)
        else:
            inferences.append(
                {
                    "id": f"{claim.number}-{parent}",
                    "premises": [premise],
                    "conclusion": conclusion,
                    "polarity": "support" if claim.label == "pro" else "attack",
                }
            )
    guess_kinds(statements, inferences)
    doc = {"source": {"title": title}, "statements": statements, "inferences": inferences}
    lines = {c.number: c.line for c in claims}

    def locate(loc: tuple[str | int, ...]) -> int | None:
        if len(loc) >= 2 and loc[0] == "statements" and isinstance(loc[1], int):
            return lines.get(statements[loc[1]]["id"])
        if len(loc) >= 2 and loc[0] == "inferences" and isinstance(loc[1], int):
            return lines.get(str(inferences[loc[1]]["id"]).split("-")[0])
        return None

    amap = build_map(doc, source=source, locate=locate)
    left.warn("Kialo content argmap does not hold", source=source)
    return amap
