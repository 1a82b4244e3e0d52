"""File → Back up, the reminder in the status bar, and Start → Restore a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import PASSPHRASE, floor_kdf, wait_for_writes

from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.partners import add_partner, list_partners
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.start_dialog import StartDialog
from fieldpartner.ui.vault.backup_dialog import FOLDER_SETTING, BackupDialog
from fieldpartner.ui.vault.restore_dialog import RestoreDialog, vault_name_of_backup
from fieldpartner.vault import Vault
from fieldpartner.vault.backup import last_backup
from fieldpartner.vault.header import read_header
from fieldpartner.vault.vault import created_at


def backup_dialog(qtbot: QtBot, vault: Vault) -> BackupDialog:
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_backup_goes_to_the_chosen_folder_and_opens_with_the_passphrase(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        add_partner(session, name="Legal Aid Centre")
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = backup_dialog(qtbot, vault)
    assert dialog.last_label.text() == "never"
    assert not dialog.backup_button.isEnabled()
    dialog.ask_folder = lambda: str(stick)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.remind_days.setValue(14)
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as done:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert result.path.parent == stick
    assert dialog.status.text().startswith(f"Backed up and checked: {result.path} (")
    assert dialog.last_label.text() != "never"
    wait_for_writes(qtbot, vault)
    assert vault.setting(FOLDER_SETTING) == str(stick)
    assert vault.setting("backup.remind_after_days") == 14
    assert last_backup(vault) is not None
    with Vault.unlock(result.path, PASSPHRASE) as copy, copy.session() as session:
        assert [p.name for p in list_partners(session)] == ["Legal Aid Centre"]
    # The folder is offered again next time (kept inside the vault, not in QSettings).
    assert backup_dialog(qtbot, vault).folder_edit.text() == str(stick)


def test_a_missing_stick_is_said_and_nothing_written(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    dialog = backup_dialog(qtbot, vault)
    dialog.folder_edit.setText(str(tmp_path / "unplugged"))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.status.text()
        == f"{tmp_path / 'unplugged'} is not a folder (is the stick plugged in?)."
    )
    assert last_backup(vault) is None


def test_reminder_shows_after_the_days_and_goes_after_a_backup(
    qtbot: QtBot, vault: Vault, clock: FixedClock, tmp_path: Path
) -> None:
    clock.current = created_at(read_header(vault.path))
    clock.advance(days=9)
    window = MainWindow(
        vault, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    reminder = window.backup_reminder
    qtbot.waitUntil(reminder.isVisible, timeout=10_000)
    assert reminder.text() == "No backup for 9 days: back up now…"
    qtbot.mouseClick(reminder, Qt.MouseButton.LeftButton)
    dialog = window.findChild(BackupDialog)
    assert dialog is not None
    dialog.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=10_000)
    window.lock()


def test_restore_from_the_start_dialog_keeps_the_vault_that_was_there(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = backup_dialog(qtbot, vault)
    dialog.folder_edit.setText(str(stick))
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as done:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    backup = done.args[0].path
    assert vault_name_of_backup(backup) == "Field.fpvault"
    with vault.transaction() as session:
        add_partner(session, name="Made After The Backup")
    wait_for_writes(qtbot, vault)
    path = vault.path
    vault.lock()

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start = StartDialog(settings, kdf=floor_kdf, vault_path=path)
    qtbot.addWidget(start)
    start.show()
    restore = start.ask_restore()
    assert restore.target_edit.text() == str(path)
    restore.ask_backup = lambda: str(backup)
    qtbot.mouseClick(restore.choose_backup, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(restore.passphrase, "wrong passphrase")
    qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in restore.status.text(), timeout=20_000)
    qtbot.keyClicks(restore.passphrase, PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=20_000):
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
    assert restore.set_aside is not None
    assert start.unlock_feedback.text() == (
        "The backup is restored. Unlock it with its passphrase. "
        f"The vault that was there is kept as {restore.set_aside}."
    )
    with Vault.unlock(path, PASSPHRASE) as restored, restored.session() as session:
        assert list_partners(session) == []
    with Vault.unlock(restore.set_aside, PASSPHRASE) as kept, kept.session() as session:
        assert [p.name for p in list_partners(session)] == ["Made After The Backup"]


def test_backup_dialogs_fit_a_small_screen_right_to_left(qtbot: QtBot, vault: Vault) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for dialog in (backup_dialog(qtbot, vault), RestoreDialog()):
            qtbot.addWidget(dialog)
            assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
            hint = dialog.sizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768 - 60
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
