"""The partner list as a Qt table model, read page by page from the partner service.

Rows are plain tuples copied out of a short-lived session per page, so no ORM object (and
no open transaction) outlives a read; ``clear`` drops every copied value when the vault
locks. The SQL comes from ``domain.partners``; this module only pages through it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from fieldpartner.domain.partners import (
    PartnerFilter,
    PartnerSummary,
    count_partners,
    list_partner_summaries,
)
from fieldpartner.ui.partners import vocabulary
from fieldpartner.vault import Vault

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


# One row of the table (kept for callers that name it).
PartnerRow = PartnerSummary


class PartnerTableModel(QAbstractTableModel):
    """Live partners matching a search text; fetches ``PAGE_SIZE`` rows at a time."""

    COLUMNS = (
        "name",
        "acronym",
        "country",
        "type",
        "phase",
        "category",
        "last_rating",
        "overdue_actions",
        "updated_at",
    )
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, vault: Vault | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._filter = PartnerFilter()
        self._rows: list[PartnerRow] = []
        self._total = 0
        self._headers = (
            self.tr("Name"),
            self.tr("Acronym"),
            self.tr("Country"),
            self.tr("Type"),
            self.tr("Phase"),
            self.tr("Category"),
            self.tr("Last rating"),
            self.tr("Overdue"),
            self.tr("Updated"),
        )
        self._labels = vocabulary.labels()
        if vault is not None:
            self.reload()

    # --- what the model shows -----------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._filter.text

    @property
    def total_count(self) -> int:
        """Partners matching the filter, loaded or not."""
        return self._total

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self.reload()

    @property
    def partner_filter(self) -> PartnerFilter:
        return self._filter

    def set_filter(self, text: str) -> None:
        """Show only partners matching ``text``; starts again from the first page."""
        self._filter = replace(self._filter, text=text)
        self.reload()

    def set_partner_filter(self, flt: PartnerFilter) -> None:
        """Replace every filter (keeping the sort order) and start again."""
        self._filter = replace(flt, sort=self._filter.sort, descending=self._filter.descending)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the database: the rows are read again in the new order."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self._filter = replace(
            self._filter,
            sort=self.COLUMNS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = 0
        if self._vault is not None and not self._vault.is_locked:
            with self._vault.session() as session:
                self._total = count_partners(session, self._filter)
            self._rows = self._read_page(0)
        self.endResetModel()

    def clear(self) -> None:
        """Forget the vault and every value read from it (used when the vault locks)."""
        self.beginResetModel()
        self._vault = None
        self._filter = PartnerFilter()
        self._rows = []
        self._total = 0
        self.endResetModel()

    def _read_page(self, offset: int) -> list[PartnerRow]:
        assert self._vault is not None
        with self._vault.session() as session:
            return list_partner_summaries(session, self._filter, offset=offset, limit=PAGE_SIZE)

    def partner_id(self, row: int) -> str:
        return self._rows[row].id

    # --- lazy loading -------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._vault is None or self._vault.is_locked:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._read_page(len(self._rows))
        if not page:
            # Partners were deleted since the count; stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.COLUMNS[index.column()]
            if column == "updated_at":
                return self._format_time(row.updated_at)
            value = getattr(row, column)
            if column in ("type", "phase", "category", "last_rating"):
                return self._labels.get(value, value) if value else ""
            if column == "overdue_actions":
                return str(value) if value else ""
            return value
        return None

    @staticmethod
    def _format_time(value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone()
        day = QDate(local.year, local.month, local.day)
        return QLocale().toString(day, QLocale.FormatType.ShortFormat)
