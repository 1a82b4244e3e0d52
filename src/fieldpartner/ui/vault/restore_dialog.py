"""Start → Restore a backup: put a backup (made with File → Back up) back as a vault.

``vault.backup.restore_backup`` checks the backup with its passphrase before copying it,
and renames a vault already at the chosen place aside rather than deleting it. The dialog
says where the earlier vault was kept. Folder questions go through replaceable hooks
(``ask_backup`` and ``ask_target``) so tests can answer them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.passphrase_fields import ShowPassphrase, passphrase_edit
from fieldpartner.ui.worker import BackgroundTask, TaskControl, run_in_background
from fieldpartner.vault import WrongPassphrase, is_vault
from fieldpartner.vault.header import VAULT_SUFFIX

if TYPE_CHECKING:
    from fieldpartner.vault.backup import RestoreResult

_BACKUP_STAMP = re.compile(r"-backup-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?$")


def restore(backup: Path, target: Path, passphrase: str) -> RestoreResult:
    """Run off the interface thread (the vault code is imported on first use)."""
    from fieldpartner.vault.backup import restore_backup

    return restore_backup(backup, target, passphrase)


def vault_name_of_backup(backup: Path) -> str:
    """``Field-backup-2026-12-03-101500.fpvault`` -> ``Field.fpvault``."""
    stem = backup.name.removesuffix(VAULT_SUFFIX)
    return _BACKUP_STAMP.sub("", stem) + VAULT_SUFFIX


class RestoreDialog(QDialog):
    """Emits ``restored(path)`` once the backup is in place as a vault."""

    restored = Signal(object)

    def __init__(self, target: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self.set_aside: Path | None = None
        self.ask_backup: Callable[[], str | None] = self._ask_backup
        self.ask_target: Callable[[], str | None] = self._ask_target
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Choose the backup and where the vault goes. If a vault is already there, it "
                "is kept under another name, not deleted."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.backup_edit = QLineEdit(self)
        self.backup_edit.setObjectName("restoreBackup")
        self.backup_edit.setAccessibleName(self.tr("Backup to restore"))
        self.backup_edit.textChanged.connect(self._update)
        self.choose_backup = QPushButton(self.tr("Choose…"), self)
        self.choose_backup.setObjectName("chooseRestoreBackup")
        self.choose_backup.setAccessibleName(self.tr("Choose the backup"))
        self.choose_backup.clicked.connect(self._choose_backup)
        self.target_edit = QLineEdit(str(target) if target else "", self)
        self.target_edit.setObjectName("restoreTarget")
        self.target_edit.setAccessibleName(self.tr("Where the vault goes"))
        self.target_edit.textChanged.connect(self._update)
        self.choose_target = QPushButton(self.tr("Choose…"), self)
        self.choose_target.setObjectName("chooseRestoreTarget")
        self.choose_target.setAccessibleName(self.tr("Choose where the vault goes"))
        self.choose_target.clicked.connect(self._choose_target)
        self.passphrase = passphrase_edit(self, "restorePassphrase", self.tr("Passphrase"))
        self.passphrase.textChanged.connect(self._update)
        self.show_passphrase = ShowPassphrase([self.passphrase], self)

        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.choose_backup)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.choose_target)
        form = QFormLayout()
        form.addRow(self.tr("&Backup:"), backup_row)
        form.addRow(self.tr("Restore &to:"), target_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.show_passphrase)

        self.status = QLabel(self)
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("restoreBusy")
        self.busy_bar.setAccessibleName(self.tr("Restoring"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreConfirm")
        self.restore_button.setAccessibleName(self.tr("Restore the backup"))
        self.restore_button.clicked.connect(self.start_restore)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("restoreCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self._update()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def _ask_backup(self) -> str | None:
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder")) or None

    def _ask_target(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where the vault goes"))
        return folder or None

    def _choose_backup(self) -> None:
        chosen = self.ask_backup()
        if chosen:
            self.backup_edit.setText(chosen)
            if not self.target_edit.text():
                backup = Path(chosen)
                self.target_edit.setText(str(backup.parent / vault_name_of_backup(backup)))

    def _choose_target(self) -> None:
        chosen = self.ask_target()
        if chosen and self.backup_edit.text():
            self.target_edit.setText(
                str(Path(chosen) / vault_name_of_backup(Path(self.backup_edit.text())))
            )

    def _update(self) -> None:
        self.restore_button.setEnabled(
            not self.busy
            and bool(self.backup_edit.text().strip())
            and bool(self.target_edit.text().strip())
            and bool(self.passphrase.text())
        )

    def start_restore(self) -> None:
        if not self.restore_button.isEnabled():
            return
        backup = Path(self.backup_edit.text().strip()).expanduser()
        target = Path(self.target_edit.text().strip()).expanduser()
        if not is_vault(backup):
            self.status.setText(
                self.tr("{folder} is not a FieldPartner backup.").format(folder=backup)
            )
            return
        passphrase = self.passphrase.text()

        def work(_control: TaskControl) -> RestoreResult:
            return restore(backup, target, passphrase)

        self.status.setText(self.tr("Checking and restoring the backup…"))
        self.busy_bar.show()
        self._task = run_in_background(
            work, on_success=self._restored, on_failure=self._failed, owner=self
        )
        self._update()

    def _restored(self, result: RestoreResult) -> None:
        self.busy_bar.hide()
        self.passphrase.clear()
        self.set_aside = result.set_aside
        self.restored.emit(result.path)
        self.accept()

    def _failed(self, message: str, exc: BaseException) -> None:
        self.busy_bar.hide()
        self._task = None
        self.passphrase.clear()
        if isinstance(exc, WrongPassphrase):
            message = self.tr("The passphrase does not open this backup. Nothing was changed.")
        else:
            message = self.tr("Nothing was changed: {reason}").format(reason=message)
        self.status.setText(message)
        self._update()

    def reject(self) -> None:
        if self.busy:
            return
        super().reject()
