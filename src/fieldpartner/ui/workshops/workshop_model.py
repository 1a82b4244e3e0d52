"""The workshops of the vault as a lazily paged table model with a search in the database
(``domain.workshops.list_workshop_summaries``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt

from fieldpartner.domain.workshops import count_workshops, list_workshop_summaries
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.common.paged_model import PagedTableModel
from fieldpartner.vault import Vault


class WorkshopRow(NamedTuple):
    id: str
    title: str
    start: date | None
    end: date | None
    place: str
    partners: int
    open_follow_ups: int


@dataclass(frozen=True)
class _Query:
    text: str
    exclude_id: str | None


class WorkshopTableModel(PagedTableModel):
    COLUMNS = ("title", "dates", "place", "partners", "open_follow_ups")

    def __init__(self, vault: Vault | None = None, parent: QObject | None = None) -> None:
        super().__init__(vault, parent)
        self._text = ""
        self._exclude_id: str | None = None
        self._headers = [
            self.tr("Title"),
            self.tr("Dates"),
            self.tr("Place"),
            self.tr("Partners"),
            self.tr("Open follow-ups"),
        ]

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter(
        self, text: str, *, exclude_id: str | None = None, vault: Vault | None = None
    ) -> None:
        if vault is not None:
            self._vault = vault
        self._text = text
        self._exclude_id = exclude_id
        self.reload()

    def clear(self) -> None:
        self._text = ""
        self._exclude_id = None
        super().clear()

    def headers(self) -> list[str]:
        return self._headers

    def _query(self) -> _Query:
        return _Query(self._text, self._exclude_id)

    def _read(
        self, session: Any, query: _Query, offset: int, limit: int, count: bool
    ) -> tuple[list[WorkshopRow], int]:
        rows = [
            WorkshopRow(
                s.workshop.id,
                s.workshop.title,
                s.workshop.start_date,
                s.workshop.end_date,
                s.workshop.place,
                s.partners,
                s.open_follow_ups,
            )
            for s in list_workshop_summaries(
                session, query.text, exclude_id=query.exclude_id, offset=offset, limit=limit
            )
        ]
        total = count_workshops(session, query.text, exclude_id=query.exclude_id) if count else 0
        return rows, total

    def dates_text(self, row: WorkshopRow) -> str:
        if row.start is None:
            return ""
        if row.end is None or row.end == row.start:
            return format_date(row.start)
        return self.tr("{start} – {end}").format(
            start=format_date(row.start), end=format_date(row.end)
        )

    def _cell(self, row: WorkshopRow, column: int, role: int) -> Any:
        name = self.COLUMNS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if name == "title":
                return row.title
            if name == "dates":
                return self.dates_text(row)
            if name == "place":
                return row.place
            if name == "partners":
                return row.partners
            if name == "open_follow_ups":
                return row.open_follow_ups
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("partners", "open_follow_ups"):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None
