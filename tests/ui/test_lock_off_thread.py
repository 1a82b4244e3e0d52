"""The window's lock does not wait for SQLCipher to close its connections: the window is
emptied and closed, and the vault refuses every statement, before the connections are
closed on a thread of their own."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from fieldpartner.domain.partners import add_partner
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.vault.backup_dialog import BackupReminder
from fieldpartner.vault import VaultDatabaseError
from fieldpartner.vault import engine as engine_module

WAIT = 15_000


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_lock_hides_at_once_and_closes_the_connections_off_the_interface_thread(
    qtbot, vault, settings, monkeypatch
):
    with vault.transaction() as session:
        add_partner(session, name="Lakeside Legal Aid")
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 1, timeout=WAIT)
    closed_on: list[str] = []
    release = threading.Event()
    original = engine_module._close

    def held_close(connection: object) -> None:
        # Hold the closing until the test has looked at the window: had the lock closed
        # the connections on the interface thread, it would never have returned.
        closed_on.append(threading.current_thread().name)
        assert release.wait(WAIT / 1000)
        original(connection)

    monkeypatch.setattr(engine_module, "_close", held_close)

    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.lock_action.trigger()

    assert vault.is_locked and window.vault is None
    assert not window.isVisible()
    assert window.partner_model.rowCount() == 0
    assert not window.wait_closed(timeout=0)  # still closing, held above
    release.set()
    assert window.wait_closed(timeout=WAIT / 1000)
    assert closed_on and threading.main_thread().name not in closed_on


# About 1.5 s of SQLite's work: a read still running when the lock comes.
LONG_READ = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000) "
    "SELECT count(*) FROM c"
)


def test_lock_interrupts_a_read_still_running_then_waits_for_it(qtbot, vault, settings):
    # Pages used to wait for their running reads before the vault locked: the interface
    # thread waited for the rest of each read. The lock now interrupts them, then waits.
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)
    started = threading.Event()
    ended: list[str] = []

    def long_read(_control: object) -> None:
        with vault.session() as session:
            started.set()
            try:
                session.execute(text(LONG_READ)).scalar()
                ended.append("read to the end")
            except (OperationalError, VaultDatabaseError):  # interrupted, or told why
                ended.append("interrupted")

    delivered: list[object] = []
    window.partner_model.reads.run("long", long_read, delivered.append, delivered.append)
    assert started.wait(WAIT / 1000)

    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.lock_action.trigger()

    assert ended == ["interrupted"]  # by the lock, and over before the lock returned
    assert window.wait_closed(timeout=WAIT / 1000)
    QCoreApplication.processEvents()  # any queued report would arrive now
    assert delivered == []  # a forgotten read reports nothing


def test_a_lock_before_the_windows_first_turn_starts_no_read(qtbot, vault, settings, monkeypatch):
    # The window's first reads wait for its first turn. Locked before that turn, it must
    # not start them while locking (a read started after the pages forgot theirs would
    # use the connections the lock is closing).
    refreshed: list[bool] = []
    monkeypatch.setattr(BackupReminder, "refresh", lambda self: refreshed.append(vault.is_locked))
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    QCoreApplication.processEvents()
    assert vault.is_locked and refreshed == []
    assert window.partner_model.reads.current("page") is None
