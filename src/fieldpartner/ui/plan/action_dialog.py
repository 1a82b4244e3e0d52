"""Add or edit one action: title, owner, due date, status (and a description)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.actions import get_action
from fieldpartner.ui.common.dates import edit_dates_as_shown, from_qdate, to_qdate
from fieldpartner.ui.common.stale import SavedInPlace, StaleNotice
from fieldpartner.ui.plan.labels import status_labels
from fieldpartner.vault import Vault


def read_action_values(vault: Vault, action_id: str, base: dict[str, str]) -> dict[str, Any]:
    """An action's fields as the dialog shows them, and in ``base`` the revision they are
    of (what the dialog's change is based on: a change made meanwhile refuses it)."""
    with vault.session() as session:
        action = get_action(session, action_id)
        base["rev"] = action.rev
        return {
            "title": action.title,
            "owner": action.owner,
            "due_date": action.due_date,
            "status": action.status,
            "description": action.description,
            "partner_id": action.partner_id or "",
        }


class ActionDialog(SavedInPlace, QDialog):
    """``values()`` gives the fields for ``add_action`` / ``edit_action``; with
    ``save_with`` the dialog stays open until the change is written (``SavedInPlace``)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        values: dict[str, Any] | None = None,
        today: date | None = None,
        title_editable: bool = True,
        partners: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        values = values or {}
        self.setObjectName("actionDialog")
        editing = bool(values.get("title"))
        self.setWindowTitle(self.tr("Edit action") if editing else self.tr("New action"))
        self.setAccessibleName(self.windowTitle())

        form = QFormLayout()
        self.title_edit = QLineEdit(values.get("title", ""), self)
        self.title_edit.setObjectName("actionTitle")
        self.title_edit.setAccessibleName(self.tr("Action title"))
        self.title_edit.setMaxLength(300)
        self.title_edit.setReadOnly(not title_editable)
        form.addRow(self.tr("&Title:"), self.title_edit)

        # The partner the action is for, when the caller offers a choice (e.g. the
        # partners taking part in a workshop).
        self.partner_combo: QComboBox | None = None
        if partners is not None:
            self.partner_combo = QComboBox(self)
            self.partner_combo.setObjectName("actionPartner")
            self.partner_combo.setAccessibleName(self.tr("Partner"))
            self.partner_combo.addItem(self.tr("(no particular partner)"), "")
            for partner_id, name in partners:
                self.partner_combo.addItem(name, partner_id)
            index = self.partner_combo.findData(values.get("partner_id") or "")
            self.partner_combo.setCurrentIndex(max(index, 0))
            form.addRow(self.tr("&Partner:"), self.partner_combo)

        self.owner_edit = QLineEdit(values.get("owner", ""), self)
        self.owner_edit.setObjectName("actionOwner")
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.owner_edit.setMaxLength(200)
        form.addRow(self.tr("&Owner:"), self.owner_edit)

        due_row = QHBoxLayout()
        self.has_due = QCheckBox(self.tr("Due on"), self)
        self.has_due.setObjectName("actionHasDue")
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due_edit = QDateEdit(self)
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        edit_dates_as_shown(self.due_edit)
        due: date | None = values.get("due_date")
        self.has_due.setChecked(due is not None)
        self.due_edit.setDate(
            to_qdate(due) if due else to_qdate(today) if today else QDate.currentDate()
        )
        self.due_edit.setEnabled(due is not None)
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_edit, 1)
        # A row holding a layout gets no buddy from the form, and a label without a buddy
        # shows its "&" as it is: the label is made here and points at the check box.
        due_label = QLabel(self.tr("&Due:"), self)
        due_label.setObjectName("actionDueLabel")
        due_label.setBuddy(self.has_due)
        form.addRow(due_label, due_row)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("actionStatus")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for key, label in status_labels().items():
            self.status_combo.addItem(label, key)
        index = self.status_combo.findData(values.get("status", "open"))
        self.status_combo.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Status:"), self.status_combo)

        self.description_edit = QPlainTextEdit(values.get("description", ""), self)
        self.description_edit.setObjectName("actionDescription")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow(self.tr("D&escription:"), self.description_edit)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("actionError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("actionButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("actionOk")
        ok.setAccessibleName(self.tr("Save the action"))
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.stale = StaleNotice(self)
        self.init_saving(ok, self.error_label)
        # A refusal speaks of the values it was given: once one changes it no longer holds.
        for signal in (
            self.title_edit.textChanged,
            self.owner_edit.textChanged,
            self.has_due.toggled,
            self.due_edit.dateChanged,
            self.status_combo.currentIndexChanged,
            self.description_edit.textChanged,
        ):
            signal.connect(self.error_label.clear)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stale)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def set_values(self, values: dict[str, Any]) -> None:
        """Show ``values`` (the action as it is now, after Reload)."""
        self.title_edit.setText(values.get("title", ""))
        self.owner_edit.setText(values.get("owner", ""))
        due: date | None = values.get("due_date")
        self.has_due.setChecked(due is not None)
        if due is not None:
            self.due_edit.setDate(to_qdate(due))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(values["status"]), 0))
        self.description_edit.setPlainText(values.get("description", ""))
        if self.partner_combo is not None:
            index = self.partner_combo.findData(values.get("partner_id") or "")
            self.partner_combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip(),
            "owner": self.owner_edit.text().strip(),
            "due_date": from_qdate(self.due_edit.date()) if self.has_due.isChecked() else None,
            "status": self.status_combo.currentData(),
            "description": self.description_edit.toPlainText().strip(),
        }

    def partner_id(self) -> str:
        """The chosen partner's id ("" for none, or when no choice was offered)."""
        return self.partner_combo.currentData() if self.partner_combo is not None else ""
