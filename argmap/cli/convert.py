"""``argmap convert IN OUT``: a map file into another format, or a folder of them.

File to file: the suffixes pick the formats (``--from``/``--to`` name them
instead). Folder to folder: every map in IN (recursively) is written under OUT
with the same relative name and the suffix of ``--to``; a file that fails is
reported and the rest still converted (exit 2 if any failed). OUT ``-``
writes to standard output.

Nothing is written when an output would replace an input, or when two
inputs (``a.yaml`` and ``a.json``) would be written to one output: the
command says which and exits 2.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

from argmap.cli._util import expand_paths, terminal_text
from argmap.errors import ArgmapError, FormatError

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "convert",
        help="convert maps between formats (YAML, JSON, AIF, GraphML, node-link ...)",
        description=(
            "Convert a map file, or every map in a folder, into another format (any suffix "
            "argmap render takes). Nothing is written when an output would replace an input "
            "or two inputs would be written to one output."
        ),
    )
    p.add_argument("input", metavar="IN", help="a map file or a folder of maps")
    p.add_argument("output", metavar="OUT", help="the file or folder to write ('-': stdout)")
    p.add_argument("--from", dest="from_", metavar="FORMAT", help="read IN as this format")
    p.add_argument("--to", metavar="FORMAT", help="write this format (needed for a folder)")
    p.set_defaults(func=_run)


def _report(caught: list[warnings.WarningMessage]) -> None:
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)


def _convert_one(src: Path, out: str, from_: str | None, to: str | None) -> None:
    from argmap.formats.convert import convert
    from argmap.formats.io import dumps, load

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if out == "-":
            if to is None:
                raise FormatError("writing to standard output needs --to FORMAT")
            sys.stdout.write(dumps(load(src, format=from_), format=to))
        else:
            convert(src, out, from_=from_, to=to)
    _report(caught)


def _stem(path: Path, from_: str | None) -> str:
    from argmap.formats.registry import format_for_path, get_format

    try:
        fmt = get_format(from_) if from_ else format_for_path(path)
    except FormatError:
        return path.stem
    name = path.name
    for suffix in sorted(fmt.suffixes, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _clashes(plan: list[tuple[Path, Path]]) -> list[str]:
    """Why ``plan`` (input, output pairs) would lose a file: outputs shared or over inputs."""
    inputs = {path.resolve(): path for path, _ in plan}
    writers: dict[Path, list[tuple[Path, Path]]] = {}
    for path, target in plan:
        writers.setdefault(target.resolve(), []).append((path, target))
    problems = []
    for path, target in plan:
        where = target.resolve()
        if where in inputs:
            problems.append(f"{path} -> {target} would replace the input {inputs[where]}")
    for pairs in writers.values():
        if len(pairs) > 1:
            names = " and ".join(str(path) for path, _ in pairs)
            problems.append(f"{names} would both be written to {pairs[0][1]}")
    return problems


def _run(args: argparse.Namespace) -> int:
    src = Path(args.input)
    if not src.is_dir():
        if args.output != "-" and Path(args.output).resolve() == src.resolve():
            raise FormatError(f"{args.output}: the output is the input; name another output")
        try:
            _convert_one(src, args.output, args.from_, args.to)
        except OSError as exc:
            print(f"argmap: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        if args.output != "-":
            print(terminal_text(f"{src} -> {args.output}"))
        return 0
    from argmap.formats.registry import get_format

    if args.to is None:
        raise FormatError("converting a folder needs --to FORMAT")
    suffix = get_format(args.to).suffixes[0]
    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise FormatError(f"{out_dir} is a file; converting a folder needs an output folder")
    if args.from_:
        fmt = get_format(args.from_)
        suffixes = (*fmt.suffixes, *(fmt.common_suffixes or (".json",)))
        files = list(expand_paths([str(src)], suffixes=suffixes))
    else:
        files = list(expand_paths([str(src)]))
    plan = [
        (path, out_dir / path.parent.relative_to(src) / (_stem(path, args.from_) + suffix))
        for path in files
    ]
    clash = _clashes(plan)
    if clash:
        for line in clash:
            print(line, file=sys.stderr)
        print("nothing converted: rename the inputs or choose another --to or OUT", file=sys.stderr)
        return 2
    failed = 0
    for path, target in plan:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _convert_one(path, str(target), args.from_, args.to)
        except ArgmapError as exc:
            failed += 1
            print(exc if str(path) in str(exc) else f"{path}: {exc}", file=sys.stderr)
            continue
        except OSError as exc:
            failed += 1
            print(f"{path}: {exc.strerror or exc}", file=sys.stderr)
            continue
        print(terminal_text(f"{path} -> {target}"))
    print(f"{len(files) - failed} of {len(files)} converted", file=sys.stderr)
    return 2 if failed else 0
