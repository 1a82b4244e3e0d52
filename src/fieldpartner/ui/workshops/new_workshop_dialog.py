"""Create a workshop: title, topic, dates, place and facilitators, checked by the domain
before the dialog closes (end before start is refused with a plain message)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.workshops import add_workshop
from fieldpartner.ui.operations import change
from fieldpartner.ui.workshops.widgets import OptionalDateField
from fieldpartner.vault import Vault


def split_names(text: str) -> list[str]:
    return [name.strip() for name in text.replace(";", ",").split(",") if name.strip()]


class NewWorkshopDialog(QDialog):
    """On OK the workshop is created; ``workshop_id`` then names it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.workshop_id = ""
        self.setObjectName("newWorkshopDialog")
        self.setWindowTitle(self.tr("New workshop"))
        self.setAccessibleName(self.tr("New workshop"))
        today = vault.clock.now().date()

        form = QFormLayout()
        self.title_edit = self._line("newWorkshopTitle", self.tr("Title"), 300)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.topic_edit = self._line("newWorkshopTopic", self.tr("Topic"), 300)
        form.addRow(self.tr("T&opic:"), self.topic_edit)
        self.start_field = OptionalDateField(self.tr("Start date"), "newWorkshopStart", self)
        self.start_field.set_value(None, today)
        form.addRow(self.tr("&Starts:"), self.start_field)
        self.end_field = OptionalDateField(self.tr("End date"), "newWorkshopEnd", self)
        self.end_field.set_value(None, today)
        form.addRow(self.tr("&Ends:"), self.end_field)
        self.place_edit = self._line("newWorkshopPlace", self.tr("Place"), 200)
        form.addRow(self.tr("&Place:"), self.place_edit)
        self.facilitators_edit = self._line("newWorkshopFacilitators", self.tr("Facilitators"), 0)
        self.facilitators_edit.setPlaceholderText(self.tr("Names separated by commas"))
        form.addRow(self.tr("&Facilitators:"), self.facilitators_edit)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("newWorkshopError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("newWorkshopButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        ok.setObjectName("newWorkshopCreate")
        ok.setAccessibleName(self.tr("Create the workshop"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_state)
        self.start_field.changed.connect(self._update_state)
        self.end_field.changed.connect(self._update_state)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_state()
        self.resize(460, self.sizeHint().height())

    def _line(self, name: str, accessible: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if limit:
            edit.setMaxLength(limit)
        return edit

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "topic": self.topic_edit.text(),
            "start_date": self.start_field.value(),
            "end_date": self.end_field.value(),
            "place": self.place_edit.text(),
            "facilitators": split_names(self.facilitators_edit.text()),
        }

    def _dates_in_order(self) -> bool:
        start: date | None = self.start_field.value()
        end: date | None = self.end_field.value()
        return start is None or end is None or end >= start

    def _update_state(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        in_order = self._dates_in_order()
        ok.setEnabled(bool(self.title_edit.text().strip()) and in_order)
        self.error_label.setText(
            "" if in_order else self.tr("The workshop cannot end before it starts.")
        )

    def accept(self) -> None:
        """Queue the new workshop on the vault's writer; close once it is in the vault."""
        values = self.values()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)

        def created(workshop_id: str) -> None:
            self.workshop_id = workshop_id
            ok.setEnabled(True)
            super(NewWorkshopDialog, self).accept()

        def failed(message: str, _exc: BaseException) -> None:
            self._update_state()
            self.error_label.setText(self.tr("Not saved: {reason}").format(reason=message))

        change(
            self,
            self._vault,
            lambda session: add_workshop(session, **values).id,
            on_saved=created,
            on_failed=failed,
        )
