"""The editor's acts, as the front end sends them, on the Python side (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

import argmap
from argmap.editor.messages import EditorMessageError
from argmap.editor.session import EditorSession
from argmap.errors import ArgmapError

# Non-BMP characters before the words: one code point each in Python, two
# UTF-16 units in a browser. Offsets in messages are code points.
TEXT = "𝐿𝑒𝑠𝑠 𝑐𝑎𝑟𝑠 🙂. Zoë says the plan will empty the street. But most shoppers walk. Close it."


def at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def add(s: EditorSession, kind: str, words: str, *, pad: str = "") -> str:
    start, end = at(words)
    s.apply({"action": "add", "kind": kind, "start": start - len(pad), "end": end})
    assert s.selected is not None
    return s.selected


@pytest.fixture
def session() -> EditorSession:
    return EditorSession(argmap.edit(text=TEXT, title="Close the street"), diagram=False)


def test_add_anchors_exactly_the_selected_words(session: EditorSession) -> None:
    sid = add(session, "thesis", "Close it")
    (span,) = session.map.statement(sid).spans
    assert (span.start, span.end, span.quote) == (*at("Close it"), "Close it")
    assert TEXT[span.start : span.end] == "Close it"


def test_add_leaves_out_spaces_around_the_selection(session: EditorSession) -> None:
    sid = add(session, "counterclaim", "Zoë says the plan will empty the street", pad=" ")
    (span,) = session.map.statement(sid).spans
    assert span.quote == "Zoë says the plan will empty the street"
    assert session.map.statement(sid).kind == "counterclaim"


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ({"action": "add", "kind": "question", "start": 0, "end": 3}, EditorMessageError),
        ({"action": "add", "kind": "verdict", "start": 0, "end": 3}, EditorMessageError),
        ({"action": "add", "kind": "claim", "start": 5, "end": 500}, ArgmapError),
        ({"action": "add", "kind": "claim", "start": 9, "end": 9}, ArgmapError),
        ({"action": "add", "kind": "claim", "start": 12, "end": 13}, ArgmapError),  # a space
        ({"action": "select", "id": "C9"}, EditorMessageError),
        ({"action": "remove", "id": "C9"}, EditorMessageError),
        ({"action": "update", "id": "C9", "field": "title", "value": "x"}, EditorMessageError),
        ({"action": "link", "premises": ["C9"], "conclusion": "T1", "polarity": "support"},
         ArgmapError),
        ({"action": "undo"}, EditorMessageError),
        ({"action": "redo"}, EditorMessageError),
        ({"action": "save"}, EditorMessageError),
        ({"action": "accept", "id": "nope"}, EditorMessageError),
        ({"action": "add", "kind": "claim", "start": 0}, EditorMessageError),
    ],
)  # fmt: skip
def test_refused_acts_raise_one_error_and_change_nothing(
    session: EditorSession, message: dict[str, object], error: type[Exception]
) -> None:
    before = session.map
    with pytest.raises(error):
        session.apply(message)
    assert session.map == before


def test_update_fields_inline(session: EditorSession) -> None:
    sid = add(session, "evidence", "most shoppers walk")
    session.apply({"action": "update", "id": sid, "field": "attributed_to", "value": "Zoë Müller"})
    session.apply({"action": "update", "id": sid, "field": "title", "value": "  Walkers  "})
    session.apply({"action": "update", "id": sid, "field": "text", "value": "Most walk"})
    status = session.apply(
        {"action": "update", "id": sid, "field": "evidence_type", "value": "statistic"}
    )
    s = session.map.statement(sid)
    assert (s.attributed_to, s.title, s.text) == ("Zoë Müller", "Walkers", "Most walk")
    assert s.evidence_type is not None and s.evidence_type.value == "statistic"
    assert status == f"{sid}: evidence type set"
    session.apply({"action": "update", "id": sid, "field": "title", "value": ""})
    assert session.map.statement(sid).title is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("text", "   "), ("evidence_type", "rumour"), ("implicit", "yes"), ("title", True)],
)
def test_bad_field_values_are_refused(session: EditorSession, field: str, value: object) -> None:
    sid = add(session, "evidence", "most shoppers walk")
    before = session.map
    with pytest.raises(EditorMessageError):
        session.apply({"action": "update", "id": sid, "field": field, "value": value})
    assert session.map == before


def test_retype_follows_the_selection(session: EditorSession) -> None:
    sid = add(session, "claim", "Zoë says the plan will empty the street")
    session.apply({"action": "retype", "id": sid, "kind": "counterclaim"})
    assert session.selected == "CC1"
    assert session.map.statement("CC1").kind == "counterclaim"


def test_link_co_premise_undercut_and_unlink(session: EditorSession) -> None:
    t = add(session, "thesis", "Close it")
    cc = add(session, "counterclaim", "Zoë says the plan will empty the street")
    r = add(session, "rebuttal", "But most shoppers walk")
    e = add(session, "evidence", "most shoppers walk")
    session.apply({"action": "link", "premises": [cc], "conclusion": t, "polarity": "attack"})
    attack = session.selected
    assert attack is not None
    session.apply({"action": "link", "premises": [r], "conclusion": cc, "polarity": "attack"})
    session.apply({"action": "add_premise", "inference": attack, "premise": e})
    assert session.map.inference(attack).premises == [cc, e]
    session.apply({"action": "remove_premise", "inference": attack, "premise": e})
    assert session.map.inference(attack).premises == [cc]
    status = session.apply(
        {"action": "link", "premises": [e], "conclusion": attack, "polarity": "attack"}
    )
    undercut = session.selected
    assert undercut is not None and "undercuts" in status
    assert session.map.inference(undercut).conclusion == attack
    session.apply({"action": "remove", "id": undercut})
    assert undercut not in session.map
    assert session.selected is None
    labels = argmap.evaluate(session.map)
    assert labels[t].word == "IN"  # the counterclaim is answered by the rebuttal


def test_undo_and_redo_restore_exactly(session: EditorSession) -> None:
    t = add(session, "thesis", "Close it")
    c = add(session, "claim", "most shoppers walk")
    before = session.map
    session.apply({"action": "link", "premises": [c], "conclusion": t, "polarity": "support"})
    linked = session.map
    assert session.apply({"action": "undo"}).startswith("Undone: link")
    assert session.map == before
    session.apply({"action": "redo"})
    assert session.map == linked


def test_accept_and_reject_drafted_items_move_on_to_the_next() -> None:
    text = (
        "Critics say the bridge is too costly. But it will pay for itself within ten years. "
        "The city should build the bridge."
    )
    s = EditorSession(argmap.edit(argmap.draft(text)), diagram=False)
    queue = s.edits.doubtful()
    assert queue, "a draft has items to review"
    first, second = queue[0], queue[1]
    s.apply({"action": "accept", "id": first})
    items = {x.id: x for x in [*s.map.statements, *s.map.inferences]}
    assert items[first].confidence is None
    assert first not in s.edits.doubtful()
    assert s.selected == second
    s.apply({"action": "reject", "id": second})
    assert second not in s.map


def test_save_writes_a_file_that_loads_equal(tmp_path: Path) -> None:
    path = tmp_path / "map.yaml"
    s = EditorSession(argmap.edit(text=TEXT, title="Close"), path=path, diagram=False)
    add(s, "thesis", "Close it")
    assert s.apply({"action": "save"}) == f"Saved to {path}"
    assert argmap.load(path) == s.map
    other = s.save(tmp_path / "copy.json")
    assert argmap.load(other) == s.map


def test_view_follows_the_session(session: EditorSession) -> None:
    first = session.view()
    sid = add(session, "thesis", "Close it")
    v = session.view()
    assert v["revision"] == first["revision"] + 1
    assert v["selected"] == sid
    assert v["can_undo"] is True and v["can_redo"] is False
    assert [seg["ids"] for seg in v["segments"] if seg["ids"]] == [[sid]]
    session.apply({"action": "undo"})
    assert session.view()["selected"] is None


def test_split_at_an_offset_and_merge_back(session: EditorSession) -> None:
    sid = add(session, "counterclaim", "Zoë says the plan will empty the street")
    t = add(session, "thesis", "Close it")
    session.apply({"action": "link", "premises": [sid], "conclusion": t, "polarity": "attack"})
    cut = TEXT.index("the plan")
    status = session.apply({"action": "split", "id": sid, "at": cut})
    second = session.selected
    assert second is not None and second != sid and status.startswith(f"Split {sid}")
    assert session.map.statement(sid).spans[0].quote == "Zoë says"
    assert session.map.statement(second).spans[0].quote == "the plan will empty the street"
    assert session.map.statement(second).kind == "counterclaim"
    with pytest.raises(ArgmapError):
        session.apply({"action": "split", "id": sid, "at": TEXT.index("Close")})
    session.apply({"action": "merge", "keep": sid, "fold": second})
    assert second not in session.map
    assert len(session.map.statement(sid).spans) == 2
    assert session.selected == sid


def test_a_map_without_text_can_be_edited_but_not_selected_from() -> None:
    b = argmap.MapBuilder(title="No text")
    t = b.thesis("Act now")
    s = EditorSession(argmap.edit(b.build()), diagram=False)
    with pytest.raises(EditorMessageError, match="no source text"):
        s.apply({"action": "add", "kind": "claim", "start": 0, "end": 3})
    s.apply({"action": "update", "id": t, "field": "title", "value": "Act"})
    assert s.map.statement(t).title == "Act"
    assert s.view()["segments"] == []
