"""The read-only record table every list page shows: whole-row single selection,
alternating rows, no row numbers, interactive column widths."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def record_table(
    parent: QWidget,
    object_name: str,
    accessible_name: str,
    model: QAbstractItemModel,
    widths: Sequence[int],
    *,
    stretch_last: bool = True,
) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    # Widths that fit typical values; rows load lazily, so measuring content would lie.
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table
