"""The map index, networkx views of a map and the graph queries over them.

This is the only layer that imports networkx, and only where a networkx
graph is made or read (:mod:`argmap.graph.convert`): the index, its walks
and the queries run without it, so checks and semantics do not pay for
importing networkx. ``from_networkx`` and ``to_networkx`` are imported on
first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from argmap.graph.index import MapIndex
from argmap.graph.queries import (
    attackers,
    find_thesis,
    reaches,
    support_cycles,
    support_tree,
    supporters,
    unconnected,
)

if TYPE_CHECKING:
    from argmap.graph.convert import from_networkx, to_networkx

__all__ = [
    "MapIndex",
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

# Imported on first access, for start-up time: they import networkx.
_LAZY = {"from_networkx": "argmap.graph.convert", "to_networkx": "argmap.graph.convert"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'argmap.graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
