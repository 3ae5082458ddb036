"""``argmap.Editor``: the interactive map editor as a Jupyter widget (anywidget).

The widget is a thin shell around an :class:`~argmap.editor.session.EditorSession`:
the front end (``editor.js`` and ``editor.css`` beside this module) sends one
small message per act, the session checks it and acts through the editing
API, and the widget sends back the new view. A message the session refuses
shows as an error line in the widget; nothing is raised in the kernel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anywidget
import traitlets

from argmap.drafting.api import draft
from argmap.editor.session import EditorSession
from argmap.editor.view import DOUBT_BELOW
from argmap.errors import ArgmapError
from argmap.model import ArgumentMap, Source
from argmap.model.editing import MapEditor, edit

__all__ = ["Editor"]

_HERE = Path(__file__).parent


class Editor(anywidget.AnyWidget):
    """Edit an argument map beside its text and diagram, in JupyterLab, Notebook 7 or VS Code.

    The current map is :attr:`map`, always a validated
    :class:`~argmap.ArgumentMap`; :attr:`edits` is the
    :class:`~argmap.MapEditor` behind the widget, for changes from code
    (the widget redraws after each). :attr:`selected` is the id selected
    in the widget, :attr:`error` and :attr:`status` the lines it shows.

    Parameters
    ----------
    source:
        An :class:`~argmap.ArgumentMap` to edit, or the text of an editorial:
        a text is drafted first with :func:`argmap.draft` (pass
        ``draft=False`` to start from an empty map over the text).
    path:
        The file the front end's save button (and :meth:`save` without a
        path) writes, atomically, in the format its suffix names.
    title:
        The source's title when ``source`` is a text.
    draft:
        Whether a text is drafted first (the default) or starts empty.
    doubt_below:
        Drafted items below this confidence are shown as doubtful, to review first.
    diagram:
        False leaves the diagram out (no Graphviz run per change).
    direction:
        The diagram's layout: ``"RL"`` (thesis at the left, reasons to its
        right: tall, to suit the pane) or ``"BT"``, ``"TB"``, ``"LR"``.
    height:
        Height of the editor's panes in pixels.

    Examples
    --------
    >>> import argmap
    >>> ed = argmap.Editor("Critics say the bridge costs too much. But it will pay for "
    ...                    "itself. The city should build the bridge.")
    >>> ed.map.thesis.spans[0].quote
    'The city should build the bridge.'
    >>> ed.apply({"action": "select", "id": "nonsense"})
    False
    >>> ed.error
    "no statement or inference 'nonsense' in the map to select"
    """

    _esm = _HERE / "editor.js"
    _css = _HERE / "editor.css"

    view = traitlets.Dict().tag(sync=True)
    error = traitlets.Unicode("").tag(sync=True)
    status = traitlets.Unicode("").tag(sync=True)
    height = traitlets.Int(660).tag(sync=True)
    #: The id of the statement or inference selected in the widget, or ``None``.
    selected = traitlets.Unicode(None, allow_none=True).tag(sync=True)

    def __init__(
        self,
        source: ArgumentMap | str,
        *,
        path: str | Path | None = None,
        title: str | None = None,
        draft: bool = True,
        doubt_below: float = DOUBT_BELOW,
        diagram: bool = True,
        direction: str = "RL",
        height: int = 660,
    ) -> None:
        super().__init__(height=height)
        self._session = EditorSession(
            _editor_for(source, title=title, drafted=draft),
            path=path,
            doubt_below=doubt_below,
            diagram=diagram,
            direction=direction,
        )
        self._acting = False
        self._syncing = False
        self._session.edits.on_change(self._changed)
        self.on_msg(self._on_front_end_message)
        self._refresh()

    # -- the public face -----------------------------------------------------

    @property
    def map(self) -> ArgumentMap:
        """The current, validated map."""
        return self._session.map

    @property
    def edits(self) -> MapEditor:
        """The editing API behind the widget; changes made through it are drawn."""
        return self._session.edits

    @property
    def path(self) -> Path | None:
        """The file the save button writes, or ``None``."""
        return self._session.path

    def save(self, path: str | Path | None = None) -> Path:
        """Write the current map atomically to ``path`` (default: the editor's ``path``)."""
        return self._session.save(path)

    def undo(self) -> None:
        """Undo the last change."""
        self.apply({"action": "undo"}, raise_errors=True)

    def redo(self) -> None:
        """Redo the last undone change."""
        self.apply({"action": "redo"}, raise_errors=True)

    def apply(self, message: dict[str, Any], *, raise_errors: bool = False) -> bool:
        """Act on ``message`` exactly as if the front end had sent it; True if it was done.

        A refused message sets :attr:`error` (shown in the widget) and
        returns False, or raises with ``raise_errors=True``.
        """
        self._acting = True
        done = False
        try:
            self.status = self._session.apply(message)
            self.error = ""
            done = True
        except ArgmapError as exc:
            if raise_errors:
                raise
            self.error = ""  # the same error again is shown again
            self.error = str(exc)
        finally:
            self._acting = False
            selecting = isinstance(message, dict) and message.get("action") == "select"
            if done and not selecting:
                self._refresh()
            else:
                self._sync_selection()  # the map is as it was: no new view
        return done

    # -- plumbing ------------------------------------------------------------

    def _on_front_end_message(self, _widget: object, content: Any, _buffers: object) -> None:
        self.apply(content)

    @traitlets.observe("selected")
    def _select_from_code(self, change: dict[str, Any]) -> None:
        # ed.selected = "C2" from code: checked like a click in the widget.
        if not self._syncing and change["new"] != self._session.selected:
            self.apply({"action": "select", "id": change["new"]})

    def _changed(self, *_args: object) -> None:
        if not self._acting:  # a change made from code: draw it
            self._refresh()

    def _refresh(self) -> None:
        self.view = self._session.view()
        # After the view, so the front end knows the id (of a statement just added).
        self._sync_selection()

    def _sync_selection(self) -> None:
        self._syncing = True
        try:
            self.selected = self._session.selected
        finally:
            self._syncing = False

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:  # pragma: no cover - IPython only
        p.text(f"<argmap.Editor: {len(self.map)} statements>")


def _editor_for(source: ArgumentMap | str, *, title: str | None, drafted: bool) -> MapEditor:
    if isinstance(source, ArgumentMap):
        return edit(source)
    if not isinstance(source, str):
        raise TypeError(
            f"Editor() takes an ArgumentMap or the text of an editorial, not "
            f"{type(source).__name__}"
        )
    if drafted:
        return edit(draft(source, source=Source(title=title, language="en")))
    return edit(text=source, title=title)
