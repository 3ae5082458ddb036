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
from argmap.formats._yaml import MAX_DEPTH
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
    _refuse_deep_data(data, source, locate)
    amap = _validate(data, source, locate)
    attach_text(amap, base=base, source=source)
    problems = find_problems(amap)
    if problems:
        located = [
            Problem(p.message, p.ref, p.loc, p.line if p.line is not None else locate(p.loc))
            for p in problems[:MAX_PROBLEMS]
        ]
        raise MapValidationError(located, source=source, total=len(problems))
    return amap


def _refuse_deep_data(data: dict[str, Any], source: str | None, locate: Locator) -> None:
    """MapValidationError when free-form data nests deeper than ``MAX_DEPTH`` levels.

    Depth counts from the document, as the YAML reader counts it, so every
    format has the same limit. Only ``data`` and ``meta`` take nested values;
    anywhere else a nested value is a type error found without recursing.
    """
    roots: list[tuple[Any, int, tuple[str | int, ...]]] = [(data.get("meta"), 2, ("meta",))]
    for key in ("statements", "inferences"):
        items = data.get(key)
        if isinstance(items, list):
            roots.extend(
                (item.get("data"), 4, (key, n, "data"))
                for n, item in enumerate(items)
                if isinstance(item, dict) and isinstance(item.get("data"), dict | list)
            )
    # Each entry carries only what a problem names: the field and its first key.
    stack = [root for root in roots if isinstance(root[0], dict | list)]
    while stack:
        value, depth, top = stack.pop()
        if depth > MAX_DEPTH:
            ref = _ref_at(data, top)
            top = top[: 4 if ref else 2]  # the field, not a hundred list indexes
            field = ".".join(str(part) for part in top[2:]) + " " if ref else ""
            problem = f"{field}nests deeper than {MAX_DEPTH} levels; flatten it"
            raise MapValidationError([Problem(problem, ref, top, locate(top))], source=source)
        pairs = value.items() if isinstance(value, dict) else enumerate(value)
        first = len(top) in (1, 3)  # a child of the field: its key is part of the name
        for k, child in pairs:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1, (*top, k) if first else top))


#: The most problems a reader collects (and locates) before it only counts the rest:
#: a hostile file of millions of bad items must not cost gigabytes to report.
MAX_PROBLEMS = 1000

#: Statements and inferences are validated this many at a time, so that the
#: errors of a huge bad list are counted without being built all at once.
CHUNK = 5000

_FIELD_ORDER = {name: n for n, name in enumerate(ArgumentMap.model_fields)}


_CHUNKED = ("statements", "inferences")


def _validate_chunk(key: str, chunk: list[Any]) -> list[Any]:
    """``chunk`` validated as the map's ``key`` list, by the map model's own validator.

    Going through :class:`ArgumentMap` reuses the one schema of statements and
    inferences that loading builds anyway: a separate validator of the lists would
    build that schema a second time on first use (about 10 ms at start-up).
    Errors are located as in the whole document: ``(key, n, ...)``.
    """
    part = ArgumentMap.model_validate({key: chunk}, context={SKIP_CROSSREFS: True})
    return part.statements if key == "statements" else part.inferences


def _one_chunk(data: dict[str, Any]) -> bool:
    """Whether the statements and inferences of ``data`` are mappings, one chunk in all."""
    size = 0
    for key in _CHUNKED:
        items = data.get(key, [])
        if not isinstance(items, list) or any(type(item) is not dict for item in items):
            return False
        size += len(items)
    return size <= CHUNK


def _validate(data: dict[str, Any], source: str | None, locate: Locator) -> ArgumentMap:
    """The map's shape validated, statements and inferences a chunk at a time.

    Validated statements and inferences are passed on as models, which
    pydantic takes as they are, so chunking costs no second validation.
    """
    if _one_chunk(data):
        # The common case, a map of at most one chunk of mappings: validated in one go;
        # only a map with errors is validated again, a chunk at a time, to report them.
        try:
            return ArgumentMap.model_validate(data, context={SKIP_CROSSREFS: True})
        except ValidationError:
            pass
    problems: list[Problem] = []
    total = 0
    parts: dict[str, Any] = {}
    for key in _CHUNKED:
        items = data.get(key)
        if not isinstance(items, list):
            continue  # not a list: the whole document's validation says so
        done: list[Any] = []
        what = key[:-1]
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            at = [n for n, item in enumerate(chunk) if isinstance(item, dict)]
            if len(at) < len(chunk):  # told without pydantic: a list of millions costs little
                for n, item in enumerate(chunk):
                    if isinstance(item, dict):
                        continue
                    total += 1
                    if len(problems) < MAX_PROBLEMS:
                        loc = (key, start + n)
                        got = type(item).__name__ if item is not None else "nothing"
                        message = f"a {what} must be a mapping (id: ..., ...), not {got}"
                        problems.append(Problem(message, None, loc, locate(loc)))
                chunk = [chunk[n] for n in at]
            try:
                done.extend(_validate_chunk(key, chunk))
            except ValidationError as exc:
                total += exc.error_count()
                room = MAX_PROBLEMS - len(problems)
                if room > 0:
                    errors = exc.errors(include_url=False)[:room]
                    for err in errors:
                        err["loc"] = (key, start + at[int(err["loc"][1])], *err["loc"][2:])
                    problems.extend(_problems(errors, data, locate))
        parts[key] = done
    try:
        amap = ArgumentMap.model_validate({**data, **parts}, context={SKIP_CROSSREFS: True})
    except ValidationError as exc:
        total += exc.error_count()
        room = MAX_PROBLEMS - len(problems)
        problems.extend(_problems(exc.errors(include_url=False)[: max(room, 0)], data, locate))
    if total:
        problems.sort(key=lambda p: _FIELD_ORDER.get(str(p.loc[:1] and p.loc[0]), 99))
        raise MapValidationError(problems, source=source, total=total)
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
    return _problems(exc.errors(include_url=False), data, locate)


def _problems(errors: Any, data: dict[str, Any], locate: Locator) -> list[Problem]:
    problems: list[Problem] = []
    for err in errors:
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
    # The problem names the statement or inference (or the place, when it has no id).
    field = ".".join(str(p) for p in loc[2:]) if len(loc) > 2 else ""
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
