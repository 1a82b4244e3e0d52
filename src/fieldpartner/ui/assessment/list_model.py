"""Assessments across partners as a Qt table model over plain rows (``AssessmentRow``)
read by ``domain.assessments.list_assessments`` on a worker thread."""

from __future__ import annotations

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

from fieldpartner.domain.assessments import AssessmentRow
from fieldpartner.ui.assessment.labels import kind_label, rating_label, status_label, tier_label

AnyIndex = QModelIndex | QPersistentModelIndex


class AssessmentTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentRow] = []
        self._headers = (
            self.tr("Partner"),
            self.tr("Template"),
            self.tr("Kind"),
            self.tr("Tier"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Rating"),
        )

    def set_rows(self, rows: list[AssessmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def assessment_id(self, row: int) -> str:
        return self._rows[row].id if 0 <= row < len(self._rows) else ""

    def row_of(self, assessment_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == assessment_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.partner_name
        if column == 1:
            return row.template_title
        if column == 2:
            return kind_label(row.kind)
        if column == 3:
            return tier_label(row.tier)
        if column == 4:
            if row.assessed_on is None:
                return ""
            day = row.assessed_on
            return QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        if column == 5:
            return status_label(row.status)
        if column == 6:
            return rating_label(row.rating)
        return None
