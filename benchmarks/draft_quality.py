"""How good are argmap's drafts? Scores on annotated corpora, printed as figures.

    python benchmarks/draft_quality.py [--microtexts DIR] [--webis DIR]
                                       [--gsomia-text FILE] [--gsomia-map FILE]

The corpora are read at run time from ``../shared`` beside the repository
(never copied into it); a missing corpus is skipped with a note.

* Argumentative microtexts, part 2: the upper-cased implicit-claim sentences
  are stripped, each text is drafted, and gold units (ADUs) are matched to
  drafted statements by character overlap. Scores: central-claim accuracy on
  the texts whose central claim is explicit, proponent/opponent role
  macro-F1 (a counterclaim is "opponent", every other kind "proponent"), and
  support/attack relation F1 over matched units. Gold relations: ``sup`` and
  ``exa`` are support, ``reb`` attack; ``und`` (an attack on an edge) is an
  attack on the edge's source unit; ``add`` (a further linked premise) is a
  support of the edge's target. A drafted undercut counts as an attack on its
  target inference's first premise.
* Webis editorials (Guardian, dev slice): each argumentative unit's label is
  compared with the drafted statement that overlaps it most, after this
  mapping: evidence of type statistic or study -> ``statistics``; testimony
  or expert_opinion -> ``testimony``; example or fact -> ``anecdote``;
  common_ground -> ``common-ground``; thesis, claim, premise, counterclaim,
  rebuttal -> ``assumption``; no statement (text left out) -> ``other``.
  Scores: macro-F1 over the four types with enough units to measure
  (assumption, anecdote, testimony, statistics) and over all six.
* The seed editorial against its hand-made reference map: thesis found,
  counterclaims found, their speakers found, statements matched.

Every corpus is split once and for all into a *tuning* part and a frozen
*test* part by a hash of each file's name (:func:`part_of`: the first byte of
the SHA-256 of the file stem, odd -> test). Cues, weights and thresholds are
tuned on the tuning part only; the test part is only ever scored in
aggregate (``--errors`` lists the misses of the tuning part, never of the
test part). The hand-annotated test editorials are scored as two sets, the
first six (``benchmarks/gold``) and the second twelve
(``benchmarks/gold/test2``), and all of them together. Both parts are
printed, each beside simple baselines: the first unit, and the first
sentence holding a stance cue (a recommendation, the author's stance or a
value judgement, from :mod:`argmap.drafting.cues`).

The corpora are looked up in ``$ARGMAP_SHARED`` when that is set, else in
``../shared`` beside the repository.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ARGMAP_SHARED") or REPO / ".." / "shared")
DEFAULTS = {
    "microtexts": SHARED / "corpora" / "microtexts-part2",
    "webis": SHARED / "corpora" / "webis-editorials-dev",
    "gsomia_text": SHARED / "editorials" / "gsomia.txt",
    "gsomia_map": REPO / "examples" / "gsomia.yaml",
}

Range = tuple[int, int]
PARTS = ("all", "tuning", "test")


def part_of(name: str) -> str:
    """``"test"`` or ``"tuning"``: the fixed part a corpus file belongs to.

    ``name`` is the file's stem (``micro_c001``); the first byte of its
    SHA-256 decides, so the split never depends on the order or number of files.
    """
    return "test" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 else "tuning"


def _part(items: list[Any], part: str, name: Any = None) -> list[Any]:
    """All items, or those of one part (see :func:`part_of`)."""
    if part == "all":
        return items
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    key = name or (lambda item: Path(item).stem)
    return [item for item in items if part_of(key(item)) == part]


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _macro_f1(gold: list[str], pred: list[str], labels: Iterable[str]) -> tuple[float, dict]:
    per: dict[str, float] = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        per[lab] = _f1(tp, fp, fn)
    return sum(per.values()) / len(per), per


def _statement_ranges(amap: Any) -> dict[str, list[Range]]:
    return {s.id: [(sp.start, sp.end) for sp in s.spans] for s in amap.statements}


def _best(ranges: list[Range], candidates: dict[str, list[Range]]) -> str | None:
    best, score = None, 0
    for key, cand in candidates.items():
        o = sum(_overlap(a, b) for a in ranges for b in cand)
        if o > score:
            best, score = key, o
    return best


# -- microtexts ------------------------------------------------------------------------


@dataclass
class Microtext:
    name: str
    text: str
    adu_ranges: dict[str, list[Range]]
    roles: dict[str, str]
    central: str
    explicit: bool
    relations: set[tuple[str, str, str]] = field(default_factory=set)


def read_microtexts(folder: Path) -> list[Microtext]:
    out = []
    for path in sorted(glob.glob(str(folder / "en" / "*.xml"))):
        root = ET.parse(path).getroot()
        edus = [(e.get("id"), e.text or "", e.get("implicit") == "true") for e in root.iter("edu")]
        pieces, ranges, pos = [], {}, 0
        for eid, etext, implicit in edus:
            if implicit:  # the annotators' upper-cased implicit claim: not the author's text
                continue
            if pieces:
                pos += 1
            ranges[eid] = (pos, pos + len(etext))
            pieces.append(etext)
            pos += len(etext)
        text = " ".join(pieces)
        roles = {a.get("id"): a.get("type") for a in root.iter("adu")}
        edges = {
            e.get("id"): (e.get("src"), e.get("trg"), e.get("type")) for e in root.iter("edge")
        }
        adu_ranges: dict[str, list[Range]] = {a: [] for a in roles}
        for src, trg, kind in edges.values():
            if kind == "seg" and src in ranges:
                adu_ranges[trg].append(ranges[src])
        sources = {src for src, _, kind in edges.values() if kind != "seg"}
        central = next(a for a in roles if a not in sources)
        mt = Microtext(Path(path).stem, text, adu_ranges, roles, central, bool(adu_ranges[central]))
        for src, trg, kind in edges.values():
            if kind in ("sup", "exa"):
                mt.relations.add((src, trg, "support"))
            elif kind == "reb":
                mt.relations.add((src, trg, "attack"))
            elif kind == "und":
                mt.relations.add((src, edges[trg][0], "attack"))
            elif kind == "add":
                mt.relations.add((src, edges[trg][1], "support"))
        out.append(mt)
    return out


def stance_cue_baseline(text: str) -> Range:
    """The first sentence holding a stance cue (else the first sentence)."""
    from argmap.drafting import cues
    from argmap.drafting.segment import sentences

    pattern = cues.compile_lexicon([*cues.RECOMMENDATION, *cues.AUTHOR_STANCE, *cues.EVALUATION])
    found = sentences(text)
    chosen = next((s for s in found if pattern.search(s.text)), found[0])
    return (chosen.start, chosen.end)


def score_microtexts(
    folder: Path, *, part: str = "all", errors: list[str] | None = None
) -> dict[str, Any]:
    """Scores of one part; the names of missed texts go to ``errors`` (tuning part only)."""
    from argmap.drafting import draft

    if errors is not None and part != "tuning":
        raise ValueError("errors are only ever listed for the tuning part")
    texts = read_microtexts(folder)
    explicit = _part([t for t in texts if t.explicit], part, lambda t: t.name)
    central_ok = first_ok = stance_ok = 0
    gold_roles: list[str] = []
    pred_roles: list[str] = []
    tp = fp = fn = 0
    utp = ufp = ufn = 0
    words, seconds = 0, 0.0
    for t in explicit:
        adus = {a: r for a, r in t.adu_ranges.items() if r}
        t0 = time.perf_counter()
        amap = draft(t.text)
        seconds += time.perf_counter() - t0
        words += len(t.text.split())
        ranges = _statement_ranges(amap)
        to_adu = {sid: _best(r, adus) for sid, r in ranges.items()}
        thesis = amap.thesis
        if thesis is not None and to_adu.get(thesis.id) == t.central:
            central_ok += 1
        elif errors is not None:
            errors.append(t.name)
        if _best([(0, 1)], adus) == t.central:
            first_ok += 1
        if _best([stance_cue_baseline(t.text)], adus) == t.central:
            stance_ok += 1
        kinds = {s.id: s.kind for s in amap.statements}
        for adu, r in adus.items():
            sid = _best(r, ranges)
            gold_roles.append(t.roles[adu])
            pred_roles.append("opp" if sid and kinds[sid] == "counterclaim" else "pro")
        inf_by_id = {i.id: i for i in amap.inferences}
        pred: set[tuple[str, str, str]] = set()
        for inf in amap.inferences:
            target = inf.conclusion
            if target in inf_by_id:
                target = inf_by_id[target].premises[0]
            c = to_adu.get(target)
            for p in inf.premises:
                a = to_adu.get(p)
                if a and c and a != c:
                    pred.add((a, c, inf.polarity))
        gold = {r for r in t.relations if r[0] in adus and r[1] in adus}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        upred = {(a, c) for a, c, _ in pred}
        ugold = {(a, c) for a, c, _ in gold}
        utp += len(upred & ugold)
        ufp += len(upred - ugold)
        ufn += len(ugold - upred)
    role_f1, per_role = _macro_f1(gold_roles, pred_roles, ("pro", "opp"))
    return {
        "texts": len(texts),
        "explicit": len(explicit),
        "central_ok": central_ok,
        "central_claim_accuracy": central_ok / len(explicit),
        "first_unit_baseline": first_ok / len(explicit),
        "stance_cue_baseline": stance_ok / len(explicit),
        "role_macro_f1": role_f1,
        "role_f1_pro": per_role["pro"],
        "role_f1_opp": per_role["opp"],
        "relation_f1": _f1(tp, fp, fn),
        "relation_precision": tp / (tp + fp) if tp + fp else 0.0,
        "relation_recall": tp / (tp + fn) if tp + fn else 0.0,
        "attachment_f1": _f1(utp, ufp, ufn),
        "words": words,
        "seconds": seconds,
    }


# -- Webis editorials --------------------------------------------------------------------

WEBIS_LABELS = ("assumption", "anecdote", "testimony", "statistics", "common-ground", "other")
WEBIS_MAIN = ("assumption", "anecdote", "testimony", "statistics")
_EVIDENCE_TO_WEBIS = {
    "statistic": "statistics",
    "study": "statistics",
    "testimony": "testimony",
    "expert_opinion": "testimony",
    "example": "anecdote",
    "fact": "anecdote",
    "common_ground": "common-ground",
}
_NO_SPACE_BEFORE = re.compile(r"^[.,;:!?)\]'’”]")


def read_webis(path: Path, *, with_title: bool = False) -> tuple[str, str, list[tuple[Range, str]]]:
    """(title, text, [(range, label)]) of one editorial; no-unit segments dropped.

    ``with_title=True`` keeps the headline as the text's first paragraph, as
    an editorial arrives in practice (the drafter must then find it itself).
    """
    doc = json.loads(path.read_text(encoding="utf-8"))
    title = ""
    paras: list[str] = []
    units: list[tuple[Range, str]] = []
    offset = 0
    for para in doc["paragraphs"]:
        if all(seg["label"] == "title" for seg in para):
            title = " ".join(seg["text"].strip() for seg in para)
            if not with_title:
                continue
        if paras:
            offset += 2
        buf = ""
        for seg in para:
            piece = seg["text"].strip()
            if not piece:
                continue
            if buf and not _NO_SPACE_BEFORE.match(piece) and not buf.endswith(("(", "“")):
                buf += " "
            start = offset + len(buf)
            buf += piece
            if seg["label"] not in ("no-unit", "title"):
                units.append(((start, start + len(piece)), seg["label"]))
        paras.append(buf)
        offset += len(buf)
    return title, "\n\n".join(paras), units


def webis_label(statement: Any | None) -> str:
    if statement is None:
        return "other"
    if statement.kind == "evidence" and statement.evidence_type is not None:
        return _EVIDENCE_TO_WEBIS[statement.evidence_type.value]
    return "assumption"


def fan_share(amap: Any) -> float:
    """The share of a map's inferences that point straight at its thesis."""
    thesis = amap.thesis
    if thesis is None or not amap.inferences:
        return 0.0
    return sum(i.conclusion == thesis.id for i in amap.inferences) / len(amap.inferences)


def score_webis(folder: Path, *, part: str = "all") -> dict[str, Any]:
    """Unit-type scores of one part, drafting each editorial with its headline."""
    from argmap.drafting import draft

    gold: list[str] = []
    pred: list[str] = []
    words, seconds, n = 0, 0.0, 0
    fans: list[float] = []
    headlines = 0
    evidence_share: list[float] = []
    for path in _part(sorted((folder / "guardian").glob("*.json")), part):
        title, text, units = read_webis(path, with_title=True)
        t0 = time.perf_counter()
        amap = draft(text)
        seconds += time.perf_counter() - t0
        words += len(text.split())
        n += 1
        assert amap.source.text == text
        fans.append(fan_share(amap))
        headlines += amap.source.title == title
        evidence_share.append(len(amap.of_kind("evidence")) / max(1, len(amap.statements)))
        ranges = _statement_ranges(amap)
        by_id = amap.statements_by_id()
        for r, label in units:
            sid = _best([r], ranges)
            gold.append(label)
            pred.append(webis_label(by_id[sid] if sid else None))
    main, _ = _macro_f1(gold, pred, WEBIS_MAIN)
    full, per_all = _macro_f1(gold, pred, WEBIS_LABELS)
    majority = ["assumption"] * len(gold)
    return {
        "editorials": n,
        "units": len(gold),
        "macro_f1_4": main,
        "macro_f1_6": full,
        "per_label_f1": per_all,
        "all_assumption_macro_f1_4": _macro_f1(gold, majority, WEBIS_MAIN)[0],
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
        "gold_counts": dict(Counter(gold)),
        "pred_counts": dict(Counter(pred)),
        "headlines_found": headlines,
        "fan_share_mean": sum(fans) / len(fans),
        "fan_share_max": max(fans),
        "editorials_over_40pct_fan": sum(f > 0.4 for f in fans),
        "evidence_share_mean": sum(evidence_share) / len(evidence_share),
        "words": words,
        "seconds": seconds,
    }


# -- the seed editorial -----------------------------------------------------------------

_GENERIC = {"unnamed", "commentators", "observers", "some", "people", "others", "critics"}


def _speaker_tokens(name: str | None) -> set[str]:
    if not name:
        return set()
    words = {w.lower().strip(".,’'s") for w in re.findall(r"[\w.’']+", name)}
    return words - {"the", "of", "s", "and", "a", ""}


def speakers_match(drafted: str | None, reference: str | None) -> bool:
    """Same speaker: a shared name word, or both an unnamed group."""
    d, r = _speaker_tokens(drafted), _speaker_tokens(reference)
    if not d or not r:
        return False
    if (d & r) - _GENERIC:
        return True
    return bool(d & _GENERIC) and bool(r & _GENERIC)


def score_gsomia(text_path: Path, map_path: Path) -> dict[str, Any]:
    import argmap

    reference = argmap.load(map_path)
    text = text_path.read_text(encoding="utf-8")
    drafted = argmap.draft(text)
    ranges = _statement_ranges(drafted)
    by_id = drafted.statements_by_id()

    def overlapping(s: Any, kind: str | None = None) -> list[Any]:
        mine = [(sp.start, sp.end) for sp in s.spans]
        return [
            by_id[sid]
            for sid, r in ranges.items()
            if any(_overlap(a, b) for a in mine for b in r)
            and (kind is None or by_id[sid].kind == kind)
        ]

    thesis = reference.thesis
    thesis_found = bool(
        thesis and drafted.thesis and drafted.thesis in overlapping(thesis, "thesis")
    )
    counters = reference.of_kind("counterclaim")
    cc_found = [c for c in counters if overlapping(c, "counterclaim")]
    cc_speakers = [
        c
        for c in counters
        if any(speakers_match(d.attributed_to, c.attributed_to) for d in overlapping(c))
    ]
    attributed = [s for s in reference.statements if s.attributed_to and s.spans]
    speakers = [
        s
        for s in attributed
        if any(speakers_match(d.attributed_to, s.attributed_to) for d in overlapping(s))
    ]
    anchored = [s for s in reference.statements if s.spans]
    matched_any = [s for s in anchored if overlapping(s)]
    matched_kind = [s for s in anchored if overlapping(s, s.kind)]
    return {
        "thesis_found": thesis_found,
        "counterclaims": len(counters),
        "counterclaims_found": len(cc_found),
        "counterclaim_speakers_found": len(cc_speakers),
        "attributed": len(attributed),
        "speakers_found": len(speakers),
        "statements": len(anchored),
        "statements_overlapped": len(matched_any),
        "statements_same_kind": len(matched_kind),
        "drafted_statements": len(drafted.statements),
        "drafted_inferences": len(drafted.inferences),
    }


# -- umbrella interface ------------------------------------------------------------------


def _micro_note(m: dict[str, Any]) -> str:
    return (
        f"central claim {m['central_ok']}/{m['explicit']} = {m['central_claim_accuracy']:.1%} "
        f"(baselines: first unit {m['first_unit_baseline']:.1%}, first sentence with a "
        f"stance cue {m['stance_cue_baseline']:.1%}); role macro-F1 {m['role_macro_f1']:.3f} "
        f"(pro {m['role_f1_pro']:.3f}, opp {m['role_f1_opp']:.3f}); relation F1 "
        f"{m['relation_f1']:.3f} (P {m['relation_precision']:.3f}, R "
        f"{m['relation_recall']:.3f}); attachment F1 {m['attachment_f1']:.3f}"
    )


def _webis_note(w: dict[str, Any]) -> str:
    per = ", ".join(f"{k} {v:.2f}" for k, v in w["per_label_f1"].items())
    return (
        f"{w['editorials']} editorials, {w['units']} units: macro-F1 {w['macro_f1_4']:.3f} "
        f"over 4 types (baseline all assumption {w['all_assumption_macro_f1_4']:.3f}), "
        f"{w['macro_f1_6']:.3f} over 6; accuracy {w['accuracy']:.3f}; per type: {per}; "
        f"inferences straight at the thesis: mean {w['fan_share_mean']:.0%}, max "
        f"{w['fan_share_max']:.0%}, {w['editorials_over_40pct_fan']} drafts over 40%; "
        f"evidence share of statements {w['evidence_share_mean']:.0%}; headline recognised "
        f"in {w['headlines_found']}/{w['editorials']}"
    )


def run(quick: bool = False, *, tuning_only: bool = False, **paths: Path) -> list[dict[str, Any]]:
    """Rows for ``benchmarks/run.py``, one per corpus and part; figures are in ``note``.

    ``tuning_only`` scores the tuning part alone (nothing of the test part is
    drafted), for rounds of tuning that must not look at the test part.
    """
    where = {**DEFAULTS, **paths}
    parts = ("tuning",) if tuning_only else PARTS[1:]
    rows: list[dict[str, Any]] = []
    if (where["microtexts"] / "en").is_dir():
        for part in parts:
            m = score_microtexts(where["microtexts"], part=part)
            rows.append(
                {
                    "operation": f"draft microtexts, {part} part (explicit central claim)",
                    "size": m["explicit"],
                    "argmap_s": m["seconds"],
                    "peer": "first unit; first sentence with a stance cue",
                    "peer_s": None,
                    "note": _micro_note(m),
                }
            )
    else:
        rows.append(_missing("microtexts", where["microtexts"]))
    if (where["webis"] / "guardian").is_dir():
        for part in parts:
            w = score_webis(where["webis"], part=part)
            rows.append(
                {
                    "operation": f"draft Webis editorials, {part} part (unit types)",
                    "size": w["units"],
                    "argmap_s": w["seconds"],
                    "peer": "every unit an assumption",
                    "peer_s": None,
                    "note": _webis_note(w),
                }
            )
    else:
        rows.append(_missing("webis", where["webis"]))
    gold_dir = where.get("gold", REPO / "benchmarks" / "gold")
    if (where["webis"] / "guardian").is_dir() and Path(gold_dir).is_dir():
        rows += gold_rows(Path(gold_dir), where["webis"], tuning_only=tuning_only)
    if where["gsomia_text"].is_file() and where["gsomia_map"].is_file():
        g = score_gsomia(where["gsomia_text"], where["gsomia_map"])
        rows.append(
            {
                "operation": "draft the seed editorial",
                "size": g["statements"],
                "argmap_s": None,
                "peer": "hand-made reference map",
                "peer_s": None,
                "note": (
                    f"thesis found: {g['thesis_found']}; counterclaims found "
                    f"{g['counterclaims_found']}/{g['counterclaims']} (speakers "
                    f"{g['counterclaim_speakers_found']}/{g['counterclaims']}); attributed "
                    f"statements with speaker {g['speakers_found']}/{g['attributed']}; "
                    f"reference statements overlapped {g['statements_overlapped']}/"
                    f"{g['statements']}, same kind {g['statements_same_kind']}/"
                    f"{g['statements']}"
                ),
            }
        )
    else:
        rows.append(_missing("seed editorial", where["gsomia_text"]))
    return rows


def gold_rows(gold_dir: Path, corpus: Path, *, tuning_only: bool = False) -> list[dict[str, Any]]:
    """Aggregate rows of the hand-annotated editorials: tuning, the test sets, the test union.

    ``gold_dir/tuning`` is the tuning gold; ``gold_dir`` itself the first six
    test editorials and ``gold_dir/test2`` the second twelve, each drafted once
    and scored as a set of its own, then all test editorials together. Only
    aggregates are returned: never a file name or a per-file miss. With
    ``tuning_only`` the test editorials are not drafted at all.
    """
    from gold import draft_scores, load_gold  # benchmarks/gold, beside this file

    tuning = ("gold, tuning part", draft_scores(load_gold(gold_dir / "tuning", corpus)))
    if tuning_only:
        sets = [tuning]
        return _gold_set_rows(sets)
    first = draft_scores(load_gold(gold_dir, corpus))
    second = draft_scores(load_gold(gold_dir / "test2", corpus))
    sets = [
        tuning,
        ("gold, test part: the first six", first),
        ("gold, test editorials (second twelve)", second),
        (f"gold, test part: all {len(first) + len(second)} together", first + second),
    ]
    return _gold_set_rows(sets)


def _gold_set_rows(sets: list[tuple[str, list[Any]]]) -> list[dict[str, Any]]:
    from gold import summarise

    rows = []
    for label, scores in sets:
        if not scores:
            continue
        g = summarise(scores)
        rows.append(
            {
                "operation": f"draft the hand-annotated editorials ({label})",
                "size": g["editorials"],
                "argmap_s": None,
                "peer": "first sentence with a stance cue as thesis",
                "peer_s": None,
                "note": g["note"],
            }
        )
    return rows


def _missing(what: str, path: Path) -> dict[str, Any]:
    return {
        "operation": f"draft {what}",
        "size": 0,
        "argmap_s": None,
        "peer": None,
        "peer_s": None,
        "note": f"skipped: {path} not found",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--microtexts", type=Path, default=DEFAULTS["microtexts"])
    parser.add_argument("--webis", type=Path, default=DEFAULTS["webis"])
    parser.add_argument("--gsomia-text", type=Path, default=DEFAULTS["gsomia_text"])
    parser.add_argument("--gsomia-map", type=Path, default=DEFAULTS["gsomia_map"])
    parser.add_argument("--gold", type=Path, default=REPO / "benchmarks" / "gold")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list the TUNING part's misses: microtexts' central claims, tuning gold "
        "(refused for any editorial of the test part)",
    )
    parser.add_argument(
        "--tuning-only",
        action="store_true",
        help="score the tuning part alone; nothing of the test part is drafted",
    )
    args = parser.parse_args(argv)
    if args.errors:
        from gold import explain, load_gold, require_tuning

        tuning_gold = load_gold(args.gold / "tuning", args.webis)
        for e in tuning_gold:  # refuse before anything is drafted or printed
            require_tuning(e)
        missed: list[str] = []
        score_microtexts(args.microtexts, part="tuning", errors=missed)
        print("\n".join(missed))
        from argmap.drafting import draft

        for e in tuning_gold:
            print("\n".join(explain(e, draft(e.text))))
        return 0
    rows = run(
        microtexts=args.microtexts,
        webis=args.webis,
        gsomia_text=args.gsomia_text,
        gsomia_map=args.gsomia_map,
        gold=args.gold,
        tuning_only=args.tuning_only,
    )
    for row in rows:
        secs = f"{row['argmap_s']:.2f}s" if row["argmap_s"] is not None else "-"
        print(f"{row['operation']} (n={row['size']}, {secs})\n    {row['note']}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "benchmarks"))
    sys.exit(main())
