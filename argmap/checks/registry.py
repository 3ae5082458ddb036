"""Findings, severities and the registry of checks.

A check is a small pure function that takes a :class:`~argmap.checks.context.CheckContext`
and yields :class:`Finding` objects. It is registered under a stable
kebab-case code with :func:`register`; adding a check is writing one
decorated function in one of the topic modules.

>>> Severity.ERROR > Severity.WARNING > Severity.INFO
True
>>> f = Finding("missing-thesis", Severity.ERROR, (), "No thesis.", "Add one.")
>>> f.to_dict()["severity"]
'error'
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from argmap.errors import ConfigError

if TYPE_CHECKING:
    from argmap.checks.context import CheckContext

__all__ = [
    "CheckFunction",
    "CheckInfo",
    "Finding",
    "Severity",
    "all_checks",
    "get_check",
    "register",
]

_RANK = {"info": 0, "warning": 1, "error": 2}


class Severity(str, enum.Enum):
    """How serious a finding is; severities compare by seriousness.

    >>> sorted([Severity.ERROR, Severity.INFO, Severity.WARNING])
    [<Severity.INFO: 'info'>, <Severity.WARNING: 'warning'>, <Severity.ERROR: 'error'>]
    >>> Severity.parse("Warning")
    <Severity.WARNING: 'warning'>
    """

    INFO = "info"
    """Worth knowing, often a teaching point; never a flaw on its own."""
    WARNING = "warning"
    """A weakness a careful reader would point out."""
    ERROR = "error"
    """The map (or the argument it records) is broken."""

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANK[self.value]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        """A severity from its name, case-insensitively; :class:`ValueError` if unknown."""
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            known = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r}; use one of: {known}") from None

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __str__(self) -> str:
        return self.value


# Checks whose findings are about every id they name, not only the first.
_GROUP_CODES = frozenset({"circular-support", "multiple-theses"})


@dataclass(frozen=True)
class Finding:
    """One thing a check noticed about a map.

    ``ids`` are the statements and inferences involved, the one the finding
    is *about* first. ``message`` says what is wrong in words a student
    understands; ``hint`` says what to do about it.
    """

    code: str
    severity: Severity
    ids: tuple[str, ...]
    message: str
    hint: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary.

        >>> Finding("disconnected", Severity.WARNING, ("C4",), "C4 leads nowhere.").to_dict()
        {'code': 'disconnected', 'severity': 'warning', 'ids': ['C4'], 'message': 'C4 leads nowhere.', 'hint': ''}
        """  # noqa: E501
        return {
            "code": self.code,
            "severity": self.severity.value,
            "ids": list(self.ids),
            "message": self.message,
            "hint": self.hint,
        }

    @property
    def subjects(self) -> tuple[str, ...]:
        """The ids the finding is *about*: the first, or all of them for a group.

        A circle of support or several theses is a problem of every member;
        otherwise the later ids are only context (the thesis a counterclaim
        wrongly supports, say).

        >>> Finding("kind-mismatch", Severity.WARNING, ("CC1", "T1"), "...").subjects
        ('CC1',)
        >>> Finding("circular-support", Severity.ERROR, ("C1", "C2"), "...").subjects
        ('C1', 'C2')
        """
        return self.ids if self.code in _GROUP_CODES else self.ids[:1]

    def with_severity(self, severity: Severity) -> Finding:
        """The same finding at another severity."""
        return replace(self, severity=severity)


CheckFunction = Callable[["CheckContext"], Iterable[Finding]]


@dataclass(frozen=True)
class CheckInfo:
    """A registered check: its code, default severity and documentation.

    ``severity`` is the usual severity of its findings (a check may raise
    one finding higher, as ``unsupported-claim`` does for the thesis).
    ``default`` is False for checks that run only when selected.
    """

    code: str
    severity: Severity
    summary: str
    explain: str
    func: CheckFunction = field(repr=False, compare=False)
    default: bool = True
    module: str = ""

    def run(self, ctx: CheckContext) -> list[Finding]:
        """Run the check on a context."""
        return list(self.func(ctx))


_REGISTRY: dict[str, CheckInfo] = {}

# Modules whose import registers the built-in checks, in documentation order.
_MODULES: tuple[str, ...] = (
    "argmap.checks.structure",
    "argmap.checks.support",
    "argmap.checks.dialectic",
    "argmap.checks.evidence",
    "argmap.checks.teaching",
)


def register(
    code: str,
    *,
    severity: Severity | str,
    summary: str,
    explain: str,
    default: bool = True,
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under ``code``.

    >>> @register("example-check", severity="info", summary="s", explain="e", default=False)
    ... def example(ctx):
    ...     return []
    >>> get_check("example-check").severity
    <Severity.INFO: 'info'>
    >>> _ = _REGISTRY.pop("example-check")
    """
    sev = Severity.parse(severity)

    def decorate(func: CheckFunction) -> CheckFunction:
        if code in _REGISTRY and _REGISTRY[code].func is not func:
            raise ValueError(f"check code {code!r} is already registered")
        _REGISTRY[code] = CheckInfo(
            code=code,
            severity=sev,
            summary=summary,
            explain=explain,
            func=func,
            default=default,
            module=getattr(func, "__module__", ""),
        )
        return func

    return decorate


def _load_builtin() -> None:
    import importlib

    for name in _MODULES:
        importlib.import_module(name)


def all_checks() -> list[CheckInfo]:
    """Every registered check, built-in ones first in documentation order.

    >>> [c.code for c in all_checks()][:2]
    ['missing-thesis', 'multiple-theses']
    """
    _load_builtin()
    rank = {name: n for n, name in enumerate(_MODULES)}
    seq = {code: n for n, code in enumerate(_REGISTRY)}
    return sorted(_REGISTRY.values(), key=lambda c: (rank.get(c.module, len(rank)), seq[c.code]))


def get_check(code: str) -> CheckInfo:
    """The check registered under ``code``; :class:`~argmap.errors.ConfigError` if none."""
    _load_builtin()
    try:
        return _REGISTRY[code]
    except KeyError:
        raise ConfigError(f"unknown check code {code!r}; {_suggest(code)}") from None


def _suggest(code: str) -> str:
    import difflib

    close = difflib.get_close_matches(code, list(_REGISTRY), n=1)
    if close:
        return f"did you mean {close[0]!r}? (argmap check --list shows them all)"
    return "argmap check --list shows the codes"
