"""Editing a map: add, retype, relink, merge, split and renumber, with undo.

:func:`edit` starts a :class:`MapEditor` from a map (a hand-made one, a
loaded file or a draft) or from a bare text. Every operation either leaves
``editor.map`` a new, valid map, or raises one :class:`~argmap.EditError`
naming the id or quote concerned and changes nothing. Maps are never changed
in place: the map you started from stays as it was, and :meth:`MapEditor.undo`
gives back exactly the map before the last operation.

Examples
--------
>>> ed = edit(text="We must act now. Waiting costs more than acting.", title="Act")
>>> t = ed.add("thesis", "Act now", quote="we must act now")
>>> c = ed.add("claim", "Delay is dearer", quote="waiting costs more")
>>> i = ed.link([c], t)
>>> ed.map.statement(c).spans[0].quote
'Waiting costs more'
>>> ed.retype(c, "premise")
'P1'
>>> [(x.premises, x.conclusion) for x in ed.map.inferences]
[(['P1'], 'T1')]
>>> ed.undo()
'retype C1 to premise (P1)'
>>> ed.history
['add T1 (thesis)', 'add C1 (claim)', 'link I1: C1 supports T1']
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any, Literal

from argmap.errors import EditError
from argmap.model import _doc, _restructure
from argmap.model._doc import Quote, SpanOffsets
from argmap.model._update import UNSET, Unset, apply_update
from argmap.model.argument_map import ArgumentMap
from argmap.model.history import Undoable
from argmap.model.inference import Polarity
from argmap.model.source import Source
from argmap.model.statements import ID_PREFIXES, KINDS, STATEMENT_CLASSES

__all__ = ["MapEditor", "edit"]


def edit(
    amap: ArgumentMap | None = None,
    *,
    text: str | None = None,
    title: str | None = None,
    source: Source | None = None,
) -> MapEditor:
    """A :class:`MapEditor` over ``amap``, or over an empty map of a text.

    Examples
    --------
    >>> ed = edit(text="Seoul ended the pact.", title="The pact")
    >>> ed.map.source.title, len(ed.map)
    ('The pact', 0)
    """
    if amap is not None:
        if text is not None or title is not None or source is not None:
            raise TypeError("pass a map, or text=/title=/source= for a new one, not both")
        return MapEditor(amap)
    if source is not None and (text is not None or title is not None):
        raise TypeError("pass source=, or text= and title=, not both")
    return MapEditor(ArgumentMap(source=source or Source(title=title, text=text)))


class MapEditor(Undoable):
    """Edits one map, keeping a history for undo and redo.

    ``editor.map`` is the current map: a new object after each operation,
    never changed in place (do not change it in place either; edit through
    the editor). Statement ids follow their kind (``C3`` is a claim): a new
    statement gets its kind's prefix and one more than the highest number
    used with it, an inference ``I`` and a number.
    """

    # -- statements --------------------------------------------------------------

    def add(
        self,
        kind: str,
        text: str,
        *,
        quote: Quote | None = None,
        span: SpanOffsets | None = None,
        title: str | None = None,
        attributed_to: str | None = None,
        evidence_type: str | None = None,
        implicit: bool = False,
        id: str | None = None,
    ) -> str:
        """Add a statement of ``kind`` and return its id.

        ``quote`` anchors it to the source (one quote or several; matched
        tolerantly, the first occurrence wins), ``span`` to the words between
        two offsets instead. ``id`` is generated from the kind when not
        given (``C4`` after ``C3``).

        Examples
        --------
        >>> ed = edit(text="Tokyo’s reply was cold.")
        >>> ed.add("evidence", "Tokyo was cold", quote="Tokyo's reply", evidence_type="fact")
        'E1'
        >>> ed.map.statement("E1").spans[0].quote
        'Tokyo’s reply'
        """
        if kind not in STATEMENT_CLASSES:
            close = difflib.get_close_matches(kind, KINDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise EditError(
                f"unknown statement kind {kind!r}{hint}; use one of: {', '.join(KINDS)}"
            )
        doc = self._document()
        used = _doc.used_ids(doc)
        if id is None:
            id = _doc.next_id(used, ID_PREFIXES[kind])
        elif id in used:
            raise EditError(f"id {id!r} is already used; pick another or leave id= out", ref=id)
        if evidence_type is not None and kind != "evidence":
            raise EditError(f"only evidence has an evidence_type, not a {kind}", ref=id)
        item: dict[str, Any] = {"id": id, "kind": kind, "text": text, "implicit": implicit}
        item["spans"] = _doc.spans_for(self._map.source.text, id, quote=quote, span=span)
        item.update(title=title, attributed_to=attributed_to)
        if kind == "evidence":
            item["evidence_type"] = evidence_type
        doc["statements"].append(item)
        self._commit(doc, f"add {id} ({kind})")
        return id

    def retype(self, ref: str, kind: str, *, renumber_id: bool = True) -> str:
        """Change statement ``ref`` to ``kind``; returns its id, which follows the kind.

        An id made of the old kind's prefix and a number (``C2``) becomes the
        next id of the new kind (``CC3``) everywhere it is used, unless
        ``renumber_id=False``. Fields the new kind lacks (an evidence type, a
        question's target) are dropped, and the history entry names them.

        Examples
        --------
        >>> ed = edit(text="x")
        >>> _ = ed.add("claim", "Talks failed")
        >>> ed.retype("C1", "evidence")
        'E1'
        """
        if kind not in STATEMENT_CLASSES:
            raise EditError(f"unknown statement kind {kind!r}; use one of: {', '.join(KINDS)}")
        doc = self._document()
        n, item = _doc.find_statement(doc, ref)
        old_kind = item["kind"]
        if old_kind == kind:
            return ref
        fields = STATEMENT_CLASSES[kind].model_fields
        defaults = STATEMENT_CLASSES[old_kind].model_fields
        dropped = [
            k
            for k in item
            if k not in fields and item[k] != defaults[k].get_default(call_default_factory=True)
        ]
        doc["statements"][n] = {k: v for k, v in item.items() if k in fields} | {"kind": kind}
        new = ref
        if renumber_id and _doc.is_numbered(ref, ID_PREFIXES[old_kind]):
            new = _doc.next_id(_doc.used_ids(doc), ID_PREFIXES[kind])
            _doc.rename(doc, {ref: new})
        note = f" ({new})" if new != ref else ""
        if dropped:
            note += f"; dropped {', '.join(dropped)}"
        self._commit(doc, f"retype {ref} to {kind}{note}")
        return new

    def update(
        self,
        ref: str,
        *,
        text: str | Unset = UNSET,
        title: str | Unset | None = UNSET,
        attributed_to: str | Unset | None = UNSET,
        evidence_type: str | Unset | None = UNSET,
        implicit: bool | Unset = UNSET,
        quote: Quote | Unset | None = UNSET,
        span: SpanOffsets | Unset | None = UNSET,
        note: str | Unset | None = UNSET,
        scheme: str | Unset | None = UNSET,
        polarity: Polarity | Unset = UNSET,
    ) -> None:
        """Change fields of statement (or inference) ``ref``; fields left out stay.

        ``None`` clears a field; ``quote=None`` (or ``span=None``) removes
        the statement's spans, a new ``quote`` or ``span`` replaces them.
        ``scheme`` and ``polarity`` are for inferences; ``title`` and
        ``note`` for both.

        Examples
        --------
        >>> ed = edit(text="Exports fell by a tenth.")
        >>> _ = ed.add("evidence", "Exports fell")
        >>> ed.update("E1", quote="exports fell", evidence_type="statistic")
        >>> ed.map.statement("E1").spans[0].start, ed.history[-1]
        (0, 'update E1 (evidence_type, quote)')
        """
        given: dict[str, Any] = {
            k: v
            for k, v in {
                "text": text,
                "title": title,
                "attributed_to": attributed_to,
                "evidence_type": evidence_type,
                "implicit": implicit,
                "note": note,
                "scheme": scheme,
                "polarity": polarity,
            }.items()
            if v is not UNSET
        }
        doc = self._document()
        spans_given = quote is not UNSET or span is not UNSET
        if spans_given:
            old_spans = _doc.find_statement(doc, ref)[1]["spans"]
            near = min((s["start"] or 0 for s in old_spans), default=0)
            q = None if isinstance(quote, Unset) else quote
            o = None if isinstance(span, Unset) else span
            given["spans"] = _doc.spans_for(self._map.source.text, ref, quote=q, span=o, near=near)
        changed = apply_update(doc, ref, given)
        if not changed:
            return
        shown = sorted({"quote" if k == "spans" else k for k in changed})
        self._commit(doc, f"update {ref} ({', '.join(shown)})")

    def remove(self, ref: str, *, inferences: Literal["drop", "reattach"] = "drop") -> None:
        """Remove statement ``ref`` (or inference ``ref``) and what depends on it.

        With ``inferences="drop"`` the inferences into ``ref`` go, and ``ref``
        leaves the premises of the inferences it took part in (an inference
        left without premises goes too). With ``"reattach"`` the supporting
        inferences into ``ref`` are repointed to what ``ref`` supported or
        attacked, so ``E1 -> C2 -> T1`` becomes ``E1 -> T1``. Undercuts of
        removed inferences are removed; questions about them lose their target.

        Examples
        --------
        >>> ed = edit(text="x")
        >>> t = ed.add("thesis", "t"); c = ed.add("claim", "c"); e = ed.add("evidence", "e")
        >>> _ = ed.link([c], t); _ = ed.link([e], c)
        >>> ed.remove("C1", inferences="reattach")
        >>> [(i.id, i.premises, i.conclusion) for i in ed.map.inferences]
        [('I2', ['E1'], 'T1')]
        """
        if inferences not in ("drop", "reattach"):
            raise EditError(f"inferences= takes 'drop' or 'reattach', not {inferences!r}", ref=ref)
        doc = self._document()
        if any(i["id"] == ref for i in doc["inferences"]):
            self.unlink(ref)
            return
        _doc.find_statement(doc, ref)
        gone = _restructure.remove_statement(doc, ref, reattach=inferences == "reattach")
        also = f" and {', '.join(gone)}" if gone else ""
        self._commit(doc, f"remove {ref}{also}")

    # -- inferences --------------------------------------------------------------

    def link(
        self,
        premises: str | Sequence[str],
        conclusion: str,
        *,
        polarity: Polarity = "support",
        scheme: str | None = None,
        title: str | None = None,
        id: str | None = None,
    ) -> str:
        """Add an inference from ``premises`` (several: a linked argument) to ``conclusion``.

        A ``conclusion`` that is an inference id makes an undercut, which
        must have ``polarity="attack"``. Returns the new inference's id.

        Examples
        --------
        >>> ed = edit(text="x")
        >>> t = ed.add("thesis", "t"); cc = ed.add("counterclaim", "cc")
        >>> ed.link(cc, t, polarity="attack")
        'I1'
        """
        doc = self._document()
        plist = [premises] if isinstance(premises, str) else list(premises)
        _restructure.check_link(doc, plist, conclusion, polarity)
        used = _doc.used_ids(doc)
        if id is None:
            id = _doc.next_id(used, "I")
        elif id in used:
            raise EditError(f"id {id!r} is already used; pick another or leave id= out", ref=id)
        doc["inferences"].append(
            {
                "id": id,
                "premises": plist,
                "conclusion": conclusion,
                "polarity": polarity,
                "scheme": scheme,
                "title": title,
            }
        )
        verb = "supports" if polarity == "support" else "attacks"
        self._commit(doc, f"link {id}: {' + '.join(plist)} {verb} {conclusion}")
        return id

    def add_premise(self, inference: str, premise: str) -> None:
        """Add ``premise`` to ``inference``, making (or widening) a linked argument."""
        doc = self._document()
        _, inf = _doc.find_inference(doc, inference)
        _doc.find_statement(doc, premise)
        if premise in inf["premises"]:
            raise EditError(f"{premise!r} is already a premise of {inference}", ref=inference)
        if premise == inf["conclusion"]:
            raise EditError(f"{premise!r} is {inference}'s conclusion", ref=inference)
        inf["premises"].append(premise)
        self._commit(doc, f"add premise {premise} to {inference}")

    def remove_premise(self, inference: str, premise: str) -> None:
        """Take ``premise`` out of ``inference`` (which keeps at least one premise)."""
        doc = self._document()
        _, inf = _doc.find_inference(doc, inference)
        if premise not in inf["premises"]:
            raise EditError(f"{premise!r} is not a premise of {inference}", ref=inference)
        if len(inf["premises"]) == 1:
            raise EditError(
                f"{premise!r} is the only premise of {inference}; use unlink({inference!r})",
                ref=inference,
            )
        inf["premises"].remove(premise)
        self._commit(doc, f"remove premise {premise} from {inference}")

    def unlink(self, inference: str) -> None:
        """Remove ``inference`` and the undercuts aimed at it."""
        doc = self._document()
        _doc.find_inference(doc, inference)
        gone = _doc.drop_inferences(doc, [inference])
        others = [g for g in gone if g != inference]
        also = f" and {', '.join(others)}" if others else ""
        self._commit(doc, f"unlink {inference}{also}")

    # -- restructuring -----------------------------------------------------------

    def merge(self, keep: str, fold: str) -> None:
        """Fold statement ``fold`` into ``keep``: spans and links move to ``keep``.

        ``keep`` keeps its wording; ``fold``'s spans and tags are added to
        it, its inferences and questions are repointed to ``keep``, and
        ``fold`` is gone. An inference that would link ``keep`` to itself is
        removed, one that would repeat another is folded into it.

        Examples
        --------
        >>> ed = edit(text="x")
        >>> t = ed.add("thesis", "t"); a = ed.add("claim", "a"); b = ed.add("claim", "b")
        >>> _ = ed.link([b], t)
        >>> ed.merge("C1", "C2")
        >>> [(i.premises, i.conclusion) for i in ed.map.inferences]
        [(['C1'], 'T1')]
        """
        doc = self._document()
        _doc.find_statement(doc, keep)
        _doc.find_statement(doc, fold)
        if keep == fold:
            raise EditError("cannot merge a statement into itself", ref=keep)
        gone = _restructure.merge(doc, keep, fold)
        also = f" (removed {', '.join(gone)})" if gone else ""
        self._commit(doc, f"merge {fold} into {keep}{also}")

    def split(self, ref: str, *, at: str | int) -> tuple[str, str]:
        """Cut statement ``ref`` in two where its words ``at`` start (or at offset ``at``).

        ``at`` is a quote of the words that open the second part, or an
        offset into the source text inside one of ``ref``'s spans. The first
        part keeps ``ref``'s id, wording and links; the second is a new
        statement of the same kind, worded by its quote. Returns both ids.

        Examples
        --------
        >>> ed = edit(text="Talks failed and trade fell.")
        >>> _ = ed.add("claim", "Things got worse", quote="Talks failed and trade fell")
        >>> ed.split("C1", at="trade fell")
        ('C1', 'C2')
        >>> [s.spans[0].quote for s in ed.map.statements]
        ['Talks failed and', 'trade fell']
        """
        doc = self._document()
        _, item = _doc.find_statement(doc, ref)
        new = _doc.next_id(_doc.used_ids(doc), ID_PREFIXES[item["kind"]])
        _restructure.split(doc, ref, at, new)
        self._commit(doc, f"split {ref} at {at!r} into {ref} and {new}")
        return ref, new

    def renumber(self) -> dict[str, str]:
        """Give every id its kind's prefix, numbered in order of the text.

        Statements are numbered per kind by where their first span starts
        (those without spans after, in map order); inferences ``I1`` ...
        by where their premises start. Returns ``{old: new}`` for every id
        that changed (empty, and no history entry, when none did).

        Examples
        --------
        >>> ed = edit(text="a b")
        >>> _ = ed.add("claim", "second", quote="b", id="x")
        >>> _ = ed.add("claim", "first", quote="a")
        >>> ed.renumber()
        {'x': 'C2'}
        """
        doc = self._document()
        mapping = _restructure.renumbering(doc)
        if not mapping:
            return {}
        _doc.rename(doc, mapping)
        self._commit(doc, f"renumber {len(mapping)} id{'s' if len(mapping) != 1 else ''}")
        return mapping

    # -- drafts ------------------------------------------------------------------

    def doubtful(self) -> list[str]:
        """Ids of drafted statements and inferences (with a ``confidence``), least sure first.

        Examples
        --------
        >>> ed = edit(text="x")
        >>> ed.doubtful()
        []
        """
        items = [
            (x.confidence, n, x.id)
            for n, x in enumerate([*self._map.statements, *self._map.inferences])
            if x.confidence is not None
        ]
        return [ref for _, _, ref in sorted(items)]

    def accept(self, ref: str) -> None:
        """Accept a drafted statement or inference: its ``confidence`` becomes ``None``.

        The ``cue`` (why the drafter proposed it) is kept. Accepting
        something that is not in doubt changes nothing.
        """
        doc = self._document()
        item = _restructure.find_any(doc, ref)
        if item.get("confidence") is None:
            return
        item["confidence"] = None
        self._commit(doc, f"accept {ref}")

    def reject(self, ref: str) -> None:
        """Reject a drafted statement (removed with its links) or inference (unlinked)."""
        doc = self._document()
        _restructure.find_any(doc, ref)
        if any(i["id"] == ref for i in doc["inferences"]):
            gone = _doc.drop_inferences(doc, [ref])
            gone.remove(ref)
        else:
            gone = _restructure.remove_statement(doc, ref, reattach=False)
        also = f" and {', '.join(gone)}" if gone else ""
        self._commit(doc, f"reject {ref}{also}")

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None, **kwargs: Any
    ) -> dict[str, Any]:
        """Show the current map in Jupyter."""
        return self._map._repr_mimebundle_(include=include, exclude=exclude)
