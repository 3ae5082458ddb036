"""The default extractor: cues and paragraph structure, offline and deterministic.

It cuts the text into paragraphs, sentences and clauses, leaves out what is
not argument (headline, byline, dateline, appeals to subscribe), proposes a
kind for every unit from the cues of :mod:`argmap.drafting.cues`, picks the
thesis, and links the units by support and attack. Every statement and
inference carries the ``cue`` that produced it and a ``confidence``.

>>> text = ("Critics say the tax costs jobs. But the evidence shows the opposite. "
...         "The council should keep the tax because it pays for schools.")
>>> m = HeuristicExtractor().extract(text, source=Source(text=text))
>>> m.thesis.spans[0].quote
'The council should keep the tax'
>>> [(s.kind, s.attributed_to) for s in m.of_kind("counterclaim")]
[('counterclaim', 'Critics')]
"""

from __future__ import annotations

import re

from argmap.drafting import cues
from argmap.drafting.features import Unit, read_units
from argmap.drafting.language import check_english
from argmap.drafting.lexicon import fold
from argmap.drafting.segment import Piece, clauses, paragraphs, sentences
from argmap.drafting.structure import Link, link
from argmap.drafting.thesis import pick_thesis, restatements
from argmap.errors import ExtractorError
from argmap.model import ArgumentMap, Source
from argmap.model.statements import ID_PREFIXES

__all__ = ["HeuristicExtractor", "is_headline", "is_subheading", "read_text"]


def _alternation(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})" for p in patterns)
    )


#: The non-argument patterns as two alternations: those anchored at the start
#: (one match per piece) and those found anywhere (one search, only when a word
#: every one of them needs is in the piece: most paragraphs hold none).
_NON_ARG_START = _alternation([p for p in cues.NON_ARGUMENTATIVE if p.pattern.startswith("^")])
_NON_ARG_ANYWHERE = _alternation(
    [p for p in cues.NON_ARGUMENTATIVE if not p.pattern.startswith("^")]
)
_NON_ARG_WORDS = (
    "subscrib", "sign", "newsletter", "donate", "become", "support", "journalism", "click",
    "read", "follow", "share", "order", "published",
)  # fmt: skip


def _non_argument(text: str) -> bool:
    """Whether one of :data:`cues.NON_ARGUMENTATIVE` matches ``text``."""
    if _NON_ARG_START.match(text):
        return True
    folded = fold(text)
    return (
        any(word in folded for word in _NON_ARG_WORDS)
        and _NON_ARG_ANYWHERE.search(text) is not None
    )


_LEADING_CONNECTIVE = re.compile(
    r"^[\s\"“(]*(?:(?:however|but|yet|and|so|thus|therefore|hence|because|since|given that|"
    r"given|although|though|even though|whereas|while|also|furthermore|moreover)\b[\s,]*)+",
    re.IGNORECASE,
)


class HeuristicExtractor:
    """Draft a map from cue words and paragraph structure (English prose).

    Deterministic and offline: the same text always gives the same map.
    """

    def extract(self, text: str, *, source: Source) -> ArgumentMap:
        """Return a draft map of ``text``; see the module docstring."""
        check_english(text, source=source.title)
        units, title = read_text(text, source.title)
        if source.title is None and title is not None:
            source = source.model_copy(update={"title": title})
        if not units:
            raise ExtractorError(
                "the text holds no argument to draft: every paragraph was left out as a "
                "headline, byline or appeal"
            )
        thesis = pick_thesis(units, source.title)
        restated = restatements(units, thesis)
        links = link(units, thesis, restated)
        return _build(units, thesis, restated, links, source)


def read_text(text: str, title: str | None = None) -> tuple[list[Unit], str | None]:
    """The units of ``text`` with their kinds proposed, and the headline found (if any).

    >>> units, headline = read_text("Keep the pier\\n\\nThe town should keep its pier.")
    >>> headline, [u.text for u in units]
    ('Keep the pier', ['The town should keep its pier.'])
    """
    kept, headline = _argumentative_paragraphs(text, title)
    structure = [[clauses(s) for s in sentences(p)] for p in kept]
    return read_units(structure), headline


# -- what is argument -------------------------------------------------------------


def is_headline(first: Piece, rest: list[Piece], title: str | None = None) -> bool:
    """Whether the first paragraph is the text's headline, not its first point.

    It is when it repeats the given ``title``, or when it is short and body
    text follows: at most :data:`cues.HEADLINE_MAX_WORDS` words without a
    final stop, or, with one, at most :data:`cues.STOPPED_HEADLINE_MAX_WORDS`
    words in at most two sentences before a paragraph half as long again.
    (A one-line opening paragraph of a text without a headline reads the
    same; pass ``Source(title=...)`` to say which it is.)

    >>> body = [Piece(0, 0, "The body of the text follows here. It runs on for a while.")]
    >>> is_headline(Piece(0, 0, "Parking, not prices, is the problem."), body)
    True
    >>> is_headline(Piece(0, 0, "We must act now. Here is why we must, and how."), [])
    False
    """
    text = first.text.strip()
    if title is not None and text.rstrip(".") == title.strip().rstrip("."):
        return True
    if not rest or len(text.split()) > cues.HEADLINE_MAX_WORDS:
        return False
    if not _STOPPED.search(text):
        return True
    words = len(text.split())
    if words > cues.STOPPED_HEADLINE_MAX_WORDS or len(sentences(first)) > 2:
        return False
    return len(rest[0].text.split()) >= 1.5 * words


def is_subheading(para: Piece, following: Piece | None) -> bool:
    """A short line inside the text without a final stop, before longer text.

    >>> is_subheading(Piece(0, 0, "What the law says"), Piece(0, 0, "It says a lot, in fact."))
    True
    >>> is_subheading(Piece(0, 0, "We know."), Piece(0, 0, "It says a lot, in fact."))
    False
    """
    text = para.text.strip()
    return (
        following is not None
        and len(text.split()) <= cues.SUBHEADING_MAX_WORDS
        and not _STOPPED.search(text)
        and text[:1].isupper()
        and len(following.text.split()) > len(text.split())
    )


_STOPPED = re.compile(r"[.!?…:;,]['\"”’)]*$")


def _argumentative_paragraphs(text: str, title: str | None) -> tuple[list[Piece], str | None]:
    paras = paragraphs(text)
    headline: str | None = None
    if len(paras) > 1 and is_headline(paras[0], paras[1:], title):
        headline = paras[0].text
        paras = paras[1:]
    paras = [
        p
        for k, p in enumerate(paras)
        if not (k and is_subheading(p, paras[k + 1] if k + 1 < len(paras) else None))
    ]
    if len(paras) > 1 and cues.AUTHOR_NOTE.match(paras[-1].text):
        paras = paras[:-1]
    kept: list[Piece] = []
    for p in paras:
        if _non_argument(p.text):
            if len(sentences(p)) <= 3:
                continue
            trimmed = _drop_sentences(p)
            if trimmed is None:
                continue
            p = trimmed
        m = cues.DATELINE.match(p.text)
        if m and m.end() < len(p.text):
            p = Piece(p.start + m.end(), p.end, p.text[m.end() :])
        kept.append(p)
    return kept, headline


def _drop_sentences(p: Piece) -> Piece | None:
    good = [s for s in sentences(p) if not _non_argument(s.text)]
    if not good:
        return None
    # keep the run of good sentences from the first to the last (offsets stay exact)
    start, end = good[0].start, good[-1].end
    return Piece(start, end, p.text[start - p.start : end - p.start])


# -- the map ----------------------------------------------------------------------


def _wording(text: str) -> str:
    m = _LEADING_CONNECTIVE.match(text)
    if m and m.group(0).split()[-1].lower() == "so" and _inverted_so(text[m.end() :]):
        return text.strip().rstrip(",;:")  # "So have the others": "so" means "also"
    words = (text[m.end() :] if m else text).strip().rstrip(",;:")
    words = words or text.strip()
    return words[:1].upper() + words[1:]


def _inverted_so(rest: str) -> bool:
    first = rest.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in cues.INVERTING_AUXILIARIES


def _span(piece: Piece) -> dict[str, object]:
    return {"start": piece.start, "end": piece.end, "quote": piece.text}


def _build(
    units: list[Unit],
    thesis: Unit,
    restated: list[Unit],
    links: list[Link],
    source: Source,
) -> ArgumentMap:
    """The map of the units and links, validated as a whole.

    Its statements, spans and inferences are handed over as plain data: the
    map's validation builds and checks every one of them in one call, which
    is quicker than building each model on its own first.
    """
    counters: dict[str, int] = {}
    ids: dict[int, str] = {}
    statements: list[dict[str, object]] = []
    skip = {u.index for u in restated}
    for u in units:
        if u.index in skip:
            continue
        prefix = ID_PREFIXES[u.kind]
        counters[prefix] = counters.get(prefix, 0) + 1
        ref = f"{prefix}{counters[prefix]}"
        ids[u.index] = ref
        spans = [_span(u.piece)]
        cue = u.cue
        if u is thesis and restated:
            spans += [_span(r.piece) for r in restated]
            cue += "; restated at the other end of the text"
        fields: dict[str, object] = {
            "kind": u.kind,
            "id": ref,
            "text": _wording(u.text),
            "spans": spans,
            "attributed_to": u.speaker,
            "confidence": round(u.confidence, 2),
            "cue": cue,
        }
        if u.kind == "evidence":
            fields["evidence_type"] = u.evidence_type
        statements.append(fields)
    inferences = [
        {
            "id": f"I{n}",
            "premises": [ids[link.premise]],
            "conclusion": ids[link.conclusion],
            "polarity": link.polarity,
            "confidence": link.confidence,
            "cue": link.cue,
        }
        for n, link in enumerate(links, start=1)
    ]
    return ArgumentMap.model_validate(
        {
            "source": source,
            "statements": statements,
            "inferences": inferences,
            "meta": {"drafted_by": "argmap.HeuristicExtractor"},
        }
    )
