"""The smallest rendered text of every view ``--fit`` produces, per map and medium.

For each map (the two examples, and drafts of the first three dev editorials
in ``../shared`` when it is there) and each of ``--fit screen``, ``a4`` and
``slide``, the views are planned and drawn as ``argmap render --fit`` does
(:func:`argmap.rendering.pages.measured_dots`) and the smallest text of each
is measured (:func:`argmap.rendering.fit.smallest_text`: the SVG font size
times the scale that fits it to 1920x1080 px, an A4 page in pt, or a 16:9
slide shown 1920 px wide). ``ok`` says whether it reaches the medium's least
size (10 px on a screen, 8 pt on A4, 12 px on a slide).

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

EDITORIALS = ROOT.parent / "shared" / "corpora" / "webis-editorials-dev" / "guardian"


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
        for path in sorted(EDITORIALS.glob("*.json"))[:3]:
            text = _editorial_text(path)
            found.append(
                (f"draft {path.stem[:12]}", argmap.draft(text, source=Source(title=path.stem)))
            )
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
    print(f"{short} view(s) below the least size")


if __name__ == "__main__":
    main()
