"""The Argdown frontmatter: the map's source, its meta and layout hints.

``title``, ``author`` and ``date`` sit at the top (the keys Argdown itself
uses), the other source fields under ``source:``, the map's ``meta`` keys at
the top level (under ``meta:`` when one would clash), and the order of the
inferences under ``argmap: {order: [...]}`` when the layout cannot show it.

>>> from argmap.model import Source
>>> text = write_frontmatter(Source(title="T", outlet="O"), {"k": 1}, None)
>>> print(text)
===
title: T
source:
  outlet: O
k: 1
===
<BLANKLINE>
<BLANKLINE>
>>> import yaml
>>> read_frontmatter(yaml.safe_load(text.replace("===", "")), [])[0].outlet
'O'
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from argmap.model import Source

__all__ = ["SOURCE_KEYS", "plain", "read_frontmatter", "write_frontmatter"]

#: Frontmatter keys argmap reads itself; other keys are the map's meta.
SOURCE_KEYS = ("title", "author", "date", "source", "meta", "argmap")


def plain(value: Any) -> Any:
    """``value`` with dates and other YAML types turned into JSON values."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def read_frontmatter(
    frontmatter: dict[str, Any] | None, dropped: list[str]
) -> tuple[Source, dict[str, Any], list[str] | None]:
    """``(source, meta, inference order or None)``; bad source fields go to meta."""
    fm = dict(frontmatter or {})
    src: dict[str, Any] = {k: fm.pop(k) for k in ("title", "author", "date") if k in fm}
    nested = fm.pop("source", None)
    meta: dict[str, Any] = {}
    if isinstance(nested, dict):
        src.update(nested)
    elif nested is not None:
        meta["source"] = nested
    hints = fm.pop("argmap", None)
    inner = fm.pop("meta", None)
    meta.update(fm)
    if isinstance(inner, dict):
        meta.update(inner)
    elif inner is not None:
        meta["meta"] = inner
    source = None
    while source is None:
        try:
            source = Source(**{str(k): v for k, v in src.items()})
        except ValidationError as exc:
            bad = {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
            if not bad:
                bad = set(src)
            for key in bad & set(src):
                value = src.pop(key)
                dropped.append(
                    f"frontmatter {key}: {value!r} (not a valid source {key}; kept in meta)"
                )
                meta.setdefault(key, plain(value))
    order = None
    if isinstance(hints, dict) and isinstance(hints.get("order"), list):
        order = [str(x) for x in hints["order"]]
    elif hints is not None:
        meta["argmap"] = hints
    return source, plain(meta), order


def write_frontmatter(source: Source, meta: dict[str, Any], order: list[str] | None) -> str:
    """The frontmatter block (with the blank line after it), or ``""`` if empty."""
    import yaml

    src = source.model_dump(exclude_defaults=True)
    fm: dict[str, Any] = {k: src.pop(k) for k in ("title", "author", "date") if k in src}
    if src:
        fm["source"] = src
    if any(k in SOURCE_KEYS for k in meta):
        fm["meta"] = meta
    else:
        fm.update(meta)
    if order is not None:
        fm["argmap"] = {"order": order}
    if not fm:
        return ""
    body = yaml.dump(
        fm,
        Dumper=_dumper(),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return f"===\n{body}===\n\n"


_DUMPER: Any = None


def _dumper() -> Any:
    global _DUMPER
    if _DUMPER is None:
        import yaml

        class Dumper(yaml.SafeDumper):
            """Multi-line strings as literal blocks, so a source text reads as written."""

        def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
            style = "|" if "\n" in value else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

        Dumper.add_representer(str, represent_str)
        _DUMPER = Dumper
    return _DUMPER
