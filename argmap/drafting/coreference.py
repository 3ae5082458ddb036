"""Whom "he", "she", "they" or "it" refers to: the holders mentioned so far.

A :class:`Discourse` follows the text unit by unit and keeps the holders it
mentions: runs of capitalised words (a name), lists of names or groups
("Ann Lee, Bo Park and Cy Moss"), plural subjects ("the mayor's
rivals cannot ..."), and every speaker found. Each mention knows its
number and whether it names a person: a name opened by "the" is an
organisation or a group ("the Greens", "the BBC"), a name of two words or
more without one is a person, a single word is a person when a longer name
ended with it ("Judt" after "Tony Judt") or a title comes before it ("Mr
Taylor", "uncle Alex"). A pronoun then takes the latest mention that agrees
with it: "he" and "she" a singular person, "they" a plural, "it" a singular
non-person.

>>> from argmap.drafting.lexicon import tokens
>>> d = Discourse()
>>> d.read(tokens("The mayor's rivals cannot count on the vote."), 0)
>>> d.read(tokens("Tony Judt, the historian, agreed with the BBC."), 1)
>>> d.resolve("they", 2), d.resolve("he", 2), d.resolve("it", 2)
("mayor's rivals", 'Tony Judt', 'BBC')
>>> d.resolve("the historian", 2)
'Tony Judt'

"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from argmap.drafting import cues
from argmap.drafting.lexicon import first_word
from argmap.drafting.nounphrase import is_plural, is_possessive, subject_start

__all__ = ["Discourse", "Mention"]


@dataclass(frozen=True)
class Mention:
    """A holder named in the text: its words, its number, whether it is a person."""

    text: str
    plural: bool
    #: ``None`` when it may be either: a single capitalised word ("Bellway").
    person: bool | None
    sentence: int
    #: Lower-case words next to the name that say what the person is ("BBC
    #: reporter Tim Wilcox", "Ann Dale, the historian").
    roles: frozenset[str] = frozenset()


_PRONOUNS = frozenset("he she his her him they their them it its".split())  # noqa: SIM905
#: Nouns of a person's role that refer back to the person named ("the historian").
_ROLES = frozenset(cues.SPEAKER_NOUNS) - frozenset(
    """government administration ministry party court police company firm report study union
    commission committee council board agency department office regime""".split()  # noqa: SIM905
)
#: A role noun ("the reporter") looks this many sentences back for the person.
_ROLE_REACH = 12
#: A pronoun looks this many sentences back for its holder.
_REACH = 3
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_TITLES = frozenset(
    """mr mrs ms miss dr sir lord lady dame president senator minister uncle aunt father
    mother brother sister professor prof rev judge general captain""".split()  # noqa: SIM905
)
_NOT_NAMES = (
    cues.ENGLISH_FUNCTION_WORDS
    | frozenset(cues.TIME_NOUNS)
    | frozenset({"i", "i'm", "i've", "i'd", "i'll", "it's", "that's", "there's", "let's", "what's"})
)
_CONNECT = frozenset({"of", "de", "van", "von", "der", "den", "du", "la", "le", "al", "bin"})
_VERB_AFTER_SUBJECT = frozenset(
    """is are was were have has had will would can could cannot may might must should do does
    did say says said think thinks believe believes""".split()  # noqa: SIM905
)


class Discourse:
    """The holders mentioned so far in a text, latest last.

    Units are only read for their mentions when a pronoun asks (most units
    are never needed), and only those within reach of it.
    """

    def __init__(self) -> None:
        #: (sentence, the unit's words or a speaker's mention), in text order.
        self._entries: list[tuple[int, list[str] | Mention]] = []
        self._read: dict[int, list[Mention]] = {}

    def read(self, words: list[str], sentence: int) -> None:
        """Note a unit whose names, lists and plural subjects a pronoun may refer to."""
        self._entries.append((sentence, words))

    def speaker(self, holder: str, sentence: int) -> None:
        """Note a holder found by a verb of saying (a person unless it reads as a group)."""
        names = holder.split()
        head = names[-1]
        plural = " and " in holder or ((head.islower() or len(names) == 1) and is_plural(head))
        person = not plural and any(w[:1].isupper() for w in names)
        self._entries.append((sentence, Mention(holder, plural, person, sentence)))

    def resolve(self, pronoun: str, sentence: int) -> str | None:
        """The latest mention, within a few sentences, that agrees with ``pronoun``.

        A definite role noun ("the historian", "this same reporter") takes the
        latest person named with that role.
        """
        pronoun = pronoun.lower()
        role = pronoun.split()[-1]
        if role not in _PRONOUNS:
            for m in reversed(self._mentions(sentence - _ROLE_REACH)):
                if m.person is not False and role in m.roles:
                    return m.text
            return None
        mentions = self._mentions(sentence - _REACH)
        for m in reversed(mentions):
            if _agrees(m, pronoun):
                return m.text
        for m in reversed(mentions):  # a single word that may name a person or a body
            if m.person is None and not m.plural:
                return m.text
        return None

    def _mentions(self, since: int) -> list[Mention]:
        """The mentions from sentence ``since`` on, in text order."""
        start = len(self._entries)
        while start and self._entries[start - 1][0] >= since:
            start -= 1
        out: list[Mention] = []
        surnames: set[str] = set()
        for k in range(start, len(self._entries)):
            sentence, entry = self._entries[k]
            if isinstance(entry, Mention):
                found = [entry]
            else:
                if k not in self._read:
                    self._read[k] = _mentions_in(entry, sentence, surnames)
                found = self._read[k]
            for m in found:
                if m.person is True and " " in m.text:
                    surnames.add(m.text.split()[-1])
            out.extend(found)
        return out


def _mentions_in(words: list[str], sentence: int, surnames: set[str]) -> list[Mention]:
    """The names, lists and plural subjects of one unit."""
    found = _names(words, sentence, surnames)
    low = [w.lower() for w in words]
    for extra in (_plural_subject(words, sentence), _noun_list(words, low, sentence)):
        if extra is not None:
            found.append(extra)
    return found


def _agrees(m: Mention, pronoun: str) -> bool:
    if pronoun in ("he", "she", "his", "her", "him"):
        return m.person is True and not m.plural
    if pronoun in ("they", "their", "them"):
        return m.plural
    return m.person is False and not m.plural  # "it", "its"


def _join(words: list[str]) -> str:
    """Words joined as written: no space before a comma."""
    return " ".join(words).replace(" ,", ",")


def _is_capital(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _NOT_NAMES


def _names(words: list[str], sentence: int, surnames: set[str]) -> list[Mention]:
    """Runs of capitalised words, and lists of them joined by commas and "and"."""
    out: list[Mention] = []
    start = first_word(words)
    k = start
    n = len(words)
    runs: list[tuple[int, int]] = []
    while k < n:
        if not words[k][:1].isupper() or words[k].lower() in _NOT_NAMES:
            k += 1
            continue
        end = k + 1
        while end < n and (
            _is_capital(words[end])
            or (words[end].lower() in _CONNECT and end + 1 < n and _is_capital(words[end + 1]))
        ):
            end += 1
        runs.append((k, end))
        k = end
    for a, b in runs:
        run = words[a:b]
        text = " ".join(run)
        if is_possessive(run[-1]):
            text = text[:-2] if run[-1].endswith(("'s", "’s")) else text[:-1]
        before = words[a - 1].lower() if a else ""
        determined = before in _DETERMINERS
        plural = determined and (run[-1].endswith(("s", "s'", "s’")) and not run[-1].endswith("ss"))
        person: bool | None = not determined and (
            len(run) >= 2 or text in surnames or before.strip(".") in _TITLES
        )
        if not person and not determined and len(run) == 1 and not text.isupper():
            person = None  # "Bellway", "Cameron's": a person or a body ("TV", "NHS": a body)
        if a == start and len(run) == 1 and not (person or is_possessive(run[0])):
            continue  # a capitalised first word: too often not a name at all
        roles = frozenset(w.lower() for w in words[max(0, a - 2) : a] if w.isalpha())
        if b + 2 < n and words[b] == "," and words[b + 1].lower() in ("the", "a", "an"):
            roles |= {w.lower() for w in words[b + 2 : b + 4] if w.isalpha()}
        out.append(Mention(text, plural, person, sentence, roles))
    for (a1, b1), (a2, _b2) in pairwise(runs):
        between = [w.lower() for w in words[b1:a2]]
        if between in (["and"], [",", "and"]) and (
            a1 == start or (a1 and words[a1 - 1] in (",", ":"))
        ):
            first = a1
            while first > start and words[first - 1] == ",":
                prev = [r for r in runs if r[1] == first - 1]
                if not prev:
                    break
                first = prev[0][0]
            out.append(Mention(_join(words[first:_b2]), True, False, sentence))
    return out


def _plural_subject(words: list[str], sentence: int) -> Mention | None:
    """A plural subject ("Cameron's opponents cannot ..."): a holder "they" may refer to.

    The subject follows an opening phrase of time or place, or any opening
    phrase closed by a comma within the first words ("All the same, ...").
    """
    start = subject_start(words, len(words))
    found = _plural_subject_at(words, start, sentence)
    comma = next((i for i in range(start, min(len(words), start + 6)) if words[i] == ","), None)
    if found is None and comma is not None:
        found = _plural_subject_at(words, comma + 1, sentence)
    return found


def _plural_subject_at(words: list[str], start: int, sentence: int) -> Mention | None:
    k = start
    n = len(words)
    while k < n and k < start + 5 and (words[k].isalpha() or is_possessive(words[k])):
        if words[k].lower() in _VERB_AFTER_SUBJECT:
            break
        k += 1
    if k == start or k >= n or words[k].lower() not in _VERB_AFTER_SUBJECT:
        return None
    head = words[k - 1]
    if not (head.islower() and is_plural(head)):
        return None
    phrase = words[start:k]
    while phrase and phrase[0].lower() in _DETERMINERS:
        phrase = phrase[1:]
    return Mention(" ".join(phrase), True, False, sentence) if phrase else None


def _noun_list(words: list[str], low: list[str], sentence: int) -> Mention | None:
    """ "the doubters, the worriers and the Moss camp": a list of
    noun phrases, each opened by "the", one of them a plural."""
    if low.count("the") < 2 or "and" not in low:
        return None
    n = len(low)
    for k in range(n):
        if low[k] != "the":
            continue
        items: list[tuple[int, int]] = []
        j = k
        while j < n and low[j] == "the":
            end = j + 1
            while end < n and end < j + 4 and words[end].isalpha() and low[end] != "and":
                end += 1
            if end == j + 1:
                break
            items.append((j, end))
            if end < n and low[end] == "," and end + 1 < n and low[end + 1] in ("the", "and"):
                end += 1
            if end < n and low[end] == "and":
                end += 1
            j = end
        if len(items) >= 2 and any(is_plural(words[b - 1]) for _, b in items):
            return Mention(_join(words[items[0][0] + 1 : items[-1][1]]), True, False, sentence)
    return None
