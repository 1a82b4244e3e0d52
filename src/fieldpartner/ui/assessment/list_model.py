"""Assessments across partners as a lazily paged table model: pages of plain rows
(``AssessmentRow``) and their count read by ``domain.assessments.list_assessments`` and
``count_assessments`` on a worker thread, the status and kind filters applied in the
database (see ``ui.plan.paged_model``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from fieldpartner.domain.assessments import AssessmentRow, count_assessments, list_assessments
from fieldpartner.ui.assessment.labels import (
    content_language,
    kind_label,
    status_label,
    tier_label,
    word_label,
)
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.common.icons import status_icon
from fieldpartner.ui.common.paged_model import PagedTableModel
from fieldpartner.vault import Vault


@dataclass(frozen=True)
class _Query:
    status: str
    kind: str


STATUS_COLUMN = 5


class AssessmentTableModel(PagedTableModel):
    def __init__(self, vault: Vault | None = None, parent: QObject | None = None) -> None:
        super().__init__(vault, parent)
        self._filter = _Query("", "")
        self._headers = [
            self.tr("Partner"),
            self.tr("Template"),
            self.tr("Kind"),
            self.tr("Tier"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Rating"),
        ]

    def set_filter(self, status: str, kind: str, vault: Vault | None = None) -> None:
        """Show assessments of ``status`` and ``kind`` ("" for any): a reload."""
        if vault is not None:
            self._vault = vault
        self._filter = _Query(status, kind)
        self.reload()

    def clear(self) -> None:
        self._filter = _Query("", "")
        super().clear()

    def assessment_id(self, row: int) -> str:
        return self.row_id(row)

    def headers(self) -> list[str]:
        return self._headers

    def _query(self) -> _Query:
        return self._filter

    def _read(
        self, session: Any, query: _Query, offset: int, limit: int, count: bool
    ) -> tuple[list[AssessmentRow], int]:
        status, kind = query.status or None, query.kind or None
        rows = list_assessments(session, status=status, kind=kind, offset=offset, limit=limit)
        total = count_assessments(session, status=status, kind=kind) if count else 0
        return rows, total

    def _cell(self, row: AssessmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS_COLUMN:
            return status_icon(row.status)  # draft, final and approved told apart at a glance
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return row.partner_name
        if column == 1:
            return row.template_title_in(content_language())
        if column == 2:
            return kind_label(row.kind)
        if column == 3:
            return tier_label(row.tier)
        if column == 4:
            if row.assessed_on is None:
                return ""
            return format_date(row.assessed_on)
        if column == STATUS_COLUMN:
            return status_label(row.status)
        if column == 6:
            return word_label(row.rating or row.level)
        return None
