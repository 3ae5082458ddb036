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

import os
import stat
import tempfile
from pathlib import Path

from argmap.errors import ParseError

__all__ = ["MAX_FILE_BYTES", "read_text_file", "write_atomic"]


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
            "argmap reads; split it, or raise the limit",
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
    """Replace ``path`` with ``content`` in one step (temporary file + rename)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
