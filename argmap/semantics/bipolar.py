"""Labelling a map's statements and inferences: the grounded fixpoint over supports and attacks.

A map is *bipolar*: inferences support or attack, and an attack may undercut
another inference. This module labels every statement and every inference
``IN``, ``OUT`` or ``UNDEC`` by one least fixpoint of these conditions
(written for a node ``x``; "attackers" of a statement are the attack
inferences into it, "undercutters" of an inference the attacks into it):

* an **inference** is ``IN`` when all its premises are ``IN`` and all its
  undercutters are ``OUT``; ``OUT`` when a premise is ``OUT`` or an
  undercutter is ``IN``;
* a **statement** is ``IN`` when all its attackers are ``OUT`` and it is
  *grounded*: it is *basic* (evidence, accepted, or not argued for at all:
  the author asserts it) or one of its supporting inferences is ``IN``;
  it is ``OUT`` when an attacker is ``IN``, or when it is not basic and every
  supporting inference is ``OUT`` (it has lost all its reasons);
* everything else is ``UNDEC``.

Both conditions only ever move a node from unlabelled to ``IN`` or ``OUT``,
so a work queue reaches the least fixpoint in time linear in statements plus
premises (each premise, attack and support is looked at once per label
change). The same labelling is the grounded labelling of a plain Dung
framework, :func:`to_framework`, which is how ``preferred`` semantics is
computed and how the tests check this module.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.counterclaim("No", attacks=t)
>>> r = b.rebuttal("Yes", attacks=c)
>>> g = MapGraph(b.build()); codes = grounded_codes(g)
>>> [(ref, LABEL_OF[code].value) for ref, code in zip(g.ids, codes)]
[('T1', 'in'), ('CC1', 'out'), ('R1', 'in'), ('I1', 'out'), ('I2', 'in')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.graph.index import MapIndex
from argmap.graph.numbered import Numbering
from argmap.semantics.frameworks import Framework, Label

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["IN", "LABEL_OF", "OUT", "UNDEC", "MapGraph", "grounded_codes", "to_framework"]

# Label codes in a bytearray: 0 is "not labelled", which ends as UNDEC.
IN, OUT, UNDEC = 1, 2, 0
LABEL_OF = {IN: Label.IN, OUT: Label.OUT, UNDEC: Label.UNDEC}


class MapGraph(Numbering):
    """A map's links, as the labelling reads them: the index's integer adjacency.

    Statements are nodes ``0..n-1``, then inferences; ``premises[i]``,
    ``attackers[x]``, ``supports[x]``, ``premise_of[s]``, ``conclusion[i]``
    and ``is_attack[i]`` are those of
    :class:`argmap.graph.numbered.Numbering` (``attackers`` of an inference
    are its undercutters), the very lists of the map's cached
    :class:`~argmap.graph.index.MapIndex`. Added here is what only the
    labelling needs: ``basic[s]`` says a statement needs no support, and
    ``ground[s]`` why, when that is not merely for want of any support
    (``"evidence"`` or ``"accepted"``, else ``""``). Both are read from the
    statements each time, so they follow an edited ``accepted`` flag.
    """

    __slots__ = ("basic", "ground")

    def __init__(self, amap: ArgumentMap | MapIndex) -> None:
        idx = amap if isinstance(amap, MapIndex) else MapIndex.of(amap)
        links = idx.numbered
        # Share the index's lists rather than numbering the map again.
        for name in Numbering.__slots__:
            setattr(self, name, getattr(links, name))
        ground = [
            "evidence" if s.kind == "evidence" else "accepted" if s.accepted else ""
            for s in idx.statement_list
        ]
        supports = links.supports
        self.basic = [bool(why) or not supports[k] for k, why in enumerate(ground)]
        self.ground = ground


def grounded_codes(g: MapGraph) -> bytearray:
    """The least fixpoint of the labelling conditions: one code per node of ``g``."""
    n = g.n_statements
    size = len(g.ids)
    premises, attackers, supports = g.premises, g.attackers, g.supports
    premise_of, conclusion, is_attack, basic = g.premise_of, g.conclusion, g.is_attack, g.basic
    codes = bytearray(size)
    # Counters of what still stands in the way of IN.
    live_attackers = [len(a) for a in attackers]
    live_premises = [len(p) for p in premises]
    grounded = [bool(b) for b in basic] + [True] * (size - n)
    failed_supports = [0] * size
    queue = [k for k in range(n) if basic[k] and not attackers[k]]
    for k in queue:
        codes[k] = IN
    head = 0
    while head < len(queue):
        x = queue[head]
        head += 1
        if x < n:  # a statement: its label reaches the inferences it is a premise of
            if codes[x] == IN:
                for i in premise_of[x]:
                    live_premises[i] -= 1
                    if not codes[i] and not live_premises[i] and not live_attackers[i]:
                        codes[i] = IN
                        queue.append(i)
            else:
                for i in premise_of[x]:
                    if not codes[i]:
                        codes[i] = OUT
                        queue.append(i)
            continue
        c = conclusion[x]  # an inference: its label reaches its conclusion
        if codes[c]:
            continue
        if is_attack[x]:
            if codes[x] == IN:
                codes[c] = OUT
                queue.append(c)
                continue
            live_attackers[c] -= 1
        elif codes[x] == IN:
            grounded[c] = True
        else:
            failed_supports[c] += 1
            if failed_supports[c] == len(supports[c]) and not grounded[c]:
                codes[c] = OUT
                queue.append(c)
                continue
        if not live_attackers[c] and grounded[c] and not (c >= n and live_premises[c]):
            codes[c] = IN
            queue.append(c)
    return codes


def to_framework(amap: ArgumentMap | MapIndex | MapGraph) -> Framework:
    """A Dung framework whose grounded labelling is the map's labelling.

    Its arguments are the map's statement and inference ids, plus two kinds
    of helper arguments that turn supports into attacks:

    * ``~P`` ("P fails"), for each statement ``P`` used as a premise:
      attacked by ``P`` and attacking every inference ``P`` is a premise of;
    * ``!C`` ("C has no standing reason"), for each statement ``C`` that is
      not basic: attacked by every support into ``C``, and attacking ``C``.

    Every attack inference attacks its conclusion (a statement, or an
    inference it undercuts). So an inference needs all its premises, a
    non-basic statement needs one standing support, and an attack defeats.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); e = b.evidence("Data", supports=t)
    >>> sorted(to_framework(b.build()).attacks)
    [('!T1', 'T1'), ('E1', '~E1'), ('I1', '!T1'), ('~E1', 'I1')]
    """
    g = amap if isinstance(amap, MapGraph) else MapGraph(amap)
    ids, n = g.ids, g.n_statements
    arguments = list(ids)
    attacks: list[tuple[str, str]] = []
    for s in range(n):
        if g.premise_of[s]:
            fails = f"~{ids[s]}"
            arguments.append(fails)
            attacks.append((ids[s], fails))
            attacks.extend((fails, ids[i]) for i in g.premise_of[s])
        if not g.basic[s]:
            lacks = f"!{ids[s]}"
            arguments.append(lacks)
            attacks.append((lacks, ids[s]))
            attacks.extend((ids[i], lacks) for i in g.supports[s])
    for x in range(n, len(ids)):
        if g.is_attack[x]:
            attacks.append((ids[x], ids[g.conclusion[x]]))
    return Framework(arguments, attacks)
