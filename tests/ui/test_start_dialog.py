"""The start dialog: unlock with feedback, create with a recovery key, recent vaults."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPdfWriter
from ui_helpers import PASSPHRASE, floor_kdf

from fieldpartner.ui.common.passphrases import (
    normalise_key_group,
    passphrase_acceptable,
    passphrase_strength,
)
from fieldpartner.ui.common.preferences import RECENT_KEY, REMEMBER_KEY, forget_recent
from fieldpartner.ui.start_dialog import StartDialog, vault_folder_name
from fieldpartner.vault import Vault
from fieldpartner.vault.header import HEADER_NAME

WRONG = "The passphrase does not open this vault."


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot, settings, **kwargs) -> StartDialog:
    dialog = StartDialog(settings, kdf=floor_kdf, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _unlock(qtbot, dialog: StartDialog, passphrase: str) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_right_passphrase_unlocks_the_vault_without_blocking(qtbot, settings, vault_path):
    settings.setValue(REMEMBER_KEY, True)  # remembering recent vaults is opt-in
    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    assert dialog.vault_path.text() == str(vault_path)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    with qtbot.waitSignal(dialog.vault_opened, timeout=15000) as opened:
        _unlock(qtbot, dialog, PASSPHRASE)
        # The KDF runs in the background: the dialog shows it is busy meanwhile.
        assert dialog.busy and dialog.unlock_busy.isVisible()
        assert not dialog.unlock_button.isEnabled()
    vault = opened.args[0]
    try:
        assert not vault.is_locked
        assert dialog.vault is vault
        assert dialog.passphrase.text() == ""
        assert settings.value(RECENT_KEY) in ([str(vault_path)], str(vault_path))
    finally:
        vault.lock()


def test_wrong_passphrase_says_so_and_lets_the_user_retry(qtbot, settings, vault_path):
    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    _unlock(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.unlock_feedback.text() == WRONG, timeout=15000
    )
    assert dialog.unlock_feedback.isVisible()
    assert dialog.vault is None
    assert dialog.passphrase.text() == ""
    assert dialog.passphrase.isEnabled()


def test_damaged_header_shows_the_error_message(qtbot, settings, vault_path):
    (vault_path / HEADER_NAME).write_text("", encoding="utf-8")
    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    _unlock(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.unlock_feedback.isVisible(), timeout=15000)
    assert "vault.json is empty" in dialog.unlock_feedback.text()


def test_a_folder_that_is_not_a_vault_is_refused_at_once(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings)
    dialog.vault_path.setText(str(tmp_path))
    _unlock(qtbot, dialog, PASSPHRASE)
    assert not dialog.busy
    assert "not a FieldPartner vault" in dialog.unlock_feedback.text()


def test_creating_a_vault_shows_the_recovery_key_once_and_requires_the_checkbox(
    qtbot, settings, tmp_path
):
    dialog = _dialog(qtbot, settings)
    qtbot.mouseClick(dialog.show_create, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.CREATE_PAGE
    qtbot.keyClicks(dialog.vault_name, "Field 2026")
    dialog.create_location.setText(str(tmp_path))
    qtbot.keyClicks(dialog.new_passphrase, "password")
    assert dialog.strength_label.text() == "Weak"
    assert not dialog.create_button.isEnabled()
    dialog.new_passphrase.clear()
    qtbot.keyClicks(dialog.new_passphrase, "Blue kettle, 7 river stones")
    assert dialog.strength_label.text() == "Strong"
    qtbot.keyClicks(dialog.confirm_passphrase, "Blue kettle, 7 river stone")
    assert not dialog.create_button.isEnabled()
    assert dialog.create_feedback.text() == "The two passphrases differ."
    qtbot.keyClicks(dialog.confirm_passphrase, "s")
    assert dialog.create_button.isEnabled()
    target = tmp_path / "Field 2026.fpvault"
    assert dialog.create_target.text() == str(target)

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.RECOVERY_PAGE, timeout=20000)
    recovery = dialog.recovery.recovery_field.text()
    assert recovery and dialog.recovery.recovery_field.isReadOnly()
    assert dialog.new_passphrase.text() == "" and dialog.confirm_passphrase.text() == ""

    # The key must be confirmed as written down: Continue is disabled and closing refused.
    assert not dialog.recovery.continue_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible() and dialog.vault is None

    qtbot.mouseClick(dialog.recovery.copy_recovery, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == recovery

    # Printing goes to a paged device in memory here; the dialog offers no "print to file".
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    dialog.recovery.print_recovery_key(writer)
    del writer
    assert bytes(buffer.data()).startswith(b"%PDF")

    # Ticking the box is not enough: one group of the key must be typed back.
    dialog.recovery.recovery_written.setChecked(True)
    assert not dialog.recovery.continue_button.isEnabled()
    group = recovery.split("-")[dialog.recovery.check_group]
    wrong = "ZZZZ" if group != "ZZZZ" else "YYYY"
    qtbot.keyClicks(dialog.recovery.recovery_check, wrong)
    assert not dialog.recovery.continue_button.isEnabled()
    dialog.recovery.recovery_check.clear()
    qtbot.keyClicks(dialog.recovery.recovery_check, group.lower())
    assert dialog.recovery.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.vault_opened, timeout=3000) as opened:
        qtbot.mouseClick(dialog.recovery.continue_button, Qt.MouseButton.LeftButton)
    vault = opened.args[0]
    try:
        assert vault.name == "Field 2026"
        assert Path(vault.path) == target
        assert dialog.recovery.recovery_field.text() == ""
        assert QGuiApplication.clipboard().text() == ""  # the copied key was not left behind
    finally:
        vault.lock()
    # The key shown is the real one: it opens the vault.
    Vault.unlock_with_recovery_key(target, recovery).lock()


def test_creating_where_a_vault_exists_says_why_it_failed(qtbot, settings, vault_path):
    dialog = _dialog(qtbot, settings)
    dialog._go(dialog.CREATE_PAGE)
    dialog.vault_name.setText(vault_path.stem)
    dialog.create_location.setText(str(vault_path.parent))
    dialog.new_passphrase.setText("Blue kettle, 7 river stones")
    dialog.confirm_passphrase.setText("Blue kettle, 7 river stones")
    dialog.create_vault()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.create_feedback.isVisible(), timeout=20000)
    assert "already exists" in dialog.create_feedback.text()
    assert dialog.pages.currentIndex() == dialog.CREATE_PAGE


def test_recent_vaults_are_listed_and_can_be_cleared_or_turned_off(
    qtbot, settings, tmp_path, vault_path
):
    settings.setValue(REMEMBER_KEY, True)
    settings.setValue(RECENT_KEY, [str(vault_path), str(tmp_path / "Other.fpvault")])
    dialog = _dialog(qtbot, settings)
    assert dialog.remember_recent.isChecked()
    assert dialog.recent_list.count() == 2
    assert dialog.vault_path.text() == str(vault_path)  # the most recent is preselected
    dialog.recent_list.setCurrentRow(1)
    assert dialog.vault_path.text() == str(tmp_path / "Other.fpvault")

    qtbot.mouseClick(dialog.clear_recent, Qt.MouseButton.LeftButton)
    assert dialog.recent_list.count() == 0
    assert settings.value(RECENT_KEY) is None

    settings.setValue(RECENT_KEY, [str(vault_path)])
    dialog.remember_recent.setChecked(False)
    assert settings.value(RECENT_KEY) is None
    dialog._add_recent(vault_path)
    assert settings.value(RECENT_KEY) is None


def test_recent_vaults_are_not_remembered_unless_asked(qtbot, settings, vault_path):
    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    assert not dialog.remember_recent.isChecked()
    with qtbot.waitSignal(dialog.vault_opened, timeout=15000) as opened:
        _unlock(qtbot, dialog, PASSPHRASE)
    opened.args[0].lock()
    settings.sync()
    assert settings.value(RECENT_KEY) is None
    written = Path(settings.fileName())
    assert not written.exists() or vault_path.name not in written.read_text(encoding="utf-8")


def test_a_path_that_does_not_exist_opens_the_create_page(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings, vault_path=tmp_path / "New.fpvault")
    assert dialog.pages.currentIndex() == dialog.CREATE_PAGE
    assert dialog.vault_name.text() == "New"


def test_every_interactive_widget_has_names(qtbot, settings):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget

    dialog = _dialog(qtbot, settings)
    widgets = [
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QListWidget),
    ]
    assert widgets
    for widget in widgets:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_layout_survives_right_to_left(qtbot, settings):
    dialog = _dialog(qtbot, settings)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(10)
    # In a mirrored layout the Unlock button sits left of Close.
    assert dialog.unlock_button.x() < dialog.close_button.x()


def test_the_meter_gives_the_passphrase_policys_score_and_folder_names():
    assert passphrase_strength("") == 0
    # The meter once called twenty repeated letters "Good"; "password" only "Weak".
    assert passphrase_strength("a" * 20) == 0
    assert not passphrase_acceptable(passphrase_strength("password"))
    assert not passphrase_acceptable(passphrase_strength("Kenya field 2026", ["Kenya field"]))
    assert passphrase_acceptable(passphrase_strength("correct horse battery staple"))
    assert vault_folder_name("Field/2026: Kenya") == "Field-2026- Kenya.fpvault"
    assert vault_folder_name("  ") == "Vault.fpvault"
    assert vault_folder_name("Field.fpvault") == "Field.fpvault"
    assert normalise_key_group(" o1l-i ") == "0111"


def test_forget_recent_drops_only_that_vault(settings, tmp_path):
    settings.setValue(RECENT_KEY, [str(tmp_path / "A.fpvault"), str(tmp_path / "B.fpvault")])
    forget_recent(settings, tmp_path / "A.fpvault")
    assert settings.value(RECENT_KEY) in (
        [str(tmp_path / "B.fpvault")],
        str(tmp_path / "B.fpvault"),
    )
    forget_recent(settings, tmp_path / "B.fpvault")
    assert settings.value(RECENT_KEY) is None


def test_the_problem_report_is_there_before_any_vault_is_open(qtbot, settings, tmp_path):
    import logging

    from fieldpartner.logs import start_logging, stop_logging
    from fieldpartner.ui.problem_report_dialog import ProblemReportDialog

    handler = start_logging(tmp_path / "logs", hooks=False)
    try:
        try:
            raise KeyError("Field-2026 secret partner")
        except KeyError as exc:
            logging.getLogger("fieldpartner.ui.worker").error(
                "background task failed", exc_info=exc
            )
    finally:
        stop_logging(handler)
    dialog = StartDialog(settings, kdf=floor_kdf, log_folder=tmp_path / "logs")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.problem_report, Qt.MouseButton.LeftButton)
    report = dialog.findChild(ProblemReportDialog)
    assert report is not None and report.isVisible()
    text = report.text.toPlainText()
    assert "builtins.KeyError" in text and "secret partner" not in text
    report.close()


def test_a_weak_passphrase_is_taken_only_after_the_typed_acknowledgement(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings)
    qtbot.mouseClick(dialog.show_create, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.vault_name, "Field 2026")
    dialog.create_location.setText(str(tmp_path))
    assert not dialog.weak_acknowledgement.isVisible()
    qtbot.keyClicks(dialog.new_passphrase, "password")
    qtbot.keyClicks(dialog.confirm_passphrase, "password")
    assert dialog.weak_acknowledgement.isVisible() and dialog.weak_warning.isVisible()
    assert "weak" in dialog.weak_warning.text()
    assert "common password" in dialog.weak_warning.text()  # the estimator's own advice
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.weak_acknowledgement, "I accept")
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.weak_acknowledgement, "  a WEAK passphrase")
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.RECOVERY_PAGE, timeout=20000)
    assert (tmp_path / "Field 2026.fpvault" / HEADER_NAME).is_file()
    dialog.abandon()


def test_a_guessing_delay_and_a_wipe_are_said_plainly_not_as_a_wrong_passphrase(
    qtbot, settings, vault_path
):
    from fieldpartner.vault.guessing import read_attempts, write_attempts
    from fieldpartner.vault.security import set_security_policy

    with Vault.unlock(vault_path, PASSPHRASE) as vault:
        set_security_policy(vault, wipe_after=5)
    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    for _ in range(2):
        _unlock(qtbot, dialog, "not the passphrase")
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
        assert dialog.unlock_feedback.text() == WRONG
    _unlock(qtbot, dialog, "not the passphrase")  # the third earns a 5-second wait
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    assert dialog.unlock_feedback.text().startswith("Too many wrong passphrases in a row (3).")
    assert re.search(r"Wait [1-5] seconds", dialog.unlock_feedback.text())
    assert not dialog.unlock_button.isEnabled()  # even the right one waits out the delay

    # The fifth wrong passphrase in a row wipes the vault, and the dialog says so.
    attempts = read_attempts(vault_path)
    write_attempts(vault_path, attempts.__class__(4, None, attempts.wipe_after))
    qtbot.waitUntil(lambda: "again now" in dialog.unlock_feedback.text(), timeout=5000)
    _unlock(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    text = dialog.unlock_feedback.text()
    assert "wrong passphrase 5 in a row" in text and "has been wiped" in text
    assert not (vault_path / HEADER_NAME).exists()


def test_a_guessing_delay_counts_down_live_and_gives_unlock_back(qtbot, settings, vault_path):
    from fieldpartner.vault.guessing import Attempts, write_attempts

    # Three wrong passphrases earn 5 s; the last was 2.5 s ago (as after a restart).
    last = datetime.now(UTC) - timedelta(seconds=2.5)
    write_attempts(vault_path, Attempts(3, last, None))
    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)

    def seconds_shown() -> int | None:
        found = re.search(r"Wait (\d+) seconds", dialog.unlock_feedback.text())
        return int(found.group(1)) if found else None

    first = seconds_shown()
    assert first is not None and 1 <= first <= 3
    assert dialog.unlock_feedback.text().startswith("Too many wrong passphrases in a row (3).")
    assert not dialog.unlock_button.isEnabled()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter does not get round it
    assert not dialog.busy
    if first > 1:
        qtbot.waitUntil(lambda: (seconds_shown() or 99) < first, timeout=5000)  # live
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=10000)
    assert dialog.unlock_feedback.text() == "You can try the passphrase again now."
    with qtbot.waitSignal(dialog.vault_opened, timeout=15000) as opened:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    opened.args[0].lock()


def test_a_try_that_meets_the_delay_is_said_not_checked(qtbot, settings, vault_path):
    from fieldpartner.vault.guessing import Attempts, write_attempts

    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    # The delay starts after the dialog looked (another window's tries, say).
    write_attempts(vault_path, Attempts(3, datetime.now(UTC), None))
    _unlock(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    assert "this try was not checked" in dialog.unlock_feedback.text()
    assert not dialog.unlock_button.isEnabled()
    assert dialog.findChild(QTimer, "unlockDelayTimer").isActive()


def test_remembering_recent_vaults_is_turned_on_only_by_an_unlock(qtbot, settings, vault_path):
    dialog = _dialog(qtbot, settings, vault_path=vault_path)
    dialog.remember_recent.setChecked(True)
    assert settings.value(REMEMBER_KEY) in (None, False, "false")  # not from the box alone
    _unlock(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    assert settings.value(RECENT_KEY) is None
    with qtbot.waitSignal(dialog.vault_opened, timeout=15000) as opened:
        _unlock(qtbot, dialog, PASSPHRASE)
    opened.args[0].lock()
    assert settings.value(REMEMBER_KEY) in (True, "true")
    assert settings.value(RECENT_KEY) in ([str(vault_path)], str(vault_path))
