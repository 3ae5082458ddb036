"""Front-end messages are checked before anything acts on them."""

from __future__ import annotations

import pytest

from argmap.editor.messages import (
    Add,
    EditorMessageError,
    Link,
    Update,
    parse_message,
)
from argmap.errors import ArgmapError

GOOD = [
    ({"action": "add", "kind": "claim", "start": 3, "end": 9}, Add),
    (
        {"action": "link", "premises": ["E1", "E2"], "conclusion": "C1", "polarity": "support"},
        Link,
    ),
    ({"action": "update", "id": "C1", "field": "attributed_to", "value": "Ünï"}, Update),
    ({"action": "update", "id": "C1", "field": "implicit", "value": True}, Update),
    ({"action": "update", "id": "C1", "field": "title", "value": None}, Update),
]

BAD = [
    ("not a dict", "not a message object"),
    (["add"], "not a message object"),
    ({}, "unknown action None"),
    ({"action": "drop_tables"}, "unknown action 'drop_tables'"),
    ({"action": "add", "kind": "claim", "start": "3", "end": 9}, "start"),
    ({"action": "add", "kind": "claim", "start": 3.0, "end": 9}, "start"),
    ({"action": "add", "kind": "claim", "start": -1, "end": 9}, "start"),
    ({"action": "add", "kind": "claim", "start": True, "end": 9}, "start"),
    ({"action": "add", "kind": "claim", "start": 1}, "end"),
    ({"action": "link", "premises": [], "conclusion": "C1", "polarity": "support"}, "premises"),
    ({"action": "link", "premises": ["E1"], "conclusion": "C1", "polarity": "maybe"}, "polarity"),
    ({"action": "update", "id": "C1", "field": "id", "value": "X"}, "field"),
    ({"action": "update", "id": "C1", "field": "text", "value": 3}, "value"),
    ({"action": "remove", "id": ""}, "id"),
    ({"action": "remove", "id": "x" * 201}, "id"),
    ({"action": "undo", "extra": 1}, "extra"),
    ({"action": "select", "id": {"$ne": 1}}, "id"),
]


@pytest.mark.parametrize(("content", "model"), GOOD)
def test_good_messages_parse(content: dict[str, object], model: type) -> None:
    msg = parse_message(content)
    assert isinstance(msg, model)
    assert msg.model_dump() == content


@pytest.mark.parametrize(("content", "needle"), BAD)
def test_bad_messages_raise_one_clear_error(content: object, needle: str) -> None:
    with pytest.raises(EditorMessageError) as info:
        parse_message(content)
    assert needle in str(info.value)
    assert isinstance(info.value, ArgmapError)
    assert isinstance(info.value, ValueError)
