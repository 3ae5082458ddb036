"""Fit the drafter's weighed decisions on the tuning part of the corpora.

    python benchmarks/fit_drafter.py            # cross-validate and print the figures
    python benchmarks/fit_drafter.py --write    # then write argmap/drafting/weights.py

Three decisions of :mod:`argmap.drafting` are weighed rather than written as
rules: the author's voice against a reported or conceded view (a
counterclaim), the type of evidence of a unit, and the thesis. Their inputs
are the named signals of :mod:`argmap.drafting.signals` (argmap's own cue
classes and general properties of the words, never the corpus's
vocabulary); their weights are fitted here by plain L2-regularised logistic
regression (numpy only, Newton's method):

* voice: a binary model over every unit of the hand-annotated tuning
  editorials (``benchmarks/gold/tuning``: a unit overlapping an annotated
  counterclaim is positive) and of the tuning microtexts (a unit of an
  opponent's ADU is positive);
* evidence: a four-class model (assumption, anecdote, testimony,
  statistics) over the units of the Webis tuning editorials, each drafted
  unit labelled as the corpus unit it is scored against;
* thesis: a binary model over the thesis candidates of the annotated
  editorials and the tuning microtexts (a unit overlapping an annotated
  thesis span, or the microtext's central claim, is positive); the best
  scored candidate is the thesis.

Only the *tuning* part of each corpus is read (``draft_quality.part_of``);
the test part and the held-out editorials in ``benchmarks/gold/fresh`` are
never used. The regularisation of each model is chosen by leave-one-document-
out cross-validation within the tuning part, and the cross-validated
figures are printed beside those of the hand-written rules, so a learned
decision that does not beat its rule is seen (and not written).
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for _p in (str(REPO), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import draft_quality as dq  # noqa: E402
from gold import _overlaps, load_gold  # noqa: E402

from argmap.drafting.heuristic import read_text  # noqa: E402
from argmap.drafting.reading import Unit  # noqa: E402
from argmap.drafting.rules import evidence_guard  # noqa: E402
from argmap.drafting.signals import evidence_signals, voice_signals  # noqa: E402
from argmap.drafting.thesis import candidates, thesis_score  # noqa: E402

GOLD = HERE / "gold" / "tuning"
#: Annotated tuning editorials held out of fitting until the drafter is scored
#: on them untouched (then moved to ``gold/tuning``).
FRESH = HERE / "gold" / "fresh"
WEIGHTS = REPO / "argmap" / "drafting" / "weights.py"
EVIDENCE_CLASSES = ("assumption", "anecdote", "testimony", "statistics")
L2_GRID = (0.3, 1.0, 3.0, 10.0)

Signals = dict[str, float]


# -- the tuning documents ------------------------------------------------------------


@dataclass
class Doc:
    """One tuning document: its units (as the drafter reads them) and their labels."""

    name: str
    corpus: str  # "editorial" (annotated), "micro" or "webis"
    text: str
    title: str | None
    units: list[Unit]
    thesis: set[int] = field(default_factory=set)
    counter: set[int] = field(default_factory=set)
    labelled_voice: bool = False
    webis: list[tuple[int, str]] = field(default_factory=list)
    extra: Any = None


def _range(u: Unit) -> tuple[int, int]:
    return (u.piece.start, u.piece.end)


def editorial_docs(corpus: Path) -> list[Doc]:
    """The hand-annotated tuning editorials (never the test gold, never ``gold/fresh``)."""
    docs = []
    for e in load_gold(GOLD, corpus):
        if dq.part_of(Path(e.gold["file"]).stem) != "tuning":
            raise SystemExit(f"{e.name}: not a tuning-part editorial")
        units, title = read_text(e.text)
        g = e.gold
        thesis = {
            u.index
            for u in units
            for t in g["thesis"]
            if _overlaps(_range(u), (t["start"], t["end"]))
        }
        counter = {
            u.index
            for u in units
            for c in g["counterclaims"]
            if _overlaps(_range(u), (c["span"]["start"], c["span"]["end"]))
        }
        docs.append(Doc(e.name, "editorial", e.text, title, units, thesis, counter, True, extra=e))
    return docs


def micro_docs(folder: Path) -> list[Doc]:
    """The tuning microtexts with an explicit central claim."""
    docs = []
    for t in dq.read_microtexts(folder):
        if dq.part_of(t.name) != "tuning" or not t.explicit:
            continue
        units, title = read_text(t.text)
        adus = {a: r for a, r in t.adu_ranges.items() if r}
        to_adu = {u.index: dq._best([_range(u)], adus) for u in units}
        thesis = {k for k, a in to_adu.items() if a == t.central}
        counter = {k for k, a in to_adu.items() if a and t.roles[a] == "opp"}
        docs.append(Doc(t.name, "micro", t.text, title, units, thesis, counter, True, extra=t))
    return docs


def webis_docs(folder: Path) -> list[Doc]:
    """The Webis tuning editorials, each drafted unit labelled as it is scored."""
    docs = []
    for path in sorted((folder / "guardian").glob("*.json")):
        if dq.part_of(path.stem) != "tuning" or (FRESH / f"{path.stem[:3]}.json").exists():
            continue  # the test part, and editorials held out for a fresh score
        _title, text, gold_units = dq.read_webis(path, with_title=True)
        units, headline = read_text(text)
        ranges = {u.index: [_range(u)] for u in units}
        labels = []
        for r, label in gold_units:
            best = dq._best([r], ranges)
            if best is not None and label in EVIDENCE_CLASSES:
                labels.append((int(best), label))
        docs.append(Doc(path.stem, "webis", text, headline, units, webis=labels, extra=path))
    return docs


# -- plain logistic regression ----------------------------------------------------------


def _matrix(rows: Sequence[Signals], names: Sequence[str]) -> np.ndarray:
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    index = {n: k + 1 for k, n in enumerate(names)}
    for i, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                x[i, index[name]] = value
    return x


def fit_binary(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias not penalised)."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_softmax(
    x: np.ndarray, y: np.ndarray, classes: int, l2: float, balance: float = 0.0
) -> np.ndarray:
    """Multinomial logistic regression, class 0 the reference (its weights stay 0).

    ``balance`` weighs each unit by (share of its class) ** -balance: 0 leaves
    the classes as they come, 1 gives every class the same total weight (what
    a macro-averaged score asks for).
    """
    n, d = x.shape
    counts = np.bincount(y, minlength=classes).astype(float)
    sw = (counts[y] / n) ** -balance
    sw *= n / sw.sum()
    k = classes - 1
    w = np.zeros((k, d))
    reg = np.full(d, l2)
    reg[0] = 1e-6
    onehot = np.zeros((n, classes))
    onehot[np.arange(n), y] = 1.0
    for _ in range(100):
        z = np.concatenate([np.zeros((n, 1)), x @ w.T], axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = (((p - onehot) * sw[:, None])[:, 1:].T @ x) + reg * w  # (k, d)
        hess = np.zeros((k * d, k * d))
        for a in range(k):
            for b in range(k):
                c = sw * p[:, a + 1] * ((a == b) - p[:, b + 1])
                hess[a * d : (a + 1) * d, b * d : (b + 1) * d] = (x.T * c) @ x
        hess += np.diag(np.tile(reg, k))
        step = np.linalg.solve(hess, grad.reshape(-1)).reshape(k, d)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return np.concatenate([np.zeros((1, d)), w], axis=0)


def fit_ranker(groups: list[tuple[np.ndarray, np.ndarray]], l2: float) -> np.ndarray:
    """Conditional logit: in each group (a document's candidates) one softmax, the
    likelihood that of picking any positive; L2 on all but the constant column
    (which shifts every candidate alike). Gradient descent with backtracking."""
    x = np.concatenate([g[0] for g in groups])
    y = np.concatenate([g[1] for g in groups]).astype(float)
    starts = np.cumsum([0] + [len(g[1]) for g in groups])[:-1]
    sizes = np.array([len(g[1]) for g in groups])
    owner = np.repeat(np.arange(len(groups)), sizes)
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0

    def loss_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        z -= np.maximum.reduceat(z, starts)[owner]
        e = np.exp(z)
        p = e / np.add.reduceat(e, starts)[owner]
        pos = p * y
        mass = np.add.reduceat(pos, starts)
        q = pos / mass[owner]
        loss = 0.5 * float(reg @ (w * w)) - float(np.log(mass + 1e-300).sum())
        return loss, reg * w + x.T @ (p - q)

    w = np.zeros(x.shape[1])
    loss, grad = loss_grad(w)
    step = 1.0
    for _ in range(2000):
        while True:
            trial = w - step * grad
            new_loss, new_grad = loss_grad(trial)
            if new_loss <= loss - 1e-4 * step * float(grad @ grad) or step < 1e-10:
                break
            step /= 2
        done = loss - new_loss < 1e-10
        w, loss, grad = trial, new_loss, new_grad
        if done:
            break
        step *= 2
    return w


def _weights(w: np.ndarray, names: Sequence[str]) -> dict[str, float]:
    out = {"bias": round(float(w[0]), 4)}
    for name, value in zip(names, w[1:], strict=True):
        if abs(value) >= 5e-5:
            out[name] = round(float(value), 4)
    return out


def _names(rows: Iterable[Signals]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for name in row:
            seen.setdefault(name, None)
    return list(seen)


# -- the three decisions -------------------------------------------------------------

VoiceRow = tuple[str, Signals, int, bool]
EvidenceRow = tuple[str, Signals, int, str]
ThesisRows = list[tuple[str, list[tuple[Signals, int]], bool]]


def fold_key(name: str) -> str:
    """Documents sharing a key (an editorial and its Webis units) are held out together."""
    return name if name.startswith("micro") else name[:3]


def voice_rows(docs: list[Doc]) -> list[VoiceRow]:
    """(document, signals, label, hand rule's answer) of every labelled unit."""
    return [
        (d.name, voice_signals(u, d.units), int(u.index in d.counter), u.kind == "counterclaim")
        for d in docs
        if d.labelled_voice
        for u in d.units
    ]


def evidence_rows(docs: list[Doc]) -> list[EvidenceRow]:
    """(document, signals, class, hand rule's class) of every Webis-labelled unit
    that the weights decide (numbers, reported speech and quotations are typed
    by :func:`argmap.drafting.rules.evidence_guard` whatever the weights)."""
    rows = []
    for d in docs:
        by_index = {u.index: u for u in d.units}
        for k, label in d.webis:
            u = by_index[k]
            if evidence_guard(u, u.reported, u.verb, u.unresolved) is not None:
                continue
            rows.append((d.name, evidence_signals(u), EVIDENCE_CLASSES.index(label), _hand_type(u)))
    return rows


def _hand_type(u: Unit) -> str:
    if u.kind != "evidence" or u.evidence_type is None:
        return "assumption"
    return dq._EVIDENCE_TO_WEBIS[u.evidence_type]


def thesis_rows(docs: list[Doc]) -> ThesisRows:
    """Per document: each candidate's signals and label, and whether the hand rule hits."""
    out = []
    for d in docs:
        if not d.labelled_voice or not d.thesis:
            continue
        cands = [
            (s, int(u.index in d.thesis)) for u, s in candidates(d.units, d.title, answers=True)
        ]
        hand = _hand_pick(d)
        if cands:
            out.append((d.name, cands, hand is not None and hand.index in d.thesis))
    return out


def _hand_pick(d: Doc) -> Unit | None:
    from argmap.drafting.salience import content_stems
    from argmap.drafting.thesis import _opening, is_candidate

    title_words = content_stems(d.title) if d.title else set()
    opening = _opening(d.units)
    best: tuple[float, Unit] | None = None
    for u in d.units:
        if is_candidate(u, d.units):
            sc = thesis_score(u, d.units, title_words, opening)[0]
            if best is None or sc > best[0]:
                best = (sc, u)
    return best[1] if best else None


# -- choosing the regularisation by cross-validation ------------------------------------


def cv_voice(rows: list[VoiceRow], l2: float) -> np.ndarray:
    """Leave-one-document-out probabilities of every row."""
    names = _names(r[1] for r in rows)
    x = _matrix([r[1] for r in rows], names)
    y = np.array([r[2] for r in rows], dtype=float)
    keys = np.array([fold_key(r[0]) for r in rows])
    pred = np.zeros(len(rows))
    for key in dict.fromkeys(keys.tolist()):
        test = keys == key
        w = fit_binary(x[~test], y[~test], l2)
        pred[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w)))
    return pred


def _prf(y: np.ndarray, p: np.ndarray, mask: np.ndarray) -> tuple[int, int, int, float]:
    tp = int((p & (y == 1) & mask).sum())
    fp = int((p & (y == 0) & mask).sum())
    fn = int((~p & (y == 1) & mask).sum())
    return tp, fp, fn, 2 * tp / max(1, 2 * tp + fp + fn)


def gold_counterclaims(docs: list[Doc], flags: np.ndarray) -> dict[str, Any]:
    """Counterclaims of the annotated editorials as the gold scorer counts them,
    for units flagged in :func:`voice_rows` order."""
    found = total = right = drafted = conclusions = 0
    i = 0
    for d in docs:
        if not d.labelled_voice:
            continue
        chosen = [u for u, k in zip(d.units, flags[i : i + len(d.units)], strict=True) if k]
        i += len(d.units)
        if d.corpus != "editorial":
            continue
        g = d.extra.gold
        spans = [(c["span"]["start"], c["span"]["end"]) for c in g["counterclaims"]]
        total += len(spans)
        found += sum(any(_overlaps(_range(u), c) for u in chosen) for c in spans)
        drafted += len(chosen)
        right += sum(any(_overlaps(_range(u), c) for c in spans) for u in chosen)
        conclusions += sum(
            any(_overlaps(_range(u), (c["start"], c["end"])) for u in chosen)
            for c in g["author_conclusions"]
        )
    r, p = found / max(1, total), right / max(1, drafted)
    return {
        "recall": f"{found}/{total}",
        "precision": f"{right}/{drafted}",
        "f1": 2 * r * p / (r + p) if r + p else 0.0,
        "conclusions": conclusions,
    }


def cv_evidence(rows: list[EvidenceRow], l2: float, balance: float) -> list[str]:
    """Leave-one-editorial-out predicted classes of every row."""
    names = _names(r[1] for r in rows)
    x = _matrix([r[1] for r in rows], names)
    y = np.array([r[2] for r in rows])
    keys = np.array([fold_key(r[0]) for r in rows])
    pred = np.zeros(len(rows), dtype=int)
    for key in dict.fromkeys(keys.tolist()):
        test = keys == key
        w = fit_softmax(x[~test], y[~test], len(EVIDENCE_CLASSES), l2, balance)
        pred[test] = (x[test] @ w.T).argmax(axis=1)
    return [EVIDENCE_CLASSES[k] for k in pred]


def cv_thesis(rows: ThesisRows, l2: float) -> list[bool]:
    """Leave-one-document-out: whether each document's best candidate is a thesis unit."""
    names = _names(s for _, cands, _ in rows for s, _ in cands)
    mats = [(_matrix([s for s, _ in c], names), np.array([y for _, y in c])) for _, c, _ in rows]
    keys = [fold_key(name) for name, _, _ in rows]
    hits = []
    for i, (xi, yi) in enumerate(mats):
        w = fit_ranker([g for j, g in enumerate(mats) if keys[j] != keys[i] and g[1].any()], l2)
        hits.append(bool(yi[int((xi @ w).argmax())]))
    return hits


# -- the fitted tables ------------------------------------------------------------------


@dataclass
class Choice:
    """A decision's chosen settings and its fitted table."""

    l2: float
    extra: float = 0.0  # the voice threshold, or the evidence class balance
    table: Any = None


def fit_voice(rows: list[VoiceRow], c: Choice) -> dict[str, float]:
    names = _names(r[1] for r in rows)
    x = _matrix([r[1] for r in rows], names)
    return _weights(fit_binary(x, np.array([r[2] for r in rows], dtype=float), c.l2), names)


def fit_evidence(rows: list[EvidenceRow], c: Choice) -> dict[str, dict[str, float]]:
    names = _names(r[1] for r in rows)
    x = _matrix([r[1] for r in rows], names)
    w = fit_softmax(x, np.array([r[2] for r in rows]), len(EVIDENCE_CLASSES), c.l2, c.extra)
    return {cls: _weights(w[k], names) for k, cls in enumerate(EVIDENCE_CLASSES)}


def fit_thesis(rows: ThesisRows, c: Choice) -> dict[str, float]:
    names = _names(s for _, cands, _ in rows for s, _ in cands)
    groups = [
        (_matrix([s for s, _ in cs], names), np.array([y for _, y in cs])) for _, cs, _ in rows
    ]
    w = fit_ranker([g for g in groups if g[1].any()], c.l2)
    table = _weights(w, names)
    table.pop("bias", None)  # a constant changes no choice
    return table


def _use(voice: Any, evidence: Any, thesis: Any, threshold: float = 0.5) -> None:
    """Make the drafter decide with these tables (``{}``: the hand-written rules)."""
    from argmap.drafting import weights

    weights.VOICE, weights.EVIDENCE, weights.THESIS = voice or {}, evidence or {}, thesis or {}
    weights.VOICE_THRESHOLD = threshold


# -- end-to-end cross-validation ----------------------------------------------------------


def end_to_end(
    docs: list[Doc],
    vrows: list[VoiceRow],
    erows: list[EvidenceRow],
    trows: ThesisRows,
    choices: dict[str, Choice],
    use: set[str],
) -> dict[str, Any]:
    """Each document drafted by tables fitted without it, scored as the benchmark scores."""
    from gold import score_editorial

    import argmap

    keys = sorted({fold_key(d.name) for d in docs if d.corpus in ("micro", "webis", "editorial")})
    totals: dict[str, Any] = {"micro": [0, 0], "gold": {}, "webis": ([], [])}
    for key in keys:
        voice = fit_voice([r for r in vrows if fold_key(r[0]) != key], choices["voice"])
        evidence = fit_evidence([r for r in erows if fold_key(r[0]) != key], choices["evidence"])
        thesis = fit_thesis([r for r in trows if fold_key(r[0]) != key], choices["thesis"])
        _use(
            voice if "voice" in use else None,
            evidence if "evidence" in use else None,
            thesis if "thesis" in use else None,
            choices["voice"].extra,
        )
        for d in docs:
            if fold_key(d.name) == key:
                _score_doc(d, argmap.draft(d.text), totals, score_editorial)
    _use(None, None, None)
    gold_totals = totals["gold"]
    webis_gold, webis_pred = totals["webis"]
    return {
        "micro central claim": f"{totals['micro'][0]}/{totals['micro'][1]}",
        "webis macro-F1": round(dq._macro_f1(webis_gold, webis_pred, EVIDENCE_CLASSES)[0], 3),
        "editorial thesis": f"{gold_totals.get('thesis_hit', 0)}/{gold_totals.get('n', 0)}",
        "counterclaim recall": f"{gold_totals.get('counterclaims_found', 0)}/"
        f"{gold_totals.get('counterclaims', 0)}",
        "counterclaim precision": f"{gold_totals.get('drafted_counterclaims_right', 0)}/"
        f"{gold_totals.get('drafted_counterclaims', 0)}",
        "rebuttal links": f"{gold_totals.get('pairs_linked', 0)}/{gold_totals.get('pairs', 0)}",
        "speakers": f"{gold_totals.get('speakers_right', 0)}/{gold_totals.get('attributed', 0)}",
        "conclusions as counterclaims": gold_totals.get("conclusions_as_counterclaims", 0),
    }


def _score_doc(
    d: Doc, amap: Any, totals: dict[str, Any], score_editorial: Callable[..., Any]
) -> None:
    if d.corpus == "micro":
        t = d.extra
        adus = {a: r for a, r in t.adu_ranges.items() if r}
        ranges = dq._statement_ranges(amap)
        hit = amap.thesis is not None and dq._best(ranges[amap.thesis.id], adus) == t.central
        totals["micro"][0] += int(hit)
        totals["micro"][1] += 1
    elif d.corpus == "editorial":
        counts = score_editorial(d.extra, amap)
        for k, v in counts.items():
            totals["gold"][k] = totals["gold"].get(k, 0) + v
        totals["gold"]["n"] = totals["gold"].get("n", 0) + 1
    else:
        _title, _text, units = dq.read_webis(d.extra, with_title=True)
        ranges = dq._statement_ranges(amap)
        by_id = amap.statements_by_id()
        for r, label in units:
            if label in EVIDENCE_CLASSES:
                sid = dq._best([r], ranges)
                totals["webis"][0].append(label)
                totals["webis"][1].append(dq.webis_label(by_id[sid] if sid else None))


# -- writing the tables -------------------------------------------------------------------


def _literal(value: Any, depth: int) -> str:
    """A dict of floats (or of such dicts) as Python source, formatted as ``ruff format`` would."""
    if not value:
        return "{}"
    pad = "    " * (depth + 1)
    items = [
        f"{pad}{json.dumps(k)}: {_literal(v, depth + 1) if isinstance(v, dict) else repr(v)},"
        for k, v in value.items()
    ]
    return "{\n" + "\n".join(items) + "\n" + "    " * depth + "}"


def write_weights(choices: dict[str, Choice], use: set[str], report: list[str]) -> None:
    """Write :mod:`argmap.drafting.weights` (a table left empty keeps the hand rules)."""

    def table(name: str, value: Any) -> str:
        return _literal(value if name in use else {}, 0)

    notes = "\n".join(
        textwrap.fill(line, 92, initial_indent="    ", subsequent_indent="        ")
        for line in report
    )
    WEIGHTS.write_text(
        f'''"""Weights of the drafter's fitted decisions, written by ``benchmarks/fit_drafter.py``.

Do not edit by hand: run ``python benchmarks/fit_drafter.py --write``. Each table
maps a signal of :mod:`argmap.drafting.signals` to its weight; ``bias`` is always
on. They were fitted by plain L2-regularised logistic regression (numpy,
Newton's method; the thesis by a conditional logit over each text's candidates)
on the *tuning* part of the corpora only (``draft_quality.part_of``): the
hand-annotated tuning editorials of ``benchmarks/gold/tuning`` and the tuning
microtexts for the voice and the thesis, the units of the Webis tuning
editorials for the evidence type. The regularisation (and the voice threshold,
the evidence class balance) were chosen by leave-one-document-out
cross-validation within the tuning part. An empty table means the decision
keeps its hand-written rules, which did better in cross-validation. The
thesis table decides in long texts only (six paragraphs or more): in
cross-validation it did better than the rules on the editorials and worse on
the microtexts, so short texts keep the rules.

Cross-validated figures when these tables were written:

{notes}

>>> sorted(EVIDENCE) if EVIDENCE else []  # doctest: +ELLIPSIS
[...]
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVIDENCE", "THESIS", "VOICE", "VOICE_THRESHOLD"]

#: Counterclaim (a view reported or conceded) against the author's own voice.
VOICE: Mapping[str, float] = {table("voice", choices["voice"].table)}

#: A unit is a counterclaim from this probability on.
VOICE_THRESHOLD = {choices["voice"].extra}

#: Evidence type, per class (assumption: no evidence).
EVIDENCE: Mapping[str, Mapping[str, float]] = {table("evidence", choices["evidence"].table)}

#: The thesis among the candidates: the highest score.
THESIS: Mapping[str, float] = {table("thesis", choices["thesis"].table)}
''',
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--microtexts", type=Path, default=dq.DEFAULTS["microtexts"])
    parser.add_argument("--webis", type=Path, default=dq.DEFAULTS["webis"])
    parser.add_argument("--write", action="store_true", help="write argmap/drafting/weights.py")
    parser.add_argument(
        "--rules",
        nargs="*",
        default=[],
        choices=["voice", "evidence", "thesis"],
        help="decisions to leave to the hand-written rules",
    )
    parser.add_argument("--quick", action="store_true", help="fewer settings tried")
    args = parser.parse_args(argv)
    _use(None, None, None)  # the signals are read with the rules deciding
    docs = editorial_docs(args.webis) + micro_docs(args.microtexts) + webis_docs(args.webis)
    print(
        f"tuning part: {sum(d.corpus == 'editorial' for d in docs)} annotated editorials, "
        f"{sum(d.corpus == 'micro' for d in docs)} microtexts, "
        f"{sum(d.corpus == 'webis' for d in docs)} Webis editorials"
    )
    grid = (0.3, 1.0) if args.quick else (0.1, 0.3, 1.0, 3.0)
    report: list[str] = []

    vrows = voice_rows(docs)
    y = np.array([r[2] for r in vrows])
    hand = np.array([r[3] for r in vrows])
    tags = np.array([_tag(r[0]) for r in vrows])
    micro = tags == "micro"
    best_v: tuple[float, Choice, np.ndarray] | None = None
    for l2 in grid:
        p = cv_voice(vrows, l2)
        for t in (0.3, 0.4, 0.5):
            # what the targets ask: editorial counterclaims as the gold scores them
            # (never an author's conclusion), and the microtexts' opponent units
            gold = gold_counterclaims(docs, p >= t)
            if gold["conclusions"]:
                continue
            f1 = (gold["f1"] + _prf(y, p >= t, micro)[3]) / 2
            if best_v is None or f1 > best_v[0]:
                best_v = (f1, Choice(l2, t), p)
    assert best_v is not None
    cv, best_p = best_v[1], best_v[2]
    for tag in ("editorial, rules tuned on", "editorial, new", "micro"):
        m = tags == tag
        a, b = _prf(y, best_p >= cv.extra, m), _prf(y, hand, m)
        report.append(
            f"voice, {tag}: counterclaim units F1 {a[3]:.2f} (rules {b[3]:.2f}; "
            f"tp/fp/fn {a[:3]} vs {b[:3]})"
        )
    g_learned, g_rules = (
        gold_counterclaims(docs, best_p >= cv.extra),
        gold_counterclaims(docs, hand),
    )
    report.append(
        f"voice, annotated editorials as scored: recall {g_learned['recall']}, precision "
        f"{g_learned['precision']} (rules {g_rules['recall']}, {g_rules['precision']})"
    )
    report.append(f"voice chosen: L2 {cv.l2}, threshold {cv.extra}")

    erows = evidence_rows(docs)
    gold_e = [EVIDENCE_CLASSES[r[2]] for r in erows]
    hand_f1 = dq._macro_f1(gold_e, [r[3] for r in erows], EVIDENCE_CLASSES)[0]
    best_e: tuple[float, Choice] | None = None
    for l2 in grid:
        for balance in (0.25, 0.5, 0.75):
            f1 = dq._macro_f1(gold_e, cv_evidence(erows, l2, balance), EVIDENCE_CLASSES)[0]
            if best_e is None or f1 > best_e[0]:
                best_e = (f1, Choice(l2, balance))
    assert best_e is not None
    report.append(
        f"evidence: Webis unit macro-F1 {best_e[0]:.3f} (rules {hand_f1:.3f}, which were "
        f"tuned on these units); chosen: L2 {best_e[1].l2}, class balance {best_e[1].extra}"
    )

    choices = {"voice": best_v[1], "evidence": best_e[1]}
    choices["voice"].table = fit_voice(vrows, choices["voice"])
    choices["evidence"].table = fit_evidence(erows, choices["evidence"])
    use = {"voice", "evidence", "thesis"} - set(args.rules)
    _use(
        choices["voice"].table if "voice" in use else None,
        choices["evidence"].table if "evidence" in use else None,
        None,
        choices["voice"].extra,
    )
    docs = editorial_docs(args.webis) + micro_docs(args.microtexts) + webis_docs(args.webis)
    trows = thesis_rows(docs)
    best_t: tuple[int, Choice, list[bool]] | None = None
    for l2 in (*grid, 10.0):
        hits = cv_thesis(trows, l2)
        if best_t is None or sum(hits) > best_t[0]:
            best_t = (sum(hits), Choice(l2), hits)
    assert best_t is not None
    for tag in ("editorial, rules tuned on", "editorial, new", "micro"):
        rows_t = [(h, r[2]) for h, r in zip(best_t[2], trows, strict=True) if _tag(r[0]) == tag]
        report.append(
            f"thesis, {tag}: {sum(h for h, _ in rows_t)}/{len(rows_t)} "
            f"(rules {sum(k for _, k in rows_t)}/{len(rows_t)})"
        )
    report.append(f"thesis chosen: L2 {best_t[1].l2}")
    choices["thesis"] = best_t[1]
    choices["thesis"].table = fit_thesis(trows, choices["thesis"])

    learned = end_to_end(docs, vrows, erows, trows, choices, {"voice", "evidence", "thesis"})
    rules = end_to_end(docs, vrows, erows, trows, choices, set())
    for k in learned:
        report.append(f"end to end, {k}: {learned[k]} (rules {rules[k]})")
    print("\n".join(report))
    if args.write:
        write_weights(choices, use, report)
        print(f"wrote {WEIGHTS.relative_to(REPO)}")
    return 0


def _tag(name: str) -> str:
    if name.startswith("micro"):
        return "micro"
    return "editorial, rules tuned on" if name[:3] in RULES_TUNED_ON else "editorial, new"


#: The annotated editorials the hand-written rules were tuned on (before this
#: script existed); the rules' author never looked at the others' drafts.
RULES_TUNED_ON = frozenset("004 013 024 027 048 152 170 185 252 254 274 279".split())  # noqa: SIM905


if __name__ == "__main__":
    sys.exit(main())
