"""Small editing widgets of the workshop editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QPlainTextEdit, QWidget

from fieldpartner.ui.common.dates import edit_dates_as_shown, from_qdate, to_qdate


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text that announces ``committed`` when it loses focus after a change,
    so the editor saves at once without a Save button."""

    committed = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit()

    def set_text_quietly(self, text: str) -> None:
        """Replace the text, emptying the undo history and the modified flag."""
        self.setPlainText(text)  # also clears the undo and redo stacks
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)


class OptionalDateField(QWidget):
    """A date that may be left out: a check box that enables a date edit.

    ``changed`` is emitted when the user changes either part.
    """

    changed = Signal()

    def __init__(self, label: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.check.setObjectName(f"{object_name}Set")
        self.check.setAccessibleName(label)
        self.edit = QDateEdit(self)
        self.edit.setObjectName(f"{object_name}Edit")
        self.edit.setAccessibleName(label)
        self.edit.setCalendarPopup(True)
        edit_dates_as_shown(self.edit)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None, fallback: date | None = None) -> None:
        self.blockSignals(True)
        self.check.blockSignals(True)
        self.edit.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        shown = value or fallback
        self.edit.setDate(to_qdate(shown) if shown else QDate.currentDate())
        self.edit.blockSignals(False)
        self.check.blockSignals(False)
        self.blockSignals(False)
