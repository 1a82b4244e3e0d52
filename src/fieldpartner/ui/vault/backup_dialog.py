"""File → Back up: an encrypted, checked copy of the vault in a folder (a USB stick), and
the status-bar reminder when none was made for the days the person chose.

``vault.backup.make_backup`` writes and checks the copy; it runs on the vault's writer as a
long write, so changes made meanwhile land after it and the copy is one consistent moment.
The folder chosen last is remembered inside the vault (a path to a stick says something
about its owner; QSettings would keep it in clear), and so is the reminder's number of days.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.sync.labels import format_size
from fieldpartner.ui.worker import TaskControl
from fieldpartner.vault import Vault
from fieldpartner.vault.backup import (
    MAX_REMIND_DAYS,
    MIN_REMIND_DAYS,
    BackupResult,
    days_without_backup,
    last_backup,
    make_backup,
    remind_after_days,
    set_remind_after_days,
)

FOLDER_SETTING = "backup.folder"


class BackupDialog(QDialog):
    """Choose the folder, back up, see where the checked copy went. ``backed_up`` carries
    the result."""

    backed_up = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.result_value: BackupResult | None = None
        self.ask_folder: Callable[[], str | None] = self._ask_folder
        self.reads = OwnedReads(self)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up the vault"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "An encrypted copy of the whole vault, for a USB stick or another disk. It "
                "opens with the same passphrase and recovery key. Keep it away from this "
                "computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastBackup")
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("backupFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder for the backup"))
        self.folder_edit.setText(str(vault.setting(FOLDER_SETTING, "")))
        self.folder_edit.textChanged.connect(self._update)
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.setAccessibleName(self.tr("Choose the folder for the backup"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.remind_days = QSpinBox(self)
        self.remind_days.setObjectName("backupRemindDays")
        self.remind_days.setAccessibleName(self.tr("Remind me after this many days"))
        self.remind_days.setRange(MIN_REMIND_DAYS, MAX_REMIND_DAYS)
        self.remind_days.setValue(remind_after_days(vault))
        self.remind_days.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Last backup:"), self.last_label)
        # A row holding a layout gets no buddy: the label is given one so that "&" is
        # its shortcut rather than shown.
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Remind me after:"), self.remind_days)

        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.backup_button = self.buttons.addButton(
            self.tr("&Back up now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setAccessibleName(self.tr("Back up the vault now"))
        self.backup_button.clicked.connect(self.back_up)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("backupClose")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._show_last()
        self._update()

    def _say(self, text: str) -> None:
        """Report in the dialog, which grows with the text (a long path) instead of
        cutting it."""
        self.status.setText(text)
        if self.isVisible():
            self.adjustSize()

    def _show_last(self) -> None:
        when = last_backup(self._vault)
        self.last_label.setText(
            self.tr("never") if when is None else format_date(when.astimezone().date())
        )

    def _ask_folder(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to put the backup"), self.folder_edit.text()
        )
        return folder or None

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        running = self.reads.current("backup") is not None
        self.backup_button.setEnabled(not running and bool(self.folder_edit.text().strip()))

    def back_up(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not folder.is_dir():
            self._say(
                self.tr("{folder} is not a folder (is the stick plugged in?).").format(
                    folder=folder
                )
            )
            return
        vault, days = self._vault, self.remind_days.value()

        def work(_control: TaskControl) -> BackupResult:
            set_remind_after_days(vault, days)
            vault.set_setting(FOLDER_SETTING, str(folder))
            return make_backup(vault, folder)

        self._say(self.tr("Writing and checking the backup…"))
        self.reads.queue_write("backup", vault, work, self._done, self._failed, long=True)
        self._update()

    def _done(self, result: BackupResult) -> None:
        self.result_value = result
        self._show_last()
        self._say(
            self.tr("Backed up and checked: {path} ({size}).").format(
                path=result.path, size=format_size(result.size)
            )
        )
        self._update()
        self.backed_up.emit(result)

    def _failed(self, message: str, _exc: BaseException) -> None:
        self._say(self.tr("No backup was made: {reason}").format(reason=message))
        self._update()


class BackupReminder(QPushButton):
    """In the status bar: how many days since the last backup, shown only when that is at
    least the days the person chose; clicking it opens the backup dialog."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setObjectName("backupReminder")
        self.setAccessibleName(self.tr("Backup reminder"))
        self.setFlat(True)
        self.reads = OwnedReads(self)
        self.hide()

    def refresh(self) -> None:
        vault = self._vault
        if vault.is_locked:
            self.hide()
            return

        def work(_control: TaskControl) -> int | None:
            return days_without_backup(vault)

        self.reads.run("days", work, self._show)

    def _show(self, days: int | None) -> None:
        if days is None:
            self.hide()
            return
        self.setText(
            self.tr("No backup for {days} days: back up now…").format(days=format_number(days))
        )
        self.show()
