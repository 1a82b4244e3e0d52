"""The partner list as a Qt table model, read page by page from the partner service.

Pages are read off the UI thread through ``ui.plan.paged_model.PagedTableModel`` (the
large demo vault's page query takes ~75 ms, too long to hold the interface). Rows are plain
tuples copied out of a short-lived session per page, so no ORM object (and no open
transaction) outlives a read; ``clear`` drops every copied value when the vault locks. The
SQL comes from ``domain.partners``; this module only pages through it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt

from fieldpartner.domain.partners import (
    PartnerFilter,
    PartnerSummary,
    count_partners,
    list_partner_summaries,
)
from fieldpartner.ui.common import vocabulary
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.common.paged_model import PAGE_SIZE, PagedTableModel
from fieldpartner.vault import Vault

__all__ = ["PAGE_SIZE", "PartnerRow", "PartnerTableModel"]

# One row of the table (kept for callers that name it).
PartnerRow = PartnerSummary


class PartnerTableModel(PagedTableModel):
    """Live partners matching a filter; reads ``PAGE_SIZE`` rows at a time in the
    background. Nothing is read until ``reload`` (the list page calls it when shown)."""

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

    def __init__(self, vault: Vault | None = None, parent: QObject | None = None) -> None:
        super().__init__(vault, parent)
        self._filter = PartnerFilter()
        self._headers = [
            self.tr("Name"),
            self.tr("Acronym"),
            self.tr("Country"),
            self.tr("Type"),
            self.tr("Phase"),
            self.tr("Category"),
            self.tr("Last rating"),
            self.tr("Overdue"),
            self.tr("Updated"),
        ]
        self._labels = vocabulary.labels()

    # --- what the model shows -----------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._filter.text

    @property
    def partner_filter(self) -> PartnerFilter:
        return self._filter

    def set_filter(self, text: str) -> None:
        """Show only partners matching ``text``; starts again from the first page."""
        self._filter = replace(self._filter, text=text, language=vocabulary.reader_language())
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

    def clear(self) -> None:
        """Forget the vault, the filter and every value read (used when the vault locks)."""
        self._filter = PartnerFilter()
        super().clear()

    def partner_id(self, row: int) -> str:
        return self.row_id(row)

    # --- PagedTableModel ----------------------------------------------------------------

    def headers(self) -> list[str]:
        return self._headers

    def _query(self) -> PartnerFilter:
        return self._filter

    def _read(
        self, session: Any, query: PartnerFilter, offset: int, limit: int, count: bool
    ) -> tuple[list[PartnerRow], int]:
        rows = list_partner_summaries(session, query, offset=offset, limit=limit)
        total = count_partners(session, query) if count else 0
        return rows, total

    def _cell(self, row: PartnerRow, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name = self.COLUMNS[column]
        if name == "updated_at":
            return self._format_time(row.updated_at)
        value = getattr(row, name)
        if name in ("type", "phase", "category", "last_rating"):
            return self._labels.get(value, value) if value else ""
        if name == "overdue_actions":
            return format_number(value) if value else ""
        return value

    @staticmethod
    def _format_time(value: datetime | None) -> str:
        if value is None:
            return ""
        return format_date(value.astimezone().date())
