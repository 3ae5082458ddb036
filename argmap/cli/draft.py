"""``argmap draft FILE|DIR... [-o OUT]``: propose a first map of an editorial's text.

One text without ``-o`` prints the draft as YAML; with ``-o`` it is saved
(the suffix picks the format). Several texts, or a directory of ``.txt``
files, need ``-o DIR``: each draft goes to ``DIR/<name>.yaml``, with a
progress bar on standard error when there are many.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from argmap.cli._util import expand_paths
from argmap.errors import ArgmapError, FormatError
from argmap.files import read_text_file

__all__ = ["add_parser"]

_TEXT_SUFFIXES = (".txt", ".text", ".md")
_BAR_FROM = 10  # show a progress bar from this many texts on


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "draft",
        help="propose a first argument map of an editorial's text",
        description=(
            "Draft an argument map of each text (offline, from cue words; every proposal "
            "says which cue produced it). One text without -o prints YAML; several texts "
            "or a directory need -o DIR."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="FILE", help="text files or directories")
    p.add_argument("-o", "--output", metavar="OUT", help="output map file, or directory")
    p.add_argument("--format", help="output format (default: by the suffix of -o, else yaml)")
    p.add_argument("--title", help="the text's title (default: its headline, if any)")
    p.add_argument(
        "--extractor",
        choices=("heuristic", "llm"),
        default="heuristic",
        help="heuristic (offline, default) or llm (an OpenAI-compatible endpoint)",
    )
    p.add_argument("--model", help="llm: model name (default $ARGMAP_LLM_MODEL)")
    p.add_argument("--base-url", help="llm: endpoint (default $ARGMAP_LLM_BASE_URL)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    p.set_defaults(func=_run)


def _extractor(args: argparse.Namespace) -> Any:
    if args.extractor == "llm":
        from argmap.drafting.llm import ChatExtractor

        return ChatExtractor(model=args.model, base_url=args.base_url)
    return None


def _progress(done: int, total: int, name: str, stream: TextIO) -> None:
    width = 30
    filled = width * done // total
    bar = "#" * filled + "-" * (width - filled)
    end = "\n" if done == total else ""
    stream.write(f"\r[{bar}] {done}/{total} {name[:40]:<40}{end}")
    stream.flush()


def _run(args: argparse.Namespace) -> int:
    from argmap.drafting.api import draft
    from argmap.formats.io import dumps, save
    from argmap.formats.registry import get_format
    from argmap.model import Source

    fmt = get_format(args.format or "yaml")
    roots = [Path(p) for p in args.paths]
    files = list(expand_paths(args.paths, suffixes=_TEXT_SUFFIXES))
    many = len(files) > 1 or any(r.is_dir() for r in roots)
    out = Path(args.output) if args.output else None
    if many and out is None:
        raise FormatError(
            f"{len(files)} texts to draft: name an output directory with -o DIR "
            "(one map per text is written there)"
        )
    if many and out is not None and out.exists() and not out.is_dir():
        raise FormatError(f"{out}: exists and is not a directory; -o must name a directory")
    extractor = _extractor(args)
    suffix = fmt.suffixes[0] if fmt.suffixes else f".{fmt.name}"
    bad = 0
    show_bar = many and len(files) >= _BAR_FROM and not args.quiet
    for n, path in enumerate(files, start=1):
        try:
            text = read_text_file(path, what="text file")
            source = Source(title=args.title) if args.title else None
            amap = draft(text, source=source, extractor=extractor)
            if out is None:
                sys.stdout.write(dumps(amap, format=fmt.name))
            elif many or out.is_dir() or args.output.endswith(("/", "\\")):
                target = out / _relative(path, roots).with_suffix(suffix)
                target.parent.mkdir(parents=True, exist_ok=True)
                save(_pointing_at(amap, path, target), target, format=fmt.name)
            else:
                save(_pointing_at(amap, path, out), out, format=args.format)
        except ArgmapError as exc:
            bad += 1
            if show_bar:
                sys.stderr.write("\n")
            where = "" if str(exc).startswith(str(path)) else f"{path}: "
            print(f"argmap: {where}{exc}", file=sys.stderr)
        if show_bar:
            _progress(n, len(files), path.name, sys.stderr)
    if many and not args.quiet:
        print(f"drafted {len(files) - bad} of {len(files)} texts into {out}", file=sys.stderr)
    return 2 if bad else 0


def _pointing_at(amap: Any, text_path: Path, target: Path) -> Any:
    """The draft naming its text file (relative to the map) instead of copying the text.

    The saved map stays small and anchored to the file it was drafted from;
    loading it reads the text back.
    """
    import os

    rel = os.path.relpath(text_path.resolve(), target.resolve().parent)
    source = amap.source.model_copy(update={"text_file": Path(rel).as_posix()})
    return amap.model_copy(update={"source": source})


def _relative(path: Path, roots: list[Path]) -> Path:
    for root in roots:
        if root.is_dir():
            try:
                return path.relative_to(root)
            except ValueError:
                continue
    return Path(path.name)
