"""Which statements of a map stand: a label and a reason for every statement and inference.

:func:`evaluate` labels every statement ``IN`` (it stands), ``OUT`` (it is
defeated) or ``UNDEC`` (undecided), and every inference likewise (an
inference is ``OUT`` when a premise falls or it is undercut). The rule, a
grounded fixpoint over supports and attacks, is set out in
:mod:`argmap.semantics.bipolar` and in ``docs/acceptability.md``; in short:

* an attack whose premises stand, and that nothing undercuts, defeats its target;
* a statement stands when every attack on it fails and it is grounded:
  evidence, accepted, not argued for at all (the author asserts it), or
  backed by at least one inference that stands;
* a statement that is argued for and whose every reason fails is ``OUT``;
* conflicts nothing settles (two statements attacking each other, circles
  of support) are left ``UNDEC``.

>>> from argmap.model import MapBuilder
>>> b = MapBuilder()
>>> t = b.thesis("Seoul should rethink ending the pact")
>>> cc = b.counterclaim("The effect is only symbolic", attacks=t, title="Only symbolic")
>>> ev = evaluate(b.build())
>>> print(ev["T1"])
OUT: attacked by CC1 ('Only symbolic'), which stands because nothing attacks it
>>> r = b.rebuttal("Even symbols matter", attacks=cc)
>>> ev = evaluate(b.build())
>>> ev.stands(), ev.defeated()
(('T1', 'R1'), ('CC1',))
>>> print(ev["T1"])
IN: its only attacker, CC1, is defeated by R1
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from argmap._html import chip, table
from argmap._perf import gc_paused
from argmap.semantics.bipolar import LABEL_OF, UNDEC, MapGraph, grounded_codes, to_framework
from argmap.semantics.explain import Explainer
from argmap.semantics.frameworks import FrameworkError, Label, preferred

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["SEMANTICS", "Evaluation", "Verdict", "evaluate"]

#: The semantics :func:`evaluate` knows.
SEMANTICS = ("grounded", "preferred")

_WORD = {Label.IN: "IN", Label.OUT: "OUT", Label.UNDEC: "UNDECIDED"}
_COLOUR = {Label.IN: "#2e7d32", Label.OUT: "#b3261e", Label.UNDEC: "#8a6d00"}


@dataclass(frozen=True)
class Verdict:
    """The label of one statement or inference, with the reason for it.

    ``reason`` is a sentence starting with the label (``"IN: nothing attacks
    it"``); ``because`` holds the ids of the statements it rests on most
    directly (the standing attacker of an ``OUT`` statement, the defeated
    attackers of an ``IN`` one, ...).

    >>> v = Verdict(Label.OUT, "OUT: attacked by R1, which stands", ("R1",))
    >>> v.stands, str(v.label), v.word
    (False, 'out', 'OUT')
    """

    label: Label
    reason: str
    because: tuple[str, ...] = ()

    @property
    def stands(self) -> bool:
        """True when the label is ``IN``."""
        return self.label is Label.IN

    @property
    def word(self) -> str:
        """``"IN"``, ``"OUT"`` or ``"UNDECIDED"``."""
        return _WORD[self.label]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of ``label`` (its value), ``reason`` and ``because``."""
        return {"label": self.label.value, "reason": self.reason, "because": list(self.because)}

    def __str__(self) -> str:
        return self.reason


class Evaluation(Mapping[str, Verdict]):
    """The verdicts on a map: a read-only mapping from every id to its :class:`Verdict`.

    Statements come first, in map order, then inferences. :meth:`stands`,
    :meth:`defeated` and :meth:`undecided` list statement ids (pass
    ``inferences=True`` to list inference ids instead).

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act"); c = b.claim("Now", supports=t)
    >>> ev = evaluate(b.build())
    >>> ev
    <Evaluation (grounded) of 2 statements: 2 IN, 0 OUT, 0 UNDECIDED>
    >>> {ref: str(label) for ref, label in ev.labels.items()}
    {'T1': 'in', 'C1': 'in'}
    >>> ev.stands(inferences=True)
    ('I1',)
    """

    def __init__(
        self,
        verdicts: Mapping[str, Verdict],
        statements: tuple[str, ...],
        *,
        semantics: str = "grounded",
        readings: int = 1,
    ) -> None:
        self._cache = dict(verdicts)
        self._labels = {ref: v.label for ref, v in self._cache.items()}
        self._explain: Callable[[str], tuple[str, tuple[str, ...]]] | None = None
        self._statements = statements
        statement_set = set(statements)
        self._inferences = tuple(ref for ref in self._labels if ref not in statement_set)
        self.semantics = semantics
        #: How many labellings the semantics found (preferred readings; 1 for grounded).
        self.readings = readings

    @classmethod
    def _lazy(
        cls,
        labels: dict[str, Label],
        statements: tuple[str, ...],
        explain: Callable[[str], tuple[str, tuple[str, ...]]],
        *,
        semantics: str,
    ) -> Evaluation:
        """An evaluation whose reasons are written on first access, by ``explain``."""
        ev = cls({}, statements, semantics=semantics)
        ev._labels = labels
        ev._explain = explain
        statement_set = set(statements)
        ev._inferences = tuple(ref for ref in labels if ref not in statement_set)
        return ev

    def __getitem__(self, ref: str) -> Verdict:
        verdict = self._cache.get(ref)
        if verdict is not None:
            return verdict
        label = self._labels.get(ref)
        if label is None or self._explain is None:
            raise KeyError(f"no statement or inference with id {ref!r} in the map")
        reason, because = self._explain(ref)
        verdict = self._cache[ref] = Verdict(label, reason, because)
        return verdict

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __contains__(self, ref: object) -> bool:
        return ref in self._labels

    def __repr__(self) -> str:
        n = len(self._statements)
        counts = ", ".join(f"{len(self._with(label, False))} {_WORD[label]}" for label in Label)
        plural = "s" * (n != 1)
        return f"<Evaluation ({self.semantics}) of {n} statement{plural}: {counts}>"

    def _repr_html_(self) -> str:
        """The verdicts as a table (statement, label, reason), for Jupyter.

        >>> from argmap.model import MapBuilder
        >>> b = MapBuilder(); t = b.thesis("Act"); _ = b.counterclaim("No <way>", attacks=t)
        >>> html = evaluate(b.build())._repr_html_()
        >>> ">OUT<" in html, "CC1" in html, "<way>" in html
        (True, True, False)
        """
        n = len(self._statements)
        counts = ", ".join(f"{len(self._with(label, False))} {_WORD[label]}" for label in Label)
        rows = []
        for ref in self._statements:
            verdict = self[ref]
            reason = verdict.reason.split(": ", 1)[-1]
            rows.append((ref, chip(_WORD[verdict.label], _COLOUR[verdict.label]), reason))
        caption = f"What stands ({self.semantics}): {n} statement{'s' * (n != 1)}, {counts}"
        return table(("statement", "label", "why"), rows, caption=caption)

    @property
    def labels(self) -> dict[str, Label]:
        """``{statement id: label}``, in map order."""
        return {ref: self._labels[ref] for ref in self._statements}

    def _with(self, label: Label, inferences: bool) -> tuple[str, ...]:
        refs = self._inferences if inferences else self._statements
        labels = self._labels
        return tuple(ref for ref in refs if labels[ref] is label)

    def stands(self, *, inferences: bool = False) -> tuple[str, ...]:
        """Ids labelled ``IN``, in map order."""
        return self._with(Label.IN, inferences)

    def defeated(self, *, inferences: bool = False) -> tuple[str, ...]:
        """Ids labelled ``OUT``, in map order."""
        return self._with(Label.OUT, inferences)

    def undecided(self, *, inferences: bool = False) -> tuple[str, ...]:
        """Ids labelled ``UNDEC``, in map order."""
        return self._with(Label.UNDEC, inferences)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary: the semantics, then verdicts on statements and inferences.

        >>> from argmap.model import MapBuilder
        >>> b = MapBuilder(); t = b.thesis("Act")
        >>> evaluate(b.build()).to_dict()["statements"]
        {'T1': {'label': 'in', 'reason': 'IN: nothing attacks it', 'because': []}}
        """
        with gc_paused():  # many small dicts, no cycles
            return {
                "semantics": self.semantics,
                "readings": self.readings,
                "statements": {ref: self[ref].to_dict() for ref in self._statements},
                "inferences": {ref: self[ref].to_dict() for ref in self._inferences},
            }


def evaluate(
    amap: ArgumentMap, *, semantics: Literal["grounded", "preferred"] = "grounded"
) -> Evaluation:
    """Label every statement and inference of ``amap`` ``IN``, ``OUT`` or ``UNDEC``, with reasons.

    Parameters
    ----------
    amap
        The map.
    semantics
        ``"grounded"`` (the default: the most sceptical labelling, one
        answer, linear time) or ``"preferred"``: a statement is ``IN``
        (``OUT``) when it is ``IN`` (``OUT``) in *every* preferred labelling
        of the map's framework (:func:`~argmap.semantics.bipolar.to_framework`),
        so it also decides what stands however an open conflict is settled.
        Preferred semantics searches the conflicts left open, so it can be
        slow on maps with many independent ones.

    Returns
    -------
    Evaluation
        A mapping from every id to its :class:`Verdict`.

    Raises
    ------
    FrameworkError
        If ``semantics`` is not one of :data:`SEMANTICS`.

    Examples
    --------
    Two counterclaims attacking each other stay undecided under grounded
    semantics; a claim attacked by both falls whichever of them wins, which
    only preferred semantics sees:

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(); t = b.thesis("Act")
    >>> x = b.counterclaim("X", attacks=t); y = b.counterclaim("Y", attacks=t)
    >>> _ = b.attack(x, y); _ = b.attack(y, x)
    >>> print(evaluate(b.build())["CC1"])
    UNDECIDED: CC1 and CC2 attack each other and nothing settles which stands
    >>> evaluate(b.build(), semantics="preferred")["T1"].reason
    'OUT: it is defeated in each of the 2 ways of settling the open conflicts (preferred readings)'
    """
    if semantics not in SEMANTICS:
        raise FrameworkError(f"unknown semantics {semantics!r}; use one of: {', '.join(SEMANTICS)}")
    with gc_paused():  # many small lists, no cycles
        g = MapGraph(amap)
        codes = grounded_codes(g)
        labels = {ref: LABEL_OF[code] for ref, code in zip(g.ids, codes, strict=True)}
    statements = tuple(g.ids[: g.n_statements])
    explainer = Explainer(g, codes, amap)
    ev = Evaluation._lazy(labels, statements, explainer.explain, semantics=semantics)
    if semantics == "preferred" and UNDEC in codes:
        _preferred(g, codes, ev)
    return ev


def _preferred(g: MapGraph, codes: bytearray, ev: Evaluation) -> None:
    """Relabel grounded-undecided nodes by sceptical preferred semantics, in place."""
    af = to_framework(g)
    extensions = preferred(af)
    attackers: dict[str, list[str]] = {}
    for attacker, target in af.attacks:
        attackers.setdefault(target, []).append(attacker)
    k = ev.readings = len(extensions)
    ways = f"each of the {k} ways of settling the open conflicts (preferred readings)"
    for x, code in enumerate(codes):
        if code != UNDEC:
            continue  # grounded IN and OUT hold in every complete labelling
        ref = g.ids[x]
        n_in = sum(1 for e in extensions if ref in e)
        n_out = sum(1 for e in extensions if any(a in e for a in attackers.get(ref, ())))
        old = ev[ref]
        if n_in == k:
            new = Verdict(Label.IN, f"IN: it stands in {ways}", old.because)
        elif n_out == k:
            new = Verdict(Label.OUT, f"OUT: it is defeated in {ways}", old.because)
        else:
            reason = f"{old.reason} (it stands in {n_in} of {k} preferred readings)"
            new = Verdict(Label.UNDEC, reason, old.because)
        ev._cache[ref] = new
        ev._labels[ref] = new.label
