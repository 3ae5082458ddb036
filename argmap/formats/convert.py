"""Converting a map file from one format to another.

>>> import tempfile, pathlib
>>> from argmap.model import MapBuilder
>>> from argmap.formats.io import save
>>> b = MapBuilder(); _ = b.thesis("Act now")
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = save(b.build(), folder / "m.yaml")
>>> convert(folder / "m.yaml", folder / "m.aif.json").thesis.text
'Act now'
>>> (folder / "m.aif.json").exists()
True
"""

from __future__ import annotations

from pathlib import Path

from argmap.formats.io import load, save
from argmap.model import ArgumentMap

__all__ = ["convert"]


def convert(
    in_path: str | Path,
    out_path: str | Path,
    *,
    from_: str | None = None,
    to: str | None = None,
) -> ArgumentMap:
    """Read ``in_path`` and write it to ``out_path``; the suffixes pick the formats.

    ``from_`` and ``to`` name the formats instead (``"aif"`` for an AIF file
    called ``.json``). Returns the map that was converted. A lossy target
    warns with :class:`~argmap.errors.ArgmapWarning`.
    """
    amap = load(in_path, format=from_)
    save(amap, out_path, format=to)
    return amap
