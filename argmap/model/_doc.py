"""A map as plain data while it is being edited, and turning it back into a map.

The editor changes a *document* (``ArgumentMap.model_dump()``: dicts and
lists), then validates it into a new map, so an edit never touches the map
it started from. The helpers here find, rename and unhook things in such a
document and turn every failure into one located :class:`EditError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from argmap.errors import EditError
from argmap.model.anchoring import closest_passages, find_quote
from argmap.model.argument_map import SKIP_CROSSREFS, ArgumentMap, find_problems

__all__ = [
    "Doc",
    "build",
    "drop_inferences",
    "find_inference",
    "find_statement",
    "is_numbered",
    "next_id",
    "rename",
    "spans_for",
    "used_ids",
]

Doc = dict[str, Any]
Item = dict[str, Any]
Quote = str | Sequence[str]
SpanOffsets = tuple[int, int]


def used_ids(doc: Doc) -> set[str]:
    """Every statement and inference id of the document."""
    return {s["id"] for s in doc["statements"]} | {i["id"] for i in doc["inferences"]}


def next_id(used: Iterable[str], prefix: str) -> str:
    """``prefix`` followed by one more than the highest number used with it.

    >>> next_id(["C1", "C4", "CC9", "E2"], "C")
    'C5'
    >>> next_id([], "CC")
    'CC1'
    """
    pattern = re.compile(re.escape(prefix) + r"(\d+)")
    numbers = [int(m.group(1)) for u in used if (m := pattern.fullmatch(u))]
    return f"{prefix}{max(numbers, default=0) + 1}"


def is_numbered(ref: str, prefix: str) -> bool:
    """True for an id made of ``prefix`` and a number, like a generated one.

    >>> is_numbered("C12", "C"), is_numbered("CC1", "C"), is_numbered("pact", "C")
    (True, False, False)
    """
    return re.fullmatch(re.escape(prefix) + r"\d+", ref) is not None


#: Where each kind of item is kept in a document, and how a message names one.
_ITEMS = {"statement": ("statements", "a statement"), "inference": ("inferences", "an inference")}


def _find(doc: Doc, ref: str, what: str, other: str) -> tuple[int, Item]:
    """Item ``ref`` among the ``what``s; a located error if it is an ``other`` or absent."""
    for n, item in enumerate(doc[_ITEMS[what][0]]):
        if item["id"] == ref:
            return n, item
    if any(item["id"] == ref for item in doc[_ITEMS[other][0]]):
        raise EditError(f"{ref!r} is {_ITEMS[other][1]}, not {_ITEMS[what][1]}", ref=ref)
    import difflib  # here: only a fuzzy search or a miss needs it

    close = difflib.get_close_matches(ref, sorted(used_ids(doc)), n=3, cutoff=0.5)
    hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
    raise EditError(f"no {what} {ref!r} in the map{hint}", ref=ref)


def find_statement(doc: Doc, ref: str) -> tuple[int, Item]:
    """The index and data of statement ``ref``; a located error when absent."""
    return _find(doc, ref, "statement", "inference")


def find_inference(doc: Doc, ref: str) -> tuple[int, Item]:
    """The index and data of inference ``ref``; a located error when absent."""
    return _find(doc, ref, "inference", "statement")


def rename(doc: Doc, mapping: dict[str, str]) -> None:
    """Apply ``{old: new}`` to every id and every reference to one, at once."""
    if not mapping:
        return
    for s in doc["statements"]:
        s["id"] = mapping.get(s["id"], s["id"])
        if s.get("target") is not None:
            s["target"] = mapping.get(s["target"], s["target"])
    for i in doc["inferences"]:
        i["id"] = mapping.get(i["id"], i["id"])
        i["premises"] = [mapping.get(p, p) for p in i["premises"]]
        i["conclusion"] = mapping.get(i["conclusion"], i["conclusion"])


def drop_inferences(doc: Doc, refs: Iterable[str]) -> list[str]:
    """Remove inferences ``refs`` and, in turn, the undercuts aimed at them.

    Questions about a removed inference lose their ``target``. Returns the
    ids removed, in map order.
    """
    gone = set(refs)
    while True:
        more = {i["id"] for i in doc["inferences"] if i["conclusion"] in gone} - gone
        if not more:
            break
        gone |= more
    removed = [i["id"] for i in doc["inferences"] if i["id"] in gone]
    doc["inferences"] = [i for i in doc["inferences"] if i["id"] not in gone]
    for s in doc["statements"]:
        if s.get("target") in gone:
            s["target"] = None
    return removed


def build(doc: Doc) -> ArgumentMap:
    """Validate ``doc`` into a new map, or raise one :class:`EditError` naming the id."""
    try:
        amap = ArgumentMap.model_validate(doc, context={SKIP_CROSSREFS: True})
    except ValidationError as exc:
        raise _from_validation_error(exc, doc) from None
    problems = find_problems(amap)
    if problems:
        first = problems[0]
        message = "; ".join(p.message for p in problems if p.ref == first.ref)
        raise EditError(message, ref=first.ref)
    return amap


def _from_validation_error(exc: ValidationError, doc: Doc) -> EditError:
    err = exc.errors(include_url=False)[0]
    loc = tuple(err["loc"])
    ref: str | None = None
    field = ".".join(str(p) for p in loc)
    if len(loc) >= 2 and loc[0] in ("statements", "inferences") and isinstance(loc[1], int):
        items = doc[str(loc[0])]
        if loc[1] < len(items):
            ref = str(items[loc[1]].get("id"))
        # Drop the list position and, for statements, the kind pydantic adds.
        rest = [p for p in loc[2:] if not (loc[0] == "statements" and p == _kind_at(doc, loc))]
        field = ".".join(str(p) for p in rest)
    message = str(err["msg"])
    if err["type"] == "string_pattern_mismatch":
        message = f"{err['input']!r} is not a valid id: use letters, digits and _ . : - (no spaces)"
    return EditError(f"{field}: {message}" if field else message, ref=ref)


def _kind_at(doc: Doc, loc: tuple[Any, ...]) -> Any:
    items = doc["statements"]
    return items[loc[1]].get("kind") if loc[1] < len(items) else None


def spans_for(
    text: str | None,
    ref: str,
    *,
    quote: Quote | None,
    span: SpanOffsets | None,
    near: int = 0,
) -> list[Item]:
    """The spans of statement ``ref``: its ``quote`` (or quotes) found in ``text``, or ``span``.

    >>> spans_for("We must act.", "T1", quote="WE MUST", span=None)
    [{'start': 0, 'end': 7, 'quote': 'We must'}]
    """
    if quote is not None and span is not None:
        raise EditError("give quote= or span=, not both", ref=ref)
    if quote is None and span is None:
        return []
    if text is None:
        raise EditError(
            "the map has no source text to anchor to; set source.text or leave quote= out",
            ref=ref,
        )
    if span is not None:
        return [_span_at(text, span, ref)]
    quotes = [quote] if isinstance(quote, str) else list(quote or [])
    return [_span_of(text, q, ref, near) for q in quotes]


def _span_of(text: str, quote: str, ref: str, near: int) -> Item:
    found = find_quote(text, quote, near=near)
    if found is None:
        raise EditError(
            f"quote {quote!r} is not in the source text, even ignoring case, quote marks "
            "and spacing",
            ref=ref,
            quote=quote,
            suggestions=closest_passages(text, quote),
        )
    start, end = found
    return {"start": start, "end": end, "quote": text[start:end]}


def _span_at(text: str, offsets: SpanOffsets, ref: str) -> Item:
    start, end = offsets
    if not 0 <= start < end <= len(text):
        raise EditError(
            f"span {start}-{end} is not inside the text (0-{len(text)}, start before end)",
            ref=ref,
        )
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise EditError(f"span {offsets[0]}-{offsets[1]} holds only whitespace", ref=ref)
    return {"start": start, "end": end, "quote": text[start:end]}
