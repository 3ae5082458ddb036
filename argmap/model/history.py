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

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from argmap.errors import EditError
from argmap.model._doc import Doc, build
from argmap.model.argument_map import ArgumentMap

__all__ = ["Change", "History", "Undoable"]

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
        return _step(self._done, self._undone, current, "undo")

    def redo(self, current: T) -> tuple[T, str]:
        """The snapshot after the last undone edit, and that edit's description."""
        return _step(self._undone, self._done, current, "redo")

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


Callback = Callable[[Change[ArgumentMap]], None]


class Undoable:
    """The state of an editor: the current map, its history, the callbacks.

    :class:`~argmap.model.editing.MapEditor` adds the operations; each ends
    in :meth:`_commit`, which validates the new map and records the old one.
    """

    def __init__(self, amap: ArgumentMap) -> None:
        self._map = amap
        self._history: History[ArgumentMap] = History()
        self._callbacks: list[Callback] = []
        self._group: str | None = None

    # -- state -----------------------------------------------------------------

    @property
    def map(self) -> ArgumentMap:
        """The current, valid map."""
        return self._map

    @property
    def can_undo(self) -> bool:
        """True when there is an operation to undo."""
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        """True when there is an undone operation to redo."""
        return self._history.can_redo

    @property
    def history(self) -> list[str]:
        """Descriptions of the operations undo would take back, oldest first."""
        return self._history.descriptions

    @property
    def redoable(self) -> list[str]:
        """Descriptions of the undone operations redo would make again, next first."""
        return self._history.redoable

    def undo(self) -> str:
        """Take back the last operation; returns its description."""
        self._not_in_group("undo")
        self._map, description = self._history.undo(self._map)
        self._notify("undo", description)
        return description

    def redo(self) -> str:
        """Make the last undone operation again; returns its description."""
        self._not_in_group("redo")
        self._map, description = self._history.redo(self._map)
        self._notify("redo", description)
        return description

    def on_change(self, callback: Callback) -> Callable[[], None]:
        """Call ``callback(change)`` after every operation, undo and redo.

        Returns a function that stops the calls.

        Examples
        --------
        >>> from argmap.model.editing import edit
        >>> ed = edit(text="Act now.")
        >>> seen = []
        >>> stop = ed.on_change(lambda change: seen.append(change.description))
        >>> _ = ed.add("thesis", "Act", quote="Act now")
        >>> stop(); _ = ed.undo()
        >>> seen
        ['add T1 (thesis)']
        """
        self._callbacks.append(callback)

        def stop() -> None:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

        return stop

    @contextmanager
    def group(self, description: str) -> Iterator[None]:
        """Make the operations inside one step of the history, all or nothing.

        If an operation inside fails, the map goes back to what it was
        before the group and the error propagates. Callbacks hear of the
        group once, at its end.

        Examples
        --------
        >>> from argmap.model.editing import edit
        >>> ed = edit(text="x")
        >>> with ed.group("add a reason"):
        ...     t = ed.add("thesis", "t")
        ...     c = ed.add("claim", "c")
        ...     _ = ed.link(c, t)
        >>> ed.history, len(ed.map.inferences)
        (['add a reason'], 1)
        """
        if self._group is not None:  # nested: part of the outer group
            yield
            return
        before = self._map
        self._group = description
        try:
            yield
        except BaseException:
            self._map = before
            raise
        finally:
            self._group = None
        if self._map is not before:
            self._history.push(before, description)
            self._notify("edit", description)

    def _not_in_group(self, what: str) -> None:
        if self._group is not None:
            raise EditError(f"cannot {what} inside the group {self._group!r}")

    def _notify(self, action: Literal["edit", "undo", "redo"], description: str) -> None:
        change = Change(action=action, description=description, map=self._map)
        for callback in list(self._callbacks):
            callback(change)

    def _document(self) -> Doc:
        return self._map.model_dump()

    def _commit(self, doc: Doc, description: str) -> None:
        new = build(doc)
        if self._group is not None:
            self._map = new
            return
        self._history.push(self._map, description)
        self._map = new
        self._notify("edit", description)


def _step(
    source: list[tuple[T, str]], target: list[tuple[T, str]], current: T, verb: str
) -> tuple[T, str]:
    """Take the last entry of ``source``, leaving ``current`` on ``target`` in its place."""
    if not source:
        raise EditError(f"nothing to {verb}")
    snapshot, description = source.pop()
    target.append((current, description))
    return snapshot, description
