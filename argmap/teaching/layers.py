"""A map's statements in layers from the thesis: the order to reveal or number them.

Layer 0 is the thesis. Each next layer adds the reasons for what is shown
(the premises of supporting inferences); only when no reason is left to
add does a layer add the attacks on what is shown (counterclaims,
rebuttals, undercuts); then reasons again, and so on. Statements not
connected to the thesis come last, in one layer; open questions join the
layer after the one that shows what they ask about. An answer to a
counterclaim (a rebuttal, an undercut of its inference) is never revealed
before the counterclaim: it moves to the counterclaim's layer if it would.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
>>> e = b.evidence("5%", supports=c); cc = b.counterclaim("Risky", attacks=t)
>>> r = b.rebuttal("Not so", attacks=cc)
>>> layers(b.build())
[['T1'], ['C1'], ['E1'], ['CC1'], ['R1']]
"""

from __future__ import annotations

from argmap.model import ArgumentMap, Question
from argmap.rendering.select import answers_of

__all__ = ["layers"]


def layers(amap: ArgumentMap) -> list[list[str]]:
    """The statement ids of ``amap`` in reveal order, layer by layer (see the module doc)."""
    order = {s.id: n for n, s in enumerate(amap.statements)}
    questions = [s for s in amap.statements if isinstance(s, Question)]
    qids = {q.id for q in questions}
    inf_ids = {i.id for i in amap.inferences}
    theses = [s.id for s in amap.theses]
    shown: set[str] = set(theses)
    out: list[list[str]] = [theses] if theses else []

    def visible(ref: str) -> bool:
        # An inference counts as shown when its conclusion and a premise are.
        if ref in inf_ids:
            inf = amap.inference(ref)
            return visible(inf.conclusion) and any(p in shown for p in inf.premises)
        return ref in shown

    def step(polarity: str) -> list[str]:
        new = {
            p
            for i in amap.inferences
            if i.polarity == polarity and visible(i.conclusion)
            for p in i.premises
            if p not in shown
        }
        return sorted(new, key=order.__getitem__)

    while True:
        new = step("support") or step("attack")
        if not new:
            break
        shown.update(new)
        out.append(new)
    rest = [s.id for s in amap.statements if s.id not in shown and s.id not in qids]
    if rest:
        shown.update(rest)
        out.append(rest)
    out = _answers_not_first(amap, out, order)
    # Questions after what they ask about (or at the end when that is not drawn).
    placed: dict[int, list[str]] = {}
    for q in questions:
        target = q.target
        at = len(out)
        for n, layer in enumerate(out):
            if target in layer or (
                target in inf_ids and _layer_of_inference(amap, target, out) == n
            ):
                at = n + 1
                break
        placed.setdefault(at, []).append(q.id)
    for at in sorted(placed, reverse=True):
        if at < len(out):
            out.insert(at, placed[at])
        else:
            out.append(placed[at])
    return out


def _layer_of_inference(amap: ArgumentMap, ref: str, out: list[list[str]]) -> int | None:
    inf = amap.inference(ref)
    where = {s: n for n, layer in enumerate(out) for s in layer}
    ends = [where.get(p) for p in inf.premises] + [where.get(inf.conclusion)]
    known = [n for n in ends if n is not None]
    return max(known) if known else None


def _answers_not_first(
    amap: ArgumentMap, out: list[list[str]], order: dict[str, int]
) -> list[list[str]]:
    """Move each counterclaim's answers that come before it into its layer."""
    where = {ref: n for n, layer in enumerate(out) for ref in layer}
    moved = True
    while moved:
        moved = False
        for cc in (s.id for s in amap.statements if s.kind == "counterclaim"):
            if cc not in where:
                continue
            for answer in answers_of(amap, {cc}):
                if answer in where and where[answer] < where[cc]:
                    where[answer] = where[cc]
                    moved = True
    layers: list[list[str]] = [[] for _ in out]
    for ref, n in where.items():
        layers[n].append(ref)
    return [sorted(layer, key=order.__getitem__) for layer in layers if layer]
