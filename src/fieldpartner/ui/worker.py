"""The one way the interface runs long work (key derivation, demo data, later imports and
reports) off the UI thread.

``run_in_background`` takes a plain-Python function, runs it on a ``QThreadPool`` thread and
calls back on the UI thread: ``on_success(result)`` or ``on_failure(message, exc)`` with a
message a person can read. The function receives a ``TaskControl``: it reports progress with
``control.progress(done, total)`` and may check ``control.cancelled``; once the user has
pressed Cancel, ``progress`` raises ``Cancelled`` so a loop that reports progress stops at
its next step without further code. An optional progress dialog shows the progress and
offers Cancel.

With an ``owner`` (a widget, or any QObject), the callbacks run only while the owner still
exists: a page or dialog closed meanwhile is simply not told. Unexpected failures are
written to the application's log (type and frames only, see ``fieldpartner.logs``) as well
as reported to ``on_failure``.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldpartner.domain.validation import ValidationError
from fieldpartner.sync.errors import SyncError
from fieldpartner.ui.problems import refusal_text
from fieldpartner.vault.errors import VaultBusy, VaultError, VaultUnavailable

logger = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user cancelled the work before it finished."""


class TaskControl:
    """Handed to the background function: progress reporting and the cancel flag."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self.cancel_event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        """Report progress (thread-safe); raises ``Cancelled`` once the user cancelled."""
        self.check_cancelled()
        self._report(int(done), int(total))


def describe_failure(exc: BaseException) -> str:
    """A message a person can act on; unexpected errors are named, not dumped."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("BackgroundTask", "Cancelled.")
    if isinstance(exc, VaultError | ValidationError | SyncError) or is_refusal(exc):
        return refusal_text(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if exc.filename:
            return QCoreApplication.translate("BackgroundTask", "{reason}: {file}").format(
                reason=reason, file=exc.filename
            )
        return reason
    # Looked up, not imported: without the database code loaded (the start dialog shows
    # before it) no failure can be one of its errors.
    database_errors = sys.modules.get("sqlalchemy.exc")
    if database_errors is not None and isinstance(exc, database_errors.OperationalError):
        # The driver's code (SQLCipher's, or PostgreSQL's at HQ) or its own words (never
        # record text) tell a busy database from a full disk or a server gone.
        engine = sys.modules.get("fieldpartner.vault.engine")
        failure = engine.database_failure(exc) if engine is not None else None
        reason = str(getattr(exc, "orig", "") or "").lower()
        if "full" in reason:
            return QCoreApplication.translate(
                "BackgroundTask", "The disk is full: the change could not be written."
            )
        if isinstance(failure, VaultBusy) or "locked" in reason or "busy" in reason:
            return QCoreApplication.translate(
                "BackgroundTask",
                "The vault stayed busy with other work too long: the change is not saved yet.",
            )
        if isinstance(failure, VaultUnavailable):
            return QCoreApplication.translate(
                "BackgroundTask",
                "The database cannot be reached now: the change is not saved yet.",
            )
        return QCoreApplication.translate(
            "BackgroundTask", "The vault could not be written ({kind})."
        ).format(kind=type(exc).__name__)
    return QCoreApplication.translate(
        "BackgroundTask",
        "Something went wrong ({kind}). Please try again; Help → Problem report has the details.",
    ).format(kind=type(exc).__name__)


def is_refusal(exc: BaseException) -> bool:
    """A rule of the product refused the work (``AssessmentError``, ``PlanError``,
    ``NotFound``...): its message is written for the person and says what to change."""
    return isinstance(exc, ValueError | LookupError) and type(exc).__module__.startswith(
        "fieldpartner."
    )


def is_expected_failure(exc: BaseException) -> bool:
    """Failures the user caused or can act on (a wrong input, a cancel, a missing file),
    which are reported to them but are not a fault of the program to log."""
    return isinstance(
        exc, Cancelled | VaultError | ValidationError | FileNotFoundError
    ) or is_refusal(exc)


class _Job:
    """What a worker thread holds of a task: the work, its control and the task's number.

    Never the task itself. A task is a Qt object of the interface thread; were the worker
    the last to let go of it (after the interface thread delivered its result), Qt would
    destroy it on the worker thread while the interface thread may still be using it.
    """

    __slots__ = ("control", "number", "work")

    def __init__(self, number: int, work: Callable[[TaskControl], Any], control: TaskControl):
        self.number = number
        self.work: Callable[[TaskControl], Any] | None = work
        self.control = control

    def run(self) -> None:
        work, self.work = self.work, None
        try:
            assert work is not None
            result = work(self.control)
        except BaseException as exc:  # reported to the UI thread, never lost in the thread
            if not is_expected_failure(exc):
                # The formatter of fieldpartner.logs keeps the type and frames, never the
                # message (which may quote a record).
                logger.error("background task failed", exc_info=exc)
            _relay().finished.emit(self.number, False, exc)
        else:
            _relay().finished.emit(self.number, True, result)


class _Runnable(QRunnable):
    def __init__(self, job: _Job) -> None:
        super().__init__()
        self._job: _Job | None = job

    def run(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.run()


class _Relay(QObject):
    """Carries every task's progress and end from worker threads to the interface thread,
    where it hands them to the task by its number. One for the process, never destroyed."""

    progressed = Signal(int, int, int)
    finished = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, BackgroundTask] = {}
        self.progressed.connect(self._progressed)
        self.finished.connect(self._finished)

    @Slot(int, int, int)
    def _progressed(self, number: int, done: int, total: int) -> None:
        task = self.tasks.get(number)
        if task is not None:
            task._show_progress(done, total)

    @Slot(int, bool, object)
    def _finished(self, number: int, ok: bool, payload: object) -> None:
        task = self.tasks.pop(number, None)
        if task is not None:
            task._deliver(ok, payload)


_RELAY: list[_Relay] = []
_NUMBERS = itertools.count(1)


def _relay() -> _Relay:
    """The process's relay, made on the interface thread by the first task started."""
    if not _RELAY:
        relay = _Relay()
        application = QCoreApplication.instance()
        if application is not None:
            relay.moveToThread(application.thread())
        _RELAY.append(relay)
    return _RELAY[0]


class BackgroundTask(QObject):
    """One piece of work running off the UI thread; see ``run_in_background``."""

    # After the callbacks (or instead of them, when the owner is gone): the task is over.
    ended = Signal()

    def __init__(
        self,
        work: Callable[[TaskControl], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str, BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        progress_label: str | None = None,
        cancellable: bool = True,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._owner_alive = True
        if owner is not None:
            owner.destroyed.connect(self._owner_destroyed)
        self._work: Callable[[TaskControl], Any] | None = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._pool = pool or QThreadPool.globalInstance()
        self._number = next(_NUMBERS)
        relay = _relay()
        number = self._number
        self.control = TaskControl(lambda done, total: relay.progressed.emit(number, done, total))
        self._running = False
        self._dialog: QProgressDialog | None = None
        if progress_label is not None:
            self._dialog = self._make_dialog(progress_label, cancellable, parent)

    def _make_dialog(
        self, label: str, cancellable: bool, parent: QWidget | None
    ) -> QProgressDialog:
        cancel_text = QCoreApplication.translate("BackgroundTask", "Cancel") if cancellable else ""
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        dialog.setObjectName("backgroundProgress")
        dialog.setAccessibleName(label)
        dialog.setWindowTitle(QCoreApplication.translate("BackgroundTask", "Please wait"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        return dialog

    @Slot()
    def _owner_destroyed(self) -> None:
        self._owner_alive = False

    @property
    def owner_alive(self) -> bool:
        return self._owner_alive

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    def start(self) -> BackgroundTask:
        assert self._work is not None, "a task starts once"
        self._running = True
        # Until its result is delivered the relay keeps the task, whoever started it.
        _relay().tasks[self._number] = self
        if self._dialog is not None:
            self._dialog.show()
        job = _Job(self._number, self._work, self.control)
        self._work = None
        self._pool.start(_Runnable(job))
        return self

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next progress report or check."""
        self.control.cancel_event.set()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("BackgroundTask", "Cancelling…"))

    def _show_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _deliver(self, ok: bool, payload: Any) -> None:
        self._running = False
        try:
            if not self._owner_alive:
                pass  # the widget that asked is gone: nobody to tell
            elif ok:
                if self._on_success is not None:
                    self._on_success(payload)
            elif self._on_failure is not None:
                self._on_failure(describe_failure(payload), payload)
        finally:
            # Closed after the callbacks, which may open the next window: closing the only
            # visible window first would let Qt quit the application.
            if self._dialog is not None:
                self._dialog.canceled.disconnect(self.cancel)
                self._dialog.close()
                self._dialog.deleteLater()
                self._dialog = None
            # Drop the work and callbacks: their closures may hold a passphrase.
            self._work = self._on_success = self._on_failure = self._on_progress = None
            self.ended.emit()


def run_in_background(
    work: Callable[[TaskControl], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[str, BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    progress_label: str | None = None,
    cancellable: bool = True,
    parent: QWidget | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> BackgroundTask:
    """Start ``work(control)`` on a pool thread; callbacks run later on the UI thread
    (only while ``owner``, if given, still exists).

    With ``progress_label`` a progress dialog is shown until the work ends; it offers
    Cancel when ``cancellable``. Returns the running task (``cancel()``, ``is_running``).
    """
    return BackgroundTask(
        work,
        on_success=on_success,
        on_failure=on_failure,
        on_progress=on_progress,
        progress_label=progress_label,
        cancellable=cancellable,
        parent=parent,
        pool=pool,
        owner=owner,
    ).start()
