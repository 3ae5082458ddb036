"""The peer tools the benchmarks compare argmap with: which are there, and installing them.

    python benchmarks/peers.py              # what is installed
    python benchmarks/peers.py --install    # install what is missing, then report

Peers (each benchmark runs its peer on the same input in the same run):

* ``@argdown/cli`` and ``@argdown/core`` (Node): ``argdown json`` and argdown-core's
  parser and model builder on the same Argdown document (``bench_argdown``);
  ``scripts/setup --test`` installs them in ``.cache/node``;
* ``python-argumentation`` (PyArg) and ``formal-argumentation``: grounded,
  preferred and stable extensions of the same frameworks (``bench_frameworks``);
* ``arguebuf``: loading the same AIF file (``bench_aif``).

Python peers are installed with ``pip`` into the interpreter running this
script. A peer that does not install is reported with the reason; no
benchmark ever invents a figure for it.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

#: distribution -> (module it provides, what the benchmarks use it for)
PYTHON_PEERS: dict[str, tuple[str, str]] = {
    "arguebuf": ("arguebuf", "load the same AIF file (bench_aif)"),
    "python-argumentation": ("py_arg", "grounded/preferred/stable extensions (bench_frameworks)"),
    "formal-argumentation": ("argumentation", "grounded/preferred/stable (bench_frameworks)"),
}
ARGDOWN = "@argdown/cli"


def _python_version(distribution: str, module: str) -> str | None:
    if importlib.util.find_spec(module) is None:
        return None
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown version"


def _pip_install(distribution: str) -> str:
    """Install ``distribution`` with pip; the last error line when it fails, else ''."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", distribution],
            capture_output=True,
            text=True,
            timeout=900,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    if done.returncode == 0:
        importlib.invalidate_caches()
        return ""
    lines = (done.stderr or done.stdout).strip().splitlines()
    return lines[-1] if lines else f"pip exited with {done.returncode}"


def _argdown() -> dict[str, Any]:
    from bench_argdown import core_version, find_cli

    cli, how = find_cli()
    found: str | None = None
    if cli is not None:
        try:
            done = subprocess.run([cli, "--version"], capture_output=True, text=True, timeout=120)
            found = done.stdout.strip().splitlines()[-1] if done.returncode == 0 else None
        except (OSError, subprocess.TimeoutExpired, IndexError):
            found = None
        how = how if found else f"{how}, but `argdown --version` failed"
    core = core_version()
    if core:
        how += f"; argdown-core {core} for the warm in-process comparison"
    return {"peer": ARGDOWN, "used_for": "the same Argdown document (bench_argdown)",
            "version": found, "note": how}  # fmt: skip


def status(*, install: bool = False) -> list[dict[str, Any]]:
    """One row per peer: ``peer``, ``used_for``, ``version`` (None: missing) and ``note``."""
    rows: list[dict[str, Any]] = []
    for distribution, (module, used_for) in PYTHON_PEERS.items():
        found = _python_version(distribution, module)
        note = "installed" if found else "not installed (pip install " + distribution + ")"
        if found is None and install:
            error = _pip_install(distribution)
            found = _python_version(distribution, module)
            note = "installed now" if found else f"pip install {distribution} failed: {error}"
        rows.append({"peer": distribution, "used_for": used_for, "version": found, "note": note})
    rows.append(_argdown())
    return rows


def format_status(rows: list[dict[str, Any]]) -> str:
    width = max(len(r["peer"]) for r in rows)
    return "\n".join(
        f"  {r['peer']:<{width}}  {r['version'] or 'missing':<16}  {r['note']}" for r in rows
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--install", action="store_true", help="install the missing peers")
    args = parser.parse_args(argv)
    rows = status(install=args.install)
    print("peers:")
    print(format_status(rows))
    return 0 if all(r["version"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
