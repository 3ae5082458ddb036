"""Reading Argdown: every construct, the warnings, located errors, and mutated input."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError, ArgmapWarning, ParseError
from argmap.formats.argdown import from_argdown, to_argdown
from argmap.formats.argdown.lexer import (
    _parse_general,
    _parse_simple,
    _strip_general,
    strip_comments,
)
from argmap.formats.argdown.parser import MAX_NESTING, parse_argdown
from argmap.formats.argdown.tree import Heading, Member, Pcs, PcsInference
from argmap.model import ArgumentMap

FIXTURES = Path(__file__).parent / "argdown_fixtures"
FILES = sorted(FIXTURES.glob("*.argdown"))


def _load(name: str) -> ArgumentMap:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return from_argdown((FIXTURES / name).read_text(encoding="utf-8"), source=name)


def _edges(amap: ArgumentMap) -> set[tuple[tuple[str, ...], str, str]]:
    return {(tuple(i.premises), i.conclusion, i.polarity) for i in amap.inferences}


# -- constructs ----------------------------------------------------------------


def test_statements_tags_data_and_relation_trees() -> None:
    m = _load("basics.argdown")
    ban = m.statement("Ban_cars")
    assert (ban.kind, ban.title, ban.attributed_to) == ("thesis", "Ban cars", "the editorial board")
    assert ban.note == "Stated in the headline."
    study = m.statement("Study_2023")
    assert study.kind == "evidence"
    assert (study.evidence_type.value, study.citation) == ("study", "City air report, p. 4")  # type: ignore[attr-defined]
    assert m.statement("Shops_suffer").tags == ["local business"]
    assert m.statement("Cleaner_air").tags == ["health"]  # added by a later reference
    assert m.statement("Deliveries").kind == "claim"  # no kind tag
    # Every relation symbol, nested by indentation, in both directions.
    assert _edges(m) == {
        (("Cleaner_air",), "Ban_cars", "support"),  # +
        (("Study_2023",), "Cleaner_air", "support"),  # + (nested)
        (("Wind_matters",), "Cleaner_air", "attack"),  # - (nested)
        (("Shops_suffer",), "Ban_cars", "attack"),  # -
        (("Footfall_rises",), "Shops_suffer", "attack"),  # <-
        (("Safer_streets",), "Ban_cars", "support"),  # <+
        (("Deliveries",), "Ban_cars", "attack"),  # <-
        (("Footfall_rises",), "Shops_benefit", "support"),  # +>
    }


def test_frontmatter_headings_comments_and_escapes() -> None:
    m = _load("basics.argdown")
    assert m.source.title == "Should the city ban cars from the old town?"
    assert str(m.source.date) == "2024-05-01"
    assert (m.source.outlet, m.source.language) == ("The Example Gazette", "en")
    assert m.meta == {"reviewed": True}
    assert m.statement("Ban_cars").data["section"] == "Central claims"
    assert m.statement("Shops_benefit").data["section"] == "Side remarks"
    assert m.statement("Escapes").text == (
        "Brackets [like this], angles <x>, braces {y}, a #hash, "
        "a backslash \\ and a hard line break here:\nsecond line."
    )
    assert m.statement("S1").text == "Prices went up by 5 % in the old town."  # anonymous
    assert not any("comment" in s.text for s in m.statements)


def test_premise_conclusion_structures() -> None:
    m = _load("arguments.argdown")
    health = m.inference("Health_argument")
    assert health.premises == ["Healthier_town", "Health_first"]  # from {uses: [3, 4]}
    assert health.conclusion == "Ban_cars"
    assert health.scheme == "Practical reasoning, Modus ponens"
    assert health.note == "Car-free streets are healthier."  # the argument's description
    assert (health.tags, health.data) == (["health"], {"logic": "deductive"})
    step = m.inference("Health_argument.1")  # the intermediate step
    assert (step.premises, step.conclusion) == (["Cleaner_air", "Air_matters"], "Healthier_town")
    assert m.statement("Air_matters").implicit
    # An undercut written below an inference line attacks that inference.
    assert (("Seasonal",), "Footfall_argument", "attack") in _edges(m)
    # A placeholder conclusion: the argument attacks what its relation names.
    i9 = m.inference("I9")
    assert (i9.premises, i9.conclusion, i9.polarity) == (
        ["Footfall_rises", "Walkers_buy"],
        "Shops_suffer",
        "attack",
    )
    assert i9.scheme == "analogy"
    # A reconstructed argument attacking a sketched one does so with its conclusion.
    assert (("Shops_benefit",), "Business_argument", "attack") in _edges(m)
    # A sketched argument undercutting a reconstructed one attacks its inference.
    assert (("Exception_argument",), "Footfall_argument", "attack") in _edges(m)
    assert m.statement("Business_argument").data == {"argument": True}


def test_document_tree_types() -> None:
    doc = parse_argdown((FIXTURES / "arguments.argdown").read_text(encoding="utf-8"))
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == [
        "Member",
        "Member",
        "Pcs",
        "Member",
        "Member",
        "Member",
        "Pcs",
        "Member",
        "Pcs",
    ]
    pcs = doc.blocks[2]
    assert isinstance(pcs, Pcs) and pcs.argument is doc.blocks[1]
    expanded = [x for x in pcs.items if isinstance(x, PcsInference)][1]
    assert expanded.rules == ["Practical reasoning", "Modus ponens"]
    assert expanded.data == {"uses": [3, 4], "logic": "deductive"}
    assert isinstance(doc.blocks[0], Member) and doc.blocks[0].title == "Ban cars"


def test_lossy_document_warns_listing_what_was_dropped() -> None:
    with pytest.warns(ArgmapWarning) as caught:
        m = from_argdown((FIXTURES / "lossy.argdown").read_text(encoding="utf-8"))
    message = str(caught[0].message)
    for expected in (
        "heading level 2",
        "tags and data of a heading",
        "contradiction '><'",
        "a second text for [A]",
        "'C' is never defined",
        "relation of a statement to itself",
        "undercut aimed at",
    ):
        assert expected in message
    assert m.statement("A").text == "First text of A."
    assert m.statement("C").text == "C"
    # A support from a reconstructed argument comes from its conclusion.
    assert (("S2",), "F", "support") in _edges(m)


def test_heading_block_is_a_heading() -> None:
    doc = parse_argdown("# One #t {a: 1}\n\n[X]: x")
    heading = doc.blocks[0]
    assert isinstance(heading, Heading)
    assert (heading.level, heading.text, heading.tags, heading.data) == (1, "One", ["t"], {"a": 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[A]: a\n    + [B]: b", ("B", "A", "support")),
        ("[A]: a\n    <+ [B]: b", ("B", "A", "support")),
        ("[A]: a\n    +> [B]: b", ("A", "B", "support")),
        ("[A]: a\n    - [B]: b", ("B", "A", "attack")),
        ("[A]: a\n    <- [B]: b", ("B", "A", "attack")),
        ("[A]: a\n    -> [B]: b", ("A", "B", "attack")),
    ],
)
def test_relation_symbols(text: str, expected: tuple[str, str, str]) -> None:
    m = from_argdown(text)
    (inf,) = m.inferences
    assert (inf.premises[0], inf.conclusion, inf.polarity) == expected


@pytest.mark.parametrize("symbol", ["_", "<_"])
def test_undercut_of_a_reconstructed_argument(symbol: str) -> None:
    m = from_argdown(f"<A>\n    {symbol} [U]: u\n\n(1) p\n----\n(2) q")
    undercut = next(i for i in m.inferences if i.premises == ["U"])
    assert (undercut.conclusion, undercut.polarity) == ("A", "attack")


def test_outgoing_undercut() -> None:
    m = from_argdown("[U]: u\n    _> <A>\n\n<A>\n\n(1) p\n----\n(2) q")
    assert any(i.premises == ["U"] and i.conclusion == "A" for i in m.inferences)


def test_single_line_expanded_inference_and_block_data() -> None:
    m = from_argdown(
        "<A> {\n  note: described\n  confidence: 0.5\n}\n\n(1) p\n-- Analogy --\n(2) q"
    )
    a = m.inference("A")
    assert (a.scheme, a.note, a.confidence) == ("Analogy", "described", 0.5)


def test_sketched_arguments_become_marked_statements() -> None:
    m = from_argdown("[T]: t\n    + <Why>: Because. #premise")
    why = m.statement("Why")
    assert (why.kind, why.text, why.data) == ("premise", "Because.", {"argument": True})
    assert to_argdown(m).splitlines()[-1].startswith("<Why>: Because. #premise")


# -- errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("[A]: a {key: [1, 2}", 1, 8, "unclosed"),
        ("[A]: a {key: value", 1, 8, "unclosed '{'"),
        ("[A]: a\n/* never closed", 2, 1, "never closed"),
        ("===\ntitle: x\n", 1, 1, "frontmatter"),
        ("===\ntitle: [x\n===\n", 3, None, "not valid YAML"),
        ("    + [B]: b", 1, 5, "no parent"),
        ("[A]: a\n+ [B]: b", 2, 1, "not indented"),
        ("[A]: a\n    + [B]: b\n  + [C]: c", 3, 3, "inconsistent indentation"),
        ("(1) p\n(3) q", 1, None, "ends with an inference"),  # numbers may skip, as in Argdown
        ("(1) p\n(2) q", 1, None, "ends with an inference"),
        ("----\n(1) p", 1, 1, "inference line"),
        ("(1) p\n--\nrule\n(2) q", 2, None, "not closed"),
        ("(1) p\n--\nrule {uses: [5]}\n--\n(2) q", 2, None, "'uses'"),
        ("(1) p\n----\n(2) q {placeholder: true}", 1, None, "placeholder"),
        ("[A] trailing words", 1, None, "write '[A]: text'"),
        ("[A]: a {id: 'not valid'}", 1, 1, "not a valid id"),
        ("[A]: a {confidence: 7}", 1, 1, "confidence"),
        # statements and inferences are validated together: the first bad one is named
        ("[A]: a.\n\n[B]: b {confidence: 7}\n\n[C]: c {confidence: 8}", 3, 1, "B: confidence"),
        ("<Arg>: x {confidence: 9}\n\n(1) [P]: p.\n----\n(2) [Q]: q.", 1, 1, "<Arg>: confidence"),
        ("[A]: a {confidence: 7}\n\n<G>: x {confidence: 9}\n\n(1) p\n----\n(2) q", 1, 1, "A:"),
        ("[A]: a #(open tag", 1, 8, "unclosed tag"),
        ("(1) p\n----\n(2) <A>", 3, 5, "must be a statement"),
    ],
)
def test_broken_input_gives_located_parse_errors(
    text: str, line: int, column: int | None, words: str
) -> None:
    with pytest.raises(ParseError) as info:
        from_argdown(text, source="doc.argdown")
    err = info.value
    assert words in str(err)
    assert err.source == "doc.argdown"
    assert err.line == line
    if column is not None:
        assert err.column == column


MUTATION_EXAMPLES = int(os.environ.get("ARGMAP_ARGDOWN_MUTATIONS", "100"))
_syntax = st.sampled_from([*"[]<>{}()#:+-_/*\\\"' \n\t=@,.1", "----", "    ", "><", "===\n"])


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(FILES)).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            size = draw(st.integers(1, 12))
            text = text[:at] + text[at + size :]
        else:
            text = text[:at] + draw(_syntax | st.text(max_size=4)) + text[at:]
    return text


@settings(
    max_examples=MUTATION_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(_mutated())
def test_mutated_documents_give_a_map_or_a_located_error(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArgmapWarning)
        try:
            result = from_argdown(text, source="mutant.argdown")
        except ParseError as exc:
            assert exc.line is not None and exc.line >= 1, exc
            assert exc.source == "mutant.argdown"
            return
        except ArgmapError as exc:  # pragma: no cover - would be a located-error bug
            raise AssertionError(f"unlocated error: {exc}") from exc
    assert isinstance(result, ArgumentMap)


# -- Argdown -> argmap -> Argdown ------------------------------------------------------


def _summary(text: str) -> dict[str, object]:
    """What a reader sees in a document: titled statements, headings, tags, data."""
    doc = parse_argdown(text)
    statements: dict[str, tuple[str | None, list[str], dict[str, object]]] = {}
    headings: list[str] = []

    def visit(m: Member) -> None:
        if m.kind == "statement" and m.title and m.text is not None:
            statements.setdefault(m.title, (m.text, [], {}))
        for r in m.relations:
            visit(r.member)

    for block in doc.blocks:
        if isinstance(block, Heading):
            headings.append(block.text)
        elif isinstance(block, Member):
            visit(block)
        else:
            for item in block.items:
                if not isinstance(item, PcsInference):
                    visit(item.member)
    return {"statements": statements, "headings": headings}


@pytest.mark.parametrize("name", ["basics.argdown", "arguments.argdown"])
def test_argdown_to_argmap_to_argdown_keeps_the_structure(name: str) -> None:
    original = (FIXTURES / name).read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArgmapWarning)
        first = from_argdown(original)
    written = to_argdown(first)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        second = from_argdown(written)
    assert second == first  # same statements, inferences, source and meta
    assert to_argdown(second) == written  # the written form is stable
    before, after = _summary(original), _summary(written)
    assert after["headings"] == before["headings"]
    kept = after["statements"]
    assert isinstance(kept, dict)
    for title, (text, _, _) in before["statements"].items():  # type: ignore[attr-defined]
        assert kept[title][0] == text


def test_lossy_fixture_reaches_a_fixpoint_after_one_trip() -> None:
    with pytest.warns(ArgmapWarning):
        first = from_argdown((FIXTURES / "lossy.argdown").read_text(encoding="utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert from_argdown(to_argdown(first)) == first


def test_a_lone_surrogate_is_a_located_error_when_called_directly() -> None:
    from argmap import ParseError, from_argdown

    with pytest.raises(ParseError, match="surrogate") as exc:
        from_argdown("[T1]: fine #thesis\n[C1]: bad \ud800 text #claim", source="x.argdown")
    assert (exc.value.line, exc.value.column) == (2, 11)


_PIECES = ["Exports", "fell", " ", "  ", "\t", "#thesis", "#x-y", "#", "a#b", ",", "{k: v}"]
_PIECES += ["{type: statistic, by: analysts}", "{ok: yes}", '{q: "a, b"}', "{}", "é", "1.5"]


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_the_short_road_for_one_line_agrees_with_the_general_reader(pieces: list[str]) -> None:
    raw = "".join(pieces)
    simple = _parse_simple(raw)
    general = _parse_general(raw, [(0, 1, 1)], "<string>", False, True)
    if simple is not None:
        assert simple == general
    if "{ok: yes}" not in pieces:
        assert simple is not None  # only data that needs YAML leaves the short road


@pytest.mark.parametrize("symbol", ["<+", "<-", "<_"])
def test_a_relation_at_the_start_of_a_block_has_no_parent(symbol: str) -> None:
    with pytest.raises(ParseError, match="has no parent") as info:
        from_argdown(f"[A]: a.\n\n{symbol} [B]: b.\n", source="d.argdown")
    assert (info.value.line, info.value.column) == (3, 1)


def test_an_argument_whose_title_starts_with_a_symbol_is_no_relation() -> None:
    m = from_argdown("<+x>: An argument.\n", source="d.argdown")
    assert [s.title or s.id for s in m.statements] == ["+x"]


def _chain(depth: int) -> str:
    return "[A]: a.\n" + "".join(" " * k + f"+ [B{k}]: b.\n" for k in range(1, depth + 1))


def test_relations_may_nest_as_deep_as_the_limit() -> None:
    m = from_argdown(_chain(MAX_NESTING))
    assert len(m.inferences) == MAX_NESTING


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 1_000, 20_000])
def test_relations_nested_deeper_than_the_limit_are_a_located_error(depth: int) -> None:
    with pytest.raises(ParseError, match=f"nest deeper than {MAX_NESTING} levels") as info:
        from_argdown(_chain(depth), source="deep.argdown")
    # the first relation below the limit: line 1 is [A], line k + 1 is level k
    assert (info.value.source, info.value.line) == ("deep.argdown", MAX_NESTING + 2)
    assert info.value.column == MAX_NESTING + 2


@pytest.mark.parametrize(
    "doc",
    [
        "[A]: a {k: " + "{k: " * 500 + "1" + "}" * 501,
        "[A]: a {k: " + "[" * 500 + "1" + "]" * 500 + "}",
        "[A]: a {k: " + "[" * 50_000 + "1" + "]" * 50_000 + "}",
        "===\nk: " + "[" * 500 + "1" + "]" * 500 + "\n===\n\n[A]: a.",
        "(1) [P]: p. {k: " + "[" * 500 + "1" + "]" * 500 + "}\n----\n(2) [C]: c.",
    ],
    ids=["mappings", "lists", "lists-50k", "frontmatter", "pcs"],
)
def test_data_nested_too_deep_is_a_located_error(doc: str) -> None:
    with pytest.raises(ParseError, match="nests deeper than") as info:
        from_argdown(doc, source="deep.argdown")
    assert info.value.line is not None and info.value.column is not None


_DOC_PIECES = ["[A]: a", " #t", " ", "\n", "\n\n", "{k: v}", '{by: "the min}istry"}', "{a: x\"y}",
               "{a: 'b'}", "{a: [1, 2]}", "{\n  k: v\n}", "{a: 1,\n b: 2}", "// note", " // c",
               "/* x */", "<!-- y -->", "http://x", "\\{", "}", "{", "\""]  # fmt: skip


@given(st.lists(st.sampled_from(_DOC_PIECES), max_size=12))
def test_the_short_road_past_comments_agrees_with_the_full_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        expected: object = _strip_general(text, "d")
    except ParseError as exc:
        expected = ("error", str(exc))
    try:
        got: object = strip_comments(text, "d")
    except ParseError as exc:
        got = ("error", str(exc))
    assert got == expected
