"""Reported propositions: a holder other than the author, and what they say, think or want.

A unit reports a proposition when its structure says someone holds it, not
when a particular word appears. :func:`find_report` looks for six shapes:

* a holder, a verb of saying, believing, wanting or fearing, and a
  complement: "that ...", a colon, a quotation, "how/why/whether ...", "so",
  a clause ("Cameron's people insist he won't come"), or "to ..." after a
  verb of wanting or deciding ("the strategists have decided to ...");
* a holder, "be" and an adjective of a view held ("the team are sure they
  ...", "officials are convinced that ...");
* a noun that holds a proposition, with its holder as possessor or after
  "of", "from" or "by" ("Ofcom's decision that ...", "the opinion of X",
  "talk from the media about how ...", "their position is that ...");
* a parenthetical verb of saying ("Our capital, they say, can't cope",
  "It was, say some, a reaction");
* a passive with its agent ("as suggested by the Civic Budget Institute",
  "the tale told by the Henry Fords of this world");
* an existential report with no holder ("there is deepening concern that ...").

The holder is a noun phrase (see :mod:`argmap.drafting.nounphrase`), a
pronoun for the caller to resolve, or ``None`` when nobody is named. The
author's own "I think" or "we want" is no report.

>>> from argmap.drafting.lexicon import tokens
>>> find_report(tokens("Lee's team are sure they are running on a good record."))
Report(holder="Lee's team", verb='sure', form='adjective', at=3)
>>> find_report(tokens("Our capital, they say, can't cope with more people."))
Report(holder='they', verb='say', form='parenthetical', at=4)
>>> find_report(tokens("I think the plan will work.")) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.drafting import cues
from argmap.drafting.lexicon import lower
from argmap.drafting.nounphrase import (
    AUTHOR_PRONOUNS,
    is_possessive,
    noun_after,
    noun_before,
    subject_start,
)
from argmap.drafting.verbs import FORMS

__all__ = ["UNNAMED", "Report", "agent_phrase", "find_report"]


@dataclass(frozen=True)
class Report:
    """A proposition reported in a unit: who holds it, the word that says so, how."""

    holder: str | None
    verb: str
    #: "verb", "adjective", "noun", "parenthetical", "passive" or "existential".
    form: str
    #: Index of the reporting word in the unit's words.
    at: int


_BE = frozenset(
    "is are was were be been being 's 're remain remains remained seem seems seemed".split()  # noqa: SIM905
)
_HAVE_BEEN = frozenset({"has", "have", "had"})
_MODALS = frozenset("will would may might could can should must shall".split())  # noqa: SIM905
_SKIPPED = (
    frozenset(
        """also still now often always never long repeatedly again publicly privately
    already once then each all both""".split()  # noqa: SIM905
    )
    | _MODALS
)
_PREPOSITIONS = frozenset("for of in on at by with without from about after before".split())  # noqa: SIM905
_OBJECT_PRONOUNS = frozenset({"us", "me", "them", "him", "her", "you", "it"})
_QUOTES = frozenset({'"', "“", "'", "‘"})
_WH = frozenset("how why what whether if when where who which".split())  # noqa: SIM905
#: Words that open a clause: a complement without "that" ("insist he won't").
_SUBJECT_PRONOUNS = frozenset("i we you he she they there".split())  # noqa: SIM905
#: Auxiliaries and forms of "be" and "have": a finite verb, so a clause.
_FINITE = frozenset(
    """is are was were will would can could should must may might has have had do does did
    isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't doesn't don't didn't
    hasn't haven't 's 're""".split()  # noqa: SIM905
)
_CLAUSE_OPENERS = frozenset(
    """i we you he she it they there this these those the a an our their his her its my your
    no some many all most every everyone nobody anyone people""".split()  # noqa: SIM905
)
#: Before a form that is also a noun, these make it one ("these claims", "his fears").
_NOUN_MARKERS = frozenset(
    "the these those such their its his her our my your a an whose of this that".split()  # noqa: SIM905
)
_VIEW_NOUNS = cues.VIEW_NOUNS | frozenset(n + "s" for n in cues.VIEW_NOUNS)
_AGENT_PREPOSITIONS = frozenset({"of", "from", "by", "among"})
_STOPS = frozenset({".", "!", "?", ";"})
_NOUN_PHRASE_END = _STOPS | {"that", ",", "about", ":"}
#: Bare quantifiers that hold a view as subjects ("Some have suggested that").
#: The holder of a view reported with nobody named ("there are concerns that").
UNNAMED = "unnamed commentators"
_NOT_HOLDERS = frozenset({"the", "a", "an", "this", "that", "in", "on", "at", "of"})
_POSSESSIVE_PRONOUNS = {"their": "they", "his": "he", "her": "she", "its": "it"}
_QUANTIFIER_HOLDERS = frozenset("some many others most few several".split())  # noqa: SIM905
#: The words a report can turn on (a verb, an adjective or a noun of belief,
#: "there"): most words of a unit are none of them.
_TURNING_WORDS = frozenset(FORMS) | cues.BELIEF_ADJECTIVES | _VIEW_NOUNS | {"there"}


def find_report(words: list[str], low: list[str] | None = None) -> Report | None:
    """The first proposition reported in ``words`` (a unit's tokens), else ``None``."""
    low = low if low is not None else lower(words)
    for k, w in enumerate(low):
        if w not in _TURNING_WORDS:
            continue
        found: Report | None = None
        if w in FORMS and words[k].islower():
            found = _verb(words, low, k)
        if found is None and w in cues.BELIEF_ADJECTIVES:
            found = _adjective(words, low, k)
        if found is None and w in _VIEW_NOUNS:
            found = _noun(words, low, k)
        if found is None and w == "there":
            found = _existential(low, k)
        if found is not None:
            if found.holder is not None and found.holder.lower() in AUTHOR_PRONOUNS:
                return None  # the author's own view: "I think", "we are sure"
            if found.holder is not None and found.holder.lower() in _POSSESSIVE_PRONOUNS:
                holder = _POSSESSIVE_PRONOUNS[found.holder.lower()]
                return Report(holder, found.verb, found.form, found.at)
            return found
    return None


# -- a verb and its complement ------------------------------------------------------


def _complement(low: list[str], k: int, base: str, klass: str) -> bool:
    """Whether a proposition follows the verb ending at ``k``."""
    n = len(low)
    while k < n and (low[k] in _SKIPPED or (low[k].endswith("ly") and len(low[k]) > 4)):
        k += 1
    if base in cues.OBJECT_REPORTING_VERBS and k < n and low[k] in _OBJECT_PRONOUNS:
        k += 1
    if k >= n:
        return False
    nxt = low[k]
    if nxt in ("that", ":") or nxt in _QUOTES or nxt in _WH:
        return True
    if nxt in ("so", "not") and (k + 1 == n or low[k + 1] in _STOPS | {","}):
        return True  # "thinks so", "hopes not"
    if nxt == "to":
        return klass == "want" or base in cues.OBJECT_REPORTING_VERBS
    if klass not in ("say", "believe", "fear") or nxt not in _CLAUSE_OPENERS:
        return False
    if nxt in _SUBJECT_PRONOUNS:
        return True  # "insist he won't come"
    # "said the plan would fail" (a clause) but not "announced a review" (an object):
    # a finite verb must follow the noun phrase before any punctuation
    for w in low[k + 1 : k + 9]:
        if w in _FINITE:
            return True
        if not w[:1].isalnum():
            return False
    return False


def _verb(words: list[str], low: list[str], k: int) -> Report | None:
    base, klass, tense = FORMS[low[k]]
    before = low[k - 1] if k else ""
    if before in _NOUN_MARKERS or before == "to":
        return None  # "these claims", "to say": no report here
    if tense == "ing" and before in _PREPOSITIONS:
        return None  # "forgiven for thinking": a gerund, no holder named
    if tense == "past" and (before in _BE or low[k + 1 : k + 2] == ["by"]):
        return _passive(words, low, k)  # "was declared X by Y", "the lie told by Y"
    if klass in ("say", "believe") and tense != "ing":
        found = _parenthetical(words, low, k)
        if found is not None:
            return found
    if before in _BE and tense != "ing":
        return None
    free_relative = k > 1 and low[k - 2] in ("what", "which")  # "what they say is ..."
    if not (free_relative or _complement(low, k + 1, base, klass)):
        return None
    if before == "who" and k > 1 and low[k - 2] == ",":
        holder = _relative_antecedent(words, k - 2)  # "X, the professor, who declared"
    elif tense == "ing" and before not in _BE:
        # "..., suggesting there was no kidnap": the clause's subject holds it
        holder = noun_after(words, subject_start(words, k), k)
    else:
        m = k - 1
        while m > 0 and low[m] in _MODALS:
            m -= 1  # "journalists will coo:"
        holder = noun_before(words, m + 1) or noun_after(words, subject_start(words, k), k)
    if holder is None:
        start = subject_start(words, k)
        if start < k and low[start] in _QUANTIFIER_HOLDERS:
            holder = f"{low[start]} people" if low[start] != "others" else "others"
    if holder is None:
        return None
    return Report(holder, words[k], "verb", k)


#: An agent's noun phrase ("by the Henry Fords of this world") ends before these.
_AGENT_END = _STOPS | frozenset(
    {",", ":", "(", ")", "-", "—", "–", '"', "“", "”"}
    | {"who", "which", "that", "when", "because", "about", "over", "as", "to", "in", "for"}
)
_AGENT_WORDS = 8


def agent_phrase(words: list[str], start: int) -> str | None:
    """The noun phrase after "by", "of" or "from" that names a holder, without
    its determiner ("by organs of the media like Time magazine").

    >>> from argmap.drafting.lexicon import tokens
    >>> words = tokens("the tale told by the Henry Fords of this world: that we must")
    >>> agent_phrase(words, 4)
    'Henry Fords of this world'
    """
    taken: list[str] = []
    for w in words[start : start + _AGENT_WORDS]:
        if w.lower() in _AGENT_END:
            break
        taken.append(w)
    while taken and taken[0].lower() in ("the", "a", "an", "some", "many"):
        taken = taken[1:]
    if not taken or not taken[0][:1].isalpha() or taken[0].lower() in AUTHOR_PRONOUNS:
        return None
    return " ".join(taken)


def _names_someone(phrase: str) -> bool:
    """A name, or a noun for people or a source ("the opinion of Ann Dale", "of experts")."""
    words = phrase.split()
    return words[0][:1].isupper() or words[-1].lower() in _SPEAKERS


_SPEAKERS = frozenset(cues.SPEAKER_NOUNS) | frozenset(cues.SOURCE_NOUNS)


def _relative_antecedent(words: list[str], comma: int) -> str | None:
    """The holder before ", who said": a name, also across an apposition
    ("Ann Dale, assistant professor, who said")."""
    found = noun_before(words, comma)
    if found is not None and not any(w[:1].isupper() for w in found.split()):
        inner = next((i for i in range(comma - 1, max(0, comma - 6), -1) if words[i] == ","), 0)
        if inner > 0:
            return noun_before(words, inner) or found
    return found


def _parenthetical(words: list[str], low: list[str], k: int) -> Report | None:
    """ ", they say,", ", the strategist would reckon,", ", say some,": a verb of
    saying set off by commas inside the proposition it reports."""
    n = len(low)
    j = k + 1
    if j < n and low[j] in _OBJECT_PRONOUNS:
        j += 1
    if j < n and low[j] in (",", ".", ";") and "," in low[max(0, k - 6) : k]:
        m = k - 1
        while m >= 0 and low[m] in _MODALS:
            m -= 1
        holder = noun_before(words, m + 1)
        if holder is not None:
            return Report(holder, words[k], "parenthetical", k)
    if k and low[k - 1] == ",":
        end = k + 1
        while end < n and end <= k + 3 and words[end].isalpha():
            end += 1
        if end > k + 1 and end < n and low[end] == ",":
            return Report(" ".join(words[k + 1 : end]), words[k], "parenthetical", k)
    return None


def _passive(words: list[str], low: list[str], k: int) -> Report | None:
    """ "was declared overused by X", "is suggested by X": the agent holds it."""
    for j in range(k + 1, min(len(low), k + 6)):
        if low[j] == "by":
            holder = agent_phrase(words, j + 1)
            return Report(holder, words[k], "passive", k) if holder else None
        if low[j] in _STOPS or low[j] == ",":
            return None
    return None


# -- an adjective, a noun, an existential ---------------------------------------------


def _adjective(words: list[str], low: list[str], k: int) -> Report | None:
    """ "the team are sure they ...": a holder, "be", an adjective of a view, a complement."""
    j = k - 1
    while j >= 0 and (low[j] in _SKIPPED or low[j] in ("so", "very", "quite", "not")):
        j -= 1
    if j < 1 or low[j] not in _BE:
        return None
    about_what = low[k + 1 : k + 2] == ["about"] and low[k + 2 : k + 3] and low[k + 2] in _WH
    if not (about_what or _complement(low, k + 1, "believe", "believe")):
        return None  # "worried about their jobs": a feeling about a thing, no proposition
    holder = noun_before(words, j + 1) if low[j - 1] not in ("it", "this", "that") else None
    if holder is None or holder.lower() in ("it", "this", "that", "there"):
        return None
    return Report(holder, words[k], "adjective", k)


def _noun(words: list[str], low: list[str], k: int) -> Report | None:
    """ "Ofcom's decision that", "the opinion of X", "their position is that"."""
    n = len(low)
    if k and low[k - 1] in _PREPOSITIONS:
        return None  # "forgiven for thinking that": a gerund
    after = k + 1
    holder: str | None = None
    if after < n and low[after] in _AGENT_PREPOSITIONS:
        holder = agent_phrase(words, after + 1)
        if holder is not None and low[after] == "of" and not _names_someone(holder):
            return None  # "a sense of the absurd that": what is held, not who holds it
        while after < n and low[after] not in _NOUN_PHRASE_END:
            after += 1
    if after < n and low[after] in _BE:
        after += 1
    if after >= n or low[after] not in ("that", ":", "about"):
        return None
    if low[after] == "about" and (after + 1 >= n or low[after + 1] not in _WH):
        return None
    if holder is None and k and is_possessive(words[k - 1]):
        start = k - 1
        while start and words[start - 1][:1].isupper() and low[start - 1] not in _NOT_HOLDERS:
            start -= 1
        owner = " ".join(words[start:k])
        holder = owner[:-1] if owner.endswith(("s'", "s’")) else owner[:-2]
    if holder is None and k and low[k - 1] in ("their", "his", "her", "its"):
        holder = low[k - 1]  # "their view is that": a pronoun to resolve
    if holder is None:
        holder = _governing_subject(words, low, k)
    return Report(holder, words[k], "noun", k)


def _governing_subject(words: list[str], low: list[str], k: int) -> str | None:
    """ "Downing Street clings to the explanation that": the subject of the clause."""
    start = subject_start(words, k)
    if start >= k or low[start] in ("the", "a", "an", "this", "there", "it"):
        return None
    found = noun_after(words, start, k)
    if found is None or sum(w[:1].isupper() for w in found.split()) < 2:
        return None  # only a name holds it so: "Low prices led to the idea that" names nobody
    return found


def _existential(low: list[str], k: int) -> Report | None:
    """ "there is deepening concern that", "there have been complaints about how"."""
    j = k + 1
    n = len(low)
    if j < n and low[j] in _HAVE_BEEN:
        j += 1
    if j >= n or low[j] not in _BE:
        return None
    j += 1
    if j < n and low[j] == "been":
        j += 1
    for m in range(j, min(n, j + 4)):
        if low[m] in _VIEW_NOUNS:
            nxt = low[m + 1] if m + 1 < n else ""
            if nxt in ("that", "about", "over", "as", ":", ",") or nxt in _WH:
                return Report(UNNAMED, low[m], "existential", m)
            return None
        if not low[m].isalpha():
            return None
    return None
