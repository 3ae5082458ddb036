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

Every problem is a :class:`~argmap.errors.MapValidationError` naming the id
concerned: a method refuses a statement or inference that is wrong in itself
(empty text, an unknown evidence type or kind, a quote not in the text), and
:meth:`MapBuilder.build` reports every problem between them at once (an id
that nothing defines).

>>> b = MapBuilder()
>>> b.evidence("Exports fell", type="rumour")
Traceback (most recent call last):
...
argmap.errors.MapValidationError: 1 problem in the map:
  E1: evidence_type: Input should be 'statistic', 'example', ... or 'study'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from argmap.errors import MapValidationError, Problem
from argmap.model import anchoring
from argmap.model.anchoring import find_quote
from argmap.model.argument_map import SKIP_CROSSREFS, ArgumentMap, find_problems
from argmap.model.inference import Inference, Polarity
from argmap.model.source import Source, Span
from argmap.model.statements import KINDS, STATEMENT_CLASSES, StatementBase

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
            given = ", ".join(sorted(source_fields))
            problem = f"pass either a Source or its fields, not both (a Source and {given})"
            raise MapValidationError([Problem(problem, loc=("source",))])
        if source is not None and not isinstance(source, Source):
            problem = f"source must be a Source, not {type(source).__name__}"
            raise MapValidationError([Problem(problem, loc=("source",))])
        if source is None:
            try:
                source = Source(**source_fields)
            except ValidationError as exc:
                raise MapValidationError(_problems(exc, None, ("source",))) from None
        self.source = source
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

    def _claim_id(self, ref: str | None, prefix: str, where: tuple[str | int, ...]) -> str:
        if ref is None:
            ref = self._new_id(prefix)
        elif not isinstance(ref, str):
            raise MapValidationError([Problem(f"id must be a string, not {ref!r}", loc=where)])
        elif ref in self._ids:
            raise MapValidationError([Problem(f"id {ref!r} is already used", ref)])
        self._ids.add(ref)
        return ref

    def _forget(self, ref: str, counters: dict[str, int]) -> None:
        """Free the id of something refused, so the next one gets it."""
        self._ids.discard(ref)
        self._counters = counters

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
        cls = STATEMENT_CLASSES.get(kind) if isinstance(kind, str) else None
        if cls is None:
            known = ", ".join(KINDS)
            message = f"unknown statement kind {kind!r}; use one of: {known}"
            raise MapValidationError(
                [Problem(message, _shown_id(id), ("statements", len(self.statements)))]
            )
        where = ("statements", len(self.statements))
        counters = dict(self._counters)
        ref = self._claim_id(id, cls.id_prefix, where)
        try:
            reasons_for = _as_list(supports, ref, "supports")
            attacked = _as_list(attacks, ref, "attacks")
            if quote is not None:
                quotes = _as_list(quote, ref, "quote", "a quote")
                fields["spans"] = [self._span(q, ref) for q in quotes]
            if by is not None:
                fields["attributed_to"] = by
            statement = cls(id=ref, text=text, **fields)
        except ValidationError as exc:
            self._forget(ref, counters)
            raise MapValidationError(_problems(exc, ref, where)) from None
        except Exception:
            self._forget(ref, counters)
            raise
        self.statements.append(statement)
        for target in reasons_for:
            self.link([ref], target)
        for target in attacked:
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

    def question(self, text: str, *, about: str | None = None, **kw: Any) -> str:
        """Add an open critical question; ``about`` is the id of what it questions."""
        if about is not None:
            kw["target"] = about
        return self.add("question", text, **kw)

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
        where = ("inferences", len(self.inferences))
        counters = dict(self._counters)
        ref = self._claim_id(id, "I", where)
        try:
            inference = Inference(
                id=ref,
                premises=_as_list(premises, ref, "premises"),
                conclusion=conclusion,
                polarity=polarity,
                **fields,
            )
        except ValidationError as exc:
            self._forget(ref, counters)
            raise MapValidationError(_problems(exc, ref, where)) from None
        except Exception:
            self._forget(ref, counters)
            raise
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
        """The validated map; a :class:`~argmap.errors.MapValidationError` lists every problem.

        >>> b = MapBuilder()
        >>> c = b.claim("Delay costs", supports="T9")
        >>> b.build()
        Traceback (most recent call last):
        ...
        argmap.errors.MapValidationError: 1 problem in the map:
          I1: unknown conclusion 'T9'
        """
        document = {
            "source": self.source,
            "statements": list(self.statements),
            "inferences": list(self.inferences),
        }
        # The parts are validated already: only the links between them are left.
        amap = ArgumentMap.model_validate(document, context={SKIP_CROSSREFS: True})
        problems = find_problems(amap)
        if problems:
            raise MapValidationError(problems)
        return amap

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


def _problems(exc: ValidationError, ref: str | None, where: tuple[str | int, ...]) -> list[Problem]:
    """pydantic's errors as problems about ``ref``, each naming the field concerned."""
    out = []
    for err in exc.errors(include_url=False):
        loc = (*where, *err["loc"])
        field = ".".join(str(p) for p in err["loc"])
        message = f"{field}: {err['msg']}" if field else err["msg"]
        out.append(Problem(message, ref, loc))
    return out


def _as_list(
    value: str | Iterable[str] | None, ref: str, name: str, what: str = "an id"
) -> list[str]:
    """One string or several as a list; anything else is a problem about ``ref``."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    items = list(value) if isinstance(value, Iterable) and not isinstance(value, bytes) else None
    if items is None or not all(isinstance(item, str) for item in items):
        raise MapValidationError(
            [Problem(f"{name} takes {what} or a list of them (strings), not {value!r}", ref)]
        )
    return items


def _shown_id(ref: object) -> str | None:
    return ref if isinstance(ref, str) else None
