"""The Argument Interchange Format (AIF) in its JSON form, as AIFdb and OVA use it.

Statements are I-nodes; a support inference is an RA-node, an attack a
CA-node (an undercut points a CA-node at an RA-node); several I-nodes into
one RA-node are linked premises. Spans and ``attributed_to`` also become
locutions (L-nodes) and participants. Everything AIF has no place for
travels in ``"argmap"`` keys that AIF tools ignore, so a map survives the
round trip unchanged:

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="On the pact")
>>> t = b.thesis("Act now")
>>> e = b.evidence("Exports fell", supports=t, evidence_type="statistic")
>>> m = b.build()
>>> from_aif(dump_aif(m)) == m
True

Reading a file written by another tool maps what it can (see
:data:`NODE_TYPES`) and names what it left out in an
:class:`~argmap.errors.ArgmapWarning`.
"""

from __future__ import annotations

import json
from pathlib import Path

from argmap.formats.aif._read import NODE_TYPES, from_aif
from argmap.formats.aif._write import to_aif
from argmap.formats.registry import Format
from argmap.model import ArgumentMap

__all__ = ["FORMATS", "NODE_TYPES", "dump_aif", "from_aif", "load_aif", "to_aif"]


def dump_aif(amap: ArgumentMap) -> str:
    """The map as xAIF JSON text."""
    return json.dumps(to_aif(amap), ensure_ascii=False, indent=1) + "\n"


def load_aif(
    text: str, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Parse AIF JSON text; errors name ``source``, the line and the node."""
    return from_aif(text, source=source)


FORMATS = (
    Format(
        name="aif",
        suffixes=(".aif.json", ".aif"),
        description="Argument Interchange Format JSON (AIFdb, OVA's xAIF)",
        dumps=dump_aif,
        loads=load_aif,
        lossless=True,
    ),
)
