"""Loading and saving maps: the format is picked by the file's suffix.

Saving writes to a temporary file beside the target, flushes it to disk and
renames it over the target, so a crash never leaves a half-written map.

>>> import tempfile, pathlib
>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); _ = b.thesis("Act now")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "m.yaml"
>>> save(b.build(), path)
>>> load(path) == b.build()
True
"""

from __future__ import annotations

import os
import warnings
import weakref
from pathlib import Path

from argmap.errors import ArgmapWarning, FormatError, ParseError
from argmap.files import read_text_file, write_atomic
from argmap.formats.registry import Format, format_for_path, get_format
from argmap.model import ArgumentMap
from argmap.text import refuse_surrogates

__all__ = ["dumps", "load", "loads", "save"]


# Where each loaded map's source text file really is, so that saving the map
# into another folder can keep ``source.text_file`` pointing at the same file.
# Keyed by the id of the Source object and dropped when that object goes.
_TEXT_FILES: dict[int, Path] = {}


def _remember_text_file(amap: ArgumentMap, base: Path) -> None:
    src = amap.source
    if src.text_file and not Path(src.text_file).is_absolute():
        key = id(src)
        _TEXT_FILES[key] = (base / src.text_file).resolve()
        weakref.finalize(src, _TEXT_FILES.pop, key, None)


def _relocated(amap: ArgumentMap, target: Path) -> ArgumentMap:
    src = amap.source
    where = _TEXT_FILES.get(id(src)) if src.text_file else None
    if where is None:
        return amap
    moved = os.path.relpath(where, target.resolve().parent)
    if moved == src.text_file:
        return amap
    return amap.model_copy(update={"source": src.model_copy(update={"text_file": moved})})


def _pick(format: str | None, path: str | Path | None) -> Format:
    if format is not None:
        return get_format(format)
    if path is None:
        raise FormatError("name the format, e.g. format='yaml'")
    return format_for_path(path)


def loads(
    text: str,
    format: str = "yaml",
    *,
    source: str | None = None,
    base: str | Path | None = None,
) -> ArgumentMap:
    """Parse a map from text in ``format`` (``"yaml"``, ``"json"`` ...).

    >>> loads('{"statements": []}', format="json").statements
    []
    """
    fmt = get_format(format)
    if fmt.loads is None:
        raise FormatError(f"argmap can write {fmt.name} but not read it")
    refuse_surrogates(text, source)
    return fmt.loads(text, source=source, base=base)


def dumps(amap: ArgumentMap, format: str = "yaml") -> str:
    """Write a map as text in ``format``.

    A format that cannot hold everything in the map (a diagram) warns with
    one :class:`~argmap.errors.ArgmapWarning` naming what it left out.
    """
    fmt = get_format(format)
    if fmt.dumps is None:
        raise FormatError(f"argmap can read {fmt.name} but not write it")
    _warn_drops(fmt, amap, None)
    return fmt.dumps(amap)


def _warn_drops(fmt: Format, amap: ArgumentMap, target: str | None) -> None:
    """One warning listing what ``fmt`` leaves out of ``amap``, if anything."""
    if fmt.lossless or fmt.drops is None:
        return
    lost = fmt.drops(amap)
    if lost:
        where = f"{target}: " if target else ""
        warnings.warn(
            f"{where}{fmt.name} keeps only what the diagram shows; left out: "
            f"{', '.join(lost)} (save as .yaml or .json to keep everything)",
            ArgmapWarning,
            stacklevel=3,
        )


def load(path: str | Path, *, format: str | None = None) -> ArgumentMap:
    """Read a map from a file; the suffix picks the format unless ``format`` is given.

    A ``source.text_file`` named in the map is read relative to the map's folder.
    """
    p = Path(path)
    fmt = _pick(format, p)
    if fmt.loads is None:
        raise FormatError(f"{p}: argmap can write {fmt.name} but not read it")
    if not p.exists():
        raise ParseError("no such file", source=str(p))
    text = read_text_file(p, what="map file")
    amap = fmt.loads(text, source=str(p), base=p.parent)
    _remember_text_file(amap, p.parent)
    return amap


def save(amap: ArgumentMap, path: str | Path, *, format: str | None = None) -> None:
    """Write a map to a file atomically; the suffix picks the format.

    Saving in a format that cannot hold everything warns like :func:`dumps`.

    A map loaded from a file whose ``source.text_file`` is a relative path is
    saved with that path rewritten from the new folder, so it still finds its text.
    """
    p = Path(path)
    fmt = _pick(format, p)
    if fmt.dumps is None:
        raise FormatError(f"{p}: argmap can read {fmt.name} but not write it")
    _warn_drops(fmt, amap, str(p))
    write_atomic(p, fmt.dumps(_relocated(amap, p)))
