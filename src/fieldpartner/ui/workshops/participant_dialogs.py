"""Add participants to a workshop: a partner organisation picked from the vault (searched
in the database as you type), or a named person with role and organisation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.partners import PartnerFilter, list_partners
from fieldpartner.ui.common.vocabulary import reader_language
from fieldpartner.vault import Vault

MATCHES_SHOWN = 100
SEARCH_DELAY_MS = 200


class PartnerPickerDialog(QDialog):
    """Pick one or more partners; ``chosen()`` gives their ids.

    The choice is kept while the search changes (a partner found by one search stays
    chosen when the next search hides it), and Add is offered only once something is
    chosen, so the dialog never closes having added nothing."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        # Chosen partners in the order they were chosen: id -> label.
        self._picked: dict[str, str] = {}
        self._filling = False
        self.setObjectName("partnerPickerDialog")
        self.setWindowTitle(self.tr("Add participating partners"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("partnerPickerSearch")
        self.search.setAccessibleName(self.tr("Search partners"))
        self.search.setPlaceholderText(self.tr("Search by name, acronym, country or tag"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setObjectName("partnerPickerList")
        self.list.setAccessibleName(self.tr("Partners"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(self.accept)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("partnerPickerChosen")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.chosen_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("partnerPickerButtons")
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setObjectName("partnerPickerAdd")
        self.add_button.setAccessibleName(self.tr("Add the selected partners"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.resize(440, 460)
        self.refresh()
        self._show_chosen()

    def refresh(self) -> None:
        self._timer.stop()
        self._filling = True
        try:
            self.list.clear()
            if self._vault.is_locked:
                return
            with self._vault.session() as session:
                found = [
                    (p.id, p.name, p.acronym, p.country)
                    for p in list_partners(
                        session,
                        PartnerFilter(text=self.search.text(), language=reader_language()),
                        limit=MATCHES_SHOWN,
                    )
                ]
            for partner_id, name, acronym, country in found:
                label = f"{name} ({acronym})" if acronym else name
                if country:
                    label = f"{label} \u2014 {country}"
                item = QListWidgetItem(label, self.list)
                item.setData(Qt.ItemDataRole.UserRole, partner_id)
                item.setSelected(partner_id in self._picked)
        finally:
            self._filling = False

    def _selection_changed(self) -> None:
        if self._filling:
            return
        # Only the rows on screen can change: a chosen partner the search hides stays.
        for row in range(self.list.count()):
            item = self.list.item(row)
            partner_id = item.data(Qt.ItemDataRole.UserRole)
            if item.isSelected():
                self._picked.setdefault(partner_id, item.text())
            else:
                self._picked.pop(partner_id, None)
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.add_button.setEnabled(bool(self._picked))
        if self._picked:
            self.chosen_label.setText(
                self.tr("Chosen: {names}").format(names="; ".join(self._picked.values()))
            )
        else:
            self.chosen_label.setText(self.tr("Choose one or more partners to add."))

    def accept(self) -> None:
        if self._picked:
            super().accept()

    def chosen(self) -> list[str]:
        return list(self._picked)


class PersonDialog(QDialog):
    """A named participant: name, role, organisation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Add a participant"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        self.name_edit = self._line("personName", self.tr("Name"), 300)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.role_edit = self._line("personRole", self.tr("Role"), 200)
        form.addRow(self.tr("&Role:"), self.role_edit)
        self.organisation_edit = self._line("personOrganisation", self.tr("Organisation"), 300)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("personButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add"))
        ok.setObjectName("personAdd")
        ok.setAccessibleName(self.tr("Add the participant"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(400, self.sizeHint().height())

    def _line(self, name: str, accessible: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(limit)
        return edit

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "role": self.role_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
        }
