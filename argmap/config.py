"""Project configuration: the ``[tool.argmap]`` table of ``pyproject.toml``.

::

    [tool.argmap]
    select = ["all"]                      # check codes to run ("all": every one)
    ignore = ["uncited-evidence"]         # check codes to skip
    fail-on = "warning"                   # argmap check exits 1 at this severity
    severity = { unanchored = "info" }    # change a check's severity
    text-dirs = ["../texts"]              # folders maps may read source texts from

The nearest ``pyproject.toml`` upward from the map file (or the working
directory) is used; one without a ``[tool.argmap]`` table gives the defaults.

>>> cfg = parse_config({"select": ["all"], "severity": {"unanchored": "info"}})
>>> cfg.select, cfg.severity["unanchored"].value
(('all',), 'info')
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.errors import ConfigError

if TYPE_CHECKING:
    from argmap.checks.registry import Severity

__all__ = ["Config", "find_pyproject", "load_config", "parse_config"]

_KEYS = ("select", "ignore", "severity", "fail-on", "text-dirs")


@dataclass(frozen=True)
class Config:
    """Settings for :func:`argmap.check` and ``argmap check``."""

    select: tuple[str, ...] | None = None
    """Check codes to run; ``None`` for the default set."""
    ignore: tuple[str, ...] = ()
    """Check codes to skip."""
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Severity overrides by check code."""
    fail_on: Severity | None = None
    """The severity at which ``argmap check`` fails (exit 1)."""
    text_dirs: tuple[Path, ...] = ()
    """Folders, besides a map's own, from which its ``source.text_file`` may be read."""
    path: Path | None = None
    """The file the settings come from, if any."""


def find_pyproject(start: str | Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` (a file's folder, or cwd) or above it."""
    here = Path(start) if start is not None else Path.cwd()
    here = here.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(path: str | Path | None = None, *, start: str | Path | None = None) -> Config:
    """Read ``[tool.argmap]`` from ``path``, or from the nearest ``pyproject.toml`` to ``start``.

    Bad settings raise :class:`~argmap.errors.ConfigError` naming the file and key.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "pyproject.toml").write_text('[tool.argmap]\\nfail-on = "warning"\\n')
    >>> load_config(start=d).fail_on
    <Severity.WARNING: 'warning'>
    """
    file = Path(path) if path is not None else find_pyproject(start)
    if file is None:
        return Config()
    data = _read_toml(file)
    tool = data.get("tool", {})
    table = tool.get("argmap") if isinstance(tool, dict) else None
    if table is None:
        return Config(path=file)
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: [tool.argmap] must be a table")
    return parse_config(table, source=file)


def _read_toml(file: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        with file.open("rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    return data


def parse_config(table: Mapping[str, Any], *, source: str | Path | None = None) -> Config:
    """Settings from a ``[tool.argmap]`` table (already parsed)."""
    # Imported here for start-up time: loading a map reads text-dirs from this module,
    # and need not load the checks (and the graph layer under them) to do so.
    from argmap.checks.registry import Severity, get_check

    where = f"{source}: " if source is not None else ""

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(f"{where}[tool.argmap] {key}: {message}")

    for key in table:
        if key not in _KEYS:
            raise fail(key, f"unknown setting; use one of: {', '.join(_KEYS)}")

    def codes(key: str) -> tuple[str, ...] | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of check codes")
        for code in value:
            if code != "all":
                try:
                    get_check(code)
                except ConfigError as exc:
                    raise fail(key, str(exc)) from None
        return tuple(value)

    def severity(key: str, value: Any) -> Severity:
        try:
            return Severity.parse(value) if isinstance(value, str) else Severity.parse(repr(value))
        except ValueError as exc:
            raise fail(key, str(exc)) from None

    raw_sev = table.get("severity", {})
    if not isinstance(raw_sev, dict):
        raise fail("severity", 'must be a table of code = "error" | "warning" | "info"')
    overrides: dict[str, Severity] = {}
    for code, value in raw_sev.items():
        try:
            get_check(code)
        except ConfigError as exc:
            raise fail(f"severity.{code}", str(exc)) from None
        overrides[code] = severity(f"severity.{code}", value)
    fail_on = table.get("fail-on")
    raw_dirs = table.get("text-dirs", [])
    if isinstance(raw_dirs, str):
        raw_dirs = [raw_dirs]
    if not isinstance(raw_dirs, list) or not all(isinstance(d, str) for d in raw_dirs):
        raise fail("text-dirs", "must be a list of folder paths")
    root = Path(source).parent if source is not None else Path.cwd()
    return Config(
        text_dirs=tuple(root / d for d in raw_dirs),
        select=codes("select"),
        ignore=codes("ignore") or (),
        severity=overrides,
        fail_on=severity("fail-on", fail_on) if fail_on is not None else None,
        path=Path(source) if source is not None else None,
    )
