"""The window's lock does not wait for SQLCipher to close its connections: the window is
emptied and closed, and the vault refuses every statement, before the connections are
closed on a thread of their own."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from fieldpartner.domain.partners import add_partner
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.vault.backup_dialog import BackupReminder
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
