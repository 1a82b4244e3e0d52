"""Keeps track of a page's reads running in worker threads, so that ``forget`` can wait
for them to end before the vault locks (locking closes the database connections, and a
connection must not be closed under a thread still reading through it)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

WAIT_SECONDS = 10.0


class PendingReads:
    def __init__(self) -> None:
        self._pending: set[threading.Event] = set()
        self._lock = threading.Lock()

    def track(self, work: Callable[[Any], T]) -> Callable[[Any], T]:
        """``work`` wrapped so that ``wait`` knows when it has ended."""
        finished = threading.Event()
        with self._lock:
            self._pending.add(finished)

        def run(control: Any) -> T:
            try:
                return work(control)
            finally:
                with self._lock:
                    self._pending.discard(finished)
                finished.set()

        return run

    def wait(self, timeout: float = WAIT_SECONDS) -> bool:
        """Block until every tracked read has ended (True) or ``timeout`` passed (False)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                pending = next(iter(self._pending), None)
            if pending is None:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not pending.wait(remaining):
                return False


# Rows per fetch for reads in a worker thread. SQLAlchemy turns a whole result into rows
# and objects in compiled code that keeps the GIL; on 20,000 actions that held the UI
# thread up for 150-200 ms. Fetching in chunks lets it run between them.
CHUNK_ROWS = 300


def _fetch_in_chunks(state: Any) -> None:
    if state.is_select and "yield_per" not in state.execution_options:
        state.update_execution_options(yield_per=CHUNK_ROWS)


def read_in_chunks(session: Any) -> Any:
    """Make every ORM read of ``session`` fetch ``CHUNK_ROWS`` rows at a time, for long
    lists. (Not for ``session.get``: SQLAlchemy refuses chunks with its unique rows.)"""
    from sqlalchemy import event

    event.listen(session, "do_orm_execute", _fetch_in_chunks)
    return session
