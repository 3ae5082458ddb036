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
import tempfile
import warnings
import weakref
from pathlib import Path

from argmap.errors import ArgmapWarning, FormatError
from argmap.formats._validate import read_text_file, refuse_surrogates
from argmap.formats.registry import Format, format_for_path, get_format
from argmap.model import ArgumentMap

__all__ = ["dumps", "load", "loads", "save", "write_atomic"]


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
        from argmap.errors import ParseError

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


def write_atomic(path: Path, content: str | bytes) -> None:
    """Replace ``path`` with ``content`` in one step (temporary file + rename)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
