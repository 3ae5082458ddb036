"""Guessing statement kinds from the shape of a plain AIF graph.

AIF has one kind of proposition; argmap tells the thesis from its claims,
premises, counterclaims and rebuttals. A node written by argmap carries its
kind; for any other node the kind follows from the inferences around it, as
:data:`GUESSED_AS` says for each kind.

>>> sts = [{"id": "A"}, {"id": "B"}, {"id": "C"}, {"id": "D"}]
>>> infs = [{"premises": ["B"], "conclusion": "A", "polarity": "support"},
...         {"premises": ["C"], "conclusion": "A", "polarity": "attack"},
...         {"premises": ["D"], "conclusion": "C", "polarity": "attack"}]
>>> guess_kinds(sts, infs)
>>> [s["kind"] for s in sts]
['thesis', 'premise', 'counterclaim', 'rebuttal']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["GUESSED_AS", "guess_kinds"]

#: How a plain AIF proposition comes to have each kind; ``None`` for a kind
#: that only a node written by argmap (which carries its kind) can have.
GUESSED_AS: Mapping[str, str | None] = MappingProxyType(
    {
        "thesis": "the only proposition that is a conclusion but never a premise",
        "claim": "a premise that is also a conclusion (or stands alone)",
        "premise": "a premise that nothing argues for",
        "counterclaim": "any attacker that does not answer an attacker",
        "rebuttal": "a proposition that attacks a statement which itself attacks, or undercuts "
        "an attack",
        "evidence": None,  # AIF does not tell backing from other premises
        "question": None,  # AIF has no open questions
    }
)


def guess_kinds(statements: list[dict[str, Any]], inferences: list[dict[str, Any]]) -> None:
    """Set ``"kind"`` on each statement document that has none."""
    premise_in: dict[str, list[dict[str, Any]]] = {}
    conclusion_of: set[str] = set()
    for inf in inferences:
        for p in inf["premises"]:
            premise_in.setdefault(p, []).append(inf)
        conclusion_of.add(inf["conclusion"])
    attackers = {p for inf in inferences if inf["polarity"] == "attack" for p in inf["premises"]}
    # An undercut of an attack answers that attack's premises too.
    attackers |= {inf["id"] for inf in inferences if inf["polarity"] == "attack" and "id" in inf}
    roots = [s["id"] for s in statements if s["id"] in conclusion_of and s["id"] not in premise_in]
    thesis = roots[0] if len(roots) == 1 else None
    for s in statements:
        if "kind" in s:
            continue
        ref = s["id"]
        uses = premise_in.get(ref, [])
        attacks = [inf for inf in uses if inf["polarity"] == "attack"]
        if ref == thesis:
            s["kind"] = "thesis"
        elif attacks:
            answers = any(inf["conclusion"] in attackers for inf in attacks)
            s["kind"] = "rebuttal" if answers else "counterclaim"
        elif uses and ref not in conclusion_of:
            s["kind"] = "premise"
        else:
            s["kind"] = "claim"
