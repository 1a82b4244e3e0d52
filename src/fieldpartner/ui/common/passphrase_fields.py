"""Widgets the passphrase dialogs share: a show-passphrase switch, and a new passphrase
typed twice with the policy's strength meter (``vault.passphrase_policy``, the same
estimate the vault applies, so the meter never calls "Good" what the vault refuses)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from fieldpartner.ui.common.passphrases import passphrase_acceptable, passphrase_strength


def strength_word(score: int) -> str:
    """The meter's word for the policy's score 0 to 4, in the interface language."""
    words = (
        # 0 and 1: the estimator's "too" and "very" guessable
        QCoreApplication.translate("NewPassphraseForm", "Weak"),
        QCoreApplication.translate("NewPassphraseForm", "Weak"),
        QCoreApplication.translate("NewPassphraseForm", "Fair"),
        QCoreApplication.translate("NewPassphraseForm", "Good"),
        QCoreApplication.translate("NewPassphraseForm", "Strong"),
    )
    return words[score]


def passphrase_edit(parent: QWidget, object_name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ShowPassphrase(QCheckBox):
    """Shows the passphrases of the given fields as text while checked."""

    def __init__(self, fields: Iterable[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("&Show passphrase"))
        self.setObjectName("showPassphrase")
        self.setAccessibleName(self.tr("Show the passphrase as text"))
        self._fields = list(fields)
        self.toggled.connect(self._show)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)

    def add_field(self, field: QLineEdit) -> None:
        self._fields.append(field)
        self._show(self.isChecked())


class NewPassphraseForm(QWidget):
    """A new passphrase, repeated, with its strength. ``changed`` fires on every keystroke;
    ``ready()`` says whether it may be used."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, context: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseForm")
        self._context = [word for word in context if word]
        self.new_passphrase = passphrase_edit(self, "newPassphrase", self.tr("New passphrase"))
        self.repeat_passphrase = passphrase_edit(
            self, "repeatPassphrase", self.tr("Repeat the new passphrase")
        )
        self.strength_bar = QProgressBar(self)
        self.strength_bar.setObjectName("passphraseStrength")
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(10)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("strengthLabel")
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength_bar, 1)
        strength_row.addWidget(self.strength_label)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&New passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat_passphrase)
        form.addRow(self.tr("Strength:"), strength_row)
        form.addRow("", self.hint)
        self.new_passphrase.textChanged.connect(self._update)
        self.repeat_passphrase.textChanged.connect(self._update)
        self._score = 0
        self._update()

    def passphrase(self) -> str:
        return self.new_passphrase.text()

    def ready(self) -> bool:
        return (
            bool(self.passphrase())
            and passphrase_acceptable(self._score)
            and self.passphrase() == self.repeat_passphrase.text()
        )

    def clear(self) -> None:
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()

    def _update(self) -> None:
        passphrase = self.passphrase()
        self._score = passphrase_strength(passphrase, self._context)
        self.strength_bar.setValue(self._score)
        self.strength_label.setText(strength_word(self._score) if passphrase else "")
        self.strength_bar.setAccessibleDescription(self.strength_label.text())
        if passphrase and not passphrase_acceptable(self._score):
            self.hint.setText(self.tr("Too easy to guess: use four or more unrelated words."))
        elif self.repeat_passphrase.text() and passphrase != self.repeat_passphrase.text():
            self.hint.setText(self.tr("The two passphrases differ."))
        else:
            self.hint.setText("")
        self.changed.emit()
