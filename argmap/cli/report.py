"""``argmap report MAP``: a readable summary of one map.

The thesis, how deep its support goes, counts by kind, the findings, and,
when the acceptability layer is available, which statements stand.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING, Any

from argmap.cli._util import severity_count, terminal_text
from argmap.cli.check import split_codes

if TYPE_CHECKING:
    from argmap.checks import Finding
    from argmap.model import ArgumentMap

__all__ = ["add_parser", "report_text"]

_PLURAL = {"thesis": "theses", "evidence": "evidence"}


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="print a readable summary of a map",
        description=(
            "Summarise a map: its thesis, how deep its support goes, counts by kind, "
            "the findings of the checks, and what stands."
        ),
    )
    p.add_argument("path", metavar="MAP", help="a map file")
    p.add_argument("--read-format", help="read the file as this format instead of by suffix")
    p.add_argument("--select", action="append", metavar="CODES", help="check codes to run")
    p.add_argument("--ignore", action="append", metavar="CODES", help="check codes to skip")
    p.set_defaults(func=_run)


def _count(n: int, kind: str) -> str:
    return f"{n} {kind if n == 1 else _PLURAL.get(kind, kind + 's')}"


def report_text(amap: ArgumentMap, *, findings: list[Finding] | None = None) -> str:
    """The report as text; ``findings`` default to :func:`argmap.check`'s.

    >>> from argmap.model import MapBuilder
    >>> b = MapBuilder(title="On the pact"); t = b.thesis("Keep the pact")
    >>> c = b.claim("It deters", supports=t); e = b.evidence("Launches fell", supports=c)
    >>> print(report_text(b.build()))  # doctest: +ELLIPSIS
    On the pact
    <BLANKLINE>
    Thesis: T1: Keep the pact
    Support: 1 direct reason; the longest chain of support is 2 steps deep.
    Statements: 3 (1 thesis, 1 claim, 1 evidence)
    Inferences: 2 (2 support, 0 attack; 0 linked, 0 undercuts)
    <BLANKLINE>
    Findings: 1 (1 warning)
      E1: uncited-evidence: E1 ("Launches fell") is evidence with no source: ...
    """
    from argmap.checks import CheckContext, check
    from argmap.model import KINDS

    if findings is None:
        findings = check(amap)
    ctx = CheckContext(amap)
    out: list[str] = []
    src = amap.source
    head = src.title or "Untitled map"
    extra = ", ".join(str(x) for x in (src.outlet, src.author, src.date) if x)
    out += [f"{head} ({extra})" if extra else head, ""]
    if not ctx.theses:
        out.append("Thesis: none (the map has no thesis)")
    for ref in ctx.theses:
        out.append(f"Thesis: {ref}: {' '.join(ctx.statements[ref].text.split())}")
        direct = len({p for inf in ctx.support_into(ref) for p in inf.premises})
        depth = ctx.support_depth(ref)
        attacks = len({p for inf in ctx.attacks_into(ref) for p in inf.premises})
        line = f"Support: {_count(direct, 'direct reason')}; "
        line += f"the longest chain of support is {depth} step{'s' if depth != 1 else ''} deep."
        if attacks:
            line += f" Attacked directly by {attacks}."
        out.append(line)
    kinds: Counter[str] = Counter(s.kind for s in amap.statements)
    by_kind = ", ".join(_count(kinds[k], k) for k in KINDS if kinds[k])
    out.append(f"Statements: {len(amap.statements)}" + (f" ({by_kind})" if by_kind else ""))
    infs = amap.inferences
    n_support = sum(1 for i in infs if i.polarity == "support")
    n_linked = sum(1 for i in infs if i.is_linked)
    n_undercut = sum(1 for i in infs if i.conclusion in ctx.inferences)
    out.append(
        f"Inferences: {len(infs)} ({n_support} support, {len(infs) - n_support} attack; "
        f"{n_linked} linked, {_count(n_undercut, 'undercut')})"
    )
    out.append("")
    sev = Counter(f.severity.value for f in findings)
    parts = ", ".join(severity_count(sev[s], s) for s in ("error", "warning", "info") if sev[s])
    out.append(f"Findings: {len(findings)}" + (f" ({parts})" if parts else ""))
    for f in findings:
        ids = ",".join(f.ids) if f.ids else "-"
        out.append(f"  {ids}: {f.code}: {f.message} [{f.severity.value}]")
    stands = _what_stands(amap)
    if stands:
        out += ["", *stands]
    return "\n".join(out)


def _what_stands(amap: ArgumentMap) -> list[str]:
    """What stands, from :func:`argmap.semantics.evaluate`: the thesis with its reason first."""
    from argmap.semantics import evaluate

    ev = evaluate(amap)
    lines = ["What stands (grounded labelling):"]
    for thesis in (s.id for s in amap.statements if s.kind == "thesis"):
        lines.append(f"  the thesis {thesis} is {ev[thesis].reason}")
    for name, refs in (
        ("IN", ev.stands()),
        ("OUT", ev.defeated()),
        ("UNDECIDED", ev.undecided()),
    ):
        if refs:
            lines.append(f"  {name}: {', '.join(refs)}")
    return lines


def _run(args: argparse.Namespace) -> int:
    from argmap.checks import check
    from argmap.config import find_pyproject, load_config
    from argmap.formats.io import load

    amap = load(args.path, format=args.read_format)
    file = find_pyproject(args.path)
    config = load_config(file) if file is not None else None
    findings = check(
        amap, select=split_codes(args.select), ignore=split_codes(args.ignore), config=config
    )
    print(terminal_text(report_text(amap, findings=findings)))
    return 0
