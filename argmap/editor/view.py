"""What the editor's front end shows, as one JSON-ready dictionary.

:func:`build_view` turns a map into the data the front end draws: the
source text cut into highlight segments, the statements and inferences with
their review state, the findings of :func:`argmap.check`, the labels of
:func:`argmap.evaluate` and the diagram as sanitised SVG. The front end
never sees a model object, only this plain data, and builds its DOM from
it with ``textContent``.

Offsets are Python string offsets, that is code points, everywhere: a
segment's ``start`` and ``end`` count code points, and its ``text`` is
``source.text[start:end]``. The front end counts code points the same way
when it turns a selection into offsets.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(text="Ça coûte cher. Il faut agir.")
>>> t = b.thesis("Act", quote="Il faut agir")
>>> v = build_view(b.build(), diagram=False)
>>> [(s["start"], s["end"], s["ids"]) for s in v["segments"]]
[(0, 15, []), (15, 27, ['T1']), (27, 28, [])]
>>> v["statements"][0]["label"], v["diagram_error"]
('IN', 'the diagram is switched off')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from argmap.checks import check
from argmap.errors import RenderError
from argmap.model import KINDS, Evidence, EvidenceType, Inference
from argmap.rendering.dot import to_dot
from argmap.rendering.graphviz_run import run_graphviz
from argmap.rendering.segments import place_spans, segments
from argmap.rendering.svg_safe import clean_svg
from argmap.semantics import evaluate

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Statement
    from argmap.semantics import Evaluation

__all__ = [
    "DOUBT_BELOW",
    "EDITABLE_KINDS",
    "DiagramCache",
    "build_view",
    "diagram_svg",
    "review_state",
]

#: Drafted items below this confidence are shown as doubtful, to be reviewed first.
DOUBT_BELOW = 0.5

#: The kinds a person can give a selected passage (questions are asked, not quoted).
EDITABLE_KINDS: tuple[str, ...] = tuple(k for k in KINDS if k != "question")


def review_state(confidence: float | None, *, doubt_below: float = DOUBT_BELOW) -> str:
    """``"doubtful"``, ``"drafted"`` (proposed, not yet reviewed) or ``"reviewed"``.

    An item a drafter proposed carries a confidence; accepting it clears the
    confidence, so an item without one counts as reviewed.

    >>> review_state(0.3), review_state(0.7), review_state(None)
    ('doubtful', 'drafted', 'reviewed')
    """
    if confidence is None:
        return "reviewed"
    return "doubtful" if confidence < doubt_below else "drafted"


class DiagramCache:
    """The last few diagrams drawn, by their DOT text: Graphviz runs only for a new one.

    A live editor redraws after every message, and most of that time is Graphviz's
    layout. A message that leaves the drawing as it was (a selection, accepting a
    drafted item, undo back to an earlier state) gives DOT text seen before, and its
    SVG is reused: the key is the whole text, so a reused diagram is exactly the one
    Graphviz would draw again.

    >>> cache = DiagramCache(size=2)
    >>> cache.get("digraph {}") is None
    True
    """

    def __init__(self, *, size: int = 8) -> None:
        self.size = size
        self._svg: dict[str, str] = {}
        #: Graphviz runs avoided, and made.
        self.hits = 0
        self.misses = 0

    def get(self, dot: str) -> str | None:
        svg = self._svg.pop(dot, None)
        if svg is not None:
            self._svg[dot] = svg  # most recently used last
            self.hits += 1
        return svg

    def put(self, dot: str, svg: str) -> None:
        self.misses += 1
        self._svg[dot] = svg
        while len(self._svg) > self.size:
            del self._svg[next(iter(self._svg))]


def diagram_svg(
    amap: ArgumentMap,
    *,
    direction: str = "RL",
    labels: Evaluation | None = None,
    cache: DiagramCache | None = None,
) -> tuple[str | None, str | None]:
    """The map's diagram as sanitised SVG, or ``None`` and why it is missing.

    ``direction`` is Graphviz's: ``"RL"`` (the default here) puts the thesis
    at the left and the reasons in columns to its right, a tall drawing that
    suits a pane beside the text; ``"BT"`` is the usual thesis-on-top.
    ``labels`` is the map's evaluation when the caller has it (else it is
    computed); ``cache`` reuses the SVG of DOT text drawn before.

    The boxes carry the ids :func:`argmap.to_dot` gives them
    (``node-<id>``, ``junction-<inference>``, ``edge-<inference>-<n>``), so
    a click can be mapped back to a statement or inference.
    """
    if not amap.statements:
        return None, "the map has no statements yet: select words in the text to add one"
    try:
        dot = to_dot(
            amap,
            labels=labels if labels is not None else True,
            show_ids=True,
            title=False,
            direction=direction,
        )
        svg = cache.get(dot) if cache is not None else None
        if svg is None:
            svg = clean_svg(run_graphviz(dot, "svg").decode("utf-8"))
            if cache is not None:
                cache.put(dot, svg)
        return svg, None
    except RenderError as exc:
        return None, f"no diagram: {exc}"


def _statement(
    s: Statement,
    labels: dict[str, tuple[str, str]],
    flagged: dict[str, list[str]],
    doubt: float,
) -> dict[str, Any]:
    label, reason = labels.get(s.id, ("", ""))
    evidence_type = None
    if isinstance(s, Evidence) and s.evidence_type is not None:
        evidence_type = s.evidence_type.value
    return {
        "id": s.id,
        "kind": s.kind,
        "text": s.text,
        "title": s.title,
        "attributed_to": s.attributed_to,
        "evidence_type": evidence_type,
        "implicit": s.implicit,
        "confidence": s.confidence,
        "cue": s.cue,
        "review": review_state(s.confidence, doubt_below=doubt),
        "spans": [list(span.offsets) for span in s.spans if span.offsets is not None],
        "quote": s.spans[0].quote if s.spans else None,
        "label": label,
        "reason": reason,
        "findings": flagged.get(s.id, []),
    }


def _inference(
    inf: Inference,
    inference_ids: set[str],
    labels: dict[str, tuple[str, str]],
    flagged: dict[str, list[str]],
    doubt: float,
) -> dict[str, Any]:
    label, reason = labels.get(inf.id, ("", ""))
    return {
        "id": inf.id,
        "premises": list(inf.premises),
        "conclusion": inf.conclusion,
        "polarity": inf.polarity,
        "undercut": inf.conclusion in inference_ids,
        "scheme": inf.scheme,
        "confidence": inf.confidence,
        "cue": inf.cue,
        "review": review_state(inf.confidence, doubt_below=doubt),
        "label": label,
        "reason": reason,
        "findings": flagged.get(inf.id, []),
    }


def build_view(
    amap: ArgumentMap,
    *,
    doubtful: list[str] | None = None,
    doubt_below: float = DOUBT_BELOW,
    diagram: bool = True,
    direction: str = "RL",
    cache: DiagramCache | None = None,
) -> dict[str, Any]:
    """Everything the front end draws for ``amap``, as JSON-ready data.

    ``doubtful`` lists the ids to review first (by default the drafted items
    by ascending confidence); ``diagram=False`` skips the Graphviz run and
    ``direction`` lays the diagram out (see :func:`diagram_svg`, which reuses a
    drawing from ``cache`` when the DOT text is one it has seen).
    """
    text = amap.source.text or ""
    anchors, unanchored = place_spans(amap, text)
    by_id = {s.id: s for s in amap.statements}
    cut = segments(text, anchors, 0, len(text)) if text else []
    ev = evaluate(amap)
    labels = {ref: (v.word, v.reason) for ref, v in ev.items()}
    findings = check(amap)
    flagged: dict[str, list[str]] = {}
    for f in findings:
        for ref in f.subjects:
            flagged.setdefault(ref, []).append(f.code)
    inference_ids = {i.id for i in amap.inferences}
    if doubtful is None:
        drafted = [
            (x.confidence, n, x.id)
            for n, x in enumerate([*amap.statements, *amap.inferences])
            if x.confidence is not None
        ]
        doubtful = [ref for _, _, ref in sorted(drafted)]
    svg, why = (
        diagram_svg(amap, direction=direction, labels=ev, cache=cache)
        if diagram
        else (None, "the diagram is switched off")
    )
    return {
        "title": amap.source.title or "",
        "segments": [
            {
                "start": seg.start,
                "end": seg.end,
                "text": seg.text,
                "ids": list(seg.ids),
                "kind": by_id[seg.ids[0]].kind if seg.ids else None,
            }
            for seg in cut
        ],
        "statements": [_statement(s, labels, flagged, doubt_below) for s in amap.statements],
        "inferences": [
            _inference(i, inference_ids, labels, flagged, doubt_below) for i in amap.inferences
        ],
        "unanchored": unanchored,
        "findings": [f.to_dict() for f in findings],
        "stands": list(ev.stands()),
        "defeated": list(ev.defeated()),
        "undecided": list(ev.undecided()),
        "review": doubtful,
        "svg": svg,
        "diagram_error": why,
        "kinds": list(EDITABLE_KINDS),
        "evidence_types": [e.value for e in EvidenceType],
    }
