"""Maps for the rendering tests: a small editorial-shaped map and one full of hostile text."""

from __future__ import annotations

from argmap.model import ArgumentMap, MapBuilder

HOSTILE = [
    "<script>alert(1)</script>",
    '"];\ndigraph x {',
    "Tom & Jerry's <b>bold</b> claim",
    "control\x00chars\x07and\x1bescape\x7f",
    "a backslash \\N and \\G and \\L",
    "emoji 🙂🔥 and combining é",
    "עברית مرحبا right-to-left \u202etext",
    "mermaid #quot; `code` [x] {y} (z) |pipe| ;semi",
]


def small_map() -> ArgumentMap:
    """Linked, convergent, attack, rebuttal, undercut, implicit, question, attribution."""
    b = MapBuilder(title="On the pact", outlet="The Daily", date="2019-08-23")
    t = b.thesis("Seoul should rethink ending the intelligence pact with Tokyo")
    c = b.claim("Ending the pact weakens deterrence against the North")
    p1 = b.premise("The pact lets both sides share missile data directly")
    p2 = b.implicit("Direct data sharing speeds up the response to launches")
    b.support([p1, p2], c, id="I_linked", scheme="cause_to_effect")
    b.support(c, t, id="I_ct")
    e1 = b.evidence("North Korea fired new missiles in recent weeks", type="fact", supports=c)
    e2 = b.evidence(
        "Officials said the pact helped regional stability", type="testimony", by="Tokyo"
    )
    b.support(e2, t, id="I_e2")
    cc = b.counterclaim(
        "Export controls changed the security relationship", by="South Korean government"
    )
    b.attack(cc, t, id="I_cc")
    r = b.rebuttal("That judgement was premature")
    b.attack(r, cc, id="I_r")
    u = b.rebuttal("A testimony from one side proves little")
    b.attack(u, "I_e2", id="I_undercut")
    b.add("question", "Would sharing through Washington be just as fast?", target=c)
    del e1
    return b.build()


def hostile_map() -> ArgumentMap:
    """Every hostile string as a statement text, title and speaker."""
    b = MapBuilder(title=HOSTILE[0] + " " + HOSTILE[1])
    t = b.thesis(HOSTILE[0], title=HOSTILE[1], by=HOSTILE[2])
    for text in HOSTILE[1:]:
        b.claim(text, by=text, title=text, supports=t)
    b.evidence(HOSTILE[3], type="statistic", citation=HOSTILE[0], attacks=t)
    return b.build()
