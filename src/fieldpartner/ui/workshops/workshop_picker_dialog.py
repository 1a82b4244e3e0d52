"""Choose the earlier workshop whose follow-up plan this one reviews (searched in the
database; the list loads page by page)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.workshops.workshop_model import WorkshopTableModel
from fieldpartner.vault import Vault

SEARCH_DELAY_MS = 250


class WorkshopPickerDialog(QDialog):
    def __init__(self, vault: Vault, exclude_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exclude_id = exclude_id
        self.setObjectName("workshopPickerDialog")
        self.setWindowTitle(self.tr("Review an earlier workshop's plan"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("workshopPickerSearch")
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.search.setPlaceholderText(self.tr("Search by title, topic or place"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = WorkshopTableModel(None, self)
        self.table = QTableView(self)
        self.table.setObjectName("workshopPickerTable")
        self.table.setAccessibleName(self.tr("Earlier workshops"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((260, 170, 120, 70)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("workshopPickerButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Review its plan"))
        ok.setObjectName("workshopPickerChoose")
        ok.setAccessibleName(self.tr("Review the chosen workshop's plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._timer.start)
        self.resize(760, 480)
        self.model.set_filter("", exclude_id=exclude_id, vault=vault)

    def _search(self) -> None:
        self.model.set_filter(self.search.text(), exclude_id=self._exclude_id)

    def chosen(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else ""

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
        self.model.clear()  # the choice has been read by now
