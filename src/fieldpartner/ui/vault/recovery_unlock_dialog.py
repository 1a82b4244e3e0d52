"""Start → Use the recovery key: open a vault whose passphrase is forgotten.

The person types the recovery key from paper and chooses a new passphrase;
``vault.recover`` rewraps the database key under it and the vault is then unlocked with it,
off the interface thread. The key is checked group by group as it is typed, so a letter
outside its alphabet or a group of the wrong length is named with its group at once. The
key has no check digits: a group of four valid characters that differs from the paper is
found only when the whole key does not open the vault, and the message says to compare
each group.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.common.passphrase_fields import NewPassphraseForm, ShowPassphrase
from fieldpartner.ui.worker import BackgroundTask, TaskControl, run_in_background
from fieldpartner.vault import WrongPassphrase
from fieldpartner.vault.keys import RECOVERY_GROUP_LENGTH, recovery_key_problem

if TYPE_CHECKING:
    from fieldpartner.vault import Vault


def recover_and_unlock(path: Path, recovery_key: str, new_passphrase: str) -> Vault:
    """Run off the interface thread (the vault code is imported on first use)."""
    from fieldpartner.vault.vault import Vault, recover

    recover(path, recovery_key, new_passphrase)
    return Vault.unlock(path, new_passphrase)


class RecoveryUnlockDialog(QDialog):
    """Emits ``unlocked(vault)`` and closes once the vault is open with the new passphrase."""

    unlocked = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._task: BackgroundTask | None = None
        self.setObjectName("recoveryUnlockDialog")
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Type the recovery key you wrote down or printed when the vault was created "
                "(13 groups of 4 characters), then choose a new passphrase. The forgotten "
                "passphrase stops working."
            ),
            self,
        )
        intro.setWordWrap(True)
        vault_label = QLabel(str(self._path), self)
        vault_label.setObjectName("recoveryVaultPath")
        vault_label.setTextFormat(Qt.TextFormat.PlainText)

        self.recovery_key = QLineEdit(self)
        self.recovery_key.setObjectName("recoveryKeyInput")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # The key is Latin letters and digits, read left to right in every language.
        self.recovery_key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_problem = QLabel(self)
        self.key_problem.setObjectName("recoveryKeyProblem")
        self.key_problem.setWordWrap(True)
        self.key_problem.setTextFormat(Qt.TextFormat.PlainText)
        key_form = QFormLayout()
        key_form.addRow(self.tr("Vault:"), vault_label)
        key_form.addRow(self.tr("Recovery &key:"), self.recovery_key)
        key_form.addRow("", self.key_problem)

        self.new = NewPassphraseForm(self, context=[self._path.stem])
        self.show_passphrase = ShowPassphrase(
            [self.recovery_key, self.new.new_passphrase, self.new.repeat_passphrase], self
        )
        self.feedback = QLabel(self)
        self.feedback.setObjectName("recoveryFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("recoveryBusy")
        self.busy_bar.setAccessibleName(self.tr("Opening the vault"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("recoveryOpen")
        self.ok_button.setAccessibleName(self.tr("Open the vault with the recovery key"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("recoveryCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.ok_button.clicked.connect(self.open_vault)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(key_form)
        layout.addWidget(self.new)
        layout.addWidget(self.show_passphrase)
        layout.addWidget(self.feedback)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.recovery_key.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def group_problem_text(self) -> str:
        """Which group of the typed key is wrong, in the interface language ("" if none)."""
        problem = recovery_key_problem(self.recovery_key.text())
        if problem is None:
            return ""
        if problem.char:
            return self.tr(
                "Group {number} ({group}) contains “{char}”, which is not in a recovery key. "
                "Keys use the digits and the letters A–Z without I, L, O and U."
            ).format(number=format_number(problem.number), group=problem.group, char=problem.char)
        return self.tr(
            "Group {number} ({group}) has {count} characters; each group has {size}."
        ).format(
            number=format_number(problem.number),
            group=problem.group,
            count=format_number(problem.length),
            size=format_number(RECOVERY_GROUP_LENGTH),
        )

    def _update(self) -> None:
        problem = self.group_problem_text()
        self.key_problem.setText(problem)
        typed = "".join(self.recovery_key.text().split()).replace("-", "")
        self.ok_button.setEnabled(
            not self.busy and not problem and len(typed) == 52 and self.new.ready()
        )

    def open_vault(self) -> None:
        if not self.ok_button.isEnabled():
            return
        path, key, new = self._path, self.recovery_key.text(), self.new.passphrase()

        def work(_control: TaskControl) -> Vault:
            return recover_and_unlock(path, key, new)

        self.feedback.setText(self.tr("Opening the vault…"))
        self.busy_bar.show()
        self._task = run_in_background(
            work, on_success=self._opened, on_failure=self._failed, owner=self
        )
        self._update()

    def _opened(self, vault: Vault) -> None:
        self.busy_bar.hide()
        self.recovery_key.clear()
        self.new.clear()
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, message: str, exc: BaseException) -> None:
        self.busy_bar.hide()
        self._task = None
        if isinstance(exc, WrongPassphrase):
            message = self.tr(
                "This recovery key does not open this vault. Compare each group with the "
                "paper, one by one (0 and O, 1 and I or L are read alike). Nothing was changed."
            )
        else:
            message = self.tr("Nothing was changed: {reason}").format(reason=message)
        self.feedback.setText(message)
        self._update()

    def reject(self) -> None:
        if self.busy:
            return
        super().reject()
