"""argmap.check: selection, suppression, severity overrides, order; the registry."""

from __future__ import annotations

import pytest
from hypothesis import given
from strategies import maps

import argmap
from argmap.checks import CheckContext, Finding, Severity, all_checks, check, get_check
from argmap.config import parse_config
from argmap.errors import ConfigError
from argmap.model import ArgumentMap, MapBuilder


def _weak_map() -> ArgumentMap:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.claim("Delay costs", supports=t)
    b.counterclaim("Acting is risky", attacks=t)
    b.claim("Granted", id="C9", supports=t, ignore=["unsupported-claim"])
    return b.build()


def test_public_names() -> None:
    assert argmap.check is check
    assert argmap.Finding is Finding and argmap.Severity is Severity
    assert argmap.all_checks is all_checks


def test_every_check_is_documented_and_codes_are_kebab_case() -> None:
    codes = [c.code for c in all_checks()]
    assert len(codes) == len(set(codes)) >= 13
    for info in all_checks():
        assert info.code == info.code.lower() and " " not in info.code
        assert info.summary and len(info.explain) > 80 and "Fix" in info.explain


def test_default_run_and_order() -> None:
    got = [(f.code, f.ids) for f in check(_weak_map())]
    assert got == [
        ("unsupported-claim", ("C1",)),
        ("unanswered-counterclaim", ("CC1",)),
    ]


def test_inference_ignore_silences_findings_that_name_it() -> None:
    b = MapBuilder()
    t = b.thesis("Act now")
    b.counterclaim("Critics agree", supports=t, accepted=True)
    assert [f.code for f in check(b.build(), select=["kind-mismatch"])] == ["kind-mismatch"]
    b.inferences[0].ignore.append("kind-mismatch")
    assert check(b.build(), select=["kind-mismatch"]) == []


def test_statement_ignore_list_and_all() -> None:
    b = MapBuilder()
    b.thesis("Act now", ignore=["unsupported-claim"])
    assert check(b.build()) == []
    b = MapBuilder()
    b.thesis("Act now", ignore=["all"])
    assert check(b.build()) == []
    b = MapBuilder()
    b.thesis("Act now", ignore=["disconnected"])
    assert [f.code for f in check(b.build())] == ["unsupported-claim"]


def test_select_and_ignore() -> None:
    m = _weak_map()
    assert {f.code for f in check(m, select=["unanswered-counterclaim"])} == {
        "unanswered-counterclaim"
    }
    assert {f.code for f in check(m, ignore=["unanswered-counterclaim"])} == {"unsupported-claim"}
    assert check(m, ignore=["all"]) == []


@pytest.mark.parametrize("bad", [{"select": ["no-such-check"]}, {"ignore": ["unsuported-claim"]}])
def test_unknown_codes_raise_config_error(bad: dict[str, list[str]]) -> None:
    with pytest.raises(ConfigError) as err:
        check(_weak_map(), **bad)  # type: ignore[arg-type]
    assert "unknown check code" in str(err.value)
    assert isinstance(err.value, ValueError)


def test_suggestion_for_a_typo() -> None:
    with pytest.raises(ConfigError, match="did you mean 'unsupported-claim'"):
        get_check("unsuported-claim")


def test_config_selection_ignores_and_severities() -> None:
    m = _weak_map()
    cfg = parse_config(
        {
            "ignore": ["unsupported-claim"],
            "severity": {"unanswered-counterclaim": "error"},
        }
    )
    got = check(m, config=cfg)
    assert [(f.code, f.severity) for f in got] == [("unanswered-counterclaim", Severity.ERROR)]
    # select given to check() replaces the configured one; ignore adds to it
    cfg = parse_config({"select": ["unanswered-counterclaim"]})
    assert {f.code for f in check(m, config=cfg)} == {"unanswered-counterclaim"}
    assert {f.code for f in check(m, config=cfg, select=["unsupported-claim"])} == {
        "unsupported-claim"
    }
    assert check(m, config=cfg, ignore=["unanswered-counterclaim"]) == []


def test_severity_order_and_parse() -> None:
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert max([Severity.WARNING, Severity.ERROR, Severity.INFO]) is Severity.ERROR
    assert Severity.parse(" ERROR ") is Severity.ERROR
    with pytest.raises(ValueError, match="unknown severity"):
        Severity.parse("fatal")


def test_finding_to_dict() -> None:
    f = Finding("x", Severity.INFO, ("A", "B"), "m", "h")
    assert f.to_dict() == {
        "code": "x",
        "severity": "info",
        "ids": ["A", "B"],
        "message": "m",
        "hint": "h",
    }


def test_support_depth() -> None:
    b = MapBuilder()
    t = b.thesis("T")
    c = b.claim("C", supports=t)
    p = b.premise("P", supports=c)
    b.evidence("E", supports=p)
    b.claim("Short", supports=t)
    ctx = CheckContext(b.build())
    assert ctx.support_depth("T1") == 3
    assert ctx.support_depth("C2") == 0
    b.support(t, p)  # a circle: walked once, no endless loop
    assert CheckContext(b.build()).support_depth("T1") == 3


@given(maps())
def test_checks_never_crash(amap: ArgumentMap) -> None:
    findings = check(amap, select=["all"])
    ids = {s.id for s in amap.statements} | {i.id for i in amap.inferences}
    for f in findings:
        assert f.code in {c.code for c in all_checks()}
        assert set(f.ids) <= ids
        assert f.message
    assert findings == check(amap, select=["all"])


def test_one_code_may_be_given_as_a_string() -> None:
    from argmap.checks import check
    from argmap.model import MapBuilder

    b = MapBuilder()
    b.claim("Ties are fraying")
    amap = b.build()
    assert [f.code for f in check(amap, select="unsupported-claim")] == ["unsupported-claim"]
    assert [f.code for f in check(amap, ignore="unsupported-claim")] == ["missing-thesis"]
