"""Who says it: the speaker of reported speech in a sentence.

The speaker is the noun phrase before a verb of saying or contending
("Secretary of State Mike Pompeo said ...", "the South Korean government
charged that ..."), or the subject of the clause when the verb is further on
("the U.S. government has been worried ... and has expressed ..."). The
author's own voice ("we", "I") has no speaker.

>>> find_speaker("Secretary of State Mike Pompeo said the talks would go on.")
('Secretary of State Mike Pompeo', 'said')
>>> find_speaker("However, the U.S. government has long been worried and has expressed concern.")
('U.S. government', 'expressed')
>>> find_speaker("We urge the council to act.") is None
True
"""

from __future__ import annotations

import re

from argmap.drafting import cues
from argmap.drafting.lexicon import PhraseIndex, first_word, lower, tokens

__all__ = [
    "AUTHOR_PRONOUNS",
    "PRONOUNS",
    "SPEECH_PHRASES",
    "find_speaker",
    "framed_view",
    "is_contention",
    "last_name",
    "speaker_at",
    "subject_name",
]

_CONTENTION = frozenset(cues.CONTENTION_VERBS)
#: Every phrase that may report speech; :func:`speaker_at` expects hits of these.
SPEECH_PHRASES: tuple[str, ...] = (
    *cues.CONTENTION_VERBS,
    *cues.REPORT_VERBS,
    *cues.FINDING_VERBS,
    *cues.PASSIVE_REPORTS,
    "in a statement",
)
_INDEX = PhraseIndex({"speech": SPEECH_PHRASES})
_FINDING = frozenset(cues.FINDING_VERBS)
_PASSIVE = frozenset(cues.PASSIVE_REPORTS)
#: Phrases that report speech also when they open a sentence, capitalised.
_OPENING_PHRASES = frozenset({"according to", "in a statement"})
_SOURCES = frozenset(cues.SOURCE_NOUNS)
_TIME = frozenset(cues.TIME_NOUNS)
#: A speaker's noun phrase may open with these before lower-case modifiers
#: ("the finance minister", "western reports").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "another", "new"})
_QUANTIFIERS = frozenset({"some", "many", "several", "recent", "most", "various"})
_RELATIVE = frozenset({"who", "which", "whose", "whom"})
#: Verbs of a view held, reported also after a modal or "appeared to".
_HELD = frozenset(
    "argue claim insist object believe think say contend maintain suggest".split()  # noqa: SIM905
)
_MODALS = frozenset({"may", "might", "could", "would", "will", "can"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_PREPOSITIONS = frozenset("of in on at by for with from to into about".split())  # noqa: SIM905
#: Before a verb form, these make it a noun ("these claims", "his says").
_NOUN_MARKERS = frozenset(
    "the these those such their its his her our my your a an whose of".split()  # noqa: SIM905
)
_SEEMING = frozenset({"appeared", "appears", "appear", "seemed", "seems", "seem"})
#: Verbs that may come before their speaker: '"...," said the minister'.
_INVERTIBLE = frozenset(
    """said says writes wrote notes noted adds added recalls recalled observes observed
    explains explained argues argued insists insisted warns warned continues continued
    concludes concluded according""".split()  # noqa: SIM905
)
_SPEAKER_NOUNS = frozenset(cues.SPEAKER_NOUNS)
_AUX = frozenset(
    """has have had is are was were been also repeatedly again recently then publicly once
    long already often now further reportedly kept keep keeps""".split()  # noqa: SIM905
)
_CONNECT = frozenset({"of", "the", "and", "for", "de", "von", "van"})
_LEADING = frozenset(
    {"however", "but", "yet", "still", "and", "so", "also", "meanwhile", "indeed", "now"}
)
#: Capitalised at the start of a sentence, but never a speaker's name.
_NOT_NAMES = cues.ENGLISH_FUNCTION_WORDS | frozenset(
    {"having", "back", "after", "before", "despite", "although", "though", "during", "once"}
    | {"just", "even", "perhaps", "still", "take", "look", "consider"}
    | {"while", "whereas", "when", "if", "unless", "because", "since", "as", "whether"}
    | {"you've", "we've", "i've", "they've", "you're", "we're", "they're", "i'm", "you'd"}
    | {"it's", "it’s", "that's", "that’s", "there's", "there’s", "here's", "what's", "let's"}
)
#: A verb after these is not a report ("to say", "would argue").
_NOT_A_REPORT = frozenset(
    {"to", "can", "could", "would", "will", "may", "might", "must", "should", "only", "not"}
    # a passive ("they were told", "is described as"): the subject is not the speaker
    | {"is", "are", "was", "were", "be", "been", "being"}
    # a thing that "says" ("the myth that says"): no speaker
    | {"that", "which"}
)
#: Before a verb of saying, these mark a speaker named after it ('"...," said X').
_AFTER_QUOTE = frozenset({",", "”", '"'})
#: Who speaks for the author.
AUTHOR_PRONOUNS = frozenset({"i", "we", "us", "me", "our"})
#: Pronoun speakers, resolved by the caller to the last named speaker.
PRONOUNS = frozenset({"he", "she", "they", "it", "this", "that"})


def _is_name(word: str) -> bool:
    low = word.lower()
    return word[:1].isupper() or low in _SPEAKER_NOUNS or low in _SOURCES


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


def _before(words: list[str], pos: int) -> str | None:
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
        if not taken and low in AUTHOR_PRONOUNS | PRONOUNS:
            return low
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
    for back in range(1, 4):
        j = k - back
        if j < 0:
            return None
        low = words[j].lower()
        if low in _OPENING_DETERMINERS:
            if j and words[j - 1].lower() in _PREPOSITIONS:
                return None
            return " ".join(words[j + 1 : k + 1])
        if not words[j].isalpha() or low in _NOT_NAMES:
            return None
    return None


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


def _after(words: list[str], start: int, stop: int) -> str | None:
    taken: list[str] = []
    for k in range(start, stop):
        w = words[k]
        low = w.lower()
        if not taken and (low in _LEADING or low in _QUANTIFIERS or w == ","):
            continue
        if not taken and low in AUTHOR_PRONOUNS | PRONOUNS:
            return low
        named = sum(t[:1].isupper() for t in taken)
        if _is_name(w) or low in _CONNECT or (named < 2 and _modifies_speaker(words, k, stop)):
            taken.append(w)
            continue
        if all(t.lower() in _CONNECT for t in taken) and _titles_name(words, k, stop):
            continue  # "the website Canadaland", "the novelist Ann Dale": the name speaks
        break
    return _clean(taken)


#: A noun phrase after "according to" ends before these.
_PHRASE_END = frozenset(
    {",", ".", ";", ":", "(", ")", '"', "“", "”", "-", "—", "–", "?", "!"}
    | {"who", "which", "that", "and", "but", "in", "on", "at", "for", "is", "are", "was", "were"}
    | {"of"}
)


#: Heads of a noun phrase after "according to" that name a source of words
#: ("according to forecasts", "according to someone who was there"), not a
#: manner ("according to plan", "according to the qualities of the city").
_SOURCE_HEADS = (
    _SPEAKER_NOUNS
    | _SOURCES
    | frozenset(
        """someone somebody anyone witnesses witness sources source people those forecasts
        forecast estimates estimate records census figures accounts insiders friends
        aides colleagues neighbours neighbors locals staff""".split()  # noqa: SIM905
    )
)


def _phrase_after(words: list[str], start: int) -> str | None:
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


def _source_subject(words: list[str], pos: int) -> str | None:
    """ "A study by academics at X found": a subject that opens with a source noun."""
    start = _past_setting(words, pos)
    k = start
    while k < pos and words[k].lower() in _DETERMINERS | _QUANTIFIERS:
        k += 1
    if k < pos and words[k].lower() in _SOURCES and pos - k <= 10 and "," not in words[k:pos]:
        return " ".join(words[k:pos])
    return None


def _past_setting(words: list[str], stop: int) -> int:
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


def _hedged_start(words: list[str], pos: int, phrase: str) -> int | None:
    """Where the verb phrase starts, or ``None`` when the verb reports nothing.

    A verb after "to", a modal or a passive is no report ("to say", "is
    described as"), except a view held: a verb of contention or belief after
    a modal ("may well argue") or after "appears/seemed to" ("appeared to
    believe").
    """
    before = words[pos - 1].lower() if pos else ""
    if before in _NOUN_MARKERS:
        return None  # "these claims", "the says": a noun
    if before not in _NOT_A_REPORT and not (before == "well" and phrase in _HELD):
        return pos
    if before in _BE and phrase.endswith("ing"):
        return pos  # "experts are saying": progressive, not passive
    if phrase not in _HELD:
        return None
    k = pos - 1
    if words[k].lower() == "well":
        k -= 1
    if words[k].lower() in _MODALS:
        return k
    if words[k].lower() == "to" and k and words[k - 1].lower() in _SEEMING:
        return k - 1
    return None


def speaker_at(words: list[str], hits: list[tuple[int, str]]) -> tuple[str, str] | None:
    """``(speaker, verb)`` for the first verb of saying among ``hits`` in ``words``.

    ``hits`` are (word index, phrase) pairs of verbs of saying; verbs are
    lower case in running text, so "United States" is no verb. A pronoun
    speaker is returned in lower case; the author's own voice gives ``None``.
    """
    for pos, phrase in hits:
        opening = phrase in _OPENING_PHRASES and pos == first_word(words)
        if not (words[pos].islower() or opening):
            continue
        at = _hedged_start(words, pos, phrase)
        if at is None:
            continue
        if at != pos:
            # "relatives may well argue", "she appeared to believe": a view held
            speaker = _before(words, at) or _after(words, _past_setting(words, at), at)
            if speaker is None or speaker in AUTHOR_PRONOUNS:
                return None
            return speaker, phrase
        verb = phrase
        if verb in _PASSIVE:
            # "her sisters are reported to have said": the subject is the speaker
            speaker = _before(words, pos) or _after(words, _past_setting(words, pos), pos)
        elif verb in _FINDING:
            # "western reports indicate", "a new study suggests", "Ann Dale found":
            # a source or a named party speaks so, not "this" or "it"
            speaker = _before(words, pos)
            if speaker is None or not (
                speaker.split()[-1].lower() in _SOURCES or speaker[:1].isupper()
            ):
                speaker = _source_subject(words, pos)
            if speaker is None:
                continue
        elif verb == "in a statement":
            speaker = _before(words, pos)
            if speaker is None and opening:
                speaker = _after(words, pos + 3, len(words))
        elif verb == "according to":
            speaker = _after(words, pos + 2, len(words)) or _phrase_after(words, pos + 2)
        elif pos > 1 and words[pos - 1].lower() == "who" and words[pos - 2] == ",":
            speaker = _before(words, pos - 2)  # "the mayor, who said ..."
        elif pos and words[pos - 1] in _AFTER_QUOTE:
            # inverted after a quotation: '"...," said the minister', '..., notes Judt';
            # or a subject with an insertion: 'Ann Dale, who chaired it, said'
            speaker = _before(words, pos - 1) if words[pos - 1] in '”"' else None
            speaker = speaker or _before(words, pos)
            if speaker is None and verb in _INVERTIBLE:
                speaker = _after(words, pos + len(verb.split()), len(words))
        else:
            speaker = _before(words, pos)
            if speaker is None and verb.endswith(("ed", "s", "aid", "old", "ote", "ing")):
                speaker = _after(words, _past_setting(words, pos), pos)  # the subject, further back
        if speaker is None or speaker in AUTHOR_PRONOUNS:
            return None
        return speaker, verb
    return None


def subject_name(words: list[str]) -> str | None:
    """The name opening a sentence's subject, after a phrase of time or place.

    >>> subject_name(tokens("On Monday, Mayor Ann Dale upset voters when she spoke."))
    'Mayor Ann Dale'
    >>> subject_name(tokens("The plan failed.")) is None
    True
    """
    found = _after(words, _past_setting(words, len(words)), len(words))
    return None if found is None or found.lower() in AUTHOR_PRONOUNS | PRONOUNS else found


def last_name(words: list[str], *, single: bool = False) -> str | None:
    """The last name in ``words``: a run of capitalised words, not opening the sentence.

    Two words or more ("Ann Dale", "Tony Judt"), or one when ``single`` is true;
    a capitalised first word counts only as part of a longer run. A pronoun
    speaker ("he said") refers to the last name before it.

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


_FRAMED = re.compile(
    r"^\W*to\s+(?:the\s+)?(?P<who>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Za-z][\w’'-]*)\s*,\s*"
    r"(?:this|that|it|such\s+\w+|these\s+\w+)\s+(?:\w+ly\s+)?"
    r"(?P<verb>sounds|seems|looks|appears|(?:must|may|might|will|would)\s+(?:sound|seem|look))\b",
    re.IGNORECASE,
)


def framed_view(text: str) -> tuple[str, str] | None:
    """ "To the Treasury, this sounds like waste": ``(holder, verb)`` of a view framed so.

    >>> framed_view("To the Treasury, this probably sounds like waste.")
    ('Treasury', 'sounds')
    >>> framed_view("To be fair, this sounds odd.") is None
    True
    """
    m = _FRAMED.match(text)
    if m is None or not m.group("who")[:1].isupper():
        return None
    return m.group("who"), m.group("verb")


def find_speaker(text: str) -> tuple[str, str] | None:
    """``(speaker, verb)`` for the first verb of saying in ``text``, else ``None``."""
    words = tokens(text)
    return speaker_at(words, _INDEX.find(lower(words)).get("speech", []))


def is_contention(verb: str) -> bool:
    """True for a verb of contention ("insists", "charged"), not plain report.

    >>> is_contention("insists"), is_contention("said")
    (True, False)
    """
    return verb in _CONTENTION
