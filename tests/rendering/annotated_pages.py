"""Maps and an HTML reader shared by the annotated-page tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from argmap.model import ArgumentMap, MapBuilder

TEXT = (
    "Seoul should keep the pact. Ending it weakens deterrence against the North.\n\n"
    "Critics say the pact is only symbolic, since both allies share data through Washington.\n"
    "Yet symbols matter in alliances.\n\n"
    "Tokyo signed the pact in November 2016."
)

HOSTILE = '<script>alert(1)</script> "]; <img src=x onerror=alert(2)>'


def sample_map() -> ArgumentMap:
    """Three paragraphs; a nested span, a crossing span, a shared span, an implicit premise."""
    b = MapBuilder(
        title="Keep the pact",
        outlet="The Daily",
        author="Editorial board",
        date="2019-08-23",
        url="https://example.org/pact?a=1&b=2",
        text=TEXT,
    )
    t = b.thesis("Seoul should stay in the pact", quote="Seoul should keep the pact")
    c = b.claim(
        "Leaving weakens deterrence",
        quote="Ending it weakens deterrence against the North",
        supports=t,
        title="Deterrence",
    )
    b.premise("Deterrence matters", quote="weakens deterrence", supports=c, id="P1")
    cc = b.counterclaim(
        "The pact is only symbolic",
        quote="the pact is only symbolic, since both allies",
        by="critics",
        attacks=t,
    )
    b.premise("The allies share data via the US", quote="since both allies share data", id="P2")
    b.link(["P2"], cc)
    b.rebuttal("Symbols matter", quote="Yet symbols matter in alliances.", attacks=cc, id="R1")
    b.rebuttal("Symbols matter too", quote="Yet symbols matter in alliances.", id="R2")
    b.link(["R2"], cc, polarity="attack")
    b.evidence("Signed in 2016", quote="November 2016", type="fact", supports=t)
    b.implicit("Deterrence keeps the peace", supports=c, id="P3")
    return b.build()


def hostile_map() -> ArgumentMap:
    """Markup and DOT syntax in every free-text field, including the source text."""
    text = f"Plain words. {HOSTILE} More words."
    b = MapBuilder(
        title=HOSTILE,
        outlet=HOSTILE,
        author='"><svg onload=alert(3)>',
        url="javascript:alert(4)",
        text=text,
    )
    t = b.thesis(HOSTILE, quote=HOSTILE, title='"]; x [label=<b>', by=HOSTILE, note=HOSTILE)
    b.evidence(HOSTILE, type="statistic", citation=HOSTILE, supports=t, quote="Plain words.")
    b.implicit('"]; } digraph { a -> b', supports=t, tags=[HOSTILE])
    return b.build()


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)


class Page(HTMLParser):
    """Every element (tag and attributes) and the text inside each ``<mark>``."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.marks: list[Element] = []
        self.scripts: list[Element] = []
        self.data: list[str] = []
        self._open_mark: Element | None = None
        self._open_script: Element | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(el)
        if tag == "mark":
            assert self._open_mark is None, "marks must not nest"
            self._open_mark = el
            self.marks.append(el)
        elif tag == "script":
            self._open_script = el
            self.scripts.append(el)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open_mark = None
        elif tag == "script":
            self._open_script = None

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if self._open_mark is not None:
            self._open_mark.text.append(data)
        if self._open_script is not None:
            self._open_script.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def marks_of(self, ref: str) -> list[Element]:
        return [m for m in self.marks if ref in m.attrs["data-statements"].split()]

    def with_class(self, name: str) -> list[Element]:
        return [e for e in self.elements if name in e.attrs.get("class", "").split()]
