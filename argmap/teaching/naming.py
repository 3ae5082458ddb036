"""How statements are named in a sentence of feedback: by kind and by their words.

>>> from argmap.model import Claim, Premise
>>> join_names([label(Claim(id="C1", text="Delay costs.")), "'Act now'", "'Wait'"])
"'Delay costs', 'Act now' and 'Wait'"
"""

from __future__ import annotations

from argmap.model import Evidence, StatementBase

__all__ = ["describe_kind", "join_names", "kind_of", "label"]

_MAX_WORDS = 9


def kind_of(s: StatementBase) -> str:
    """A statement's ``kind`` (every concrete statement class defines one)."""
    return s.kind


def label(s: StatementBase) -> str:
    """A statement's short name in quotes: its title, or its first words.

    >>> from argmap.model import Claim
    >>> label(Claim(id="C1", text="The treaty was a turning point in the story of the two towns."))
    "'The treaty was a turning point in the story…'"
    """
    text = s.title or s.text
    words = " ".join(text.split()).rstrip(" .;:,").split(" ")
    short = " ".join(words[:_MAX_WORDS]) + ("…" if len(words) > _MAX_WORDS else "")
    return f"'{short}'"


def describe_kind(s: StatementBase, *, article: bool = True) -> str:
    """How a statement's kind reads in a sentence: ``"a claim"``, ``"evidence (testimony)"``.

    >>> from argmap.model import Evidence, Premise
    >>> describe_kind(Evidence(id="E1", text="x", evidence_type="expert_opinion"))
    'evidence (expert opinion)'
    >>> describe_kind(Premise(id="P1", text="x", implicit=True))
    'an unstated premise'
    """
    if isinstance(s, Evidence):
        kind = "evidence"
        if s.evidence_type is not None:
            kind += f" ({s.evidence_type.value.replace('_', ' ')})"
        return kind
    if kind_of(s) == "thesis":
        return "the thesis" if article else "thesis"
    word = f"unstated {kind_of(s)}" if s.implicit else kind_of(s)
    if not article:
        return word
    return ("an " if word[0] in "aeiou" else "a ") + word


def join_names(names: list[str]) -> str:
    """``'A'``, ``'A' and 'B'``, ``'A', 'B' and 'C'``."""
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
