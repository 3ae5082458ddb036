"""Every format a map can be read from or written to, in one table.

:data:`FORMATS` is the only list of formats and suffixes in argmap:
:func:`argmap.save`, :func:`argmap.render`, :func:`argmap.pipe`,
:func:`argmap.convert` and the ``argmap render``/``argmap convert`` commands
all look formats up here, so they accept the same names and suffixes.

An entry names its writer and reader as ``"module:function"`` and imports
them only when a map is written or read in that format: this keeps
``import argmap`` fast (networkx, YAML and the Graphviz code load on first
use), which is the one reason for the lazy imports here.

>>> get_format("yaml").suffixes
('.yaml', '.yml')
>>> format_for_path("maps/gsomia.json").name
'json'
>>> format_for_path("map.aif.json").name
'aif'
>>> " ".join(f.name for f in FORMATS if f.needs_graphviz)
'svg png pdf'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from argmap.errors import FormatError

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = [
    "FORMATS",
    "Format",
    "all_formats",
    "all_suffixes",
    "format_for_path",
    "get_format",
]

#: Which drawing options a format's writer takes, if any: ``"flowchart"``
#: the layout options shared by every diagram (theme, direction, width,
#: show_ids, hide_evidence, focus, depth); ``"dot"`` every
#: :func:`~argmap.rendering.dot.to_dot` option; ``"graphviz"`` those plus
#: ``engine`` and ``timeout``; ``"page"`` the options of
#: :func:`~argmap.rendering.html.to_html` (the diagram's, less ``title``).
Drawing = Literal["", "flowchart", "dot", "graphviz", "page"]


def _resolve(ref: str) -> Callable[..., Any]:
    # Imported here, on first use, only so that `import argmap` stays fast.
    module, _, name = ref.partition(":")
    found: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return found


@dataclass(frozen=True)
class Format:
    """One file format and how to write (and maybe read) a map in it.

    ``writer`` and ``reader`` are ``"module:function"`` references: the
    writer is called as ``writer(map, **options)`` and returns ``str`` (or
    ``bytes`` when ``binary``); the reader as ``reader(text, *, source=None,
    base=None)`` (``source`` names the document in errors, ``base`` is the
    folder relative paths start from). An importer (a format argmap reads
    but does not write, such as the research corpora's) has no writer.
    ``lossless`` says whether reading back what was written gives an equal
    map; a lossy format names what it leaves out of a given map with
    ``drops`` (a ``"module:function"`` giving ``["notes (3)", "spans (12)"]``),
    which saving turns into one
    :class:`~argmap.errors.ArgmapWarning`. ``needs_graphviz`` says the
    writer runs the Graphviz binary; ``drawing`` which options it takes.
    ``common_suffixes`` are suffixes files in this format usually have but
    share with other formats (``.json``, ``.xml``, ``.txt``): never used to
    guess a format, only to pick the files of a folder read as this format.
    """

    name: str
    suffixes: tuple[str, ...]
    description: str
    writer: str | None
    reader: str | None = None
    binary: bool = False
    needs_graphviz: bool = False
    drawing: Drawing = ""
    lossless: bool = False
    drops: str | None = None
    common_suffixes: tuple[str, ...] = ()

    @property
    def readable(self) -> bool:
        """Whether argmap can read maps in this format."""
        return self.reader is not None

    @property
    def writable(self) -> bool:
        """Whether argmap can write maps in this format (importers cannot)."""
        return self.writer is not None

    def write(self, amap: ArgumentMap, **options: Any) -> str | bytes:
        """The map in this format (``bytes`` when :attr:`binary`, else ``str``)."""
        if self.writer is None:
            raise FormatError(
                f"argmap reads {self.name} but does not write it; save the map as "
                ".yaml, .json or .aif.json"
            )
        if options and not self.drawing:
            raise FormatError(
                f"{self.name} takes no drawing options (got {', '.join(sorted(options))})"
            )
        data: str | bytes = _resolve(self.writer)(amap, **options)
        return data

    def read(
        self, text: str, *, source: str | None = None, base: str | Path | None = None
    ) -> ArgumentMap:
        """Parse ``text`` in this format; export-only formats raise FormatError."""
        if self.reader is None:
            where = f"{source}: " if source else ""
            raise FormatError(f"{where}argmap can write {self.name} but not read it")
        amap: ArgumentMap = _resolve(self.reader)(text, source=source, base=base)
        return amap

    def dropped(self, amap: ArgumentMap) -> list[str]:
        """What writing ``amap`` in this format leaves out (empty when lossless)."""
        if self.lossless or self.drops is None:
            return []
        lost: list[str] = _resolve(self.drops)(amap)
        return lost


_DIAGRAM_DROPS = "argmap.formats.dot:drops"


def _graphviz_format(name: str, description: str, *, binary: bool = False) -> Format:
    """A diagram drawn by the Graphviz binary, written by ``graphviz_run.to_<name>``."""
    return Format(
        name=name,
        suffixes=(f".{name}",),
        description=f"{description} (needs Graphviz)",
        writer=f"argmap.rendering.graphviz_run:to_{name}",
        binary=binary,
        needs_graphviz=True,
        drawing="graphviz",
        drops=_DIAGRAM_DROPS,
    )


#: The one table of formats, in the order help texts list them.
FORMATS: tuple[Format, ...] = (
    Format(
        name="yaml",
        suffixes=(".yaml", ".yml"),
        description="argmap's own YAML (for writing maps by hand)",
        writer="argmap.formats.native:to_yaml",
        reader="argmap.formats.native:from_yaml",
        lossless=True,
    ),
    Format(
        name="json",
        suffixes=(".json",),
        description="argmap's own JSON",
        writer="argmap.formats.native:to_json",
        reader="argmap.formats.native:from_json",
        lossless=True,
    ),
    Format(
        name="aif",
        suffixes=(".aif.json", ".aif"),
        description="Argument Interchange Format JSON (AIFdb, OVA's xAIF)",
        writer="argmap.formats.aif:to_aif",
        reader="argmap.formats.aif:from_aif",
        lossless=True,
    ),
    Format(
        name="graphml",
        suffixes=(".graphml",),
        description="GraphML for yEd, Gephi and Cytoscape (every field as an attribute)",
        writer="argmap.formats.graphml:to_graphml",
        reader="argmap.formats.graphml:from_graphml",
        lossless=True,
    ),
    Format(
        name="node-link",
        suffixes=(".nodelink.json",),
        description="networkx node-link JSON (D3 and graph tools)",
        writer="argmap.formats.nodelink:to_node_link",
        reader="argmap.formats.nodelink:from_node_link",
        lossless=True,
    ),
    Format(
        name="argdown",
        suffixes=(".argdown", ".ad"),
        description="Argdown, the argumentation syntax (statements, arguments, relations)",
        writer="argmap.formats.argdown:to_argdown",
        reader="argmap.formats.argdown:from_argdown",
        lossless=True,
    ),
    Format(
        name="arggraph",
        suffixes=(),
        description="arggraph XML of the argumentative microtext corpora (read only)",
        writer=None,
        reader="argmap.formats.arggraph:from_arggraph",
        common_suffixes=(".xml",),
    ),
    Format(
        name="brat",
        suffixes=(".ann",),
        description="BRAT standoff of the Argument Annotated Essays (beside its .txt; read only)",
        writer=None,
        reader="argmap.formats.brat:from_brat",
    ),
    Format(
        name="sadface",
        suffixes=(),
        description="SADFace, the Simple Argument Description Format (JSON; read only)",
        writer=None,
        reader="argmap.formats.sadface:from_sadface",
        common_suffixes=(".json",),
    ),
    Format(
        name="kialo",
        suffixes=(),
        description="Kialo's plain-text discussion export (read only)",
        writer=None,
        reader="argmap.formats.kialo:from_kialo",
        common_suffixes=(".txt",),
    ),
    Format(
        name="ova",
        suffixes=(),
        description="OVA's JSON: AIF with OVA's layout (OVA3), or OVA2's own (read only)",
        writer=None,
        reader="argmap.formats.ova:from_ova",
        common_suffixes=(".json",),
    ),
    Format(
        name="mermaid",
        suffixes=(".mmd", ".mermaid"),
        description="Mermaid flowchart for Markdown (export only)",
        writer="argmap.formats.mermaid:to_mermaid",
        drawing="flowchart",
        drops="argmap.formats.mermaid:drops",
    ),
    Format(
        name="dot",
        suffixes=(".dot", ".gv"),
        description="Graphviz DOT source of the diagram (export only)",
        writer="argmap.rendering.dot:to_dot",
        drawing="dot",
        drops=_DIAGRAM_DROPS,
    ),
    _graphviz_format("svg", "the diagram as SVG"),
    _graphviz_format("png", "the diagram as a PNG image", binary=True),
    _graphviz_format("pdf", "the diagram as PDF", binary=True),
    Format(
        name="html",
        suffixes=(".html", ".htm"),
        description="annotated page: the editorial with its statements marked, and the diagram",
        writer="argmap.rendering.html:to_html",
        drawing="page",
        drops="argmap.formats.dot:page_drops",
    ),
)


def all_formats() -> list[Format]:
    """Every format, in the order of :data:`FORMATS`."""
    return list(FORMATS)


def all_suffixes(*, readable: bool = False, writable: bool = False) -> list[str]:
    """Every suffix a format claims (only readable or writable formats' when asked).

    >>> " ".join(all_suffixes(readable=True)[:3])
    '.yaml .yml .json'
    >>> ".ann" in all_suffixes(readable=True), ".ann" in all_suffixes(writable=True)
    (True, False)
    """
    return [
        s
        for f in FORMATS
        if (f.readable or not readable) and (f.writable or not writable)
        for s in f.suffixes
    ]


def get_format(name: str) -> Format:
    """The format called ``name`` (``"yaml"``, ``"json"`` ...), or claiming suffix ``.name``."""
    wanted = name.lower().lstrip(".")
    for fmt in FORMATS:
        if fmt.name == wanted or f".{wanted}" in fmt.suffixes:
            return fmt
    known = ", ".join(f.name for f in FORMATS)
    raise FormatError(f"unknown format {name!r}; known formats: {known}")


def format_for_path(path: str | Path) -> Format:
    """The format a file's suffix names (``.yaml``, ``.aif.json`` ...)."""
    p = Path(path)
    suffixes = [s.lower() for s in p.suffixes]
    # Longest compound suffix first: "map.aif.json" is AIF, not plain JSON.
    for n in range(len(suffixes), 0, -1):
        candidate = "".join(suffixes[-n:])
        for fmt in FORMATS:
            if candidate in fmt.suffixes:
                return fmt
    raise FormatError(
        f"{p}: cannot tell the format from the suffix {p.suffix or '(none)'!r}; "
        f"use one of {' '.join(all_suffixes())} or name the format explicitly"
    )
