"""Statements: the boxes of an argument map, one class per kind.

The ``kind`` field is the discriminator: ``thesis``, ``claim``, ``premise``,
``counterclaim``, ``rebuttal``, ``evidence`` and ``question`` (an open
critical question). The kind is what the *author* presents a sentence as;
what it *does* is said by the inferences it takes part in.

The classes are the one table of kinds: :data:`KINDS`, :data:`ID_PREFIXES`
and :data:`STATEMENT_CLASSES` are derived from them. To add a kind, write its
class (a ``Literal`` kind and an ``id_prefix``) and list it in ``_CLASSES``
and :data:`Statement`; ``tests/model/test_kinds_coverage.py`` then names
every other file that must learn about it (themes, checks, AIF, drafting).

>>> from pydantic import TypeAdapter
>>> s = TypeAdapter(Statement).validate_python(
...     {"id": "E1", "kind": "evidence", "text": "Exports fell 10%", "evidence_type": "statistic"}
... )
>>> type(s).__name__, s.evidence_type.value
('Evidence', 'statistic')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any, ClassVar, Literal, Union, get_args

from pydantic import BaseModel, ConfigDict, Field

from argmap.errors import EditError
from argmap.model.data import Data
from argmap.model.source import Span

__all__ = [
    "ID_MAX_LENGTH",
    "ID_PATTERN",
    "ID_PREFIXES",
    "ID_RE",
    "KINDS",
    "NOT_ID_CHARS",
    "STATEMENT_CLASSES",
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
    "is_id",
    "make_statement",
]

#: What an id may look like: letters, digits and ``_ . : -``, starting with a
#: letter, digit or underscore. Safe in every output format argmap writes.
_ID_CHARS = r"A-Za-z0-9_.:\-"
ID_PATTERN = rf"^[A-Za-z0-9_][{_ID_CHARS}]*$"
#: Runs of characters an id cannot hold, for making text id-safe.
NOT_ID_CHARS = re.compile(rf"[^{_ID_CHARS}]+")
#: :data:`ID_PATTERN` compiled, for readers that test foreign ids (see :func:`is_id`).
ID_RE = re.compile(ID_PATTERN.removeprefix("^").removesuffix("$"))
#: The longest id argmap accepts.
ID_MAX_LENGTH = 200

Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH)]


def is_id(text: str) -> bool:
    """Whether ``text`` may be used as an id as it is.

    >>> is_id("C1"), is_id("arg:2.b"), is_id("-x"), is_id("two words")
    (True, True, False, False)
    """
    return len(text) <= ID_MAX_LENGTH and ID_RE.fullmatch(text) is not None


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
    """Fields every statement has, whatever its kind.

    Each kind is a subclass that narrows ``kind`` to one ``Literal`` and
    names the prefix of its generated ids in ``id_prefix``.
    """

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
    data: Data = Field(default_factory=dict, description="Extra data carried through conversions.")
    # Last, so that every kind's fields keep their order (kind, then its own fields).
    kind: str = Field(description="What the author presents the statement as.")

    #: The prefix of generated ids: ``T`` gives ``T1``, ``T2`` ...
    id_prefix: ClassVar[str] = ""


class Thesis(StatementBase):
    """The editorial's main claim: what the author wants the reader to accept."""

    kind: Literal["thesis"] = "thesis"
    id_prefix: ClassVar[str] = "T"


class Claim(StatementBase):
    """An intermediate conclusion that, in turn, supports something else."""

    kind: Literal["claim"] = "claim"
    id_prefix: ClassVar[str] = "C"


class Premise(StatementBase):
    """A reason offered for a claim, not itself argued for."""

    kind: Literal["premise"] = "premise"
    id_prefix: ClassVar[str] = "P"


class Counterclaim(StatementBase):
    """An opposing view the author reports (usually to answer it)."""

    kind: Literal["counterclaim"] = "counterclaim"
    id_prefix: ClassVar[str] = "CC"


class Rebuttal(StatementBase):
    """The author's answer to a counterclaim."""

    kind: Literal["rebuttal"] = "rebuttal"
    id_prefix: ClassVar[str] = "R"


class Evidence(StatementBase):
    """Backing for a claim: a number, an example, a quote, a fact.

    >>> Evidence(id="E1", text="Talks began in 2016", evidence_type="fact").evidence_type
    <EvidenceType.FACT: 'fact'>
    """

    kind: Literal["evidence"] = "evidence"
    id_prefix: ClassVar[str] = "E"
    evidence_type: EvidenceType | None = None
    citation: str | None = Field(default=None, description="Where the evidence comes from.")


class Question(StatementBase):
    """An open critical question about a statement or inference (``target``)."""

    kind: Literal["question"] = "question"
    id_prefix: ClassVar[str] = "Q"
    target: Id | None = Field(default=None, description="The id of what is questioned.")
    answered: bool = False


#: The one table of statement kinds, in the order maps and diagrams list
#: them. Everything else about kinds is derived from it (or tested against it,
#: see ``tests/model/test_kinds_coverage.py``).
_CLASSES: tuple[type[StatementBase], ...] = (
    Thesis,
    Claim,
    Premise,
    Counterclaim,
    Rebuttal,
    Evidence,
    Question,
)

Statement = Annotated[
    Union[Thesis, Claim, Premise, Counterclaim, Rebuttal, Evidence, Question],  # noqa: UP007
    Field(discriminator="kind"),
]
"""Any statement; pydantic picks the class from its ``kind``."""


def _kind_of(cls: type[StatementBase]) -> str:
    kind = cls.model_fields["kind"].default
    if not isinstance(kind, str) or not cls.id_prefix:
        raise TypeError(f"{cls.__name__} needs a Literal kind with a default and an id_prefix")
    return kind


#: Each kind's class: ``STATEMENT_CLASSES["claim"] is Claim``.
STATEMENT_CLASSES: Mapping[str, type[StatementBase]] = MappingProxyType(
    {_kind_of(cls): cls for cls in _CLASSES}
)

#: The statement kinds, in the order maps and diagrams list them.
KINDS: tuple[str, ...] = tuple(STATEMENT_CLASSES)

#: The prefix of generated ids for each kind: ``T1``, ``C1``, ``CC1`` ...
ID_PREFIXES: Mapping[str, str] = MappingProxyType(
    {kind: cls.id_prefix for kind, cls in STATEMENT_CLASSES.items()}
)

if get_args(get_args(Statement)[0]) != _CLASSES:  # pragma: no cover - an editing slip
    raise TypeError("argmap/model/statements.py: list the same classes in Statement and _CLASSES")
if len(set(ID_PREFIXES.values())) != len(ID_PREFIXES):  # pragma: no cover
    raise TypeError("argmap/model/statements.py: two kinds share an id prefix")


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
