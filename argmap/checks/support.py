"""Checks on support: what the author asserts without reasons, or on someone's word.

>>> from argmap.model import MapBuilder
>>> from argmap.checks.context import CheckContext
>>> b = MapBuilder(); t = b.thesis("Act now"); c = b.claim("Delay costs", supports=t)
>>> [(f.ids, f.severity.value) for f in find_unsupported(CheckContext(b.build()))]
[(('C1',), 'warning')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from argmap.checks.context import CheckContext
from argmap.checks.registry import Finding, Severity, register
from argmap.model import Evidence, EvidenceType, Statement, StatementBase

__all__ = ["find_attributed_support_only", "find_unsupported", "is_testimony"]

# What nothing supporting it means, by kind (None: not reported), for every kind.
_UNSUPPORTED: dict[str, Severity | None] = {
    "thesis": Severity.ERROR,
    "claim": Severity.WARNING,
    "rebuttal": Severity.WARNING,
    "premise": Severity.INFO,
    "counterclaim": None,  # the author reports it, usually to answer it
    "evidence": None,  # it is the backing itself
    "question": None,  # it asks; it asserts nothing
}

# The kinds find_unsupported reports on.
_REPORTED = tuple(kind for kind, severity in _UNSUPPORTED.items() if severity is not None)

_AUTHORITY = {EvidenceType.TESTIMONY, EvidenceType.EXPERT_OPINION}


@register(
    "unsupported-claim",
    severity="warning",
    summary="A thesis, claim, rebuttal or premise that nothing supports.",
    explain=(
        "The author asserts the statement but the map shows no reason for it: no supporting "
        "inference ends in it. For the thesis this is an error (the editorial gives no reason "
        "for its main point), for a claim or rebuttal a warning, for a premise a note "
        "(premises are often meant to be accepted as they stand).\n\n"
        "Not reported: evidence (it is the backing itself), statements marked "
        "`accepted: true` (common ground), statements attributed to someone else (the author "
        "reports them, and `attributed-support-only` looks at how they are used), "
        "counterclaims and open questions.\n\n"
        "Fix: link the reasons the editorial gives for it; if it gives none, the finding "
        "stands as a weakness of the editorial, or mark the statement `accepted: true` if "
        "readers can be expected to grant it."
    ),
)
def find_unsupported(ctx: CheckContext) -> Iterator[Finding]:
    """Statements the author asserts with no supporting inference into them."""
    g = ctx.nodes
    supports = g.supports if g is not None else None  # by position: no lookup by id
    statements = ctx.statement_list
    for n in ctx.checked_positions(*_REPORTED):
        s = statements[n]
        severity = _UNSUPPORTED[s.kind]
        if severity is None or s.accepted or s.attributed_to is not None:
            continue
        if supports[n] if supports is not None else ctx.support_into(s.id):
            continue
        if s.kind == "thesis":
            message = (
                f"The thesis {ctx.label_of(s)} has no support: nothing in the map argues for it."
            )
            hint = "Link the claims that give reasons for the thesis."
        elif s.implicit:
            message = f"{ctx.label_of(s)} is an unstated assumption with no support."
            hint = "Ask whether readers would grant it; if so, mark it accepted: true."
        else:
            message = f"{ctx.label_of(s)} is asserted without support."
            hint = (
                "Link the reasons the editorial gives for it, or mark it accepted: true if "
                "it is common ground."
            )
        yield Finding("unsupported-claim", severity, (s.id,), message, hint)


def is_testimony(s: StatementBase) -> bool:
    """True for someone else's word: an attributed statement, testimony or expert opinion.

    >>> is_testimony(Evidence(id="E1", text="x", evidence_type="testimony"))
    True
    """
    if s.attributed_to is not None:
        return True
    return isinstance(s, Evidence) and s.evidence_type in _AUTHORITY


@register(
    "attributed-support-only",
    severity="warning",
    summary="A thesis or claim whose only support is what someone else said.",
    explain=(
        "Every reason given for a thesis or claim is someone's word: a statement attributed to "
        "a named party, or evidence of type `testimony` or `expert_opinion`. Relying on "
        "authority alone is an appeal to authority; it can be sound (the party knows, has no "
        "stake, others agree) but is worth a second look.\n\n"
        "Fix: check whether the editorial gives any reason of its own; if the authority is "
        "enough, say why in a note and add `attributed-support-only` to the statement's "
        "`ignore` list."
    ),
)
def find_attributed_support_only(ctx: CheckContext) -> Iterator[Finding]:
    """Theses and claims every supporting premise of which is testimony.

    Premises and rebuttals are left alone: they are reasons, and reporting
    what a party said is often exactly the reason (that Washington is worried
    is shown by what Washington said).
    """
    g = ctx.nodes
    statements = ctx.statement_list
    for n in ctx.checked_positions("thesis", "claim"):
        s = statements[n]
        if s.attributed_to is not None:
            continue
        if g is not None:  # by node number: no lookup by id
            if not g.supports[n]:
                continue
            ids, numbers = g.ids, [p for k in g.supports[n] for p in g.premises[k]]
            last = g.n_statements
            sources = _all_testimony(statements[p] for p in numbers if p < last)
            premises = [ids[p] for p in numbers] if sources else []
        else:
            incoming = ctx.support_into(s.id)
            if not incoming:
                continue
            premises = [p for inf in incoming for p in inf.premises]
            by_id = ctx.statements
            sources = _all_testimony(by_id[p] for p in premises if p in by_id)
        if sources:
            who = sorted({p.attributed_to or "an authority" for p in sources})
            yield Finding(
                "attributed-support-only",
                Severity.WARNING,
                (s.id, *dict.fromkeys(premises)),
                f"{ctx.label_of(s)} rests only on what {' and '.join(who)} said.",
                "Ask whether the speaker is in a position to know and has no stake; look for "
                "a reason that does not depend on who said it.",
            )


def _all_testimony(premises: Iterable[Statement]) -> list[Statement]:
    """``premises`` if every one is testimony, else none.

    Stops at the first that is not (the common case), without reading the rest.
    """
    sources = []
    for source in premises:
        if not is_testimony(source):
            return []
        sources.append(source)
    return sources
