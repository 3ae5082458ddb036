"""The editor's state and the acts of its front end, without any widget.

An :class:`EditorSession` holds a :class:`~argmap.model.editing.MapEditor`
(the editing API: every change, undo and redo goes through it), what is
selected and where to save. :meth:`EditorSession.apply` takes one message
from the front end, checks it (:func:`~argmap.editor.messages.parse_message`)
and acts on it; :meth:`EditorSession.view` gives what the front end draws.
The widget is a thin shell around this, so everything here is tested
without a browser.

>>> import argmap
>>> s = EditorSession(argmap.edit(text="Ça coûte cher. Il faut agir.", title="Agir"))
>>> s.apply({"action": "add", "kind": "thesis", "start": 15, "end": 27})
'Added T1 (thesis): “Il faut agir”'
>>> s.map.statement("T1").spans[0].quote
'Il faut agir'
>>> s.apply({"action": "undo"})
'Undone: ...'
>>> len(s.map)
0
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.editor.messages import (
    Accept,
    Add,
    AddPremise,
    EditorMessageError,
    Link,
    Merge,
    Message,
    Redo,
    Reject,
    Remove,
    RemovePremise,
    Retype,
    Save,
    Select,
    Split,
    Undo,
    Update,
    parse_message,
)
from argmap.editor.view import DOUBT_BELOW, EDITABLE_KINDS, DiagramCache, build_view
from argmap.formats.io import save as save_map
from argmap.model import EvidenceType

if TYPE_CHECKING:
    from argmap.model import ArgumentMap
    from argmap.model.editing import MapEditor

__all__ = ["EditorSession"]


def _gist(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


class EditorSession:
    """A map being edited: the editing API, the selection and the file to save to.

    Parameters
    ----------
    editor:
        The :class:`~argmap.model.editing.MapEditor` that makes every change.
    path:
        Where ``save`` (and the front end's save button) writes the map.
    doubt_below:
        Drafted items below this confidence are shown as doubtful.
    diagram:
        False skips drawing the diagram (no Graphviz run).
    direction:
        How the diagram is laid out (Graphviz ``rankdir``; see
        :func:`~argmap.editor.view.diagram_svg`).
    """

    def __init__(
        self,
        editor: MapEditor,
        *,
        path: str | Path | None = None,
        doubt_below: float = DOUBT_BELOW,
        diagram: bool = True,
        direction: str = "RL",
    ) -> None:
        self.edits = editor
        self.path = Path(path) if path is not None else None
        self.doubt_below = doubt_below
        self.diagram = diagram
        self.direction = direction
        self.selected: str | None = None
        self.revision = 0
        #: Diagrams drawn before, by DOT text: a message that leaves the drawing as it
        #: was (a selection, undo to an earlier state) needs no new Graphviz run.
        self.diagrams = DiagramCache()

    @property
    def map(self) -> ArgumentMap:
        """The current, validated map."""
        return self.edits.map

    # -- acting on front-end messages ---------------------------------------

    def apply(self, content: object) -> str:
        """Check one front-end message, act on it and return a line saying what was done.

        Raises :class:`~argmap.editor.messages.EditorMessageError` for a
        malformed message and the editing API's own
        :class:`~argmap.errors.ArgmapError` for an act it refuses (an
        unknown id, say); either way the map is unchanged.
        """
        return self.handle(parse_message(content))

    def handle(self, msg: Message) -> str:
        """Act on a checked message (see :meth:`apply`)."""
        if isinstance(msg, Select):
            return self._select(msg.id)
        if isinstance(msg, Add):
            return self._add(msg)
        if isinstance(msg, Update):
            return self._update(msg)
        if isinstance(msg, Retype):
            self._need(msg.id, statement=True)
            new = self.edits.retype(msg.id, msg.kind)
            if self.selected == msg.id:
                self.selected = new
            article = "an" if msg.kind[0] in "aeiou" else "a"
            return f"{msg.id} is now {article} {msg.kind}" + (f" ({new})" if new != msg.id else "")
        if isinstance(msg, Remove):
            return self._remove(msg.id)
        if isinstance(msg, Link):
            iid = self.edits.link(list(msg.premises), msg.conclusion, polarity=msg.polarity)
            self.selected = iid
            how = "undercuts" if msg.conclusion in self._inference_ids() else f"{msg.polarity}s"
            return f"Linked {iid}: {' + '.join(msg.premises)} {how} {msg.conclusion}"
        if isinstance(msg, AddPremise):
            self.edits.add_premise(msg.inference, msg.premise)
            return f"{msg.premise} is now a co-premise in {msg.inference}"
        if isinstance(msg, RemovePremise):
            self.edits.remove_premise(msg.inference, msg.premise)
            return f"{msg.premise} taken out of {msg.inference}"
        if isinstance(msg, Split):
            self._need(msg.id, statement=True)
            first, second = self.edits.split(msg.id, at=msg.at)
            self.selected = second
            return f"Split {first}: its later words are now {second}"
        if isinstance(msg, Merge):
            self._need(msg.keep, statement=True)
            self._need(msg.fold, statement=True)
            self.edits.merge(msg.keep, msg.fold)
            self.selected = msg.keep
            return f"Merged {msg.fold} into {msg.keep}"
        if isinstance(msg, Accept):
            self._need(msg.id)
            self.edits.accept(msg.id)
            self.selected = self._next_to_review(msg.id)
            return f"Accepted {msg.id}"
        if isinstance(msg, Reject):
            self._need(msg.id)
            following = self._next_to_review(msg.id)
            self.edits.reject(msg.id)
            self.selected = following if following in self.map else None
            return f"Rejected {msg.id}"
        if isinstance(msg, Undo):
            return self.undo()
        if isinstance(msg, Redo):
            return self.redo()
        if isinstance(msg, Save):
            if self.path is None:
                raise EditorMessageError(
                    "this editor has no file to save to: open it with "
                    "argmap.Editor(..., path='map.yaml') or call editor.save('map.yaml')"
                )
            return f"Saved to {self.save()}"
        raise EditorMessageError(f"the editor cannot act on {msg!r}")  # pragma: no cover

    def _select(self, ref: str | None) -> str:
        if ref is not None and ref not in self.map:
            raise EditorMessageError(f"no statement or inference {ref!r} in the map to select")
        self.selected = ref
        return f"Selected {ref}" if ref else ""

    def _add(self, msg: Add) -> str:
        text = self.map.source.text
        if text is None:
            raise EditorMessageError("the map has no source text to take words from")
        if msg.kind not in EDITABLE_KINDS:
            raise EditorMessageError(
                f"cannot add a statement of kind {msg.kind!r}; use one of: "
                f"{', '.join(EDITABLE_KINDS)}"
            )
        # The editing API checks the offsets and leaves out spaces at either end;
        # it refuses a span without words, so the placeholder is never stored.
        paraphrase = " ".join(text[msg.start : msg.end].split()) or "(no words)"
        sid = self.edits.add(msg.kind, paraphrase, span=(msg.start, msg.end))
        words = self.map.statement(sid).spans[0].quote
        self.selected = sid
        return f"Added {sid} ({msg.kind}): “{_gist(words)}”"

    def _update(self, msg: Update) -> str:
        self._need(msg.id, statement=True)
        ref, field, value = msg.id, msg.field, msg.value
        if field == "implicit":
            if not isinstance(value, bool):
                raise EditorMessageError("'implicit' takes true or false")
            self.edits.update(ref, implicit=value)
            return f"{ref}: " + ("implicit" if value else "stated in the text")
        if isinstance(value, bool):
            raise EditorMessageError(f"{field!r} takes a text, not {value}")
        text = value.strip() or None if isinstance(value, str) else None
        if field == "text":
            if text is None:
                raise EditorMessageError(f"the text of {ref} cannot be empty")
            self.edits.update(ref, text=text)
        elif field == "title":
            self.edits.update(ref, title=text)
        elif field == "attributed_to":
            self.edits.update(ref, attributed_to=text)
        else:
            known = [e.value for e in EvidenceType]
            if text is not None and text not in known:
                raise EditorMessageError(
                    f"unknown evidence type {text!r}; use one of: {', '.join(known)}"
                )
            self.edits.update(ref, evidence_type=text)
        what = {"attributed_to": "speaker", "evidence_type": "evidence type"}.get(field, field)
        return f"{ref}: {what} " + ("cleared" if text is None else "set")

    def _remove(self, ref: str) -> str:
        self._need(ref)
        if ref in self._inference_ids():
            self.edits.unlink(ref)
        else:
            self.edits.remove(ref)
        if self.selected == ref:
            self.selected = None
        return f"Deleted {ref}"

    def _need(self, ref: str, *, statement: bool = False) -> None:
        if statement and ref in self._inference_ids():
            raise EditorMessageError(f"{ref!r} is a link, not a statement")
        if ref not in self.map:
            raise EditorMessageError(f"no statement or inference {ref!r} in the map")

    def _inference_ids(self) -> set[str]:
        return {i.id for i in self.map.inferences}

    def _next_to_review(self, ref: str) -> str | None:
        queue = self.edits.doubtful()
        if ref in queue:
            at = queue.index(ref)
            rest = queue[at + 1 :] + queue[:at]
        else:
            rest = list(queue)
        return rest[0] if rest else None

    # -- history and files ---------------------------------------------------

    def undo(self) -> str:
        """Undo the last change; say what was undone."""
        if not self.edits.can_undo:
            raise EditorMessageError("nothing to undo")
        what = self.edits.history[-1] if self.edits.history else "the last change"
        self.edits.undo()
        self._forget_missing()
        return f"Undone: {what}"

    def redo(self) -> str:
        """Redo the last undone change."""
        if not self.edits.can_redo:
            raise EditorMessageError("nothing to redo")
        self.edits.redo()
        self._forget_missing()
        what = self.edits.history[-1] if self.edits.history else "the change"
        return f"Redone: {what}"

    def _forget_missing(self) -> None:
        if self.selected is not None and self.selected not in self.map:
            self.selected = None

    def save(self, path: str | Path | None = None) -> Path:
        """Write the map to ``path`` (default: the session's) atomically; return the path."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise EditorMessageError("say where to save: editor.save('map.yaml')")
        save_map(self.map, target)
        return target

    # -- what the front end draws -------------------------------------------------

    def view(self) -> dict[str, Any]:
        """The front end's data for the current map (a new revision each call)."""
        self.revision += 1
        self._forget_missing()
        data = build_view(
            self.map,
            doubtful=list(self.edits.doubtful()),
            doubt_below=self.doubt_below,
            diagram=self.diagram,
            direction=self.direction,
            cache=self.diagrams,
        )
        data.update(
            revision=self.revision,
            selected=self.selected,
            path=str(self.path) if self.path is not None else None,
            can_undo=self.edits.can_undo,
            can_redo=self.edits.can_redo,
        )
        return data
