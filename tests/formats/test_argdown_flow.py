"""Argdown data elements and frontmatter, read by PyYAML's safe loader without aliases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.errors import ParseError
from argmap.formats.argdown import from_argdown
from argmap.formats.argdown.flow import (
    FlowError,
    _yaml,
    dump_flow,
    find_close,
    read_flow,
    read_simple_flow,
)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        # the value anchored (&n) is where the error points
        ("[A]: a #thesis {note: &n hello, cue: *n}", 1, 23),
        ("[A]: a #thesis\n\n[B]: b {tags: [&t x], data: {k: *t}}", 3, 16),
        ("===\ntitle: &t T\nauthor: *t\n===\n[A]: a #thesis", 2, 8),
    ],
)
def test_aliases_are_refused_with_their_place(text: str, line: int, column: int) -> None:
    with pytest.raises(ParseError, match=r"aliases \(&name / \*name\) are not allowed") as info:
        from_argdown(text, source="doc.argdown")
    assert (info.value.source, info.value.line, info.value.column) == ("doc.argdown", line, column)


def test_a_nested_alias_bomb_is_refused_before_it_grows() -> None:
    layers = ["a: &a0 [x, x, x, x, x, x, x, x, x]"]
    layers += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    doc = "{" + ", ".join(layers) + "}"
    with pytest.raises(FlowError, match="aliases"):
        read_flow(doc, 0)


def test_an_anchor_nobody_refers_to_is_harmless() -> None:
    assert read_flow("{note: &n hello}", 0) == ({"note": "hello"}, 16)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("{a: yes, b: No, c: ~}", {"a": True, "b": False, "c": None}),
        ('{"k": "tab\\there", n: 1e3, m: 1.5e+3}', {"k": "tab\there", "n": "1e3", "m": 1500.0}),
        ("{d: 2024-01-02, 3: x}", {"d": "2024-01-02", "3": "x"}),
        # a brace on a line of its own opens block YAML
        ("{\n  a: 1\n  b: [x, 'y z']\n}", {"a": 1, "b": ["x", "y z"]}),
        ("{}", {}),
    ],
)
def test_data_means_what_yaml_says(text: str, value: dict[str, object]) -> None:
    assert read_flow(text, 0) == (value, len(text))


@pytest.mark.parametrize(
    "value",
    [
        {"by": "critics", "ok": True, "w": "yes", "n": None},
        {"q": 'say "no"\n', "x": [1, 2.5, -0.0, 1e300], "u": "\u2028\x00é"},
        {"nested": {"a": [], "b": {}}, "on": "off"},
    ],
)
def test_what_dump_flow_writes_reads_back(value: dict[str, object]) -> None:
    text = dump_flow(value)
    assert read_flow(text, 0) == (value, len(text))


def test_bad_data_is_located_inside_the_element() -> None:
    with pytest.raises(ParseError) as info:
        from_argdown("[A]: a #thesis\n[B]: b {x: 1, x: [}", source="d")
    assert info.value.line == 2


_WORDS = ["x", "type", "statistic", "yes", "No", "NULL", "null", "y", "n", "On", "off", "_", "a1"]
_WORDS += ["True", "falsE", "nan", "inf", "e5", "0x1f", "0", "-0", "007", "1_000", "12", "-45"]
_WORDS += ["1" * 18, "9" * 19, "1e3", ".5", '"q"', '"a b"', '"\\"', '"tab\there"', '"\x85"']
_WORDS += ['"#x, y"', '"\u2028"', '"é"', "'s'", "[1]", "{k: v}", "~", "a:b"]


@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS)), max_size=4),
    st.sampled_from([", ", ",", " , ", ",  "]),
    st.sampled_from([": ", ":  ", ":", ":\t"]),
    st.sampled_from(["", " ", "  "]),
)
def test_the_simple_data_reader_agrees_with_yaml(
    pairs: list[tuple[str, str]], comma: str, colon: str, pad: str
) -> None:
    text = "{" + pad + comma.join(f"{k}{colon}{v}" for k, v in pairs) + pad + "} tail"
    simple = read_simple_flow(text, 0)
    try:
        expected: object = read_flow_by_yaml(text)
    except FlowError:
        expected = "error"
    if simple is not None:
        assert simple == expected
    # what argmap writes for most statements takes the simple road
    if all(_is_plain(k) and _is_plain(v) for k, v in pairs) and colon == ": ":
        assert len({k for k, _ in pairs}) < len(pairs) or simple is not None


def _is_plain(word: str) -> bool:
    special = {"yes", "no", "null", "y", "n", "on", "off", "true", "false"}
    return word.isidentifier() and word.isascii() and word.lower() not in special


def read_flow_by_yaml(text: str) -> tuple[dict[str, object], int]:
    end = find_close(text, 0)
    return _yaml(text, 0, end), end
