"""``argmap schema``: print the JSON Schema of a map document."""

from __future__ import annotations

import argparse
import json
from typing import Any

from argmap.files import write_atomic

__all__ = ["add_parser", "map_schema"]


def map_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of argmap's map document.

    >>> map_schema()["title"]
    'ArgumentMap'
    """
    from argmap.model import ArgumentMap

    schema = ArgumentMap.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of a map file",
        description="Print the JSON Schema of argmap's map document (YAML and JSON files).",
    )
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    text = json.dumps(map_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        from pathlib import Path

        write_atomic(Path(args.output), text)
    else:
        print(text, end="")
    return 0
