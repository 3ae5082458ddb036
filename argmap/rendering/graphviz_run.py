"""Drawing maps with the Graphviz binary: SVG, PNG and PDF.

:func:`render` writes a file (the suffix picks the format) or, given a
format name, returns the bytes. The ``dot`` binary is looked up only when a
drawing is asked for; when it is missing, failing or too slow, a
:class:`~argmap.errors.RenderError` says what to do.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act now")
>>> render(b.build(), "dot").startswith(b'digraph')  # no binary needed for DOT
True
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from argmap.errors import FormatError, RenderError
from argmap.model import ArgumentMap
from argmap.rendering.dot import to_dot
from argmap.rendering.pages import draw_one, write_views

__all__ = ["ENGINES", "FORMATS", "render", "run_graphviz", "to_svg"]

#: Output formats :func:`render` knows, by name; ``dot``/``gv`` need no binary.
FORMATS = ("svg", "png", "pdf", "dot", "gv")
#: Graphviz layout programs :func:`render` may run.
ENGINES = ("dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork")

INSTALL_HINT = (
    "install Graphviz: `apt-get install graphviz` (Debian/Ubuntu), `brew install graphviz` "
    "(macOS), `conda install -c conda-forge graphviz`, or see https://graphviz.org/download/; "
    "DOT text (argmap.to_dot, or -o map.dot) needs no binary"
)


def _target(target: str | Path, format: str | None) -> tuple[Path | None, str]:
    if isinstance(target, str) and target.lower() in FORMATS and format is None:
        return None, target.lower()
    path = Path(target)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        hint = ""
        if fmt in ("html", "mmd", "mermaid"):
            hint = "; use argmap.to_html or argmap.to_mermaid (or `argmap render -o`) for it"
        raise FormatError(
            f"{path}: cannot render {fmt or 'a file without a suffix'!r}; "
            f"use one of: {', '.join(FORMATS)}{hint}"
        )
    return path, fmt


def render(
    amap: ArgumentMap,
    target: str | Path,
    *,
    format: str | None = None,
    engine: str = "dot",
    timeout: float = 60,
    fit: str | None = None,
    **options: Any,
) -> bytes | Path:
    """Draw ``amap`` to a file, or to bytes when ``target`` is a format name.

    ``target`` is a path whose suffix picks the format (``.svg``, ``.png``,
    ``.pdf``, ``.dot``/``.gv``) or one of those names (then the drawing is
    returned as bytes). ``format`` overrides the suffix, ``engine`` picks the
    Graphviz layout program and ``timeout`` (seconds) bounds its run; other
    keyword options go to :func:`~argmap.rendering.dot.to_dot`. Files are
    written atomically; the path is returned. ``fit`` (``"screen"``,
    ``"slide"``, ``"a4"``, ``"letter"``) lays the map out for that size and
    splits it into views when it needs several (see
    :mod:`argmap.rendering.pages`): a PDF gets a real page per view, other
    formats write the further views beside ``target``.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act now")
    >>> render(b.build(), "out.html")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: out.html: cannot render 'html'; use one of: svg, png, pdf, dot, ...
    """
    path, fmt = _target(target, format)
    if fit is not None:

        def draw(dot: str, fmt: str) -> bytes:
            return run_graphviz(dot, fmt, engine=engine, timeout=timeout)

        if path is None:
            return draw_one(amap, fmt, fit=fit, draw=draw, **options)
        return write_views(amap, path.with_suffix(f".{fmt}"), fit=fit, draw=draw, **options)[0]
    source = to_dot(amap, **options)
    if fmt in ("dot", "gv"):
        data = source.encode("utf-8")
    else:
        data = run_graphviz(source, fmt, engine=engine, timeout=timeout)
    if path is None:
        return data
    from argmap.formats.io import write_atomic

    write_atomic(path, data)
    return path


def to_svg(amap: ArgumentMap, **options: Any) -> str:
    """The map drawn as SVG text (needs the Graphviz binary).

    Takes :func:`render`'s ``engine`` and ``timeout`` and every
    :func:`~argmap.rendering.dot.to_dot` option.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act now")
    >>> "Act now" in to_svg(b.build())  # doctest: +SKIP
    True
    """
    data = render(amap, "svg", **options)
    assert isinstance(data, bytes)
    return data.decode("utf-8")


def run_graphviz(source: str, format: str, *, engine: str = "dot", timeout: float = 60) -> bytes:
    """Lay out DOT ``source`` with Graphviz's ``engine`` and return the ``format`` output.

    Raises :class:`~argmap.errors.RenderError` when the binary is missing
    (with how to install it), fails or runs longer than ``timeout`` seconds.
    """
    if engine not in ENGINES:
        raise FormatError(f"unknown Graphviz engine {engine!r}; use one of: {', '.join(ENGINES)}")
    exe = shutil.which(engine)
    if exe is None:
        raise RenderError(f"the Graphviz program {engine!r} was not found on PATH; {INSTALL_HINT}")
    try:
        done = subprocess.run(
            [exe, f"-T{format}"],
            input=source.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            f"Graphviz {engine!r} took longer than {timeout:g} s to lay out the map; "
            "draw part of it (focus='<id>', depth=1, hide_evidence=True), try another "
            "engine (engine='sfdp'), or allow more time (timeout=...)"
        ) from None
    except OSError as exc:
        raise RenderError(f"could not run Graphviz {engine!r}: {exc}; {INSTALL_HINT}") from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = "; ".join(why[:5]) or f"exit status {done.returncode}"
        raise RenderError(
            f"Graphviz {engine!r} failed: {detail}; try another engine (engine='sfdp') "
            "or draw part of the map (focus='<id>')"
        )
    return done.stdout
