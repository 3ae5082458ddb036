"""The interactive map editor for Jupyter: :class:`Editor` (needs ``argmap[editor]``).

``argmap.Editor(text_or_map)`` shows the editorial with a highlight for every
statement's words beside the live diagram, the statement list, the findings
of :func:`argmap.check` and what stands by :func:`argmap.evaluate`. Select
words to make them a statement, click boxes to link them, edit inline, undo
and redo; :attr:`Editor.map` is always the current validated map and
:meth:`Editor.save` writes it atomically.

The layers under the widget work without a browser or anywidget:
:mod:`~argmap.editor.view` (what the front end draws),
:mod:`~argmap.editor.messages` (what it may send) and
:mod:`~argmap.editor.session` (acting on it through the editing API).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.editor.widget import Editor

__all__ = ["Editor"]


def __getattr__(name: str) -> Any:
    # anywidget (and with it ipywidgets) is imported only when the widget is
    # asked for, so the session and view layers load without it.
    if name != "Editor":
        raise AttributeError(f"module 'argmap.editor' has no attribute {name!r}")
    try:
        from argmap.editor.widget import Editor
    except ModuleNotFoundError as exc:
        if exc.name not in ("anywidget", "ipywidgets", "traitlets"):
            raise
        raise ModuleNotFoundError(
            f"argmap.Editor needs {exc.name}: pip install 'argmap[editor]'", name=exc.name
        ) from None
    return Editor
