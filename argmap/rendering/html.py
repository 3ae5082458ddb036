"""The annotated editorial: one self-contained HTML page of text and diagram.

The editorial's text is shown with every anchored span tinted in the colour
of its statement's kind; beside it sits the diagram. Hovering a highlight
shows what the words stand for; clicking it marks the statement's box in the
diagram, and clicking a box scrolls to its words and flashes them.

The page loads nothing from the network: styles, script and diagram are
inline, and a Content-Security-Policy forbids every other request. All
text from the map is escaped; the SVG is inlined only after
:func:`~argmap.rendering.svg_safe.clean_svg` has checked and rewritten it.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(title="On <the> pact", text="Seoul must stay. It helps.")
>>> t = b.thesis("Stay in the pact", quote="Seoul must stay")
>>> page = to_html(b.build(), diagram=False)
>>> page.startswith("<!DOCTYPE html>"), "On &lt;the&gt; pact" in page
(True, True)
>>> '<mark class="am-hl k-thesis" data-statements="T1"' in page
True
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from argmap.errors import RenderError
from argmap.model import KINDS
from argmap.rendering._cards import Cards
from argmap.rendering.graphviz_run import to_svg
from argmap.rendering.highlight import require_known
from argmap.rendering.labels import escape_page as escape
from argmap.rendering.legend import relations_drawn
from argmap.rendering.segments import Segment, paragraph_segments, place_spans
from argmap.rendering.svg_safe import clean_svg
from argmap.rendering.themes import get_theme

if TYPE_CHECKING:
    from argmap.model import ArgumentMap
    from argmap.rendering.themes import Theme

__all__ = ["to_html"]

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)


def to_html(
    amap: ArgumentMap,
    *,
    theme: str | Theme = "classroom",
    diagram: bool = True,
    title: str | None = None,
    **diagram_options: Any,
) -> str:
    """The annotated editorial of ``amap`` as one self-contained HTML page.

    ``theme`` colours both the highlights and the diagram; ``diagram=False``
    leaves the diagram out; ``title`` replaces the source's title in the
    header; other keyword options go to :func:`argmap.rendering.graphviz_run.to_svg`.
    When Graphviz is missing the page says so where the diagram would be.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(text="We must act. Delay costs lives.")
    >>> _ = b.thesis("Act now", quote="We must act")
    >>> "Delay costs lives." in to_html(b.build(), diagram=False, title="Act")
    True
    """
    look = get_theme(theme)
    require_known(diagram_options.get("highlight"), amap)
    cards = Cards(amap)
    text = amap.source.text
    heading = title or amap.source.title or "Argument map"
    kinds = [k for k in KINDS if amap.of_kind(k)]
    if text is not None:
        anchors, unanchored = place_spans(amap, text)
        cut = paragraph_segments(text, anchors)
        main = _text_section(amap, cut)
        multi = any(len(s.ids) > 1 for _, segs in cut for s in segs)
    else:
        anchors, unanchored, multi = [], [s.id for s in amap.statements], False
        main = _no_text_section(amap, cards)
    side = _diagram_section(amap, look, diagram_options) if diagram else ""
    rest = unanchored if text is not None else []
    script = _asset("annotated.js")
    data = {
        "statements": {
            s.id: {"kind": s.kind, "anchored": s.id not in unanchored} for s in amap.statements
        }
    }
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{_sha256(script)}'; base-uri 'none'; form-action 'none'"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="{}">'.format(escape(amap.source.language or "en", quote=True)),
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="argmap">',
        f"<title>{escape(heading, quote=True)}</title>",
        f"<style>\n{_asset('annotated.css')}\n{_kind_css(look)}</style>",
        "</head>",
        f'<body class="{"am-has-diagram" if diagram else "am-no-diagram"}">',
        _header(amap, heading),
        _legend(
            kinds,
            multi=multi,
            implicit=any(s.implicit for s in amap.statements),
            hint=_HINT_TEXT if text is not None else _HINT_LIST,
            relations=_relations(amap) if diagram else [],
        ),
        '<main class="am-main">',
        '<div class="am-reading">',
        main,
        _unanchored_section(cards, rest) if rest else "",
        "</div>",
        f'<aside class="am-side">{side}{_panel()}</aside>',
        "</main>",
        '<div class="am-cards" hidden>',
        *(_template(cards, s.id, text is None) for s in amap.statements),
        "</div>",
        '<div id="am-tip" class="am-tip" role="tooltip" hidden></div>',
        '<footer class="am-foot">Drawn with argmap</footer>',
        f'<script type="application/json" id="am-data">{script_json(data)}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(p for p in parts if p)


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script>`` element.

    >>> script_json({"t": "</script><b>&\\u2028"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, code in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        raw = raw.replace(char, code)
    return raw


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address fit for a link, else None.

    >>> safe_url(" https://example.org/a?b=1 "), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    """
    if url is None:
        return None
    url = url.strip()
    return url if _WEB_URL.fullmatch(url) else None


# -- page parts ---------------------------------------------------------------


def _header(amap: ArgumentMap, heading: str) -> str:
    src = amap.source
    meta = []
    if src.outlet:
        meta.append(f'<span class="am-outlet">{escape(src.outlet)}</span>')
    if src.author:
        meta.append(f'<span class="am-author">{escape(src.author)}</span>')
    if src.date:
        day = src.date.isoformat()
        meta.append(f'<time datetime="{escape(day, quote=True)}">{escape(day)}</time>')
    link = safe_url(src.url)
    if link is not None:
        meta.append(
            f'<a class="am-url" href="{escape(link, quote=True)}" rel="noopener noreferrer" '
            f'target="_blank">{escape(link)}</a>'
        )
    elif src.url:
        meta.append(f'<span class="am-url">{escape(src.url)}</span>')
    n, m = len(amap.statements), len(amap.inferences)
    counts = f"{n} statement{'s' * (n != 1)}, {m} inference{'s' * (m != 1)}"
    line = " · ".join(meta)
    return (
        '<header class="am-head">'
        f"<h1>{escape(heading)}</h1>"
        + (f'<p class="am-meta">{line}</p>' if line else "")
        + f'<p class="am-counts">{counts}</p>'
        "</header>"
    )


_HINT_TEXT = "Hover or click the tinted words; click a box in the diagram to find its words."
_HINT_LIST = "Click a statement to mark its box in the diagram, and a box to find its statement."


def _relations(amap: ArgumentMap) -> list[tuple[str, str, str]]:
    """The relations the page's diagram draws, as its own legend names them."""
    return relations_drawn(amap.inferences, any(i.is_linked for i in amap.inferences))


def _legend(
    kinds: list[str],
    *,
    multi: bool,
    implicit: bool,
    hint: str,
    relations: list[tuple[str, str, str]] | None = None,
) -> str:
    items = [
        f'<li><span class="am-swatch k-{escape(k, quote=True)}"></span>{escape(k)}</li>'
        for k in kinds
    ]
    if multi:
        items.append(
            '<li><span class="am-swatch am-swatch-multi"></span>words of several statements</li>'
        )
    if implicit:
        items.append('<li><span class="am-swatch am-swatch-implicit"></span>implicit</li>')
    for relation, line, word in relations or []:
        items.append(
            f'<li><span class="am-rel am-rel-{escape(relation, quote=True)}" aria-hidden="true">'
            f"{escape(line)}</span>{escape(word)}</li>"
        )
    if not items:
        return ""
    return (
        '<nav class="am-legend" aria-label="Legend"><div class="am-legend-inner"><ul>'
        + "".join(items)
        + f'</ul><p class="am-hint">{escape(hint)}</p></div></nav>'
    )


def _text_section(amap: ArgumentMap, cut: list[tuple[tuple[int, int], list[Segment]]]) -> str:
    kinds = {s.id: s.kind for s in amap.statements}
    out = ['<article class="am-text" aria-label="The editorial">']
    for _, segs in cut:
        out.append("<p>")
        for seg in segs:
            words = escape(seg.text, quote=False).replace("\n", "<br>\n")
            if not seg.ids:
                out.append(words)
                continue
            classes = ["am-hl", f"k-{kinds[seg.ids[0]]}"]
            if len(seg.ids) > 1:
                classes += ["am-multi", f"k2-{kinds[seg.ids[1]]}"]
            out.append(
                '<mark class="{}" data-statements="{}" tabindex="0">{}</mark>'.format(
                    escape(" ".join(classes), quote=True),
                    escape(" ".join(seg.ids), quote=True),
                    words,
                )
            )
        out.append("</p>\n")
    out.append("</article>")
    return "".join(out)


def _no_text_section(amap: ArgumentMap, cards: Cards) -> str:
    notice = (
        '<p class="am-notice">This map carries no source text, so there is nothing to '
        "highlight: its statements are listed instead. Add <code>source.text</code> or "
        "<code>source.text_file</code> to the map to see them in the editorial.</p>"
    )
    return (
        '<section class="am-text am-statements" aria-label="Statements">'
        + notice
        + _card_list(cards, [s.id for s in amap.statements], quotes=True)
        + "</section>"
    )


def _unanchored_section(cards: Cards, ids: list[str]) -> str:
    return (
        '<section class="am-unanchored" aria-label="Statements not quoted in the text">'
        "<h2>Not in the words of the text</h2>"
        '<p class="am-hint">Implicit premises the analyst supplied, and statements '
        "without a quote in the text.</p>" + _card_list(cards, ids, quotes=False) + "</section>"
    )


def _card_list(cards: Cards, ids: Iterable[str], *, quotes: bool) -> str:
    items = [
        f'<li data-statement="{escape(i, quote=True)}" tabindex="0">'
        + cards.card(i, quotes=quotes)
        + "</li>"
        for i in ids
    ]
    return '<ul class="am-list">' + "".join(items) + "</ul>"


def _template(cards: Cards, ref: str, quotes: bool) -> str:
    return (
        f'<template id="am-card-{escape(ref, quote=True)}">'
        + cards.card(ref, quotes=quotes)
        + "</template>"
    )


def _panel() -> str:
    return (
        '<section class="am-panel" aria-label="Selected statement"><h2>Selected</h2>'
        '<div id="am-panel-body" aria-live="polite"><p class="am-hint">Click tinted words or a box '
        "to see the statement here.</p></div></section>"
    )


def _diagram_section(amap: ArgumentMap, theme: Theme, options: dict[str, Any]) -> str:
    options = {"title": False, **options}
    try:
        svg = clean_svg(to_svg(amap, theme=theme, **options))
    except RenderError as exc:
        advice = (
            "To see the diagram, install Graphviz "
            "(<code>apt-get install graphviz</code>, <code>brew install graphviz</code> "
            "or <code>conda install -c conda-forge graphviz</code>) and write the page again."
            if exc.missing
            else "Graphviz is installed but could not draw this map; "
            + escape((str(exc).split("; ", 1)[1:] or ["draw part of it"])[0])
            + "."
        )
        return (
            '<section class="am-diagram am-diagram-missing" aria-label="Diagram">'
            '<p class="am-notice"><strong>No diagram:</strong> '
            f"{escape(str(exc).split('; ', 1)[0])}. The highlights and the statement "
            f"details still work. {advice}</p></section>"
        )
    tools = (
        '<div class="am-tools"><h2>Diagram</h2>'
        '<div role="toolbar" aria-label="Diagram size">'
        '<button type="button" data-zoom="out" aria-label="Smaller">−</button>'
        '<button type="button" data-zoom="fit">Fit</button>'
        '<button type="button" data-zoom="in" aria-label="Larger">+</button></div></div>'
    )
    return (
        '<section class="am-diagram-box" aria-label="Diagram">'
        f'{tools}<div class="am-diagram">{svg}</div></section>'
    )


# -- colours ------------------------------------------------------------------


def _kind_css(theme: Theme) -> str:
    support = _colour(theme.edge_style("support")["color"], "#2e7d32")
    attack = _colour(theme.edge_style("attack")["color"], "#b3261e")
    rules = [
        f":root{{--am-select:{_colour(theme.highlight, '#6a1b9a')};"
        f"--am-support:{support};--am-attack:{attack}}}"
    ]
    for kind in KINDS:
        fill = _colour(theme.fill(kind), "#eeeeee")
        line = _colour(theme.border(kind), "#555555")
        ink = "#ffffff" if _luminance(fill) < 0.18 else "#1a1a1a"
        rules.append(f".k-{kind}{{--am-fill:{fill};--am-line:{line};--am-ink:{ink}}}")
        rules.append(f".k2-{kind}{{--am-line2:{line}}}")
    return "\n".join(rules) + "\n"


def _colour(value: str, default: str) -> str:
    return value if _HEX.fullmatch(value) else default


def _luminance(colour: str) -> float:
    """Relative luminance (WCAG) of a ``#rgb`` or ``#rrggbb`` colour."""
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    channels = []
    for i in (0, 2, 4):
        c = int(digits[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@cache
def _asset(name: str) -> str:
    return (resources.files("argmap.rendering") / "assets" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
