"""Helpers for teaching diagrams: restyling DOT from :func:`argmap.to_dot`, and drawing it.

``to_dot`` gives every statement, junction and edge a stable SVG id
(``node-<id>``, ``junction-<inference id>``, ``edge-<inference id>-<n>``).
Teaching diagrams need line styles the highlight overlay does not offer
(a missing box dashed, a box not yet revealed invisible), so they append
attributes to those lines: in a DOT attribute list the last setting wins.

>>> dot = '  "C1" [id="node-C1", style="rounded"];\\n'
>>> restyle(dot, {"node-C1": {"style": "dashed"}})
'  "C1" [id="node-C1", style="rounded", style="dashed"];\\n'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from argmap.errors import FormatError
from argmap.files import write_atomic
from argmap.rendering.graphviz_run import run_graphviz
from argmap.rendering.labels import quoted

__all__ = ["DRAWN", "draw", "restyle"]

#: What :func:`draw` writes, by suffix or name.
DRAWN = ("svg", "png", "pdf", "dot", "gv")

_HOOK = re.compile(r'^  .*?\[id="((?:node|junction|edge)-[^"]*)"')


def restyle(dot: str, changes: Mapping[str, Mapping[str, str]]) -> str:
    """``dot`` with the attributes in ``changes`` (by SVG id) added to the matching lines.

    Values are quoted here; ``label`` values that start with ``<`` are
    passed as HTML-like labels, unquoted (build them with
    :func:`argmap.rendering.labels.html_text`).
    """
    if not changes:
        return dot
    out = []
    for line in dot.splitlines(keepends=True):
        m = _HOOK.match(line)
        extra = changes.get(m.group(1)) if m else None
        if extra:
            end = line.rstrip("\n")
            assert end.endswith("];"), end
            attrs = ", ".join(
                f"{k}={v if k == 'label' and v.startswith('<') else quoted(v)}"
                for k, v in extra.items()
            )
            line = f"{end[:-2]}, {attrs}];" + line[len(end) :]
        out.append(line)
    return "".join(out)


def draw(source: str, target: str | Path) -> Path | bytes:
    """Lay out DOT ``source`` into ``target``: a path (its suffix picks the format) or a name.

    ``.dot``/``.gv`` need no Graphviz binary. Returns the path written, or
    the bytes when ``target`` is a format name.
    """
    name = str(target).lower()
    path = None if name in DRAWN else Path(target)
    fmt = name if path is None else path.suffix.lstrip(".").lower()
    if fmt not in DRAWN:
        raise FormatError(
            f"{target}: cannot draw {fmt or 'a file without a suffix'!r}; "
            f"use one of: {', '.join(DRAWN)}"
        )
    data = source.encode("utf-8") if fmt in ("dot", "gv") else run_graphviz(source, fmt)
    if path is None:
        return data
    write_atomic(path, data)
    return path
