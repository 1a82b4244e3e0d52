"""The read-only record table every list page shows (whole-row single selection,
alternating rows, no row numbers, interactive column widths), and the base of the flat
table models behind such tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


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
    # The header's own text is known, though, and is never cut (Arabic ones run longer).
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, header_width(table, column)))
    natural_direction(table)
    return table


def natural_direction(view: QAbstractItemView) -> None:
    """In a right-to-left window, lay out each cell in its own text's direction
    (``NaturalDirectionDelegate``). A left-to-right window keeps Qt's own delegate: the
    override is a call into Python for every cell painted (200 a page of the partner list),
    and changes nothing there. A window is built again when its language changes."""
    if view.isRightToLeft():
        view.setItemDelegate(NaturalDirectionDelegate(view))


def header_width(table: QTableView, column: int) -> int:
    """The width column ``column``'s header text needs, with room for the sort arrow."""
    text = table.model().headerData(column, Qt.Orientation.Horizontal) or ""
    return table.horizontalHeader().fontMetrics().horizontalAdvance(str(text)) + 32


def starts_left_to_right(text: str) -> bool:
    """Whether the first letter that has a direction (Unicode's rule P2) is written left
    to right: a Latin name in an Arabic window."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


class NaturalDirectionDelegate(QStyledItemDelegate):
    """Lays out each cell in its own text's direction. In a right-to-left window a Latin
    name cut short then ends with its ellipsis on the right ("Legal Aid Net…") instead
    of taking the window's direction, which put the ellipsis before the name; the cell
    stays on the side the table's alignment puts it."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction != Qt.LayoutDirection.RightToLeft:
            return
        if not starts_left_to_right(option.text):
            return
        option.direction = Qt.LayoutDirection.LeftToRight
        alignment = option.displayAlignment
        if not alignment & (Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignHCenter):
            # Leading in a right-to-left table is the right-hand side, and stays so.
            vertical = alignment & Qt.AlignmentFlag.AlignVertical_Mask
            side = (
                Qt.AlignmentFlag.AlignLeft
                if alignment & (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTrailing)
                else Qt.AlignmentFlag.AlignRight
            )
            option.displayAlignment = vertical | side | Qt.AlignmentFlag.AlignAbsolute


class HeadedTableModel(QAbstractTableModel):
    """A flat table model with column headers: subclasses give ``headers()`` and
    ``shown_rows()``, and their own ``data``."""

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def shown_rows(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown_rows()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None
