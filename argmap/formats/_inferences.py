"""Inferences from a graph of propositions and inference nodes (AIF, SADFace, OVA).

These formats draw an argument as propositions (AIF's I-nodes, SADFace's
atoms) joined through inference nodes (AIF's RA/CA/MA nodes, SADFace's
schemes): premises point into an inference node, which points at its
conclusion, or, for an attack, possibly at another inference (an undercut).
Real files break that shape; :func:`structured` keeps every inference node
that has an argument structure and records in a
:class:`~argmap.formats._left_out.LeftOut` why each other one was left out.

>>> from argmap.formats._left_out import LeftOut
>>> left = LeftOut()
>>> nodes = {
...     "r": SchemeNode("r", "RA node", attack=False, premises=["b"], targets=["a"]),
...     "s": SchemeNode("s", "RA node", attack=False, premises=[], targets=["a"]),
...     "k": SchemeNode("k", "CA node", attack=True, premises=["c"], aimed=["s"]),
... }
>>> structured(nodes, left, wrong_aim="")
{'r': (['b'], 'a')}
>>> left.parts()[1]
"1 CA node whose target inference was left out: 'k' (target 's')"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from argmap.formats._left_out import LeftOut

__all__ = ["NO_TEXT", "SchemeNode", "structured"]

#: The text given to a proposition that has none (other tools keep such nodes too).
NO_TEXT = "(no text)"


@dataclass
class SchemeNode:
    """An inference node: its key, what to call it, and its edges."""

    key: str
    noun: str  # "RA node", "conflict scheme": how the warning names it
    attack: bool
    premises: list[str] = field(default_factory=list)  # propositions pointing into it
    targets: list[str] = field(default_factory=list)  # propositions it points at
    aimed: list[str] = field(default_factory=list)  # inference nodes it points at


def _conclusion(
    node: SchemeNode, left: LeftOut, wrong_aim: str, proposition: str
) -> tuple[list[str], str] | None:
    targets = list(node.targets)
    for k in node.aimed:
        if node.attack:
            targets.append(k)
        else:
            left.add("edge", wrong_aim, f"{node.key!r} to {k!r}")
    premises = node.premises
    what = node.noun
    if not premises:
        left.add(what, f"without a premise (no edge from {proposition} into it)", repr(node.key))
        return None
    if not targets:
        left.add(what, f"without a conclusion (no edge from it to {proposition})", repr(node.key))
        return None
    if len(targets) > 1:
        named = ", ".join(map(repr, targets))
        left.add(what, "with several conclusions (argmap needs one)", f"{node.key!r} ({named})")
        return None
    conclusion = targets[0]
    if conclusion in premises:
        premises = [k for k in premises if k != conclusion]
        if not premises:
            left.add(what, "whose only premise is its own conclusion", repr(node.key))
            return None
        left.add(
            "premise",
            "also serving as its inference's conclusion (kept as the conclusion only)",
            f"{conclusion!r} of {node.key!r}",
        )
    return premises, conclusion


def structured(
    nodes: Mapping[str, SchemeNode],
    left: LeftOut,
    *,
    wrong_aim: str,
    proposition: str = "an I-node",
) -> dict[str, tuple[list[str], str]]:
    """``{key: (premise keys, conclusion key)}`` of the nodes with an argument structure.

    A node needs a premise and exactly one conclusion (a premise that is also
    the conclusion does not count); only an attack may have an inference node
    as its conclusion, and only one that is kept. ``wrong_aim`` words why an
    edge from a support to another inference node is left out, and
    ``proposition`` names a proposition in the reasons (``"an atom"``).
    """
    found = {}
    for key, node in nodes.items():
        shape = _conclusion(node, left, wrong_aim, proposition)
        if shape is not None:
            found[key] = shape
    dropped = True
    while dropped:  # an undercut of an inference left out goes too, and so on
        dropped = False
        for key, (_, target) in list(found.items()):
            if target in nodes and target not in found:
                del found[key]
                left.add(
                    nodes[key].noun,
                    "whose target inference was left out",
                    f"{key!r} (target {target!r})",
                )
                dropped = True
    return found
