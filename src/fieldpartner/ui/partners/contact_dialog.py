"""Add or edit one contact of a partner: name, role, channels (one per line, ``kind: value``)
and notes. Contacts are the most sensitive data in the vault; nothing here is cached."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.partners import CONTACT_CHANNEL_KINDS
from fieldpartner.ui.common.stale import StaleNotice
from fieldpartner.ui.problems import field_label, problem_text


def channels_to_text(channels: list[dict[str, Any]]) -> str:
    return "\n".join(f"{c.get('kind', '')}: {c.get('value', '')}" for c in channels)


def channels_from_text(text: str) -> list[dict[str, str]]:
    """``email: a@b.org`` per line; a line without a known kind is kept as ``other``."""
    channels = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        kind, sep, value = line.partition(":")
        kind = kind.strip().casefold()
        if sep and kind in CONTACT_CHANNEL_KINDS:
            channels.append({"kind": kind, "value": value.strip()})
        else:
            channels.append({"kind": "other", "value": line})
    return channels


class ContactDialog(QDialog):
    """Collects a contact's values and hands them to ``save(values, finished)``, which
    queues the change and later calls ``finished(problems)`` with the problems found
    (field, message); the dialog closes only when there are none, and keeps what was typed
    otherwise (Save tries again)."""

    def __init__(
        self,
        save: Callable[[dict[str, Any], Callable[[list[tuple[str, str]]], None]], None],
        parent: QWidget | None = None,
        values: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Contact") if values else self.tr("Add contact"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("contactName")
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("&Name:"), self.name)
        self.role = QLineEdit(self)
        self.role.setObjectName("contactRole")
        self.role.setAccessibleName(self.tr("Role"))
        form.addRow(self.tr("&Role:"), self.role)
        self.channels = QPlainTextEdit(self)
        self.channels.setObjectName("contactChannels")
        self.channels.setAccessibleName(self.tr("Channels"))
        self.channels.setTabChangesFocus(True)
        self.channels.setPlaceholderText(
            self.tr("One per line, e.g. email: name@example.org — kinds: {kinds}").format(
                kinds=", ".join(CONTACT_CHANNEL_KINDS)
            )
        )
        form.addRow(self.tr("&Channels:"), self.channels)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("contactNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("contactFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.stale = StaleNotice(self)
        layout.addWidget(self.stale)
        # A refusal speaks of the values it was given: once one changes it no longer holds.
        for signal in (
            self.name.textChanged,
            self.role.textChanged,
            self.channels.textChanged,
            self.notes.textChanged,
        ):
            signal.connect(self._forget_feedback)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("contactButtons")
        for which, name, accessible in (
            (QDialogButtonBox.StandardButton.Save, "contactSave", self.tr("Save the contact")),
            (QDialogButtonBox.StandardButton.Cancel, "contactCancel", self.tr("Cancel")),
        ):
            button = buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(accessible)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        if values:
            self.set_values(values)

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(values.get("name", ""))
        self.role.setText(values.get("role", ""))
        self.channels.setPlainText(channels_to_text(values.get("channels", [])))
        self.notes.setPlainText(values.get("notes", ""))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "role": self.role.text().strip(),
            "channels": channels_from_text(self.channels.toPlainText()),
            "notes": self.notes.toPlainText().strip(),
        }

    def accept(self) -> None:
        self.save_button.setEnabled(False)
        self.feedback.setText(self.tr("Saving…"))
        self.feedback.show()
        self._save(self.values(), self._saved)

    def _saved(self, problems: list[tuple[str, str]]) -> None:
        self.save_button.setEnabled(True)
        if problems:
            self.show_problems(problems)
            return
        super().accept()

    def show_stale(self, message: str, reload: Callable[[], dict[str, Any]]) -> None:
        """Someone else changed the contact since this dialog read it: say who, keep what
        was typed; Reload shows the contact as it is now (``reload`` reads it)."""
        self.save_button.setEnabled(True)
        self._forget_feedback()
        self.stale.show_conflict(message, lambda: self.set_values(reload()))

    def done(self, result: int) -> None:
        self.forget()
        super().done(result)

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        self.feedback.setText(
            "\n".join(
                self.tr("{field}: {problem}").format(
                    field=field_label(field), problem=problem_text(message)
                )
                if field
                else problem_text(message)
                for field, message in problems
            )
        )
        self.feedback.show()

    def _forget_feedback(self) -> None:
        self.feedback.clear()
        self.feedback.hide()

    def forget(self) -> None:
        for line in (self.name, self.role):
            line.setText("")
        for text in (self.channels, self.notes):
            text.setPlainText("")
        self.feedback.setText("")
        self.stale.clear()
