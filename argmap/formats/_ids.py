"""Node ids of foreign formats as argmap ids.

Files from other tools name nodes with numbers, numeric strings, UUIDs or
free text. :func:`id_text` reads any of them as text; :func:`safe_id` keeps
an id that is a valid argmap id and otherwise makes one (``n`` plus a cleaned
form), unique among those already ``taken``.

>>> id_text(58779), id_text(" a1 "), id_text(True), id_text(None)
('58779', 'a1', None, None)
>>> taken = set()
>>> safe_id("a1", taken), safe_id("node one", taken), safe_id("node_one", taken)
('a1', 'nnode_one', 'node_one')
>>> safe_id("node one", taken), safe_id("a1", taken)
('nnode_one.2', 'na1')
"""

from __future__ import annotations

from typing import Any

from argmap.model.statements import ID_MAX_LENGTH, NOT_ID_CHARS, is_id

__all__ = ["id_text", "safe_id"]


def id_text(value: Any) -> str | None:
    """A node id (number or string) as stripped text; ``None`` when it is no id."""
    kind = type(value)
    if kind is str:  # the common case first: this runs for every node and edge end
        text = value.strip()
        return text or None
    if kind is int:
        return str(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float, str)):
        text = str(value).strip()
        return text or None
    return None


def safe_id(key: str, taken: set[str]) -> str:
    """``key`` if it is a valid argmap id, else ``n`` plus a cleaned form; added to ``taken``."""
    # Fast path for the common numeric or plain ids (ASCII letters and digits are id-safe).
    if key.isascii() and key.isalnum() and len(key) <= ID_MAX_LENGTH and key not in taken:
        taken.add(key)
        return key
    if is_id(key) and key not in taken:
        taken.add(key)
        return key
    base = "n" + NOT_ID_CHARS.sub(lambda m: "_" * len(m.group()), key)[:150]
    ref, k = base, 1
    while ref in taken:
        k += 1
        ref = f"{base}.{k}"
    taken.add(ref)
    return ref
