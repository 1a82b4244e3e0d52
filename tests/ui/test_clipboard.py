"""Record text copied from the window leaves the clipboard 30 s later and when the vault
locks, unless something else was copied since."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from fieldpartner.ui.common.clipboard import CLEAR_AFTER_MS, ClipboardGuard
from fieldpartner.ui.main_window import MainWindow

SECRET = "Witness: Amina K., +254 700 000 000"


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _copy_from_a_field(qtbot, parent, text: str) -> None:
    field = QLineEdit(parent)
    field.setText(text)
    field.selectAll()
    field.copy()  # what Ctrl+C does
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == text, timeout=2000)


def _window(qtbot, vault, settings) -> MainWindow:
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.applicationState().name == "ApplicationActive")
    return window


def test_the_clipboard_is_empty_after_lock(qtbot, vault, settings):
    window = _window(qtbot, vault, settings)
    _copy_from_a_field(qtbot, window, SECRET)
    assert window.clipboard_guard.holding
    assert window.clipboard_guard.timer.interval() == CLEAR_AFTER_MS == 30_000
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_copied_text_is_cleared_after_the_delay(qtbot, vault, settings):
    window = _window(qtbot, vault, settings)
    window.clipboard_guard.timer.setInterval(200)  # 30 s in the application
    _copy_from_a_field(qtbot, window, SECRET)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    assert not window.clipboard_guard.holding
    window.lock()


def test_what_another_program_put_there_since_is_left_alone(qtbot):
    here = [True]
    guard = ClipboardGuard(clear_after_ms=60_000, copied_here=lambda: here[0])
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(SECRET)
    qtbot.waitUntil(lambda: guard.holding, timeout=2000)
    # The user copies something in another program; it is not ours to clear.
    here[0] = False
    clipboard.setText("bus timetable")
    qtbot.waitUntil(lambda: not guard.holding, timeout=2000)
    guard.clear_if_ours()
    assert clipboard.text() == "bus timetable"
    clipboard.clear()
