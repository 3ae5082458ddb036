"""Hostile values inside otherwise valid map documents (YAML, JSON, Argdown).

A valid map is written out with a placeholder at one value (a statement's
text, title or data, a span offset, the source's date or title, ``meta``,
the version, an id); the placeholder is then replaced by raw hostile text:
huge numbers, impossible dates, deep nesting, alias chains, repeated keys,
control characters, backslashes, every YAML tag, escapes of half a
surrogate pair. Whatever lands where, reading must end in a map or in one
located argmap error, in bounded time and memory.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

PLACE = "PLACEHOLDER_VALUE"


def _nested(open_: str, close: str, depth: int, inner: str = "1") -> str:
    return open_ * depth + inner + close * depth


# -- YAML --------------------------------------------------------------------

YAML_TAGS = [
    "!!str 5",
    "!!int 0x1F",
    "!!int 0o17",
    "!!int 190:20:30",
    "!!float .nan",
    "!!float 1e999",
    "!!bool yes",
    "!!null ''",
    "!!binary aGVsbG8=",
    "!!timestamp 2019-02-30",
    "!!timestamp 2001-12-14t21:59:43.10-05:00",
    "!!set {a, b}",
    "!!omap [a: 1, b: 2]",
    "!!pairs [a: 1, a: 2]",
    "!!seq [1, 2]",
    "!!map {a: 1}",
    "!!merge <<",
    "!!value =",
    "!!python/object:os.system echo",
    "!!python/object/apply:os.system [echo pwned]",
    "!!python/name:os.system ''",
    "!!python/tuple [1, 2]",
    "!!python/bytes aGk=",
    "!custom thing",
    "!<tag:yaml.org,2002:str> x",
    "!<tag:example.com,2000:app/foo> x",
    "!!str",
    "! x",
]


@st.composite
def yaml_values(draw: st.DrawFn) -> str:
    """A hostile YAML value, written to sit after ``key: `` on one line."""
    kind = draw(
        st.sampled_from(
            ["int", "float", "date", "deep", "alias", "twice", "tag", "text", "merge", "big"]
        )
    )
    if kind == "int":
        digits = draw(st.integers(90, 6000))
        return draw(st.sampled_from(["", "-", "+"])) + "9" * digits
    if kind == "float":
        return draw(
            st.sampled_from([".nan", ".NaN", ".inf", "-.Inf", "1e999", "-1.0e+400", "1_0.5e3"])
        )
    if kind == "date":
        return draw(
            st.sampled_from(
                ["2019-02-30", "2019-13-01", "0000-00-00", "2019-02-29", "9999-12-31 25:61:61"]
            )
        )
    if kind == "deep":
        depth = draw(st.integers(90, 3000))
        return _nested(*draw(st.sampled_from([("[", "]"), ("{a: ", "}")])), depth)
    if kind == "alias":
        levels = draw(st.integers(1, 30))
        parts = ["&a0 [x, x, x, x, x, x, x, x, x, x]"]
        parts += [f"&a{k} [{', '.join([f'*a{k - 1}'] * 10)}]" for k in range(1, levels)]
        return "[" + ", ".join(parts) + "]"
    if kind == "twice":
        return draw(st.sampled_from(["{a: 1, a: 2}", "{id: T1, id: T2}", "{? a : 1, ? a : 2}"]))
    if kind == "tag":
        return draw(st.sampled_from(YAML_TAGS))
    if kind == "merge":
        return "{<<: {a: 1}, <<: {a: 2}, b: 3}"
    if kind == "big":
        return '"' + "x" * draw(st.integers(10_000, 200_000)) + '"'
    # Text YAML can carry: escapes of controls, backslashes, half a surrogate pair.
    return draw(
        st.sampled_from(
            [
                '"\\e[31m\\a\\x00\\x85"',
                '"C:\\\\Grants\\\\Net \\\\N \\\\G"',
                '"\\ud800"',
                "'\\N \\G \\L'",
                '"\\u202eevil"',
                "|\n  block\n  text",
                '"a\\\nb"',
                "*undefined_alias",
                "&anchor_alone value",
                "[unclosed",
                "{a: [1, 2}",
                "'single ''quoted'' text'",
                "- a\n- b",
                "",
                "~",
                "null",
            ]
        )
    )


# -- JSON --------------------------------------------------------------------


@st.composite
def json_values(draw: st.DrawFn) -> str:
    """A hostile JSON value (raw JSON text)."""
    kind = draw(st.sampled_from(["int", "float", "deep", "twice", "text", "big"]))
    if kind == "int":
        return draw(st.sampled_from(["", "-"])) + "7" * draw(st.integers(90, 6000))
    if kind == "float":
        return draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e400", "1E-999"]))
    if kind == "deep":
        depth = draw(st.integers(90, 3000))
        return _nested(*draw(st.sampled_from([("[", "]"), ('{"a": ', "}")])), depth)
    if kind == "twice":
        return draw(st.sampled_from(['{"a": 1, "a": 2}', '{"id": "T1", "id": "T2"}']))
    if kind == "big":
        return json.dumps("y" * draw(st.integers(10_000, 200_000)))
    return draw(
        st.sampled_from(
            [
                '"\\u001b[31m\\u0007"',
                '"\\ud800"',
                '"\\udfff\\ud800"',
                '"\\ud83d\\ude00"',
                '"C:\\\\Grants\\\\Net \\\\N"',
                '"\\u0000"',
                '"\\u202e"',
                "[1, 2,]",
                "{",
                "true",
                "null",
                "-0",
                "1.5e308",
                '"2019-02-30"',
            ]
        )
    )


# -- where the value goes ------------------------------------------------------

#: Paths into a map document (see :func:`with_placeholder`) where a hostile value goes.
WHERE = [
    ("statements", 0, "text"),
    ("statements", 0, "title"),
    ("statements", 0, "data", "x"),
    ("statements", 0, "data"),
    ("statements", 0, "spans", 0, "start"),
    ("statements", 0, "spans", 0, "end"),
    ("statements", 0, "id"),
    ("statements", 0, "tags"),
    ("statements", 0, "confidence"),
    ("statements", 1, "kind"),
    ("inferences", 0, "premises"),
    ("inferences", 0, "data", "y"),
    ("source", "date"),
    ("source", "title"),
    ("meta", "m"),
    ("meta",),
    ("version",),
]


def base_document(text: str = "Act now. Delay costs.") -> dict[str, Any]:
    """A small valid map document with every place of :data:`WHERE`."""
    return {
        "version": 1,
        "source": {"title": "On acting", "date": "2019-02-28", "text": text},
        "statements": [
            {
                "id": "T1",
                "kind": "thesis",
                "text": "Act now",
                "title": "act",
                "spans": [{"start": 0, "end": 7, "quote": "Act now"}],
                "tags": ["a"],
                "confidence": 0.5,
                "data": {"x": 1},
            },
            {"id": "C1", "kind": "claim", "text": "Delay costs"},
        ],
        "inferences": [{"id": "I1", "premises": ["C1"], "conclusion": "T1", "data": {"y": 2}}],
        "meta": {"m": "x"},
    }


def with_placeholder(doc: dict[str, Any], where: tuple[str | int, ...]) -> dict[str, Any]:
    """A deep copy of ``doc`` whose value at ``where`` is :data:`PLACE`."""
    copy = json.loads(json.dumps(doc))
    node: Any = copy
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = PLACE
    return copy


# -- Argdown -------------------------------------------------------------------


@st.composite
def argdown_documents(draw: st.DrawFn) -> str:
    """A valid Argdown debate with a hostile value in its front matter, data or text."""
    value = draw(yaml_values())
    where = draw(st.sampled_from(["front", "data", "text", "relation"]))
    front = "===\ntitle: On acting\n===\n\n"
    body = (
        "[T1]: Act now. #thesis {x: 1}\n"
        "    + [C1]: Delay costs. #claim\n"
        "        - [CC1]: Acting is risky. #counterclaim\n\n"
        "<A1>\n\n(1) [C1]\n(2) Prices rise.\n----\n(3) [T1]\n"
    )
    if where == "front":
        return f"===\ntitle: On acting\nx: {value}\n===\n\n" + body
    if where == "data":
        flat = value.replace("\n", " ")
        return front + body.replace("{x: 1}", "{x: " + flat + "}")
    if where == "text":
        text = draw(
            st.sampled_from(
                [
                    "a\x1b[31mred\x07",
                    "C:\\Grants\\Net \\N",
                    "x" * 50_000,
                    "[bracket] <angle> {brace} #hash",
                    "\u202eevil",
                    "line\\\nbreak",
                ]
            )
        )
        return front + body.replace("Delay costs.", text)
    indent = draw(st.integers(1, 2000))
    chain = "".join(
        f"{'    ' * (k + 1)}+ [C{k + 2}]: Reason {k}. #claim\n" for k in range(min(indent, 60))
    )
    deep = " " * (4 * indent) + "+ [Deep]: deep. #claim\n"
    return front + "[T1]: Act now. #thesis\n" + chain + deep
