"""Reading and writing maps: text functions and file functions over one registry.

Text: :func:`loads` and :func:`dumps` (``str``), :func:`pipe` (``bytes``, any
format, drawings included). Files: :func:`load`, :func:`save` and
:func:`render`, which return the :class:`~pathlib.Path` they wrote. Every
format and suffix comes from :mod:`argmap.formats.registry`; every option is
keyword-only.

Saving writes to a temporary file beside the target, flushes it to disk and
renames it over the target, so a crash never leaves a half-written map. A
map is never written over the file it was read from in another format, nor
over its source text.

>>> import tempfile, pathlib
>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); _ = b.thesis("Act now")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "m.yaml"
>>> save(b.build(), path).name
'm.yaml'
>>> load(path) == b.build()
True
>>> dumps(b.build(), format="json").startswith("{")
True
"""

from __future__ import annotations

import importlib
import inspect
import os
import warnings
import weakref
from pathlib import Path
from typing import Any

from argmap.errors import ArgmapWarning, FormatError, ParseError
from argmap.files import MAX_FILE_BYTES, read_text_file, write_atomic
from argmap.formats.registry import Format, format_for_path, get_format
from argmap.model import ArgumentMap
from argmap.text import refuse_surrogates

__all__ = ["dumps", "load", "loads", "pipe", "render", "save"]


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


# The file each loaded map was read from and in which format, so that writing
# another format over that file (``m.svg`` holding YAML, rendered to
# ``m.svg``) is refused rather than losing the map. Keyed by the map's id and
# dropped when the map goes.
_LOADED_FROM: dict[int, tuple[Path, str]] = {}


def _remember_origin(amap: ArgumentMap, path: Path, fmt: Format) -> None:
    key = id(amap)
    _LOADED_FROM[key] = (path.resolve(), fmt.name)
    weakref.finalize(amap, _LOADED_FROM.pop, key, None)


def _refuse_overwriting_sources(amap: ArgumentMap, target: Path, fmt: Format) -> None:
    """FormatError when ``target`` is the map's source text, or the file it came from."""
    where = target.resolve()
    src = amap.source
    text_file = _TEXT_FILES.get(id(src))
    if text_file is None and src.text_file and Path(src.text_file).is_absolute():
        text_file = Path(src.text_file).resolve()
    if text_file == where:
        raise FormatError(
            f"{target}: this is the map's source text (source.text_file); writing "
            f"{fmt.name} there would replace it; choose another file name"
        )
    origin = _LOADED_FROM.get(id(amap))
    if origin is not None and origin[0] == where and origin[1] != fmt.name:
        raise FormatError(
            f"{target}: the map was read from this file as {origin[1]}; writing {fmt.name} "
            "over it would lose the map; choose another file name"
        )


def _pick(format: str | None, path: Path) -> Format:
    return get_format(format) if format is not None else format_for_path(path)


def _keywords(ref: str) -> tuple[set[str], bool]:
    """The keyword options of the function ``"module:function"``, and whether it takes more."""
    module, _, name = ref.partition(":")
    params = inspect.signature(getattr(importlib.import_module(module), name)).parameters
    named = {p.name for p in list(params.values())[1:] if p.kind in _NAMED}
    return named, any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


_NAMED = (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
# Where the options a writer passes on (``**options``) end up: the SVG drawing, then the DOT.
_PASSED_ON = ("argmap.rendering.graphviz_run:to_svg", "argmap.rendering.dot:to_dot")


def _check_options(fmt: Format, options: dict[str, Any]) -> None:
    """FormatError naming an option ``fmt``'s writer does not take (not a TypeError)."""
    if not options or not fmt.drawing or fmt.writer is None:
        return  # Format.write refuses options to a format that is not a drawing
    accepted, more = _keywords(fmt.writer)
    for ref in _PASSED_ON if more else ():
        named, more = _keywords(ref)
        accepted |= named
        if not more:
            break
    unknown = sorted(set(options) - accepted)
    if unknown and not more:
        raise FormatError(
            f"{fmt.name} takes no option {', '.join(map(repr, unknown))}; "
            f"it takes: {', '.join(sorted(accepted))}"
        )


def loads(
    text: str,
    *,
    format: str = "yaml",
    source: str | None = None,
    base: str | Path | None = None,
) -> ArgumentMap:
    """Parse a map from text in ``format`` (``"yaml"``, ``"json"`` ...).

    ``source`` names the text in errors; ``base`` is the folder a relative
    ``source.text_file`` is read from.

    >>> loads('{"statements": []}', format="json").statements
    []
    """
    fmt = get_format(format)
    if not fmt.readable:
        raise FormatError(f"argmap can write {fmt.name} but not read it")
    refuse_surrogates(text, source)
    return fmt.read(text, source=source, base=base)


def dumps(amap: ArgumentMap, *, format: str = "yaml") -> str:
    """Write a map as text in ``format``; binary formats are :func:`pipe`'s.

    A format that cannot hold everything in the map (a diagram) warns with
    one :class:`~argmap.errors.ArgmapWarning` naming what it left out.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); _ = b.thesis("Act now")
    >>> dumps(b.build(), format="png")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: png is binary: use argmap.pipe(m, format='png') for its bytes
    """
    fmt = get_format(format)
    if fmt.binary:
        raise FormatError(
            f"{fmt.name} is binary: use argmap.pipe(m, format={fmt.name!r}) for its bytes"
        )
    _warn_drops(fmt, amap, None)
    text = fmt.write(amap)
    assert isinstance(text, str)
    return text


def pipe(amap: ArgumentMap, *, format: str, **options: Any) -> bytes:
    """The map in ``format`` as bytes (text formats UTF-8 encoded), nothing written.

    Drawing options (``theme``, ``focus``, ``engine`` ...) go to the
    format's writer; see :func:`render`.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); _ = b.thesis("Act now")
    >>> pipe(b.build(), format="dot", title=False).startswith(b"digraph")
    True
    """
    fmt = get_format(format)
    fit = options.pop("fit", None)
    _check_options(fmt, options)
    if fit is not None:
        # Imported on use: layouts for a size load the renderer and Graphviz runner.
        from argmap.rendering.graphviz_run import run_graphviz
        from argmap.rendering.pages import draw_one

        if fmt.drawing != "graphviz":
            raise FormatError(f"fit={fit!r} lays out a Graphviz drawing: use svg, png or pdf")
        engine, timeout = options.pop("engine", "dot"), options.pop("timeout", 60)
        return draw_one(
            amap,
            fmt.name,
            fit=fit,
            draw=lambda dot, kind: run_graphviz(dot, kind, engine=engine, timeout=timeout),
            **options,
        )
    data = fmt.write(amap, **options)
    return data.encode("utf-8") if isinstance(data, str) else data


def _warn_drops(fmt: Format, amap: ArgumentMap, target: str | None) -> None:
    """One warning listing what ``fmt`` leaves out of ``amap``, if anything."""
    lost = fmt.dropped(amap)
    if lost:
        where = f"{target}: " if target else ""
        shows = "page" if fmt.drawing == "page" else "diagram"
        warnings.warn(
            f"{where}{fmt.name} keeps only what the {shows} shows; left out: "
            f"{', '.join(lost)} (save as .yaml or .json to keep everything)",
            ArgmapWarning,
            stacklevel=3,
        )


def load(
    path: str | Path, *, format: str | None = None, max_bytes: int | None = MAX_FILE_BYTES
) -> ArgumentMap:
    """Read a map from a file; the suffix picks the format unless ``format`` is given.

    A ``source.text_file`` named in the map is read relative to the map's
    folder (see :mod:`argmap.formats.text_policy` for which files it may
    name). Only a regular file of at most ``max_bytes`` bytes is read
    (256 MiB by default; ``None`` for no limit): a FIFO, a device or a
    larger file is a :class:`~argmap.errors.ParseError`.
    """
    p = Path(path)
    fmt = _pick(format, p)
    if not fmt.readable:
        raise FormatError(f"{p}: argmap can write {fmt.name} but not read it")
    if not p.exists():
        raise ParseError("no such file", source=str(p))
    text = read_text_file(p, what="map file", limit=max_bytes)
    amap = fmt.read(text, source=str(p), base=p.parent)
    _remember_text_file(amap, p.parent)
    _remember_origin(amap, p, fmt)
    return amap


def save(amap: ArgumentMap, path: str | Path, *, format: str | None = None) -> Path:
    """Write a map to a file atomically and return its path; the suffix picks the format.

    Every format of the registry can be saved, drawings included (with
    their default look; :func:`render` takes drawing options). Saving in a
    format that cannot hold everything warns like :func:`dumps`.

    A map loaded from a file whose ``source.text_file`` is a relative path is
    saved with that path rewritten from the new folder, so it still finds its text.
    """
    p = Path(path)
    fmt = _pick(format, p)
    _refuse_overwriting_sources(amap, p, fmt)
    _warn_drops(fmt, amap, str(p))
    write_atomic(p, fmt.write(_relocated(amap, p)))
    return p


def render(
    amap: ArgumentMap, path: str | Path, *, format: str | None = None, **options: Any
) -> Path:
    """Draw ``amap`` into a file atomically and return its path; the suffix picks the format.

    It takes the same suffixes as :func:`save` (SVG, PNG and PDF need the
    Graphviz binary). Drawing options go to the format's writer: every
    :func:`~argmap.rendering.dot.to_dot` option (``theme``, ``focus``,
    ``labels`` ...), plus ``engine`` and ``timeout`` for Graphviz; a format
    that is not a drawing takes none. ``format`` overrides the suffix.
    ``fit`` (``"screen"``, ``"slide"``, ``"a4"``, ``"letter"``) lays an SVG,
    PNG or PDF out for that size and splits a large map into views (see
    :mod:`argmap.rendering.pages`): a PDF gets a page per view, other formats
    write the further views beside ``path``.

    >>> import tempfile, pathlib
    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act now")
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> render(b.build(), folder / "m.mmd", direction="LR").read_text().splitlines()[0]
    'flowchart LR'
    >>> render(b.build(), folder / "m.docx")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: ...m.docx: cannot tell the format from the suffix '.docx'; ...
    """
    p = Path(path)
    fmt = _pick(format, p)
    _refuse_overwriting_sources(amap, p, fmt)
    fit = options.pop("fit", None)
    _check_options(fmt, options)
    if fit is not None:
        return _fitted(amap, fmt, fit, options, path=p)[0]
    write_atomic(p, fmt.write(_relocated(amap, p), **options))
    return p


def _fitted(
    amap: ArgumentMap, fmt: Format, fit: str, options: dict[str, Any], *, path: Path
) -> list[Path]:
    """Views laid out for a size (``fit``), written beside ``path``; see rendering.pages."""
    # Imported on use: layouts for a size load the renderer and Graphviz runner.
    from argmap.rendering.graphviz_run import run_graphviz
    from argmap.rendering.pages import write_views

    if fmt.drawing != "graphviz":
        raise FormatError(f"fit={fit!r} lays out a Graphviz drawing: use svg, png or pdf")
    engine, timeout = options.pop("engine", "dot"), options.pop("timeout", 60)

    def draw(dot: str, kind: str) -> bytes:
        return run_graphviz(dot, kind, engine=engine, timeout=timeout)

    return write_views(amap, path, fit=fit, draw=draw, **options)
