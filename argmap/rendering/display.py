"""Showing maps in Jupyter: the diagram inline, the annotated page in a frame.

A map in a notebook cell shows as its diagram: as HTML scaled to the
notebook's width, which a click opens at full size in a scrolling box
(:func:`diagram_html`; no script, so it works in any notebook), with the
plain SVG beside it for front ends without HTML. When the Graphviz binary is
missing the cell says so, with how to install it, instead of failing.
:class:`Diagram` gives any SVG (``argmap.to_svg(map, focus=...)``) the same
display. :func:`annotate` wraps the annotated editorial page
(:func:`~argmap.rendering.html.to_html`) so it displays inside an
``<iframe>``, where its styles and script cannot touch the notebook.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="On the pact"); _ = b.thesis("Stay in the pact")
>>> summary(b.build())
"<ArgumentMap 'On the pact': 1 statement (1 thesis), 0 inferences>"
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.errors import RenderError
from argmap.model import KINDS
from argmap.rendering.graphviz_run import to_svg
from argmap.rendering.html import to_html

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["AnnotatedHTML", "Diagram", "annotate", "diagram_html", "mimebundle", "summary"]

_SERIAL = itertools.count(1)
_FIT = "max-width:100%;height:auto"


def diagram_html(svg: str, *, label: str = "argument map") -> str:
    """An SVG diagram as HTML for a notebook: fitted to the width, click to see it full size.

    The SVG is checked and rewritten by
    :func:`~argmap.rendering.svg_safe.clean_svg` first, so it cannot carry
    script. The zoom is a hidden checkbox toggled by clicking the diagram
    (CSS only); without the ``<style>`` block the diagram still fits the
    width, through its own ``style`` attribute.

    >>> svg = '<svg xmlns="http://www.w3.org/2000/svg" width="900pt" viewBox="0 0 900 90">'
    >>> html = diagram_html(svg + '<text>a &lt; b</text></svg>')
    >>> 'style="max-width:100%;height:auto"' in html, "a &lt; b" in html
    (True, True)
    >>> "<script" in html
    False
    """
    from argmap.rendering.svg_safe import clean_svg

    safe = clean_svg(svg)
    if safe.startswith("<svg"):
        safe = f'<svg style="{_FIT}"{safe[4:]}'
    digest = hashlib.sha1(safe.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    box = f"argmap-d{digest}-{next(_SERIAL)}"
    return (
        f'<div id="{box}" class="argmap-diagram">'
        f"<style>#{box} .am-view{{overflow:hidden}}"
        f"#{box} input:checked~.am-view{{overflow:auto;max-height:85vh;"
        "border:1px solid #ddd;border-radius:4px}"
        f"#{box} input:checked~.am-view svg{{max-width:none!important}}"
        f"#{box} input:checked~.am-view label{{cursor:zoom-out}}"
        f"#{box} input:checked~.am-hint .am-in,#{box} input:not(:checked)~.am-hint .am-out"
        "{display:none}</style>"
        f'<input type="checkbox" id="{box}-zoom" style="display:none" '
        f'aria-label="show the {escape(label)} at full size">'
        f'<div class="am-hint" style="font-size:11px;color:#666;margin:0 0 2px">'
        f'<label for="{box}-zoom" style="cursor:pointer">'
        '<span class="am-in">Click the diagram to see it full size.</span>'
        '<span class="am-out">Full size: scroll, or click to fit the width again.</span>'
        "</label></div>"
        f'<div class="am-view"><label for="{box}-zoom" style="cursor:zoom-in;display:block" '
        f'title="click to zoom">{safe}</label></div></div>'
    )


class Diagram:
    """An SVG diagram that displays in Jupyter fitted to the width, with click-to-zoom.

    >>> d = Diagram('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"></svg>')
    >>> d._repr_html_().startswith('<div id="argmap-d')
    True
    """

    def __init__(self, svg: str, *, label: str = "argument map") -> None:
        self.svg = svg
        self.label = label

    def _repr_html_(self) -> str:
        return diagram_html(self.svg, label=self.label)

    def _repr_svg_(self) -> str:
        return self.svg

    def __repr__(self) -> str:
        return f"<Diagram: {len(self.svg)} characters of SVG>"


_INSTALL = (
    "install it with `apt-get install graphviz` (Debian/Ubuntu), `brew install graphviz` "
    "(macOS) or `conda install -c conda-forge graphviz`"
)


def summary(amap: ArgumentMap) -> str:
    """A one-line description of a map: title, statements by kind, inferences."""
    n, m = len(amap.statements), len(amap.inferences)
    kinds = ", ".join(f"{len(amap.of_kind(k))} {k}" for k in KINDS if amap.of_kind(k))
    title = f" {amap.source.title!r}" if amap.source.title else ""
    detail = f" ({kinds})" if kinds else ""
    return (
        f"<ArgumentMap{title}: {n} statement{'s' * (n != 1)}{detail}, "
        f"{m} inference{'s' * (m != 1)}>"
    )


def _keep(bundle: dict[str, Any], include: Any, exclude: Any) -> dict[str, Any]:
    if isinstance(include, Iterable) and not isinstance(include, str):
        wanted = set(include)
        bundle = {k: v for k, v in bundle.items() if k in wanted}
    if isinstance(exclude, Iterable) and not isinstance(exclude, str):
        unwanted = set(exclude)
        bundle = {k: v for k, v in bundle.items() if k not in unwanted}
    return bundle


def mimebundle(amap: ArgumentMap, *, include: Any = None, exclude: Any = None) -> dict[str, Any]:
    """The Jupyter representation of ``amap``: its diagram as fitted HTML and SVG, and a summary.

    Never raises for a drawing problem: when Graphviz is missing or fails,
    the bundle holds a short message (HTML and plain text) saying so and how
    to install it. ``include``/``exclude`` filter the MIME types as Jupyter asks.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); _ = b.thesis("Act now")
    >>> sorted(mimebundle(b.build(), include=["text/plain"]))
    ['text/plain']
    """
    text = summary(amap)
    if include is not None and "image/svg+xml" not in include and "text/html" not in include:
        return _keep({"text/plain": text}, include, exclude)
    try:
        svg = to_svg(amap)
    except RenderError as exc:
        n = len(amap.statements)
        why = str(exc).split(";", 1)[0]
        message = (
            f"Graphviz is not installed or could not draw the diagram ({why}); "
            f"{_INSTALL}. The map has {n} statement{'s' * (n != 1)} and "
            f"{len(amap.inferences)} inferences: print it, or see argmap.annotate(map) "
            "for the annotated text."
        )
        html = (
            '<div class="argmap-notice" style="border:1px solid #e2c767;background:#fff6d9;'
            'padding:.6em .9em;border-radius:6px">'
            f"<strong>No diagram.</strong> {escape(message)}</div>"
        )
        return _keep({"text/html": html, "text/plain": message}, include, exclude)
    html = diagram_html(svg, label=amap.source.title or "argument map")
    return _keep({"text/html": html, "image/svg+xml": svg, "text/plain": text}, include, exclude)


class AnnotatedHTML:
    """The annotated editorial page of a map, ready for Jupyter or a file.

    ``html`` is the whole page; in a notebook it shows inside an ``<iframe>``
    (``height`` pixels high) whose sandbox lets its script run but keeps it
    away from the notebook.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(text="We must act."); _ = b.thesis("Act", quote="We must act")
    >>> page = AnnotatedHTML(b.build(), diagram=False)
    >>> page._repr_html_().startswith("<iframe")
    True
    """

    def __init__(self, amap: ArgumentMap, *, height: int = 720, **options: Any) -> None:
        self.map = amap
        self.height = height
        self.options = options
        self._html: str | None = None

    @property
    def html(self) -> str:
        """The full self-contained page (built on first use)."""
        if self._html is None:
            self._html = to_html(self.map, **self.options)
        return self._html

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (UTF-8) and return the path."""
        target = Path(path)
        target.write_text(self.html, encoding="utf-8")
        return target

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{escape(self.html, quote=True)}" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd;'
            'border-radius:6px" title="Annotated editorial" loading="lazy"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<AnnotatedHTML of {summary(self.map)}>"


def annotate(amap: ArgumentMap, **options: Any) -> AnnotatedHTML:
    """The annotated editorial page of ``amap`` for display in Jupyter.

    Options are those of :func:`~argmap.rendering.html.to_html` (``theme``,
    ``diagram``, ``title``, diagram options) plus ``height`` of the frame.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(text="We must act."); _ = b.thesis("Act", quote="We must act")
    >>> "We must act" in annotate(b.build(), diagram=False).html
    True
    """
    return AnnotatedHTML(amap, **options)
