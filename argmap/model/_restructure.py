"""The editor's structural operations on a map document: remove, link, merge,
split and renumber. Each works in place on plain data (see :mod:`._doc`) and
raises a located :class:`EditError` before changing anything it cannot do.
"""

from __future__ import annotations

import copy
import math

from argmap.errors import EditError
from argmap.model._doc import (
    Doc,
    Item,
    drop_inferences,
    find_statement,
    next_id,
    rename,
    used_ids,
)
from argmap.model.anchoring import closest_passages, find_quote
from argmap.model.statements import ID_PREFIXES

__all__ = ["check_link", "find_any", "merge", "remove_statement", "renumbering", "split"]


def find_any(doc: Doc, ref: str) -> Item:
    """The statement or inference ``ref``; a located error when there is neither."""
    for x in (*doc["statements"], *doc["inferences"]):
        if x["id"] == ref:
            found: Item = x
            return found
    return find_statement(doc, ref)[1]  # raises, with "did you mean"


def _signature(inf: Item) -> tuple[tuple[str, ...], str, str]:
    return tuple(sorted(inf["premises"])), inf["conclusion"], inf["polarity"]


def remove_statement(doc: Doc, ref: str, *, reattach: bool) -> list[str]:
    """Remove statement ``ref``; returns the ids of the inferences that went with it."""
    before = [i["id"] for i in doc["inferences"]]
    outgoing = [i for i in doc["inferences"] if ref in i["premises"]]
    used = used_ids(doc)
    kept: list[Item] = []
    moved: set[int] = set()  # id() of the repointed inferences
    for inf in doc["inferences"]:
        if inf["conclusion"] == ref:
            if reattach and inf["polarity"] == "support":
                repointed = _repointed(inf, outgoing, used)
                moved.update(id(x) for x in repointed)
                kept.extend(repointed)
            continue
        if ref in inf["premises"]:
            inf["premises"] = [p for p in inf["premises"] if p != ref]
            if not inf["premises"]:
                continue
        kept.append(inf)
    # A repointed inference that says what another already says is not added.
    seen = {_signature(i) for i in kept if id(i) not in moved}
    out = []
    for inf in kept:
        if id(inf) in moved:
            if _signature(inf) in seen:
                continue
            seen.add(_signature(inf))
        out.append(inf)
    doc["inferences"] = out
    doc["statements"] = [s for s in doc["statements"] if s["id"] != ref]
    for s in doc["statements"]:
        if s.get("target") == ref:
            s["target"] = None
    alive = {i["id"] for i in doc["inferences"]}
    drop_inferences(doc, [b for b in before if b not in alive])
    alive = {i["id"] for i in doc["inferences"]}
    return [b for b in before if b not in alive]


def _repointed(inf: Item, outgoing: list[Item], used: set[str]) -> list[Item]:
    # ``inf`` supports the removed statement: it now bears on what that statement did.
    out: list[Item] = []
    for b in outgoing:
        target = b["conclusion"]
        if target in inf["premises"] or target == inf["id"]:
            continue
        moved = copy.deepcopy(inf)
        moved.update(conclusion=target, polarity=b["polarity"])
        if out:
            moved["id"] = next_id(used, "I")
            used.add(moved["id"])
        out.append(moved)
    return out


def check_link(doc: Doc, premises: list[str], conclusion: str, polarity: str) -> None:
    """Raise a located error unless ``premises -> conclusion`` may be added."""
    if polarity not in ("support", "attack"):
        raise EditError(f"polarity is 'support' or 'attack', not {polarity!r}", ref=conclusion)
    if not premises:
        raise EditError("an inference needs at least one premise", ref=conclusion)
    inference_ids = {i["id"] for i in doc["inferences"]}
    for p in premises:
        if p in inference_ids:
            raise EditError(
                f"{p!r} is an inference and cannot be a premise; to attack it, use it "
                "as the conclusion with polarity='attack'",
                ref=p,
            )
        find_statement(doc, p)
    repeated = sorted({p for p in premises if premises.count(p) > 1})
    if repeated:
        raise EditError(f"premise {repeated[0]!r} is listed twice", ref=repeated[0])
    find_any(doc, conclusion)
    if conclusion in premises:
        raise EditError(
            f"{conclusion!r} cannot be both a premise and the conclusion", ref=conclusion
        )
    if conclusion in inference_ids and polarity != "attack":
        raise EditError(
            f"{conclusion!r} is an inference: only an attack (an undercut) can target it; "
            "pass polarity='attack'",
            ref=conclusion,
        )
    sig = (tuple(sorted(premises)), conclusion, polarity)
    for inf in doc["inferences"]:
        if _signature(inf) == sig:
            raise EditError(
                f"{inf['id']} already links these premises to {conclusion}", ref=inf["id"]
            )


def merge(doc: Doc, keep: str, fold: str) -> list[str]:
    """Fold statement ``fold`` into ``keep``; returns the ids of inferences removed."""
    before = [i["id"] for i in doc["inferences"]]
    _, k = find_statement(doc, keep)
    _, f = find_statement(doc, fold)
    k["spans"] = k["spans"] + [sp for sp in f["spans"] if sp not in k["spans"]]
    k["tags"] = list(dict.fromkeys([*k["tags"], *f["tags"]]))
    doc["statements"] = [s for s in doc["statements"] if s["id"] != fold]
    touched = {
        i["id"] for i in doc["inferences"] if fold in i["premises"] or i["conclusion"] == fold
    }
    rename(doc, {fold: keep})
    loops = []
    for inf in doc["inferences"]:
        inf["premises"] = list(dict.fromkeys(inf["premises"]))
        if inf["conclusion"] in inf["premises"]:
            loops.append(inf["id"])
    drop_inferences(doc, loops)
    # Inferences the merge made say the same thing become one; what aimed at
    # the later one aims at the first. Repeats the map had already stay.
    while True:
        first: dict[tuple[tuple[str, ...], str, str], str] = {}
        repeats: dict[str, str] = {}
        for inf in doc["inferences"]:
            sig = _signature(inf)
            if sig in first and (inf["id"] in touched or first[sig] in touched):
                repeats[inf["id"]] = first[sig]
            else:
                first.setdefault(sig, inf["id"])
        if not repeats:
            break
        touched |= {i["id"] for i in doc["inferences"] if i["conclusion"] in repeats}
        doc["inferences"] = [i for i in doc["inferences"] if i["id"] not in repeats]
        rename(doc, repeats)
    alive = {i["id"] for i in doc["inferences"]}
    return [b for b in before if b not in alive]


def split(doc: Doc, ref: str, at: str | int, new: str) -> None:
    """Cut statement ``ref`` where ``at`` starts; the second part becomes statement ``new``."""
    n, item = find_statement(doc, ref)
    spans = item["spans"]
    if not spans:
        raise EditError(f"{ref} has no spans to split; give it a quote first", ref=ref)
    k, cut = _cut(spans, ref, at)
    first_spans = [*spans[:k]]
    second_spans = [*spans[k + 1 :]]
    sp = spans[k]
    head, tail = sp["quote"][:cut].rstrip(), sp["quote"][cut:]
    lead = len(tail) - len(tail.lstrip())
    tail = tail.lstrip()
    if head:
        first_spans.append(_part(sp, 0, head))
    if tail:
        second_spans.insert(0, _part(sp, cut + lead, tail))
    if not first_spans or not second_spans:
        raise EditError(f"splitting {ref} at {at!r} would leave one part empty", ref=ref)
    item["spans"] = first_spans
    words = " ".join(" ".join(s["quote"].split()) for s in second_spans)
    part: Item = {"id": new, "kind": item["kind"], "text": words, "spans": second_spans}
    for key in ("attributed_to", "tags", "evidence_type", "citation"):
        if key in item:
            part[key] = copy.deepcopy(item[key])
    doc["statements"].insert(n + 1, part)


def _part(span: Item, offset: int, quote: str) -> Item:
    start = None if span["start"] is None else span["start"] + offset
    end = None if start is None else start + len(quote)
    return {"start": start, "end": end, "quote": quote}


def _cut(spans: list[Item], ref: str, at: str | int) -> tuple[int, int]:
    # (index of the span cut, offset inside its quote)
    if isinstance(at, int):
        for k, sp in enumerate(spans):
            if sp["start"] is not None and sp["start"] <= at < sp["end"]:
                return k, at - sp["start"]
        where = ", ".join(f"{s['start']}-{s['end']}" for s in spans if s["start"] is not None)
        raise EditError(
            f"offset {at} is not inside {ref}'s spans ({where or 'none anchored'})", ref=ref
        )
    for k, sp in enumerate(spans):
        found = find_quote(sp["quote"], at)
        if found is not None:
            return k, found[0]
    quoted = " ".join(s["quote"] for s in spans)
    raise EditError(
        f"{at!r} is not in the words {ref} quotes",
        ref=ref,
        quote=at,
        suggestions=closest_passages(quoted, at),
    )


def renumbering(doc: Doc) -> dict[str, str]:
    """``{old: new}`` for the ids that differ from their kind's prefix numbered in text order."""
    position: dict[str, float] = {}
    for s in doc["statements"]:
        starts = [sp["start"] for sp in s["spans"] if sp["start"] is not None]
        position[s["id"]] = min(starts, default=math.inf)
    mapping: dict[str, str] = {}
    counts: dict[str, int] = {}
    order = sorted(enumerate(doc["statements"]), key=lambda x: (position[x[1]["id"]], x[0]))
    for _, s in order:
        prefix = ID_PREFIXES[s["kind"]]
        counts[prefix] = counts.get(prefix, 0) + 1
        mapping[s["id"]] = f"{prefix}{counts[prefix]}"

    def where(inf: Item) -> float:
        return min((position.get(p, math.inf) for p in inf["premises"]), default=math.inf)

    order_i = sorted(enumerate(doc["inferences"]), key=lambda x: (where(x[1]), x[0]))
    for n, (_, inf) in enumerate(order_i, 1):
        mapping[inf["id"]] = f"I{n}"
    return {old: new for old, new in mapping.items() if old != new}
