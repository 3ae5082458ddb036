"""Hand-annotated editorials: the gold the drafter is scored against.

Each ``NNN.json`` beside this file annotates one Guardian editorial of
``../shared/corpora/webis-editorials-dev/guardian`` (named in ``file``). The
text annotated is the editorial as :func:`draft_quality.read_webis` rebuilds
it with ``with_title=True``: the headline, then the paragraphs, separated by
blank lines. Nothing of the text is stored here: every span is a pair of
character offsets into that text plus ``check``, its first few words, which
:func:`load_gold` compares so that a changed corpus or reader is caught.

Fields: ``title``; ``thesis`` (the spans that state the author's main
position, any of them is a hit); ``main_claims``; ``counterclaims`` (each a
``span``, its ``speaker`` or ``null`` for a point the author concedes, and
the ``rebuttal`` span that answers it or ``null``); ``attributed``
(statements the author reports from someone, with the ``speaker``);
``author_conclusions`` (the author's own closing position, which must never
be drafted as a counterclaim).

The six editorials beside this file are the first six of the *test* part of
the corpus (:func:`draft_quality.part_of`) in the order of the SHA-256 of
their file stems. They were annotated before the drafter was changed and are
never used to tune it: only :func:`score_gold`'s aggregate figures are looked
at.

``test2/`` holds the *second twelve* editorials of the test part: the next
twelve in the same order (SHA-256 of the stems) after those six, 151 180 081
103 116 085 156 076 028 143 107 261. They were annotated from reading the
text alone, before any drafter or scorer was run on them, to make the frozen
test measurement less noisy; they are scored as a set of their own and
together with the six, in aggregate only (:func:`explain` refuses every
editorial of the test part).

``tuning/`` holds editorials of the *tuning* part, annotated in batches, each
batch before the drafter was run on it and first scored untouched (the
honest estimate of how the drafter does on editorials it has not seen); they
may then be used to tune and fit it (``benchmarks/fit_drafter.py``).
A batch is held in ``fresh/`` while a round of changes is made (annotated
but kept out of every fitting); the drafter is scored on it once at the
round's end, and the batch then joins ``tuning/``. The batches, in the
order of the SHA-256 of the stems of the tuning part's editorials: 004 013
024 027 048 152 170 185 252 254 274 279 (four rounds, before the fitted
decisions), then 061 135 032 011 096 123 263 285 297 136, then 099 037 120
237 153 033 187 015 221 207, then 046 111 218 098 239 188 100 296 (held in
``fresh/`` during the clause-structure round): forty, the whole of what is
annotated of the tuning part.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from draft_quality import (  # noqa: E402
    part_of,
    read_webis,
    speakers_match,
    stance_cue_baseline,
)

Range = tuple[int, int]


class GoldMismatchError(ValueError):
    """A gold span whose check words are not at its offsets in the corpus text."""


@dataclass
class Editorial:
    """One annotated editorial: its text and the gold read from its file."""

    name: str
    text: str
    gold: dict[str, Any]


def _range(span: dict[str, Any]) -> Range:
    return (span["start"], span["end"])


def _spans(gold: dict[str, Any]) -> list[dict[str, Any]]:
    out = [gold["title"], *gold["thesis"], *gold["main_claims"], *gold["author_conclusions"]]
    for c in gold["counterclaims"]:
        out.append(c["span"])
        if c["rebuttal"]:
            out.append(c["rebuttal"])
    out += [a["span"] for a in gold["attributed"]]
    return out


def load_gold(gold_dir: Path, corpus: Path) -> list[Editorial]:
    """The annotated editorials; ``[]`` when the corpus is not there.

    Raises :class:`GoldMismatchError` when a span's check words are not where
    its offsets say.
    """
    folder = corpus / "guardian"
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        _title, text, _units = read_webis(folder / gold["file"], with_title=True)
        for span in _spans(gold):
            words = text[span["start"] : span["end"]].split()
            found = " ".join(words[: len(span["check"].split())])
            if found != span["check"]:
                raise GoldMismatchError(
                    f"{path.name}: expected {span['check']!r} at {span['start']}, found {found!r}"
                )
        out.append(Editorial(path.stem, text, gold))
    return out


def _overlaps(a: Range, b: Range) -> bool:
    """At least 40% of the shorter of the two ranges is shared."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.4 * min(a[1] - a[0], b[1] - b[0])


def _touching(amap: Any, r: Range, kind: str | None = None) -> list[Any]:
    return [
        s
        for s in amap.statements
        if (kind is None or s.kind == kind) and any(_overlaps((p.start, p.end), r) for p in s.spans)
    ]


def score_editorial(e: Editorial, amap: Any) -> dict[str, int]:
    """Counts for one drafted editorial (summed by :func:`score_gold`)."""
    g = e.gold
    thesis = amap.thesis
    hit = bool(thesis) and any(
        _overlaps((thesis.spans[0].start, thesis.spans[0].end), _range(t)) for t in g["thesis"]
    )
    base = stance_cue_baseline(e.text)
    base_hit = any(_overlaps(base, _range(t)) for t in g["thesis"])
    counters = g["counterclaims"]
    found = [c for c in counters if _touching(amap, _range(c["span"]), "counterclaim")]
    drafted = amap.of_kind("counterclaim")
    right = [
        d
        for d in drafted
        if any(_overlaps((p.start, p.end), _range(c["span"])) for c in counters for p in d.spans)
    ]
    pairs = [c for c in counters if c["rebuttal"]]
    linked = 0
    for c in pairs:
        targets = {s.id for s in _touching(amap, _range(c["span"]), "counterclaim")}
        answers = {s.id for s in _touching(amap, _range(c["rebuttal"]))}
        if any(
            i.polarity == "attack" and i.conclusion in targets and set(i.premises) & answers
            for i in amap.inferences
        ):
            linked += 1
    said = list(g["attributed"]) + [
        {"span": c["span"], "speaker": c["speaker"]} for c in counters if c["speaker"]
    ]
    speakers = sum(
        any(
            speakers_match(s.attributed_to, a["speaker"])
            for s in _touching(amap, _range(a["span"]))
        )
        for a in said
    )
    conclusions_as_counter = sum(
        bool(_touching(amap, _range(c), "counterclaim")) for c in g["author_conclusions"]
    )
    title_left_out = not any(
        _overlaps((p.start, p.end), _range(g["title"])) for s in amap.statements for p in s.spans
    )
    return {
        "thesis_hit": int(hit),
        "baseline_thesis_hit": int(base_hit),
        "counterclaims": len(counters),
        "counterclaims_found": len(found),
        "drafted_counterclaims": len(drafted),
        "drafted_counterclaims_right": len(right),
        "pairs": len(pairs),
        "pairs_linked": linked,
        "attributed": len(said),
        "speakers_right": speakers,
        "conclusions_as_counterclaims": conclusions_as_counter,
        "title_left_out": int(title_left_out),
    }


def score_gold(gold_dir: Path, corpus: Path) -> dict[str, Any]:
    """Aggregate scores of the drafter on the annotated editorials, with a ``note``."""
    return summarise(draft_scores(load_gold(gold_dir, corpus)))


def draft_scores(editorials: list[Editorial]) -> list[dict[str, int]]:
    """Draft each editorial once and count it (:func:`score_editorial`); never printed."""
    from argmap.drafting import draft

    return [score_editorial(e, draft(e.text)) for e in editorials]


def summarise(scores: list[dict[str, int]]) -> dict[str, Any]:
    """The aggregate figures of some editorials' counts, with a ``note`` (no file names)."""
    total: dict[str, int] = {}
    for score in scores:
        for k, v in score.items():
            total[k] = total.get(k, 0) + v
    n = len(scores)

    def ratio(a: str, b: str) -> float:
        return total.get(a, 0) / total[b] if total.get(b) else 0.0

    out: dict[str, Any] = {
        "editorials": n,
        **total,
        "counterclaim_recall": ratio("counterclaims_found", "counterclaims"),
        "counterclaim_precision": ratio("drafted_counterclaims_right", "drafted_counterclaims"),
        "rebuttal_link_accuracy": ratio("pairs_linked", "pairs"),
        "speaker_accuracy": ratio("speakers_right", "attributed"),
    }
    out["note"] = (
        f"thesis right in {total.get('thesis_hit', 0)}/{n} (stance-cue baseline "
        f"{total.get('baseline_thesis_hit', 0)}/{n}); counterclaim recall "
        f"{out['counterclaim_recall']:.2f} ({total.get('counterclaims_found', 0)}/"
        f"{total.get('counterclaims', 0)}), precision {out['counterclaim_precision']:.2f} "
        f"({total.get('drafted_counterclaims_right', 0)}/"
        f"{total.get('drafted_counterclaims', 0)}); rebuttal linked to its counterclaim "
        f"{total.get('pairs_linked', 0)}/{total.get('pairs', 0)}; speakers right "
        f"{total.get('speakers_right', 0)}/{total.get('attributed', 0)} "
        f"({out['speaker_accuracy']:.0%}); author's conclusions drafted as counterclaims "
        f"{total.get('conclusions_as_counterclaims', 0)}; headline left out "
        f"{total.get('title_left_out', 0)}/{n}"
    )
    return out


class FrozenPartError(ValueError):
    """A test-part editorial asked for per-file misses: only its aggregate is ever shown."""


def require_tuning(e: Editorial) -> None:
    """Raise :class:`FrozenPartError` unless ``e`` is an editorial of the tuning part."""
    stem = Path(e.gold["file"]).stem
    if part_of(stem) != "tuning":
        raise FrozenPartError(
            f"{e.name} ({stem}) is in the frozen test part: its misses are never listed, "
            "only the aggregate scores of its set"
        )


def explain(e: Editorial, amap: Any) -> list[str]:
    """What the draft made of each gold item (for the TUNING gold only)."""
    require_tuning(e)
    g = e.gold

    def kinds(r: Range) -> str:
        found = _touching(amap, r)
        return ", ".join(f"{s.kind}[{s.attributed_to or ''}]" for s in found) or "nothing"

    thesis = amap.thesis
    lines = [f"## {e.name}: drafted thesis: {thesis.spans[0].quote[:90] if thesis else None!r}"]
    for t in g["thesis"]:
        lines.append(f"  gold thesis {t['check']!r}: {kinds(_range(t))}")
    for c in g["counterclaims"]:
        lines.append(
            f"  counterclaim {c['span']['check']!r} ({c['speaker']}): {kinds(_range(c['span']))}"
        )
        if c["rebuttal"]:
            lines.append(f"    rebuttal {c['rebuttal']['check']!r}: {kinds(_range(c['rebuttal']))}")
    for a in g["attributed"]:
        lines.append(f"  said {a['span']['check']!r} ({a['speaker']}): {kinds(_range(a['span']))}")
    for d in amap.of_kind("counterclaim"):
        if not any(
            _overlaps((p.start, p.end), _range(c["span"]))
            for c in g["counterclaims"]
            for p in d.spans
        ):
            lines.append(
                f"  extra counterclaim [{d.attributed_to}] {d.spans[0].quote[:80]!r} ({d.cue})"
            )
    return lines
