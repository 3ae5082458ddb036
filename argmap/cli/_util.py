"""Small helpers shared by the subcommands."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from argmap.errors import FormatError

__all__ = ["expand_paths"]


def expand_paths(paths: Iterable[str], *, suffixes: Iterable[str] | None = None) -> Iterator[Path]:
    """Files named on the command line; a directory stands for the maps in it.

    Inside a directory only files whose suffix a readable format claims are
    taken (or those in ``suffixes``), in sorted order, recursively.
    """
    if suffixes is None:
        from argmap.formats.registry import all_formats

        wanted = {s for f in all_formats() if f.loads is not None for s in f.suffixes}
    else:
        wanted = set(suffixes)
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                q
                for q in p.rglob("*")
                if q.is_file()
                and not any(part.startswith(".") for part in q.relative_to(p).parts)
                and "".join(q.suffixes[-1:]).lower() in wanted
            )
            if not found:
                raise FormatError(f"{p}: no map files in this directory")
            yield from found
        else:
            yield p
