"""Write docs/performance.md from one run of ``benchmarks/run.py --json``.

    python benchmarks/run.py --json run.json
    python benchmarks/report.py run.json                 # rewrites docs/performance.md
    python benchmarks/report.py run.json -o /tmp/perf.md

Every figure on the page comes from the one JSON file; the prose around the
tables is the template below. Nothing on the page is edited by hand: change the
template here, or run the benchmarks again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from timing import fmt_s, fmt_value, median_of, normalize  # noqa: E402

Row = dict[str, Any]

INTRO = """\
# Performance

How fast argmap is on large maps, next to other tools doing the same work on the same
input, and the speed its live editor needs. Every figure on this page comes from one run
of the benchmarks, written to JSON by `benchmarks/run.py` and turned into this page by
`benchmarks/report.py`: nothing here is typed by hand. How argmap treats bad and hostile
input, and how that is tested, is on [its own page](robustness.md).

## Reproduce

```bash
python benchmarks/peers.py --install          # optional: the Python peers (see below)
python benchmarks/run.py --json run.json      # every benchmark, full sizes (about half an hour)
python benchmarks/report.py run.json          # this page, from that run
python benchmarks/run.py --quick              # smaller sizes: a quick look (a few minutes)
python benchmarks/run.py --only argdown,editor --json part.json
```

The Python peers are arguebuf, PyArg and formal-argumentation; the Argdown peers (the
`argdown` command and argdown-core) come from `.cache/node`,
where `scripts/setup --test` installs them with npm. Each `benchmarks/bench_*.py` also
runs on its own (`python benchmarks/bench_checks.py --quick`). Run the benchmarks on a
quiet machine: the figures are wall-clock medians unless a row says otherwise, and other
work on the machine slows whichever side it lands on.

## How each figure is measured

One method for every row (`benchmarks/timing.py`): `measure()` runs a side a few times
untimed, then times a fixed number of runs and keeps the **median**, with the fastest and
slowest run in brackets. Both sides of a comparison get the same number of runs and the
same warm-up, and every row says what work each side does. A process is timed from start
to exit when the row says "cold process"; "warm, in process" means the work is repeated
inside one running process (argmap in Python, argdown-core in Node, each with the same
warm-up, which lets Node compile its hot code first). Rows measured in processor time
say so. A peer that is not installed, fails, gives up or times out has no figure, and
its note says why.

Three tables: argmap **against other tools** doing the same job; argmap **against its
own alternative code paths** (another way argmap could do the job, kept to show what a
design choice buys); and argmap **alone**, where no other tool does the job. Ratios are
the other side's median over argmap's: above 1x, argmap is faster.
"""

NOTES = """\
## What was changed for speed, and what dominates

- **Argdown** (`bench_argdown`): the reader takes short roads that give the same answer
  as its general code: one regular expression per relation line (indent, symbol, title,
  colon, the rest), statement text split by a pattern for its tags, simple data elements
  (`{type: statistic}`) read without YAML, comment and data scanning by patterns that
  start with a literal character so the regular-expression engine skips ahead, and
  statements and inferences validated in bulk (one pydantic call each) rather than one
  model at a time. Property tests check each short road against the general one, and
  the differential test against the `argdown` command stays green.
- **Checks** (`bench_checks`): on 100,000 statements every pass over the models is a
  pass of cache misses, so the index's links, the walk back from the thesis and the
  support graph are built from the plain snapshot the index already takes. Growth from
  10,000 to 100,000 statements is not quite linear on a machine whose caches hold the
  smaller map and not the larger: the growth rows show it.
- **Memory** (`bench_memory`): YAML maps are read from the parser's events instead of its
  node tree (each node kept two position marks, several times the memory of the data),
  and `to_dot` no longer copies its text a second time to add the final newline.
- **Start-up** (`bench_import`): loading a map no longer imports the checks, the graph
  layer, the editor or `difflib`; `import argmap` itself loads names on first use.
- **Editor** (`bench_editor`): Graphviz's layout is most of an edit's time. The session
  keeps its last drawings by DOT text, so a message that leaves the drawing unchanged
  (a selection, accepting a drafted item, undo to an earlier state) reuses the SVG; the
  view's evaluation is handed to the diagram instead of being computed twice; the SVG
  sanitiser judges each attribute name once. Checks and labels on a 60-statement map take
  about a millisecond together, so recomputing them in full on every edit is kept:
  re-checking only what an edit touched would not pay for its complexity at these sizes.
"""


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _size(r: Row) -> str:
    size = r.get("size")
    return f"{size:,}" if isinstance(size, int) else _cell(size or "")


def _timing(t: dict[str, Any] | None) -> str:
    if t is None:
        return ""
    text = fmt_s(t["median"])
    if t.get("low") is not None and t.get("high") is not None:
        text += f" ({fmt_s(t['low'])}–{fmt_s(t['high'])})"
    if t.get("method") == "other":
        text += " †"
    return text


def _figure(r: Row) -> str:
    return _timing(r.get("argmap")) if r.get("argmap") is not None else fmt_value(r)


def _ratio(r: Row) -> str:
    ours, theirs = median_of(r.get("argmap")), median_of(r.get("peer_time"))
    return f"{theirs / ours:.2f}x" if ours and theirs else ""


def _work(r: Row) -> str:
    ours = r.get("argmap_work") or ""
    theirs = r.get("peer_work") or ""
    if theirs:
        return _cell(f"argmap: {ours} — peer: {theirs}")
    return _cell(ours)


def run_section(doc: dict[str, Any]) -> str:
    load = doc.get("load_average") or {}
    lines = [
        "## The run",
        "",
        "```text",
        f"machine:       {doc.get('machine')}",
        f"command:       {doc.get('command')}",
        f"commit:        {doc.get('commit')}",
        f"started:       {doc.get('started')}",
        f"finished:      {doc.get('finished')}",
        f"load average:  {load.get('before')} before, {load.get('after')} after (1, 5, 15 min)",
        *(
            [f"stolen:        {doc['stolen']:.1%} of the processor time, given to other machines"]
            if doc.get("stolen") is not None
            else []
        ),
        "```",
        "",
    ]
    if doc.get("quick"):
        lines += ["This run used `--quick`: smaller sizes and fewer repetitions.", ""]
    failed = doc.get("failed") or []
    if failed:
        lines += [f"Benchmarks that failed in this run: {', '.join(failed)}.", ""]
    lines += ["| peer | version | used for | note |", "|---|---|---|---|"]
    for p in doc.get("peers", []):
        lines.append(
            f"| {_cell(p['peer'])} | {_cell(p.get('version') or 'missing')} "
            f"| {_cell(p.get('used_for', ''))} | {_cell(p.get('note', ''))} |"
        )
    return "\n".join(lines) + "\n"


def targets_section(rows: Iterable[Row]) -> str:
    lines = [
        "## Targets",
        "",
        "| target | benchmark | row | size | figure | met |",
        "|---|---|---|--:|--:|---|",
    ]
    found = False
    for r in rows:
        goal = r.get("target")
        if not goal:
            continue
        found = True
        figure = _figure(r)
        ratio = _ratio(r)
        if ratio:
            figure += f"; {r.get('peer')}: {_timing(r.get('peer_time'))}, ratio {ratio}"
        if "share" in r:
            figure += f"; {r['share']:.1%} of the layout"
        if "ratio_net" in r:
            figure += f"; start-up taken off: {r['ratio_net']:.2f}x"
        if "own" in r:
            figure += f"; argmap's own work {fmt_s(r['own'])}"
        lines.append(
            f"| {_cell(goal['text'])} | {r.get('benchmark')} | {_cell(r.get('operation'))} "
            f"| {_size(r)} | {_cell(figure)} | {'yes' if goal['met'] else '**no**'} |"
        )
    if not found:
        lines.append("| (no row of this run carries a target) | | | | | |")
    return "\n".join(lines) + "\n"


def comparison_section(rows: list[Row], table: str, title: str, intro: str) -> str:
    chosen = [r for r in rows if r.get("table") == table]
    lines = [f"## {title}", "", intro, ""]
    if not chosen:
        return "\n".join([*lines, "No rows of this kind in this run.", ""])
    lines += [
        "| benchmark | operation | size | argmap | other | other's time | ratio | work | note |",
        "|---|---|--:|--:|---|--:|--:|---|---|",
    ]
    for r in chosen:
        lines.append(
            f"| {r.get('benchmark')} | {_cell(r.get('operation'))} | {_size(r)} "
            f"| {_figure(r)} | {_cell(r.get('peer') or '')} | {_timing(r.get('peer_time'))} "
            f"| {_ratio(r)} | {_work(r)} | {_cell(r.get('note', ''))} |"
        )
    return "\n".join(lines) + "\n"


def alone_section(rows: list[Row]) -> str:
    chosen = [r for r in rows if r.get("table") == "alone"]
    lines = ["## argmap alone", "", "Jobs no other tool does on argmap's maps.", ""]
    benchmarks = list(dict.fromkeys(r.get("benchmark") for r in chosen))
    for name in benchmarks:
        lines += [
            f"### {name}",
            "",
            "| operation | size | argmap | work | note |",
            "|---|--:|--:|---|---|",
        ]
        for r in chosen:
            if r.get("benchmark") == name:
                lines.append(
                    f"| {_cell(r.get('operation'))} | {_size(r)} | {_figure(r)} "
                    f"| {_work(r)} | {_cell(r.get('note', ''))} |"
                )
        lines.append("")
    return "\n".join(lines)


def render(doc: dict[str, Any]) -> str:
    """The page for one run."""
    rows = [normalize(r) for r in doc.get("rows", [])]
    other = any(
        (r.get("argmap") or {}).get("method") == "other"
        or (r.get("peer_time") or {}).get("method") == "other"
        for r in rows
    )
    parts = [
        INTRO,
        run_section(doc),
        targets_section(rows),
        comparison_section(
            rows,
            "peer",
            "Against other tools",
            "The same input and the same job on both sides; what each side does is in the "
            "work column.",
        ),
        comparison_section(
            rows,
            "self",
            "Against argmap's own alternative code paths",
            "Another way argmap could do the job (the way it did it before, or the same "
            "answer computed another way), measured alike.",
        ),
        alone_section(rows),
        NOTES,
    ]
    if other:
        parts.append(
            "† measured by its script's own method (not the median of `timing.measure`): "
            "the benchmark has not moved to the one method yet.\n"
        )
    return "\n".join(parts).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", help="the JSON file run.py --json wrote")
    parser.add_argument(
        "-o", "--output", default=str(ROOT / "docs" / "performance.md"), help="the page to write"
    )
    args = parser.parse_args(argv)
    doc = json.loads(Path(args.run).read_text(encoding="utf-8"))
    Path(args.output).write_text(render(doc), encoding="utf-8")
    print(f"wrote {args.output} from {args.run} ({len(doc.get('rows', []))} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
