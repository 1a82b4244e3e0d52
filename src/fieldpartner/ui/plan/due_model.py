"""A table of things due (``domain.plans.DueItem``), read page by page and shown lazily.

The first page of a list arrives from a worker thread with the counts of the whole list
(``domain.plans.DueList``); the view takes it in pages of ``PAGE_SIZE``, and scrolling
past what has been read reads the next page in the background, so that thousands of
overdue items are neither read nor shown at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from fieldpartner.domain.plans import DueItem, DueList
from fieldpartner.ui.common.colours import due_soon_colour, overdue_colour
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.plan.labels import report_kind_labels
from fieldpartner.ui.tables import HeadedTableModel

PAGE_SIZE = 200
SOON_DAYS = 7

AnyIndex = QModelIndex | QPersistentModelIndex
# Reads, in a worker thread, the items of the list from an offset on (one page).
ReadMore = Callable[[int], list[DueItem]]


class DueTableModel(HeadedTableModel):
    """Columns: what, partner, due date, detail (owner or report kind)."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    PARTNER_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._items: list[DueItem] = []
        self._total = 0
        self._overdue = 0
        self._shown = 0
        self._today: date | None = None
        self._read_more: ReadMore | None = None
        self._reads = OwnedReads(self)
        self._kinds = report_kind_labels()

    def set_items(self, page: DueList, today: date, read_more: ReadMore | None = None) -> None:
        """Show ``page`` (the first items of a list and its counts); ``read_more`` reads
        what follows when the view scrolls past the items read."""
        self._reads.drop()
        self.beginResetModel()
        self._items = list(page.items)
        self._total = max(page.total, len(page.items))
        self._overdue = page.overdue
        self._today = today
        self._read_more = read_more
        self._shown = min(len(self._items), PAGE_SIZE)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items(DueList([], 0, 0), date.min)
        self._today = None

    def forget(self) -> None:
        """Before a lock: let a page being read end, and empty the table."""
        self._reads.forget()
        self.clear()

    @property
    def total_count(self) -> int:
        return self._total

    @property
    def overdue_count(self) -> int:
        return self._overdue

    @property
    def is_loading(self) -> bool:
        """A page of the list is being read."""
        return self._reads.current("more") is not None

    def item(self, row: int) -> DueItem | None:
        return self._items[row] if 0 <= row < self._shown else None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._shown < len(self._items) or (
            self._read_more is not None and len(self._items) < self._total
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if self._shown < len(self._items):
            self._show_more()
        elif self._read_more is not None and not self.is_loading:
            read, offset = self._read_more, len(self._items)
            self._reads.run("more", lambda _control: read(offset), self._more_read, self._failed)

    def _more_read(self, items: list[DueItem]) -> None:
        if not items:
            self._total = len(self._items)  # the list shrank since its count was read
            return
        self._items.extend(items)
        self._show_more()

    def _failed(self, _message: str, _exc: BaseException) -> None:
        self._read_more = None  # what was read stays; the page's Refresh reads again

    def _show_more(self) -> None:
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
                    return self.tr("{date} (%Ln day(s) overdue)", "", days).format(date=text)
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
