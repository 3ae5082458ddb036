"""Plain-English reasons for a labelling: why each statement stands, falls or hangs.

Each reason starts with the label and says what decided it, naming the
statements involved by id (the decisive one with its title):

* ``IN: nothing attacks it``
* ``IN: its only attacker, CC5, is defeated by R3``
* ``OUT: attacked by CC4 ('Lost trust in Japan'), which stands because nothing attacks it``
* ``OUT: its only reason fails: C3 is defeated by R9``
* ``UNDECIDED: CC3 and R2 attack each other and nothing settles which stands``

Reasons are built from the final labels only (one look at each node's
attackers, supports and premises), so explaining is linear too; a node left
undecided by a circle is explained through the strongly connected component
of undecided nodes it sits in.

>>> from argmap.model import MapBuilder
>>> from argmap.semantics.bipolar import MapGraph, grounded_codes
>>> b = MapBuilder(); t = b.thesis("Act"); c = b.counterclaim("No", attacks=t, title="Nay")
>>> g = MapGraph(b.build())
>>> explain(g, grounded_codes(g), {"CC1": "Nay"})[0]
("OUT: attacked by CC1 ('Nay'), which stands because nothing attacks it", ('CC1',))
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from argmap.graph.components import strongly_connected
from argmap.semantics.bipolar import IN, OUT, UNDEC, MapGraph

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

__all__ = ["Explainer", "explain", "undecided_components"]

Reason = tuple[str, tuple[str, ...]]


def _listing(names: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


class Explainer:
    """Writes the reason for any node of a labelled map, on demand.

    ``names`` gives the short name quoted for a statement: a mapping from id
    to name, or the map itself (its statements' titles, else their texts),
    read on first use.
    """

    def __init__(
        self, g: MapGraph, codes: bytearray, names: Mapping[str, str] | ArgumentMap
    ) -> None:
        self.g = g
        self.codes = codes
        self._names = names
        self._titles: Mapping[str, str] | None = None
        self._cycle_of: dict[int, list[int]] | None = None

    @property
    def titles(self) -> Mapping[str, str]:
        if self._titles is None:
            names = self._names
            if isinstance(names, Mapping):
                self._titles = names
            else:
                self._titles = {s.id: s.title or s.text for s in names.statements}
        return self._titles

    @property
    def cycle_of(self) -> dict[int, list[int]]:
        if self._cycle_of is None:
            self._cycle_of = {}
            for component in undecided_components(self.g, self.codes):
                for x in component:
                    self._cycle_of[x] = component
        return self._cycle_of

    def explain(self, ref: str) -> Reason:
        """The ``(reason, because)`` of the statement or inference ``ref``."""
        return self.reason(self.g.number[ref])

    # -- naming ------------------------------------------------------------

    def named(self, node: int) -> str:
        ref = self.g.ids[node]
        title = self.titles.get(ref)
        return f"{ref} ({_quote(title)})" if title else ref

    def source(self, inf: int, *, titled: bool = False) -> str:
        """An inference by its premises: ``CC1``, ``E5 and E6``."""
        ps = self.g.premises[inf]
        if titled and len(ps) == 1:
            return self.named(ps[0])
        return _listing([self.g.ids[p] for p in ps])

    def premise_ids(self, inf: int) -> tuple[str, ...]:
        return tuple(self.g.ids[p] for p in self.g.premises[inf])

    def first(self, nodes: Sequence[int], code: int) -> int:
        return next((x for x in nodes if self.codes[x] == code), -1)

    # -- short clauses about one node --------------------------------------

    def why_out(self, s: int) -> str:
        """Why statement ``s`` is OUT, as a clause after "is"."""
        a = self.first(self.g.attackers[s], IN)
        if a >= 0:
            return f"defeated by {self.source(a)}"
        return "left without a standing reason"

    def why_in(self, s: int) -> str:
        """Why statement ``s`` is IN, as a clause after "because"."""
        attackers = self.g.attackers[s]
        if not attackers:
            clause = "nothing attacks it"
        elif len(attackers) == 1:
            clause = f"its only attack, from {self.source(attackers[0])}, fails"
        else:
            clause = "every attack on it fails"
        if not self.g.basic[s]:
            sup = self.first(self.g.supports[s], IN)
            clause += f" and it rests on {self.source(sup)}, which stands"
        return clause

    def only_attack(self, a: int) -> str:
        """Why the one attack ``a`` on an IN statement fails.

        A defeated premise is named before an undercut: it never leans on the
        statement being explained (an undercut may come from that very statement).
        """
        p = self.first(self.g.premises[a], OUT)
        if p < 0:
            u = self.first(self.g.attackers[a], IN)
            return f"its only attack, from {self.source(a)}, is undercut by {self.source(u)}"
        if len(self.g.premises[a]) == 1:
            return f"its only attacker, {self.g.ids[p]}, is {self.why_out(p)}"
        return (
            f"its only attack, from {self.source(a)}, fails: {self.g.ids[p]} is {self.why_out(p)}"
        )

    def failure(self, inf: int, role: str) -> tuple[str, tuple[str, ...]]:
        """Why OUT inference ``inf`` fails, seen from its conclusion (role: attack/support).

        A defeated premise is named before an undercut, as in :meth:`only_attack`.
        """
        p = self.first(self.g.premises[inf], OUT)
        if p < 0:
            u = self.first(self.g.attackers[inf], IN)
            text = f"the {role} from {self.source(inf)} is undercut by {self.source(u)}"
            return text, self.premise_ids(u)
        text = f"{self.g.ids[p]} is {self.why_out(p)}"
        if len(self.g.premises[inf]) > 1:
            text = f"the {role} from {self.source(inf)} fails: {text}"
        return text, (self.g.ids[p],)

    # -- reasons -----------------------------------------------------------

    def reason(self, x: int) -> Reason:
        code = self.codes[x]
        if code == UNDEC and x in self.cycle_of:
            return self.circle(x)
        if self.g.is_statement(x):
            if code == IN:
                return self.statement_in(x)
            if code == OUT:
                return self.statement_out(x)
            return self.statement_undecided(x)
        if code == IN:
            return self.inference_in(x)
        if code == OUT:
            return self.inference_out(x)
        return self.inference_undecided(x)

    def statement_in(self, s: int) -> Reason:
        g = self.g
        parts: list[str] = []
        because: list[str] = []
        attackers = g.attackers[s]
        if not attackers:
            parts.append("nothing attacks it")
        else:
            failures = [self.failure(a, "attack") for a in attackers]
            for _, refs in failures:
                because.extend(refs)
            if len(failures) == 1:
                parts.append(self.only_attack(attackers[0]))
            else:
                shown = "; ".join(t for t, _ in failures[:3])
                more = f"; and {len(failures) - 3} more" if len(failures) > 3 else ""
                parts.append(f"every attack on it fails ({shown}{more})")
        if not g.basic[s]:
            sup = self.first(g.supports[s], IN)
            others = sum(1 for i in g.supports[s] if self.codes[i] == IN) - 1
            verb = "stand" if len(g.premises[sup]) > 1 else "stands"
            text = f"it rests on {self.source(sup)}, which {verb}"
            if others:
                text += f" (and on {others} other standing reason{'s' * (others > 1)})"
            parts.append(text)
            because.extend(self.premise_ids(sup))
        elif g.supports[s] and self.first(g.supports[s], IN) < 0:
            parts.append(f"as {g.ground[s]} it stands on its own, though its reasons fail")
        return "IN: " + "; ".join(parts), _unique(because)

    def statement_out(self, s: int) -> Reason:
        g = self.g
        a = self.first(g.attackers[s], IN)
        if a >= 0:
            ps = g.premises[a]
            if len(ps) == 1:
                text = f"attacked by {self.named(ps[0])}, which stands because {self.why_in(ps[0])}"
            else:
                text = f"attacked by {self.source(a)} together, which all stand"
            others = sum(1 for i in g.attackers[s] if self.codes[i] == IN) - 1
            if others:
                text += f" (and by {others} more standing attack{'s' * (others > 1)})"
            return "OUT: " + text, self.premise_ids(a)
        failures = [self.failure(i, "support") for i in g.supports[s]]
        because = _unique([r for _, refs in failures for r in refs])
        if len(failures) == 1:
            return f"OUT: its only reason fails: {failures[0][0]}", because
        shown = "; ".join(t for t, _ in failures[:3])
        more = f"; and {len(failures) - 3} more" if len(failures) > 3 else ""
        return f"OUT: none of its {len(failures)} reasons stands ({shown}{more})", because

    def statement_undecided(self, s: int) -> Reason:
        g = self.g
        a = self.first(g.attackers[s], UNDEC)
        if a >= 0:
            return (
                f"UNDECIDED: attacked by {self.source(a, titled=True)}, which is undecided",
                self.premise_ids(a),
            )
        sup = self.first(g.supports[s], UNDEC)
        return (
            f"UNDECIDED: it rests on {self.source(sup, titled=True)}, which is undecided",
            self.premise_ids(sup),
        )

    def inference_in(self, i: int) -> Reason:
        g = self.g
        noun = "premise stands" if len(g.premises[i]) == 1 else "premises stand"
        undercuts = g.attackers[i]
        if not undercuts:
            return f"IN: its {noun} and nothing undercuts it", self.premise_ids(i)
        failures = [self.failure(u, "undercut") for u in undercuts]
        shown = "; ".join(t for t, _ in failures)
        refs = [r for _, rs in failures for r in rs]
        return f"IN: its {noun} and every undercut fails ({shown})", _unique(refs)

    def inference_out(self, i: int) -> Reason:
        g = self.g
        u = self.first(g.attackers[i], IN)
        if u >= 0:
            ps = g.premises[u]
            who = self.named(ps[0]) if len(ps) == 1 else self.source(u)
            return f"OUT: undercut by {who}, which stands", self.premise_ids(u)
        p = self.first(g.premises[i], OUT)
        return f"OUT: its premise {g.ids[p]} is {self.why_out(p)}", (g.ids[p],)

    def inference_undecided(self, i: int) -> Reason:
        g = self.g
        u = self.first(g.attackers[i], UNDEC)
        if u >= 0:
            return f"UNDECIDED: undercut by {self.source(u)}, which is undecided", self.premise_ids(
                u
            )
        p = self.first(g.premises[i], UNDEC)
        return f"UNDECIDED: its premise {self.named(p)} is undecided", (g.ids[p],)

    def circle(self, x: int) -> Reason:
        g = self.g
        component = self.cycle_of[x]
        members = [g.ids[y] for y in component if g.is_statement(y)]
        others = tuple(ref for ref in members if ref != g.ids[x])
        attacking = [y for y in component if not g.is_statement(y) and g.is_attack[y]]
        if not attacking:
            return (
                f"UNDECIDED: its reasons go round in a circle ({_listing(members)}) "
                "and nothing outside it grounds them",
                others,
            )
        if len(members) == 2 and _mutual(g, component):
            return (
                f"UNDECIDED: {members[0]} and {members[1]} attack each other "
                "and nothing settles which stands",
                others,
            )
        shown = members if len(members) <= 5 else [*members[:4], f"{len(members) - 4} more"]
        return (
            f"UNDECIDED: caught in a circle of attacks among {_listing(shown)} "
            "that nothing outside it settles",
            others,
        )


def _quote(title: str) -> str:
    title = " ".join(title.split())
    if len(title) > 48:
        title = title[:47].rstrip() + "…"
    return repr(title) if "'" not in title else f'"{title}"'


def _unique(refs: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(refs))


def _mutual(g: MapGraph, component: list[int]) -> bool:
    """True when the component is exactly two statements attacking each other."""
    inferences = [y for y in component if not g.is_statement(y)]
    return all(g.is_attack[i] and len(g.premises[i]) == 1 for i in inferences)


def undecided_components(g: MapGraph, codes: bytearray) -> list[list[int]]:
    """Strongly connected components (of two or more nodes) among the undecided nodes.

    An edge goes from a node to each undecided node it depends on: its
    premises, attackers and supports. Iterative Tarjan, linear time.
    """

    def deps(x: int) -> list[int]:
        return [y for y in (*g.premises[x], *g.attackers[x], *g.supports[x]) if codes[y] == UNDEC]

    roots = (x for x in range(len(codes)) if codes[x] == UNDEC)
    return [sorted(c) for c in strongly_connected(roots, deps) if len(c) > 1]


def explain(g: MapGraph, codes: bytearray, titles: Mapping[str, str]) -> list[Reason]:
    """One ``(reason, because)`` per node of ``g``, in node order.

    ``titles`` maps ids to the short names used in quotes (a statement's
    title, or the start of its text).
    """
    ex = Explainer(g, codes, titles)
    return [ex.reason(x) for x in range(len(g.ids))]
