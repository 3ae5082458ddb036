"""What an importer could not hold, gathered and reported in one warning.

Every reader of a foreign format (AIF, arggraph, BRAT, SADFace, Kialo, OVA)
collects what it leaves out here, grouped by what it is and why, and warns
once at the end with an :class:`~argmap.errors.ArgmapWarning` that lists it
all, so nothing is lost silently and the user reads one message, not fifty.

>>> left = LeftOut()
>>> left.add("RA node", "without a premise", "'r1'")
>>> left.add("RA node", "without a premise", "'r7'")
>>> left.note("keys 'OVA'")
>>> left.parts()
["2 RA nodes without a premise: 'r1', 'r7'", "keys 'OVA'"]
>>> "r7" in left
True
"""

from __future__ import annotations

import warnings

from argmap.errors import ArgmapWarning

__all__ = ["LeftOut", "listing", "plural"]


def plural(n: int, word: str) -> str:
    """``"1 node"``, ``"3 nodes"``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def listing(keys: list[str], limit: int = 8) -> str:
    """The first ``limit`` of ``keys``, and how many more there are."""
    shown = ", ".join(keys[:limit])
    return shown + (f" and {len(keys) - limit} more" if len(keys) > limit else "")


class LeftOut:
    """Items left out of an import, grouped by ``(noun, why)``, plus free notes."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], list[str]] = {}
        self._notes: list[str] = []

    def add(self, noun: str, why: str, label: str) -> None:
        """Record one ``noun`` (``"edge"``, ``"RA node"``) left out because ``why``."""
        self._groups.setdefault((noun, why), []).append(label)

    def note(self, text: str) -> None:
        """Record something left out that is already worded (``"keys 'OVA'"``)."""
        self._notes.append(text)

    def __bool__(self) -> bool:
        return bool(self._groups or self._notes)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and any(text in part for part in self.parts())

    def labels(self, noun: str, why: str) -> list[str]:
        """The labels recorded under ``(noun, why)``."""
        return list(self._groups.get((noun, why), []))

    def parts(self) -> list[str]:
        """One phrase per group, then the notes, in the order they were first met."""
        grouped = [
            f"{plural(len(labels), noun)} {why}: {listing(labels)}"
            for (noun, why), labels in self._groups.items()
        ]
        return grouped + self._notes

    def warn(self, what: str, *, source: str | None, stacklevel: int = 3) -> None:
        """Warn once, ``"<source>: <what> was left out: ..."``, when anything was."""
        if not self:
            return
        where = f"{source}: " if source else ""
        warnings.warn(
            f"{where}{what} was left out: " + "; ".join(self.parts()),
            ArgmapWarning,
            stacklevel=stacklevel + 1,
        )
