"""Count the examples the fuzz tests ran and print the total at the end of the run.

The summary line (``fuzz: 1,234 examples in 9 property tests ...``) shows in
every run that includes this folder, so a CI log states how much fuzzing it
did; a run with another profile (``HYPOTHESIS_PROFILE=long``) also prints
each property's count.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest
from hypothesis.statistics import collector

FUZZ = os.path.dirname(os.path.abspath(__file__))
_COUNTS: dict[str, tuple[int, int, int]] = {}


def _count(stats: Any) -> tuple[int, int, int]:
    """(passing, failing, invalid) examples over the generate and shrink phases."""
    passing = failing = invalid = 0
    for phase in ("explicit", "reuse", "generate", "target", "shrink"):
        for case in stats.get(f"{phase}-phase", {}).get("test-cases", []):
            status = case["status"]
            if status == "valid":
                passing += 1
            elif status == "interesting":
                failing += 1
            else:
                invalid += 1
    return passing, failing, invalid


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    if not str(item.path).startswith(FUZZ):
        yield
        return
    outer = collector.value  # the Hypothesis plugin's own statistics hook, if any

    def note(stats: Any) -> None:
        _COUNTS[item.nodeid] = _count(stats)
        if outer is not None:
            outer(stats)

    with collector.with_value(note):
        yield


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _COUNTS:
        return
    passing = sum(c[0] for c in _COUNTS.values())
    failing = sum(c[1] for c in _COUNTS.values())
    invalid = sum(c[2] for c in _COUNTS.values())
    profile = os.environ.get("HYPOTHESIS_PROFILE", "default")
    if profile != "default":  # a long run reports each property's count
        for nodeid, (ok, bad, skipped) in sorted(_COUNTS.items()):
            terminalreporter.write_line(
                f"fuzz: {ok:>6,} passing {bad:>3} failing {skipped:>5,} invalid  {nodeid}"
            )
    terminalreporter.write_line(
        f"fuzz: {passing:,} examples in {len(_COUNTS)} property tests "
        f"(profile {profile!r}; {failing} failing, {invalid} rejected as invalid)"
    )
