"""Every consumer of the statement kinds covers every kind of the model.

The kinds are defined once, by the classes in ``argmap/model/statements.py``.
What cannot be derived from them (a colour, a severity, a rule for reading
AIF) lives in a table keyed by kind in the module that needs it; this test
names the file to update when a kind is missing from one of them.
"""

from __future__ import annotations

import dataclasses
import typing
import warnings
from collections.abc import Callable, Collection, Iterable

import pytest

from argmap.checks import check, dialectic, support
from argmap.drafting.api import draft
from argmap.drafting.features import PROPOSED_KINDS
from argmap.errors import FormatError
from argmap.formats import _drops
from argmap.formats.aif import from_aif, to_aif
from argmap.formats.aif._kinds import GUESSED_AS, guess_kinds
from argmap.formats.argdown import from_argdown, to_argdown
from argmap.formats.argdown.builder import KIND_KEYS, STATEMENT_KEYS
from argmap.model import KINDS, ArgumentMap, MapBuilder, Statement
from argmap.model.statements import ID_PREFIXES, STATEMENT_CLASSES, StatementBase
from argmap.rendering import themes
from argmap.rendering.themes import THEMES

# (the file to update, what it covers)
CONSUMERS: list[tuple[str, Callable[[], Collection[str]]]] = [
    *(
        (f"argmap/rendering/themes.py (theme {name!r})", lambda t=theme: t.kinds)
        for name, theme in THEMES.items()
    ),
    ("argmap/formats/aif/_kinds.py (GUESSED_AS)", lambda: GUESSED_AS),
    ("argmap/formats/argdown/builder.py (KIND_KEYS)", lambda: KIND_KEYS),
    ("argmap/drafting/features.py (PROPOSED_KINDS)", lambda: PROPOSED_KINDS),
    ("argmap/checks/support.py (_UNSUPPORTED)", lambda: support._UNSUPPORTED),
    ("argmap/checks/dialectic.py (_SIDE)", lambda: dialectic._SIDE),
    ("argmap/model/builder.py (a MapBuilder method per kind)", lambda: _builder_methods()),
]


def _builder_methods() -> Collection[str]:
    return {name for name in dir(MapBuilder) if not name.startswith("_")}


def uncovered(kinds: Iterable[str]) -> list[str]:
    """One line per consumer that lacks one of ``kinds``, naming its file."""
    wanted = list(kinds)
    out = []
    for where, covered in CONSUMERS:
        missing = [k for k in wanted if k not in covered()]
        if missing:
            out.append(f"{where}: add {', '.join(map(repr, missing))}")
    return out


def test_every_consumer_covers_every_kind() -> None:
    problems = uncovered(KINDS)
    assert not problems, "kinds missing from:\n" + "\n".join(problems)


def test_a_kind_added_to_the_model_alone_names_every_file_to_update() -> None:
    problems = uncovered([*KINDS, "opinion"])
    files = sorted({p.split(" ")[0] for p in problems})
    assert files == [
        "argmap/checks/dialectic.py",
        "argmap/checks/support.py",
        "argmap/drafting/features.py",
        "argmap/formats/aif/_kinds.py",
        "argmap/formats/argdown/builder.py",
        "argmap/model/builder.py",
        "argmap/rendering/themes.py",
    ]
    assert all(p.endswith("add 'opinion'") for p in problems)
    assert sum(p.startswith("argmap/rendering/themes.py") for p in problems) == len(THEMES)


@pytest.mark.parametrize(
    "table",
    [
        GUESSED_AS,
        PROPOSED_KINDS,
        support._UNSUPPORTED,
        dialectic._SIDE,
        *(t.kinds for t in THEMES.values()),
    ],
)
def test_no_table_keeps_a_kind_the_model_dropped(table: Collection[str]) -> None:
    assert set(table) <= set(KINDS)


# -- what is derived from the kind table ---------------------------------------------


def test_kinds_prefixes_and_union_come_from_the_classes() -> None:
    union = typing.get_args(typing.get_args(Statement)[0])
    assert tuple(STATEMENT_CLASSES.values()) == union
    assert tuple(cls.model_fields["kind"].default for cls in union) == KINDS
    assert dict(ID_PREFIXES) == {k: cls.id_prefix for k, cls in STATEMENT_CLASSES.items()}
    assert len(set(ID_PREFIXES.values())) == len(KINDS)
    # kind is declared once, on the base, so code never has to guess it
    assert "kind" in StatementBase.model_fields


@pytest.mark.parametrize("kind", KINDS)
def test_each_builder_method_adds_its_kind_with_its_prefix(kind: str) -> None:
    b = MapBuilder()
    ref = getattr(b, kind)(f"a {kind}")
    assert ref == f"{ID_PREFIXES[kind]}1"
    assert b.build().statement(ref).kind == kind


def test_a_theme_without_a_kind_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the built-in themes would do at import if a kind were added to the model.
    monkeypatch.setattr(themes, "KINDS", (*KINDS, "opinion"))
    with pytest.raises(FormatError, match=r"theme 'print' has no style for opinion"):
        dataclasses.replace(THEMES["print"])
    with pytest.raises(FormatError, match=r"no style for kind 'opinion'"):
        THEMES["classroom"].style_for("opinion")


def _one_of_each() -> ArgumentMap:
    b = MapBuilder()
    for kind in KINDS:
        b.add(kind, f"A {kind} statement", note=f"about the {kind}")
    return b.build()


def test_argdown_round_trips_every_kind() -> None:
    amap = _one_of_each()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        back = from_argdown(to_argdown(amap))
    assert [(s.id, s.kind, s.note) for s in back.statements] == [
        (s.id, s.kind, s.note) for s in amap.statements
    ]


# A value for each plain field any kind has (what KIND_KEYS reads and the writer writes).
_VALUES = {
    "attributed_to": "critics",
    "implicit": True,
    "accepted": True,
    "note": "a note",
    "ignore": ["unsupported-claim"],
    "confidence": 0.0,
    "cue": "a cue",
    "evidence_type": "statistic",
    "citation": "a report",
    "target": "T1",
    "answered": True,
}


@pytest.mark.parametrize("kind", KINDS)
def test_argdown_carries_every_field_of_every_kind(kind: str) -> None:
    b = MapBuilder()
    b.thesis("The thesis")
    fields = {name: _VALUES[name] for name in KIND_KEYS[kind].values()}
    b.add(kind, "The statement", id="S1", **fields)
    amap = b.build()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        back = from_argdown(to_argdown(amap))
    assert back.statement("S1").model_dump() == amap.statement("S1").model_dump()


def test_argdown_keys_are_the_model_fields() -> None:
    # Every field a kind has is either read by its own rule or by KIND_KEYS.
    own = {"id", "kind", "text", "title", "spans", "tags", "data"}
    for kind, cls in STATEMENT_CLASSES.items():
        assert set(KIND_KEYS[kind].values()) == set(cls.model_fields) - own
        assert set(KIND_KEYS[kind]) <= set(STATEMENT_KEYS)


def test_aif_round_trips_every_kind() -> None:
    amap = _one_of_each()
    back = from_aif(to_aif(amap))
    assert [s.kind for s in back.statements] == list(KINDS)


def test_aif_guesses_only_kinds_its_table_says_it_can() -> None:
    guessable = {k for k, how in GUESSED_AS.items() if how is not None}
    statements = [{"id": x} for x in "ABCDEF"]
    inferences = [
        {"premises": ["B"], "conclusion": "A", "polarity": "support"},
        {"premises": ["C"], "conclusion": "B", "polarity": "support"},
        {"premises": ["D"], "conclusion": "A", "polarity": "attack"},
        {"premises": ["E"], "conclusion": "D", "polarity": "attack"},
    ]
    guess_kinds(statements, inferences)
    assert {s["kind"] for s in statements} == guessable


def test_checks_run_over_every_kind() -> None:
    findings = check(_one_of_each(), select=["unsupported-claim"])
    assert sorted(f.ids[0] for f in findings) == ["C1", "P1", "R1", "T1"]


def test_drafts_have_only_kinds_the_drafter_proposes() -> None:
    text = (
        "The city should build the tram. Critics say it costs too much. But the costs are "
        "small. Ridership rose by 40 percent in 2019, the transport office reported. Because "
        "traffic is growing, roads will not be enough."
    )
    kinds = [s.kind for s in draft(text).statements]
    proposed = [k for k, why in PROPOSED_KINDS.items() if why is not None]
    assert sorted(kinds) == sorted(proposed)


def test_every_field_a_diagram_may_drop_has_words_in_the_warning() -> None:
    counted = {key for _, _, key in _drops._ITEMS}
    for name in _drops._STATEMENT_FIELDS:
        assert name in counted or name in _drops._MERGED, name
    for name in _drops._INFERENCE_FIELDS:
        assert f"inference.{name}" in counted or name in _drops._MERGED, name
