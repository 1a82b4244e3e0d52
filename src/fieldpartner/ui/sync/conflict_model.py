"""The table of conflicts on the Conflicts tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from fieldpartner.ui.common.colours import done_colour, overdue_colour
from fieldpartner.ui.names import field_label, kind_labels
from fieldpartner.ui.sync.conflict_rows import ConflictList, ConflictRow
from fieldpartner.ui.sync.labels import format_time, short_device
from fieldpartner.ui.tables import HeadedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ConflictTableModel(HeadedTableModel):
    COLUMNS = ("kind", "record", "fields", "found", "devices", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []
        self._this_device = ""
        self._hq_device = ""
        self._kinds = kind_labels()
        self._headers = [
            self.tr("Record kind"),
            self.tr("Record"),
            self.tr("Fields"),
            self.tr("Found"),
            self.tr("From devices"),
            self.tr("Status"),
        ]

    def set_conflicts(self, found: ConflictList) -> None:
        self.beginResetModel()
        self._rows = list(found.rows)
        self._this_device, self._hq_device = found.this_device, found.hq_device
        self.endResetModel()

    def clear(self) -> None:
        self.set_conflicts(ConflictList([], "", ""))

    def row_at(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == conflict_id:
                return number
        return -1

    def kind_label(self, kind: str) -> str:
        return self._kinds.get(kind, kind)

    def device_name(self, device_id: str) -> str:
        if not device_id:
            return self.tr("unknown device")
        if device_id == self._this_device:
            return self.tr("this vault")
        if device_id == self._hq_device:
            return self.tr("HQ")
        return short_device(device_id)

    def devices_text(self, row: ConflictRow) -> str:
        return self.tr("{local} and {incoming}").format(
            local=self.device_name(row.local_device),
            incoming=self.device_name(row.incoming_device),
        )

    def headers(self) -> list[str]:
        return self._headers

    def shown_rows(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        name = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "record":
                return row.record_id
            if name == "status" and not row.is_open:
                return row.resolution
            return self._text(row, name)
        if role == Qt.ItemDataRole.ForegroundRole and name == "status":
            return QBrush(overdue_colour() if row.is_open else done_colour())
        return None

    def _text(self, row: ConflictRow, name: str) -> str:
        if name == "kind":
            return self.kind_label(row.kind)
        if name == "record":
            return row.label or row.record_id
        if name == "fields":
            return ", ".join(field_label(f.field) for f in row.fields)
        if name == "found":
            return format_time(row.found_at)
        if name == "devices":
            return self.devices_text(row)
        if name == "status":
            return self.tr("Open") if row.is_open else self.tr("Resolved")
        return ""
