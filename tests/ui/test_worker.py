"""The background helper: results, readable failures, progress and cancel."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QRunnable, QThread
from PySide6.QtWidgets import QPushButton

from fieldpartner.ui.worker import (
    BackgroundTask,
    Cancelled,
    TaskControl,
    describe_failure,
    run_in_background,
)
from fieldpartner.vault.errors import VaultHeaderError


def test_work_runs_off_the_ui_thread_and_result_arrives_on_it(qtbot):
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(_control: TaskControl) -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_on_ui"] = QThread.currentThread() is ui_thread

    task = run_in_background(work, on_success=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["callback_on_ui"] is True
    assert seen["work_thread"] != threading.get_ident()
    assert not task.is_running


def test_failure_is_reported_with_a_readable_message(qtbot):
    failures: list[tuple[str, BaseException]] = []

    def work(_control: TaskControl) -> None:
        raise VaultHeaderError("vault.json is empty (the vault header was truncated or wiped)")

    run_in_background(work, on_failure=lambda message, exc: failures.append((message, exc)))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    message, exc = failures[0]
    assert message == "vault.json is empty (the vault header was truncated or wiped)"
    assert isinstance(exc, VaultHeaderError)


def test_unexpected_errors_are_named_not_dumped(qtbot):
    failures: list[str] = []

    def work(_control: TaskControl) -> None:
        raise KeyError("secret partner name")

    run_in_background(work, on_failure=lambda message, _exc: failures.append(message))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "KeyError" in failures[0]
    assert "secret partner name" not in failures[0]


def test_progress_dialog_shows_progress_and_cancel_stops_the_work(qtbot):
    started = threading.Event()
    release = threading.Event()
    progress: list[tuple[int, int]] = []
    failures: list[BaseException] = []

    def work(control: TaskControl) -> str:
        control.progress(1, 10)
        started.set()
        release.wait(5)
        for step in range(2, 11):
            control.progress(step, 10)  # raises Cancelled once the user cancelled
        return "finished"

    task = run_in_background(
        work,
        on_success=lambda _result: None,
        on_failure=lambda _message, exc: failures.append(exc),
        on_progress=lambda done, total: progress.append((done, total)),
        progress_label="Working…",
    )
    dialog = task.progress_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: progress == [(1, 10)], timeout=5000)
    assert dialog.maximum() == 10 and dialog.value() == 1
    dialog.findChild(QPushButton).click()
    release.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], Cancelled)
    assert task.progress_dialog is None
    assert describe_failure(failures[0]) == "Cancelled."


def test_no_worker_thread_holds_its_task(qtbot):
    """A task is a Qt object of the interface thread. If what runs on the worker thread
    held it, the worker could drop the last reference after the interface thread delivered
    the result, and Qt would destroy the task on the wrong thread while the interface
    thread may still use it (a crash seen once in a full test run)."""
    seen: dict[str, list[str]] = {}

    def work(_control: TaskControl) -> None:
        runnables = [item for item in gc.get_objects() if isinstance(item, QRunnable)]
        seen["holders"] = [
            type(runnable).__name__
            for runnable in runnables
            if any(isinstance(held, BackgroundTask) for held in gc.get_referents(runnable))
            or any(
                isinstance(held, BackgroundTask)
                for held in gc.get_referents(getattr(runnable, "__dict__", {}))
            )
        ]

    run_in_background(work)
    qtbot.waitUntil(lambda: "holders" in seen, timeout=5000)
    assert seen["holders"] == []


def test_hq_database_failures_are_told_apart_for_the_person_who_made_the_change():
    # At HQ (PostgreSQL) a deadlock with another person's work is worth another try; a
    # server gone is not. Neither is "could not be written (OperationalError)".
    import psycopg
    from sqlalchemy.exc import OperationalError

    import fieldpartner.vault.engine  # noqa: F401  (loaded once a database is open)

    def wrapped(error: Exception) -> OperationalError:
        return OperationalError("UPDATE partners SET name = %(name)s", {}, error)

    deadlock = wrapped(psycopg.errors.DeadlockDetected("deadlock detected"))
    assert describe_failure(deadlock) == (
        "The vault stayed busy with other work too long: the change is not saved yet."
    )
    gone = wrapped(psycopg.OperationalError("server closed the connection unexpectedly"))
    assert describe_failure(gone) == (
        "The database cannot be reached now: the change is not saved yet."
    )
