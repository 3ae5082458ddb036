"""Making Graphviz's SVG safe to place inline in an HTML page.

The SVG must be well-formed XML; it is then written out again from the
parsed tree, keeping only the drawing elements Graphviz uses and dropping
scripts, event-handler attributes, foreign content, comments and links
that are not plain web or fragment links. Writing the tree out (instead of
pasting the text) means the HTML parser sees exactly what was checked.

>>> svg = '<svg xmlns="http://www.w3.org/2000/svg"><g onclick="x()"><script>x()</script>'
>>> svg += '<text>a &lt; b</text></g></svg>'
>>> clean_svg(svg).split('xlink">', 1)[1]
'<g><text>a &lt; b</text></g></svg>'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from html import escape

from argmap.errors import RenderError

__all__ = ["clean_svg"]

_SVG = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"
_XML = "http://www.w3.org/XML/1998/namespace"

#: The elements Graphviz writes; anything else is dropped with its content.
_ELEMENTS = frozenset(
    {
        "svg", "g", "title", "desc", "a", "text", "tspan", "polygon", "polyline", "path",
        "ellipse", "circle", "rect", "line", "defs", "linearGradient", "radialGradient", "stop",
    }
)  # fmt: skip

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
_SAFE_LINK = re.compile(r"(https?://|#)[^\s\x00-\x1f]*", re.IGNORECASE)
_BAD_STYLE = re.compile(r"[\\(]|javascript|expression|@import", re.IGNORECASE)
#: What html.escape changes: most values hold none of it and are written as they are.
_TO_ESCAPE = re.compile("[&<>\"']")
_PROLOG = re.compile(r"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>\[]*>\s*)?", re.DOTALL)


def clean_svg(svg: str) -> str:
    """Check ``svg`` is well-formed XML and return a sanitised copy for inline HTML.

    Raises :class:`~argmap.errors.RenderError` when it is not well-formed or
    declares entities (nothing Graphviz writes does either).
    """
    body = _PROLOG.sub("", svg, count=1)
    if "<!DOCTYPE" in body or "<!ENTITY" in body:
        raise RenderError("the SVG declares a document type or entities; refusing to inline it")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise RenderError(f"the SVG from Graphviz is not well-formed XML: {exc}") from None
    if _local(root.tag) != "svg" or _namespace(root.tag) not in ("", _SVG):
        raise RenderError("the diagram is not an SVG document")
    out: list[str] = []
    _write(root, out, top=True)
    return "".join(out)


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@lru_cache(maxsize=512)
def _attribute_name(name: str) -> tuple[str, str] | None:
    """How attribute ``name`` is written (``xlink:href``) and its lower-case local name.

    None to drop it. A drawing repeats a few dozen names thousands of times, so each
    is judged once.
    """
    ns, local = _namespace(name), _local(name)
    if not _NAME.fullmatch(local) or local.lower().startswith("on"):
        return None
    if ns == _XLINK:
        prefix = "xlink:"
    elif ns == _XML:
        prefix = "xml:"
    elif ns == "":
        prefix = ""
    else:
        return None
    return f"{prefix}{local}", local.lower()


def _attribute(name: str, value: str) -> str | None:
    """The attribute written as ``name="value"``, or None to drop it."""
    known = _attribute_name(name)
    if known is None:
        return None
    written, lower = known
    if lower == "href" and not _SAFE_LINK.fullmatch(value.strip()):
        return None
    if lower == "style" and _BAD_STYLE.search(value):
        return None
    if _TO_ESCAPE.search(value):
        value = escape(value, quote=True)
    return f' {written}="{value}"'


@lru_cache(maxsize=256)
def _kept(tag: object) -> bool:
    """Whether a child element of this tag is written (a drawing element of SVG)."""
    return isinstance(tag, str) and _namespace(tag) in ("", _SVG) and _local(tag) in _ELEMENTS


def _write(el: ET.Element, out: list[str], *, top: bool = False) -> None:
    tag = _local(el.tag)
    out.append(f"<{tag}")
    if top:
        out.append(f' xmlns="{_SVG}" xmlns:xlink="{_XLINK}"')
    for name, value in el.attrib.items():
        attr = _attribute(name, value)
        if attr is not None:
            out.append(attr)
    out.append(">")
    if el.text:
        out.append(escape(el.text, quote=False) if _TO_ESCAPE.search(el.text) else el.text)
    for child in el:
        if _kept(child.tag):
            _write(child, out)
        if child.tail:
            tail = child.tail
            out.append(escape(tail, quote=False) if _TO_ESCAPE.search(tail) else tail)
    out.append(f"</{tag}>")
