"""Tests for argmap.semantics.frameworks: hand-worked answers, a brute-force oracle, properties."""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence
from itertools import combinations, pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError
from argmap.semantics import (
    Framework,
    FrameworkError,
    Label,
    complete,
    grounded,
    grounded_labelling,
    preferred,
    stable,
)

Attack = tuple[str, str]


def exts(*members: str) -> set[frozenset[str]]:
    """Extensions written compactly: exts("ac", "bd", "") -> {{a, c}, {b, d}, {}}."""
    return {frozenset(m) for m in members}


def cycle(names: Sequence[str]) -> list[Attack]:
    return [(names[i - 1], names[i]) for i in range(1, len(names))] + [(names[-1], names[0])]


# name, arguments, attacks, grounded, complete, preferred, stable
KNOWN = [
    ("empty", "", [], "", exts(""), exts(""), exts("")),
    ("lone argument", "a", [], "a", exts("a"), exts("a"), exts("a")),
    ("self-attacker", "a", [("a", "a")], "", exts(""), exts(""), exts()),
    ("self-attacker attacks b", "ab", [("a", "a"), ("a", "b")], "", exts(""), exts(""), exts()),
    (
        "a defeats self-attacker",
        "ab",
        [("a", "b"), ("b", "b")],
        "a",
        exts("a"),
        exts("a"),
        exts("a"),
    ),
    ("mutual attack", "ab", cycle("ab"), "", exts("", "a", "b"), exts("a", "b"), exts("a", "b")),
    ("odd cycle", "abc", cycle("abc"), "", exts(""), exts(""), exts()),
    (
        "even cycle",
        "abcd",
        cycle("abcd"),
        "",
        exts("", "ac", "bd"),
        exts("ac", "bd"),
        exts("ac", "bd"),
    ),
    ("chain", "abcd", cycle("abcd")[:-1], "ac", exts("ac"), exts("ac"), exts("ac")),
    (
        "c attacked by both of a mutual pair",
        "abc",
        [*cycle("ab"), ("a", "c"), ("b", "c")],
        "",
        exts("", "a", "b"),
        exts("a", "b"),
        exts("a", "b"),
    ),
    (
        "3-cycle broken by an unattacked attacker",
        "abce",
        [*cycle("abc"), ("e", "a")],
        "be",
        exts("be"),
        exts("be"),
        exts("be"),
    ),
    (
        "3-cycle attacking an outsider",
        "abcd",
        [*cycle("abc"), ("c", "d")],
        "",
        exts(""),
        exts(""),
        exts(),
    ),
    (
        "d defended against the 3-cycle by e",
        "abcde",
        [*cycle("abc"), ("c", "d"), ("e", "c")],
        "ade",
        exts("ade"),
        exts("ade"),
        exts("ade"),
    ),
    (
        "floating acceptance",
        "abcd",
        [*cycle("ab"), ("a", "c"), ("b", "c"), ("c", "d")],
        "",
        exts("", "ad", "bd"),
        exts("ad", "bd"),
        exts("ad", "bd"),
    ),
    (
        "preferred that is not stable",
        "abc",
        [*cycle("ab"), ("b", "c"), ("c", "c")],
        "",
        exts("", "a", "b"),
        exts("a", "b"),
        exts("b"),
    ),
    (
        "two independent mutual attacks",
        "abcd",
        [*cycle("ab"), *cycle("cd")],
        "",
        exts("", "a", "b", "c", "d", "ac", "ad", "bc", "bd"),
        exts("ac", "ad", "bc", "bd"),
        exts("ac", "ad", "bc", "bd"),
    ),
    (
        "mutual attack feeding an odd cycle",
        "abcde",
        [*cycle("ab"), *cycle("cde"), ("a", "c")],
        "",
        exts("", "b", "ad"),
        exts("ad", "b"),
        exts("ad"),
    ),
]


@pytest.mark.parametrize(
    ("arguments", "attacks", "want_grounded", "want_complete", "want_preferred", "want_stable"),
    [case[1:] for case in KNOWN],
    ids=[case[0] for case in KNOWN],
)
def test_known_frameworks(
    arguments: str,
    attacks: list[Attack],
    want_grounded: str,
    want_complete: set[frozenset[str]],
    want_preferred: set[frozenset[str]],
    want_stable: set[frozenset[str]],
) -> None:
    af = Framework(arguments, attacks)
    assert grounded(af) == frozenset(want_grounded)
    assert_same_family(complete(af), want_complete)
    assert_same_family(preferred(af), want_preferred)
    assert_same_family(stable(af), want_stable)


def assert_same_family(got: list[frozenset[str]], want: Iterable[frozenset[str]]) -> None:
    assert len(got) == len(set(got)), f"duplicates in {got}"
    assert set(got) == set(want)


def test_grounded_labelling_labels_every_argument_in_order() -> None:
    af = Framework("abcde", [("a", "b"), ("b", "c"), ("d", "e"), ("e", "d")])
    assert grounded_labelling(af) == {
        "a": Label.IN,
        "b": Label.OUT,
        "c": Label.IN,
        "d": Label.UNDEC,
        "e": Label.UNDEC,
    }
    assert list(grounded_labelling(af)) == list(af.arguments)


def test_label_is_a_string() -> None:
    assert isinstance(Label.UNDEC, str)
    assert Label.UNDEC.value == "undec"
    assert str(Label.OUT) == "out"
    assert Label("in") is Label.IN


def test_extensions_come_in_a_fixed_order() -> None:
    af = Framework("abcd", [*cycle("ab"), *cycle("cd")])
    assert [sorted(e) for e in complete(af)] == [
        [],
        ["a"],
        ["a", "c"],
        ["a", "d"],
        ["b"],
        ["b", "c"],
        ["b", "d"],
        ["c"],
        ["d"],
    ]


# --- the Framework class ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "attacks", "message"),
    [
        (["a"], [("a", "b")], "unknown argument 'b'"),
        (["a"], [("c", "a")], "unknown argument 'c'"),
        (["a"], [("a",)], "pair"),
        (["a"], [("a", "a", "a")], "pair"),
        (["a"], [None], "pair"),
        (["a", 1], [], "strings"),
    ],
)
def test_invalid_frameworks_are_refused(
    arguments: list[object], attacks: list[object], message: str
) -> None:
    with pytest.raises(FrameworkError, match=message) as info:
        Framework(arguments, attacks)  # type: ignore[arg-type]
    assert isinstance(info.value, ArgmapError)
    assert isinstance(info.value, ValueError)


def test_framework_accepts_any_iterables_and_drops_duplicates() -> None:
    af = Framework(iter(["a", "b", "a"]), (p for p in [["a", "b"], ("a", "b")]))  # type: ignore[misc]
    assert af.arguments == ("a", "b")
    assert af.attacks == frozenset({("a", "b")})


def test_framework_equality_ignores_argument_order() -> None:
    one = Framework("abc", [("a", "b")])
    other = Framework("cba", frozenset({("a", "b")}))
    assert one == other
    assert hash(one) == hash(other)
    assert one != Framework("abc", [("b", "a")])
    assert one != Framework("ab", [("a", "b")])
    assert one != "abc"


def test_framework_is_immutable() -> None:
    af = Framework("ab", [("a", "b")])
    with pytest.raises(AttributeError):
        af.arguments = ("c",)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        af._attacks = frozenset()
    with pytest.raises(AttributeError):
        del af._arguments


def test_framework_pickles_after_use() -> None:
    af = Framework("abc", cycle("abc"))
    assert grounded(af) == frozenset()  # builds the internal index
    copy = pickle.loads(pickle.dumps(af))
    assert copy == af
    assert copy.arguments == af.arguments
    assert preferred(copy) == [frozenset()]


def test_repr_is_short_for_large_frameworks() -> None:
    names = [f"x{i}" for i in range(100)]
    assert repr(Framework(names)) == "<Framework with 100 arguments and 0 attacks>"
    assert repr(Framework("ba", [("a", "b")])) == (
        "Framework(arguments=('b', 'a'), attacks=[('a', 'b')])"
    )


# --- large inputs: no recursion limits ---------------------------------------------------------


def test_long_chain() -> None:
    names = [f"x{i}" for i in range(20_000)]
    af = Framework(names, list(pairwise(names)))
    assert grounded(af) == frozenset(names[::2])
    assert stable(af) == [frozenset(names[::2])]


def test_long_even_cycle_is_one_large_component() -> None:
    names = [f"x{i}" for i in range(3_000)]
    af = Framework(names, cycle(names))
    assert {len(e) for e in preferred(af)} == {1_500}
    assert len(preferred(af)) == 2
    assert len(complete(af)) == 3


def test_many_components_in_sequence() -> None:
    # x_i <-> y_i and y_i -> x_(i+1): choosing x_i leaves the next pair free;
    # choosing y_i decides every later pair. Preferred: n + 1 extensions.
    n = 400
    attacks = [(f"x{i}", f"y{i}") for i in range(n)]
    attacks += [(f"y{i}", f"x{i}") for i in range(n)]
    attacks += [(f"y{i}", f"x{i + 1}") for i in range(n - 1)]
    names = [name for i in range(n) for name in (f"x{i}", f"y{i}")]
    af = Framework(names, attacks)
    found = preferred(af)
    assert len(found) == n + 1
    assert frozenset(f"x{i}" for i in range(n)) in found


# --- a brute-force oracle straight from the definitions ----------------------------------------


class Oracle:
    """Every extension by enumerating all subsets; only for tiny frameworks."""

    def __init__(self, arguments: tuple[str, ...], attacks: frozenset[Attack]) -> None:
        self.arguments = arguments
        self.attacks = attacks

    @property
    def subsets(self) -> list[frozenset[str]]:
        arguments = self.arguments
        return [frozenset(c) for r in range(len(arguments) + 1) for c in combinations(arguments, r)]

    def attacks_arg(self, s: frozenset[str], x: str) -> bool:
        return any((y, x) in self.attacks for y in s)

    def conflict_free(self, s: frozenset[str]) -> bool:
        return not any((x, y) in self.attacks for x in s for y in s)

    def defends(self, s: frozenset[str], x: str) -> bool:
        return all(self.attacks_arg(s, y) for y, target in self.attacks if target == x)

    def defended(self, s: frozenset[str]) -> frozenset[str]:
        return frozenset(x for x in self.arguments if self.defends(s, x))

    def admissible(self) -> list[frozenset[str]]:
        return [
            s for s in self.subsets if self.conflict_free(s) and all(self.defends(s, x) for x in s)
        ]

    def complete(self) -> set[frozenset[str]]:
        return {s for s in self.admissible() if self.defended(s) == s}

    def preferred(self) -> set[frozenset[str]]:
        admissible = self.admissible()
        return {s for s in admissible if not any(s < t for t in admissible)}

    def stable(self) -> set[frozenset[str]]:
        return {
            s
            for s in self.subsets
            if self.conflict_free(s)
            and all(self.attacks_arg(s, x) for x in self.arguments if x not in s)
        }

    def grounded(self) -> frozenset[str]:
        current: frozenset[str] = frozenset()
        while (following := self.defended(current)) != current:
            current = following
        return current


@st.composite
def frameworks(draw: st.DrawFn, max_arguments: int = 7) -> Framework:
    n = draw(st.integers(min_value=0, max_value=max_arguments))
    names = [f"a{i}" for i in range(n)]
    if not names:
        return Framework()
    pairs = st.tuples(st.sampled_from(names), st.sampled_from(names))
    attacks = draw(st.sets(pairs, max_size=n * n))
    return Framework(draw(st.permutations(names)), attacks)


@settings(max_examples=300)
@given(frameworks())
def test_agrees_with_brute_force(af: Framework) -> None:
    oracle = Oracle(af.arguments, af.attacks)
    assert grounded(af) == oracle.grounded()
    assert_same_family(complete(af), oracle.complete())
    assert_same_family(preferred(af), oracle.preferred())
    assert_same_family(stable(af), oracle.stable())


@given(frameworks(max_arguments=12))
def test_relations_between_semantics(af: Framework) -> None:
    least = grounded(af)
    completes = complete(af)
    assert least in completes
    assert all(least <= extension for extension in completes)
    preferreds = preferred(af)
    assert preferreds
    assert all(extension in completes for extension in preferreds)
    assert all(extension in preferreds for extension in stable(af))


@given(frameworks(max_arguments=12))
def test_grounded_labelling_matches_grounded(af: Framework) -> None:
    labels = grounded_labelling(af)
    members = grounded(af)
    assert {a for a, label in labels.items() if label is Label.IN} == members
    attacked = {target for attacker, target in af.attacks if attacker in members}
    assert {a for a, label in labels.items() if label is Label.OUT} == attacked


@given(frameworks(max_arguments=12))
def test_every_complete_extension_is_complete_by_definition(af: Framework) -> None:
    oracle = Oracle(af.arguments, af.attacks)
    for extension in complete(af):
        assert oracle.conflict_free(extension)
        assert oracle.defended(extension) == extension
