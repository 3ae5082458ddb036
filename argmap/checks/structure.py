"""Checks on the shape of the map: its thesis, loose parts and circles.

>>> from argmap.model import MapBuilder
>>> from argmap.checks.context import CheckContext
>>> b = MapBuilder(); t = b.thesis("Act now"); c = b.claim("Delay costs")
>>> [f.ids for f in find_disconnected(CheckContext(b.build()))]
[('C1',)]
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checks.context import CheckContext, is_checked
from argmap.checks.registry import Finding, Severity, register
from argmap.graph.queries import support_cycles, unconnected

__all__ = ["find_circular_support", "find_disconnected", "find_missing_thesis"]


@register(
    "missing-thesis",
    severity="error",
    summary="The map has no thesis.",
    explain=(
        "Every map needs one statement of kind `thesis`: the editorial's main claim, what "
        "the author wants the reader to accept. Without it nothing can be said to support "
        "or attack the author's position.\n\n"
        "Fix: find the sentence that says what the author wants (often in the first or last "
        "paragraph) and give it kind `thesis`."
    ),
)
def find_missing_thesis(ctx: CheckContext) -> Iterator[Finding]:
    """The map has no thesis at all."""
    if not ctx.theses and ctx.statement_list:
        yield Finding(
            "missing-thesis",
            Severity.ERROR,
            (),
            "The map has no thesis: nothing says what the author wants the reader to accept.",
            "Give the editorial's main claim kind 'thesis'.",
        )


@register(
    "multiple-theses",
    severity="error",
    summary="The map has more than one thesis.",
    explain=(
        "A map records one editorial with one main claim. Two theses usually mean that "
        "one of them is a claim that supports the other, or that the map mixes two "
        "arguments.\n\n"
        "Fix: keep the statement the whole editorial argues for as the thesis; make the "
        "others claims and link them to it."
    ),
)
def find_multiple_theses(ctx: CheckContext) -> Iterator[Finding]:
    """More than one statement has kind thesis."""
    if len(ctx.theses) > 1:
        names = ", ".join(ctx.theses)
        yield Finding(
            "multiple-theses",
            Severity.ERROR,
            tuple(ctx.theses),
            f"The map has {len(ctx.theses)} theses ({names}); an editorial argues for one.",
            "Keep one thesis; make the others claims that support it.",
        )


@register(
    "disconnected",
    severity="warning",
    summary="A statement neither supports nor attacks anything on a path to the thesis.",
    explain=(
        "Every statement in a map should take part in the argument: it supports or attacks "
        "something that, step by step, bears on the thesis. A statement with no such path "
        "is either background the map does not need, or a link is missing.\n\n"
        "Fix: link the statement to what it supports or attacks, or remove it. Maps without "
        "a thesis get `missing-thesis` instead."
    ),
)
def find_disconnected(ctx: CheckContext) -> Iterator[Finding]:
    """Statements with no chain of inferences to a thesis."""
    if not ctx.theses:
        return
    for ref in unconnected(ctx.index, every_thesis=True):  # in map order
        s = ctx.statements[ref]
        if is_checked(s):
            yield Finding(
                "disconnected",
                Severity.WARNING,
                (s.id,),
                f"{ctx.label_of(s)} neither supports nor attacks anything that leads to the "
                "thesis.",
                "Link it to the statement it bears on, or remove it from the map.",
            )


@register(
    "circular-support",
    severity="error",
    summary="A statement ends up supporting itself through a circle of support.",
    explain=(
        "If A supports B and B (perhaps through others) supports A, the circle gives no "
        "reason to accept any of them: each leans on the others. This is circular "
        "reasoning (begging the question).\n\n"
        "Fix: find which link in the circle runs the wrong way, or which statement needs "
        "support from outside the circle."
    ),
)
def find_circular_support(ctx: CheckContext) -> Iterator[Finding]:
    """Circles in the statement-to-statement support graph (one finding per circle)."""
    for group in support_cycles(ctx.index, order="map"):
        names = ", ".join(group)
        yield Finding(
            "circular-support",
            Severity.ERROR,
            tuple(group),
            f"These statements support each other in a circle ({names}): none of them gets "
            "a reason from outside.",
            "Reverse the link that runs the wrong way, or support one of them from outside "
            "the circle.",
        )
