"""Which files a map may read its source text from.

A map names its editorial with ``source.text_file``. Maps are shared between
teachers and students, so a map file is untrusted: without a policy, a map
could name ``/etc/passwd`` or ``/proc/self/environ`` and rendering it would
copy that file into an HTML page or an export. argmap therefore reads a
``text_file`` only when all of these hold:

- it resolves (after following links) inside the map's own folder tree, or
  inside a folder the user allows: :func:`allow_text_from` in Python, the
  ``--allow-text-dir`` option of the command line, or ``text-dirs`` under
  ``[tool.argmap]`` in the ``pyproject.toml`` of the working directory (never
  one found beside the map, which could come with it);
- it is a regular file (not a FIFO, a device or a folder), not under
  ``/proc``, ``/sys`` or ``/dev``, whatever is allowed;
- it holds at most :data:`MAX_TEXT_BYTES` bytes.

Anything else is left unread with an :class:`~argmap.errors.ArgmapWarning`
that says why and how to allow it; the map itself still loads.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "ed.txt").write_text("Some text.")
>>> text_file_refusal(d, "ed.txt") is None
True
>>> print(text_file_refusal(d, "/etc/passwd"))
'/etc/passwd' is outside the map's folder; ...
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from argmap.errors import ConfigError

__all__ = [
    "MAX_TEXT_BYTES",
    "allow_text_from",
    "allowed_text_dirs",
    "resolve_text_file",
    "text_file_refusal",
]

#: The largest source text a map may name (64 MiB; an editorial is ~10 KB).
MAX_TEXT_BYTES = 64 * 1024 * 1024

_NEVER = (Path("/proc"), Path("/sys"), Path("/dev"))

_ALLOWED: contextvars.ContextVar[tuple[Path, ...]] = contextvars.ContextVar(
    "argmap_text_dirs", default=()
)


@contextlib.contextmanager
def allow_text_from(*folders: str | os.PathLike[str]) -> Iterator[None]:
    """Let maps loaded inside the ``with`` block read texts from ``folders`` too.

    >>> with allow_text_from("/srv/editorials"):
    ...     [str(p) for p in allowed_text_dirs()][-1]
    '/srv/editorials'
    """
    token = _ALLOWED.set((*_ALLOWED.get(), *(Path(f) for f in folders)))
    try:
        yield
    finally:
        _ALLOWED.reset(token)


def allowed_text_dirs() -> tuple[Path, ...]:
    """The folders allowed now, besides each map's own: the working directory's
    ``[tool.argmap] text-dirs`` and those of :func:`allow_text_from`."""
    # Imported here: only a map that names a text file needs the project's settings.
    from argmap.config import find_pyproject, load_config

    configured: tuple[Path, ...] = ()
    project = find_pyproject(Path.cwd())
    if project is not None:
        try:
            configured = load_config(project).text_dirs
        except ConfigError:  # a broken config is reported by the commands that use it
            configured = ()
    return (*configured, *_ALLOWED.get())


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def resolve_text_file(base: Path, name: str) -> tuple[Path, str | None]:
    """Where ``name`` (a map's ``text_file``) points, and why it may not be read.

    The second item is ``None`` when the file may be read.
    """
    target = (base / name).resolve()
    if any(_inside(target, never) for never in _NEVER):
        return target, (
            f"{name!r} is a system file ({target}); maps may not read from /proc, /sys or /dev"
        )
    folders = [base.resolve(), *(Path(f).resolve() for f in allowed_text_dirs())]
    if not any(_inside(target, folder) for folder in folders):
        return target, (
            f"{name!r} is outside the map's folder; a shared map may only name a text beside "
            "it. To allow another folder, pass --allow-text-dir DIR, use "
            "argmap.formats.text_policy.allow_text_from(DIR), or list it under text-dirs in "
            "[tool.argmap] of pyproject.toml"
        )
    try:
        info = target.stat()
    except FileNotFoundError:
        return target, None  # missing: the caller says so
    except OSError as exc:  # a name too long, a folder that is a file ...
        return target, f"{name!r} cannot be read ({exc.strerror})"
    if not stat.S_ISREG(info.st_mode):
        return target, f"{name!r} is not a regular file ({target})"
    if info.st_size > MAX_TEXT_BYTES:
        return target, (
            f"{name!r} holds {info.st_size:,} bytes, more than a source text may "
            f"({MAX_TEXT_BYTES:,})"
        )
    return target, None


def text_file_refusal(base: Path, name: str) -> str | None:
    """Why ``name`` may not be read from a map in ``base``, or ``None``."""
    return resolve_text_file(base, name)[1]
