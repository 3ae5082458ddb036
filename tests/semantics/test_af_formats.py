"""Tests for argmap.semantics.af_formats: ASPARTIX and TGF reading, writing, round trips."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.errors import ArgmapError, ParseError
from argmap.semantics import (
    Framework,
    FrameworkError,
    from_apx,
    from_tgf,
    to_apx,
    to_tgf,
)

# --- ASPARTIX --------------------------------------------------------------------------------


def test_read_apx_with_comments_and_free_layout() -> None:
    text = """\
% An example in ASPARTIX form.
arg(a). arg(b).arg(c)   .
%* a block comment
   spanning lines: arg(z). *%
att(a,b).  att( b , c ).   % trailing comment
att(c,a).
"""
    af = from_apx(text)
    assert af.arguments == ("a", "b", "c")
    assert af.attacks == {("a", "b"), ("b", "c"), ("c", "a")}


def test_read_apx_allows_attacks_before_declarations_and_repeats() -> None:
    af = from_apx("att(b,a). arg(b). arg(a). arg(b). att(b,a).")
    assert af == Framework("ab", [("b", "a")])
    assert af.arguments == ("b", "a")


def test_read_apx_names() -> None:
    text = 'arg(a1). arg(7). arg(Arg_2). arg(x.y). arg("with space"). arg("q\\"uote\\\\").'
    assert from_apx(text).arguments == ("a1", "7", "Arg_2", "x.y", "with space", 'q"uote\\')


def test_read_apx_empty_text() -> None:
    assert from_apx("") == Framework()
    assert from_apx("  % nothing here\n") == Framework()


def test_write_apx_golden() -> None:
    af = Framework(["b", "a", "Claim 1", 'say "no"', "3"], [("a", "b"), ("b", "a"), ("3", "b")])
    assert to_apx(af) == (
        "arg(b).\n"
        "arg(a).\n"
        'arg("Claim 1").\n'
        'arg("say \\"no\\"").\n'
        "arg(3).\n"
        "att(b,a).\n"
        "att(a,b).\n"
        "att(3,b).\n"
    )
    assert to_apx(Framework()) == ""


APX_ERRORS = [
    ("arg(a).\narg(b)\narg(c).", 2, 1, "expected '.' after arg(b)"),
    ("arg(a", 1, 1, "missing ')'"),
    ("arg a.", 1, 1, "expected '(' after 'arg'"),
    ("arg(a,b).", 1, 1, "arg takes 1 name"),
    ("arg(a). att(a).", 1, 9, "att takes 2 names"),
    ("arg().", 1, 1, "arg takes 1 name"),
    ("argument(a).", 1, 1, "unknown fact 'argument'"),
    ("arg(a).\n  )", 2, 3, "expected arg(NAME). or att(NAME,NAME)."),
    ("arg(a b).", 1, 1, "malformed name"),
    ('arg("a).', 1, 1, "never closed"),
    ("arg(a).\n%* open", 2, 1, "never closed by '*%'"),
    ("arg(a).\narg(b).\n\n  att(a,c).", 4, 3, "names 'c', which no arg fact declares"),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), APX_ERRORS)
def test_read_apx_errors_are_located(text: str, line: int, column: int, message: str) -> None:
    with pytest.raises(ParseError) as info:
        from_apx(text, source="case.apx")
    error = info.value
    assert (error.source, error.line, error.column) == ("case.apx", line, column)
    assert message in str(error)
    assert str(error).startswith(f"case.apx:{line}:{column}: ")
    assert isinstance(error, ArgmapError)
    assert isinstance(error, ValueError)


# --- TGF -------------------------------------------------------------------------------------


def test_read_tgf_skips_blanks_and_labels() -> None:
    text = "1 first claim\n\n2\n3\n#\n1 2 rebuts\n  2   3\n"
    af = from_tgf(text)
    assert af.arguments == ("1", "2", "3")
    assert af.attacks == {("1", "2"), ("2", "3")}


def test_read_tgf_without_separator_holds_only_arguments() -> None:
    assert from_tgf("a\nb\n") == Framework("ab")
    assert from_tgf("") == Framework()


def test_write_tgf_golden() -> None:
    af = Framework(["b", "a", "#tag"], [("a", "b"), ("b", "a"), ("#tag", "#tag")])
    assert to_tgf(af) == "b\na\n#tag\n#\nb a\na b\n#tag #tag\n"
    assert to_tgf(Framework()) == "#\n"


TGF_ERRORS = [
    ("a\n#\na\n", 3, 1, "needs two names"),
    ("a\n#\n a b\n", 3, 4, "unknown argument 'b'"),
    ("a\n#\nc a\n", 3, 1, "unknown argument 'c'"),
    ("a\n#\n\n# again\n", 4, 1, "second '#' line (the first is line 2)"),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), TGF_ERRORS)
def test_read_tgf_errors_are_located(text: str, line: int, column: int, message: str) -> None:
    with pytest.raises(ParseError) as info:
        from_tgf(text, source="case.tgf")
    error = info.value
    assert (error.source, error.line, error.column) == ("case.tgf", line, column)
    assert message in str(error)


@pytest.mark.parametrize("name", ["", "#", "two words", "tab\there", "line\nbreak", "nb\u00a0sp"])
def test_write_tgf_refuses_names_it_cannot_hold(name: str) -> None:
    with pytest.raises(FrameworkError, match="cannot be written as TGF"):
        to_tgf(Framework(["a", name], [("a", name)]))


# --- round trips and robustness --------------------------------------------------------------


@st.composite
def frameworks(draw: st.DrawFn, names: st.SearchStrategy[str]) -> Framework:
    arguments = draw(st.lists(names, max_size=8, unique=True))
    if not arguments:
        return Framework()
    pairs = st.tuples(st.sampled_from(arguments), st.sampled_from(arguments))
    return Framework(arguments, draw(st.sets(pairs, max_size=16)))


any_names = st.text(max_size=8)
tgf_names = st.text(
    st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs")), min_size=1, max_size=8
).filter(lambda name: name != "#" and not any(char.isspace() for char in name))


@given(frameworks(any_names))
def test_apx_round_trip(af: Framework) -> None:
    again = from_apx(to_apx(af))
    assert again == af
    assert again.arguments == af.arguments


@given(frameworks(tgf_names))
def test_tgf_round_trip(af: Framework) -> None:
    again = from_tgf(to_tgf(af))
    assert again == af
    assert again.arguments == af.arguments


def parse_error(read: Callable[[str], Framework], text: str) -> ParseError | None:
    """The ParseError ``read(text)`` raises, or None; any other exception escapes."""
    try:
        read(text)
    except ParseError as error:
        return error
    return None


@given(st.text(max_size=60))
def test_read_apx_never_crashes(text: str) -> None:
    error = parse_error(from_apx, text)
    assert error is None or (error.line is not None and error.column is not None)


@given(st.text(alphabet="arg(tb,)%*. \n\"\\'", max_size=40))
def test_read_apx_never_crashes_on_near_misses(text: str) -> None:
    error = parse_error(from_apx, text)
    assert error is None or (error.line is not None and error.column is not None)


@given(st.text(max_size=60))
def test_read_tgf_never_crashes(text: str) -> None:
    error = parse_error(from_tgf, text)
    assert error is None or (error.line is not None and error.column is not None)
