"""Undo and redo: the snapshots of a map between edits.

Maps are snapshots: an edit builds a new map and never changes the old one,
so the history keeps the old objects themselves, and undoing gives back
exactly the map that was there (``==``, and even ``is``).

>>> h: History[str] = History()
>>> h.push("v1", "first edit")
>>> h.undo("v2")
('v1', 'first edit')
>>> h.redo("v1")
('v2', 'first edit')
>>> h.descriptions
['first edit']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from argmap.errors import EditError

__all__ = ["Change", "History"]

T = TypeVar("T")


@dataclass(frozen=True)
class Change(Generic[T]):
    """What an editor's ``on_change`` callbacks receive after each operation.

    ``action`` says how the map changed (``"edit"``, ``"undo"`` or
    ``"redo"``), ``description`` which operation it was (``"add C3
    (claim)"``), and ``map`` is the map as it now is.
    """

    action: Literal["edit", "undo", "redo"]
    description: str
    map: T


@dataclass
class History(Generic[T]):
    """Two stacks of ``(snapshot, description)``: what undo and redo give back."""

    _done: list[tuple[T, str]] = field(default_factory=list)
    _undone: list[tuple[T, str]] = field(default_factory=list)

    def push(self, before: T, description: str) -> None:
        """Record an edit that replaced ``before``; it clears what could be redone."""
        self._done.append((before, description))
        self._undone.clear()

    def undo(self, current: T) -> tuple[T, str]:
        """The snapshot before the last edit, and that edit's description."""
        if not self._done:
            raise EditError("nothing to undo")
        before, description = self._done.pop()
        self._undone.append((current, description))
        return before, description

    def redo(self, current: T) -> tuple[T, str]:
        """The snapshot after the last undone edit, and that edit's description."""
        if not self._undone:
            raise EditError("nothing to redo")
        after, description = self._undone.pop()
        self._done.append((current, description))
        return after, description

    @property
    def can_undo(self) -> bool:
        """True when there is an edit to undo."""
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        """True when there is an undone edit to redo."""
        return bool(self._undone)

    @property
    def descriptions(self) -> list[str]:
        """The descriptions of the edits that undo would take back, oldest first."""
        return [d for _, d in self._done]

    @property
    def redoable(self) -> list[str]:
        """The descriptions of the edits that redo would bring back, next first."""
        return [d for _, d in reversed(self._undone)]
