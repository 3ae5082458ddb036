"""Every cue the heuristic drafter reads, kept here as data.

A cue is a word or phrase that signals what a stretch of an opinion piece
does: recommends (the thesis), reports an opposing view (a counterclaim),
answers one (a rebuttal), gives a reason or draws a conclusion, or brings
evidence of some type. The lexicons are deliberately general: they must make
sense for an editorial on any topic, so they name discourse moves, never
subjects. Each lexicon is a tuple of lower-case phrases (matched on word
boundaries, case-insensitively) and, where the drafter weighs them, a weight.
:func:`compile_lexicon` turns one into a regular expression.

>>> bool(compile_lexicon(OPPOSING_VIEW).search("Critics say the plan is costly."))
True
>>> compile_lexicon(RECOMMENDATION).search("We urge the board to act.").group(0)
'We urge'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from argmap import lexicon

__all__ = [
    "ABBREVIATIONS",
    "ADDITIVE",
    "AGENTLESS_REPORT",
    "ANSWER",
    "ANSWER_NEEDED",
    "AUTHOR_NOTE",
    "AUTHOR_STANCE",
    "BELIEF_ADJECTIVES",
    "CLOSING_FRAMES",
    "COMMON_GROUND",
    "CONCESSIVE",
    "CONCLUSION",
    "CONTENTION_VERBS",
    "COUNTS",
    "COUNT_NEEDS",
    "DATELINE",
    "DOUBT",
    "ENGLISH_FUNCTION_WORDS",
    "ERROR_VERBS",
    "EVALUATION",
    "EXAMPLE",
    "FINDING_VERBS",
    "FRONTED_CLAUSE",
    "GRANTED",
    "HEADLINE_MAX_WORDS",
    "INNER_CONCLUSION",
    "INNER_SPLITS",
    "INNER_SPLIT_START",
    "INVERTING_AUXILIARIES",
    "IRREGULAR_PAST",
    "IRREGULAR_VERB_FORMS",
    "LONG_TEXT_PARAGRAPHS",
    "MIN_CLAUSE_WORDS",
    "NON_ARGUMENTATIVE",
    "NOT_BEFORE_PAST",
    "NOT_PAST_ED",
    "NUMBER_WORDS",
    "OBJECT_REPORTING_VERBS",
    "OPPOSING_VIEW",
    "PASSIVE_REPORTS",
    "PURPOSE",
    "QUOTED_START",
    "REASON",
    "REBUTTAL",
    "RECOMMENDATION",
    "REJECTION",
    "REPORTING_VERBS",
    "REPORT_VERBS",
    "SETTING_PREPOSITIONS",
    "SOURCE_NOUNS",
    "SPEAKER_NOUNS",
    "STATISTIC",
    "STATISTIC_WORDS",
    "STOPPED_HEADLINE_MAX_WORDS",
    "STUDY",
    "SUBHEADING_MAX_WORDS",
    "SUBORDINATE_START",
    "THESIS_SCORE",
    "TIME_NOUNS",
    "TIME_WORDS",
    "TURN",
    "UNNAMED_REPORT",
    "VERDICT_FILLERS",
    "VERDICT_VERBS",
    "VIEW_NOUNS",
    "VIEW_VERBS",
    "YEAR",
    "compile_lexicon",
]


def compile_lexicon(phrases: Iterable[str], *, start: bool = False) -> re.Pattern[str]:
    """One case-insensitive pattern matching any phrase on word boundaries.

    ``start=True`` anchors it to the start of the text (after any opening
    quotes or brackets). Longer phrases are tried first.
    """
    alts = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
    )
    head = r"^[\s\"'“‘(\[]*" if start else r"(?<![\w’'-])"
    return re.compile(rf"{head}(?:{alts})(?![\w’'-])", re.IGNORECASE)


# -- segmentation -------------------------------------------------------------

#: Abbreviations after which a full stop does not end a sentence (lower case,
#: without the final stop). Dotted ones such as "U.S." or "e.g." are
#: recognised by the segmenter's own model.
ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres
    supt inc ltd co corp bros plc llc dept univ assn est approx vs etc al cf ca ibid op
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
    sun no nos vol vols pp para fig figs ed eds mt ft ave blvd rd mass calif conn fla penn
    tenn wash""".split()  # noqa: SIM905
)

#: A clause opening with one of these is subordinate: no unit ends at its
#: comma ("Even if it is symbolic, however, the impact is large" is one unit).
SUBORDINATE_START = re.compile(r"^[\s\"'“(]*(?:even if|if|unless|when|whether|once)\b", re.I)

#: A clause is split off a sentence only if both parts keep this many words.
MIN_CLAUSE_WORDS = 3

#: A sentence opening with one of these holds a subordinate clause up to its
#: first comma: "Although it is costly, it works" is a concession and a claim,
#: "Given the risks, Seoul should rethink" a reason and a claim.
FRONTED_CLAUSE = re.compile(
    r"^[\s\"'“(]*(?P<marker>although|though|even though|whereas|while|because(?!\s+of\b)"
    r"|since(?!\s+(?:\d|then\b|the\s+(?:\d|early|late|mid|start|end|beginning|turn|days)|last\b))"
    r"|given that|given|as long as|despite the fact that|no matter how(?:\s+(?:much|many))?"
    r"|no matter what|however much)\b",
    re.IGNORECASE,
)

#: "Since" before a date or a time ("since 2009", "since then") tells when,
#: not why; "because of" opens a prepositional phrase, not a clause.
_CLAUSE_SINCE = r"since(?!\s+(?:\d|then\b|the\s+\d|last\b|early\b))"

#: Connectives inside a sentence where a second unit starts (the connective
#: opens the second part). The earliest match wins.
INNER_SPLITS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"\s(?P<marker>because(?!\s+of\b)|given that|{_CLAUSE_SINCE}|in order to|as long as)\s",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s(?P<marker>as)\s+(?=(?:it|they|he|she|we|this|these|those|its|their)\b)",
        re.IGNORECASE,
    ),
    re.compile(
        r",\s+(?P<marker>but|however|yet|although|though|whereas|so|therefore|thus|hence)"
        r"[\s,](?!\s*\w+ing\b)",
        re.IGNORECASE,
    ),
    # a contrast set off by a dash: "There will be some votes - but no majority"
    re.compile(r"\s[-–—]+\s*(?P<marker>but|yet)\s(?!\s*\w+ing\b)", re.IGNORECASE),
    re.compile(r"\s(?P<marker>and therefore|and thus|and so|and hence|so that)\s", re.IGNORECASE),
    # a second clause joined by ", and": its own subject follows
    re.compile(
        r",\s+(?P<marker>and)\s+(?=(?:it|they|he|she|we|i|you|there|this|these|"
        r"those|the|its|their|his|her|our|my|many|most|some|no)\b)",
        re.IGNORECASE,
    ),
    re.compile(r"(?P<marker>;)\s+\S"),
)
#: Where a match of :data:`INNER_SPLITS` can start: a comma, a semicolon, or a
#: space before a dash or the first letter of a connective. Tested ahead of
#: them, it rules out most positions of a sentence in one step.
INNER_SPLIT_START = re.compile(r",\s|;|\s(?i:[abgis\-–—])")

#: A unit that opens with a quotation mark (after any punctuation): someone
#: else's words, seldom the author's point.
QUOTED_START = re.compile(r"\W*[“\"‘]")

# -- what is left out -----------------------------------------------------------

#: Paragraphs or sentences that are not argument: bylines, datelines, appeals
#: to subscribe or share, photo credits. Patterns, matched on the whole piece.
NON_ARGUMENTATIVE: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?:by|By|BY)\s+(?:[A-Z][\w.’'-]*\s*){1,4}(?:,.*)?$"),  # byline
    re.compile(r"^(?:the\s+)?editorial\s+board$", re.IGNORECASE),
    re.compile(
        r"\b(?:subscrib\w*|sign\s+up|newsletter|donate|become\s+a\s+(?:member|supporter)"
        r"|support\s+(?:our|independent|quality)\s+journalism|quality\s+journalism"
        r"|click\s+here|read\s+more|follow\s+us|share\s+this)\b",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:published|updated|posted|last\s+modified)\b.{0,40}\d", re.IGNORECASE),
    re.compile(r"^(?:photo|image|illustration)(?:graph)?\s*(?::|by\b)", re.IGNORECASE),
    re.compile(r"^[A-Z][A-Z .,]{1,40}\s*[—–-]+\s*$"),  # a bare dateline
    # a note on the author's book or a way to buy it, a lone social-media handle
    re.compile(r"\b(?:to order a copy\b|is published by [A-Z]|order (?:it|a copy) (?:from|at)\b)"),
    re.compile(r"^@\w+\.?$"),
)

#: A last paragraph that only introduces the author ("Ann Dale is the
#: director of the Pier Trust.") or points to them elsewhere.
AUTHOR_NOTE = re.compile(
    r"^(?:(?!(?:The|This|That|These|It|A|An|Our|We)\b)(?:[A-Z][\w.’'-]+\s+){2,4}(?:is|was)\s+"
    r"(?:a|an|the)\s+[^.!?;,]{0,100}[.!]?"
    r"|(?:o\s+|\W{0,3}\s*)(?:[Tt]witter|[Ff]ollow\s+(?:me|us|him|her))\b.{0,150})$"
)

#: A dateline opening a paragraph ("TOKYO — "): left out, the rest kept.
DATELINE = re.compile(r"^[A-Z][A-Z.]+(?:[ ,]+[A-Z][A-Za-z.]+){0,3}\s*(?:—|–|--|-)\s+")

#: Headlines are short: a first paragraph of at most this many words (and
#: two sentences), followed by body text, is taken as the headline.
HEADLINE_MAX_WORDS = 20

#: A first paragraph ending in a full stop is a headline only when it is
#: this short (and a paragraph half as long again follows).
STOPPED_HEADLINE_MAX_WORDS = 20

#: A line of at most this many words inside the text, without a final stop,
#: before a longer paragraph, is a subheading (left out).
SUBHEADING_MAX_WORDS = 10

# -- the thesis -------------------------------------------------------------------

#: How the thesis is picked: each author's unit scores the weights of its
#: recommendation, stance and conclusion cues plus these bonuses and
#: penalties; the highest score is the thesis.
THESIS_SCORE: Mapping[str, float] = {
    "opens the text": 2.0,  # the point of the first sentence ("X, but Y": Y)
    "first paragraph": 0.5,  # elsewhere in the first of several paragraphs
    "last paragraph": 0.5,  # in the last of several paragraphs
    "closes the text": 0.5,  # the last sentence
    "value judgement": 0.5,  # per evaluative word, at most two
    "echoes the title": 2.0,  # times the share of the title's words it repeats
    "conclusion marker": 1.0,  # times the marker's weight, in the last two sentences
    "conclusion marker earlier": 0.5,  # times the marker's weight, before them
    "after a contrast": 1.0,  # "..., but Y": Y is the point the sentence makes
    "before a contrast": -1.0,  # "X, but ...": X is conceded
    "reason": -2.0,  # opens with a reason marker: it supports something
    "additive": -1.5,  # "also", "another": one reason in a list
    "pronoun subject": -1.0,  # "it", "they": leans on an earlier sentence
    "evidence": -2.0,  # reads as evidence
    "question": -2.0,  # a question asks; it does not assert a position
    "quoted": -2.0,  # opens with a quotation mark: someone else's words
    "verdict": 1.0,  # a value judgement is the main predicate: "X is wrong"
}

#: From this many paragraphs on, a text is long: the opening counts half
#: and the last paragraph twice in :data:`THESIS_SCORE`.
LONG_TEXT_PARAGRAPHS = 6

#: A value judgement is a unit's main predicate ("X is unwise", "would be a
#: mistake") when its evaluative word follows one of these verbs ...
VERDICT_VERBS: frozenset[str] = frozenset(
    "is are be was were remains remain seems seem becomes become 's".split()  # noqa: SIM905
)
#: ... with only these words between.
VERDICT_FILLERS: frozenset[str] = frozenset(
    """not never no a an the very extremely really so quite truly absolutely clearly simply
    far much too also still always just certainly definitely more most less least
    necessarily""".split()  # noqa: SIM905
)

#: The author recommends or demands: the strongest thesis cue (weights).
RECOMMENDATION: Mapping[str, float] = {
    "we urge": 3.0,
    "we call on": 3.0,
    "we call for": 3.0,
    "we ask": 2.0,
    "should": 2.0,
    "must": 2.0,
    "ought to": 2.0,
    "shouldn't": 2.0,
    "mustn't": 2.0,
    "need to": 1.0,
    "needs to": 1.0,
    "has to": 1.5,
    "have to": 1.0,
    "it is time": 2.0,
    "it's time": 2.0,
    "cannot afford": 1.5,
    "can't afford": 1.5,
    "let us": 1.5,
    "let's": 1.5,
    "it is essential": 1.5,
    "it is vital": 1.5,
    "it is imperative": 1.5,
    "it is crucial": 1.5,
    "is the answer": 1.5,
    "is not the answer": 1.5,
    "is the way": 1.0,
    "it would be better to": 1.5,
    "it would be best to": 1.5,
    "it would be wise to": 1.5,
    "it would be ideal to": 1.5,
    "it is better to": 1.0,
    "it is best to": 1.0,
    "would do well to": 1.5,
    "deserve": 1.0,
    "deserves": 1.0,
}

#: The author speaks in their own voice about their position.
AUTHOR_STANCE: Mapping[str, float] = {
    "i think": 1.5,
    "i believe": 1.5,
    "we believe": 2.0,
    "i say": 2.0,
    "i would say": 2.0,
    "i would definitely say": 2.0,
    "i personally": 2.0,
    "in my opinion": 2.0,
    "in my view": 2.0,
    "in our view": 2.0,
    "it seems to me": 1.5,
    "to my mind": 1.5,
    "i am convinced": 2.0,
    "i feel": 1.5,
    "i lean": 2.0,
    "i would": 1.0,
    "i would not": 1.5,
    "i do not think": 2.0,
    "i don't think": 2.0,
    "the answer can only be": 2.0,
    "no,": 1.0,
    "yes,": 1.0,
    "i do not believe": 2.0,
    "i don't believe": 2.0,
    "i strongly believe": 2.0,
    "i firmly believe": 2.0,
    "we do not believe": 2.0,
    "i am sure": 1.5,
    "i am certain": 1.5,
    "i agree": 1.5,
    "i disagree": 1.5,
    "i am in favour of": 2.0,
    "i am in favor of": 2.0,
    "i am against": 2.0,
    "i support": 1.5,
    "i oppose": 1.5,
    "i hope": 1.5,
    "we hope": 1.5,
    "i want": 1.0,
    "i would like": 1.0,
    "my impression is": 1.5,
    "i cannot believe": 1.5,
    "i can't believe": 1.5,
    "i am not sure": 1.0,
    "i'm not sure": 1.0,
    "i doubt": 1.0,
    "i fear": 1.0,
    "i suspect": 1.0,
    "i would argue": 2.0,
    "i'd argue": 2.0,
    "i'd say": 2.0,
    "i contend": 2.0,
    "my view is": 2.0,
    "my point is": 2.0,
}

#: Value judgements: "is wrong", "a good idea", "harmful".
EVALUATION: Mapping[str, float] = dict.fromkeys(
    (
        "good idea",
        "bad idea",
        "a mistake",
        "wrong",
        "right to",
        "unacceptable",
        "unfair",
        "unjust",
        "harmful",
        "damaging",
        "dangerous",
        "beneficial",
        "better",
        "worse",
        "best",
        "worst",
        "good",
        "bad",
        "necessary",
        "important",
        "wise",
        "unwise",
        "premature",
        "reckless",
        "irresponsible",
        "benefits",
        "improves",
        "improved",
        "hurts",
        "hurt",
        "threatens",
        "endangers",
        "make a difference",
        "positive impact",
        "negative impact",
        "safer",
        "not a good",
        "okay",
        "acceptable",
        "unacceptable",
        "essential",
        "valuable",
        "useful",
        "useless",
        "pointless",
        "worthwhile",
        "justified",
        "unjustified",
        "fair",
        "ideal",
        "appropriate",
        "inappropriate",
        "effective",
        "ineffective",
        "sensible",
        "foolish",
        "reasonable",
        "unreasonable",
    ),
    1.0,
)

#: Opening a sentence: it draws a conclusion from what came before.
CONCLUSION: Mapping[str, float] = {
    "therefore": 2.0,
    "thus": 2.0,
    "hence": 2.0,
    "consequently": 1.5,
    "so": 1.0,
    "as a result": 1.0,
    "in conclusion": 3.0,
    "to conclude": 3.0,
    "all in all": 3.0,
    "overall": 2.5,
    "all things considered": 3.0,
    "in short": 2.0,
    "in sum": 2.5,
    "to sum up": 3.0,
    "ultimately": 1.5,
    "in the end": 1.5,
    "for these reasons": 2.5,
    "for all these reasons": 3.0,
    "that is why": 2.0,
    "this is why": 2.0,
    "which is why": 1.0,
    "this makes": 1.5,
    "this means": 1.0,
    "this shows": 1.5,
    "this indicates": 1.5,
    "this suggests": 1.0,
    "this proves": 1.5,
    "this demonstrates": 1.5,
    "all this shows": 2.0,
    "this situation makes": 1.5,
    "clearly": 1.0,
}

#: Inside a clause, after its subject: it states a conclusion ("deposits
#: should therefore be adopted"). Weighed as in :data:`CONCLUSION`.
INNER_CONCLUSION: tuple[str, ...] = ("therefore", "thus", "hence", "consequently", "ultimately")

# -- reasons, additions, examples ----------------------------------------------------

#: Opening a clause: it gives a reason for the claim it belongs to.
REASON: tuple[str, ...] = (
    "because",
    "since",
    "given",
    "given that",
    "after all",
    "due to",
    "the reason is",
    "this is because",
    "that is because",
    "in order to",
    "as long as",
)

#: Reason markers that, opening a sentence, state the purpose of its own main
#: clause ("In order to cut waste, the city should charge for bags"): the
#: sentence is then a claim, not a reason for another.
PURPOSE: tuple[str, ...] = ("in order to",)

#: Opening a sentence: one more reason in a list (so not the main claim).
ADDITIVE: tuple[str, ...] = (
    "also",
    "furthermore",
    "moreover",
    "in addition",
    "additionally",
    "besides",
    "another",
    "first",
    "firstly",
    "second",
    "secondly",
    "third",
    "thirdly",
    "what is more",
    "what's more",
    "on top of that",
    "not only",
    "plus",
    "and",
)

#: Introducing an example (evidence of type ``example``).
EXAMPLE: tuple[str, ...] = (
    "for example",
    "for instance",
    "e.g.",
    "such as",
    "take the case of",
    "consider the case of",
    "a case in point",
    "in particular",
    "just like",
    "like when",
)

# -- the other side -------------------------------------------------------------

#: Reporting a view the author does not hold: a counterclaim. Each phrase maps
#: to the holder to record when the sentence names nobody.
OPPOSING_VIEW: Mapping[str, str] = {
    "there are views that": "unnamed commentators",
    "there is a view that": "unnamed commentators",
    "there are those who": "some people",
    "there are those that": "some people",
    "some would argue": "some people",
    "could argue": "a possible objector",
    "might argue": "a possible objector",
    "would argue": "a possible objector",
    "i have to admit": "a possible objector",
    "i must admit": "a possible objector",
    "i admit": "a possible objector",
    "i have to confess": "a possible objector",
    "i must confess": "a possible objector",
    "i confess": "a possible objector",
    "perhaps": "a possible objector",
    "the only drawback": "a possible objector",
    "one drawback": "a possible objector",
    "a drawback": "a possible objector",
    "the drawback": "a possible objector",
    "the downside": "a possible objector",
    "one disadvantage": "a possible objector",
    "a disadvantage": "a possible objector",
    "it is true": "a possible objector",
    "this is true": "a possible objector",
    "there are people who": "some people",
    "some people": "some people",
    "some may": "some people",
    "some might": "some people",
    "some would": "some people",
    "some will": "some people",
    "some could": "some people",
    "some say": "some people",
    "some argue": "some people",
    "some claim": "some people",
    "some believe": "some people",
    "some think": "some people",
    "some feel": "some people",
    "some contend": "some people",
    "some insist": "some people",
    "many will": "many people",
    "many would": "many people",
    "many may": "many people",
    "many might": "many people",
    "many have argued": "many people",
    "many have suggested": "many people",
    "many have claimed": "many people",
    "others will": "others",
    "others may": "others",
    "others might": "others",
    "others would": "others",
    "some have also": "some people",
    "many people say": "many people",
    "many say": "many people",
    "many believe": "many people",
    "many argue": "many people",
    "many people believe": "many people",
    "many people think": "many people",
    "others say": "others",
    "others argue": "others",
    "critics": "critics",
    "opponents": "opponents",
    "skeptics": "skeptics",
    "sceptics": "sceptics",
    "detractors": "detractors",
    "it is argued that": "unnamed commentators",
    "it has been argued that": "unnamed commentators",
    "it could be argued that": "unnamed commentators",
    "it can be argued that": "unnamed commentators",
    "it may be argued that": "unnamed commentators",
    "it might be argued that": "unnamed commentators",
    "it is often said that": "unnamed commentators",
    "it is said that": "unnamed commentators",
    "it is claimed that": "unnamed commentators",
    "one could argue": "a possible objector",
    "one might argue": "a possible objector",
    "one may argue": "a possible objector",
    "one can argue": "a possible objector",
    "one might say": "a possible objector",
    "one could say": "a possible objector",
    "one could object": "a possible objector",
    "one might object": "a possible objector",
    "you might think": "a possible objector",
    "you may think": "a possible objector",
    "admittedly": "a possible objector",
    "granted": "a possible objector",
    "to be sure": "a possible objector",
    "it is true that": "a possible objector",
    "of course": "a possible objector",
    "one problem is": "a possible objector",
    "one downside": "a possible objector",
    "a downside": "a possible objector",
    "there can be a downside": "a possible objector",
    "some are opposed": "some people",
    "some oppose": "some people",
    "some object": "some people",
    "some worry": "some people",
    "some fear": "some people",
    "some suggest": "some people",
    "some have argued": "some people",
    "some have suggested": "some people",
    "some have claimed": "some people",
    "one possible counter argument": "a possible objector",
    "a possible counter argument": "a possible objector",
    "one counter argument": "a possible objector",
    "a counter argument": "a possible objector",
    "one counterargument": "a possible objector",
    "a counterargument": "a possible objector",
    "on the negative side": "a possible objector",
    "on the downside": "a possible objector",
    "the argument goes": "unnamed commentators",
    "the narrative goes": "unnamed commentators",
    "the story goes": "unnamed commentators",
    "the thinking goes": "unnamed commentators",
    "the logic goes": "unnamed commentators",
    "or so we are told": "unnamed commentators",
    "or so they say": "unnamed commentators",
    "we are told": "unnamed commentators",
    "the argument that": "a widespread view",
    "the claim that": "a widespread view",
    "the view that": "a widespread view",
    "the suggestion that": "a widespread view",
    "the explanation that": "a widespread view",
    "the charge that": "a widespread view",
    "the accusation that": "a widespread view",
    "the complaint that": "a widespread view",
    "the excuse that": "a widespread view",
    "the theory that": "a widespread view",
    "the idea that": "a widespread view",
    "the widespread idea that": "a widespread view",
    "the notion that": "a widespread view",
    "the myth that": "a widespread view",
    "the belief that": "a widespread view",
    "the perception that": "a widespread view",
    "the assumption that": "a widespread view",
    "the conventional wisdom": "a widespread view",
    "received wisdom": "a widespread view",
    # a view put only to be denied: "The trouble is not that X; it is that Y"
    "it is not that": "a possible objector",
    "it's not that": "a possible objector",
    "it was not that": "a possible objector",
    "the trouble is not that": "a possible objector",
    "the problem is not that": "a possible objector",
    "the point is not that": "a possible objector",
    "the issue is not that": "a possible objector",
    "the question is not whether": "a possible objector",
}

#: Closing a unit, these report the view just stated ("..., that's how the
#: story goes"): an opposing-view cue at the end of a unit, not only at its start.
CLOSING_FRAMES: frozenset[str] = frozenset(
    {
        "the argument goes",
        "the narrative goes",
        "the story goes",
        "the thinking goes",
        "the logic goes",
        "or so we are told",
        "or so they say",
        "we are told",
    }
)

#: After the holders of a view ("critics", "some people"), these say the
#: author answers them ("Such critics forget that ..."): no view of theirs
#: is reported, the author rebuts it.
ERROR_VERBS: frozenset[str] = frozenset(
    """forget forgets forgot ignore ignores ignored overlook overlooks overlooked miss
    misses missed misunderstand misunderstands misread misreads neglect neglects
    underestimate underestimates overstate overstates exaggerate exaggerates""".split()  # noqa: SIM905
)

#: Opening a sentence: a concession, conceded before the author's answer.
CONCESSIVE: tuple[str, ...] = (
    "although",
    "though",
    "even though",
    "whereas",
    "while",
    "no matter how",
    "no matter how much",
    "no matter how many",
    "no matter what",
    "however much",
)

#: Verbs of contention: a named party holding a view the author reports
#: ("the government insists that ..."). A counterclaim when said by others.
CONTENTION_VERBS: tuple[str, ...] = (
    "would have you believe",
    "would have us believe",
    "argue",
    "object",
    "insists",
    "insisted",
    "insist",
    "charged",
    "charges",
    "claims",
    "claimed",
    "argues",
    "argued",
    "contends",
    "contended",
    "maintains",
    "maintained",
    "alleges",
    "alleged",
    "asserts",
    "asserted",
    "denies",
    "denied",
    "complain",
    "complains",
    "complained",
    "protests",
    "protested",
    "objects",
    "objected",
    "criticise",
    "criticises",
    "criticised",
    "criticize",
    "criticizes",
    "criticized",
    "accuse",
    "accuses",
    "accused",
    "condemned",
    "condemns",
    "dismisses",
    "dismissed",
)

#: Verbs that report speech: testimony when said by someone else.
REPORT_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "stated",
    "noted",
    "notes",
    "added",
    "explained",
    "announced",
    "urged",
    "urges",
    "urging",
    "warned",
    "warns",
    "expressed",
    "expresses",
    "reported",
    "wrote",
    "writes",
    "acknowledged",
    "admitted",
    "called for",
    "pointed out",
    "according to",
    "declared",
    "promised",
    "vowed",
    "confirmed",
    "testified",
    "tweeted",
    "described",
    "describes",
    "replied",
    "replies",
    "quoted",
    "pronounced",
    "observed",
    "observes",
    "recalled",
    "recalls",
    "recounted",
    "estimates",
    "believes",
    "thinks",
    "believe",
    "think",
    "lamented",
    "laments",
    "remarked",
    "conceded",
    "concedes",
    "predicted",
    "asked",
    "asks",
    "boasted",
    "boasts",
    "opined",
    "fumed",
    "reckons",
    "calling for",
    "suggesting",
    "claiming",
    "insisting",
    "arguing",
    "warning",
    "goes on",
    "telling",
    "points out",
    "point out",
    "pointing out",
    "whispers",
    "whispered",
    "whisper",
    "mutters",
    "muttered",
    "shouts",
    "shouted",
    "exclaims",
    "exclaimed",
    "cried",
    "quips",
    "quipped",
    "jokes",
    "joked",
    "sighs",
    "sighed",
    "murmurs",
    "murmured",
    "snapped",
    "swooned",
    "cooed",
    "defines",
    "defined",
    "calls",
    "calls for",
    "tell",
    "tweets",
    "writes that",
    "reminds",
    "reminded",
    "recounts",
    "admits",
    "acknowledges",
    "claiming that",
    # agreeing and reckoning report a view too
    "agrees",
    "calculates",
)

#: Nouns that make a noun phrase a speaker when lower case ("the government").
SPEAKER_NOUNS: tuple[str, ...] = (
    "relatives",
    "family",
    "families",
    "parents",
    "sisters",
    "brothers",
    "victims",
    "residents",
    "voters",
    "campaigner",
    "commentator",
    "commentators",
    "historian",
    "writer",
    "author",
    "novelist",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "editor",
    "philosopher",
    "professor",
    "academic",
    "academics",
    "observers",
    "government",
    "administration",
    "ministry",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "director",
    "officials",
    "official",
    "secretary",
    "leader",
    "leaders",
    "party",
    "court",
    "judge",
    "police",
    "company",
    "firm",
    "report",
    "study",
    "experts",
    "expert",
    "scientists",
    "researchers",
    "economists",
    "analysts",
    "campaigners",
    "union",
    "unions",
    "commission",
    "committee",
    "council",
    "board",
    "agency",
    "department",
    "office",
    "chancellor",
    "mayor",
    "governor",
    "senator",
    "prime minister",
    "authorities",
    "regime",
    "critics",
    "supporters",
    "opponents",
    "activists",
    "lawyers",
    "doctors",
)

#: Answering what came before: a rebuttal when it follows a counterclaim.
REBUTTAL: tuple[str, ...] = (
    "however",
    "but",
    "yet",
    "still",
    "nevertheless",
    "nonetheless",
    "even so",
    "even if",
    "that said",
    "in fact",
    "on the contrary",
    "in contrast",
    "instead",
    "regardless",
    "despite this",
    "despite that",
    "despite all this",
    "in spite of this",
    "in spite of that",
)

#: Opening a sentence (or after a comma): the author turns to their own
#: point; in "X, but Y" Y is what the sentence argues.
TURN: tuple[str, ...] = (
    "but",
    "however",
    "yet",
    "still",
    "nevertheless",
    "nonetheless",
    "even so",
    "that said",
    "despite this",
    "despite that",
    "despite all this",
    "in spite of this",
    "in spite of that",
    "on the contrary",
    "instead",
)

#: The author doubts a reported view (a rebuttal without a connective): the
#: shared doubts and denials of :mod:`argmap.lexicon`.
DOUBT: tuple[str, ...] = (*lexicon.DOUBTS, *lexicon.DENIALS)

# -- evidence ---------------------------------------------------------------------

#: Numbers that make a statistic (patterns, tried only on units with a digit).
STATISTIC: tuple[re.Pattern[str], ...] = (
    # the whole number ("22%", "1.5 per cent"), not its last digits
    re.compile(r"(?<!\d)\d[\d,.]*\s*(?:%|per\s?cent\b|percentage points?\b)", re.IGNORECASE),
    re.compile(r"\b\d[\d,.]*\s*(?:million|billion|trillion|bn|m)\b", re.IGNORECASE),
    re.compile(r"[$£€¥?]\s?\d"),
    re.compile(r"\b\d{1,3}(?:,\d{3})+\b"),
    re.compile(r"\b\d+\s+(?:in|of|out\s+of)\s+(?:the\s+|every\s+)?\d+\b"),
)

#: Number words: a unit without a digit is tried for :data:`COUNTS` only
#: when it holds one of them.
NUMBER_WORDS: frozenset[str] = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens
    millions""".split()  # noqa: SIM905
)


def _first_char_tested(alternatives: str) -> str:
    """``(?:alternatives)`` behind a look-ahead for the first characters they can start with.

    It matches the same, but a text position whose character starts none of
    the alternatives fails at once rather than after trying each of them,
    which halves the time of the patterns below.
    """
    firsts = sorted({a[:2] if a.startswith("\\") else a[0] for a in alternatives.split("|")})
    return rf"(?=[{''.join(firsts)}])(?:{alternatives})"


_NUMBER = _first_char_tested(
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a thousand"
    r"|thousands|dozens|a dozen|millions"
)
_PERIODS = ("second", "minute", "hour", "day", "night", "week", "month", "year")
_PERIOD = rf"(?:{'|'.join(_PERIODS)})s?"
_QUANTIFIERS = (
    *("up to", "at least", "at most", "more than", "fewer than", "less than", "as many as"),
    *("nearly", "almost", "just", "only", "some", "over"),
)
_QUANTIFIER = _first_char_tested("|".join(_QUANTIFIERS))
#: A count of time ("almost 10 years") is a duration, not a statistic.
_DURATION = r"(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)\b"

#: Counts and rates that make a statistic, with or without a digit: "nine
#: strikes per day", "up to 200 strikes in 36 hours", "three in four voters".
COUNTS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"\b{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}(?:per|a|an|each|every)\s+{_PERIOD}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_QUANTIFIER}\s+{_NUMBER}\s+(?!{_DURATION})(?:[a-z-]+\s+)?[a-z]+s\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_NUMBER}\s+(?:[a-z-]+\s+)?[a-z]+s\s+in\s+{_NUMBER}\s+{_PERIOD}\b", re.I),
    re.compile(rf"\b{_NUMBER}\s+(?:in|out of)\s+(?:every\s+)?{_NUMBER}\b", re.IGNORECASE),
)
#: For each pattern of :data:`COUNTS`, words one of which a unit must hold
#: (folded by :func:`argmap.drafting.lexicon.fold`) for it to match, if any:
#: the rates need a period of time, the counts a quantifier.
COUNT_NEEDS: tuple[tuple[str, ...], ...] = (_PERIODS, _QUANTIFIERS, _PERIODS, ())

#: Words that make a statistic without a digit.
STATISTIC_WORDS: tuple[str, ...] = (
    "percent",
    "per cent",
    "percentage",
    "half of",
    "a third of",
    "a quarter of",
    "two-thirds of",
    "three-quarters of",
    "one in two",
    "one in three",
    "one in four",
    "one in five",
    "one in ten",
    "doubled",
    "tripled",
    "halved",
    "rose by",
    "fell by",
    "dropped by",
    "increased by",
    "decreased by",
    "the average",
    "the median",
    "the rate of",
    "majority of",
    "minority of",
)

#: Research and reports (evidence of type ``study``).
STUDY: tuple[str, ...] = (
    "study",
    "studies",
    "survey",
    "surveys",
    "research shows",
    "research suggests",
    "research has shown",
    "researchers found",
    "scientists found",
    "opinion poll",
    "opinion polls",
    "polls show",
    "polls suggest",
    "a poll",
    "the poll",
    "latest poll",
    "statistics",
    "figures show",
    "data show",
    "data shows",
    "report by",
    "report from",
    "census",
)

#: Irregular past-tense verbs: with a date, a named party or the author's
#: "I", a concrete past event (an anecdote). Forms that are also the present
#: ("put", "read") or often a noun or adjective ("left", "lost") are left out.
IRREGULAR_PAST: frozenset[str] = frozenset(
    """went came saw took made gave won broke began became found met ran sat stood wrote
    got brought bought thought felt kept held fell grew knew led paid sent spent struck
    threw wore woke drove rose flew ate drank sang spoke chose caught fought taught hid
    built sold shot slept stole swam forgot heard understood lay rang sank shook
    swore tore withdrew overcame undertook""".split()  # noqa: SIM905
)

#: Before an "-ed" word these make it an adjective or a present passive
#: ("is often assumed", "the accomplished leader"), not a past event.
NOT_BEFORE_PAST: frozenset[str] = frozenset(
    """is are am be being 's 're to the a an very more most so too get gets seem seems
    become becomes remain remains feel feels of""".split()  # noqa: SIM905
)

#: Words ending in "-ed" that are no past tense: verbs in "-eed" ("It may not
#: succeed"), "indeed", "hundred" and adjectives that only look like participles.
NOT_PAST_ED: frozenset[str] = frozenset(
    """succeed proceed exceed indeed hundred speed breed bleed greed steed
    sacred wicked naked rugged crooked ragged wretched kindred embed shred""".split()  # noqa: SIM905
)

#: A year (tried only on units with a digit): anchors a concrete event.
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")

#: Dates and times that anchor a concrete event (with past tense: a fact).
#: "May" and "March" are left out: they are more often a verb.
TIME_WORDS: tuple[str, ...] = (
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "last year",
    "last month",
    "last week",
    "last summer",
    "last winter",
    "last spring",
    "last autumn",
    "weeks ago",
    "months ago",
    "years ago",
    "days ago",
    "in recent weeks",
    "in recent months",
    "in recent days",
    "this week",
    "this month",
    "earlier this year",
)

#: Appeals to what everyone accepts (evidence of type ``common_ground``).
COMMON_GROUND: tuple[str, ...] = (
    "everyone knows",
    "everybody knows",
    "we all know",
    "we all remember",
    "as we all know",
    "it is well known",
    "it is widely known",
    "it is widely accepted",
    "it is widely acknowledged",
    "has been widely acknowledged",
    "nobody denies",
    "no one denies",
    "no one would deny",
    "it goes without saying",
    "needless to say",
    "common sense",
)

# -- language check --------------------------------------------------------------

#: The commonest English function words: in English prose they make up
#: roughly 40% of the words, in other languages almost none (see
#: :data:`argmap.lexicon.ENGLISH_MARKERS`).
ENGLISH_FUNCTION_WORDS: frozenset[str] = lexicon.ENGLISH_MARKERS

# -- granted points and reported views that the author answers -----------------

#: Opening a unit, these grant a point ("Yes, ...", "In theory, ...", "Of
#: course ..."): a counterclaim only when an answer follows it ("but",
#: "however", "in practice" ...); otherwise the author's own claim. Each maps
#: to the holder recorded, like :data:`OPPOSING_VIEW`.
GRANTED: Mapping[str, str] = {
    "it is tempting to": "a possible objector",
    "it's tempting to": "a possible objector",
    "it is easy to": "a possible objector",
    "it's easy to": "a possible objector",
    "it is too easy to": "a possible objector",
    "it's too easy to": "a possible objector",
    "on the one hand": "a possible objector",
    "yes ,": "a possible objector",
    "sure ,": "a possible objector",
    "true ,": "a possible objector",
    "in theory": "a possible objector",
    "in principle": "a possible objector",
    "on paper": "a possible objector",
    "it's great that": "a possible objector",
    "it is great that": "a possible objector",
    "it's good that": "a possible objector",
    "it is good that": "a possible objector",
    "and rightly so": "a possible objector",
    "no doubt": "a possible objector",
    # a point allowed, or an appearance, that the author then qualifies
    "fair enough": "a possible objector",
    "to be fair": "a possible objector",
    "understandably": "a possible objector",
    "it is understandable": "a possible objector",
    "it's understandable": "a possible objector",
    "there is some truth": "a possible objector",
    "there's some truth": "a possible objector",
    "there is something to": "a possible objector",
    "there's something to": "a possible objector",
    "would be forgiven for": "a possible objector",
    "could be forgiven for": "a possible objector",
    "on the face of it": "a possible objector",
    "at first glance": "a possible objector",
    "at first sight": "a possible objector",
    "it seemed": "a possible objector",
    "purported": "a widespread view",
}

#: Cues of :data:`OPPOSING_VIEW` too weak on their own ("perhaps", "of
#: course"): like :data:`GRANTED`, they make a counterclaim only
#: when an answer follows.
ANSWER_NEEDED: frozenset[str] = frozenset(
    {
        "perhaps",
        "of course",
        "it is true",
        "this is true",
        "it is true that",
        "the argument that",
        "the claim that",
        "the view that",
        "the suggestion that",
        "the explanation that",
        "the charge that",
        "the accusation that",
        "the complaint that",
        "the excuse that",
        "the theory that",
        "we are told",
        "the idea that",
        "the widespread idea that",
        "the notion that",
        "the myth that",
        "the belief that",
        "the perception that",
        "the assumption that",
        "the conventional wisdom",
        "received wisdom",
        "it is not that",
        "it's not that",
        "it was not that",
        "the trouble is not that",
        "the problem is not that",
        "the point is not that",
        "the issue is not that",
        "the question is not whether",
    }
)

#: A view reported without naming who holds it ("Various causes have been
#: cited: ..."): a counterclaim of unnamed commentators when answered.
AGENTLESS_REPORT: tuple[str, ...] = tuple(
    f"{aux} been {verb}"
    for aux in ("has", "have")
    for verb in (
        "cited",
        "given",
        "offered",
        "suggested",
        "proposed",
        "put forward",
        "advanced",
        "blamed",
        "claimed",
        "argued",
    )
)

#: Opening a unit, these answer what came before as a rebuttal does
#: ("In theory X. In practice, though, Y"), besides :data:`REBUTTAL`.
ANSWER: tuple[str, ...] = (
    "the complication is",
    "the problem is",
    "the trouble is",
    "the catch is",
    "the snag is",
    "the difficulty is",
    "in practice",
    "on the other hand",
    "in reality",
    "in truth",
    "the truth is",
    "the reality is",
    "except",
    "actually",
    # the second half of "It is not that X; it is that Y"
    "it is that",
    "it's that",
    "it is just that",
    "it's just that",
    "it is rather that",
    "it's rather that",
    "it is simply that",
    "it's simply that",
)

#: After a leading "so", these make it "also" ("So have the others"), not a
#: conclusion marker.
INVERTING_AUXILIARIES: frozenset[str] = frozenset(
    "have has had do does did is are was were can could will would should must".split()  # noqa: SIM905
)

# -- speakers ---------------------------------------------------------------------

#: Verbs by which a source reports a finding ("reports indicate", "a study
#: suggests"): speech only when their subject is one of :data:`SOURCE_NOUNS`.
FINDING_VERBS: tuple[str, ...] = (
    "suggested",
    "discovered",
    "examined",
    "indicate",
    "indicates",
    "suggest",
    "suggests",
    "show",
    "shows",
    "showed",
    "found",
    "finds",
    "reveal",
    "reveals",
    "revealed",
    "concluded",
    "concludes",
)

#: Nouns for sources of findings.
SOURCE_NOUNS: tuple[str, ...] = (
    "brochure",
    "website",
    "letter",
    "documents",
    "paper",
    "article",
    "book",
    "report",
    "reports",
    "study",
    "studies",
    "survey",
    "surveys",
    "poll",
    "polls",
    "data",
    "figures",
    "statistics",
    "research",
    "researchers",
    "analysis",
    "review",
    "inquiry",
    "investigation",
    "scientists",
    "economists",
    "analysts",
)

#: Words of time that never name a speaker ("On Monday afternoon, ...").
TIME_NOUNS: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december yesterday today tonight
    tomorrow morning afternoon evening night week month year weekend last this next earlier
    later recently""".split()  # noqa: SIM905
)

#: Opening a sentence, these start a phrase of time or place before the
#: subject ("On Monday, ...", "In Paris, ...").
SETTING_PREPOSITIONS: frozenset[str] = frozenset(
    """on in at during after before since last this earlier later yesterday today over
    throughout following amid within""".split()  # noqa: SIM905
)

#: After "it", "this" or "that", the author rejects the view just reported
#: ("It's so wrong", "This is nonsense"): an answer, like a rebuttal cue.
REJECTION: tuple[str, ...] = (
    "wrong",
    "nonsense",
    "absurd",
    "false",
    "untrue",
    "not true",
    "mistaken",
    "misguided",
    "misleading",
    "grotesque",
    "ridiculous",
    "rubbish",
    "a myth",
    "a fallacy",
    "not so",
)

#: Verbs by which a view (not an act) is reported: "X says ... But ..." makes
#: X's view a counterclaim; "X announced ... But ..." does not.
VIEW_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "believes",
    "believe",
    "thinks",
    "think",
    "wrote",
    "writes",
    "suggests",
    "suggested",
    "according to",
    "described",
    "describes",
    "in a statement",
)

#: A view reported with no holder named ("there are complaints that"):
#: testimony of unnamed commentators.
UNNAMED_REPORT: tuple[str, ...] = (
    "there are complaints",
    "there are claims",
    "there are reports",
    "there are varying reports",
    "there are conflicting reports",
    "there are fears",
    "there are concerns",
    "there have been complaints",
    "there have been claims",
    "there have been reports",
    "it is reported that",
    "it was reported that",
)

#: Passive reports: the subject before them is the speaker ("her sisters are
#: reported to have said").
PASSIVE_REPORTS: tuple[str, ...] = (
    "are reported to",
    "is reported to",
    "was reported to",
    "were reported to",
    "are said to",
    "is said to",
    "was said to",
    "were said to",
)

# -- reported propositions (argmap.drafting.reports) -------------------------------

#: Verbs by which someone holds or puts forward a proposition, by base form and
#: class: ``say`` (saying, claiming), ``believe`` (believing, expecting),
#: ``want`` (wanting, proposing, planning, deciding: they take "to ..."), and
#: ``fear``. Their inflections are derived (:func:`argmap.drafting.reports.verb_forms`).
REPORTING_VERBS: Mapping[str, str] = {
    **dict.fromkeys(
        """say tell claim argue insist contend maintain assert declare announce state note
        add explain stress emphasise emphasize write tweet reply respond retort counter warn
        predict promise pledge vow threaten admit acknowledge concede deny complain protest
        object allege boast brag whisper mutter joke quip remark observe recall report confirm
        reveal imply hint proclaim repeat lament grumble moan opine assure remind coo
        suggest""".split(),  # noqa: SIM905
        "say",
    ),
    **dict.fromkeys(
        """believe think feel reckon suppose assume presume suspect doubt imagine guess
        consider expect hold accept conclude""".split(),  # noqa: SIM905
        "believe",
    ),
    **dict.fromkeys(
        """want wish hope propose recommend urge demand ask plan intend aim seek decide
        resolve agree prefer""".split(),  # noqa: SIM905
        "want",
    ),
    **dict.fromkeys("fear worry dread".split(), "fear"),  # noqa: SIM905
}

#: Verbs whose object comes before the proposition ("told us that", "warned
#: them that").
OBJECT_REPORTING_VERBS: frozenset[str] = frozenset(
    "tell warn remind assure promise ask urge".split()  # noqa: SIM905
)

#: Irregular forms of reporting verbs: base -> (third person, past, participle, -ing).
IRREGULAR_VERB_FORMS: Mapping[str, tuple[str, ...]] = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "write": ("writes", "wrote", "written", "writing"),
    "hold": ("holds", "held", "held", "holding"),
    "seek": ("seeks", "sought", "sought", "seeking"),
}

#: Adjectives of a view held, after "be": "Cameron's team are sure they ...".
BELIEF_ADJECTIVES: frozenset[str] = frozenset(
    """sure convinced confident adamant certain persuaded insistent worried afraid
    fearful hopeful keen determined""".split()  # noqa: SIM905
)

#: Nouns that hold a proposition: "the explanation that ...", "their position is
#: that ...", "there is deepening concern that ..." (singular; plurals derived).
VIEW_NOUNS: frozenset[str] = frozenset(
    """view belief claim argument idea notion assumption fear hope suggestion proposal
    decision position message line thinking explanation conclusion narrative theory lie
    myth complaint concern talk consensus charge accusation insistence promise warning
    verdict opinion sense worry suspicion expectation prediction case""".split()  # noqa: SIM905
)
