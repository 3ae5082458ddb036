"""Teaching checks for linked arguments: do the premises and the conclusion share terms?

Two classroom rules for an argument whose premises work together:

- the *rabbit rule*: every key term of the conclusion must appear in at least
  one premise (you cannot pull a rabbit out of a hat that has none);
- the *holding hands rule*: every key term of a premise must appear in another
  premise or in the conclusion (each term holds hands with another).

A term that breaks a rule often marks an unstated premise, or a leap. The
heuristic is simple and explained: statement texts are split into words,
stopwords and short words are dropped and a naive stemmer cuts endings (see
:mod:`argmap.lexicon`); two words are the same term when their stems
are equal. Synonyms are not recognised, so these are notes (``info``), not
faults, and they run only when selected (``--select all`` or by code).

>>> from argmap.model import MapBuilder
>>> from argmap.checks.context import CheckContext
>>> b = MapBuilder()
>>> t = b.thesis("Socrates is mortal")
>>> p1 = b.premise("Socrates is a man"); p2 = b.premise("Every man is mortal")
>>> _ = b.link([p1, p2], t)
>>> find_conclusion_terms_missing(CheckContext(b.build()))
[]
>>> b2 = MapBuilder(); t = b2.thesis("Socrates is mortal and wise")
>>> p1 = b2.premise("Socrates is a man"); p2 = b2.premise("Every man is mortal")
>>> _ = b2.link([p1, p2], t)
>>> [f.message for f in find_conclusion_terms_missing(CheckContext(b2.build()))]
['In I1, "wise" in the conclusion T1 appears in none of the premises (P1, P2).']
"""

from __future__ import annotations

from collections.abc import Sequence

from argmap.checks.context import CheckContext
from argmap.checks.registry import Finding, Severity, register
from argmap.lexicon import terms

__all__ = ["find_conclusion_terms_missing", "find_premise_terms_dangling"]

_HOW = (
    "The heuristic: words are lower-cased, stopwords and words under three letters are "
    "dropped, and a naive stemmer strips common endings, so 'sharing' and 'shared' count as "
    "one term. Synonyms are not recognised: read each finding as a question, not a fault."
)


_NONE: dict[str, str] = {}

# A linked argument: its id, its premises' ids, its conclusion's id, and the terms of each
# premise and of the conclusion.
_Argument = tuple[str, Sequence[str], str, list[dict[str, str]], dict[str, str]]


def _arguments(ctx: CheckContext) -> list[_Argument]:
    """Every linked argument with its terms, found once for both checks.

    The terms of each statement are found once, however many arguments it is in.
    """
    found = ctx.memo.get("linked terms")
    if isinstance(found, list):
        return found
    g = ctx.nodes
    statements = ctx.statement_list
    if g is not None:  # by node number: no lookup by id
        ids, premises, conclusion = g.ids, g.premises, g.conclusion
        linked = ctx.index.linked_nodes
        last = g.n_statements
        table = [_NONE] * len(ids)
        for k in linked:
            for p in (*premises[k], conclusion[k]):
                if p < last and table[p] is _NONE:
                    table[p] = terms(statements[p].text)
        found = [
            (
                ids[k],
                [ids[p] for p in premises[k]],
                ids[conclusion[k]],
                [table[p] for p in premises[k]],
                table[conclusion[k]],
            )
            for k in linked
        ]
    else:
        by_id = ctx.statements
        infs = ctx.index.linked
        refs = dict.fromkeys(r for inf in infs for r in (*inf.premises, inf.conclusion))
        table_by_id = {ref: terms(by_id[ref].text) for ref in refs if ref in by_id}
        found = [
            (
                inf.id,
                inf.premises,
                inf.conclusion,
                [table_by_id.get(p, _NONE) for p in inf.premises],
                table_by_id.get(inf.conclusion, _NONE),
            )
            for inf in infs
        ]
    ctx.memo["linked terms"] = found
    return found


def _quoted(words: list[str]) -> str:
    """``"a", "b"``: each word in double quotes, joined by commas."""
    return '"' + '", "'.join(words) + '"' if words else ""


@register(
    "conclusion-term-missing",
    severity="info",
    default=False,
    summary="A key term of a linked argument's conclusion appears in none of its premises.",
    explain=(
        "The rabbit rule: in a linked argument every key term of the conclusion should come "
        "from at least one premise; a term that appears only in the conclusion is pulled out "
        "of a hat. It often points to a missing (implicit) premise that connects the term.\n\n"
        + _HOW
        + "\n\nFix: add the premise that introduces the term (implicit: true if unstated), or "
        "reword the conclusion."
    ),
)
def find_conclusion_terms_missing(ctx: CheckContext) -> list[Finding]:
    """Conclusion terms of linked arguments that no premise mentions."""
    out: list[Finding] = []
    for ref, premises, conclusion, premise_terms, conclusion_terms in _arguments(ctx):
        seen: set[str] = set()
        for found in premise_terms:
            seen.update(found)
        missing = [word for term, word in conclusion_terms.items() if term not in seen]
        if missing:
            plural = "appear" if len(missing) > 1 else "appears"
            out.append(
                Finding(
                    "conclusion-term-missing",
                    Severity.INFO,
                    (ref, conclusion),
                    f"In {ref}, {_quoted(missing)} in the conclusion {conclusion} "
                    f"{plural} in none of the premises ({', '.join(premises)}).",
                    "Add the premise that links these terms to the others (perhaps an "
                    "implicit one), or reword the conclusion.",
                )
            )
    return out


@register(
    "premise-term-dangling",
    severity="info",
    default=False,
    summary="A key term of a linked premise appears in no other premise and not in the conclusion.",
    explain=(
        "The holding hands rule: in a linked argument every key term of a premise should "
        "appear again, in another premise or in the conclusion. A term that appears only "
        "once does no work in the argument: either it is beside the point, or a premise that "
        "connects it is missing.\n\n" + _HOW + "\n\nFix: add the connecting premise, or drop "
        "the term from the premise."
    ),
)
def find_premise_terms_dangling(ctx: CheckContext) -> list[Finding]:
    """Premise terms of linked arguments that nothing else in the argument mentions."""
    out: list[Finding] = []
    for ref, premises, _, premise_terms, conclusion_terms in _arguments(ctx):
        # The terms that appear twice: in the conclusion, or in two premises.
        again = set(conclusion_terms)
        seen: set[str] = set()
        for found in premise_terms:
            terms_p = found.keys()
            again.update(seen.intersection(terms_p))
            seen.update(terms_p)
        for p, found in zip(premises, premise_terms, strict=True):
            alone = [w for t, w in found.items() if t not in again]
            if alone:
                plural = "appear" if len(alone) > 1 else "appears"
                out.append(
                    Finding(
                        "premise-term-dangling",
                        Severity.INFO,
                        (p, ref),
                        f"In {ref}, {_quoted(alone)} in the premise {p} {plural} nowhere "
                        "else in the argument.",
                        "Link the term to the conclusion through another premise, or drop "
                        "it if it does no work.",
                    )
                )
    return out
