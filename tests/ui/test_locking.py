"""Locking when the user walks away or the system sleeps, and the emergency wipe."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from ui_helpers import PASSPHRASE

from fieldpartner.app import AppShell
from fieldpartner.domain.partners import add_partner
from fieldpartner.ui.common.preferences import LANGUAGE_KEY, PAPER_KEY, RECENT_KEY, REMEMBER_KEY
from fieldpartner.ui.idle_lock import (
    DEFAULT_IDLE_MINUTES,
    IdleLock,
    SystemLockWatcher,
)
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.settings_dialog import SettingsDialog
from fieldpartner.ui.wipe_dialog import WipeDialog
from fieldpartner.vault import is_vault
from fieldpartner.vault.security import security_policy


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot, vault, settings) -> MainWindow:
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_lock_fires_after_the_timeout_and_locks_the_vault(qtbot, vault, settings):
    window = _window(qtbot, vault, settings)
    assert window.idle_lock.timeout_ms == DEFAULT_IDLE_MINUTES * 60_000
    assert window.countdown_label.text() == "Locks in 05:00"
    window.idle_lock.set_timeout_ms(300)
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert vault.is_locked
    assert window.countdown_label.text() == ""
    assert not window.idle_lock.active


def test_user_input_anywhere_postpones_the_idle_lock(qtbot):
    lock = IdleLock(1000)
    lock.start()
    try:
        fired = []
        lock.timed_out.connect(lambda: fired.append(True))
        target = QApplication.instance()
        for _ in range(5):
            qtbot.wait(300)
            event = QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(1, 1),
                QPointF(1, 1),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(target, event)
        assert not fired  # 1.5 s passed, but never 1 s without input
        qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    finally:
        lock.stop()


def test_system_sleep_or_screen_lock_locks_and_no_bus_is_harmless(qtbot, vault, settings):
    watcher = SystemLockWatcher()  # in tests there is no system or session bus
    assert isinstance(watcher.connected, list)
    window = _window(qtbot, vault, settings)
    window.system_lock.prepare_for_sleep(False)  # waking up does nothing
    assert not vault.is_locked
    with qtbot.waitSignal(window.locked, timeout=1000):
        window.system_lock.screen_saver_changed(True)
    assert vault.is_locked


def test_settings_dialog_stores_preferences_and_applies_the_timeout(qtbot, vault, settings):
    window = _window(qtbot, vault, settings)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.idle_minutes.setValue(2)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    settings.setValue(RECENT_KEY, ["/somewhere/Field.fpvault"])
    dialog.remember_recent.setChecked(False)
    dialog.passphrase.setText(PASSPHRASE)  # security settings need it again
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.accept()
    assert security_policy(vault).lock_after_minutes == 2
    assert settings.value(PAPER_KEY) == "Letter"
    assert settings.value(LANGUAGE_KEY) == "ar"
    assert settings.value(RECENT_KEY) is None
    assert window.idle_lock.timeout_ms == 2 * 60_000


def test_wipe_needs_the_typed_word_then_destroys_the_vault(qtbot, vault, settings):
    with vault.transaction() as session:
        add_partner(session, name="Wiped Partner")
    path = vault.path
    settings.setValue(REMEMBER_KEY, True)
    settings.setValue(RECENT_KEY, [str(path), "/elsewhere/Other.fpvault"])
    shell = AppShell(settings)
    shell.show_main(vault)
    window = shell.main_window
    qtbot.addWidget(window)

    window.wipe_action.trigger()
    dialog = window.findChild(WipeDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "wipe")  # the word must be typed as shown
    assert not dialog.wipe_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "WIPE")
    assert dialog.wipe_button.isEnabled()
    with qtbot.waitSignal(window.wiped, timeout=3000):
        qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)

    assert vault.is_locked
    assert not is_vault(path)
    assert not (path / "vault.db").exists()
    assert settings.value(RECENT_KEY) is None  # no vault's path is remembered after a wipe
    start = shell.start_dialog
    assert start is not None and start.isVisible()
    qtbot.addWidget(start)
    assert start.vault_path.text() == ""
    shell.shutdown()


def test_cancelled_wipe_changes_nothing(qtbot, vault, settings):
    window = _window(qtbot, vault, settings)
    dialog = window.ask_wipe()
    dialog.reject()
    assert not vault.is_locked and is_vault(vault.path)


DBUS_SCRIPT = """
import os, subprocess
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fieldpartner.ui.idle_lock import SystemLockWatcher
watcher = SystemLockWatcher()
got = []
watcher.lock_requested.connect(lambda reason: (got.append(reason), app.quit()))
QTimer.singleShot(200, lambda: subprocess.run(["dbus-send", "--session", "--type=signal",
    "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged",
    "boolean:true"], check=True))
QTimer.singleShot(5000, app.quit)
app.exec()
print("got", got)
"""


def test_screen_lock_signal_on_a_real_session_bus(tmp_path):
    import shutil
    import subprocess
    import sys

    if not (shutil.which("dbus-run-session") and shutil.which("dbus-send")):
        pytest.skip("no D-Bus tools on this machine")
    script = tmp_path / "watch.py"
    script.write_text(DBUS_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "got ['screen-lock']" in result.stdout, result.stderr
