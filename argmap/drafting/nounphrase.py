"""Noun phrases that name who holds a view: the chunker behind the speaker finder.

A speaker is named by a noun phrase: a run of capitalised words ("Secretary
of State Mike Pompeo"), a source or speaker noun with its modifiers ("the
finance minister", "western reports"), or a lower-case noun opened by a
determiner ("one young volunteer"). These functions find that phrase before
a verb (:func:`noun_before`), after it (:func:`noun_after`), or at the head
of a clause after an opening phrase of time or place (:func:`subject_start`).

>>> from argmap.drafting.lexicon import tokens
>>> words = tokens("On Monday, the finance minister said so.")
>>> noun_before(words, words.index("said"))
'finance minister'
>>> subject_name(tokens("In Paris, Mayor Ann Dale spoke."))
'Mayor Ann Dale'
"""

from __future__ import annotations

from argmap.drafting import cues
from argmap.drafting.lexicon import first_word

__all__ = [
    "AUTHOR_PRONOUNS",
    "PRONOUNS",
    "common_noun_after",
    "inverted_speaker",
    "is_plural",
    "is_possessive",
    "last_name",
    "noun_after",
    "noun_before",
    "source_phrase",
    "source_subject",
    "subject_name",
    "subject_start",
]

_SOURCES = frozenset(cues.SOURCE_NOUNS)
_TIME = frozenset(cues.TIME_NOUNS)
#: A speaker's noun phrase may open with these before lower-case modifiers
#: ("the finance minister", "western reports").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "another", "new"})
_QUANTIFIERS = frozenset({"some", "many", "several", "recent", "most", "various"})
_RELATIVE = frozenset({"who", "which", "whose", "whom"})
_PREPOSITIONS = frozenset("of in on at by for with from to into about".split())  # noqa: SIM905
_SPEAKER_NOUNS = frozenset(cues.SPEAKER_NOUNS)
_AUX = frozenset(
    """has have had is are was were been also repeatedly again recently then publicly once
    long already often now further reportedly kept keep keeps""".split()  # noqa: SIM905
)
_CONNECT = frozenset({"of", "the", "and", "for", "de", "von", "van"})
_LEADING = frozenset(
    {"however", "but", "yet", "still", "and", "so", "also", "meanwhile", "indeed", "now"}
    | {"instead", "besides", "likewise", "similarly", "nonetheless", "nevertheless", "then"}
    | {"moreover", "furthermore", "otherwise", "therefore", "thus", "hence", "again"}
)
#: Capitalised at the start of a sentence, but never a speaker's name.
_NOT_NAMES = cues.ENGLISH_FUNCTION_WORDS | frozenset(
    {"having", "back", "after", "before", "despite", "although", "though", "during", "once"}
    | {"just", "even", "perhaps", "still", "take", "look", "consider"}
    | {"while", "whereas", "when", "if", "unless", "because", "since", "as", "whether"}
    | {"you've", "we've", "i've", "they've", "you're", "we're", "they're", "i'm", "you'd"}
    | {"it's", "it’s", "that's", "that’s", "there's", "there’s", "here's", "what's", "let's"}
)
#: Who speaks for the author.
AUTHOR_PRONOUNS = frozenset({"i", "we", "us", "me", "our"})
#: Pronoun speakers, resolved by the caller to the last named speaker.
PRONOUNS = frozenset({"he", "she", "they", "it", "this", "that"})


def _is_name(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() or low in _SPEAKER_NOUNS or low in _SOURCES


def _pronoun(low: str) -> str:
    """A pronoun without its contraction ("he'd" -> "he"); other words unchanged."""
    for mark in ("'", "’"):
        if mark in low:
            head = low.split(mark, 1)[0]
            return head if head in PRONOUNS or head in AUTHOR_PRONOUNS else low
    return low


def _clean(taken: list[str]) -> str | None:
    while taken and (
        taken[0].lower() in _CONNECT
        or taken[0].lower() in _LEADING
        or taken[0].lower() in _NOT_NAMES
        or taken[0].lower() in _TIME
    ):
        taken = taken[1:]
    while taken and taken[-1].lower() in _CONNECT:
        taken = taken[:-1]
    while len(taken) > 1 and taken[0].islower() and taken[1][:1].isupper():
        taken = taken[1:]  # "historian Tony Judt": the name speaks
    if not taken or not any(_is_name(w) for w in taken):
        return None
    return " ".join(taken).replace(" .", ".")


def noun_before(words: list[str], pos: int) -> str | None:
    k = pos - 1
    while k >= 0 and (words[k].lower() in _AUX or _is_adverb(words[k])):
        k -= 1
    if k >= 0 and words[k].lower() in {"and", "or", "but"}:
        return None  # "I moved to Leeds and found work": the verb shares the subject before
    k = _skip_insertion(words, k)
    end = k
    taken: list[str] = []
    while k >= 0:
        w = words[k]
        low = w.lower()
        if not taken and (pronoun := _pronoun(low)) in AUTHOR_PRONOUNS | PRONOUNS:
            return pronoun
        if (
            (w == "." and k and words[k - 1].lower() in cues.ABBREVIATIONS)
            or _is_name(w)
            or low in _CONNECT
        ):
            taken.append(w)
        else:
            if not taken and k == end:
                return _common_noun_subject(words, k)  # "a poster asks", "our teachers warned"
            break
        k -= 1
    taken.reverse()
    if taken and taken[-1].lower() in _SPEAKER_NOUNS | _SOURCES:
        taken = _modifiers(words, k) + taken
    return _clean(taken)


def _is_adverb(word: str) -> bool:
    """ "cheerfully", "angrily": a manner adverb between a speaker and the verb."""
    return len(word) > 4 and word.islower() and word.endswith("ly") and word.isalpha()


#: Before a lower-case noun, these open the noun phrase of a speaker ("one
#: resident", "a poster", "our teachers").
_OPENING_DETERMINERS = _DETERMINERS | frozenset({"one", "another", "our", "my", "your", "two"})


def _common_noun_subject(words: list[str], k: int) -> str | None:
    """A lower-case noun speaking, opened by a determiner at most two words back.

    "one resident told", "a young volunteer says", "One Jewish woman, ..., told":
    the noun and its modifiers (without the determiner). Not after a
    preposition ("in a report told") and never a word of time.
    """
    w = words[k]
    if not (w.isalpha() and w.islower()) or w in _TIME:
        return None
    for back in range(1, 6):
        j = k - back
        if j < 0:
            # the noun phrase opens the clause without a determiner: "Health
            # guidelines suggest", "Senior officials think"
            return " ".join(words[: k + 1]) if back > 1 and is_plural(w) else None
        low = words[j].lower()
        if low in _OPENING_DETERMINERS:
            if j and words[j - 1].lower() in _PREPOSITIONS:
                return None
            return " ".join(words[j + 1 : k + 1])
        if is_possessive(words[j]) and words[j][:1].isupper():
            # "Cameron's people insist": the possessor and its noun
            start = j
            while start and words[start - 1][:1].isupper() and _is_name(words[start - 1]):
                start -= 1
            if start and words[start - 1].lower() in _PREPOSITIONS:
                return None  # "relatives of Ann Dale's victim argue": the subject is further back
            return " ".join(words[start : k + 1])
        if not words[j].isalpha() or low in _NOT_NAMES:
            return None
    return None


def is_possessive(word: str) -> bool:
    """ "Cameron's", "the Greens'": a possessor."""
    return word.endswith(("'s", "’s", "s'", "s’"))


#: Plural nouns without a final "s".
_IRREGULAR_PLURALS = frozenset(
    "people police media children men women staff clergy public folk".split()  # noqa: SIM905
)


def is_plural(noun: str) -> bool:
    """ "guidelines", "people": a plural noun (by its ending, or one of a few)."""
    low = noun.lower()
    return low in _IRREGULAR_PLURALS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
    )


def common_noun_after(words: list[str], start: int, stop: int) -> str | None:
    """A determiner and a lower-case noun after an inverted verb of saying.

    '"...," says one young volunteer', 'explained an army pilot named Ben':
    the noun and its modifiers without the determiner, or the name that
    follows "named" or "called".

    >>> from argmap.drafting.lexicon import tokens
    >>> words = tokens('"Stop," says one young volunteer, smiling.')
    >>> common_noun_after(words, words.index("one"), len(words))
    'young volunteer'
    """
    return _common_noun_after(words, start, stop)[0]


def _common_noun_after(words: list[str], start: int, stop: int) -> tuple[str | None, int]:
    if start >= stop or words[start].lower() not in _OPENING_DETERMINERS:
        return None, start
    taken: list[str] = []
    k = start + 1
    # lower-case words, hyphenated ones too ("a worried-looking farmer named Donna")
    while (
        k < stop and len(taken) < 4 and words[k].replace("-", "").isalpha() and words[k].islower()
    ):
        if words[k] in ("named", "called") and k + 1 < stop and words[k + 1][:1].isupper():
            return words[k + 1], k + 2
        if words[k] in _PHRASE_STOPS:
            break
        taken.append(words[k])
        k += 1
    if k < stop and words[k][:1].isupper() and taken and words[k].lower() not in _NOT_NAMES:
        return None, k  # "said the website Canadaland": the name is taken elsewhere
    return (" ".join(taken) if taken else None), k


#: A common noun phrase after an inverted verb ends before these.
_PHRASE_STOPS = frozenset(
    "who which that as while when and but with of in on at to for from by".split()  # noqa: SIM905
)


def _skip_insertion(words: list[str], k: int) -> int:
    """Step back over ", who chaired the session," or an apposition before a verb.

    ``k`` is the last word before the verb; the result is the last word of
    the subject. Only an insertion closed by a comma or a dash that opens
    with a relative pronoun or a determiner, or follows a name, is skipped.
    """
    if k < 1 or words[k] not in (",", "-", "—", "–"):
        return k
    mark = words[k]
    closers = (",",) if mark == "," else ("-", "—", "–")
    for j in range(k - 1, max(-1, k - 25), -1):
        if words[j] in closers:
            inner = words[j + 1 : k]
            if inner and all(w[:1].isupper() for w in inner) and j and _is_name(words[j - 1]):
                return k - 1  # "Its author, Ann Dale, says": the name in the apposition
            if inner and (
                inner[0].lower() in _RELATIVE
                or inner[0].lower() in {"the", "a", "an"}
                or (j and _is_name(words[j - 1]))
            ):
                return j - 1
            return k
    return k


def _modifiers(words: list[str], k: int) -> list[str]:
    """Words before a speaker noun that belong to its phrase.

    "the finance minister", "the Belgian justice minister": up to three words
    back to a determiner or to the start of the sentence; without one
    ("... the deal officials") nothing is added.
    """
    run: list[str] = []
    while k >= 0 and len(run) < 3:
        w = words[k]
        if w.lower() in _DETERMINERS or w == ",":
            return run
        if not w.isalpha():
            return []
        run.insert(0, w)
        k -= 1
    return run if k < 0 else []


def noun_after(words: list[str], start: int, stop: int) -> str | None:
    """The name or speaker noun phrase opening ``words[start:stop]``, if any."""
    return _noun_after(words, start, stop)[0]


def _noun_after(words: list[str], start: int, stop: int) -> tuple[str | None, int]:
    """:func:`noun_after` and the index where its phrase ends."""
    taken: list[str] = []
    k = start
    for k in range(start, stop):
        w = words[k]
        low = w.lower()
        if not taken and (low in _LEADING or low in _QUANTIFIERS or w == ","):
            continue
        if not taken and (pronoun := _pronoun(low)) in AUTHOR_PRONOUNS | PRONOUNS:
            return pronoun, k + 1
        named = sum(t[:1].isupper() for t in taken)
        if _is_name(w) or low in _CONNECT or (named < 2 and _modifies_speaker(words, k, stop)):
            taken.append(w)
            continue
        if all(t.lower() in _CONNECT for t in taken) and _titles_name(words, k, stop):
            continue  # "the website Canadaland", "the novelist Ann Dale": the name speaks
        break
    else:
        k = stop
    return _clean(taken), k


#: After an inverted speaker ('..., notes Judt.', '..., says one volunteer, ...'),
#: the clause ends or goes on with one of these.
_AFTER_INVERTED = frozenset({".", ",", ";", ":", "!", "?", "(", "-", "—", "–", "as", "who"}) | (
    # a phrase of place or time after the name: '"...," writes Ann Dale in the Courier'
    frozenset({"in", "at", "on", "of", "to", "from", "during", "after", "last", "yesterday"})
)


def inverted_speaker(words: list[str], start: int) -> str | None:
    """The speaker named after an inverted verb of saying, when the clause ends there.

    >>> from argmap.drafting.lexicon import tokens
    >>> words = tokens("Europe was divided, notes Judt.")
    >>> inverted_speaker(words, words.index("notes") + 1)
    'Judt'
    >>> words = tokens("He said Mayor Dale was wrong.")
    >>> inverted_speaker(words, words.index("said") + 1) is None
    True
    """
    stop = len(words)
    found, end = _noun_after(words, start, stop)
    if found is None or found in AUTHOR_PRONOUNS | PRONOUNS:
        found, end = _common_noun_after(words, start, stop)
    if found is None or (end < stop and words[end].lower() not in _AFTER_INVERTED):
        return None
    return found


#: A noun phrase after "according to" ends before these.
_PHRASE_END = frozenset(
    {",", ".", ";", ":", "(", ")", '"', "“", "”", "-", "—", "–", "?", "!"}
    | {"who", "which", "that", "and", "but", "in", "on", "at", "for", "is", "are", "was", "were"}
    | {"of"}
)


#: Heads of a noun phrase after "according to" that name a source of words
#: ("according to forecasts", "according to someone who was there"), not a
#: manner ("according to plan", "according to the needs of the town").
_SOURCE_HEADS = (
    _SPEAKER_NOUNS
    | _SOURCES
    | frozenset(
        """someone somebody anyone witnesses witness sources source people those forecasts
        forecast estimates estimate records census figures accounts insiders friends
        aides colleagues neighbours neighbors locals staff""".split()  # noqa: SIM905
    )
)


def source_phrase(words: list[str], start: int) -> str | None:
    """The noun phrase after "according to" ("the 2013 census", "someone who was there"),
    when its head names a source of words."""
    taken: list[str] = []
    for w in words[start : start + 6]:
        if w.lower() in _PHRASE_END and taken:
            break
        taken.append(w)
    while taken and taken[0].lower() in {"the", "a", "an"}:
        taken = taken[1:]
    if not taken or taken[-1].lower() not in _SOURCE_HEADS:
        return None
    return " ".join(taken)


def _titles_name(words: list[str], k: int, stop: int) -> bool:
    """A lower-case noun directly before a capitalised name ("the website X")."""
    return (
        k + 1 < stop
        and words[k].isalpha()
        and words[k].islower()
        and words[k + 1][:1].isupper()
        and words[k + 1].lower() not in _NOT_NAMES
    )


def _modifies_speaker(words: list[str], k: int, stop: int) -> bool:
    """A lower-case word one or two words before a speaker noun ("finance minister")."""
    ahead = [w.lower() for w in words[k + 1 : min(stop, k + 3)]]
    return words[k].isalpha() and any(w in _SPEAKER_NOUNS or w in _SOURCES for w in ahead)


def source_subject(words: list[str], pos: int) -> str | None:
    """ "A study by academics at X found": a subject that opens with a source noun."""
    start = subject_start(words, pos)
    k = start
    while k < pos and words[k].lower() in _DETERMINERS | _QUANTIFIERS:
        k += 1
    # up to two modifiers before the source noun: "a new national study"
    head = next(
        (j for j in range(k, min(k + 3, pos)) if words[j].lower() in _SOURCES),
        None,
    )
    if head is None or pos - k > 10 or "," in words[k:pos]:
        return None
    if any(not w.isalpha() for w in words[k:head]):
        return None
    end = pos
    for j in range(head + 1, pos):
        low = words[j].lower()
        if low in _AUX or (low.endswith("ed") and words[j].islower()):
            end = j  # "a study released last week has found": the study speaks
            break
    return " ".join(words[k:end])


def subject_start(words: list[str], stop: int) -> int:
    """Where the subject starts: after an opening phrase of time or place.

    "On Monday afternoon, Senator X ...", "In Paris last week, the minister ...":
    a sentence that opens with a preposition has its subject after the first
    comma (if one comes before ``stop``).
    """
    start = 0
    while start < stop and not words[start][:1].isalnum():
        start += 1
    if start < stop and words[start].lower() in cues.SETTING_PREPOSITIONS:
        for k in range(start, stop):
            if words[k] == ",":
                return k + 1
    return start


def subject_name(words: list[str]) -> str | None:
    """The name opening a sentence's subject, after a phrase of time or place.

    >>> from argmap.drafting.lexicon import tokens
    >>> subject_name(tokens("On Monday, Mayor Ann Dale upset voters when she spoke."))
    'Mayor Ann Dale'
    >>> subject_name(tokens("The plan failed.")) is None
    True
    """
    found = noun_after(words, subject_start(words, len(words)), len(words))
    return None if found is None or found.lower() in AUTHOR_PRONOUNS | PRONOUNS else found


def last_name(words: list[str], *, single: bool = False) -> str | None:
    """The last name in ``words``: a run of capitalised words, not opening the sentence.

    Two words or more ("Ann Dale", "Tony Judt"), or one when ``single`` is true;
    a capitalised first word counts only as part of a longer run. A pronoun
    speaker ("he said") refers to the last name before it.

    >>> from argmap.drafting.lexicon import tokens
    >>> last_name(tokens("Tony Judt is worth reading on this."))
    'Tony Judt'
    >>> last_name(tokens("It is not that Orwell was wrong."), single=True)
    'Orwell'
    >>> last_name(tokens("The plan failed.")) is None
    True
    """
    start = first_word(words)
    found: str | None = None
    k = start
    while k < len(words):
        run = []
        while k < len(words) and words[k][:1].isupper() and words[k].lower() not in _NOT_NAMES:
            run.append(k)
            k += 1
        if run and (len(run) >= 2 or (single and run[0] != start)):
            found = " ".join(words[i] for i in run)
        k += 1
    return found
