"""networkx views of a map and the graph queries over them.

This is the only layer that imports networkx.
"""

from argmap.graph.convert import from_networkx, to_networkx
from argmap.graph.queries import (
    attackers,
    find_thesis,
    reaches,
    support_cycles,
    support_tree,
    supporters,
    unconnected,
)

__all__ = [
    "attackers",
    "find_thesis",
    "from_networkx",
    "reaches",
    "support_cycles",
    "support_tree",
    "supporters",
    "to_networkx",
    "unconnected",
]
