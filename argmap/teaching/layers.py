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

from collections import defaultdict

from argmap.model import ArgumentMap, Inference, Question
from argmap.rendering.select import direct_answers

__all__ = ["layers"]


class _Reveal:
    """What is shown so far, with the inferences that became visible.

    An inference is visible once its conclusion is (a shown statement, or a
    visible inference for an undercut) and one of its premises is shown.
    Visibility spreads along undercut chains step by step, so a chain of any
    length costs time linear in its length and a cycle of undercuts simply
    never becomes visible.
    """

    def __init__(self, amap: ArgumentMap) -> None:
        self.into: defaultdict[str, list[Inference]] = defaultdict(list)
        self.of_premise: defaultdict[str, list[Inference]] = defaultdict(list)
        for inf in amap.inferences:
            self.into[inf.conclusion].append(inf)
            for p in inf.premises:
                self.of_premise[p].append(inf)
        self.shown: set[str] = set()
        self.reachable: set[str] = set()  # inferences whose conclusion is visible
        self.visible: set[str] = set()
        #: Inferences whose conclusion is visible and that still have premises to show.
        self.pending: dict[str, dict[str, Inference]] = {"support": {}, "attack": {}}

    def show(self, ids: list[str]) -> None:
        stack: list[str] = []  # refs (statements or inferences) that just became visible
        for ref in ids:
            self.shown.add(ref)
            stack.append(ref)
            for inf in self.of_premise.get(ref, ()):
                if inf.id in self.reachable and inf.id not in self.visible:
                    self.visible.add(inf.id)
                    stack.append(inf.id)
        while stack:
            ref = stack.pop()
            for inf in self.into.get(ref, ()):
                if inf.id in self.reachable:
                    continue
                self.reachable.add(inf.id)
                self.pending[inf.polarity][inf.id] = inf
                if inf.id not in self.visible and any(p in self.shown for p in inf.premises):
                    self.visible.add(inf.id)
                    stack.append(inf.id)

    def step(self, polarity: str, order: dict[str, int]) -> list[str]:
        pending = self.pending[polarity]
        new: set[str] = set()
        for key, inf in list(pending.items()):
            missing = [p for p in inf.premises if p not in self.shown]
            if not missing:
                del pending[key]
            new.update(missing)
        return sorted(new, key=order.__getitem__)


def layers(amap: ArgumentMap, *, start: list[str] | None = None) -> list[list[str]]:
    """The statement ids of ``amap`` in reveal order, layer by layer (see the module doc).

    ``start`` replaces the theses as the first layer: a slide of one part
    of a map starts from what earlier slides showed.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Costs", supports=t)
    >>> e = b.evidence("5%", supports=c)
    >>> layers(b.build(), start=["T1", "C1"])
    [['T1', 'C1'], ['E1']]
    """
    order = {s.id: n for n, s in enumerate(amap.statements)}
    questions = [s for s in amap.statements if isinstance(s, Question)]
    qids = {q.id for q in questions}
    inferences = {i.id: i for i in amap.inferences}
    if start is None:
        theses = [s.id for s in amap.theses]
    else:  # questions keep their place after what they ask about
        theses = [ref for ref in start if ref in order and ref not in qids]
    reveal = _Reveal(amap)
    reveal.show(theses)
    out: list[list[str]] = [theses] if theses else []
    while True:
        new = reveal.step("support", order) or reveal.step("attack", order)
        if not new:
            break
        reveal.show(new)
        out.append(new)
    rest = [s.id for s in amap.statements if s.id not in reveal.shown and s.id not in qids]
    if rest:
        out.append(rest)
    out = _answers_not_first(amap, out, order)
    # Questions after what they ask about (or at the end when that is not drawn).
    where = {ref: n for n, layer in enumerate(out) for ref in layer}
    placed: dict[int, list[str]] = {}
    for q in questions:
        if q.id in where:  # a question used as a premise is revealed with the reasons
            continue
        target = q.target
        at = len(out)
        if target is not None and target in where:
            at = where[target] + 1
        elif target is not None and target in inferences:
            n = _layer_of_inference(inferences[target], where)
            if n is not None:
                at = n + 1
        placed.setdefault(at, []).append(q.id)
    for at in sorted(placed, reverse=True):
        if at < len(out):
            out.insert(at, placed[at])
        else:
            out.append(placed[at])
    # A question may itself answer a counterclaim (a premise of an undercut):
    # it too waits for the counterclaim.
    return _answers_not_first(amap, out, order) if placed else out


def _layer_of_inference(inf: Inference, where: dict[str, int]) -> int | None:
    ends = [where.get(p) for p in inf.premises] + [where.get(inf.conclusion)]
    known = [n for n in ends if n is not None]
    return max(known) if known else None


def _answers_not_first(
    amap: ArgumentMap, out: list[list[str]], order: dict[str, int]
) -> list[list[str]]:
    """Move each counterclaim's answers that come before it into its layer."""
    where = {ref: n for n, layer in enumerate(out) for ref in layer}
    kinds = {s.id: s.kind for s in amap.statements}
    direct = direct_answers(amap)
    # Each answer moves to the latest layer of the counterclaims it answers,
    # directly or through answers that are counterclaims themselves. Walking
    # from the latest counterclaims first, a statement reached once already
    # has its final layer, so each is visited once (chains and cycles alike).
    ccs = sorted((c for c in where if kinds.get(c) == "counterclaim"), key=lambda c: -where[c])
    done: set[str] = set()
    for start in ccs:
        if start in done:
            continue
        done.add(start)
        todo = [start]
        while todo:
            cc = todo.pop()
            for answer in direct.get(cc, ()):
                if answer in done or answer not in where:
                    continue
                done.add(answer)
                where[answer] = max(where[answer], where[start])
                if kinds.get(answer) == "counterclaim":
                    todo.append(answer)
    layers: list[list[str]] = [[] for _ in out]
    for ref, n in where.items():
        layers[n].append(ref)
    return [sorted(layer, key=order.__getitem__) for layer in layers if layer]
