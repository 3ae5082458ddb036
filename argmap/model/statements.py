"""Statements: the boxes of an argument map, one class per kind.

The ``kind`` field is the discriminator: ``thesis``, ``claim``, ``premise``,
``counterclaim``, ``rebuttal``, ``evidence`` and ``question`` (an open
critical question). The kind is what the *author* presents a sentence as;
what it *does* is said by the inferences it takes part in.

>>> from pydantic import TypeAdapter
>>> s = TypeAdapter(Statement).validate_python(
...     {"id": "E1", "kind": "evidence", "text": "Exports fell 10%", "evidence_type": "statistic"}
... )
>>> type(s).__name__, s.evidence_type.value
('Evidence', 'statistic')
"""

from __future__ import annotations

import enum
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from argmap.errors import EditError
from argmap.model.source import Span

__all__ = [
    "ID_PATTERN",
    "ID_PREFIXES",
    "KINDS",
    "Claim",
    "Counterclaim",
    "Evidence",
    "EvidenceType",
    "Premise",
    "Question",
    "Rebuttal",
    "Statement",
    "StatementBase",
    "Thesis",
]

#: What an id may look like: letters, digits and ``_ . : -``, starting with a
#: letter, digit or underscore. Safe in every output format argmap writes.
ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.:\-]*$"

Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]


class EvidenceType(str, enum.Enum):
    """What kind of backing a piece of evidence is."""

    STATISTIC = "statistic"
    """Numbers: counts, percentages, survey results."""
    EXAMPLE = "example"
    """An anecdote or example: one concrete case."""
    TESTIMONY = "testimony"
    """What a named party said (a quote or a reported statement)."""
    EXPERT_OPINION = "expert_opinion"
    """The judgement of someone with expertise in the matter."""
    COMMON_GROUND = "common_ground"
    """Something the readers are expected to accept without argument."""
    FACT = "fact"
    """A documented fact or event: a date, a decision, a treaty."""
    STUDY = "study"
    """Research findings: a study, report or survey by an institution."""


class StatementBase(BaseModel):
    """Fields every statement has, whatever its kind."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    def __setattr__(self, name: str, value: Any) -> None:
        # The kind is the class: assigning it would change nothing, so refuse it.
        if name == "kind":
            kind = getattr(self, "kind", None)
            raise EditError(
                f"the kind of a statement cannot be assigned (it is a {kind!r}); "
                f"use argmap.edit(amap).retype({self.id!r}, {value!r}), which also "
                "renumbers its id",
                ref=self.id,
            )
        super().__setattr__(name, value)

    id: Id = Field(description="Stable identifier, unique in the map (e.g. 'C3').")
    text: str = Field(min_length=1, description="The analyst's wording (a paraphrase).")
    title: str | None = Field(default=None, description="A short label, e.g. an Argdown title.")
    spans: list[Span] = Field(
        default_factory=list, description="Where the statement stands in the source."
    )
    attributed_to: str | None = Field(
        default=None, description="Who holds this view when it is not the author."
    )
    implicit: bool = Field(
        default=False, description="An unstated premise supplied by the analyst."
    )
    accepted: bool = Field(default=False, description="Accepted common ground: needs no support.")
    tags: list[str] = Field(default_factory=list)
    note: str | None = None
    ignore: list[str] = Field(
        default_factory=list, description="Check codes not to report for this statement."
    )
    confidence: float | None = Field(
        default=None, ge=0.0, le=1.0, description="How sure a drafter was of this proposal."
    )
    cue: str | None = Field(default=None, description="What made a drafter propose it.")
    data: dict[str, JsonValue] = Field(
        default_factory=dict, description="Extra data carried through conversions."
    )


class Thesis(StatementBase):
    """The editorial's main claim: what the author wants the reader to accept."""

    kind: Literal["thesis"] = "thesis"


class Claim(StatementBase):
    """An intermediate conclusion that, in turn, supports something else."""

    kind: Literal["claim"] = "claim"


class Premise(StatementBase):
    """A reason offered for a claim, not itself argued for."""

    kind: Literal["premise"] = "premise"


class Counterclaim(StatementBase):
    """An opposing view the author reports (usually to answer it)."""

    kind: Literal["counterclaim"] = "counterclaim"


class Rebuttal(StatementBase):
    """The author's answer to a counterclaim."""

    kind: Literal["rebuttal"] = "rebuttal"


class Evidence(StatementBase):
    """Backing for a claim: a number, an example, a quote, a fact.

    >>> Evidence(id="E1", text="Talks began in 2016", evidence_type="fact").evidence_type
    <EvidenceType.FACT: 'fact'>
    """

    kind: Literal["evidence"] = "evidence"
    evidence_type: EvidenceType | None = None
    citation: str | None = Field(default=None, description="Where the evidence comes from.")


class Question(StatementBase):
    """An open critical question about a statement or inference (``target``)."""

    kind: Literal["question"] = "question"
    target: Id | None = Field(default=None, description="The id of what is questioned.")
    answered: bool = False


Statement = Annotated[
    Union[Thesis, Claim, Premise, Counterclaim, Rebuttal, Evidence, Question],  # noqa: UP007
    Field(discriminator="kind"),
]
"""Any statement; pydantic picks the class from its ``kind``."""

#: The statement kinds, in the order maps and diagrams list them.
KINDS: tuple[str, ...] = (
    "thesis",
    "claim",
    "premise",
    "counterclaim",
    "rebuttal",
    "evidence",
    "question",
)

#: The prefix of generated ids for each kind: ``T1``, ``C1``, ``CC1`` ...
ID_PREFIXES: dict[str, str] = {
    "thesis": "T",
    "claim": "C",
    "premise": "P",
    "counterclaim": "CC",
    "rebuttal": "R",
    "evidence": "E",
    "question": "Q",
}

STATEMENT_CLASSES: dict[str, type[StatementBase]] = {
    "thesis": Thesis,
    "claim": Claim,
    "premise": Premise,
    "counterclaim": Counterclaim,
    "rebuttal": Rebuttal,
    "evidence": Evidence,
    "question": Question,
}


def make_statement(kind: str, **fields: Any) -> StatementBase:
    """Build a statement of ``kind`` from keyword fields.

    >>> make_statement("claim", id="C1", text="Ties are fraying").kind
    'claim'
    """
    try:
        cls = STATEMENT_CLASSES[kind]
    except KeyError:
        known = ", ".join(KINDS)
        raise ValueError(f"unknown statement kind {kind!r}; use one of: {known}") from None
    return cls(**fields)
