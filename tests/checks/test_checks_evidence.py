"""uncited-evidence and unanchored."""

from __future__ import annotations

import pytest
from helpers_checks import found, one

from argmap.checks import Severity
from argmap.model import MapBuilder


@pytest.mark.parametrize("etype", ["statistic", "study", "testimony", "expert_opinion", None])
def test_uncited(etype: str | None) -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.evidence("Costs rose 5%", type=etype, supports=t)
    f = one(b.build(), "uncited-evidence")
    assert f.ids == ("E1",) and f.severity is Severity.WARNING


@pytest.mark.parametrize(
    "fields",
    [
        {"citation": "Ministry report, 2019"},
        {"by": "the ministry"},
        {"accepted": True},
        {"type": "fact"},
        {"type": "example"},
        {"type": "common_ground"},
    ],
)
def test_not_uncited(fields: dict[str, object]) -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    fields.setdefault("type", "statistic")
    b.evidence("Costs rose 5%", supports=t, **fields)  # type: ignore[arg-type]
    assert found(b.build(), "uncited-evidence") == set()


def test_claims_are_not_evidence() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.claim("Costs rose 5%", supports=t)
    assert found(b.build(), "uncited-evidence") == set()


def test_unanchored() -> None:
    text = "We must act now. Delay costs."
    b = MapBuilder(text=text)
    t = b.thesis("Act now", quote="We must act now")
    b.claim("Delay costs", supports=t)
    b.implicit("Costs matter", supports=t)
    f = one(b.build(), "unanchored")
    assert f.ids == ("C1",) and f.severity is Severity.WARNING


def test_anchored_and_unanchored_maps() -> None:
    b = MapBuilder(text="We must act now.")
    b.thesis("Act now", quote="We must act now")
    assert found(b.build(), "unanchored") == set()
    # A map with no text and no spans does not anchor at all: nothing to report.
    b = MapBuilder()
    b.thesis("Act now")
    assert found(b.build(), "unanchored") == set()
    # With no text, one span is enough to make the map an anchored one.
    b = MapBuilder()
    t = b.thesis("Act now", spans=[{"start": 0, "end": 3, "quote": "Act"}])
    b.claim("Delay costs", supports=t)
    assert found(b.build(), "unanchored") == {("C1",)}
