"""Turning a parsed document into a map, with every problem located.

Shared by the native formats: pydantic's errors and the model's
cross-reference problems become one :class:`~argmap.errors.MapValidationError`
that names the file, the line (when the format knows it) and the statement or
inference id.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from argmap._perf import gc_paused
from argmap.errors import ArgmapWarning, MapValidationError, Problem
from argmap.files import read_text_file
from argmap.formats.text_policy import resolve_text_file
from argmap.model import (
    FORMAT_VERSION,
    KINDS,
    ArgumentMap,
    Evidence,
    Inference,
    Question,
    Source,
    Span,
    find_problems,
)
from argmap.model.argument_map import SKIP_CROSSREFS

__all__ = [
    "build_map",
    "gc_paused",
    "problems_from_validation_error",
]

Locator = Callable[[tuple[str | int, ...]], "int | None"]


def _no_line(loc: tuple[str | int, ...]) -> int | None:
    return None


def build_map(
    data: Any,
    *,
    source: str | None = None,
    base: Path | None = None,
    locate: Locator = _no_line,
) -> ArgumentMap:
    """Validate ``data`` (a parsed document) into a map, or raise with every problem."""
    if not isinstance(data, dict):
        got = type(data).__name__ if data is not None else "an empty document"
        raise MapValidationError(
            [Problem(f"a map document must be a mapping with 'statements', got {got}", line=1)],
            source=source,
        )
    version = data.get("version", FORMAT_VERSION)
    if isinstance(version, bool):
        raise MapValidationError(
            [
                Problem(
                    f"version must be a whole number ({FORMAT_VERSION}), not {version!r}",
                    loc=("version",),
                    line=locate(("version",)),
                )
            ],
            source=source,
        )
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise MapValidationError(
            [
                Problem(
                    f"this map uses format version {version}, newer than this argmap "
                    f"reads ({FORMAT_VERSION}); upgrade argmap",
                    loc=("version",),
                    line=locate(("version",)),
                )
            ],
            source=source,
        )
    try:
        amap = ArgumentMap.model_validate(data, context={SKIP_CROSSREFS: True})
    except ValidationError as exc:
        raise MapValidationError(
            problems_from_validation_error(exc, data, locate), source=source
        ) from None
    attach_text(amap, base=base, source=source)
    problems = find_problems(amap)
    if problems:
        located = [
            Problem(p.message, p.ref, p.loc, p.line if p.line is not None else locate(p.loc))
            for p in problems
        ]
        raise MapValidationError(located, source=source)
    return amap


def attach_text(amap: ArgumentMap, *, base: Path | None, source: str | None) -> None:
    """Read ``source.text_file`` into ``source.text`` when the policy allows it.

    A text file that :mod:`argmap.formats.text_policy` refuses, or one that is
    missing, leaves the map without its text and says so (naming the path) in
    an :class:`~argmap.errors.ArgmapWarning`.
    """
    src = amap.source
    if src.text is not None or not src.text_file or base is None:
        return
    where = f"{source}: " if source else ""
    path, refusal = resolve_text_file(base, src.text_file)
    if refusal is not None:
        warnings.warn(f"{where}source text not read: {refusal}", ArgmapWarning, stacklevel=2)
        return
    if path.is_file():
        src.text = read_text_file(path, what="source text")
        return
    tried = os.path.normpath(path)
    warnings.warn(
        f"{where}source.text_file {src.text_file!r} was not found at {tried}; the map loads "
        "without its text, so spans are not checked or highlighted (put the text there or "
        "fix the path)",
        ArgmapWarning,
        stacklevel=2,
    )


def problems_from_validation_error(
    exc: ValidationError, data: dict[str, Any], locate: Locator = _no_line
) -> list[Problem]:
    """Rewrite pydantic's errors as problems a map author understands."""
    problems: list[Problem] = []
    for err in exc.errors(include_url=False):
        loc = _strip_tags(tuple(err["loc"]))
        if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc = (*loc, "kind")
        ref = _ref_at(data, loc)
        message = _explain(err, loc)
        # Point at the element itself for a missing key, at the key otherwise.
        line = locate(loc) or locate(loc[:-1]) if loc else None
        problems.append(Problem(message, ref, loc, line))
    return problems


def _strip_tags(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    # A discriminated union puts the tag into the location:
    # ("statements", 3, "evidence", "evidence_type") -> drop "evidence".
    out: list[str | int] = []
    for n, part in enumerate(loc):
        if n >= 2 and loc[n - 2] == "statements" and isinstance(loc[n - 1], int) and part in KINDS:
            continue
        out.append(part)
    return tuple(out)


def _ref_at(data: dict[str, Any], loc: tuple[str | int, ...]) -> str | None:
    if len(loc) >= 2 and loc[0] in ("statements", "inferences") and isinstance(loc[1], int):
        items = data.get(str(loc[0]))
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            ref = items[loc[1]].get("id")
            if isinstance(ref, str):
                return ref
            return f"{loc[0]}[{loc[1]}]"
    return None


_FIELDS: dict[str, tuple[str, ...]] = {}


def _known_fields(loc: tuple[str | int, ...]) -> tuple[str, ...]:
    if not _FIELDS:
        _FIELDS["map"] = tuple(ArgumentMap.model_fields)
        _FIELDS["source"] = tuple(Source.model_fields)
        _FIELDS["statement"] = tuple(
            dict.fromkeys([*Evidence.model_fields, *Question.model_fields])
        )
        _FIELDS["inference"] = tuple(Inference.model_fields)
        _FIELDS["span"] = tuple(Span.model_fields)
    if "spans" in loc[:-1]:
        return _FIELDS["span"]
    if loc[:1] == ("statements",):
        return _FIELDS["statement"]
    if loc[:1] == ("inferences",):
        return _FIELDS["inference"]
    if loc[:1] == ("source",):
        return _FIELDS["source"]
    return _FIELDS["map"]


def _explain(err: Any, loc: tuple[str | int, ...]) -> str:
    kind = err["type"]
    field = ".".join(str(p) for p in loc[2:]) if len(loc) > 2 else ".".join(map(str, loc))
    if kind == "union_tag_invalid":
        tag = err.get("ctx", {}).get("tag")
        return f"unknown kind {tag!r}; use one of: {', '.join(KINDS)}"
    if kind == "union_tag_not_found":
        return f"missing 'kind'; use one of: {', '.join(KINDS)}"
    if kind == "extra_forbidden":
        name = str(loc[-1])
        import difflib  # only for a misspelt field: not loaded with every map

        close = difflib.get_close_matches(name, _known_fields(loc), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"unknown key {name!r}{hint}"
    if kind == "missing":
        return f"missing required key {str(loc[-1])!r}"
    msg = str(err["msg"])
    if kind == "string_pattern_mismatch":
        msg = f"{err['input']!r} is not a valid id: use letters, digits and _ . : - (no spaces)"
    return f"{field}: {msg}" if field else msg
