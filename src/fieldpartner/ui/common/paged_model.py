"""A table model whose rows are read page by page off the UI thread.

Reading runs through the model's ``OwnedReads`` (ui/operations.py) in a short-lived
session; each page is copied into plain tuples there, so no ORM object crosses threads and
a large vault never stalls the interface. ``reload`` reads the count and the first page;
``fetchMore`` (called by the view as the user scrolls) reads the next page. A reload or
``clear`` drops every answer still on its way.

A model runs one read at a time: a request made while a read is on its way waits for it,
and only the latest waiting request runs (typing or sorting quickly asks for many reloads,
and overlapping reads of the same query only compete for the database and the GIL).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from fieldpartner.ui.operations import OwnedReads, read_in_chunks
from fieldpartner.ui.tables import HeadedTableModel
from fieldpartner.vault import Vault

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(HeadedTableModel):
    """Subclasses give ``headers``, ``_query`` (a snapshot of the filter), ``_read`` and
    ``_cell``; rows are whatever ``_read`` returns (plain values only)."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    # The count and first page of a reload have arrived (or the reload failed).
    reloaded = Signal()
    # A read failed; the message is one a person can read.
    failed = Signal(str)

    def __init__(self, vault: Vault | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._rows: list[Any] = []
        self._total = 0
        self._loading = False
        self._fetching = False
        self.reads = OwnedReads(self)
        self._reading = False
        self._waiting: tuple[int, bool] | None = None
        # A reload reads from the next turn of the event loop (see ``reload``).
        self._start_timer = QTimer(self)
        self._start_timer.setObjectName("pagedReadStart")
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(0)
        self._start_timer.timeout.connect(self._start_reload)

    # --- for subclasses -----------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _query(self) -> Any:
        """An immutable snapshot of what to show, handed to ``_read`` in the worker."""
        raise NotImplementedError

    def _read(
        self, session: Any, query: Any, offset: int, limit: int, count: bool
    ) -> tuple[list[Any], int]:
        """Runs in a worker thread: one page of rows and (if ``count``) the total."""
        raise NotImplementedError

    def _cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def _row_id(self, row: Any) -> str:
        return str(row.id)

    # --- state --------------------------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        return self._vault

    @property
    def total_count(self) -> int:
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._loading or self._fetching

    def _usable(self) -> bool:
        return self._vault is not None and not self._vault.is_locked

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self.reload()

    def row_id(self, row: int) -> str:
        return self._row_id(self._rows[row]) if 0 <= row < len(self._rows) else ""

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if self._row_id(row) == record_id:
                return number
        return -1

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the count and the first page again (in the background).

        The read starts in the next turn of the event loop: the turn that asks for it
        (showing a page, building the window) ends first, without a reading thread taking
        the interpreter from it, and reloads asked for in one turn read once."""
        self.reads.drop()
        self._waiting = None
        self._fetching = False
        if not self._usable():
            self._start_timer.stop()
            self._loading = False
            self._replace([], 0)
            self.reloaded.emit()
            return
        self._loading = True
        self._start_timer.start()

    def _start_reload(self) -> None:
        if not self._loading:
            return
        if self._usable():
            self._start(0, count=True)
        else:
            self.reload()  # locked meanwhile: empty, and say the reload ended

    def clear(self) -> None:
        """Forget the vault and every value read from it (on lock)."""
        self._start_timer.stop()
        self.reads.drop()
        self._vault = None
        self._loading = self._fetching = False
        self._waiting = None
        self._replace([], 0)
        self.reads.forget()

    def _start(self, offset: int, *, count: bool) -> None:
        if self._reading:
            self._waiting = (offset, count)
            return
        vault, query, read = self._vault, self._query(), self._read
        assert vault is not None
        self._reading = True

        def work(_control: Any) -> tuple[list[Any], int]:
            with vault.session() as session:
                return read(read_in_chunks(session), query, offset, PAGE_SIZE, count)

        task = self.reads.run(
            "page",
            work,
            lambda result: self._arrived(offset, count, result),
            lambda message, _exc: self._read_failed(message),
        )
        task.ended.connect(self._read_ended)

    def _read_ended(self) -> None:
        """A read ended (delivered or dropped): start the waiting one, if still wanted."""
        self._reading = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self._usable():
            offset, count = waiting
            self._start(offset, count=count)

    def _arrived(self, offset: int, count: bool, result: tuple[list[Any], int]) -> None:
        rows, total = result
        if count:
            self._loading = False
            self._replace(rows, total)
            self.reloaded.emit()
            return
        self._fetching = False
        if offset != len(self._rows):
            return
        if not rows:
            # Records went away since the count; stop asking for more.
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _read_failed(self, message: str) -> None:
        self._loading = self._fetching = False
        self.failed.emit(message)
        self.reloaded.emit()

    def _replace(self, rows: list[Any], total: int) -> None:
        self.beginResetModel()
        self._rows = rows
        self._total = max(total, len(rows))
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or not self._usable() or self._loading:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self._fetching or not self.canFetchMore(parent):
            return
        self._fetching = True
        self._start(len(self._rows), count=False)

    # --- QAbstractTableModel ------------------------------------------------------------

    def shown_rows(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return self._row_id(row)
        return self._cell(row, index.column(), role)
