"""History: the bundles this vault sent and received, newest first (``sync.bundle_history``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from fieldpartner.sync import BundleEvent, bundle_history
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.sync.labels import failure_text, format_time, peer_name, sequence_text
from fieldpartner.ui.tables import record_table
from fieldpartner.vault import Vault


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

        def work(_control: Any) -> list[BundleEvent]:
            return bundle_history(vault)

        def failed(message: str, exc: BaseException) -> None:
            self._loading = False
            self.summary.setText(failure_text(message, exc))

        self.reads.run("history", work, self._show, failed)

    def _show(self, events: list[BundleEvent]) -> None:
        if self.vault is None:
            return
        self._loading = False
        self.model.removeRows(0, self.model.rowCount())
        sent = sum(1 for e in events if e.direction == "sent")
        for event in events:
            self.model.appendRow(self._row(event))
        self.summary.setText(
            self.tr("%n bundle(s) sent, ", "", sent)
            + self.tr("%n received.", "", len(events) - sent)
            if events
            else self.tr("No bundle sent or received yet.")
        )

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
        self.model.removeRows(0, self.model.rowCount())
        self.table.clearSelection()
        self.summary.clear()
        self.reads.forget()
