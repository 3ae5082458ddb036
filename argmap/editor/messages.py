"""The messages the editor's front end sends, checked before anything acts on them.

The front end runs in a browser the kernel does not control, so every
message is validated against one of the models below (an ``action`` field
picks the model). Anything else, a wrong type, an unknown action or a
field too many, raises :class:`EditorMessageError`, which the widget shows
instead of a traceback. Whether the ids exist is for the editing API to
say; it raises its own located error.

>>> parse_message({"action": "add", "kind": "claim", "start": 0, "end": 5})
Add(action='add', kind='claim', start=0, end=5)
>>> parse_message({"action": "add", "kind": "claim", "start": "0"})
Traceback (most recent call last):
...
argmap.editor.messages.EditorMessageError: the editor sent a bad 'add' message: start: ...
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr, TypeAdapter
from pydantic import ValidationError as _PydanticError

from argmap.errors import ArgmapError

__all__ = ["EditableField", "EditorMessageError", "Message", "parse_message"]


class EditorMessageError(ArgmapError, ValueError):
    """The editor's front end sent a message the editor cannot act on."""


Ref = Annotated[StrictStr, Field(min_length=1, max_length=200)]
EditableField = Literal["text", "title", "attributed_to", "evidence_type", "implicit"]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Add(_Message):
    """Make the words ``text[start:end]`` (code points) a statement of ``kind``."""

    action: Literal["add"]
    kind: StrictStr
    start: StrictInt = Field(ge=0)
    end: StrictInt = Field(ge=0)


class Select(_Message):
    """Select a statement or inference (``None``: nothing)."""

    action: Literal["select"]
    id: Ref | None = None


class Update(_Message):
    """Set one field of a statement."""

    action: Literal["update"]
    id: Ref
    field: EditableField
    value: StrictStr | StrictBool | None


class Retype(_Message):
    """Give a statement another kind."""

    action: Literal["retype"]
    id: Ref
    kind: StrictStr


class Remove(_Message):
    """Delete a statement (and its links) or an inference."""

    action: Literal["remove"]
    id: Ref


class Link(_Message):
    """A new inference: ``premises`` for or against ``conclusion`` (an inference: undercut)."""

    action: Literal["link"]
    premises: list[Ref] = Field(min_length=1, max_length=50)
    conclusion: Ref
    polarity: Literal["support", "attack"]


class AddPremise(_Message):
    """Add a co-premise to an inference, making it a linked argument."""

    action: Literal["add_premise"]
    inference: Ref
    premise: Ref


class RemovePremise(_Message):
    """Take one premise out of a linked inference."""

    action: Literal["remove_premise"]
    inference: Ref
    premise: Ref


class Split(_Message):
    """Cut a statement in two at a code-point offset of the text inside one of its spans."""

    action: Literal["split"]
    id: Ref
    at: StrictInt = Field(ge=0)


class Merge(_Message):
    """Fold statement ``fold`` into ``keep``: its spans and links move to ``keep``."""

    action: Literal["merge"]
    keep: Ref
    fold: Ref


class Accept(_Message):
    """Accept a drafted statement or inference as it stands."""

    action: Literal["accept"]
    id: Ref


class Reject(_Message):
    """Reject a drafted statement (with its links) or inference."""

    action: Literal["reject"]
    id: Ref


class Undo(_Message):
    action: Literal["undo"]


class Redo(_Message):
    action: Literal["redo"]


class Save(_Message):
    """Save to the path the editor was opened with."""

    action: Literal["save"]


Message = Annotated[
    Union[  # noqa: UP007
        Add,
        Select,
        Update,
        Retype,
        Remove,
        Link,
        AddPremise,
        RemovePremise,
        Split,
        Merge,
        Accept,
        Reject,
        Undo,
        Redo,
        Save,
    ],
    Field(discriminator="action"),
]
"""Any front-end message; the ``action`` field picks its model."""

_ADAPTER: TypeAdapter[Message] = TypeAdapter(Message)
_ACTIONS = sorted(
    str(m.model_fields["action"].annotation.__args__[0])  # type: ignore[union-attr]
    for m in _Message.__subclasses__()
)


def parse_message(content: object) -> Message:
    """Check a message from the front end and return it as its model.

    Raises :class:`EditorMessageError` naming the action and the bad fields.
    """
    if not isinstance(content, Mapping):
        raise EditorMessageError(
            f"the editor sent a {type(content).__name__}, not a message object"
        )
    action = content.get("action")
    if not isinstance(action, str) or action not in _ACTIONS:
        raise EditorMessageError(
            f"the editor sent an unknown action {action!r}; known: {', '.join(_ACTIONS)}"
        )
    try:
        return _ADAPTER.validate_python(dict(content))
    except _PydanticError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'][1:]) or 'message'}: {err['msg']}"
            for err in exc.errors()
        )
        raise EditorMessageError(f"the editor sent a bad {action!r} message: {problems}") from None
