"""How the interface reads and writes the vault without holding up the interface thread.

Writes: every change made through the interface goes to the opened vault's one
``VaultWriter``, a queue served by a single thread. Changes land in the order they were made;
a long write (a bundle import) simply holds the queue, so an answer typed meanwhile waits
behind it (the window shows that something is waiting) and lands after it. The interface
thread never waits on the database lock. ``change(owner, vault, edit, ...)`` is the usual
entry: ``edit(session)`` runs in one transaction on the writer thread; ``on_saved`` or
``on_failed`` then run on the interface thread, if ``owner`` still exists. A failed change
is the owner's to show where it was made, with a way to try again.

Reads: ``OwnedReads`` belongs to one widget (its Qt parent). ``run(key, work, ...)`` reads
on a pool thread and delivers the result only if the owner still exists, no newer read of
the same ``key`` started meanwhile, and the owner has not ``forget``-ed since (on lock).
``forget`` also waits for the reads still running, because locking closes the connections
they read through.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy import event

from fieldpartner.domain.revisions import RecordSession
from fieldpartner.ui.worker import BackgroundTask, TaskControl
from fieldpartner.vault import Vault

T = TypeVar("T")

# How long a lock waits for reads still running (they are interrupted by the lock).
READ_WAIT_SECONDS = 10.0
# How long closing the vault waits for queued changes to land before it locks anyway.
WRITE_WAIT_MS = 30_000

# --- writes -------------------------------------------------------------------------------


class VaultWriter(QObject):
    """The one serialised path of an opened vault's writes (see the module docstring)."""

    # How many writes are queued or running; the window shows when some wait.
    backlog_changed = Signal(int)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self._vault: Vault | None = vault
        self._key = id(vault)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer: changes land in the order made
        self._pool.setObjectName("vaultWriter")
        self._tasks: list[BackgroundTask] = []
        self._long: set[BackgroundTask] = set()

    @property
    def backlog(self) -> int:
        return len(self._tasks)

    @property
    def long_write_running(self) -> bool:
        """A long write (an import) holds the queue: changes made now land after it."""
        return bool(self._long)

    def submit(
        self,
        work: Callable[[TaskControl], T],
        *,
        owner: QObject | None,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[str, BaseException], None] | None = None,
        progress_label: str | None = None,
        cancellable: bool = False,
        long: bool = False,
        parent: QWidget | None = None,
    ) -> BackgroundTask:
        """Queue ``work(control)``, which writes through the vault itself (an import)."""
        if self._vault is None:
            raise RuntimeError("the vault's writer is closed")
        task = BackgroundTask(
            work,
            on_success=on_success,
            on_failure=on_failure,
            progress_label=progress_label,
            cancellable=cancellable,
            parent=parent,
            pool=self._pool,
            owner=owner,
        )
        self._tasks.append(task)
        if long:
            self._long.add(task)
        task.ended.connect(lambda: self._ended(task))
        task.start()
        self.backlog_changed.emit(len(self._tasks))
        return task

    def change(
        self,
        owner: QObject | None,
        edit: Callable[[RecordSession], T],
        *,
        on_saved: Callable[[T], None] | None = None,
        on_failed: Callable[[str, BaseException], None] | None = None,
        author: str | None = None,
    ) -> BackgroundTask:
        """Queue ``edit(session)``, run in one transaction of its own (all or nothing)."""
        vault = self._vault
        if vault is None:
            raise RuntimeError("the vault's writer is closed")

        def work(_control: TaskControl) -> T:
            with vault.transaction(author) as session:
                return edit(session)

        return self.submit(work, owner=owner, on_success=on_saved, on_failure=on_failed)

    def _ended(self, task: BackgroundTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self._long.discard(task)
        self.backlog_changed.emit(len(self._tasks))

    def wait_landed(self, timeout_ms: int = WRITE_WAIT_MS) -> bool:
        """Wait until the changes queued so far have landed; True if they did in time."""
        return self._pool.waitForDone(timeout_ms)

    def close(self, timeout_ms: int = WRITE_WAIT_MS) -> bool:
        """Before the vault locks: cancel long writes (each is all or nothing), let the
        queued changes land, and refuse new ones. True if everything ended in time."""
        for task in list(self._long):
            task.cancel()
        done = self._pool.waitForDone(timeout_ms)
        # Deliver what just finished (a field's saved mark) while the window still exists:
        # the queued signals only, not the layouts and repaints the lock's emptying of
        # every page has just posted (30-80 ms on a large vault, for a window that closes).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        self._vault = None
        if _WRITERS.get(self._key) is self:
            del _WRITERS[self._key]
        return done


# One writer per opened vault object, made when first asked for and closed before the lock.
_WRITERS: dict[int, VaultWriter] = {}
_VAULTS: weakref.WeakValueDictionary[int, Vault] = weakref.WeakValueDictionary()


def writer_of(vault: Vault) -> VaultWriter:
    """The opened vault's writer (made at the first write)."""
    key = id(vault)
    writer = _WRITERS.get(key)
    if writer is None or _VAULTS.get(key) is not vault:
        writer = VaultWriter(vault)
        _WRITERS[key] = writer
        _VAULTS[key] = vault
    return writer


def close_writer(vault: Vault, timeout_ms: int = WRITE_WAIT_MS) -> bool:
    """Let the vault's queued changes land before it locks (see ``VaultWriter.close``)."""
    writer = _WRITERS.get(id(vault))
    if writer is None or _VAULTS.get(id(vault)) is not vault:
        return True
    return writer.close(timeout_ms)


def change(
    owner: QObject,
    vault: Vault,
    edit: Callable[[RecordSession], T],
    *,
    on_saved: Callable[[T], None] | None = None,
    on_failed: Callable[[str, BaseException], None] | None = None,
    author: str | None = None,
) -> BackgroundTask:
    """Queue one change of ``vault`` on its writer (see ``VaultWriter.change``)."""
    return writer_of(vault).change(
        owner, edit, on_saved=on_saved, on_failed=on_failed, author=author
    )


# --- reads --------------------------------------------------------------------------------


class OwnedReads(QObject):
    """The background reads of one widget, which is this object's Qt parent."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.setObjectName("ownedReads")
        self._latest: dict[str, BackgroundTask] = {}
        self._running: set[threading.Event] = set()
        self._mutex = threading.Lock()

    def run(
        self,
        key: str,
        work: Callable[[TaskControl], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[str, BaseException], None] | None = None,
        *,
        progress_label: str | None = None,
        cancellable: bool = True,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> BackgroundTask:
        """Read with ``work`` off the interface thread; a later ``run`` of the same ``key``
        supersedes this one (only the newest result is delivered)."""
        finished = threading.Event()
        with self._mutex:
            self._running.add(finished)

        def tracked(control: TaskControl) -> T:
            try:
                return work(control)
            finally:
                with self._mutex:
                    self._running.discard(finished)
                finished.set()

        ran: list[BackgroundTask] = []
        succeeded, failed = self._reporters(key, ran, on_success, on_failure)
        task = BackgroundTask(
            tracked,
            on_success=succeeded,
            on_failure=failed,
            progress_label=progress_label,
            cancellable=cancellable,
            parent=parent,
            pool=pool,
            owner=self,
        )
        ran.append(task)
        self._latest[key] = task
        return task.start()

    def queue_write(
        self,
        key: str,
        vault: Vault,
        work: Callable[[TaskControl], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[str, BaseException], None] | None = None,
        *,
        progress_label: str | None = None,
        cancellable: bool = False,
        long: bool = False,
        parent: QWidget | None = None,
    ) -> BackgroundTask:
        """Queue ``work`` on the vault's writer (an export, an import), reporting back like
        ``run``: only while the owner exists and has not forgotten since."""
        ran: list[BackgroundTask] = []
        succeeded, failed = self._reporters(key, ran, on_success, on_failure)
        task = writer_of(vault).submit(
            work,
            owner=self,
            on_success=succeeded,
            on_failure=failed,
            progress_label=progress_label,
            cancellable=cancellable,
            long=long,
            parent=parent,
        )
        ran.append(task)
        self._latest[key] = task
        return task

    def _reporters(
        self,
        key: str,
        ran: list[BackgroundTask],
        on_success: Callable[[T], None],
        on_failure: Callable[[str, BaseException], None] | None,
    ) -> tuple[Callable[[T], None], Callable[[str, BaseException], None] | None]:
        """The callbacks a task reports through: each delivers only if the task (``ran[0]``,
        set once it exists) is still the newest of ``key``."""

        def succeeded(result: T) -> None:
            self._deliver(key, ran[0], on_success, result)

        if on_failure is None:
            return succeeded, None
        report = on_failure

        def failed(message: str, exc: BaseException) -> None:
            self._deliver_failure(key, ran[0], report, message, exc)

        return succeeded, failed

    def current(self, key: str) -> BackgroundTask | None:
        """The newest read of ``key`` if it is still running."""
        task = self._latest.get(key)
        return task if task is not None and task.is_running else None

    def _deliver(
        self, key: str, task: BackgroundTask, callback: Callable[[T], None], result: T
    ) -> None:
        if self._latest.get(key) is task:
            del self._latest[key]
            callback(result)

    def _deliver_failure(
        self,
        key: str,
        task: BackgroundTask,
        callback: Callable[[str, BaseException], None],
        message: str,
        exc: BaseException,
    ) -> None:
        if self._latest.get(key) is task:
            del self._latest[key]
            callback(message, exc)

    def drop(self, key: str | None = None) -> None:
        """Forget the results of running reads (of ``key``, or all) without waiting."""
        tasks = [self._latest.pop(key, None)] if key is not None else list(self._latest.values())
        if key is None:
            self._latest.clear()
        for task in tasks:
            if task is not None and task.is_running:
                task.cancel()

    def forget(self, timeout: float = READ_WAIT_SECONDS) -> bool:
        """Drop every pending result and wait for running reads to end (before a lock);
        True if all ended within ``timeout``."""
        self.drop()
        deadline = time.monotonic() + timeout
        while True:
            with self._mutex:
                pending = next(iter(self._running), None)
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
    event.listen(session, "do_orm_execute", _fetch_in_chunks)
    return session
