"""File → Connect to HQ database…: open headquarters' shared PostgreSQL database.

The person gives the database's URL (``postgresql://LOGIN@HOST/DATABASE?sslmode=…``; the
login is who they are: it authors their edits and decides their role, docs/hq-server.md)
and the HQ passphrase. The key is derived, and the database opened, off the interface
thread (Argon2id takes a second or more), as the start dialog unlocks a vault. On success
``connected`` carries the open ``HqDatabase``; the caller opens a window on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from fieldpartner.vault.hq import HqDatabase

DATABASE_SCHEMES = ("postgresql://", "postgres://")


def open_hq(url: str, passphrase: str) -> HqDatabase:
    """Runs on a worker thread: the database opened with the passphrase."""
    from fieldpartner.vault.hq import HqDatabase  # psycopg only when HQ is used

    return HqDatabase.open(url, passphrase)


class HqConnectDialog(QDialog):
    """Asks the database's URL and the HQ passphrase; emits ``connected(HqDatabase)``."""

    connected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self.setObjectName("hqConnectDialog")
        self.setWindowTitle(self.tr("Connect to HQ database"))
        self.setAccessibleName(self.tr("Connect to HQ database"))

        intro = QLabel(
            self.tr(
                "Headquarters' shared database. Connect with your own database login: "
                "your changes are recorded under it, and it decides what you may do."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("hqUrlEdit")
        self.url_edit.setPlaceholderText("postgresql://login@host/database?sslmode=verify-full")
        self.url_edit.setAccessibleName(self.tr("Database address"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("hqPassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("HQ passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Database &address:"), self.url_edit)
        form.addRow(self.tr("HQ &passphrase:"), self.passphrase)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("hqConnectFeedback")
        self.feedback.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("hqConnectButton")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.clicked.connect(self.connect_database)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def connect_database(self) -> None:
        if self._task is not None and self._task.is_running:
            return
        url = self.url_edit.text().strip()
        passphrase = self.passphrase.text()
        if not url.startswith(DATABASE_SCHEMES):
            self._show(self.tr("Give the database's address, starting with postgresql://"))
            return
        if not passphrase:
            self._show(self.tr("Enter the HQ passphrase."))
            return
        self._show(self.tr("Connecting…"))
        self._set_busy(True)
        self._task = run_in_background(
            lambda _control: open_hq(url, passphrase),
            on_success=self._connected,
            on_failure=self._failed,
            parent=self,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.url_edit, self.passphrase, self.connect_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _show(self, text: str) -> None:
        self.feedback.setText(text)

    def _connected(self, hq: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.connected.emit(hq)
        self.accept()

    def _failed(self, message: str, _exc: BaseException) -> None:
        self._set_busy(False)
        self._show(self.tr("Not connected: {reason}").format(reason=message))
