"""Guards for fuzz tests: a generous wall-clock limit that turns a hang into a failure."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Hang(AssertionError):
    """The code under test ran past its limit: treated as a hang, not slowness."""


@contextmanager
def no_hang(seconds: int, what: str) -> Iterator[None]:
    """Fail with :class:`Hang` when the block runs longer than ``seconds``.

    The limit is far above the normal running time: it catches loops that
    never end (exponential backtracking, runaway recursion), not slow code.
    Works on the main thread of a POSIX process; elsewhere it does nothing.
    """
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"{what} did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
