"""``argmap check MAP...``: report findings like a linter, one a line.

Exit codes: 0 when nothing is at or above the fail level, 1 when something
is, 2 when a file could not be read (the other files are still checked).
Settings come from ``[tool.argmap]`` in the nearest ``pyproject.toml``;
options given here win.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.cli._util import expand_paths, severity_count, terminal_text
from argmap.errors import ArgmapError

if TYPE_CHECKING:
    from argmap.checks import Finding, Severity
    from argmap.config import Config

__all__ = ["add_parser", "format_finding", "split_codes"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="report weaknesses of maps (and of the arguments they record)",
        description=(
            "Run the checks on each map and print one finding a line: "
            "file: ids: code: message [severity]. Exit 0 if nothing is at or above the "
            "fail level, 1 if something is, 2 if a file could not be read."
        ),
    )
    p.add_argument("paths", nargs="*", metavar="MAP", help="map files or directories")
    p.add_argument(
        "--format",
        dest="output",
        choices=("text", "json"),
        default="text",
        help="output: text (one finding a line) or json (for programs)",
    )
    p.add_argument("--read-format", help="read every file as this format instead of by suffix")
    p.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="comma-separated check codes to run ('all' for every check)",
    )
    p.add_argument(
        "--ignore", action="append", metavar="CODES", help="comma-separated check codes to skip"
    )
    p.add_argument(
        "--fail-on",
        choices=("info", "warning", "error"),
        help="exit 1 when a finding is at or above this severity (default: error)",
    )
    p.add_argument("--config", metavar="PYPROJECT", help="read [tool.argmap] from this file")
    p.add_argument("--no-config", action="store_true", help="ignore pyproject.toml settings")
    p.add_argument("--hints", action="store_true", help="print a hint under each finding")
    p.add_argument("--list", action="store_true", help="list the check codes and exit")
    p.add_argument("--explain", metavar="CODE", help="explain one check and exit")
    p.set_defaults(func=_run)


def split_codes(values: Sequence[str] | None) -> list[str] | None:
    """Codes from repeated, comma-separated options.

    >>> split_codes(["a,b", " c "])
    ['a', 'b', 'c']
    >>> split_codes(None) is None
    True
    """
    if values is None:
        return None
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def format_finding(path: str, f: Finding, *, hints: bool = False) -> str:
    """One finding as a line of text: ``path: ids: code: message [severity]``.

    >>> from argmap.checks import Finding, Severity
    >>> format_finding("m.yaml", Finding("disconnected", Severity.WARNING, ("C4",), "Loose."))
    'm.yaml: C4: disconnected: Loose. [warning]'
    """
    ids = ",".join(f.ids) if f.ids else "-"
    message = terminal_text(f.message, newlines=False)
    line = f"{terminal_text(path, newlines=False)}: {ids}: {f.code}: {message} [{f.severity.value}]"
    if hints and f.hint:
        line += f"\n    hint: {terminal_text(f.hint, newlines=False)}"
    return line


def _list() -> int:
    from argmap.checks import all_checks

    checks = all_checks()
    width = max(len(c.code) for c in checks)
    for c in checks:
        default = "" if c.default else "  (only when selected)"
        print(f"{c.code:<{width}}  {c.severity.value:<7}  {c.summary}{default}")
    return 0


def _explain(code: str) -> int:
    from argmap.checks import get_check

    c = get_check(code)
    print(f"{c.code} ({c.severity.value}{'' if c.default else ', only when selected'})")
    print()
    print(c.summary)
    print()
    print(c.explain)
    return 0


def _config_for(path: Path, args: argparse.Namespace, cache: dict[Path | None, Config]) -> Config:
    from argmap.config import Config, find_pyproject, load_config

    if args.no_config:
        return Config()
    file = Path(args.config) if args.config else find_pyproject(path)
    if file not in cache:
        cache[file] = load_config(file) if file is not None else Config()
    return cache[file]


def _run(args: argparse.Namespace) -> int:
    from argmap.checks import Severity, check, select_checks
    from argmap.formats.io import load

    if args.list:
        return _list()
    if args.explain:
        return _explain(args.explain)
    if not args.paths:
        raise ArgmapError("name at least one map file or directory (or use --list)")
    select, ignore = split_codes(args.select), split_codes(args.ignore)
    select_checks(select, ignore or ())  # unknown codes fail before any file is read
    cache: dict[Path | None, Config] = {}
    results: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    worst: Severity | None = None
    bad = 0
    for raw in args.paths:
        try:
            paths = list(expand_paths([raw]))
        except ArgmapError as exc:
            bad += 1
            results.append({"path": raw, "error": str(exc), "findings": []})
            continue
        for path in paths:
            try:
                config = _config_for(path, args, cache)
                amap = load(path, format=args.read_format)
                findings = check(amap, select=select, ignore=ignore, config=config)
            except ArgmapError as exc:
                bad += 1
                results.append({"path": str(path), "error": str(exc), "findings": []})
                continue
            fail_on = args.fail_on or (config.fail_on.value if config.fail_on else "error")
            for f in findings:
                counts[f.severity.value] += 1
                if f.severity >= Severity.parse(fail_on) and (worst is None or f.severity > worst):
                    worst = f.severity
            results.append({"path": str(path), "error": None, "findings": findings})
    code = 2 if bad else (1 if worst is not None else 0)
    if args.output == "json":
        _print_json(results, counts, args, code)
    else:
        _print_text(results, counts, args.hints)
    return code


def _print_text(results: list[dict[str, Any]], counts: Counter[str], hints: bool) -> None:
    n_maps = 0
    for r in results:
        if r["error"] is not None:
            print(f"{r['path']}: error: {terminal_text(r['error'])}", file=sys.stderr)
            continue
        n_maps += 1
        for f in r["findings"]:
            print(format_finding(r["path"], f, hints=hints))
    total = sum(counts.values())
    parts = [severity_count(counts[s], s) for s in ("error", "warning", "info") if counts[s]]
    detail = f" ({', '.join(parts)})" if parts else ""
    noun = "finding" if total == 1 else "findings"
    maps = "map" if n_maps == 1 else "maps"
    print(f"{total} {noun}{detail} in {n_maps} {maps}.", file=sys.stderr)


def _print_json(
    results: list[dict[str, Any]], counts: Counter[str], args: argparse.Namespace, code: int
) -> None:
    doc = {
        "maps": [
            {
                "path": r["path"],
                "error": r["error"],
                "findings": [f.to_dict() for f in r["findings"]],
            }
            for r in results
        ],
        "counts": {s: counts[s] for s in ("error", "warning", "info")},
        "exit_code": code,
    }
    json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
