"""Process hardening at start-up: no core dumps, which would hold the key and records in clear."""

from __future__ import annotations

import contextlib


def disable_core_dumps() -> None:
    """Set the core-file size limit to zero where the platform has one (POSIX)."""
    try:
        import resource
    except ImportError:  # Windows: no core files in this sense
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
