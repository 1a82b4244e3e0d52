"""File → Emergency wipe: destroy this vault on this computer, after the user types WIPE.

The confirmation word stays the literal Latin ``WIPE`` in every language: a word that
changes with the interface language would have to be looked up under stress, and a fixed
word is easy to say over the phone. The dialog says so in the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

CONFIRM_WORD = "WIPE"  # literal in every language; see the module docstring


class WipeDialog(QDialog):
    def __init__(self, vault_name: str, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipeDialog")
        self.setWindowTitle(self.tr("Emergency wipe"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "This destroys the vault “{name}” on this computer at once: its keys are "
                "overwritten and its database deleted. Nothing in it can be recovered here, "
                "not even with the passphrase or the recovery key. Data already sent to HQ "
                "in bundles is not affected."
            ).format(name=vault_name),
            self,
        )
        explain.setObjectName("wipeExplanation")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        where = QLabel(str(vault_path), self)
        where.setObjectName("wipePath")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        prompt = QLabel(
            self.tr(
                "To confirm, type the word {word} in capital Latin letters (it is the same "
                "in every language):"
            ).format(word=CONFIRM_WORD),
            self,
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("wipeConfirmWord")
        self.confirm.setAccessibleName(self.tr("Type WIPE to confirm"))
        self.confirm.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.confirm.textChanged.connect(self._update)
        prompt.setBuddy(self.confirm)
        layout.addWidget(self.confirm)

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("wipeButtons")
        self.wipe_button = buttons.addButton(
            self.tr("Wipe the vault"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.wipe_button.setObjectName("wipeConfirm")
        self.wipe_button.setAccessibleName(self.tr("Wipe the vault now"))
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self._confirmed)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("wipeCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm.setFocus()

    def confirmed(self) -> bool:
        return self.confirm.text().strip() == CONFIRM_WORD

    def _update(self) -> None:
        self.wipe_button.setEnabled(self.confirmed())

    def _confirmed(self) -> None:
        if self.confirmed():
            self.accept()
