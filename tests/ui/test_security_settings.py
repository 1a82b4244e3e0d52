"""Security settings change in the application only after the passphrase is typed again:
lock-after time, wipe after N wrong passphrases, the duress passphrase, remembering recent
vaults. Preferences (paper, language) do not need it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from ui_helpers import PASSPHRASE

from fieldpartner.ui.common.preferences import PAPER_KEY, REMEMBER_KEY
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.settings_dialog import SettingsDialog
from fieldpartner.vault import Vault, is_vault
from fieldpartner.vault.guessing import Attempts, read_attempts, write_attempts
from fieldpartner.vault.security import duress_enabled, security_policy, set_security_policy

DURESS = "lemon tree by the old station"


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _settings_dialog(qtbot, vault, settings) -> tuple[MainWindow, SettingsDialog]:
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def _wait_done(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog._task is None and not dialog.busy.isVisible(), timeout=20_000)


def test_preferences_alone_need_no_passphrase(qtbot, vault, settings):
    window, dialog = _settings_dialog(qtbot, vault, settings)
    assert not dialog.passphrase.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.accept()
    assert settings.value(PAPER_KEY) == "Letter"
    window.lock()


def test_a_security_change_without_the_passphrase_changes_nothing(qtbot, vault, settings):
    window, dialog = _settings_dialog(qtbot, vault, settings)
    dialog.wipe_enabled.setChecked(True)
    dialog.wipe_after.setValue(7)
    dialog.remember_recent.setChecked(True)
    assert dialog.passphrase.isEnabled()
    dialog.accept()
    assert dialog.isVisible()
    assert "passphrase" in dialog.feedback.text()
    assert security_policy(vault).wipe_after is None
    assert settings.value(REMEMBER_KEY) in (None, False, "false")
    window.lock()


def test_a_wrong_passphrase_changes_nothing_and_counts_as_a_wrong_try(qtbot, vault, settings):
    window, dialog = _settings_dialog(qtbot, vault, settings)
    dialog.idle_minutes.setValue(60)
    dialog.wipe_enabled.setChecked(True)
    dialog.passphrase.setText("not the passphrase")
    dialog.accept()
    _wait_done(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.feedback.text() == "That is not the vault's passphrase. Nothing was changed."
    assert security_policy(vault) == security_policy(vault).__class__(None, 5)
    assert read_attempts(vault.path).failures == 1
    window.lock()


def test_the_right_passphrase_sets_wipe_after_and_the_lock_time(qtbot, vault, settings):
    window, dialog = _settings_dialog(qtbot, vault, settings)
    dialog.idle_minutes.setValue(15)
    dialog.wipe_enabled.setChecked(True)
    dialog.wipe_after.setValue(8)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.accept()
    assert security_policy(vault) == security_policy(vault).__class__(8, 15)
    assert window.idle_lock.timeout_ms == 15 * 60_000
    # Turned off again the same way.
    window.settings_action.trigger()
    again = [d for d in window.findChildren(SettingsDialog) if d.isVisible()][-1]
    assert again.wipe_enabled.isChecked() and again.wipe_after.value() == 8
    again.wipe_enabled.setChecked(False)
    again.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(again.accepted, timeout=20_000):
        again.accept()
    assert security_policy(vault).wipe_after is None
    window.lock()


def test_duress_is_switched_on_and_off_in_the_application(qtbot, vault, settings):
    window, dialog = _settings_dialog(qtbot, vault, settings)
    assert not dialog.duress_passphrase.isVisible()
    dialog.duress_enabled.setChecked(True)
    assert dialog.duress_passphrase.isVisible()
    dialog.duress_passphrase.setText(DURESS)
    dialog.duress_repeat.setText(DURESS + "x")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.feedback.text() == "The two duress passphrases differ."
    dialog.duress_repeat.setText(DURESS)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
    assert duress_enabled(vault)
    window.settings_action.trigger()
    again = [d for d in window.findChildren(SettingsDialog) if d.isVisible()][-1]
    assert again.duress_enabled.isChecked()
    again.duress_enabled.setChecked(False)
    again.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(again.accepted, timeout=20_000):
        again.accept()
    assert not duress_enabled(vault)
    path = vault.path
    window.lock()
    with pytest.raises(Exception, match="passphrase"):
        Vault.unlock(path, DURESS)


def test_the_last_wrong_passphrase_the_policy_allows_wipes_and_closes(qtbot, vault, settings):
    set_security_policy(vault, wipe_after=5)
    attempts = read_attempts(vault.path)
    write_attempts(vault.path, Attempts(4, None, attempts.wipe_after))
    window, dialog = _settings_dialog(qtbot, vault, settings)
    dialog.remember_recent.setChecked(True)
    dialog.passphrase.setText("not the passphrase")
    path = vault.path
    with qtbot.waitSignal(window.wiped, timeout=20_000):
        dialog.accept()
    assert vault.is_locked
    assert not is_vault(path)
