"""A real JupyterLab for the editor's browser test: a server, a notebook, Playwright.

The server runs on a free localhost port with a fixed token, a temporary
root folder and its own settings, workspaces and runtime folders, so it
touches nothing of the user's. The kernel imports argmap from this
checkout (``PYTHONPATH``). :class:`Lab` drives the page through
Playwright's Python API with the system's Chromium.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_notebook(path: Path, cells: list[str]) -> None:
    """A notebook of code ``cells`` for the python3 kernel."""
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": f"cell-{n}",
                "metadata": {},
                "outputs": [],
                "source": src,
            }
            for n, src in enumerate(cells)
        ],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path.write_text(json.dumps(nb), encoding="utf-8")


@contextmanager
def jupyter_lab(root: Path) -> Iterator[str]:
    """Run ``jupyter lab`` over ``root``; yield its base URL with the token as query."""
    port, token = free_port(), secrets.token_hex(16)
    home = root / ".lab"
    settings = home / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # No news toast, no update check: nothing on screen but the notebook.
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        ),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "IPYTHONDIR": str(home / "ipython"),
        "JUPYTER_PLATFORM_DIRS": "1",
    }
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--ServerApp.token={token}",
            f"--ServerApp.root_dir={root}",
            "--ServerApp.open_browser=False",
            "--allow-root",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "jupyter lab did not start:\n"
                        + (home / "server.log").read_text(errors="replace")[-3000:]
                    ) from None
                time.sleep(0.3)
        yield f"{base}|{token}"
    finally:
        # The server and the kernels it started share one process group.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


class Lab:
    """One notebook open in JupyterLab, driven with Playwright."""

    def __init__(self, page: Any, server: str, notebook: str) -> None:
        base, token = server.split("|")
        self.page = page
        page.goto(f"{base}/lab/tree/{notebook}?token={token}")
        page.wait_for_selector(".jp-Notebook", timeout=60_000)
        # A kernel chooser may open first; take the notebook's kernel.
        with suppress(Exception):  # no dialog this time
            page.locator(".jp-Dialog-button.jp-mod-accept").click(timeout=5_000)
        # Close the file browser: the notebook gets the window's width.
        page.locator(".jp-Notebook").first.click()
        page.keyboard.press("Control+b")

    def run_cell(self, n: int) -> None:
        """Run cell ``n`` as a person does: click into it, Shift+Enter."""
        cell = self.page.locator(".jp-Notebook .jp-Cell").nth(n)
        cell.locator(".jp-InputArea-editor").click()
        self.page.keyboard.press("Shift+Enter")

    def widget(self) -> Any:
        """The (last drawn) editor widget on the page."""
        return self.page.locator(".am-editor").last
