"""The smallest rendered text of every view ``--fit`` produces and of every slide, per map.

For each map (the two examples, and drafts of the first three dev editorials
in ``../shared`` when it is there, plus two longer ones of about 30 and 60
statements) and each of ``--fit screen``, ``a4`` and ``slide``, the views
are planned and drawn as ``argmap render --fit`` does
(:func:`argmap.rendering.pages.measured_dots`) and the smallest text of each
is measured (:func:`argmap.rendering.fit.smallest_text`: the SVG font size
times the scale that fits it to 1920x1080 px, an A4 page in pt, or a 16:9
slide shown 1920 px wide). The ``slides`` rows are the steps ``argmap
slides`` writes (:func:`argmap.teaching.slides.measured_step_dots`), one row
per view with its number of steps and the smallest text over them, each
step framed to exactly 1920x1080. ``ok`` says whether it reaches the
medium's least size (10 px on a screen, 8 pt on A4, 12 px on a slide).

Run ``python benchmarks/fit_legibility.py`` (needs Graphviz).
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import argmap  # noqa: E402
from argmap.model import ArgumentMap, Source  # noqa: E402
from argmap.rendering.fit import get_medium, smallest_text  # noqa: E402
from argmap.rendering.graphviz_run import run_graphviz  # noqa: E402
from argmap.rendering.pages import measured_dots  # noqa: E402
from argmap.teaching.slides import measured_step_dots  # noqa: E402

EDITORIALS = ROOT.parent / "shared" / "corpora" / "webis-editorials-dev" / "guardian"
#: Longer dev editorials whose drafts have about 30 and 60 statements.
LONGER = ("248-straightwashingmoviespridedvdg", "076-eightkillerwaysethicalavengerg")


def _editorial_text(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = data["paragraphs"]
    if isinstance(paragraphs, str):
        paragraphs = ast.literal_eval(paragraphs)
    out = []
    for paragraph in paragraphs:
        units = paragraph if isinstance(paragraph, list) else [paragraph]
        out.append(" ".join(str(u["text"]) for u in units if u.get("label") != "title"))
    return "\n\n".join(p for p in out if p.strip())


def maps() -> list[tuple[str, ArgumentMap]]:
    """The maps measured: the examples, then up to three drafted dev editorials."""
    found = [
        ("high-street", argmap.load(ROOT / "examples" / "high-street.yaml")),
        ("gsomia", argmap.load(ROOT / "examples" / "gsomia.yaml")),
    ]
    if EDITORIALS.is_dir():
        paths = sorted(EDITORIALS.glob("*.json"))[:3]
        paths += [EDITORIALS / f"{stem}.json" for stem in LONGER]
        for path in paths:
            if not path.is_file():
                continue
            amap = argmap.draft(_editorial_text(path), source=Source(title=path.stem))
            found.append((f"draft {path.stem[:3]} ({len(amap.statements)})", amap))
    return found


def _draw(dot: str, fmt: str) -> bytes:
    return run_graphviz(dot, fmt)


def main() -> None:
    print(f"{'map':<22} {'fit':<7} {'view':<28} {'smallest':>9}  ok")
    short = 0
    for name, amap in maps():
        for fit in ("screen", "a4", "slide"):
            medium = get_medium(fit)
            unit = "pt" if fit == "a4" else "px"
            for view, dot in measured_dots(amap, fit, draw=_draw):
                size = smallest_text(run_graphviz(dot, "svg").decode("utf-8"), fit)
                ok = size >= medium.min_text
                short += not ok
                mark = "yes" if ok else "NO"
                print(f"{name:<22} {fit:<7} {view[:28]:<28} {size:>6.1f} {unit}  {mark}")
        short += _slides(name, amap)
    print(f"{short} view(s) or slide view(s) below the least size")


def _slides(name: str, amap: ArgumentMap) -> int:
    """Print one row per view of the slides: its steps and their smallest text."""
    medium = get_medium("slide")
    sizes: dict[str, list[float]] = {}
    for view, _, svg in measured_step_dots(amap, draw=_draw):
        sizes.setdefault(view, []).append(smallest_text(svg, medium, margin=0))
    short = 0
    for view, got in sizes.items():
        ok = min(got) >= medium.min_text
        short += not ok
        label = f"{view} ({len(got)} steps)"
        mark = "yes" if ok else "NO"
        print(f"{name:<22} {'slides':<7} {label[:28]:<28} {min(got):>6.1f} px  {mark}")
    return short


if __name__ == "__main__":
    main()
