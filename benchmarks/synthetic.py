"""Synthetic argument maps of any size, with a realistic mix of structure.

Per thesis-rooted tree: claims support the thesis (convergent), premises and
evidence support claims (often linked in pairs), counterclaims attack claims
or the thesis, rebuttals answer most counterclaims, and a few undercuts
attack inferences. Deterministic for a given ``n`` and ``seed``.
"""

from __future__ import annotations

import random

from argmap.model import ArgumentMap, EvidenceType, Inference, Source, make_statement

__all__ = ["make_map"]

_WORDS = [
    "pact",
    "security",
    "trade",
    "alliance",
    "threat",
    "cooperation",
    "missile",
    "intelligence",
    "boycott",
    "export",
    "history",
    "dispute",
    "government",
    "region",
    "decision",
    "treaty",
    "deterrence",
    "trust",
    "economy",
    "public",
]
_TYPES = list(EvidenceType)


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 16))).capitalize()


def make_map(n: int, seed: int = 0) -> ArgumentMap:
    """A valid map of ``n`` statements (one thesis) and about ``1.1 n`` inferences."""
    rng = random.Random(seed)
    statements = [make_statement("thesis", id="T1", text=_text(rng))]
    inferences: list[Inference] = []
    claims = ["T1"]
    counters: list[str] = []
    kinds = ["claim"] * 20 + ["premise"] * 25 + ["evidence"] * 30
    kinds += ["counterclaim"] * 13 + ["rebuttal"] * 12
    n_inf = 0

    def link(premises: list[str], conclusion: str, polarity: str = "support") -> None:
        nonlocal n_inf
        n_inf += 1
        inferences.append(
            Inference(id=f"I{n_inf}", premises=premises, conclusion=conclusion, polarity=polarity)  # type: ignore[arg-type]
        )

    pending: list[str] = []
    for k in range(2, n + 1):
        kind = rng.choice(kinds)
        if kind == "rebuttal" and not counters:
            kind = "premise"
        ref = f"S{k}"
        fields: dict[str, object] = {"id": ref, "text": _text(rng)}
        if kind == "evidence":
            fields["evidence_type"] = rng.choice(_TYPES)
            if rng.random() < 0.5:
                fields["attributed_to"] = rng.choice(["the ministry", "analysts", "a survey"])
        if kind == "counterclaim":
            fields["attributed_to"] = rng.choice(["critics", "the government", "officials"])
        statements.append(make_statement(kind, **fields))
        if kind == "claim":
            link([ref], rng.choice(claims[-50:]))
            claims.append(ref)
        elif kind in ("premise", "evidence"):
            pending.append(ref)
            if len(pending) == 2 or rng.random() < 0.5:
                link(list(pending), rng.choice(claims[-50:]))
                pending.clear()
        elif kind == "counterclaim":
            link([ref], rng.choice(claims[-50:]), "attack")
            counters.append(ref)
        else:
            link([ref], rng.choice(counters[-20:]), "attack")
        if inferences and rng.random() < 0.02:
            target = rng.choice(inferences[-100:])
            if target.polarity == "support":
                undercutter = f"U{k}"
                statements.append(make_statement("counterclaim", id=undercutter, text=_text(rng)))
                link([undercutter], target.id, "attack")
    if pending:
        link(list(pending), "T1")
    return ArgumentMap(
        source=Source(title=f"Synthetic map of {n} statements"),
        statements=statements,  # type: ignore[arg-type]
        inferences=inferences,
    )
