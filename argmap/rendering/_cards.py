"""One statement as an HTML card: kind, id, title, paraphrase, who and how.

Every value from the map is escaped here; the page's script only clones
these cards, it never builds markup from map text.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Stay <in>", title="Stay")
>>> e = b.evidence("Talks began in 2016", type="fact", supports=t, by="Seoul")
>>> card = render_card(b.build(), "E1")
>>> "evidence" in card, "fact" in card, "Seoul" in card, 'data-goto="T1"' in card
(True, True, True, True)
>>> "Stay &lt;in&gt;" in render_card(b.build(), "T1")
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.graph.index import MapIndex
from argmap.rendering.labels import escape_page as escape

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Inference

__all__ = ["Cards", "render_card"]


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _ref(ref: str, label: str | None = None) -> str:
    extra = f'<span class="am-ref-title">{_e(label)}</span>' if label else ""
    return f'<button type="button" class="am-ref" data-goto="{_e(ref)}">{_e(ref)}{extra}</button>'


class Cards:
    """The cards of one map, drawn from the map's cached :class:`~argmap.graph.index.MapIndex`."""

    def __init__(self, amap: ArgumentMap) -> None:
        idx = MapIndex.of(amap)
        self.index = idx
        self.statements = idx.statements
        self.inferences = idx.inferences

    def label(self, ref: str) -> str | None:
        s = self.statements.get(ref)
        if s is None:
            return None
        if s.title:
            return s.title
        return s.text if len(s.text) <= 48 else s.text[:45].rstrip() + "…"

    def premises(self, inf: Inference) -> str:
        joined = " + ".join(_ref(p, self.label(p)) for p in inf.premises)
        return joined + (" <small>(together)</small>" if inf.is_linked else "")

    def relations(self, ref: str) -> list[tuple[str, str]]:
        """Rows such as ("Supports", refs), one per verb, in a fixed order."""
        grouped: dict[str, list[str]] = {}
        for inf in self.index.out_of(ref):
            verb = "Supports" if inf.polarity == "support" else "Attacks"
            target = _ref(inf.conclusion, self.label(inf.conclusion))
            if inf.conclusion not in self.statements:
                verb = "Undercuts"
                under = self.inferences.get(inf.conclusion)
                if under is not None:
                    target = f"the step from {self.premises(under)} to {_ref(under.conclusion)}"
            others = [p for p in inf.premises if p != ref]
            if others:
                target += " <small>(with " + ", ".join(_ref(p) for p in others) + ")</small>"
            grouped.setdefault(verb, []).append(target)
        for inf in self.index.into(ref):
            verb = "Supported by" if inf.polarity == "support" else "Attacked by"
            grouped.setdefault(verb, []).append(self.premises(inf))
        order = ("Supports", "Attacks", "Undercuts", "Supported by", "Attacked by")
        return [(v, "<br>".join(grouped[v])) for v in order if v in grouped]

    def card(self, ref: str, *, quotes: bool = False) -> str:
        """The card of statement ``ref``; ``quotes`` adds the quoted words of its spans."""
        s = self.statements[ref]
        kind = _e(s.kind)
        head = [
            f'<span class="am-badge k-{kind}">{kind}</span>',
            f'<span class="am-id">{_e(s.id)}</span>',
        ]
        if s.title:
            head.append(f'<strong class="am-title">{_e(s.title)}</strong>')
        rows: list[tuple[str, str]] = []
        if s.attributed_to:
            rows.append(("Attributed to", _e(s.attributed_to)))
        evidence_type = getattr(s, "evidence_type", None)
        if evidence_type is not None:
            rows.append(("Evidence", _e(evidence_type.value.replace("_", " "))))
        citation = getattr(s, "citation", None)
        if citation:
            rows.append(("Source", _e(citation)))
        if s.implicit:
            rows.append(("Implicit", "an unstated premise the analyst supplied"))
        if s.accepted:
            rows.append(("Accepted", "common ground, needs no support"))
        target = getattr(s, "target", None)
        if target:
            answered = "answered" if getattr(s, "answered", False) else "open"
            rows.append(("Asks about", f"{_ref(target)} <small>({answered})</small>"))
        rows.extend(self.relations(ref))
        if s.note:
            rows.append(("Note", _e(s.note)))
        if s.tags:
            rows.append(("Tags", _e(", ".join(s.tags))))
        body = [f'<p class="am-para">{_e(s.text)}</p>']
        if quotes and s.spans:
            body.extend(
                f'<blockquote class="am-quote">{_e(sp.quote)}</blockquote>' for sp in s.spans
            )
        if rows:
            body.append(
                '<dl class="am-facts">'
                + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
                + "</dl>"
            )
        implicit = " am-implicit" if s.implicit else ""
        return (
            f'<div class="am-card k-{kind}{implicit}" data-card="{_e(s.id)}">'
            f'<div class="am-card-head">{" ".join(head)}</div>{"".join(body)}</div>'
        )


def render_card(amap: ArgumentMap, ref: str, *, quotes: bool = False) -> str:
    """The card of statement ``ref`` (build :class:`Cards` once to draw many)."""
    return Cards(amap).card(ref, quotes=quotes)
