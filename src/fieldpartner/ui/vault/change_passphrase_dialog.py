"""File → Change passphrase: the current passphrase, a new one typed twice with its strength.

``vault.change_passphrase`` rewraps the database key under the new passphrase (the database
is not rewritten; the recovery key and an HQ escrow keep working). Key derivation takes
about a second, so it runs off the interface thread; the dialog stays open with a reason
when the current passphrase is wrong or the new one is refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.passphrase_fields import (
    NewPassphraseForm,
    ShowPassphrase,
    passphrase_edit,
)
from fieldpartner.ui.worker import BackgroundTask, TaskControl, run_in_background
from fieldpartner.vault import WrongPassphrase


def change_vault_passphrase(path: Path, current: str, new: str) -> None:
    """Run off the interface thread (the vault code is imported on first use)."""
    from fieldpartner.vault.vault import change_passphrase

    change_passphrase(path, current, new)


class ChangePassphraseDialog(QDialog):
    """Accepted once the new passphrase is in the vault's header."""

    def __init__(self, path: Path, vault_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._task: BackgroundTask | None = None
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "The new passphrase opens this vault from now on; the old one no longer "
                "does. Your recovery key stays the same."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = passphrase_edit(self, "currentPassphrase", self.tr("Current passphrase"))
        current_form = QFormLayout()
        current_form.addRow(self.tr("&Current passphrase:"), self.current)
        self.new = NewPassphraseForm(self, context=[vault_name, self._path.stem])
        self.show_passphrase = ShowPassphrase(
            [self.current, self.new.new_passphrase, self.new.repeat_passphrase], self
        )
        self.feedback = QLabel(self)
        self.feedback.setObjectName("changePassphraseFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("changePassphraseBusy")
        self.busy_bar.setAccessibleName(self.tr("Changing the passphrase"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("C&hange"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("changePassphraseOk")
        self.ok_button.setAccessibleName(self.tr("Change the passphrase"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("changePassphraseCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.ok_button.clicked.connect(self.change)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(current_form)
        layout.addWidget(self.new)
        layout.addWidget(self.show_passphrase)
        layout.addWidget(self.feedback)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.busy and bool(self.current.text()) and self.new.ready())

    def change(self) -> None:
        if not self.ok_button.isEnabled():
            return
        path, current, new = self._path, self.current.text(), self.new.passphrase()

        def work(_control: TaskControl) -> None:
            change_vault_passphrase(path, current, new)

        self.feedback.setText(self.tr("Changing the passphrase…"))
        self.busy_bar.show()
        self._task = run_in_background(
            work, on_success=self._changed, on_failure=self._failed, owner=self
        )
        self._update()

    def _changed(self, _result: object) -> None:
        self.busy_bar.hide()
        self.current.clear()
        self.new.clear()
        self.accept()

    def _failed(self, message: str, exc: BaseException) -> None:
        self.busy_bar.hide()
        self._task = None
        if isinstance(exc, WrongPassphrase):
            message = self.tr("The current passphrase is not right. Nothing was changed.")
            self.current.clear()
            self.current.setFocus()
        else:
            message = self.tr("Nothing was changed: {reason}").format(reason=message)
        self.feedback.setText(message)
        self._update()

    def reject(self) -> None:
        if self.busy:  # key derivation cannot be interrupted; the header is being written
            return
        super().reject()
