"""Upcoming: across partners, what falls due in the next N days and what is overdue —
follow-up actions, yearly partnership dialogues and project reports — grouped, with counts,
overdue items in the palette's warning colour.

The three lists (``domain.plans.DUE_LISTS``, which ``upcoming_overview`` combines) are
read in the background, one after the other, and shown together.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.plans import DUE_LISTS, DueItem, DueList, DueListReader
from fieldpartner.ui.common.colours import overdue_colour
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.operations import OwnedReads, read_in_chunks
from fieldpartner.ui.page import Page
from fieldpartner.ui.plan.due_model import PAGE_SIZE, DueTableModel, ReadMore
from fieldpartner.vault import Vault

DEFAULT_DAYS = 30


class UpcomingPage(Page):
    key = "upcoming"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self._pending: set[str] = set()
        self._arrived: list[tuple[DueTableModel, DueList, ReadMore]] = []
        self._reads = OwnedReads(self)
        self._reader = QThreadPool(self)
        self._reader.setMaxThreadCount(1)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        days_label = QLabel(self.tr("Due within the next"), self)
        self.days = QSpinBox(self)
        self.days.setObjectName("upcomingDays")
        self.days.setAccessibleName(self.tr("Number of days ahead"))
        self.days.setRange(0, 366)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        days_label.setBuddy(self.days)
        self.days.editingFinished.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("upcomingRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of what is due"))
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("upcomingSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(days_label)
        top.addWidget(self.days)
        top.addWidget(self.refresh_button)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        self.actions_model = DueTableModel(
            [self.tr("Action"), self.tr("Partner"), self.tr("Due"), self.tr("Owner")], self
        )
        self.dialogues_model = DueTableModel(
            [self.tr("Partner"), self.tr("Partner"), self.tr("Due since"), ""], self
        )
        self.reports_model = DueTableModel(
            [self.tr("Project"), self.tr("Partner"), self.tr("Due"), self.tr("Kind")], self
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("upcomingSplitter")
        self.actions_box, self.actions_table = self._group(
            splitter, "upcomingActions", self.tr("Follow-up actions"), self.actions_model
        )
        self.dialogues_box, self.dialogues_table = self._group(
            splitter, "upcomingDialogues", self.tr("Yearly dialogues"), self.dialogues_model
        )
        self.dialogues_table.hideColumn(1)
        self.dialogues_table.hideColumn(3)
        self.reports_box, self.reports_table = self._group(
            splitter,
            "upcomingReports",
            self.tr("Project reports, visits and audits"),
            self.reports_model,
        )
        splitter.setSizes([400, 200, 250])
        # Each list's model, with the domain's read of it (``domain.plans.DUE_LISTS``).
        self._lists = dict(
            zip(
                DUE_LISTS,
                zip(self._models(), DUE_LISTS.values(), strict=True),
                strict=True,
            )
        )
        layout.addWidget(splitter, 1)
        self._update_titles()

    def _group(
        self, splitter: QSplitter, name: str, accessible: str, model: DueTableModel
    ) -> tuple[QGroupBox, QTableView]:
        box = QGroupBox(splitter)
        box.setObjectName(f"{name}Group")
        inner = QVBoxLayout(box)
        table = QTableView(box)
        table.setObjectName(f"{name}Table")
        table.setAccessibleName(accessible)
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
        header.setStretchLastSection(True)
        for column, width in enumerate((320, 240, 200, 140)):
            header.resizeSection(column, width)
        table.doubleClicked.connect(lambda index: self._open_partner(model, index))
        inner.addWidget(table)
        splitter.addWidget(box)
        return box, table

    def title(self) -> str:
        return self.tr("Upcoming")

    # --- loading --------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return bool(self._pending)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        within = self.days.value()
        today = vault.clock.now().date()
        self.summary.setText(self.tr("Looking for what is due…"))
        # The three lists are read one after the other on the page's own worker thread:
        # read at the same time on three threads they took about as long, and the
        # interface thread waited longer for the interpreter among them (stalls of 88-176
        # ms against 49 ms under the same load). Actions and reports come a page at a time
        # with the counts of the whole list; the dialogues (one per live partner) whole.
        self._pending = set(self._lists)
        self._arrived.clear()
        for key, (model, read) in self._lists.items():
            limit = None if key == "dialogues" else PAGE_SIZE

            def first(
                _control: Any, read: DueListReader = read, limit: int | None = limit
            ) -> DueList:
                with vault.session() as session:
                    return read(read_in_chunks(session), today, within, 0, limit)

            def more(offset: int, read: DueListReader = read) -> list[DueItem]:
                with vault.session() as session:
                    return read(read_in_chunks(session), today, within, offset, PAGE_SIZE).items

            self._reads.run(
                key,
                first,
                partial(self._show, key, model, today, more),
                self._failed,
                pool=self._reader,
            )

    def _show(
        self, key: str, model: DueTableModel, today: date, more: ReadMore, page: DueList
    ) -> None:
        if self.vault is None:
            return
        # Shown together once all three have arrived: one relayout of the page, not three.
        self._pending.discard(key)
        self._arrived.append((model, page, more))
        if self._pending:
            return
        for shown, items, read_more in self._arrived:
            shown.set_items(items, today, read_more)
        self._arrived.clear()
        self._update_titles()
        overdue = sum(m.overdue_count for m in self._models())
        total = sum(m.total_count for m in self._models())
        self.summary.setText(
            self.tr("%Ln item(s) due, ", "", total) + self.tr("%Ln overdue", "", overdue)
        )
        palette = self.summary.palette()
        if overdue:
            palette.setColor(self.summary.foregroundRole(), overdue_colour())
        else:
            palette = self.palette()
        self.summary.setPalette(palette)

    def _failed(self, message: str, _exc: BaseException) -> None:
        self._reads.drop()  # one list failed: the others' counts would mislead
        self._pending.clear()
        self._arrived.clear()
        self.summary.setText(message)

    def _models(self) -> tuple[DueTableModel, DueTableModel, DueTableModel]:
        return (self.actions_model, self.dialogues_model, self.reports_model)

    def counts(self) -> dict[str, tuple[int, int]]:
        """(total, overdue) per group, as shown."""
        return {
            "actions": (self.actions_model.total_count, self.actions_model.overdue_count),
            "dialogues": (self.dialogues_model.total_count, self.dialogues_model.overdue_count),
            "reports": (self.reports_model.total_count, self.reports_model.overdue_count),
        }

    def _update_titles(self) -> None:
        counts = self.counts()
        self.actions_box.setTitle(
            self.tr("Follow-up actions: {total} ({overdue} overdue)").format(
                total=format_number(counts["actions"][0]),
                overdue=format_number(counts["actions"][1]),
            )
        )
        self.dialogues_box.setTitle(
            self.tr("Yearly partnership dialogues due: {total} ({overdue} overdue)").format(
                total=format_number(counts["dialogues"][0]),
                overdue=format_number(counts["dialogues"][1]),
            )
        )
        self.reports_box.setTitle(
            self.tr("Project reports, visits and audits: {total} ({overdue} overdue)").format(
                total=format_number(counts["reports"][0]),
                overdue=format_number(counts["reports"][1]),
            )
        )

    def _open_partner(self, model: DueTableModel, index: QModelIndex) -> None:
        partner_id = model.data(index, DueTableModel.PARTNER_ROLE)
        if partner_id:
            self.navigate.emit("partner", partner_id)

    # --- lock -----------------------------------------------------------------------------

    def forget(self) -> None:
        self._reads.forget()
        self._pending.clear()
        self._arrived.clear()
        for model in self._models():
            model.forget()
        for table in (self.actions_table, self.dialogues_table, self.reports_table):
            table.clearSelection()
        self.days.setValue(DEFAULT_DAYS)
        self.summary.clear()
        self.summary.setPalette(self.palette())
        self._update_titles()
