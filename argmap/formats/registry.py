"""Which file formats argmap reads and writes, found by name or suffix.

Each format lives in its own module that defines ``FORMATS``, a tuple of
:class:`Format`. The registry imports those modules only when a format is
asked for, so ``import argmap`` stays light.

>>> get_format("yaml").suffixes
('.yaml', '.yml')
>>> format_for_path("maps/gsomia.json").name
'json'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.errors import FormatError

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["Format", "all_formats", "format_for_path", "get_format"]

Loader = Callable[..., "ArgumentMap"]
Dumper = Callable[["ArgumentMap"], str]

#: Modules that define ``FORMATS``; a new format adds its module here.
_MODULES: tuple[str, ...] = (
    "argmap.formats.native",
    "argmap.formats.aif",
    "argmap.formats.graphml",
    "argmap.formats.nodelink",
    "argmap.formats.argdown",
    "argmap.formats.mermaid",
    "argmap.formats.dot",
)


@dataclass(frozen=True)
class Format:
    """One file format.

    ``loads(text, *, source=None, base=None)`` parses a document (``source``
    names it in errors, ``base`` is the folder relative paths start from);
    ``dumps(map)`` writes one. Export-only formats have no ``loads``.
    ``lossless`` says whether ``loads(dumps(m)) == m`` for every map; a lossy
    format may name what it leaves out of a given map with ``drops(map)``
    (``["notes (3)", "spans (12)"]``), which saving in it turns into one
    :class:`~argmap.errors.ArgmapWarning`.
    """

    name: str
    suffixes: tuple[str, ...]
    description: str
    dumps: Dumper | None = None
    loads: Loader | None = None
    lossless: bool = False
    drops: Callable[[ArgumentMap], list[str]] | None = None


def all_formats() -> list[Format]:
    """Every registered format, in registration order."""
    found: list[Format] = []
    for module_name in _MODULES:
        module = importlib.import_module(module_name)
        found.extend(module.FORMATS)
    return found


def get_format(name: str) -> Format:
    """The format called ``name`` (``"yaml"``, ``"json"`` ...)."""
    formats = all_formats()
    wanted = name.lower().lstrip(".")
    for fmt in formats:
        if fmt.name == wanted or f".{wanted}" in fmt.suffixes:
            return fmt
    known = ", ".join(f.name for f in formats)
    raise FormatError(f"unknown format {name!r}; known formats: {known}")


def format_for_path(path: str | Path) -> Format:
    """The format a file's suffix names (``.yaml``, ``.json`` ...)."""
    p = Path(path)
    suffixes = [s.lower() for s in p.suffixes]
    formats = all_formats()
    # Longest compound suffix first: "map.aif.json" is AIF, not plain JSON.
    for n in range(len(suffixes), 0, -1):
        candidate = "".join(suffixes[-n:])
        for fmt in formats:
            if candidate in fmt.suffixes:
                return fmt
    known = ", ".join(s for f in formats for s in f.suffixes)
    raise FormatError(
        f"{p}: cannot tell the format from the suffix {p.suffix or '(none)'!r}; "
        f"use one of {known} or name the format explicitly"
    )
