"""Changing the fields of one statement or inference in a map document."""

from __future__ import annotations

import enum
from typing import Any, Final

from argmap.errors import EditError
from argmap.model._doc import Doc, find_inference, find_statement

__all__ = ["UNSET", "Unset", "apply_update"]


class Unset(enum.Enum):
    """The type of :data:`UNSET`: "leave this field as it is"."""

    UNSET = "unset"

    def __repr__(self) -> str:
        return "UNSET"


#: The default of :meth:`MapEditor.update`'s fields: not given, left as it is
#: (``None`` clears a field instead).
UNSET: Final = Unset.UNSET

_STATEMENT_ONLY = frozenset({"text", "attributed_to", "evidence_type", "implicit", "spans"})
_INFERENCE_ONLY = frozenset({"scheme", "polarity"})


def apply_update(doc: Doc, ref: str, fields: dict[str, Any]) -> list[str]:
    """Set ``fields`` on item ``ref`` of ``doc``; returns the names whose value changed."""
    if not fields:
        raise EditError("update needs at least one field to change", ref=ref)
    if any(i["id"] == ref for i in doc["inferences"]):
        _, item = find_inference(doc, ref)
        wrong = sorted(set(fields) & _STATEMENT_ONLY)
        if wrong:
            shown = ", ".join("quote" if w == "spans" else w for w in wrong)
            raise EditError(f"{ref} is an inference: it has no {shown}", ref=ref)
    else:
        _, item = find_statement(doc, ref)
        wrong = sorted(set(fields) & _INFERENCE_ONLY)
        if wrong:
            raise EditError(
                f"{ref} is a statement: only inferences have {', '.join(wrong)}", ref=ref
            )
        if "evidence_type" in fields and item["kind"] != "evidence":
            raise EditError(
                f"only evidence has an evidence_type; {ref} is a {item['kind']} "
                f"(retype it to evidence first)",
                ref=ref,
            )
    changed = [k for k, v in fields.items() if item.get(k) != v]
    item.update(fields)
    return changed
