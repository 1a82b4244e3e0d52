"""Passphrases in the application: change it, open with the recovery key (naming a group
typed wrong), and show what is typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import PASSPHRASE, floor_kdf

from fieldpartner.ui.start_dialog import StartDialog
from fieldpartner.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from fieldpartner.ui.vault.recovery_unlock_dialog import RecoveryUnlockDialog
from fieldpartner.vault import Vault, WrongPassphrase
from fieldpartner.vault.header import parse_header, read_header
from fieldpartner.vault.security import duress_enabled, enable_duress


def read_header_bytes(raw: bytes) -> dict:
    return parse_header(raw).to_json()["keys"]


NEW = "glacier tundra marble kettle orbit"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # A new passphrase is derived with calibrated parameters; the floor keeps tests quick.
    monkeypatch.setattr("fieldpartner.vault.keys.calibrate", lambda *args: floor_kdf())


def change_dialog(qtbot: QtBot, vault_path: Path) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(vault_path, "Test vault")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_new(
    qtbot: QtBot, dialog: ChangePassphraseDialog | RecoveryUnlockDialog, text: str
) -> None:
    qtbot.keyClicks(dialog.new.new_passphrase, text)
    qtbot.keyClicks(dialog.new.repeat_passphrase, text)


def test_changed_passphrase_opens_the_vault_and_the_old_one_does_not(
    qtbot: QtBot, vault_path: Path, recovery_key: str
) -> None:
    dialog = change_dialog(qtbot, vault_path)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    type_new(qtbot, dialog, NEW)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    Vault.unlock(vault_path, NEW).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASSPHRASE)
    Vault.unlock_with_recovery_key(vault_path, recovery_key).lock()  # the key still works


def test_wrong_current_passphrase_changes_nothing_and_says_so(
    qtbot: QtBot, vault_path: Path
) -> None:
    before = (vault_path / "vault.json").read_bytes()
    dialog = change_dialog(qtbot, vault_path)
    qtbot.keyClicks(dialog.current, "not the passphrase at all")
    type_new(qtbot, dialog, NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in dialog.feedback.text(), timeout=20_000)
    assert dialog.feedback.text() == "The current passphrase is not right. Nothing was changed."
    assert dialog.isVisible() and dialog.current.text() == ""
    assert read_header(vault_path).to_json()["keys"] == read_header_bytes(before)
    Vault.unlock(vault_path, PASSPHRASE).lock()


def test_weak_or_differing_new_passphrase_cannot_be_used(qtbot: QtBot, vault_path: Path) -> None:
    dialog = change_dialog(qtbot, vault_path)
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    type_new(qtbot, dialog, "password1")
    assert not dialog.ok_button.isEnabled()
    assert dialog.new.hint.text() == "Too easy to guess: use four or more unrelated words."
    dialog.new.clear()
    qtbot.keyClicks(dialog.new.new_passphrase, NEW)
    qtbot.keyClicks(dialog.new.repeat_passphrase, NEW + "x")
    assert dialog.new.hint.text() == "The two passphrases differ."
    assert not dialog.ok_button.isEnabled()


def test_show_passphrase_shows_every_field_as_text(qtbot: QtBot, vault_path: Path) -> None:
    dialog = change_dialog(qtbot, vault_path)
    fields = [dialog.current, dialog.new.new_passphrase, dialog.new.repeat_passphrase]
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Password}
    dialog.show_passphrase.click()
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Normal}
    dialog.show_passphrase.click()
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Password}


def recovery_dialog(qtbot: QtBot, vault_path: Path) -> RecoveryUnlockDialog:
    dialog = RecoveryUnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_group_typed_wrong_is_named_as_it_is_typed(
    qtbot: QtBot, vault_path: Path, recovery_key: str
) -> None:
    dialog = recovery_dialog(qtbot, vault_path)
    groups = recovery_key.split("-")
    typo = groups[2][:3] + "U"
    qtbot.keyClicks(dialog.recovery_key, "-".join([*groups[:2], typo]))
    assert dialog.key_problem.text().startswith(
        f"Group 3 ({typo}) contains \u201cU\u201d, which is not in a recovery key."
    )
    dialog.recovery_key.setText("-".join([*groups[:5], groups[5] + "7", *groups[6:]]))
    assert dialog.key_problem.text() == (
        f"Group 6 ({groups[5]}7) has 5 characters; each group has 4."
    )
    type_new(qtbot, dialog, NEW)
    assert not dialog.ok_button.isEnabled()
    dialog.recovery_key.setText(recovery_key.lower())
    assert dialog.key_problem.text() == ""
    assert dialog.ok_button.isEnabled()


def test_recovery_key_opens_the_vault_with_the_new_passphrase(
    qtbot: QtBot, vault_path: Path, recovery_key: str
) -> None:
    dialog = recovery_dialog(qtbot, vault_path)
    qtbot.keyClicks(dialog.recovery_key, recovery_key.replace("-", " "))
    type_new(qtbot, dialog, NEW)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as opened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    vault = opened.args[0]
    try:
        assert not vault.is_locked and vault.name == "Test vault"
    finally:
        vault.lock()
    Vault.unlock(vault_path, NEW).lock()


def test_a_well_formed_but_wrong_key_changes_nothing(
    qtbot: QtBot, vault_path: Path, recovery_key: str
) -> None:
    before = (vault_path / "vault.json").read_bytes()
    groups = recovery_key.split("-")
    groups[4] = "0000" if groups[4] != "0000" else "1111"
    dialog = recovery_dialog(qtbot, vault_path)
    dialog.recovery_key.setText("-".join(groups))
    type_new(qtbot, dialog, NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in dialog.feedback.text(), timeout=20_000)
    assert "Compare each group with the paper" in dialog.feedback.text()
    assert (vault_path / "vault.json").read_bytes() == before


def test_start_dialog_offers_the_recovery_key_and_opens_the_window_with_it(
    qtbot: QtBot, vault_path: Path, recovery_key: str, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    start = StartDialog(settings, kdf=floor_kdf, vault_path=vault_path)
    qtbot.addWidget(start)
    start.show()
    qtbot.mouseClick(start.show_passphrase, Qt.MouseButton.LeftButton)
    assert start.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    dialog = start.ask_recovery_key()
    assert dialog is not None
    dialog.recovery_key.setText(recovery_key)
    type_new(qtbot, dialog, NEW)
    with qtbot.waitSignal(start.vault_opened, timeout=20_000) as opened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    opened.args[0].lock()


def test_passphrase_dialogs_fit_a_small_screen_right_to_left(
    qtbot: QtBot, vault_path: Path
) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for dialog in (change_dialog(qtbot, vault_path), recovery_dialog(qtbot, vault_path)):
            assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
            hint = dialog.sizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768 - 60
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_file_menu_changes_the_passphrase_of_the_open_vault(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    from fieldpartner.ui.main_window import MainWindow

    window = MainWindow(
        vault, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    enable_duress(vault, "lemon tree by the old station")
    assert duress_enabled(vault)
    window.change_passphrase_action.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    type_new(qtbot, dialog, NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage().startswith("The passphrase was changed.")
    # The new passphrase turned duress off; the open vault says so (Settings reads it).
    assert not duress_enabled(vault)
    path = vault.path
    window.lock()
    Vault.unlock(path, NEW).lock()


def test_new_vault_passphrases_can_be_shown_too(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    start = StartDialog(settings, kdf=floor_kdf)
    qtbot.addWidget(start)
    fields = [start.new_passphrase, start.confirm_passphrase]
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Password}
    start.show_new_passphrase.click()
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Normal}
