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


def _terms_of(ctx: CheckContext) -> dict[str, dict[str, str]]:
    """The terms of every statement in a linked argument, found once for both checks."""
    found = ctx.memo.get("terms")
    if not isinstance(found, dict):
        statements = ctx.statements
        refs = dict.fromkeys(r for inf in ctx.index.linked for r in (*inf.premises, inf.conclusion))
        found = ctx.memo["terms"] = {
            ref: terms(statements[ref].text) for ref in refs if ref in statements
        }
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
    table = _terms_of(ctx)

    out: list[Finding] = []
    for inf in ctx.index.linked:
        seen: set[str] = set()
        for p in inf.premises:
            seen.update(table.get(p, _NONE))
        missing = [
            word for term, word in table.get(inf.conclusion, _NONE).items() if term not in seen
        ]
        if missing:
            plural = "appear" if len(missing) > 1 else "appears"
            out.append(
                Finding(
                    "conclusion-term-missing",
                    Severity.INFO,
                    (inf.id, inf.conclusion),
                    f"In {inf.id}, {_quoted(missing)} in the conclusion {inf.conclusion} "
                    f"{plural} in none of the premises ({', '.join(inf.premises)}).",
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
    table = _terms_of(ctx)

    out: list[Finding] = []
    for inf in ctx.index.linked:
        # The terms that appear twice: in the conclusion, or in two premises.
        again = set(table.get(inf.conclusion, _NONE))
        seen: set[str] = set()
        for p in inf.premises:
            terms_p = table.get(p, _NONE).keys()
            again.update(seen.intersection(terms_p))
            seen.update(terms_p)
        for p in inf.premises:
            alone = [w for t, w in table.get(p, _NONE).items() if t not in again]
            if alone:
                plural = "appear" if len(alone) > 1 else "appears"
                out.append(
                    Finding(
                        "premise-term-dangling",
                        Severity.INFO,
                        (p, inf.id),
                        f"In {inf.id}, {_quoted(alone)} in the premise {p} {plural} nowhere "
                        "else in the argument.",
                        "Link the term to the conclusion through another premise, or drop "
                        "it if it does no work.",
                    )
                )
    return out
