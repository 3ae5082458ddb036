"""unsupported-claim and attributed-support-only."""

from __future__ import annotations

import pytest
from helpers_checks import found, one

from argmap.checks import Severity
from argmap.model import MapBuilder


def test_unsupported_thesis_is_an_error() -> None:
    b = MapBuilder()
    b.thesis("Act now")
    f = one(b.build(), "unsupported-claim")
    assert f.ids == ("T1",) and f.severity is Severity.ERROR
    assert "thesis" in f.message and f.hint


@pytest.mark.parametrize(
    ("kind", "severity"),
    [("claim", Severity.WARNING), ("rebuttal", Severity.WARNING), ("premise", Severity.INFO)],
)
def test_unsupported_by_kind(kind: str, severity: Severity) -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.add(kind, "Because", id="X1", supports=t)
    f = one(b.build(), "unsupported-claim")
    assert f.ids == ("X1",) and f.severity is severity


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "evidence"},
        {"kind": "claim", "accepted": True},
        {"kind": "claim", "attributed_to": "Seoul"},
        {"kind": "counterclaim"},
    ],
)
def test_not_reported(fields: dict[str, object]) -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    kind = str(fields.pop("kind"))
    b.add(kind, "Because", id="X1", supports=t, **fields)
    assert found(b.build(), "unsupported-claim") == set()


def test_supported_claim_and_attack_is_not_support() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    c = b.claim("Delay costs", supports=t)
    b.evidence("Costs rose", supports=c)
    assert found(b.build(), "unsupported-claim") == set()
    b.counterclaim("No", attacks=c)
    b.claim("Lonely", id="C9", attacks=t)
    assert found(b.build(), "unsupported-claim") == {("C9",)}


def test_implicit_premise_message() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.implicit("Costs matter", supports=t)
    f = one(b.build(), "unsupported-claim")
    assert "unstated" in f.message and f.severity is Severity.INFO


def test_attributed_support_only() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    c = b.claim("The pact helps", supports=t)
    b.evidence("Suga said it helps", type="testimony", by="Suga", supports=c)
    b.premise("An official agrees", by="an official", supports=c)
    f = one(b.build(), "attributed-support-only")
    assert f.ids == ("C1", "E1", "P1")
    assert "Suga" in f.message and "an official" in f.message


def test_expert_opinion_without_speaker_counts_as_authority() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.evidence("Experts agree", type="expert_opinion", supports=t)
    assert found(b.build(), "attributed-support-only") == {("T1", "E1")}


def test_own_reason_beside_testimony_is_fine() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    c = b.claim("The pact helps", supports=t)
    b.evidence("Suga said it helps", type="testimony", by="Suga", supports=c)
    b.evidence("Launches were tracked jointly", type="fact", supports=c)
    assert found(b.build(), "attributed-support-only") == set()


def test_linked_with_an_own_premise_is_fine() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    e = b.evidence("Suga said it helps", type="testimony", by="Suga")
    p = b.premise("Suga is in a position to know")
    b.support([e, p], t)
    assert found(b.build(), "attributed-support-only") == set()


def test_rebuttals_and_attributed_claims_are_not_reported() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    cc = b.counterclaim("No", attacks=t)
    r = b.rebuttal("Washington is worried", attacks=cc)
    b.evidence("Washington said it is worried", type="testimony", by="U.S.", supports=r)
    c = b.claim("Seoul says so", by="Seoul", supports=t)
    b.evidence("Seoul said so", by="Seoul", supports=c)
    b.claim("Delay costs", accepted=True, supports=t)
    assert found(b.build(), "attributed-support-only") == set()
