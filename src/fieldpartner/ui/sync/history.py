"""History: the bundles this vault sent and received, newest first (``sync.bundle_history``).

The newest page is read first; older ones are read a page at a time on request, so a
long-running HQ's history never has to be read whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldpartner.sync import BundleEvent, bundle_history
from fieldpartner.sync.history import count_bundle_events
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.sync.labels import failure_text, format_time, peer_name, sequence_text
from fieldpartner.ui.tables import record_table
from fieldpartner.vault import Vault

PAGE_SIZE = 200


class HistoryPanel(QWidget):
    """The "History" tab of the Sync page."""

    status_message = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncHistory")
        self.vault: Vault | None = vault
        self.reads = OwnedReads(self)
        self._loading = False
        self.model = QStandardItemModel(0, 0, self)
        self._set_headers()
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("syncHistorySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = record_table(
            self,
            "syncHistoryTable",
            self.tr("Bundles sent and received"),
            self.model,
            (140, 80, 120, 70, 70, 90, 75, 100, 200),
        )
        self.table.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.more_button = QPushButton(self.tr("Show older bundles"), self)
        self.more_button.setObjectName("syncHistoryMore")
        self.more_button.setAccessibleName(self.tr("Show older bundles"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeading)
        self._shown = 0
        self._total = 0

    def _set_headers(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("With"),
                self.tr("Changes"),
                self.tr("Records"),
                self.tr("Attachments"),
                self.tr("Conflicts"),
                self.tr("Kind"),
                self.tr("File"),
            ]
        )

    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        self._loading = True

        def work(_control: Any) -> tuple[list[BundleEvent], int, int]:
            events = bundle_history(vault, limit=PAGE_SIZE)
            return events, count_bundle_events(vault, "sent"), count_bundle_events(vault)

        # A newer read of the same key supersedes an older one, so "history" covers both
        # the first page and the older ones: a reload drops a page still being read.
        self.reads.run("history", work, lambda found: self._show(*found), self._failed)

    def show_more(self) -> None:
        """Read the next page of older bundles and add it below."""
        vault = self.vault
        if vault is None or vault.is_locked or self._loading or self._shown >= self._total:
            return
        offset = self._shown
        self._loading = True
        self.more_button.setEnabled(False)

        def work(_control: Any) -> list[BundleEvent]:
            return bundle_history(vault, offset=offset, limit=PAGE_SIZE)

        self.reads.run("history", work, self._append, self._failed)

    def _failed(self, message: str, exc: BaseException) -> None:
        self._loading = False
        self.more_button.setEnabled(True)
        self.summary.setText(failure_text(message, exc))

    def _show(self, events: list[BundleEvent], sent: int, total: int) -> None:
        if self.vault is None:
            return
        self.model.removeRows(0, self.model.rowCount())
        self._shown, self._total = 0, total
        self.summary.setText(
            self.tr("%Ln bundle(s) sent, ", "", sent) + self.tr("%Ln received.", "", total - sent)
            if total
            else self.tr("No bundle sent or received yet.")
        )
        self._append(events)

    def _append(self, events: list[BundleEvent]) -> None:
        if self.vault is None:
            return
        self._loading = False
        for event in events:
            self.model.appendRow(self._row(event))
        self._shown += len(events)
        self.more_button.setVisible(self._shown < self._total)
        self.more_button.setEnabled(True)

    def _row(self, event: BundleEvent) -> list[QStandardItem]:
        def cell(text: str, *, number: bool = False) -> QStandardItem:
            item = QStandardItem(text)
            item.setEditable(False)
            if number:
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
            return item

        direction = self.tr("Sent") if event.direction == "sent" else self.tr("Received")
        kind = self.tr("Everything") if event.full else self.tr("Changes only")
        row = [
            cell(format_time(event.at)),
            cell(direction),
            cell(peer_name(event.peer, event.peer_role)),
            cell(sequence_text(*event.sequence)),
            cell(str(sum(event.records.values())), number=True),
            cell(str(event.attachments), number=True),
            cell(str(event.conflicts), number=True),
            cell(kind),
            cell(event.file_name),
        ]
        row[0].setToolTip(self.tr("Bundle made {time}").format(time=format_time(event.created_at)))
        row[2].setToolTip(event.peer)
        row[8].setToolTip(event.bundle_id)
        return row

    def forget(self) -> None:
        self.reads.drop()
        self._loading = False
        self._shown = self._total = 0
        self.more_button.hide()
        self.model.removeRows(0, self.model.rowCount())
        self.table.clearSelection()
        self.summary.clear()
        self.reads.forget()
