"""Drawing maps with the Graphviz binary: SVG, PNG and PDF.

Each function returns the drawing (``to_svg`` text, ``to_png``/``to_pdf``
bytes); writing it to a file is :func:`argmap.render`'s job, one layer up.
The ``dot`` binary is looked up only when a drawing is asked for; when it is
missing, failing or too slow, a :class:`~argmap.errors.RenderError` says
what to do.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act now")
>>> to_png(b.build(), engine="rm")
Traceback (most recent call last):
...
argmap.errors.FormatError: unknown Graphviz engine 'rm'; use one of: dot, neato, ...
"""

from __future__ import annotations

import math
import shutil
import subprocess
from typing import Any

from argmap.errors import FormatError, RenderError
from argmap.model import ArgumentMap
from argmap.rendering.dot import to_dot

__all__ = ["ENGINES", "run_graphviz", "to_pdf", "to_png", "to_svg"]

#: Graphviz layout programs the drawing functions may run.
ENGINES = ("dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork")

INSTALL_HINT = (
    "install Graphviz: `apt-get install graphviz` (Debian/Ubuntu), `brew install graphviz` "
    "(macOS), `conda install -c conda-forge graphviz`, or see https://graphviz.org/download/; "
    "DOT text (argmap.to_dot, or -o map.dot) needs no binary"
)


def _draw(
    amap: ArgumentMap, output: str, *, engine: str, timeout: float, options: dict[str, Any]
) -> bytes:
    return run_graphviz(to_dot(amap, **options), output, engine=engine, timeout=timeout)


def to_svg(amap: ArgumentMap, *, engine: str = "dot", timeout: float = 60, **options: Any) -> str:
    """The map drawn as SVG text (needs the Graphviz binary).

    ``engine`` picks the Graphviz layout program and ``timeout`` (seconds)
    bounds its run; other keyword options go to
    :func:`~argmap.rendering.dot.to_dot`.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act now")
    >>> "Act now" in to_svg(b.build())  # doctest: +SKIP
    True
    """
    data = _draw(amap, "svg", engine=engine, timeout=timeout, options=options)
    return data.decode("utf-8")


def to_png(amap: ArgumentMap, *, engine: str = "dot", timeout: float = 60, **options: Any) -> bytes:
    """The map drawn as a PNG image; the options are :func:`to_svg`'s."""
    return _draw(amap, "png", engine=engine, timeout=timeout, options=options)


def to_pdf(amap: ArgumentMap, *, engine: str = "dot", timeout: float = 60, **options: Any) -> bytes:
    """The map drawn as PDF; the options are :func:`to_svg`'s."""
    return _draw(amap, "pdf", engine=engine, timeout=timeout, options=options)


def run_graphviz(source: str, format: str, *, engine: str = "dot", timeout: float = 60) -> bytes:
    """Lay out DOT ``source`` with Graphviz's ``engine`` and return the ``format`` output.

    Raises :class:`~argmap.errors.RenderError` when the binary is missing
    (with how to install it), fails or runs longer than ``timeout`` seconds.
    """
    if engine not in ENGINES:
        raise FormatError(f"unknown Graphviz engine {engine!r}; use one of: {', '.join(ENGINES)}")
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise FormatError(f"timeout must be a number of seconds above 0, not {timeout!r}")
    exe = shutil.which(engine)
    if exe is None:
        raise RenderError(
            f"the Graphviz program {engine!r} was not found on PATH; {INSTALL_HINT}", missing=True
        )
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
        raise RenderError(
            f"could not run Graphviz {engine!r}: {exc}; {INSTALL_HINT}", missing=True
        ) from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = "; ".join(why[:5]) or f"exit status {done.returncode}"
        raise RenderError(
            f"Graphviz {engine!r} failed: {detail}; try another engine (engine='sfdp') "
            "or draw part of the map (focus='<id>')"
        )
    return done.stdout
