"""Running the checks on a map: selection, suppression and order.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder(); t = b.thesis("Act now")
>>> c = b.claim("Delay costs", supports=t, accepted=True)
>>> cc = b.counterclaim("Acting is risky", attacks=t)
>>> [(f.code, f.ids) for f in check(b.build())]
[('unanswered-counterclaim', ('CC1',))]
>>> check(b.build(), ignore=["unanswered-counterclaim"])
[]

The result is a :class:`Findings`: a list that also displays as a table in
Jupyter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from argmap._html import chip, table
from argmap._perf import gc_paused
from argmap.checks.context import CheckContext
from argmap.checks.registry import CheckInfo, Finding, Severity, all_checks, get_check

if TYPE_CHECKING:
    from argmap.config import Config
    from argmap.model import ArgumentMap

__all__ = ["Findings", "check", "select_checks"]

ALL = "all"

_SEVERITY_COLOUR = {
    Severity.ERROR: "#b3261e",
    Severity.WARNING: "#a15c00",
    Severity.INFO: "#4a6fa5",
}


class Findings(list[Finding]):
    """What :func:`check` found: a plain list of findings that shows as a table in Jupyter.

    It compares, slices and serialises like the list it is.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); _ = b.claim("Ties <are> fraying")
    >>> found = check(b.build())
    >>> found == list(found), len(found)
    (True, 2)
    >>> html = found._repr_html_()
    >>> "unsupported-claim" in html, "&lt;are&gt;" in html, "<are>" in html
    (True, True, False)
    """

    __slots__ = ()

    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity, most serious first (zero counts left out).

        >>> Findings().counts()
        {}
        """
        order = sorted(Severity, reverse=True)
        return {s: n for s in order if (n := sum(f.severity is s for f in self))}

    def summary(self) -> str:
        """``"3 findings: 1 error, 2 warnings"``, or ``"No findings"``.

        >>> Findings().summary()
        'No findings'
        """
        if not self:
            return "No findings"
        parts = []
        for severity, n in self.counts().items():
            word = severity.value
            parts.append(f"{n} {word}{'s' * (n != 1 and word != 'info')}")
        return f"{len(self)} finding{'s' * (len(self) != 1)}: {', '.join(parts)}"

    def _repr_html_(self) -> str:
        if not self:
            return "<p><strong>No findings.</strong></p>"
        rows = [
            (
                chip(f.severity.value, _SEVERITY_COLOUR.get(f.severity, "#555")),
                f.code,
                ", ".join(f.ids),
                f.message,
                f.hint,
            )
            for f in self
        ]
        columns = ("severity", "code", "statements", "message", "what to do")
        return table(columns, rows, caption=self.summary())


def select_checks(
    select: Iterable[str] | None = None, ignore: Iterable[str] = ()
) -> list[CheckInfo]:
    """The checks to run: ``select`` (default: the default set; ``"all"``: every one) minus ``ignore``.

    Unknown codes raise :class:`~argmap.errors.ConfigError`.

    >>> [c.code for c in select_checks(["circular-support", "missing-thesis"])]
    ['missing-thesis', 'circular-support']
    >>> len(select_checks(["all"])) > len(select_checks())
    True
    """  # noqa: E501
    registered = all_checks()
    skip = set()
    for code in ignore:
        if code != ALL:
            get_check(code)
        skip.add(code)
    if ALL in skip:
        return []
    if select is None:
        chosen = [c for c in registered if c.default]
    else:
        wanted = set()
        for code in select:
            if code != ALL:
                get_check(code)
            wanted.add(code)
        chosen = [c for c in registered if ALL in wanted or c.code in wanted]
    return [c for c in chosen if c.code not in skip]


def check(
    amap: ArgumentMap,
    *,
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    config: Config | None = None,
) -> Findings:
    """Run the checks on ``amap`` and return what they find, in map order.

    ``select`` names the check codes to run (default: every check on by
    default; ``["all"]`` adds the teaching checks), ``ignore`` the codes to
    skip; either may be one code as a string. ``config`` (see
    :func:`argmap.config.load_config`) supplies the project's selection,
    ignores and severity overrides; ``select`` given here replaces the
    project's, ``ignore`` adds to it. A statement or inference whose
    ``ignore`` list holds a code (or ``"all"``) silences the findings that
    involve it. Unknown codes raise :class:`~argmap.errors.ConfigError`.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); _ = b.claim("Ties are fraying")
    >>> [f.code for f in check(b.build())]
    ['missing-thesis', 'unsupported-claim']
    """
    if isinstance(select, str):  # one code, not the characters of one
        select = [select]
    if isinstance(ignore, str):
        ignore = [ignore]
    if select is None and config is not None:
        select = config.select
    skip = [*(config.ignore if config is not None else ()), *(ignore or ())]
    checks = select_checks(select, skip)
    with gc_paused():  # many small objects, no cycles: full GC passes would dominate
        return _run(amap, checks, config)


def _run(amap: ArgumentMap, checks: list[CheckInfo], config: Config | None) -> Findings:
    ctx = CheckContext(amap)
    silenced = ctx.index.ignores
    overrides = config.severity if config is not None else {}
    order = ctx.order
    last = len(order)
    findings: list[Finding] = []
    # The sort key of each finding, taken as it comes: on a large map a second pass
    # over the findings (and a key function called once per finding) costs more than
    # the sort itself.
    keys: list[tuple[int, str, tuple[str, ...], str]] = []
    for info in checks:
        for f in info.run(ctx):
            if silenced and _is_silenced(f, silenced):
                continue
            override = overrides.get(f.code)
            if override is not None:
                f = f.with_severity(override)
            findings.append(f)
            ids = f.ids
            keys.append((order.get(ids[0], last) if ids else -1, f.code, ids, f.message))
    ranked = sorted(range(len(findings)), key=keys.__getitem__)
    return Findings(map(findings.__getitem__, ranked))


def _is_silenced(f: Finding, silenced: Mapping[str, frozenset[str]]) -> bool:
    for ref in f.ids:
        codes = silenced.get(ref)
        if codes and (f.code in codes or ALL in codes):
            return True
    return False
