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
>>> from_aif(to_aif(m)) == m
True
>>> from_aif_dict(to_aif_dict(m)) == m
True

Like every format module, :func:`to_aif` gives text and :func:`from_aif`
reads text; :func:`to_aif_dict` and :func:`from_aif_dict` work on the parsed
JSON document. Reading a file written by another tool maps what it can (see
:data:`NODE_TYPES`) and names what it left out in an
:class:`~argmap.errors.ArgmapWarning`; the statement kinds of a plain graph
follow from its shape (:func:`guess_kinds`, which the other importers of
proposition graphs share).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from argmap.formats.aif._kinds import guess_kinds
from argmap.formats.aif._read import NODE_TYPES, Dialect
from argmap.formats.aif._read import from_aif as _read_aif
from argmap.formats.aif._write import to_aif_dict
from argmap.model import ArgumentMap

__all__ = [
    "NODE_TYPES",
    "Dialect",
    "from_aif",
    "from_aif_dict",
    "guess_kinds",
    "to_aif",
    "to_aif_dict",
]


def to_aif(amap: ArgumentMap) -> str:
    """The map as xAIF JSON text.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act now")
    >>> to_aif(b.build()).startswith('{\\n "AIF"')
    True
    """
    return json.dumps(to_aif_dict(amap), ensure_ascii=False, indent=1) + "\n"


def from_aif(
    text: str | bytes, *, source: str | None = None, base: str | Path | None = None
) -> ArgumentMap:
    """Parse AIF JSON text; errors name ``source``, the line and the node.

    ``base`` is accepted for the common reader signature; AIF names no files.

    >>> m = from_aif('{"nodes": [{"nodeID": 1, "text": "Act now", "type": "I"}], "edges": []}')
    >>> m.statements[0].text
    'Act now'
    """
    return _read_aif(text, source=source)


def from_aif_dict(
    data: Mapping[str, Any], *, source: str | None = None, dialect: Dialect | None = None
) -> ArgumentMap:
    """Read a parsed AIF document (the ``dict`` :func:`json.load` gives) into a map.

    ``dialect`` says how a tool's variant of AIF is read (OVA's layout, see
    :mod:`argmap.formats.ova`); plain AIF needs none.
    """
    return _read_aif(data, source=source, dialect=dialect)
