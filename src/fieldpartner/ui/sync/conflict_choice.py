"""One conflicting field of the selected conflict: both values and the choice between
them (keep local, take incoming, or edit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fieldpartner.domain.rules import COLUMNS
from fieldpartner.sync.conflicts import ConflictField
from fieldpartner.ui.names import field_label
from fieldpartner.ui.sync.conflict_rows import ConflictRow
from fieldpartner.ui.sync.conflict_values import (
    EDIT,
    INCOMING,
    LOCAL,
    SHOWN_CHARACTERS,
    TEXT_KINDS,
    display_value,
    elided,
    field_kind,
    value_text,
)
from fieldpartner.ui.sync.devices_panel import fixed_font


class FieldChoice(QObject):
    """The widgets of one conflicting field: both values, the choice and its editor."""

    def __init__(self, row: ConflictRow, field: ConflictField, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = row.kind
        self.name = field.field
        self.local = field.local
        self.incoming = field.incoming
        self.winner = field.winner or LOCAL
        label = field_label(self.name)
        self.label = QLabel(label, parent)
        self.label.setObjectName(f"conflictField_{self.name}")
        self.label.setToolTip(self.name)
        self.local_label = self._value_label(LOCAL, self.local, parent)
        self.incoming_label = self._value_label(INCOMING, self.incoming, parent)
        self.choice = QComboBox(parent)
        self.choice.setObjectName(f"conflictChoice_{self.name}")
        self.choice.setAccessibleName(self.tr("Choice for {field}").format(field=label))
        self.choice.addItem(self.tr("Keep local"), LOCAL)
        self.choice.addItem(self.tr("Take incoming"), INCOMING)
        self.choice.addItem(self.tr("Edit"), EDIT)
        self.choice.setCurrentIndex(self.choice.findData(self.winner if self.winner else LOCAL))
        self.choice.setEnabled(row.is_open)
        column = COLUMNS.get(self.kind, {}).get(self.name)
        # Unbounded text (mandate, notes) gets a box of several lines.
        self.long_text = column is not None and column.type == "text" and column.max_length is None
        self.editor: QLineEdit | QPlainTextEdit
        if self.long_text:
            self.editor = QPlainTextEdit(parent)
            self.editor.setTabChangesFocus(True)
            self.editor.setMaximumHeight(self.editor.fontMetrics().height() * 5)
        else:
            self.editor = QLineEdit(parent)
            kind = field_kind(self.kind, self.name)
            if kind == "date":
                self.editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
            elif kind not in TEXT_KINDS:
                self.editor.setPlaceholderText(self.tr('JSON, e.g. ["a", "b"]'))
                self.editor.setFont(fixed_font())
        self.editor.setObjectName(f"conflictEdit_{self.name}")
        self.editor.setAccessibleName(self.tr("New value of {field}").format(field=label))
        self.label.setBuddy(self.choice)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

    def _value_label(self, side: str, value: Any, parent: QWidget) -> QLabel:
        text = display_value(self.kind, self.name, value)
        label = QLabel(elided(text), parent)
        label.setObjectName(f"conflict{side.capitalize()}_{self.name}")
        label.setTextFormat(Qt.TextFormat.PlainText)  # record text is never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        tip = text if len(text) > SHOWN_CHARACTERS else ""
        if side == self.winner:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            note = self.tr("The record holds this value until the conflict is resolved.")
            tip = f"{tip}\n\n{note}" if tip else note
        label.setToolTip(tip)
        return label

    def widgets(self) -> list[QWidget]:
        return [self.label, self.local_label, self.incoming_label, self.choice, self.editor]

    def chosen(self) -> str:
        return str(self.choice.currentData())

    def set_choice(self, choice: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(choice))

    def edited_text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_edited_text(self, text: str) -> None:
        self.set_choice(EDIT)
        self._set_editor_text(text)

    def _choice_changed(self) -> None:
        editing = self.chosen() == EDIT and self.choice.isEnabled()
        if not editing:
            # The box previews the value kept; Edit starts from the side last chosen.
            side = self.incoming if self.chosen() == INCOMING else self.local
            self._set_editor_text(value_text(self.kind, self.name, side) or "")
        self.editor.setEnabled(editing)
        self.editor.setVisible(self.choice.isEnabled())

    def _set_editor_text(self, text: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def take_text(self) -> str | None:
        """The value text for ``resolve_conflict``, or None when the record already holds
        the chosen value and it cannot be written as text (an empty date, say)."""
        choice = self.chosen()
        if choice == EDIT:
            return self.edited_text()
        return value_text(self.kind, self.name, self.local if choice == LOCAL else self.incoming)
