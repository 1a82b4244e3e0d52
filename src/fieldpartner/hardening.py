"""Process hardening: no core dumps, which would hold the key and records in clear; and,
on lock, no record text left in the process's own caches.
"""

from __future__ import annotations

import contextlib
import gc
import re
import sys
from collections.abc import Callable

# Functions that empty a cache of record text, registered by the module that owns the
# cache (``reports.text`` registers its shaped lines), so this module needs none of them.
_RECORD_CACHES: list[Callable[[], None]] = []


def register_record_cache(forget: Callable[[], None]) -> None:
    """Have ``forget`` called on every lock; the owner of a cache of record text calls this
    once, when it is imported."""
    if forget not in _RECORD_CACHES:
        _RECORD_CACHES.append(forget)


def disable_core_dumps() -> None:
    """Set the core-file size limit to zero where the platform has one (POSIX)."""
    try:
        import resource
    except ImportError:  # Windows: no core files in this sense
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def forget_record_caches(*, collect: bool = True) -> None:
    """Empty every process-wide cache that can hold record text, after a lock.

    - every registered cache (``register_record_cache``): shaped lines of report text
      (``reports.text``, up to 4,096 lines);
    - compiled regular expressions (``re`` keeps the patterns, which may be search text);
    - the last uncaught exception (``sys.last_value`` and its traceback keep the frames'
      local values, record text among them);
    then (with ``collect``) a full collection, so that cycles still holding records (a
    closed session's objects) are freed now rather than whenever the collector next runs.
    The window collects in the next turn of the event loop instead: the collection takes
    40-60 ms, which should not add to the lock's own step.
    """
    for forget in _RECORD_CACHES:
        forget()
    re.purge()
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            setattr(sys, name, None)
    if collect:
        gc.collect()
