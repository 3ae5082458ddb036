"""BRAT standoff annotation, as in the Argument Annotated Essays corpus, read into a map.

An essay is two files: ``essay001.txt`` (the text) and ``essay001.ann``
beside it, one annotation a line, fields separated by tabs:

- ``T3<TAB>Claim 591 714<TAB>through cooperation, ...``: a text-bound unit,
  its type, its character offsets in the text (``a b;c d`` for a unit in
  pieces) and its words;
- ``A1<TAB>Stance T3 For``: an attribute, here whether a claim is for or
  against the major claim;
- ``R1<TAB>supports Arg1:T4 Arg2:T3``: a relation between two units;
- ``#1<TAB>AnnotatorNotes T3<TAB>...``: a note on a unit.

argmap makes every unit a statement with the unit's id, its words as text
and its offsets as spans, kept exactly (the words must be what the text has
there): the first ``MajorClaim`` is the thesis, a later one (the essay
restating it) a claim supporting it with scheme ``restatement``; a ``Claim``
is a claim supporting the thesis (``Stance`` ``For``, an inference with the
attribute's id) or a counterclaim attacking it (``Against``); a ``Premise``
is a premise, or, when it attacks, a rebuttal if it answers the other side
and a counterclaim if it speaks for it. Each ``supports`` or ``attacks``
relation is an inference with the relation's id. Annotator notes become the
statement's ``note``. What argmap has no place for (other unit, relation or
attribute types, events, normalisations) is named in one warning.

>>> text = "Buses help. Nurses ride them at night."
>>> ann = ("T1\\tMajorClaim 0 11\\tBuses help.\\n"
...        "T2\\tPremise 12 38\\tNurses ride them at night.\\n"
...        "R1\\tsupports Arg1:T2 Arg2:T1\\n")
>>> m = from_brat(ann, source_text=text)
>>> [(s.id, s.kind, s.spans[0].start) for s in m.statements]
[('T1', 'thesis', 0), ('T2', 'premise', 12)]
>>> m.inferences[0].premises, m.inferences[0].conclusion
(['T2'], 'T1')
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from argmap.errors import MapValidationError, Problem
from argmap.files import read_text_file
from argmap.formats._left_out import LeftOut
from argmap.formats._validate import build_map
from argmap.formats.text_policy import resolve_text_file
from argmap.model import ArgumentMap

__all__ = ["UNIT_KINDS", "from_brat"]

#: The unit types of the Argument Annotated Essays scheme and what each becomes.
UNIT_KINDS: dict[str, str] = {
    "MajorClaim": "the thesis (the first); a later one restates it, as a claim supporting it",
    "Claim": "a claim supporting the thesis (Stance For) or a counterclaim attacking it (Against)",
    "Premise": "a premise, or a rebuttal/counterclaim when it attacks",
}
_RELATIONS = {"supports": "support", "attacks": "attack"}
_OFFSETS = re.compile(r"^\d+ \d+(;\d+ \d+)*$")


class _Ann:
    """The parsed lines of one ``.ann`` file, with every problem at once."""

    def __init__(self, text: str, source: str | None) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.left = LeftOut()
        self.units: dict[str, tuple[str, list[tuple[int, int]], str, int]] = {}
        self.stances: dict[str, tuple[str, str, int]] = {}
        self.relations: list[tuple[str, str, str, str, int]] = []
        self.notes: dict[str, list[str]] = {}
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                self._line(line, number)

    def _problem(self, message: str, line: int, ref: str | None = None) -> None:
        self.problems.append(Problem(message, ref=ref, line=line))

    def _line(self, line: str, number: int) -> None:
        ident, _, rest = line.partition("\t")
        head, _, tail = rest.partition("\t")
        fields = head.split(" ")
        if not rest:
            self._problem(f"{line[:40]!r} is not a BRAT annotation (ID, tab, annotation)", number)
        elif ident.startswith("T"):
            kind, offsets = fields[0], " ".join(fields[1:])
            if not _OFFSETS.match(offsets):
                self._problem(
                    f"unit {ident}: {offsets!r} are not offsets ('start end')", number, ident
                )
                return
            spans = [(int(a), int(b)) for a, b in (p.split(" ") for p in offsets.split(";"))]
            if ident in self.units:
                self._problem(f"unit {ident} is annotated twice", number, ident)
            elif any(a >= b for a, b in spans):
                self._problem(f"unit {ident}: a span must end after it starts", number, ident)
            elif kind not in UNIT_KINDS:
                self.left.add("unit", "of a type argmap has no place for", f"{ident} ({kind})")
            else:
                self.units[ident] = (kind, spans, tail, number)
        elif ident.startswith("A") or ident.startswith("M"):
            if fields[0] == "Stance" and len(fields) == 3 and fields[2] in ("For", "Against"):
                self.stances[fields[1]] = (fields[2], ident, number)
            else:
                self.left.add("attribute", "argmap has no place for", f"{ident} ({head})")
        elif ident.startswith("R"):
            args = dict(f.partition(":")[::2] for f in fields[1:])
            if fields[0] not in _RELATIONS:
                self.left.add(
                    "relation", "of a type argmap has no place for", f"{ident} ({fields[0]})"
                )
            elif "Arg1" not in args or "Arg2" not in args:
                self._problem(f"relation {ident} needs Arg1:<unit> and Arg2:<unit>", number, ident)
            else:
                self.relations.append((ident, fields[0], args["Arg1"], args["Arg2"], number))
        elif ident.startswith("#") and fields[0] == "AnnotatorNotes" and len(fields) == 2:
            self.notes.setdefault(fields[1], []).append(tail)
        else:
            kinds = {"E": "event", "N": "normalisation", "*": "equivalence", "#": "note"}
            what = kinds.get(ident[:1], "annotation")
            self.left.add(what, "argmap has no place for", f"{ident} (line {number})")

    def check(self, text: str | None) -> None:
        """Units named by relations and attributes exist and match the text; raise if not."""
        for ident, _, arg1, arg2, number in self.relations:
            for arg in (arg1, arg2):
                if arg not in self.units:
                    self._problem(f"relation {ident} names unit {arg!r}, which is not annotated",
                                  number, ident)  # fmt: skip
        for unit, (_, attribute, number) in self.stances.items():
            if unit not in self.units:
                self._problem(f"attribute {attribute} names unit {unit!r}, which is not annotated",
                              number, attribute)  # fmt: skip
        if text is not None:
            for ident, (_, spans, words, number) in self.units.items():
                found = " ".join(text[a:b] for a, b in spans)
                if spans[-1][1] > len(text) or found != words:
                    self._problem(
                        f"unit {ident}: the text has {found[:60]!r} at {spans[0][0]}-"
                        f"{spans[-1][1]}, not {words[:60]!r}; is this the essay's .txt file?",
                        number,
                        ident,
                    )
        if self.problems:
            raise MapValidationError(self.problems, source=self.source)


def _read_text(source: str | None, base: str | Path | None, left: LeftOut) -> str | None:
    """The ``.txt`` file beside the ``.ann`` file, when it is there and may be read."""
    if source is None:
        left.note("the essay's text and the check of the spans against it (no file was named)")
        return None
    folder = Path(base) if base is not None else Path(source).parent
    name = Path(source).with_suffix(".txt").name
    path, refusal = resolve_text_file(folder, name)
    if refusal is not None or not path.is_file():
        left.note(f"the essay's text: {refusal or f'{name} is not beside the .ann file'}")
        return None
    return read_text_file(path, what="essay text")


def from_brat(
    text: str,
    *,
    source: str | None = None,
    base: str | Path | None = None,
    source_text: str | None = None,
) -> ArgumentMap:
    """Read a BRAT ``.ann`` file (Argument Annotated Essays) into a map.

    The essay's text is ``source_text`` or else the ``.txt`` file of the same
    name as ``source`` in ``base`` (what :func:`argmap.load` passes); each
    unit's words must be what the text has at its offsets. A malformed line,
    a relation or attribute naming a unit that is not annotated, or words
    that do not match raise one :class:`~argmap.errors.MapValidationError`
    naming every line concerned.
    """
    ann = _Ann(text, source)
    full = source_text if source_text is not None else _read_text(source, base, ann.left)
    if full is not None and "\r" in full:
        # Offsets count a line break as one character.
        full = full.replace("\r\n", "\n")
    ann.check(full)
    majors = [u for u, (kind, *_) in ann.units.items() if kind == "MajorClaim"]
    thesis = majors[0] if majors else None
    if thesis is None and ann.units:
        ann.left.note("a thesis (the essay has no MajorClaim)")
    inferences: list[dict[str, Any]] = []
    side: dict[str, str] = {}
    for unit, (kind, *_) in ann.units.items():
        if kind == "MajorClaim":
            side[unit] = "pro"
            if unit != thesis:
                inferences.append({"id": f"{unit}.restates", "premises": [unit],
                                   "conclusion": thesis, "scheme": "restatement"})  # fmt: skip
        elif kind == "Claim":
            stance = ann.stances.get(unit)
            if stance is None or thesis is None:
                ann.left.add("claim", "without a stance towards a major claim", unit)
                continue
            against = stance[0] == "Against"
            side[unit] = "con" if against else "pro"
            inferences.append({"id": stance[1], "premises": [unit], "conclusion": thesis,
                               "polarity": "attack" if against else "support"})  # fmt: skip
    for ident, relation, arg1, arg2, _ in ann.relations:
        inferences.append({"id": ident, "premises": [arg1], "conclusion": arg2,
                           "polarity": _RELATIONS[relation]})  # fmt: skip
    kinds = _kinds(ann, thesis, side)
    statements = []
    for unit, (kind, spans, words, _) in ann.units.items():
        st: dict[str, Any] = {"id": unit, "kind": kinds[unit], "text": words,
                              "data": {"brat": {"type": kind}}}  # fmt: skip
        st["spans"] = [
            {"start": a, "end": b, "quote": full[a:b] if full is not None else piece}
            for (a, b), piece in zip(spans, _pieces(words, spans), strict=True)
        ]
        if unit in ann.notes:
            st["note"] = "\n".join(ann.notes[unit])
        statements.append(st)
    lines = {unit: number for unit, (*_, number) in ann.units.items()}
    lines.update({ident: number for ident, *_, number in ann.relations})
    doc: dict[str, Any] = {
        "source": {"text": full},
        "statements": statements,
        "inferences": inferences,
    }

    def locate(loc: tuple[str | int, ...]) -> int | None:
        if len(loc) >= 2 and loc[0] in ("statements", "inferences") and isinstance(loc[1], int):
            return lines.get(str(doc[str(loc[0])][loc[1]]["id"]))
        return None

    amap = build_map(doc, source=source, locate=locate)
    ann.left.warn("BRAT content argmap does not hold", source=source)
    return amap


def _pieces(words: str, spans: list[tuple[int, int]]) -> list[str]:
    """The words of each span of a unit in pieces (BRAT joins them with spaces)."""
    if len(spans) == 1:
        return [words]
    pieces, at = [], 0
    for a, b in spans:
        pieces.append(words[at : at + b - a])
        at += b - a + 1
    return pieces


def _kinds(ann: _Ann, thesis: str | None, side: dict[str, str]) -> dict[str, str]:
    """Each unit's kind: premises that attack are rebuttals or counterclaims by side."""
    targets = {arg1: (relation, arg2) for _, relation, arg1, arg2, _ in ann.relations}
    kinds = {}
    for unit, (kind, *_) in ann.units.items():
        if kind == "MajorClaim":
            kinds[unit] = "thesis" if unit == thesis else "claim"
        elif kind == "Claim":
            kinds[unit] = "counterclaim" if side.get(unit) == "con" else "claim"
        else:
            kinds[unit] = "premise"
    for unit in list(kinds):
        if ann.units[unit][0] != "Premise" or unit not in targets:
            continue
        # Follow the chain of relations up to a claim to learn whose side the premise is on.
        flips, at, seen = 0, unit, set()
        while at in targets and at not in seen:
            seen.add(at)
            relation, at = targets[at]
            flips += relation == "attacks"
        own = side.get(at, "pro")
        mine = own if flips % 2 == 0 else ("con" if own == "pro" else "pro")
        if targets[unit][0] == "attacks":
            kinds[unit] = "rebuttal" if mine == "pro" else "counterclaim"
    return kinds
