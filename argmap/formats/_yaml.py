"""One safe, bounded YAML reader for every place argmap reads YAML.

Map files, Argdown front matter and Argdown data blocks are untrusted: a
shared map may come from anyone. :func:`parse_yaml` composes the document
into nodes first and vets them before any Python value is built, so that a
hostile document ends in one located :class:`~argmap.errors.ParseError`
instead of a traceback, a hang or a silent loss:

- anchors and aliases are refused (no "billion laughs" expansion);
- a key given twice in one mapping is refused (the last one would win and
  the first be dropped without a word);
- nesting deeper than :data:`MAX_DEPTH` is refused;
- integers longer than :data:`MAX_INT_DIGITS` digits, ``.nan`` and ``.inf``
  and impossible dates (``2019-02-30``) are refused with their line.

>>> parse_yaml("a: [1, 2]\\nb: {c: x}", "m.yaml")
{'a': [1, 2], 'b': {'c': 'x'}}
>>> parse_yaml("a: 1\\na: 2", "m.yaml")
Traceback (most recent call last):
argmap.errors.ParseError: m.yaml:2:1: the key 'a' is given twice in one mapping; keep one
>>> parse_yaml("x: .nan", "m.yaml")
Traceback (most recent call last):
argmap.errors.ParseError: m.yaml:1:4: '.nan' is not a number a map can hold; write a finite number
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import yaml

from argmap.errors import ParseError

__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "Locator",
    "RefusedYAML",
    "compose_yaml",
    "construct_yaml",
    "load_yaml",
    "parse_yaml",
    "vet_yaml",
    "yaml_locator",
]

#: How deeply mappings and lists may nest. A map needs about six levels; the
#: rest is room for statement ``data``.
MAX_DEPTH = 100

#: The longest integer a map may hold, in digits (a 64-bit number has 20).
MAX_INT_DIGITS = 100

_CORE = "tag:yaml.org,2002:"
_INT = _CORE + "int"
_FLOAT = _CORE + "float"
_TIMESTAMP = _CORE + "timestamp"
#: The tags a map's values may have: JSON's types, plus dates. Anything else
#: (``!!binary``, ``!!set``, ``!!python/...``, a custom ``!tag``) is refused
#: where it stands, instead of failing later without a line or building an
#: object a map cannot hold.
_SCALAR_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
_MERGE = _CORE + "merge"  # a plain ``<<`` key: YAML's merge of a mapping into another

# libyaml's C parser when PyYAML was built with it: about ten times faster.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TIMESTAMPS = yaml.constructor.SafeConstructor()

Locator = Callable[[tuple[str | int, ...]], "int | None"]


class RefusedYAML(yaml.MarkedYAMLError):
    """A well-formed YAML document holding something a map may not."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(problem=message, problem_mark=mark)


def _error(message: str, mark: Any, source: str | None, line_offset: int) -> ParseError:
    return ParseError(
        message,
        source=source or "<string>",
        line=mark.line + 1 + line_offset if mark is not None else None,
        column=mark.column + 1 if mark is not None else None,
    )


def compose_yaml(text: str, source: str | None, *, line_offset: int = 0) -> yaml.Node | None:
    """The document's node tree, vetted; ``None`` for an empty document.

    ``line_offset`` is added to every line an error names, for YAML that
    starts part-way into a larger file (Argdown front matter).
    """
    loader = _BaseLoader(text)
    try:
        with _located(source, line_offset):
            node: yaml.Node | None = loader.get_single_node()
            if node is not None:
                vet_yaml(node)
    finally:
        loader.dispose()
    return node


@contextmanager
def _located(source: str | None, line_offset: int) -> Iterator[None]:
    """PyYAML's errors and refusals inside the block, as :class:`ParseError` with a line."""
    try:
        yield
    except RefusedYAML as exc:
        raise _error(str(exc.problem), exc.problem_mark, source, line_offset) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        raise _error(f"not valid YAML: {problem}", mark, source, line_offset) from None
    except yaml.YAMLError as exc:
        raise ParseError(f"not valid YAML: {exc}", source=source or "<string>") from None


def parse_yaml(text: str, source: str | None, *, line_offset: int = 0) -> Any:
    """The document as plain Python data, or a located :class:`ParseError`."""
    return load_yaml(text, source, line_offset=line_offset)[0]


class _Unusual(Exception):
    """The document needs the general reader: explicit tags, merge keys, complex keys."""


_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_STR = "tag:yaml.org,2002:str"
#: Tags the streaming reader builds itself; any other sends the document to the general one.
_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_NO_KEY: Any = object()


def load_yaml(text: str, source: str | None, *, line_offset: int = 0) -> tuple[Any, Locator]:
    """The document as plain data, vetted as :func:`compose_yaml` vets it, and a locator.

    Built straight from the parser's events, without the node tree: a node keeps two
    marks, and for a large map the tree took several times the memory of the data
    (about 640 MB for a 20 MB file of 100,000 statements). The locator parses the text
    again the first time it is asked for a line (only a map with a problem needs one).
    A document with explicit tags, merge keys or keys that are not scalars is read by
    :func:`compose_yaml` and :func:`construct_yaml`, which handle them.

    >>> data, locate = load_yaml("a: [1, 2]\\nb: {c: x}", "m.yaml")
    >>> data, locate(("b", "c"))
    ({'a': [1, 2], 'b': {'c': 'x'}}, 2)
    """
    loader = _BaseLoader(text)
    try:
        with _located(source, line_offset):
            data = _from_events(loader)
    except _Unusual:
        node = compose_yaml(text, source, line_offset=line_offset)
        return construct_yaml(node, source), yaml_locator(node, line_offset=line_offset)
    finally:
        loader.dispose()
    return data, _lazy_locator(text, source, line_offset)


def _lazy_locator(text: str, source: str | None, line_offset: int) -> Locator:
    found: list[Locator] = []

    def locate(loc: tuple[str | int, ...]) -> int | None:
        if not found:
            node = compose_yaml(text, source, line_offset=line_offset)
            found.append(yaml_locator(node, line_offset=line_offset))
        return found[0](loc)

    return locate


def _from_events(loader: Any) -> Any:
    """Plain data from the loader's events, with the checks of :func:`vet_yaml` on the way."""
    get = loader.get_event
    resolve = loader.resolve
    constructors = loader.yaml_constructors
    scalar_node = yaml.ScalarNode
    get()  # the stream start
    if isinstance(loader.peek_event(), yaml.StreamEndEvent):
        return None
    get()  # the document start
    # each open collection: [the list or dict, raw keys seen, pending key, is a mapping]
    stack: list[list[Any]] = []
    root: Any = None
    anchors: dict[str, Any] = {}  # where each anchored value starts: an alias is refused there
    while True:
        event = get()
        kind = type(event)
        if kind is not yaml.AliasEvent and getattr(event, "anchor", None) is not None:
            anchors[event.anchor] = event.start_mark
        if kind is yaml.ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(scalar_node, event.value, event.implicit)
            if tag == _STR:
                value: Any = event.value
            elif tag in _SCALAR_TAGS:
                node = scalar_node(tag, event.value, event.start_mark, event.end_mark)
                _vet_scalar(node)
                try:
                    value = constructors[tag](loader, node)
                except (ValueError, OverflowError) as exc:
                    raise RefusedYAML(f"not valid YAML: {exc}", event.start_mark) from None
            else:
                raise _Unusual
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            is_map = kind is yaml.MappingStartEvent
            if event.tag not in (None, "!", _MAP if is_map else _SEQ):
                raise _Unusual
            if len(stack) >= MAX_DEPTH:
                raise RefusedYAML(
                    f"the document nests deeper than {MAX_DEPTH} levels; flatten it",
                    event.start_mark,
                )
            if stack and stack[-1][3] and stack[-1][2] is _NO_KEY:
                raise _Unusual  # a mapping or a list as a key
            stack.append([{} if is_map else [], set() if is_map else None, _NO_KEY, is_map])
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            value = stack.pop()[0]
        elif kind is yaml.AliasEvent:
            raise RefusedYAML(
                "YAML anchors and aliases (&name / *name) are not allowed; write the value out",
                anchors.get(event.anchor, event.start_mark),
            )
        else:
            raise _Unusual  # this reader expects one document of scalars, lists and mappings
        if not stack:
            root = value
            break
        top = stack[-1]
        if not top[3]:
            top[0].append(value)
        elif top[2] is _NO_KEY:
            raw = event.value
            if raw in top[1]:
                raise RefusedYAML(
                    f"the key {raw!r} is given twice in one mapping; keep one", event.start_mark
                )
            if value == "<<" and event.tag is None and event.implicit[0]:
                raise _Unusual  # a merge key
            top[1].add(raw)
            top[2] = value
        else:
            top[0][top[2]] = value
            top[2] = _NO_KEY
    get()  # the document end
    if not isinstance(loader.peek_event(), yaml.StreamEndEvent):
        raise _Unusual  # a second document: the general reader reports it
    return root


def construct_yaml(node: yaml.Node | None, source: str | None) -> Any:
    """Python data from a node tree that :func:`compose_yaml` vetted."""
    if node is None:
        return None
    loader = _BaseLoader("")
    try:
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise _error(f"not valid YAML: {exc.problem or exc.context}", mark, source, 0) from None
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        # Vetting catches the known cases; this keeps any other one located.
        raise ParseError(f"not valid YAML: {exc}", source=source or "<string>") from None
    finally:
        loader.dispose()


def vet_yaml(root: yaml.Node, *, depth: int = 1) -> None:
    """Raise :class:`RefusedYAML` at the first thing in ``root`` a map may not hold.

    ``depth`` is the level ``root`` has in a map document (1 for a whole
    document), so YAML read as part of a map (Argdown data) nests no deeper
    than the same values in a map file.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, depth)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise RefusedYAML(
                "YAML anchors and aliases (&name / *name) are not allowed; write the value out",
                node.start_mark,
            )
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            _vet_scalar(node)
            continue
        wanted = _CORE + ("map" if isinstance(node, yaml.MappingNode) else "seq")
        if node.tag != wanted:
            raise RefusedYAML(_tag_refusal(node.tag), node.start_mark)
        if depth > MAX_DEPTH:
            raise RefusedYAML(
                f"the document nests deeper than {MAX_DEPTH} levels; flatten it",
                node.start_mark,
            )
        if isinstance(node, yaml.MappingNode):
            keys: dict[Any, yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag == _MERGE:
                    stack.append((value, depth + 1))  # ``<<: {...}``: the key is YAML's own
                    continue
                if isinstance(key, yaml.ScalarNode):
                    first = keys.setdefault(key.value, key)
                    if first is not key:
                        raise RefusedYAML(
                            f"the key {key.value!r} is given twice in one mapping; keep one",
                            key.start_mark,
                        )
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)


def _tag_refusal(tag: str) -> str:
    shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
    return f"the YAML tag {shown!r} is not allowed in a map; write the value without it"


def _vet_scalar(node: yaml.ScalarNode) -> None:
    if node.tag not in _SCALAR_TAGS:
        raise RefusedYAML(_tag_refusal(node.tag), node.start_mark)
    if node.tag == _INT:
        digits = sum(ch.isdigit() for ch in node.value)
        if digits > MAX_INT_DIGITS:
            raise RefusedYAML(
                f"an integer of {digits} digits is more than a map can hold "
                f"(at most {MAX_INT_DIGITS}); quote it to keep it as text",
                node.start_mark,
            )
    elif node.tag == _FLOAT:
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:
            value = math.nan if "nan" in node.value.lower() else math.inf
        if not math.isfinite(value):
            raise RefusedYAML(
                f"{node.value!r} is not a number a map can hold; write a finite number",
                node.start_mark,
            )
    elif node.tag == _TIMESTAMP:
        try:
            _dt.date.fromisoformat(node.value[:10])
            _TIMESTAMPS.construct_yaml_timestamp(node)  # the time of day too: 25:61 is no time
        except ValueError as exc:
            raise RefusedYAML(
                f"{node.value!r} is not a real date ({exc}); write YYYY-MM-DD",
                node.start_mark,
            ) from None


def yaml_locator(root: yaml.Node | None, *, line_offset: int = 0) -> Locator:
    """A function from a data path (``("statements", 3, "text")``) to its line."""

    def locate(loc: tuple[str | int, ...]) -> int | None:
        node = root
        if node is None:
            return None
        line: int = node.start_mark.line + 1
        for part in loc:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if getattr(key, "value", None) == part:
                        line = key.start_mark.line + 1
                        child = value
                        break
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(part, int)
                and part < len(node.value)
            ):
                child = node.value[part]
                line = child.start_mark.line + 1
            if child is None:
                return line + line_offset
            node = child
        return line + line_offset

    return locate
