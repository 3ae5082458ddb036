"""Reading and writing files: strict UTF-8 in, atomic replacement out.

Every layer that touches the file system uses these two functions, so a bad
encoding is always reported the same way and a crash never leaves a
half-written file.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> write_atomic(path, "caf\u00e9\\n")
>>> read_text_file(path, what="note")
'café\\n'
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

from argmap.errors import ParseError

__all__ = [
    "MAX_FILE_BYTES",
    "STALE_AFTER",
    "read_text_file",
    "remove_stale_temporaries",
    "write_atomic",
]


#: The largest file argmap reads as a map or a text unless told otherwise:
#: 256 MiB, far past a 100,000-statement map (about 30 MB of YAML).
MAX_FILE_BYTES = 256 * 1024 * 1024


def read_text_file(path: Path, *, what: str = "file", limit: int | None = MAX_FILE_BYTES) -> str:
    """Read UTF-8 text, turning decoding and OS errors into located argmap errors.

    Only regular files are read: a FIFO would block forever and ``/dev/zero``
    would fill the memory. A file over ``limit`` bytes is refused (``None``
    for no limit).

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "bad.txt"
    >>> _ = bad.write_bytes(b"ok\\n\\xff")
    >>> read_text_file(bad, what="source text")
    Traceback (most recent call last):
    ...
    argmap.errors.ParseError: ...bad.txt:2: source text is not valid UTF-8 (byte 3); ...
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise ParseError(f"cannot read {what}: {exc.strerror}", source=str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ParseError(f"cannot read {what}: it is a folder", source=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise ParseError(
            f"cannot read {what}: not a regular file (a pipe, socket or device)",
            source=str(path),
        )
    if limit is not None and info.st_size > limit:
        raise ParseError(
            f"cannot read {what}: {info.st_size:,} bytes is more than the {limit:,} "
            "argmap reads; split it, or raise the limit (argmap.load(path, max_bytes=N))",
            source=str(path),
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read {what}: {exc.strerror}", source=str(path)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ParseError(
            f"{what} is not valid UTF-8 (byte {exc.start}); save it as UTF-8",
            source=str(path),
            line=line,
        ) from None


def write_atomic(path: Path, content: str | bytes) -> None:
    """Replace ``path`` with ``content`` in one step (temporary file + rename).

    The temporary file is written beside the file it replaces, flushed to
    disk and renamed over it, so a crash leaves either the old file or the
    new one, never half of one. When ``path`` is a symbolic link, the file it
    points to is replaced (also atomically) and the link stays a link. A
    temporary file left by a save that was killed (its process is gone) is
    removed by the next save of the same file. Errors name ``path``, never
    the temporary file.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "real.yaml").write_text("old")
    3
    >>> (folder / "link.yaml").symlink_to("real.yaml")
    >>> write_atomic(folder / "link.yaml", "new")
    >>> (folder / "link.yaml").is_symlink(), (folder / "real.yaml").read_text()
    (True, 'new')
    >>> write_atomic(folder, "x")
    Traceback (most recent call last):
    ...
    IsADirectoryError: [Errno 21] Is a directory: '...'
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    target = Path(os.path.realpath(path)) if os.path.islink(path) else path
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    directory = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(target)
    import tempfile  # here, not at the top: loading a map never needs it

    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=_TMP_SUFFIX, dir=directory
        )
    except OSError as exc:  # name the file asked for, not the temporary one
        raise _naming(exc, path) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _naming(exc, path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _naming(exc: OSError, path: Path) -> OSError:
    """``exc`` about ``path`` (an error from the OS names the temporary file)."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror, str(path))


_TMP_SUFFIX = ".argmap-tmp"

#: A temporary file younger than this (seconds) is never removed: its save may
#: still be running in a process this one cannot see (another container).
STALE_AFTER = 60.0


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files that killed saves of ``path`` left; return them.

    A save's temporary file is ``.NAME.PID.RANDOM.argmap-tmp`` beside
    ``NAME``. It is stale when process ``PID`` no longer runs and it was
    last written more than :data:`STALE_AFTER` seconds ago.
    """
    directory = path.parent if str(path.parent) else Path(".")
    prefix = f".{path.name}."
    removed: list[Path] = []
    try:
        candidates = [
            e
            for e in os.scandir(directory)
            if e.name.startswith(prefix) and e.name.endswith(_TMP_SUFFIX)
        ]
    except OSError:
        return removed
    now = time.time()
    for entry in candidates:
        pid_text = entry.name[len(prefix) :].split(".", 1)[0]
        if not pid_text.isdigit() or _running(int(pid_text)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STALE_AFTER:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process (or a number no process has): leave it
    return True
