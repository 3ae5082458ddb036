"""A concise way to write a map by hand, one line per statement.

Made for typing in a notebook: every method returns the new id, so the next
line can link to it; ids are generated when not given (``T1``, ``C1``,
``P1``, ``CC1``, ``R1``, ``E1``, ``Q1``; ``I1`` for inferences).

>>> b = MapBuilder(title="On the pact", text="Seoul must stay in the pact. It helps everyone.")
>>> t = b.thesis("Seoul should stay in the pact", quote="Seoul must stay in the pact")
>>> c = b.claim("The pact benefits all sides", supports=t, quote="It helps everyone")
>>> cc = b.counterclaim("The pact is only symbolic", by="critics", attacks=t)
>>> m = b.build()
>>> [s.id for s in m.statements], [(i.premises, i.conclusion) for i in m.inferences]
(['T1', 'C1', 'CC1'], [(['C1'], 'T1'), (['CC1'], 'T1')])
>>> m.statement("C1").spans[0].start
29
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from argmap.errors import MapValidationError, Problem
from argmap.model import anchoring
from argmap.model.anchoring import find_quote
from argmap.model.argument_map import ArgumentMap
from argmap.model.inference import Inference, Polarity
from argmap.model.source import Source, Span
from argmap.model.statements import ID_PREFIXES, STATEMENT_CLASSES, StatementBase

if TYPE_CHECKING:
    from argmap.model.statements import Statement

__all__ = ["MapBuilder"]


Targets = str | Iterable[str] | None


class MapBuilder:
    """Build an :class:`~argmap.model.ArgumentMap` step by step.

    Pass a :class:`~argmap.model.Source` or its fields (``title=``, ``text=``
    ...). ``supports=`` and ``attacks=`` take an id or a list of ids; each
    target gets its own single-premise inference (convergent reasons). Use
    :meth:`link` for premises that only work together.
    """

    def __init__(self, source: Source | None = None, **source_fields: Any) -> None:
        if source is not None and source_fields:
            raise TypeError("pass either a Source or its fields, not both")
        self.source = source if source is not None else Source(**source_fields)
        self.statements: list[StatementBase] = []
        self.inferences: list[Inference] = []
        self._ids: set[str] = set()
        self._counters: dict[str, int] = {}

    # -- ids -----------------------------------------------------------------

    def _new_id(self, prefix: str) -> str:
        n = self._counters.get(prefix, 0)
        while True:
            n += 1
            candidate = f"{prefix}{n}"
            if candidate not in self._ids:
                self._counters[prefix] = n
                return candidate

    def _claim_id(self, ref: str | None, prefix: str) -> str:
        if ref is None:
            ref = self._new_id(prefix)
        elif ref in self._ids:
            raise MapValidationError([Problem(f"id {ref!r} is already used", ref)])
        self._ids.add(ref)
        return ref

    # -- statements ------------------------------------------------------------

    def add(
        self,
        kind: str,
        text: str,
        *,
        id: str | None = None,
        quote: str | Iterable[str] | None = None,
        by: str | None = None,
        supports: Targets = None,
        attacks: Targets = None,
        **fields: Any,
    ) -> str:
        """Add a statement of any kind and return its id.

        ``quote`` anchors it to the source's exact words (one quote or
        several), ``by`` attributes it to a speaker other than the author.
        """
        try:
            cls = STATEMENT_CLASSES[kind]
        except KeyError:
            known = ", ".join(STATEMENT_CLASSES)
            raise ValueError(f"unknown statement kind {kind!r}; use one of: {known}") from None
        ref = self._claim_id(id, ID_PREFIXES[kind])
        if quote is not None:
            fields["spans"] = [self._span(q, ref) for q in _as_list(quote)]
        if by is not None:
            fields["attributed_to"] = by
        try:
            statement = cls(id=ref, text=text, **fields)
        except Exception:
            self._ids.discard(ref)
            raise
        self.statements.append(statement)
        for target in _as_list(supports):
            self.link([ref], target)
        for target in _as_list(attacks):
            self.link([ref], target, polarity="attack")
        return ref

    def thesis(self, text: str, **kw: Any) -> str:
        """Add the thesis (the editorial's main claim); see :meth:`add`."""
        return self.add("thesis", text, **kw)

    def claim(self, text: str, **kw: Any) -> str:
        """Add a claim (an intermediate conclusion); see :meth:`add`."""
        return self.add("claim", text, **kw)

    def premise(self, text: str, **kw: Any) -> str:
        """Add a premise (a reason not argued for); see :meth:`add`."""
        return self.add("premise", text, **kw)

    def counterclaim(self, text: str, **kw: Any) -> str:
        """Add an opposing view the author reports; see :meth:`add`."""
        return self.add("counterclaim", text, **kw)

    def rebuttal(self, text: str, **kw: Any) -> str:
        """Add the author's answer to a counterclaim; see :meth:`add`."""
        return self.add("rebuttal", text, **kw)

    def evidence(self, text: str, *, type: str | None = None, **kw: Any) -> str:
        """Add evidence; ``type`` is its evidence type (``"statistic"``, ``"fact"`` ...)."""
        if type is not None:
            kw["evidence_type"] = type
        return self.add("evidence", text, **kw)

    def implicit(self, text: str, **kw: Any) -> str:
        """Add an unstated premise the analyst supplies."""
        return self.add("premise", text, implicit=True, **kw)

    # -- inferences --------------------------------------------------------------

    def link(
        self,
        premises: str | Iterable[str],
        conclusion: str,
        *,
        polarity: Polarity = "support",
        id: str | None = None,
        **fields: Any,
    ) -> str:
        """Add one inference from ``premises`` (together: linked) to ``conclusion``."""
        ref = self._claim_id(id, "I")
        inference = Inference(
            id=ref,
            premises=_as_list(premises),
            conclusion=conclusion,
            polarity=polarity,
            **fields,
        )
        self.inferences.append(inference)
        return ref

    def support(self, premises: str | Iterable[str], conclusion: str, **kw: Any) -> str:
        """Add a supporting inference; several premises form a linked argument."""
        return self.link(premises, conclusion, **kw)

    def attack(self, premises: str | Iterable[str], target: str, **kw: Any) -> str:
        """Add an attack on a statement, or on an inference (an undercut)."""
        return self.link(premises, target, polarity="attack", **kw)

    # -- result ------------------------------------------------------------------

    def build(self) -> ArgumentMap:
        """The validated map (raises with every problem at once)."""
        statements: list[Statement] = list(self.statements)  # type: ignore[arg-type]
        return ArgumentMap(
            source=self.source, statements=statements, inferences=list(self.inferences)
        )

    @property
    def map(self) -> ArgumentMap:
        """Same as :meth:`build`."""
        return self.build()

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None, **kwargs: Any
    ) -> dict[str, Any]:
        return self.build()._repr_mimebundle_(include=include, exclude=exclude)

    def _span(self, quote: str, ref: str) -> Span:
        text = self.source.text
        if text is None:
            raise MapValidationError(
                [Problem("quote= needs the source text: pass text= to MapBuilder", ref)]
            )
        after = max((s.end or 0 for st in self.statements for s in st.spans), default=0)
        found = find_quote(text, quote, near=after)
        if found is None:
            hint = anchoring.did_you_mean(text, quote)
            raise MapValidationError(
                [
                    Problem(
                        f"quote {quote!r} is not in the source text; copy its exact words{hint}",
                        ref,
                    )
                ]
            )
        return Span(start=found[0], end=found[1], quote=text[found[0] : found[1]])


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)
