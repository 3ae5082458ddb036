"""The argument map: a source, its statements and the inferences between them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from argmap.errors import Problem
from argmap.model.anchoring import reanchor
from argmap.model.data import Data
from argmap.model.inference import Inference
from argmap.model.source import Source
from argmap.model.statements import Question, Statement, StatementBase

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FORMAT_VERSION", "ArgumentMap", "find_problems"]

#: The version of the map document format this argmap writes and reads.
FORMAT_VERSION: Literal[1] = 1

#: Pass ``context={SKIP_CROSSREFS: True}`` to ``model_validate`` to check only
#: the shape of a document; loaders then call :func:`find_problems` themselves
#: to report every problem with its line.
SKIP_CROSSREFS = "argmap_skip_crossrefs"


class ArgumentMap(BaseModel):
    """An editorial's reasoning: statements linked by inferences.

    Building one checks every cross-reference at once and reports all problems
    together (duplicate ids, unknown ids, a premise that is its own
    conclusion, spans that do not match the source text).

    >>> from argmap.model import Claim, Thesis, Inference
    >>> m = ArgumentMap(
    ...     statements=[Thesis(id="T1", text="Act now"), Claim(id="C1", text="Delay costs")],
    ...     inferences=[Inference(id="I1", premises=["C1"], conclusion="T1")],
    ... )
    >>> m.thesis.id, len(m)
    ('T1', 2)
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    version: Literal[1] = Field(
        default=FORMAT_VERSION, description="Version of the map document format."
    )
    source: Source = Field(default_factory=Source)
    statements: list[Statement] = Field(default_factory=list)
    inferences: list[Inference] = Field(default_factory=list)
    meta: Data = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_references(self, info: ValidationInfo) -> ArgumentMap:
        if info.context and info.context.get(SKIP_CROSSREFS):
            return self
        problems = find_problems(self)
        if problems:
            lines = "\n".join(f"  - {p}" for p in problems)
            raise ValueError(f"{len(problems)} problem(s) in the map:\n{lines}")
        return self

    # -- lookups ---------------------------------------------------------

    def __len__(self) -> int:
        return len(self.statements)

    def __contains__(self, ref: object) -> bool:
        return any(x.id == ref for x in self.statements) or any(
            x.id == ref for x in self.inferences
        )

    def statement(self, ref: str) -> StatementBase:
        """The statement with id ``ref``; :class:`KeyError` naming it if absent."""
        for s in self.statements:
            if s.id == ref:
                return s
        raise KeyError(f"no statement with id {ref!r} in the map")

    def inference(self, ref: str) -> Inference:
        """The inference with id ``ref``; :class:`KeyError` naming it if absent."""
        for i in self.inferences:
            if i.id == ref:
                return i
        raise KeyError(f"no inference with id {ref!r} in the map")

    def statements_by_id(self) -> dict[str, StatementBase]:
        """A fresh ``{id: statement}`` dictionary."""
        return {s.id: s for s in self.statements}

    def of_kind(self, kind: str) -> list[StatementBase]:
        """The statements of one kind, in map order.

        >>> ArgumentMap().of_kind("thesis")
        []
        """
        return [s for s in self.statements if s.kind == kind]

    @property
    def theses(self) -> list[StatementBase]:
        """Every statement of kind ``thesis`` (a well-formed map has one)."""
        return self.of_kind("thesis")

    @property
    def thesis(self) -> StatementBase | None:
        """The thesis, or ``None`` when the map has none (the first if several)."""
        theses = self.theses
        return theses[0] if theses else None

    def inferences_into(self, ref: str) -> list[Inference]:
        """The inferences whose conclusion is ``ref`` (a statement or inference)."""
        return [i for i in self.inferences if i.conclusion == ref]

    def inferences_from(self, ref: str) -> list[Inference]:
        """The inferences in which statement ``ref`` is a premise."""
        return [i for i in self.inferences if ref in i.premises]

    # -- views -------------------------------------------------------------
    # These reach up to the graph and rendering layers: named exceptions in
    # [tool.importlinter] (docs/architecture.md), imported on use so that the
    # model never loads networkx or the renderer.

    def to_networkx(self) -> nx.DiGraph:
        """This map as a networkx directed graph (see :mod:`argmap.graph`)."""
        from argmap.graph.convert import to_networkx

        return to_networkx(self)

    @classmethod
    def from_networkx(cls, graph: nx.DiGraph) -> ArgumentMap:
        """Rebuild a map from :meth:`to_networkx`'s graph."""
        from argmap.graph.convert import from_networkx

        return from_networkx(graph)

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None, **kwargs: Any
    ) -> dict[str, Any]:
        """Show the map as its diagram in Jupyter."""
        from argmap.rendering.display import mimebundle

        return mimebundle(self, include=include, exclude=exclude)


def find_problems(amap: ArgumentMap) -> list[Problem]:
    """Every cross-reference problem of a map, each naming the id concerned.

    Spans whose offsets drifted (or were never given) but whose quote is
    found in the source text, tolerantly, are re-anchored in place: offsets
    and quote then hold the text's own words (that is not a problem).
    """
    problems: list[Problem] = []
    statement_ids = {s.id for s in amap.statements}
    inference_ids = {i.id for i in amap.inferences}
    if (
        len(statement_ids) < len(amap.statements)
        or len(inference_ids) < len(amap.inferences)
        or not statement_ids.isdisjoint(inference_ids)
    ):  # some id is used twice: say where (the sets alone tell when none is)
        counts = Counter(s.id for s in amap.statements)
        counts.update(i.id for i in amap.inferences)
        for n, s in enumerate(amap.statements):
            if counts[s.id] > 1:
                problems.append(
                    Problem(f"duplicate id {s.id!r}: ids must be unique", s.id, ("statements", n))
                )
        for n, inf in enumerate(amap.inferences):
            if counts[inf.id] > 1:
                problems.append(
                    Problem(
                        f"duplicate id {inf.id!r}: ids must be unique", inf.id, ("inferences", n)
                    )
                )
    for n, inf in enumerate(amap.inferences):
        loc: tuple[str | int, ...] = ("inferences", n)
        premises = inf.premises
        if len(premises) == 1 and premises[0] in statement_ids:
            seen = set(premises)  # the usual premise: known, and listed once
        else:
            seen = set()
            for p in premises:
                if p in seen:
                    problems.append(Problem(f"premise {p!r} is listed twice", inf.id, loc))
                seen.add(p)
                if p not in statement_ids:
                    hint = " (an inference cannot be a premise)" if p in inference_ids else ""
                    problems.append(Problem(f"unknown premise {p!r}{hint}", inf.id, loc))
        c = inf.conclusion
        if c in inference_ids:
            if inf.polarity != "attack":
                problems.append(
                    Problem(
                        f"conclusion {c!r} is an inference: only an attack (an undercut) "
                        "can target an inference",
                        inf.id,
                        loc,
                    )
                )
            elif c == inf.id:
                problems.append(Problem("an inference cannot undercut itself", inf.id, loc))
        elif c not in statement_ids:
            problems.append(Problem(f"unknown conclusion {c!r}", inf.id, loc))
        if c in seen:
            problems.append(Problem(f"{c!r} is both a premise and the conclusion", inf.id, loc))
    for n, s in enumerate(amap.statements):
        if (
            isinstance(s, Question)
            and s.target is not None
            and s.target not in statement_ids
            and s.target not in inference_ids
        ):
            problems.append(
                Problem(f"question about unknown id {s.target!r}", s.id, ("statements", n))
            )
    text = amap.source.text
    if text is not None:
        problems.extend(_anchor_spans(amap, text))
    return problems


def _anchor_spans(amap: ArgumentMap, text: str) -> Iterator[Problem]:
    for n, s in enumerate(amap.statements):
        for k, span in enumerate(s.spans):
            why = reanchor(span, text)
            if why is not None:
                yield Problem(why, s.id, ("statements", n, "spans", k))
