"""Start-up: the first real use of argmap against the same with a plain pydantic model.

    python benchmarks/bench_import.py [--quick]

Each side is a fresh ``python -c ...`` process, timed from start to exit with
:func:`timing.measure` (the same repetitions and warm-up for every command), in the
processor time the process used (user + system, read with ``resource.getrusage``
for children): the machine is shared, and another process's work would otherwise
land in whichever command happened to run beside it.

* ``import argmap; argmap.load(path)``: the first thing a user does, on a small map
  (30 statements, YAML) written to a temporary folder;
* the same file read with ``yaml.load`` (libyaml) into a pydantic model class
  describing a map (statements and inferences with their fields): what a project would
  write with pydantic alone;
* ``python -c pass``: the interpreter's own start-up, taken off both to compare what
  each import and load adds (the target: argmap's within 1.3 times pydantic's).

``import argmap`` and ``import pydantic`` alone are timed too: ``import argmap`` is
cheap because the public names are imported on first use.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from synthetic import make_map  # noqa: E402
from timing import Timing, measure, print_table, row, target  # noqa: E402

import argmap  # noqa: E402

PYDANTIC_LOAD = """
from typing import Any, Literal
import yaml
from pydantic import BaseModel, ConfigDict, Field

class Span(BaseModel):
    start: int | None = None
    end: int | None = None
    quote: str

class Statement(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.:\\-]*$")
    kind: Literal["thesis", "claim", "premise", "counterclaim", "rebuttal", "evidence"]
    text: str = Field(min_length=1)
    title: str | None = None
    spans: list[Span] = []
    attributed_to: str | None = None
    evidence_type: str | None = None
    implicit: bool = False
    tags: list[str] = []
    note: str | None = None
    data: dict[str, Any] = {}

class Inference(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    premises: list[str] = Field(min_length=1)
    conclusion: str
    polarity: Literal["support", "attack"] = "support"
    scheme: str | None = None
    note: str | None = None
    tags: list[str] = []
    data: dict[str, Any] = {}

class Map(BaseModel):
    version: int = 1
    source: dict[str, Any] = {}
    statements: list[Statement] = []
    inferences: list[Inference] = []
    meta: dict[str, Any] = {}

with open(PATH, encoding="utf-8") as fh:
    Map.model_validate(yaml.load(fh, Loader=yaml.CSafeLoader))
"""


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def _children_cpu() -> float:
    """Processor seconds used so far by finished child processes (user + system)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _time(command: list[str], repeat: int) -> Timing:
    # Bytecode is written and used, as for any installed package (the warm-up runs
    # write it): a PYTHONDONTWRITEBYTECODE in the caller's environment would
    # otherwise make every run compile argmap from source while pydantic's is cached.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def once() -> None:
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)

    return measure(once, repeat=repeat, warmup=2, clock=_children_cpu)


def run(quick: bool = False) -> list[dict[str, Any]]:
    repeat = 7 if quick else 21
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "small.yaml"
        argmap.save(make_map(30), path)
        prefix = f"import sys; sys.path.insert(0, {str(ROOT)!r}); PATH = {str(path)!r}\n"
        bare = _time(_python("pass"), repeat)
        ours = _time(_python(prefix + "import argmap\nargmap.load(PATH)"), repeat)
        theirs = _time(_python(prefix + PYDANTIC_LOAD), repeat)
        import_ours = _time(_python(prefix + "import argmap"), repeat)
        import_theirs = _time(_python(prefix + "import pydantic"), repeat)
    net_ours = ours.median - bare.median
    net_theirs = theirs.median - bare.median
    ratio = net_ours / net_theirs
    startup = f"python -c pass: {bare}; each figure includes it"
    return [
        row(
            "first use: import + load a 30-statement map",
            30,
            ours,
            "python -c 'import argmap; argmap.load(path)': a YAML map read, validated and "
            "cross-checked",
            table="peer",
            peer="pydantic model",
            peer_time=theirs,
            peer_work="python -c 'import yaml, pydantic; a map model class; "
            "Map.model_validate(yaml.load(file))': the same file, shape checked only",
            note=f"{startup}; without it argmap {net_ours * 1000:.1f} ms, pydantic "
            f"{net_theirs * 1000:.1f} ms: {ratio:.2f}x",
            goal=target("first use within 1.3x of pydantic's (start-up taken off)", ratio <= 1.3),
            ratio_net=ratio,
        ),
        row(
            "import argmap",
            None,
            import_ours,
            "python -c 'import argmap' (public names load on first use)",
            table="peer",
            peer="import pydantic",
            peer_time=import_theirs,
            peer_work="python -c 'import pydantic'",
            note=startup,
        ),
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
