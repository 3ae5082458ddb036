"""Feedback a student understands: one plain sentence per point.

Statements are named by their title, or else by their first words, in
quotes: the student's own wording for what the student wrote, the
reference's for what only the reference has. The lines come in a fixed
order: what is right, the thesis, missed and extra statements, kinds,
speakers, then links (routing, polarity, linked versus convergent, missing,
extra).

>>> from argmap.model import MapBuilder
>>> r = MapBuilder(); t = r.thesis("Act now")
>>> _ = r.counterclaim("Acting is risky", attacks=t, by="critics")
>>> s = MapBuilder(); _ = s.thesis("Act now")
>>> from argmap.teaching.compare import compare
>>> print(compare(s.build(), r.build()).feedback[1])
You missed the counterclaim 'Acting is risky', attributed to critics.
"""

from __future__ import annotations

from argmap.model import Evidence, StatementBase
from argmap.teaching.comparison import Comparison
from argmap.teaching.diff import EXTRA, INFERENCE
from argmap.teaching.naming import describe_kind, join_names, kind_of, label

__all__ = ["write_feedback"]


def _missed_noun(s: StatementBase) -> str:
    if isinstance(s, Evidence):
        if s.evidence_type is None:
            return "the evidence"
        return "the " + s.evidence_type.value.replace("_", " ")
    return "the " + describe_kind(s, article=False)


def write_feedback(c: Comparison) -> list[str]:
    """The feedback lines of a comparison (see the module doc)."""
    sb, rb = c.student.statements_by_id(), c.reference.statements_by_id()
    r2s = {m.reference: m.student for m in c.matches}
    lines: list[str] = [_praise(c)]

    # -- the thesis
    ref_t, stud_t = c.reference.thesis, c.student.thesis
    thesis_line = False
    if ref_t is not None and not c.scores.thesis_right:
        thesis_line = True
        if stud_t is None:
            lines.append(f"Your map has no thesis; the reference's thesis is {label(ref_t)}.")
        else:
            lines.append(
                f"You treated {label(stud_t)} as the thesis; "
                f"the reference's thesis is {label(ref_t)}."
            )

    # -- statements
    for ref in c.missing:
        r = rb[ref]
        if kind_of(r) == "thesis" and thesis_line:
            continue
        who = f", attributed to {r.attributed_to}," if r.attributed_to else ""
        lines.append(f"You missed {_missed_noun(r)} {label(r)}{who}".rstrip(",") + ".")
    for sid in c.extra:
        s = sb[sid]
        if kind_of(s) == "thesis" and thesis_line:
            continue
        lines.append(
            f"Your map adds {describe_kind(s)}, {label(s)}, that the reference does not have: "
            "check that the editorial makes this point."
        )
    for m in c.matches:
        s, r = sb[m.student], rb[m.reference]
        if thesis_line and "thesis" in (kind_of(s), kind_of(r)):
            continue
        if describe_kind(s) != describe_kind(r) and not (
            kind_of(s) == kind_of(r) == "evidence" and _untyped(s, r)
        ):
            lines.append(
                f"You called {label(s)} {describe_kind(s)}; "
                f"the reference treats it as {describe_kind(r)}."
            )
    for a in c.attributions:
        if a.right:
            continue
        s = sb[a.student]
        if not a.student_speaker:
            lines.append(
                f"You left out who holds {label(s)}: the reference attributes it to "
                f"{a.reference_speaker}, not to the author."
            )
        elif not a.reference_speaker:
            lines.append(
                f"You attribute {label(s)} to {a.student_speaker}; "
                "the reference treats it as the author's own view."
            )
        else:
            lines.append(
                f"You attribute {label(s)} to {a.student_speaker}; "
                f"the reference attributes it to {a.reference_speaker}."
            )

    # -- links
    ref_inferences = {i.id: i for i in c.reference.inferences}

    def name(ref: str, *, student_side: bool = False, depth: int = 0) -> str:
        if ref.startswith(EXTRA):
            return label(sb[ref[len(EXTRA) :]])
        if ref.startswith(INFERENCE):
            inf = ref_inferences[ref[len(INFERENCE) :]]
            if depth >= 2:  # undercuts of undercuts (or a cycle of them): name the step
                return f"step {inf.id}"
            premises = " and ".join(name(p, student_side=student_side) for p in inf.premises)
            target = inf.conclusion
            if target in ref_inferences:  # an undercut of an undercut
                target = INFERENCE + target
            to = name(target, student_side=student_side, depth=depth + 1)
            return f"the step from {premises} to {to}"
        if student_side and ref in r2s:
            return label(sb[r2s[ref]])
        return label(rb[ref])

    def verb(polarity: str | None) -> str:
        return "attacking" if polarity == "attack" else "supporting"

    explained: set[tuple[str, str]] = set()
    for x in c.links:
        if x.status == "extra" and x.route:
            explained.add((x.premise, x.route[0]))
            via = " then ".join(label(rb[r]) for r in x.route)
            lines.append(
                f"Your map has {name(x.premise, student_side=True)} {verb(x.student_polarity)} "
                f"{name(x.conclusion, student_side=True)} directly; the reference routes it "
                f"through {via}."
            )
    for x in c.links:
        if x.status == "matched" and not x.polarity_agrees:
            lines.append(
                f"You have {name(x.premise, student_side=True)} {verb(x.student_polarity)} "
                f"{name(x.conclusion, student_side=True)}; in the reference it "
                f"{'attacks' if x.reference_polarity == 'attack' else 'supports'} it."
            )
    for d in c.structure:
        names = join_names([name(p, student_side=True) for p in d.premises])
        concl = name(d.conclusion, student_side=True)
        if d.kind == "split":
            lines.append(
                f"You gave {names} as separate reasons for {concl}; the reference links them "
                "into one argument: they support it only together."
            )
        else:
            lines.append(
                f"You linked {names} into one argument for {concl}; in the reference each is "
                "a reason on its own."
            )
    for x in c.links:
        if x.status != "missing" or (x.premise, x.conclusion) in explained:
            continue
        if not _present(x.premise, r2s) or not _present(x.conclusion, r2s, c):
            continue  # the missing statement's own line covers it
        pol = "attacks" if x.reference_polarity == "attack" else "supports"
        lines.append(
            f"You did not connect {name(x.premise, student_side=True)} to "
            f"{name(x.conclusion, student_side=True)}: in the reference it {pol} it."
        )
    for x in c.links:
        if x.status != "extra" or x.route:
            continue
        if _is_extra(x.premise) or _is_extra(x.conclusion):
            continue  # the extra statement's own line covers it
        lines.append(
            f"Your map has {name(x.premise, student_side=True)} {verb(x.student_polarity)} "
            f"{name(x.conclusion, student_side=True)}; the reference has no such link."
        )
    return lines


def _untyped(a: StatementBase, b: StatementBase) -> bool:
    """Either piece of evidence has no type: not a disagreement about kind."""
    return getattr(a, "evidence_type", None) is None or getattr(b, "evidence_type", None) is None


def _is_extra(ref: str) -> bool:
    return ref.startswith(EXTRA)


def _present(ref: str, r2s: dict[str, str], c: Comparison | None = None) -> bool:
    if ref.startswith(INFERENCE):
        # An undercut's target is present when the student has all its links.
        target = ref[len(INFERENCE) :]
        assert c is not None
        return all(
            x.status == "matched" for x in c.links if x.reference_inference == target
        ) and any(x.reference_inference == target for x in c.links)
    return ref in r2s


def _praise(c: Comparison) -> str:
    sc = c.scores
    found = (
        f"you found {sc.statements_matched} of the reference's {sc.reference_statements} statements"
    )
    if sc.statements_matched:
        found += f" ({sc.kinds_matching} of them of the same kind)"
    bits = [found]
    if sc.thesis_right:
        bits.append("picked out the thesis")
    if sc.reference_links:
        bits.append(f"drew {sc.links_matched} of its {sc.reference_links} links")
    text = ", ".join(bits[:-1]) + " and " + bits[-1] if len(bits) > 1 else bits[0]
    return f"What is right: {text}."
