"""The list of partners: instant search in the database, lazy loading, open a partner."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.page import Page
from fieldpartner.ui.partner_model import PartnerTableModel
from fieldpartner.vault import Vault

SEARCH_DELAY_MS = 250


class PartnerListPage(Page):
    key = "partners"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.model = PartnerTableModel(vault, self)
        layout = QVBoxLayout(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("partnerSearch")
        self.search.setAccessibleName(self.tr("Search partners"))
        self.search.setPlaceholderText(self.tr("Search by name, acronym, region, country or tag"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("searchDebounce")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        layout.addWidget(self.search)

        self.table = QTableView(self)
        self.table.setObjectName("partnerTable")
        self.table.setAccessibleName(self.tr("Partners"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths that fit typical values; rows load lazily, so measuring content would lie.
        for column, width in enumerate((270, 70, 64, 170, 100, 140, 90)):
            header.resizeSection(column, width)
        self.table.activated.connect(self._open_partner)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Partners")

    def _apply_search(self) -> None:
        if self.vault is not None and not self.vault.is_locked:
            self.model.set_filter(self.search.text())

    def _open_partner(self, index: QModelIndex) -> None:
        partner_id = self.model.partner_id(index.row())
        if partner_id:
            self.navigate.emit("partner", partner_id)

    def forget(self) -> None:
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.setText("")  # unlike clear(), also empties the undo history
        self.search.blockSignals(False)
        self.table.clearSelection()
        self.model.clear()
