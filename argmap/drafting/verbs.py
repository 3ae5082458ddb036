"""Inflected forms of the verbs by which someone reports a proposition.

:data:`argmap.drafting.cues.REPORTING_VERBS` lists base forms by class
(saying, believing, wanting, fearing); :func:`verb_forms` derives the forms
running text uses, so "suggests", "suggested" and "suggesting" need not be
listed one by one.

>>> sorted(verb_forms("worry"))
['worried', 'worries', 'worry', 'worrying']
>>> FORMS["told"]
('tell', 'say', 'past')
"""

from __future__ import annotations

from collections.abc import Mapping

from argmap.drafting import cues

__all__ = ["FORMS", "verb_forms"]

_VOWELS = frozenset("aeiou")
#: Verbs that double their final consonant ("planned", "admitting").
_DOUBLING = frozenset({"plan", "admit", "object", "regret", "commit", "refer", "prefer"})


def verb_forms(base: str) -> dict[str, str]:
    """``{form: tense}`` of a regular or listed irregular verb (tense: base,
    third, past, ing)."""
    irregular = cues.IRREGULAR_VERB_FORMS.get(base)
    if irregular:
        third, past, participle, ing = irregular
        return {base: "base", third: "third", past: "past", participle: "past", ing: "ing"}
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        third, past = base[:-1] + "ies", base[:-1] + "ied"
    elif base.endswith(("s", "sh", "ch", "x")) or (base.endswith("o") and not base.endswith("oo")):
        third, past = base + "es", base + "ed"
    else:
        third = base + "s"
        past = base + "d" if base.endswith("e") else base + "ed"
    stem = base
    if base in _DOUBLING and base != "object":
        stem = base + base[-1]
        past = stem + "ed"
    ing = (stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem) + "ing"
    return {base: "base", third: "third", past: "past", ing: "ing"}


def _table() -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for base, klass in cues.REPORTING_VERBS.items():
        for form, tense in verb_forms(base).items():
            table.setdefault(form, (base, klass, tense))
    return table


#: Every form of every reporting verb: form -> (base, class, tense).
FORMS: Mapping[str, tuple[str, str, str]] = _table()
