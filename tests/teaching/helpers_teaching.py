"""A small hand-made reference map (a tram editorial) that tests change one mistake at a time."""

from __future__ import annotations

import copy
from typing import Any

from argmap.model import ArgumentMap

TEXT = (
    "The city should build the tram. Traffic is getting worse every year. Commuters lose "
    "an hour a day in jams, says the transport office. A tram would cut car trips. Buses "
    "alone cannot carry the crowds. Ridership on the old line doubled. Critics say trams "
    "are too expensive. But the costs are repaid within ten years."
)


def _span(quote: str) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {"start": start, "end": start + len(quote), "quote": quote}


def reference_data() -> dict[str, Any]:
    """The reference as plain data: copy and change it to plant a mistake."""
    return {
        "source": {"title": "Build the tram", "text": TEXT},
        "statements": [
            {
                "id": "T",
                "kind": "thesis",
                "text": "The city should build the tram",
                "spans": [_span("The city should build the tram")],
            },
            {
                "id": "C1",
                "kind": "claim",
                "text": "A tram would cut car trips",
                "spans": [_span("A tram would cut car trips")],
            },
            {
                "id": "C2",
                "kind": "claim",
                "text": "Traffic is getting worse every year",
                "spans": [_span("Traffic is getting worse every year")],
            },
            {
                "id": "E1",
                "kind": "evidence",
                "evidence_type": "testimony",
                "text": "Commuters lose an hour a day in jams",
                "attributed_to": "the transport office",
                "spans": [_span("Commuters lose an hour a day in jams")],
            },
            {
                "id": "P1",
                "kind": "premise",
                "text": "Buses alone cannot carry the crowds",
                "spans": [_span("Buses alone cannot carry the crowds")],
            },
            {
                "id": "E2",
                "kind": "evidence",
                "evidence_type": "statistic",
                "text": "Ridership on the old line doubled",
                "spans": [_span("Ridership on the old line doubled")],
            },
            {
                "id": "CC1",
                "kind": "counterclaim",
                "text": "Trams are too expensive",
                "attributed_to": "critics",
                "spans": [_span("trams are too expensive")],
            },
            {
                "id": "R1",
                "kind": "rebuttal",
                "text": "The costs are repaid within ten years",
                "spans": [_span("the costs are repaid within ten years")],
            },
        ],
        "inferences": [
            {"id": "I1", "premises": ["C1", "C2"], "conclusion": "T"},
            {"id": "I2", "premises": ["E1"], "conclusion": "C2"},
            {"id": "I3", "premises": ["P1"], "conclusion": "C1"},
            {"id": "I4", "premises": ["E2"], "conclusion": "C1"},
            {"id": "I5", "premises": ["CC1"], "conclusion": "T", "polarity": "attack"},
            {"id": "I6", "premises": ["R1"], "conclusion": "CC1", "polarity": "attack"},
        ],
    }


def reference() -> ArgumentMap:
    return ArgumentMap.model_validate(reference_data())


def student(change: Any = None) -> ArgumentMap:
    """The reference with ``change(data)`` applied (a function editing the data in place)."""
    data = copy.deepcopy(reference_data())
    if change is not None:
        change(data)
    return ArgumentMap.model_validate(data)


def stmt(data: dict[str, Any], ref: str) -> dict[str, Any]:
    return next(s for s in data["statements"] if s["id"] == ref)


def inf(data: dict[str, Any], ref: str) -> dict[str, Any]:
    return next(i for i in data["inferences"] if i["id"] == ref)


def drop(data: dict[str, Any], *refs: str) -> None:
    """Remove statements and inferences by id (and inferences touching removed statements)."""
    data["statements"] = [s for s in data["statements"] if s["id"] not in refs]
    data["inferences"] = [
        i
        for i in data["inferences"]
        if i["id"] not in refs
        and i["conclusion"] not in refs
        and not set(i["premises"]) & set(refs)
    ]
