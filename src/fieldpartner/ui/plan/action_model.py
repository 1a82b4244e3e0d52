"""Every live action across partners, overdue first, as a lazily paged table model.

The query and its filters live in ``domain.actions`` (``list_actions``); rows are plain
tuples copied out in a worker thread (see ``paged_model``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont

from fieldpartner.domain.actions import ActionFilter, count_actions, list_actions
from fieldpartner.ui.common.colours import done_colour, overdue_colour
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.common.icons import status_icon
from fieldpartner.ui.common.paged_model import PagedTableModel
from fieldpartner.ui.plan.labels import source_labels, status_labels
from fieldpartner.vault import Vault


class ActionRow(NamedTuple):
    id: str
    title: str
    partner_id: str
    partner_name: str
    owner: str
    due: date | None
    status: str
    source: str
    overdue: bool


@dataclass(frozen=True)
class _Query:
    flt: ActionFilter
    today: date


class ActionTableModel(PagedTableModel):
    COLUMNS = ("title", "partner", "owner", "due", "status", "source")
    PARTNER_COLUMN = 1

    def __init__(self, vault: Vault | None = None, parent: QObject | None = None) -> None:
        super().__init__(vault, parent)
        self._filter = ActionFilter()
        self._headers = [
            self.tr("Action"),
            self.tr("Partner"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Source"),
        ]
        self._statuses = status_labels()
        self._sources = source_labels()

    @property
    def filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, flt: ActionFilter, vault: Vault | None = None) -> None:
        if vault is not None:
            self._vault = vault
        self._filter = flt
        self.reload()

    def clear(self) -> None:
        self._filter = ActionFilter()
        super().clear()

    def headers(self) -> list[str]:
        return self._headers

    def _today(self) -> date:
        assert self._vault is not None
        return self._vault.clock.now().date()

    def _query(self) -> _Query:
        return _Query(self._filter, self._today())

    def _read(
        self, session: Any, query: _Query, offset: int, limit: int, count: bool
    ) -> tuple[list[ActionRow], int]:
        rows = [
            ActionRow(
                a.id,
                a.title,
                a.partner_id or "",
                name or "",
                a.owner,
                a.due_date,
                a.status,
                a.source,
                overdue,
            )
            for a, name, overdue in list_actions(
                session, query.flt, query.today, offset=offset, limit=limit
            )
        ]
        total = count_actions(session, query.flt, query.today) if count else 0
        return rows, total

    def _cell(self, row: ActionRow, column: int, role: int) -> Any:
        name = self.COLUMNS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if name == "title":
                return row.title
            if name == "partner":
                return row.partner_name
            if name == "owner":
                return row.owner
            if name == "due":
                text = format_date(row.due)
                if row.overdue and role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("{date} (overdue)").format(date=text)
                return text
            if name == "status":
                return self._statuses.get(row.status, row.status)
            if name == "source":
                return self._sources.get(row.source, row.source)
        if role == Qt.ItemDataRole.DecorationRole and name == "due" and row.overdue:
            return status_icon("overdue")  # a mark as well as a colour: not by colour alone
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and name in ("title", "due"):
                return QBrush(overdue_colour())
            if row.status == "done" and name == "status":
                return QBrush(done_colour())
        if role == Qt.ItemDataRole.FontRole and row.overdue and name == "due":
            font = QFont()
            font.setBold(True)
            return font
        return None
