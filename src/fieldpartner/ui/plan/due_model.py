"""A table of things due (``domain.plans.DueItem``), held in memory and shown lazily.

The whole list arrives at once from a worker thread; the view still takes it in pages of
``PAGE_SIZE`` so that thousands of overdue items never stall the interface.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from fieldpartner.domain.plans import DueItem
from fieldpartner.ui.common.colours import due_soon_colour, overdue_colour
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.plan.labels import report_kind_labels
from fieldpartner.ui.tables import HeadedTableModel

PAGE_SIZE = 200
SOON_DAYS = 7

AnyIndex = QModelIndex | QPersistentModelIndex


class DueTableModel(HeadedTableModel):
    """Columns: what, partner, due date, detail (owner or report kind)."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    PARTNER_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._items: list[DueItem] = []
        self._shown = 0
        self._today: date | None = None
        self._kinds = report_kind_labels()

    def set_items(self, items: list[DueItem], today: date) -> None:
        self.beginResetModel()
        self._items = items
        self._today = today
        self._shown = min(len(items), PAGE_SIZE)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([], date.min)
        self._today = None

    @property
    def total_count(self) -> int:
        return len(self._items)

    @property
    def overdue_count(self) -> int:
        return sum(1 for item in self._items if item.overdue)

    def item(self, row: int) -> DueItem | None:
        return self._items[row] if 0 <= row < self._shown else None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._items)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        last = min(len(self._items), self._shown + PAGE_SIZE)
        self.beginInsertRows(QModelIndex(), self._shown, last - 1)
        self._shown = last
        self.endInsertRows()

    def headers(self) -> list[str]:
        return self._headers

    def shown_rows(self) -> int:
        return self._shown

    def _due_soon(self, item: DueItem) -> bool:
        return (
            self._today is not None
            and item.due is not None
            and not item.overdue
            and item.due <= self._today + timedelta(days=SOON_DAYS)
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == self.ID_ROLE:
            return item.record_id
        if role == self.PARTNER_ROLE:
            return item.partner_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return item.title
            if column == 1:
                return item.partner_name
            if column == 2:
                if item.due is None:
                    return self.tr("Never held")
                text = format_date(item.due)
                if item.overdue and self._today is not None:
                    days = (self._today - item.due).days
                    return self.tr("{date} (%n day(s) overdue)", "", days).format(date=text)
                return text
            if column == 3:
                return self._kinds.get(item.detail, item.detail)
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, 2):
            if item.overdue:
                return QBrush(overdue_colour())
            if item.due is None or self._due_soon(item):
                return QBrush(due_soon_colour())
        if role == Qt.ItemDataRole.FontRole and column == 2 and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None
