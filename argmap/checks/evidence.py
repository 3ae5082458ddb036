"""Checks on backing and anchoring: where evidence comes from, where statements stand.

>>> from argmap.model import MapBuilder
>>> from argmap.checks.context import CheckContext
>>> b = MapBuilder(); t = b.thesis("Act now")
>>> e = b.evidence("Costs rose 5%", type="statistic", supports=t)
>>> [(f.ids, f.severity.value) for f in find_uncited_evidence(CheckContext(b.build()))]
[(('E1',), 'warning')]
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from argmap.checks.context import CheckContext
from argmap.checks.registry import Finding, Severity, register
from argmap.model import Evidence, EvidenceType

__all__ = ["find_unanchored", "find_uncited_evidence"]

_SPANS = attrgetter("spans")

# Evidence a reader can check without being told where it comes from: a dated
# public event, a described example, what everyone grants.
_SELF_EVIDENT = {EvidenceType.FACT, EvidenceType.EXAMPLE, EvidenceType.COMMON_GROUND}


@register(
    "uncited-evidence",
    severity="warning",
    summary="Evidence (a statistic, study, quote ...) with neither a citation nor a speaker.",
    explain=(
        "Evidence is only as good as its source. A statistic, a study, a quote or an expert "
        "opinion with no `citation` and no `attributed_to` (who said it) cannot be checked by "
        "the reader, nor can evidence whose type is not given. Facts and examples (a dated "
        "public event, a described case) can be checked without a source, and common ground "
        "or statements marked `accepted: true` need none: they are not reported.\n\n"
        "Fix: fill in `citation` (where the number or fact comes from) or `attributed_to` "
        "(who said it); if the editorial gives neither, the finding stands."
    ),
)
def find_uncited_evidence(ctx: CheckContext) -> Iterator[Finding]:
    """Evidence with no citation and no speaker."""
    for s in ctx.checked_of("evidence"):
        if not isinstance(s, Evidence) or s.citation or s.attributed_to or s.accepted:
            continue
        if s.evidence_type in _SELF_EVIDENT:
            continue
        if s.evidence_type is None:
            what = "evidence"
        else:
            kind = s.evidence_type.value.replace("_", " ")
            what = f"{_article(kind)} {kind}"
        yield Finding(
            "uncited-evidence",
            Severity.WARNING,
            (s.id,),
            f"{ctx.label_of(s)} is {what} with no source: neither a citation nor a speaker.",
            "Fill in citation or attributed_to; if the editorial names no source, the reader "
            "has to take it on trust.",
        )


@register(
    "unanchored",
    severity="warning",
    summary="An explicit statement with no span in the source text.",
    explain=(
        "Every statement the author actually makes should point to the words that make it "
        "(a span with the exact quote), so a reader can check the paraphrase against the "
        "source. Implicit statements (unstated premises the analyst supplies) are exempt. "
        "The check runs only on maps that anchor at all: maps with a source text or with at "
        "least one span.\n\n"
        "Fix: add a span quoting the sentence, or mark the statement `implicit: true` if the "
        "editorial never says it."
    ),
)
def find_unanchored(ctx: CheckContext) -> Iterator[Finding]:
    """Explicit statements without spans, in maps that anchor statements."""
    amap = ctx.map
    anchored = amap.source.text is not None or any(map(_SPANS, amap.statements))
    if not anchored:
        return
    for s in ctx.checked:
        if not s.implicit and not s.spans:
            yield Finding(
                "unanchored",
                Severity.WARNING,
                (s.id,),
                f"{ctx.label_of(s)} has no span: the map does not show where the editorial "
                "says it.",
                "Add a span with the exact words, or mark it implicit: true if the editorial "
                "leaves it unsaid.",
            )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
