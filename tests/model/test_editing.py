"""The editing API: each operation, each error, and undo/redo."""

from __future__ import annotations

from typing import Any

import pytest

import argmap
from argmap import EditError
from argmap.model import ArgumentMap, Claim, Evidence, Inference, MapEditor, Source, Thesis, edit
from argmap.model.history import Change

TEXT = (
    "Seoul must stay in the pact. Leaving it weakens deterrence, and "
    "North Korea tested three missiles last month. Critics say there' s no cost. "
    "But the alliance depends on shared intelligence."
)


def chain() -> MapEditor:
    """T1 <- C1 <- E1, CC1 attacks T1, R1 attacks CC1, all anchored to TEXT."""
    ed = edit(text=TEXT, title="The pact")
    t = ed.add("thesis", "Seoul should stay", quote="Seoul must stay in the pact")
    c = ed.add("claim", "Leaving weakens deterrence", quote="Leaving it weakens deterrence")
    e = ed.add("evidence", "Missile tests", quote="North Korea tested three missiles")
    cc = ed.add("counterclaim", "Leaving is free", quote="there's no cost", attributed_to="critics")
    r = ed.add("rebuttal", "Intelligence matters", quote="the alliance depends")
    ed.link([c], t)
    ed.link([e], c)
    ed.link([cc], t, polarity="attack")
    ed.link([r], cc, polarity="attack")
    return ed


def snapshot(ed: MapEditor) -> dict[str, Any]:
    return ed.map.model_dump()


def assert_unchanged_on_error(ed: MapEditor, call: Any, match: str) -> EditError:
    before, history = snapshot(ed), list(ed.history)
    with pytest.raises(EditError, match=match) as info:
        call()
    assert snapshot(ed) == before
    assert ed.history == history
    return info.value


# -- starting ----------------------------------------------------------------


def test_edit_is_exported_and_starts_from_a_text() -> None:
    ed = argmap.edit(text="Act now.", title="T")
    assert isinstance(ed, argmap.MapEditor)
    assert ed.map.source == Source(title="T", text="Act now.")
    assert ed.map.statements == [] and not ed.can_undo and not ed.can_redo


def test_edit_never_changes_the_map_it_starts_from() -> None:
    m = ArgumentMap(
        source=Source(text="Act now. Delay costs."),
        statements=[Thesis(id="T1", text="Act"), Claim(id="C1", text="Delay costs")],
        inferences=[Inference(id="I1", premises=["C1"], conclusion="T1")],
    )
    before = m.model_dump()
    ed = edit(m)
    ed.retype("C1", "premise")
    ed.add("evidence", "e", quote="delay costs")
    ed.remove("T1")
    assert m.model_dump() == before
    ed.undo()
    ed.undo()
    ed.undo()
    assert ed.map is m


def test_edit_refuses_a_map_and_a_text() -> None:
    with pytest.raises(TypeError, match="not both"):
        edit(ArgumentMap(), text="x")


# -- add ---------------------------------------------------------------------


def test_add_generates_ids_per_kind_and_anchors_the_quote() -> None:
    ed = chain()
    assert [s.id for s in ed.map.statements] == ["T1", "C1", "E1", "CC1", "R1"]
    span = ed.map.statement("C1").spans[0]
    assert TEXT[span.start : span.end] == span.quote == "Leaving it weakens deterrence"


@pytest.mark.parametrize(
    ("quote", "words"),
    [
        ("SEOUL MUST STAY", "Seoul must stay"),
        ("there's no cost", "there' s no cost"),
        ("there’s   no cost", "there' s no cost"),
        ("deterrence , and", "deterrence, and"),
        ("last   month.\nCritics", "last month. Critics"),
    ],
)
def test_quotes_anchor_tolerantly_to_the_texts_own_words(quote: str, words: str) -> None:
    ed = edit(text=TEXT)
    ref = ed.add("claim", "c", quote=quote)
    span = ed.map.statement(ref).spans[0]
    assert span.quote == words
    assert TEXT[span.start : span.end] == words


def test_a_quote_not_found_suggests_the_closest_passage() -> None:
    ed = edit(text=TEXT)
    err = assert_unchanged_on_error(
        ed, lambda: ed.add("claim", "c", quote="North Korea tested two missiles"), "did you mean"
    )
    assert err.quote == "North Korea tested two missiles"
    assert err.ref == "C1"
    assert err.suggestions and "North Korea tested three missiles" in err.suggestions[0]


def test_add_by_span_offsets_trims_whitespace() -> None:
    ed = edit(text=TEXT)
    start = TEXT.index("But the")
    ref = ed.add("rebuttal", "r", span=(start - 1, start + 7))
    assert ed.map.statement(ref).spans[0].quote == "But the"


def test_add_several_quotes_and_the_other_fields() -> None:
    ed = edit(text=TEXT)
    ref = ed.add(
        "evidence",
        "Tests",
        quote=["North Korea", "three missiles"],
        title="tests",
        attributed_to="the paper",
        evidence_type="statistic",
        id="missiles",
    )
    s = ed.map.statement(ref)
    assert isinstance(s, Evidence)
    assert (ref, s.title, s.attributed_to, s.evidence_type) == (
        "missiles",
        "tests",
        "the paper",
        argmap.EvidenceType.STATISTIC,
    )
    assert [sp.quote for sp in s.spans] == ["North Korea", "three missiles"]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"kind": "claimm"}, "did you mean 'claim'"),
        ({"text": ""}, "C1: text"),
        ({"id": "T1"}, "already used"),
        ({"id": "two words"}, "two words: id: 'two words' is not a valid id"),
        ({"evidence_type": "fact"}, "only evidence"),
        ({"quote": "x", "span": (0, 1)}, "not both"),
        ({"span": (5, 2)}, "not inside the text"),
        ({"span": (0, 10_000)}, "not inside the text"),
        ({"span": (28, 29)}, "only whitespace"),
    ],
)
def test_add_errors(kwargs: dict[str, Any], match: str) -> None:
    ed = edit(text=TEXT)
    ed.add("thesis", "t")
    args = {"kind": "claim", "text": "c", **kwargs}
    assert_unchanged_on_error(ed, lambda: ed.add(args.pop("kind"), args.pop("text"), **args), match)


def test_add_with_quote_needs_a_text() -> None:
    ed = edit(ArgumentMap())
    assert_unchanged_on_error(ed, lambda: ed.add("claim", "c", quote="x"), "no source text")


def test_an_evidence_type_that_does_not_exist_is_refused() -> None:
    ed = edit(text=TEXT)
    assert_unchanged_on_error(
        ed, lambda: ed.add("evidence", "e", evidence_type="rumour"), "E1: evidence_type"
    )


# -- retype ------------------------------------------------------------------


def test_retype_renumbers_the_id_everywhere_it_is_used() -> None:
    ed = chain()
    ed.add("counterclaim", "another")  # CC2
    new = ed.retype("C1", "counterclaim")
    assert new == "CC3"
    m = ed.map
    assert m.statement("CC3").kind == "counterclaim"
    assert "C1" not in m
    assert [(i.premises, i.conclusion) for i in m.inferences][:2] == [
        (["CC3"], "T1"),
        (["E1"], "CC3"),
    ]
    assert ed.history[-1] == "retype C1 to counterclaim (CC3)"


def test_retype_can_keep_the_id_and_keeps_custom_ids() -> None:
    ed = chain()
    assert ed.retype("E1", "premise", renumber_id=False) == "E1"
    assert ed.map.statement("E1").kind == "premise"
    ed.add("claim", "named", id="pact-ends")
    assert ed.retype("pact-ends", "premise") == "pact-ends"


def test_retype_to_the_same_kind_changes_nothing() -> None:
    ed = chain()
    n = len(ed.history)
    assert ed.retype("C1", "claim") == "C1"
    assert len(ed.history) == n


def test_retype_names_the_fields_it_drops() -> None:
    ed = edit(text=TEXT)
    ed.add("evidence", "e", evidence_type="statistic")
    assert ed.retype("E1", "claim") == "C1"
    assert ed.history[-1] == "retype E1 to claim (C1); dropped evidence_type"
    ed.undo()
    assert ed.map.statement("E1").evidence_type == argmap.EvidenceType.STATISTIC  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("ref", "kind", "match"),
    [
        ("C9", "claim", "no statement 'C9'"),
        ("C1", "rebutal", "unknown statement kind"),
        ("I1", "claim", "is an inference"),
    ],
)
def test_retype_errors(ref: str, kind: str, match: str) -> None:
    ed = chain()
    assert_unchanged_on_error(ed, lambda: ed.retype(ref, kind), match)


def test_assigning_a_kind_is_an_error_that_points_to_retype() -> None:
    s = Claim(id="C2", text="c")
    with pytest.raises(EditError, match=r"retype\('C2', 'rebuttal'\)"):
        s.kind = "rebuttal"  # type: ignore[assignment]
    assert s.kind == "claim"


# -- update ------------------------------------------------------------------


def test_update_changes_only_the_fields_given() -> None:
    ed = chain()
    ed.update("CC1", text="Leaving costs nothing", attributed_to=None, quote="no cost")
    s = ed.map.statement("CC1")
    assert (s.text, s.attributed_to, s.spans[0].quote) == ("Leaving costs nothing", None, "no cost")
    assert s.title is None and s.kind == "counterclaim"
    assert ed.history[-1] == "update CC1 (attributed_to, quote, text)"


def test_update_clears_spans_and_sets_inference_fields() -> None:
    ed = chain()
    ed.update("T1", quote=None, implicit=True)
    assert ed.map.statement("T1").spans == []
    ed.update("I1", scheme="consequences", title="why", polarity="attack")
    inf = ed.map.inference("I1")
    assert (inf.scheme, inf.title, inf.polarity) == ("consequences", "why", "attack")


def test_update_with_the_same_values_records_nothing() -> None:
    ed = chain()
    n = len(ed.history)
    ed.update("T1", text="Seoul should stay")
    assert len(ed.history) == n


@pytest.mark.parametrize(
    ("ref", "fields", "match"),
    [
        ("C9", {"text": "x"}, "no statement 'C9' in the map \\(did you mean 'C1'"),
        ("C1", {}, "at least one field"),
        ("C1", {"text": ""}, "C1: text"),
        ("C1", {"evidence_type": "fact"}, "only evidence"),
        ("C1", {"scheme": "x"}, "only inferences"),
        ("I1", {"text": "x"}, "is an inference"),
        ("I1", {"quote": "x"}, "is an inference"),
        ("I3", {"polarity": "support"}, "I3: polarity"),
        ("I5", {"polarity": "support"}, "I5: conclusion 'I1' is an inference"),
        ("C1", {"quote": "Leaving is a weakness"}, "did you mean"),
    ],
)
def test_update_errors(ref: str, fields: dict[str, Any], match: str) -> None:
    ed = chain()
    if ref == "I5":
        ed.link(["E1"], "I1", polarity="attack")  # an undercut cannot become a support
    if ref == "I3":
        fields = {"polarity": "sideways"}
    assert_unchanged_on_error(ed, lambda: ed.update(ref, **fields), match)


# -- remove ------------------------------------------------------------------


def test_remove_drops_inferences_into_it_and_leaves_others_premises() -> None:
    ed = chain()
    ed.link(["C1", "E1"], "R1")  # I5, linked: loses C1 only
    ed.link(["R1"], "I1", polarity="attack")  # I6 undercuts I1, which goes
    ed.add("question", "Is C1 true?")
    ed.update("Q1", note="about C1")
    ed.remove("C1")
    m = ed.map
    assert "C1" not in m
    assert [(i.id, i.premises, i.conclusion) for i in m.inferences] == [
        ("I3", ["CC1"], "T1"),
        ("I4", ["R1"], "CC1"),
        ("I5", ["E1"], "R1"),
    ]
    assert ed.history[-1] == "remove C1 and I1, I2, I6"


def test_remove_reattach_repoints_supports_to_what_it_pointed_at() -> None:
    ed = chain()
    ed.link(["R1"], "C1", polarity="attack")  # an attack on C1: dropped, not repointed
    ed.remove("C1", inferences="reattach")
    assert [(i.id, i.premises, i.conclusion, i.polarity) for i in ed.map.inferences] == [
        ("I2", ["E1"], "T1", "support"),
        ("I3", ["CC1"], "T1", "attack"),
        ("I4", ["R1"], "CC1", "attack"),
    ]


def test_remove_reattach_through_an_attack_makes_an_attack() -> None:
    ed = chain()
    ed.link(["E1"], "R1")  # E1 supports R1, which attacks CC1
    ed.remove("R1", inferences="reattach")
    assert ("I5", ["E1"], "CC1", "attack") in [
        (i.id, i.premises, i.conclusion, i.polarity) for i in ed.map.inferences
    ]


def test_remove_clears_a_question_target_and_removes_inferences_by_id() -> None:
    ed = chain()
    m = ed.map.model_dump()
    m["statements"].append({"id": "Q1", "kind": "question", "text": "Why?", "target": "E1"})
    ed = edit(ArgumentMap.model_validate(m))
    ed.remove("E1")
    assert ed.map.statement("Q1").target is None  # type: ignore[attr-defined]
    ed.remove("I1")
    assert "I1" not in ed.map


@pytest.mark.parametrize(
    ("ref", "how", "match"),
    [("X", "drop", "no statement 'X'"), ("C1", "keep", "'drop' or 'reattach'")],
)
def test_remove_errors(ref: str, how: Any, match: str) -> None:
    ed = chain()
    assert_unchanged_on_error(ed, lambda: ed.remove(ref, inferences=how), match)


# -- link, premises, unlink --------------------------------------------------


def test_link_linked_argument_and_undercut() -> None:
    ed = chain()
    i = ed.link(["E1", "R1"], "T1", scheme="sign", title="together")
    assert ed.map.inference(i).is_linked and ed.map.inference(i).scheme == "sign"
    u = ed.link("CC1", "I1", polarity="attack")
    assert ed.map.inference(u).conclusion == "I1"
    assert ed.history[-2:] == ["link I5: E1 + R1 supports T1", "link I6: CC1 attacks I1"]


@pytest.mark.parametrize(
    ("premises", "conclusion", "kwargs", "match"),
    [
        (["E9"], "T1", {}, "no statement 'E9'"),
        (["I1"], "T1", {}, "cannot be a premise"),
        (["E1"], "Z", {}, "no statement 'Z'"),
        (["E1", "E1"], "T1", {}, "listed twice"),
        (["T1"], "T1", {}, "both a premise and the conclusion"),
        (["E1"], "I1", {}, "only an attack"),
        (["E1"], "C1", {}, "I2 already links"),
        ([], "C1", {}, "at least one premise"),
        (["E1"], "T1", {"polarity": "against"}, "'support' or 'attack'"),
        (["E1"], "T1", {"id": "C1"}, "already used"),
    ],
)
def test_link_errors(premises: list[str], conclusion: str, kwargs: Any, match: str) -> None:
    ed = chain()
    assert_unchanged_on_error(ed, lambda: ed.link(premises, conclusion, **kwargs), match)


def test_add_and_remove_premise() -> None:
    ed = chain()
    ed.add_premise("I1", "E1")
    assert ed.map.inference("I1").premises == ["C1", "E1"]
    ed.remove_premise("I1", "C1")
    assert ed.map.inference("I1").premises == ["E1"]


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda ed: ed.add_premise("I1", "C1"), "already a premise"),
        (lambda ed: ed.add_premise("I1", "T1"), "conclusion"),
        (lambda ed: ed.add_premise("I1", "I2"), "is an inference"),
        (lambda ed: ed.add_premise("C1", "E1"), "is a statement, not an inference"),
        (lambda ed: ed.remove_premise("I1", "E1"), "not a premise"),
        (lambda ed: ed.remove_premise("I1", "C1"), r"only premise of I1; use unlink\('I1'\)"),
        (lambda ed: ed.unlink("I9"), "no inference 'I9'"),
    ],
)
def test_premise_and_unlink_errors(call: Any, match: str) -> None:
    ed = chain()
    assert_unchanged_on_error(ed, lambda: call(ed), match)


def test_unlink_removes_undercuts_too() -> None:
    ed = chain()
    ed.link(["R1"], "I1", polarity="attack")
    ed.unlink("I1")
    assert [i.id for i in ed.map.inferences] == ["I2", "I3", "I4"]
    assert ed.history[-1] == "unlink I1 and I5"


# -- merge, split, renumber --------------------------------------------------


def test_merge_moves_spans_and_links_and_removes_self_links() -> None:
    ed = chain()
    ed.merge("C1", "E1")
    m = ed.map
    assert "E1" not in m
    assert [sp.quote for sp in m.statement("C1").spans] == [
        "Leaving it weakens deterrence",
        "North Korea tested three missiles",
    ]
    assert [i.id for i in m.inferences] == ["I1", "I3", "I4"]
    assert ed.history[-1] == "merge E1 into C1 (removed I2)"


def test_merge_folds_inferences_that_become_the_same() -> None:
    ed = chain()
    c2 = ed.add("claim", "same as C1")
    ed.link([c2], "T1")  # I5 repeats I1 once merged
    ed.link(["R1"], "I5", polarity="attack")  # I6 now undercuts I1
    ed.merge("C1", c2)
    assert [(i.id, i.conclusion) for i in ed.map.inferences if i.id in ("I1", "I5", "I6")] == [
        ("I1", "T1"),
        ("I6", "I1"),
    ]


def test_merge_errors() -> None:
    ed = chain()
    assert_unchanged_on_error(ed, lambda: ed.merge("C1", "C1"), "into itself")
    assert_unchanged_on_error(ed, lambda: ed.merge("C1", "C7"), "no statement 'C7'")


def test_split_by_quote_and_by_offset() -> None:
    ed = chain()
    a, b = ed.split("C1", at="weakens")
    assert (a, b) == ("C1", "C2")
    m = ed.map
    assert [sp.quote for sp in m.statement("C1").spans] == ["Leaving it"]
    assert m.statement("C2").text == "weakens deterrence"
    assert m.statement("C2").spans[0].start == TEXT.index("weakens")
    assert [s.id for s in m.statements][:3] == ["T1", "C1", "C2"]
    at = TEXT.index("three")
    assert ed.split("E1", at=at) == ("E1", "E2")
    assert ed.map.statement("E2").spans[0].quote == "three missiles"


@pytest.mark.parametrize(
    ("at", "match"),
    [
        ("weakns deterence", "did you mean 'weakens deterrence'"),
        ("Seoul", "not in the words C1 quotes"),
        ("Leaving", "one part empty"),
        (0, "not inside C1's spans"),
    ],
)
def test_split_errors(at: Any, match: str) -> None:
    ed = chain()
    assert_unchanged_on_error(ed, lambda: ed.split("C1", at=at), match)


def test_split_needs_spans() -> None:
    ed = chain()
    ed.add("premise", "unstated")
    assert_unchanged_on_error(ed, lambda: ed.split("P1", at="x"), "no spans")


def test_renumber_gives_ids_that_match_kinds_in_text_order() -> None:
    ed = chain()
    ed.retype("E1", "claim", renumber_id=False)
    ed.add("claim", "early", quote="Seoul must", id="early")
    ed.add("premise", "unstated", id="P7")
    mapping = ed.renumber()
    m = ed.map
    assert mapping == {"early": "C1", "C1": "C2", "E1": "C3", "P7": "P1"}
    for s in m.statements:
        assert s.id.removeprefix(argmap.model.statements.ID_PREFIXES[s.kind]).isdigit()
    assert ed.renumber() == {}


def test_renumber_orders_inferences_by_their_premises() -> None:
    ed = chain()
    ed.unlink("I1")
    ed.link(["C1"], "T1")  # I5, whose premise comes first in the text
    mapping = ed.renumber()
    assert mapping == {"I5": "I1"}


# -- drafts ------------------------------------------------------------------


def drafted() -> MapEditor:
    ed = chain()
    doc = ed.map.model_dump()
    doc["statements"][1]["confidence"] = 0.4
    doc["statements"][1]["cue"] = "because"
    doc["statements"][2]["confidence"] = 0.9
    doc["inferences"][0]["confidence"] = 0.2
    return edit(ArgumentMap.model_validate(doc))


def test_doubtful_lists_drafted_items_least_sure_first() -> None:
    assert drafted().doubtful() == ["I1", "C1", "E1"]


def test_accept_clears_the_confidence_and_keeps_the_cue() -> None:
    ed = drafted()
    ed.accept("C1")
    assert ed.map.statement("C1").confidence is None
    assert ed.map.statement("C1").cue == "because"
    assert ed.doubtful() == ["I1", "E1"]
    n = len(ed.history)
    ed.accept("T1")
    assert len(ed.history) == n


def test_reject_removes_a_statement_with_its_links_or_an_inference() -> None:
    ed = drafted()
    ed.reject("I1")
    assert "I1" not in ed.map
    ed.reject("C1")
    assert "C1" not in ed.map and "I2" not in ed.map
    assert ed.history[-1] == "reject C1 and I2"
    assert_unchanged_on_error(ed, lambda: ed.reject("C1"), "no statement 'C1'")


# -- history -----------------------------------------------------------------


def test_undo_and_redo_walk_the_history() -> None:
    ed = edit(text=TEXT)
    empty = ed.map
    ed.add("thesis", "t", quote="Seoul")
    one = ed.map
    ed.add("claim", "c")
    assert ed.undo() == "add C1 (claim)"
    assert ed.map == one and ed.can_redo
    assert ed.undo() == "add T1 (thesis)"
    assert ed.map == empty and not ed.can_undo
    assert ed.redo() == "add T1 (thesis)"
    assert ed.map == one
    ed.add("premise", "p")  # a new edit forgets what could be redone
    assert not ed.can_redo
    assert ed.history == ["add T1 (thesis)", "add P1 (premise)"]


def test_undo_and_redo_with_nothing_to_do_are_errors() -> None:
    ed = edit(text="x")
    with pytest.raises(EditError, match="nothing to undo"):
        ed.undo()
    with pytest.raises(EditError, match="nothing to redo"):
        ed.redo()


def test_on_change_reports_edits_undos_and_redos() -> None:
    ed = edit(text=TEXT)
    seen: list[Change[ArgumentMap]] = []
    stop = ed.on_change(seen.append)
    ed.add("thesis", "t")
    with pytest.raises(EditError):
        ed.add("thesis", "t", id="T1")
    ed.undo()
    ed.redo()
    stop()
    ed.add("claim", "c")
    assert [(c.action, c.description) for c in seen] == [
        ("edit", "add T1 (thesis)"),
        ("undo", "add T1 (thesis)"),
        ("redo", "add T1 (thesis)"),
    ]
    assert seen[-1].map.statement("T1").text == "t"
    stop()  # stopping twice is harmless


def test_a_group_is_one_step_and_rolls_back_on_error() -> None:
    ed = chain()
    before, n = ed.map, len(ed.history)
    seen: list[str] = []
    ed.on_change(lambda change: seen.append(change.description))

    def bad_group() -> None:
        with ed.group("bad"):
            ed.add("claim", "new")
            ed.link(["X"], "T1")

    with pytest.raises(EditError, match="no statement 'X'"):
        bad_group()
    assert ed.map is before and len(ed.history) == n and seen == []
    with ed.group("reason"):
        c = ed.add("claim", "new")
        with ed.group("inner"):
            ed.link([c], "T1")
        with pytest.raises(EditError, match="cannot undo inside the group 'reason'"):
            ed.undo()
    assert ed.history[n:] == ["reason"] and seen == ["reason"]
    ed.undo()
    assert ed.map is before
    assert ed.redoable == ["reason"]


def test_an_empty_group_records_nothing() -> None:
    ed = chain()
    n = len(ed.history)
    with ed.group("nothing"):
        ed.retype("C1", "claim")
    assert len(ed.history) == n


def test_remove_keeps_unrelated_repeated_inferences_and_skips_repeated_reattachments() -> None:
    m = chain().map.model_dump()
    m["inferences"].append(
        {"id": "I9", "premises": ["CC1"], "conclusion": "T1", "polarity": "attack"}
    )
    m["inferences"].append({"id": "I10", "premises": ["E1"], "conclusion": "T1"})
    ed = edit(ArgumentMap.model_validate(m))
    ed.remove("R1")  # unrelated to I3 and I9, which say the same thing: both stay
    assert {"I3", "I9"} <= {i.id for i in ed.map.inferences}
    ed.remove("C1", inferences="reattach")  # E1 -> T1 already exists as I10
    assert [(i.id, i.premises, i.conclusion) for i in ed.map.inferences] == [
        ("I3", ["CC1"], "T1"),
        ("I9", ["CC1"], "T1"),
        ("I10", ["E1"], "T1"),
    ]
    assert ed.history[-1] == "remove C1 and I1, I2"


def test_merge_leaves_repeats_the_map_already_had() -> None:
    m = chain().map.model_dump()
    m["inferences"].append(
        {"id": "I9", "premises": ["CC1"], "conclusion": "T1", "polarity": "attack"}
    )
    ed = edit(ArgumentMap.model_validate(m))
    ed.merge("E1", "R1")
    assert {"I3", "I9"} <= {i.id for i in ed.map.inferences}
