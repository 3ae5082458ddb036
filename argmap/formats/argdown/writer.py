"""ArgumentMap -> Argdown text that reads well and loads back unchanged.

Layout: the frontmatter holds the source and the map's meta; then every
statement in map order as ``[title]: text #kind {data}``. An inference with
one premise and nothing else to say is a relation below its conclusion
(``+ [E1]``, ``- [CC1]``) or its premise (``+> [C1]``, ``_> <I3>``); every
other inference is an argument ``<I4>`` with a premise-conclusion
structure. Inferences appear in map order. See ``docs/argdown.md``.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Seoul should stay in the pact")
>>> c = b.claim("The pact deters [North Korea]", supports=t)
>>> print(write_argdown(b.build()))
[T1]: Seoul should stay in the pact #thesis
    + [C1]
<BLANKLINE>
[C1]: The pact deters \\[North Korea\\] #claim
<BLANKLINE>
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache
from typing import Any

from argmap.formats.argdown.builder import INFERENCE_KEYS, KIND_KEYS, STATEMENT_KEYS
from argmap.formats.argdown.flow import dump_flow
from argmap.formats.argdown.frontmatter import write_frontmatter
from argmap.model import ArgumentMap, Inference, StatementBase

__all__ = ["escape_text", "write_argdown"]

# The order data keys are written in; a key of a new field goes last.
_KEY_ORDER: tuple[str, ...] = ("by", "type", "citation", "implicit", "accepted", "target")
_KEY_ORDER += ("answered", "confidence", "cue", "note", "ignore")


@cache
def _keys_in_order(kind: str) -> list[tuple[str, str]]:
    """``(data key, field)`` of ``kind``'s plain fields, in the order they are written."""
    rank = {key: n for n, key in enumerate(_KEY_ORDER)}
    return sorted(KIND_KEYS[kind].items(), key=lambda item: rank.get(item[0], len(rank)))


@cache
def _default(cls: type[StatementBase], attr: str) -> Any:
    """The default of a statement field, found once per class and field.

    (pydantic reads a default factory's signature on every ``get_default`` call, which
    made writing a 2,000-statement map take a third of a second; the value is only
    compared, never changed.)
    """
    return cls.model_fields[attr].get_default(call_default_factory=True)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


_SPECIAL = re.compile(r"[\\\[\]<>{}#]|/(?=[/*])")
_LINE_START = frozenset("+-_<>(*#=[{\\ \t")
_TAG = re.compile(r"[\w\-]+\Z")
_BAD_TITLE = re.compile(r"[\[\]<>{}\\\n\r\t\x00-\x1f\x7f-\x9f]")
# Control characters have no Argdown form (and would drive a terminal that shows
# the file): text holding one goes into the data element, where it is escaped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_COMMENT_START = re.compile(r"//|/\*|\A!--")


def _segment(seg: str, *, line_start: bool, last: bool, commas: bool = False) -> str:
    out = _SPECIAL.sub(lambda m: "\\" + m.group(), seg)
    if commas:
        out = out.replace(",", "\\,")
    if out and out[0] != "\\" and (out[0] in " \t" or (line_start and out[0] in _LINE_START)):
        out = "\\" + out
    if last and out and out[-1] in " \t":
        # Escape the final blank unless it is already escaped.
        tail = out[:-1]
        slashes = len(tail) - len(tail.rstrip("\\"))
        if slashes % 2 == 0:
            out = tail + "\\" + out[-1]
    return out


def escape_text(text: str, *, line_start: bool = False, commas: bool = False) -> str:
    """Text as Argdown: special characters escaped, line breaks as ``\\`` + newline.

    >>> escape_text("5 > 3 #1 {x}")
    '5 \\\\> 3 \\\\#1 \\\\{x\\\\}'
    """
    segs = text.split("\n")
    return "\\\n".join(
        _segment(s, line_start=line_start or k > 0, last=k == len(segs) - 1, commas=commas)
        for k, s in enumerate(segs)
    )


def _usable_title(title: str | None) -> bool:
    return (
        title is not None
        and bool(title)
        and title == title.strip()
        and not _BAD_TITLE.search(title)
        and title[0] not in "+-_"  # "<- x>" at the start of a line reads as a relation
        and not _COMMENT_START.search(title)
        and len(title) <= 200
    )


def _tag(tag: str) -> str:
    if _TAG.match(tag):
        return f"#{tag}"
    inner = _SPECIAL.sub(lambda m: "\\" + m.group(), tag)
    return "#(" + re.sub(r"[()\n]", lambda m: "\\" + m.group(), inner) + ")"


def _writable(text: str) -> bool:
    # A carriage return would be lost to line-end normalisation, and other control
    # characters have no Argdown form: such text goes in data.
    return bool(text) and not text.endswith("\n") and not _CONTROL.search(text)


class _Writer:
    def __init__(self, amap: ArgumentMap) -> None:
        self.map = amap
        self.names: dict[str, str] = {}  # id -> Argdown title
        self.sketch = {s.id for s in amap.statements if s.data.get("argument") is True}
        taken = {s.id for s in amap.statements} | {i.id for i in amap.inferences}
        items: list[StatementBase | Inference] = [*amap.statements, *amap.inferences]
        for item in items:
            if _usable_title(item.title) and item.title not in taken:
                assert item.title is not None
                self.names[item.id] = item.title
                taken.add(item.title)
            else:
                self.names[item.id] = item.id
        self.inference_ids = {i.id for i in amap.inferences}

    def ref(self, ident: str) -> str:
        name = self.names[ident]
        if ident in self.inference_ids or ident in self.sketch:
            return f"<{name}>"
        return f"[{name}]"

    # -- which inferences are plain relations --------------------------------------

    def plan(
        self,
    ) -> tuple[dict[str, list[tuple[Inference, bool]]], dict[str, list[Inference]], bool]:
        """Where each inference goes, keeping map order: ``(relations, arguments, in_order)``.

        A plain single-premise inference is a relation under its premise
        (``+> [C]``) or under its conclusion (``+ [P]``); any other is an
        argument block, which may stand after any statement. Walking the
        inferences in map order, each goes to the earliest place not before
        the previous one, so the document lists them in map order.
        """
        amap = self.map
        pos = {s.id: n for n, s in enumerate(amap.statements)}
        undercut = {i.conclusion for i in amap.inferences if i.conclusion in self.inference_ids}

        def simple(i: Inference) -> bool:
            return (
                len(i.premises) == 1
                and i.id not in undercut
                and i.scheme is None
                and i.title is None
                and i.note is None
                and not i.tags
                and not i.ignore
                and i.confidence is None
                and i.cue is None
                and not i.data
                and (i.conclusion in pos or i.polarity == "attack")
            )

        # (block, phase, sequence, inference, incoming): phase 0 relations, 1 arguments.
        placed: list[list[Any]] = []
        cursor = (0, 0)
        for seq, inf in enumerate(amap.inferences):
            spot: tuple[int, int, bool] | None = None
            if simple(inf):
                options = [(pos[inf.premises[0]], 0, False)]
                if inf.conclusion in pos:
                    options.append((pos[inf.conclusion], 0, True))
                feasible = [o for o in options if o[:2] >= cursor]
                spot = min(feasible) if feasible else None
            if spot is None:
                options = [(max(pos[p] for p in inf.premises), 1, False)]
                if inf.conclusion in pos:
                    options.append((pos[inf.conclusion], 1, False))
                feasible = [o for o in options if o[:2] >= cursor]
                spot = min(feasible) if feasible else (cursor[0], 1, False)
            cursor = spot[:2]
            placed.append([spot[0], spot[1], seq, inf, spot[2]])
        # Plain relations get ids I1, I2 ... on reading: keep only those that match.
        used = {s.id for s in amap.statements} | {x[3].id for x in placed if x[1] == 1}
        seen: set[tuple[str, str, str]] = set()
        counter = 1
        for x in placed:
            if x[1] != 0:
                continue
            inf = x[3]
            key = (inf.premises[0], inf.conclusion, inf.polarity)
            while f"I{counter}" in used:
                counter += 1
            if inf.id != f"I{counter}" or key in seen:
                x[1], x[4] = 1, False  # written as an argument instead
            seen.add(key)
            used.add(inf.id)
        placed.sort(key=lambda x: (x[0], x[1], x[2]))
        in_order = [x[2] for x in placed] == list(range(len(placed)))
        relations: dict[str, list[tuple[Inference, bool]]] = {}
        arguments: dict[str, list[Inference]] = {}
        for block, phase, _, inf, incoming in placed:
            sid = amap.statements[block].id
            if phase == 0:
                relations.setdefault(sid, []).append((inf, incoming))
            else:
                arguments.setdefault(sid, []).append(inf)
        return relations, arguments, in_order

    # -- blocks ------------------------------------------------------------------------

    def statement(self, s: StatementBase, with_section: bool) -> str:
        name = self.names[s.id]
        data: dict[str, Any] = {}
        if name != s.id:
            data["id"] = s.id
        elif s.title is not None:
            data["title"] = s.title
        cls = type(s)
        for key, attr in _keys_in_order(s.kind):
            value = getattr(s, attr)
            if value != _default(cls, attr):
                data[key] = value.value if isinstance(value, Enum) else _copy(value)
        if s.spans:
            data["spans"] = [[sp.start, sp.end, sp.quote] for sp in s.spans]
        text = s.text
        if not _writable(text):
            data["text"] = text
            text = _CONTROL.sub("", text).rstrip("\n") or "(see data)"
        user = dict(s.data)
        if with_section:
            user.pop("section", None)
        opener, closer = "[", "]"
        if s.id in self.sketch:
            user.pop("argument")
            opener, closer = "<", ">"
        if any(k in STATEMENT_KEYS for k in user):
            data["data"] = user
        else:
            data.update(user)
        tags = " ".join(_tag(t) for t in [s.kind, *s.tags])
        head = f"{opener}{name}{closer}: {escape_text(text)} {tags}"
        return head + (f" {dump_flow(data)}" if data else "")

    def relation(self, inf: Inference, incoming: bool) -> str:
        if incoming:
            symbol = "+" if inf.polarity == "support" else "-"
            return f"    {symbol} {self.ref(inf.premises[0])}"
        if inf.conclusion in self.inference_ids:
            return f"    _> {self.ref(inf.conclusion)}"
        symbol = "+>" if inf.polarity == "support" else "->"
        return f"    {symbol} {self.ref(inf.conclusion)}"

    def argument(self, inf: Inference) -> str:
        name = self.names[inf.id]
        data: dict[str, Any] = {}
        if name != inf.id:
            data["id"] = inf.id
        elif inf.title is not None:
            data["title"] = inf.title
        note = inf.note
        if note is not None and not _writable(note):
            data["note"] = note
            note = None
        for key in ("cue", "confidence"):
            if getattr(inf, key) is not None:
                data[key] = getattr(inf, key)
        if inf.ignore:
            data["ignore"] = list(inf.ignore)
        scheme = inf.scheme
        if scheme is not None and (not _writable(scheme) or "\n" in scheme):
            data["scheme"] = scheme
            scheme = None
        user = dict(inf.data)
        if any(k in INFERENCE_KEYS for k in user):
            data["data"] = user
        else:
            data.update(user)
        head = f"<{name}>"
        if note is not None:
            head += f": {escape_text(note)}"
        for tag in inf.tags:
            head += f" {_tag(tag)}"
        if data:
            head += f" {dump_flow(data)}"
        lines = [head, ""]
        for n, p in enumerate(inf.premises, 1):
            lines.append(f"({n}) {self.ref(p)}")
        if scheme is not None:
            lines += ["--", escape_text(scheme, line_start=True, commas=True), "--"]
        else:
            lines.append("----")
        k = len(inf.premises) + 1
        target = self.ref(inf.conclusion)
        if inf.conclusion in self.inference_ids:
            lines += [f"({k}) @{target} does not hold. {{placeholder: true}}", f"    _> {target}"]
        elif inf.polarity == "attack":
            lines += [f"({k}) Not @{target}. {{placeholder: true}}", f"    -> {target}"]
        else:
            lines.append(f"({k}) {target}")
        return "\n".join(lines)

    def write(self) -> str:
        relations, arguments, in_order = self.plan()
        amap = self.map
        order = None if in_order else [i.id for i in amap.inferences]
        out = [write_frontmatter(amap.source, amap.meta, order)]
        sections = [s.data.get("section") for s in amap.statements]
        headings = _headings_fit(sections)
        current: Any = None
        for s in amap.statements:
            section = s.data.get("section")
            if headings and isinstance(section, str) and section != current:
                out.append(f"# {escape_text(section)}\n\n")
                current = section
            block = [self.statement(s, headings)]
            block += [self.relation(i, incoming) for i, incoming in relations.get(s.id, [])]
            out.append("\n".join(block) + "\n\n")
            for inf in arguments.get(s.id, []):
                out.append(self.argument(inf) + "\n\n")
        return "".join(out).rstrip("\n") + "\n" if amap.statements or out[0] else ""


def _headings_fit(sections: list[Any]) -> bool:
    started = False
    for section in sections:
        if section is None:
            if started:
                return False
            continue
        if not isinstance(section, str) or not _usable_title(section) or "#" in section:
            return False
        started = True
    return started


def write_argdown(amap: ArgumentMap) -> str:
    """The map as Argdown text (see the module docstring for the layout)."""
    return _Writer(amap).write()
