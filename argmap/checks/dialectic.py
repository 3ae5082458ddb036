"""Checks on the exchange with the other side: counterclaims, rebuttals, kinds.

The kind of a statement is what the author presents it as; its inferences
are what it does. These checks point out where the two disagree.

>>> from argmap.model import MapBuilder
>>> from argmap.checks.context import CheckContext
>>> b = MapBuilder(); t = b.thesis("Act now")
>>> cc = b.counterclaim("Acting is risky", attacks=t)
>>> [f.ids for f in find_unanswered_counterclaims(CheckContext(b.build()))]
[('CC1',)]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from argmap.checks.context import CheckContext
from argmap.checks.registry import Finding, Severity, register
from argmap.graph.numbered import Numbering
from argmap.lexicon import find_hedge

if TYPE_CHECKING:
    from argmap.model import Statement

__all__ = ["find_hedged_rebuttals", "find_kind_mismatches", "find_unanswered_counterclaims"]

# The side each kind speaks for: the author's, the other side's, or neither
# (evidence backs whoever cites it; a question asks).
_SIDE: dict[str, str | None] = {
    "thesis": "author",
    "claim": "author",
    "premise": "author",
    "rebuttal": "author",
    "counterclaim": "other",
    "evidence": None,
    "question": None,
}
_AUTHOR_SIDE = frozenset(kind for kind, side in _SIDE.items() if side == "author")


@register(
    "unanswered-counterclaim",
    severity="warning",
    summary="A counterclaim the author raises and never attacks.",
    explain=(
        "Raising an opposing view and leaving it standing weakens the editorial: the reader "
        "is left with the objection. A counterclaim counts as answered when something attacks "
        'it, undercuts an inference it takes part in ("even if that is so, it does not '
        'follow"), or attacks a counterclaim it supports.\n\n'
        "Fix: link the author's answer as an attack on the counterclaim (or an undercut of "
        "its inference); if the editorial never answers it, the finding stands."
    ),
)
def find_unanswered_counterclaims(ctx: CheckContext) -> Iterator[Finding]:
    """Counterclaims with no attack on them or on their line of argument."""
    g = ctx.nodes
    statements = ctx.statement_list
    answered: AbstractSet[object]
    if g is not None:  # by node number: no lookup by id
        answered = _answered_at(g, ctx.index.kinds, ctx.checked_positions("counterclaim"))
    else:
        answered = _answered_counterclaims(ctx)
    ids = ctx.index.ids
    for n in ctx.checked_positions("counterclaim"):
        if (n if g is not None else ids[n]) in answered:
            continue
        s = statements[n]  # only for a finding: on a large map each model read is a cache miss
        yield Finding(
            "unanswered-counterclaim",
            Severity.WARNING,
            (s.id,),
            f"The counterclaim {ctx.label_of(s)} is raised but never answered.",
            "Link the author's rebuttal as an attack on it; if the editorial gives none, "
            "the objection stands.",
        )


def _answered_counterclaims(ctx: CheckContext) -> set[str]:
    answered: set[str] = set()
    for s in ctx.checked_of("counterclaim"):
        used = (*ctx.support_from(s.id), *ctx.attacks_from(s.id))
        if ctx.attacks_into(s.id) or any(ctx.attacks_into(inf.id) for inf in used):
            answered.add(s.id)
    queue = deque(answered)
    while queue:
        ref = queue.popleft()
        for inf in ctx.support_into(ref):
            for p in inf.premises:
                if p not in answered and ctx.kind(p) == "counterclaim":
                    answered.add(p)
                    queue.append(p)
    return answered


def _answered_at(g: Numbering, kinds: Sequence[str], counterclaims: Iterable[int]) -> set[int]:
    """:func:`_answered_counterclaims` over node numbers."""
    attackers, premise_of, supports, premises = g.attackers, g.premise_of, g.supports, g.premises
    n = g.n_statements
    answered: set[int] = set()
    for x in counterclaims:
        if attackers[x] or any(attackers[k] for k in premise_of[x]):
            answered.add(x)
    queue = deque(answered)
    while queue:
        x = queue.popleft()
        for k in supports[x]:
            for p in premises[k]:
                if p not in answered and p < n and kinds[p] == "counterclaim":
                    answered.add(p)
                    queue.append(p)
    return answered


@register(
    "hedged-rebuttal",
    severity="warning",
    summary="A rebuttal phrased as a hedge or a question rather than an argument.",
    explain=(
        'A rebuttal should give a reason against the view it answers. "We wonder whether '
        'the ban was wise" or "Could it be that ...?" raises a doubt but gives no '
        "reason, so the objection is not really answered. The check looks for hedges and "
        "question forms (we wonder, perhaps, might, it may be, it is possible, isn't it, "
        "could it be, a question mark ...) in the rebuttal's quoted words and its text.\n\n"
        "Fix: look for the reason the editorial gives elsewhere and link it; if there is "
        "none, the finding stands as a weakness of the editorial."
    ),
)
def find_hedged_rebuttals(ctx: CheckContext) -> Iterator[Finding]:
    """Rebuttals whose quotes or text contain a hedge or a question."""
    for s in ctx.checked_of("rebuttal"):
        hedge = None
        for text in (*(span.quote for span in s.spans), s.text):
            hedge = find_hedge(text)
            if hedge is not None:
                break
        if hedge is None:
            continue
        form = "a question" if hedge == "?" else f'a hedge ("{hedge}")'
        yield Finding(
            "hedged-rebuttal",
            Severity.WARNING,
            (s.id,),
            f"The rebuttal {ctx.label_of(s)} is phrased as {form}: it raises a doubt but "
            "gives no reason.",
            "Ask what reason the author gives against the view; a doubt alone does not answer it.",
        )


@register(
    "kind-mismatch",
    severity="warning",
    summary="The kind a statement is given disagrees with what it does in the map.",
    explain=(
        "The kind is what the author presents a statement as; the inferences are what it "
        "does. Reported: a counterclaim that supports the author's side (thesis, claim, "
        "premise or rebuttal), a rebuttal that attacks nothing (not even through what it "
        "supports), evidence used only as a conclusion (evidence backs other statements; "
        "something argued for is a claim), and a thesis that supports another statement (the "
        "thesis is where the argument ends).\n\n"
        "Fix: change the kind to what the statement does, or fix the direction or polarity "
        "of the inference."
    ),
)
def find_kind_mismatches(ctx: CheckContext) -> Iterator[Finding]:
    """Statements whose kind and role disagree."""
    g = ctx.nodes
    if g is not None:  # by node number: no lookup by id
        yield from _kind_mismatches_at(ctx, g)
        return
    leads_to_attack = _leads_to_attack(ctx)
    for s in ctx.checked_of("counterclaim", "rebuttal", "evidence", "thesis"):
        if s.kind == "counterclaim":
            for inf in ctx.support_from(s.id):
                yield from _supports_other_side(ctx, s, inf.id, inf.conclusion)
        elif s.kind == "rebuttal" and s.id not in leads_to_attack:
            yield _attacks_nothing(ctx, s)
        elif (
            s.kind == "evidence"
            and (ctx.support_into(s.id) or ctx.attacks_into(s.id))
            and not (ctx.support_from(s.id) or ctx.attacks_from(s.id))
        ):
            yield _only_a_conclusion(ctx, s)
        elif s.kind == "thesis":
            for inf in ctx.support_from(s.id):
                yield _thesis_supports(ctx, s, inf.id, inf.conclusion, ctx.label(inf.conclusion))


def _kind_mismatches_at(ctx: CheckContext, g: Numbering) -> Iterator[Finding]:
    """:func:`find_kind_mismatches` over node numbers."""
    ids, kinds, statements = g.ids, ctx.index.kinds, ctx.statement_list
    premise_of, conclusion, is_attack = g.premise_of, g.conclusion, g.is_attack
    last = g.n_statements
    leads_to_attack = _leads_to_attack_at(g)
    # A model is read only for a finding: on a large map each model read is a cache miss.
    for n in ctx.checked_positions("counterclaim", "rebuttal", "evidence", "thesis"):
        kind = kinds[n]
        if kind == "counterclaim" or kind == "thesis":
            before = -1
            for k in premise_of[n]:
                if is_attack[k] or k == before:  # supports only, each once
                    continue
                before = k
                c = conclusion[k]
                if kind == "counterclaim":
                    target = kinds[c] if c < last else "inference"
                    yield from _supports_other_side(ctx, statements[n], ids[k], ids[c], target)
                else:
                    label = ctx.label_of(statements[c]) if c < last else ids[c]
                    yield _thesis_supports(ctx, statements[n], ids[k], ids[c], label)
        elif kind == "rebuttal" and not leads_to_attack[n]:
            yield _attacks_nothing(ctx, statements[n])
        elif kind == "evidence" and (g.supports[n] or g.attackers[n]) and not premise_of[n]:
            yield _only_a_conclusion(ctx, statements[n])


def _supports_other_side(
    ctx: CheckContext, s: Statement, inference: str, target: str, kind: str | None = None
) -> Iterator[Finding]:
    kind = ctx.kind(target) if kind is None else kind
    if kind in _AUTHOR_SIDE:
        yield Finding(
            "kind-mismatch",
            Severity.WARNING,
            (s.id, inference, target),
            f"{ctx.label_of(s)} is presented as a counterclaim but supports the {kind} {target}.",
            "If it is the author's own reason, make it a claim or premise; if it "
            "opposes, make the inference an attack.",
        )


def _attacks_nothing(ctx: CheckContext, s: Statement) -> Finding:
    return Finding(
        "kind-mismatch",
        Severity.WARNING,
        (s.id,),
        f"{ctx.label_of(s)} is presented as a rebuttal but attacks nothing.",
        "Link it as an attack on the counterclaim it answers, or make it a claim.",
    )


def _only_a_conclusion(ctx: CheckContext, s: Statement) -> Finding:
    return Finding(
        "kind-mismatch",
        Severity.WARNING,
        (s.id,),
        f"{ctx.label_of(s)} is presented as evidence but is only ever a conclusion.",
        "Evidence backs other statements: link what it backs, or make it a claim.",
    )


def _thesis_supports(
    ctx: CheckContext, s: Statement, inference: str, target: str, label: str
) -> Finding:
    return Finding(
        "kind-mismatch",
        Severity.WARNING,
        (s.id, inference, target),
        f"The thesis {s.id} supports {label}; the thesis is where the argument should end.",
        "Make the statement it supports the thesis, or reverse the inference.",
    )


def _leads_to_attack_at(g: Numbering) -> bytearray:
    """:func:`_leads_to_attack` over node numbers: a mark for each node."""
    premises, supports, is_attack = g.premises, g.supports, g.is_attack
    seen = bytearray(len(premises))
    queue: list[int] = []
    for k in range(g.n_statements, len(premises)):
        if is_attack[k]:
            for p in premises[k]:
                if not seen[p]:
                    seen[p] = 1
                    queue.append(p)
    while queue:
        x = queue.pop()
        for k in supports[x]:
            for p in premises[k]:
                if not seen[p]:
                    seen[p] = 1
                    queue.append(p)
    return seen


def _leads_to_attack(ctx: CheckContext) -> set[str]:
    """Statements that attack something, directly or through what they support."""
    seen: set[str] = set(ctx.index.attacking)
    queue: deque[str] = deque(seen)
    while queue:
        ref = queue.popleft()
        for inf in ctx.support_into(ref):
            for p in inf.premises:
                if p not in seen:
                    seen.add(p)
                    queue.append(p)
    return seen
