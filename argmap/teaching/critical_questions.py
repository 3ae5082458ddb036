"""The standard critical questions, by type of evidence and by argumentation scheme.

One table, :data:`CRITICAL_QUESTIONS`, maps a key to its questions. A key is
an :class:`~argmap.model.EvidenceType` value (``"statistic"``,
``"testimony"`` ...) for evidence, or a scheme name (``"analogy"``,
``"cause_to_effect"`` ...) for an inference's ``scheme``; some names are
both. Each question has a stable id (``"statistic.base_rate"``) and a
template where ``{it}`` stands for the questioned statement (its title or
first words, quoted; for an inference, its premises), ``{then}`` for the
conclusion it is used for and ``{who}`` for its speaker.

The questions follow the long-standing teaching lists for each scheme
(source credibility, base rates, representativeness, relevant
similarity, alternative causes, likelihood and weight of consequences ...),
phrased for school readers.

>>> [q.id for q in questions_for("statistic")][:3]
['statistic.source', 'statistic.base_rate', 'statistic.representative']
>>> questions_for("analogy")[0].ask(it="'Like the 1990s'")
"Are the cases compared in 'Like the 1990s' alike in the ways that matter?"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["CRITICAL_QUESTIONS", "SCHEME_ALIASES", "CriticalQuestion", "questions_for"]


@dataclass(frozen=True)
class CriticalQuestion:
    """One critical question: a stable id, a short topic and a template."""

    id: str
    topic: str
    template: str

    def ask(self, *, it: str, who: str = "the author", then: str = "its conclusion") -> str:
        """The question about ``it``, said by ``who``, used for ``then``."""
        return self.template.format(it=it, who=who, then=then)


def _qs(key: str, *rows: tuple[str, str, str]) -> tuple[CriticalQuestion, ...]:
    return tuple(CriticalQuestion(f"{key}.{name}", topic, text) for name, topic, text in rows)


_TABLE: dict[str, tuple[CriticalQuestion, ...]] = {
    # -- evidence types (every EvidenceType value) ----------------------------
    "statistic": _qs(
        "statistic",
        (
            "source",
            "source credibility",
            "Who produced the numbers in {it}, and can they be trusted?",
        ),
        (
            "base_rate",
            "base rate",
            "Compared with what? What is the usual level (the base rate) for {it}?",
        ),
        (
            "representative",
            "representativeness",
            "Do the people or cases counted in {it} represent the whole group?",
        ),
        (
            "measure",
            "definition",
            "What exactly was counted or measured in {it}, and could another measure "
            "tell a different story?",
        ),
        ("period", "time frame", "Is the time period in {it} typical, or picked to make a point?"),
    ),
    "example": _qs(
        "example",
        ("typical", "representativeness", "Is {it} a typical case, or an exception?"),
        ("enough", "sample size", "Is one example like {it} enough to support a general claim?"),
        (
            "counter",
            "counterexamples",
            "Are there well-known cases that go the other way from {it}?",
        ),
    ),
    "testimony": _qs(
        "testimony",
        ("position", "position to know", "Is {who} in a position to know what {it} reports?"),
        ("honesty", "bias", "Does {who} have a reason to say {it} other than its being true?"),
        ("accurate", "accurate report", "Is {it} an accurate account of what {who} actually said?"),
        ("consistent", "consistency", "Do other sources confirm what {who} says in {it}?"),
    ),
    "expert_opinion": _qs(
        "expert_opinion",
        ("expertise", "expertise", "Is {who} a genuine expert, with a record to show for it?"),
        ("field", "field", "Is {it} within {who}'s field of expertise?"),
        ("consensus", "consensus", "Do other experts agree with {it}?"),
        ("evidence", "backing", "What evidence is {who}'s judgement in {it} based on?"),
        ("interest", "bias", "Does {who} stand to gain from {it} being believed?"),
    ),
    "common_ground": _qs(
        "common_ground",
        ("accepted", "acceptance", "Would readers who disagree with the author still accept {it}?"),
        ("still_true", "currency", "Is {it} still true today, or an old assumption?"),
    ),
    "fact": _qs(
        "fact",
        ("source", "source credibility", "Where does {it} come from, and can it be checked?"),
        ("relevant", "relevance", "Does {it} really bear on {then}?"),
        ("complete", "context", "Is anything left out that would change how {it} reads?"),
    ),
    "study": _qs(
        "study",
        ("source", "source credibility", "Who carried out and paid for the research behind {it}?"),
        (
            "method",
            "method",
            "Was the study behind {it} well designed and reviewed by other researchers?",
        ),
        (
            "representative",
            "representativeness",
            "Does the sample behind {it} represent the people the claim is about?",
        ),
        ("replicated", "replication", "Have other studies found the same as {it}?"),
        ("shows", "relevance", "Does the study show what {it} claims, or something narrower?"),
    ),
    # -- argumentation schemes -------------------------------------------------
    "analogy": _qs(
        "analogy",
        (
            "similar",
            "relevant similarity",
            "Are the cases compared in {it} alike in the ways that matter?",
        ),
        (
            "differences",
            "relevant differences",
            "Is there a difference between the cases in {it} that undermines the comparison?",
        ),
        (
            "other",
            "competing analogy",
            "Is there another comparable case that points away from {then}?",
        ),
    ),
    "cause_to_effect": _qs(
        "cause_to_effect",
        ("link", "causal link", "How strong is the causal link from {it} to {then}?"),
        ("other_causes", "alternative causes", "Could something other than {it} explain {then}?"),
        (
            "correlation",
            "correlation",
            "Is the link between {it} and {then} more than coincidence?",
        ),
        ("happens", "cause present", "Is the cause in {it} actually present here?"),
    ),
    "consequences": _qs(
        "consequences",
        ("likely", "likelihood", "How likely is the outcome described in {it}?"),
        ("weight", "weight", "How good or bad is the outcome in {it}, and for whom?"),
        (
            "other",
            "other consequences",
            "Are there other consequences, pointing away from {then}, that the argument "
            "leaves out?",
        ),
        (
            "prevent",
            "alternatives",
            "Could the outcome in {it} be reached or avoided some other way?",
        ),
    ),
    "sign": _qs(
        "sign",
        ("reliable", "reliability", "How reliably does {it} indicate {then}?"),
        ("other", "other explanations", "Could {it} point to something other than {then}?"),
    ),
    "popular_opinion": _qs(
        "popular_opinion",
        ("widely", "acceptance", "Is the view in {it} really as widely held as claimed?"),
        ("reason", "reasons", "Does many people believing {it} make {then} true?"),
    ),
    "authority": _qs(
        "authority",
        ("legitimate", "legitimacy", "Does {who} hold a real position of authority on {it}?"),
        ("scope", "scope", "Does {who}'s authority cover what {it} is about?"),
        ("challenged", "challenge", "Has {who}'s ruling in {it} been challenged or overturned?"),
    ),
}
#: Other names for schemes, as maps write them.
SCHEME_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "expert": "expert_opinion",
        "position_to_know": "testimony",
        "witness_testimony": "testimony",
        "statistics": "statistic",
        "statistical": "statistic",
        "examples": "example",
        "cause": "cause_to_effect",
        "causal": "cause_to_effect",
        "causation": "cause_to_effect",
        "consequence": "consequences",
        "practical_reasoning": "consequences",
        "popularity": "popular_opinion",
    }
)

#: Every key (evidence type or scheme) mapped to its questions.
CRITICAL_QUESTIONS: Mapping[str, tuple[CriticalQuestion, ...]] = MappingProxyType(_TABLE)


def questions_for(key: str) -> tuple[CriticalQuestion, ...]:
    """The critical questions for an evidence type or scheme (``()`` when none are known).

    Scheme names are matched case-insensitively, with spaces or hyphens for
    underscores and a few common aliases.

    >>> questions_for("Cause to effect") == questions_for("causal")
    True
    >>> questions_for("no such scheme")
    ()
    """
    norm = key.strip().lower().replace("-", "_").replace(" ", "_")
    norm = SCHEME_ALIASES.get(norm, norm)
    return CRITICAL_QUESTIONS.get(norm, ())
