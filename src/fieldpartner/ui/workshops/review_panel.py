"""Review an earlier workshop's follow-up plan, item by item: for each action say whether
it is done, in progress or dropped, with a note; progress shows how far the review is.

The panel only shows and asks; the editor records each answer through
``domain.workshops.review_follow_up`` and hands back the refreshed items.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.plan.labels import status_labels
from fieldpartner.ui.workshops.details import ReviewRow

REVIEW_STATUSES = ("done", "in_progress", "dropped")


class ReviewPanel(QWidget):
    choose_requested = Signal()
    stop_requested = Signal()
    # action id, status, note
    review_submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self._rows: list[ReviewRow] = []
        self._statuses = status_labels()
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.reviewed_label = QLabel(self)
        self.reviewed_label.setObjectName("reviewedWorkshopLabel")
        self.reviewed_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose earlier workshop…"), self)
        self.choose_button.setObjectName("reviewChooseWorkshop")
        self.choose_button.setAccessibleName(self.tr("Choose the earlier workshop to review"))
        self.choose_button.clicked.connect(self.choose_requested)
        self.stop_button = QPushButton(self.tr("&Stop reviewing"), self)
        self.stop_button.setObjectName("reviewStop")
        self.stop_button.setAccessibleName(self.tr("Stop reviewing the earlier plan"))
        self.stop_button.clicked.connect(self.stop_requested)
        top.addWidget(self.reviewed_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.stop_button)
        layout.addLayout(top)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("reviewProgress")
        self.progress.setAccessibleName(self.tr("Review progress"))
        self.progress.setFormat(self.tr("%v of %m reviewed"))
        layout.addWidget(self.progress)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reviewSplitter")
        self.items = QListWidget(splitter)
        self.items.setObjectName("reviewItems")
        self.items.setAccessibleName(self.tr("Actions of the earlier plan"))
        self.items.setWordWrap(True)
        self.items.currentRowChanged.connect(self._show_item)

        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = QLabel(detail)
        self.item_title.setObjectName("reviewItemTitle")
        self.item_title.setWordWrap(True)
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        self.item_meta = QLabel(detail)
        self.item_meta.setObjectName("reviewItemMeta")
        self.item_meta.setWordWrap(True)
        self.item_history = QLabel(detail)
        self.item_history.setObjectName("reviewItemHistory")
        self.item_history.setWordWrap(True)
        self.item_history.setTextFormat(Qt.TextFormat.PlainText)
        detail_layout.addWidget(self.item_title)
        detail_layout.addWidget(self.item_meta)
        detail_layout.addWidget(self.item_history)

        choices = QHBoxLayout()
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[str, QRadioButton] = {}
        for status in REVIEW_STATUSES:
            button = QRadioButton(self._statuses[status], detail)
            button.setObjectName(f"reviewStatus_{status}")
            button.setAccessibleName(self._statuses[status])
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            choices.addWidget(button)
        choices.addStretch(1)
        detail_layout.addLayout(choices)
        note_label = QLabel(self.tr("&Note:"), detail)
        self.note_edit = QPlainTextEdit(detail)
        self.note_edit.setObjectName("reviewNote")
        self.note_edit.setAccessibleName(self.tr("Review note"))
        self.note_edit.setTabChangesFocus(True)
        note_label.setBuddy(self.note_edit)
        detail_layout.addWidget(note_label)
        detail_layout.addWidget(self.note_edit, 1)

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous"), detail)
        self.previous_button.setObjectName("reviewPrevious")
        self.previous_button.setAccessibleName(self.tr("Previous action"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.record_button = QPushButton(self.tr("&Record and next"), detail)
        self.record_button.setObjectName("reviewRecord")
        self.record_button.setAccessibleName(self.tr("Record this review and go to the next"))
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self._submit)
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        detail_layout.addLayout(buttons)
        self.status_group.buttonToggled.connect(self._update_buttons)

        splitter.addWidget(self.items)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 420])
        layout.addWidget(splitter, 1)
        self.show_review("", [])

    # --- showing ------------------------------------------------------------------------

    def editing_controls(self) -> list[QWidget]:
        """The controls that record a review or change which plan is reviewed."""
        return [
            self.choose_button,
            self.stop_button,
            self.note_edit,
            self.record_button,
            *self.status_group.buttons(),
        ]

    def show_review(self, reviewed_title: str, rows: list[ReviewRow], current: int = -1) -> None:
        self._rows = rows
        if reviewed_title:
            self.reviewed_label.setText(
                self.tr("This workshop reviews the plan of \u201c{title}\u201d.").format(
                    title=reviewed_title
                )
            )
        else:
            self.reviewed_label.setText(
                self.tr("Choose an earlier workshop to review its follow-up plan here.")
            )
        self.stop_button.setEnabled(bool(reviewed_title))
        reviewed = sum(1 for row in rows if row.reviewed)
        self.progress.setMaximum(max(len(rows), 1) if rows else 1)
        self.progress.setValue(reviewed if rows else 0)
        self.progress.setVisible(bool(rows))
        self.items.blockSignals(True)
        self.items.clear()
        done_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row in rows:
            label = row.title
            if row.reviewed and row.review is not None:
                status = self._statuses.get(str(row.review.get("status")), "")
                label = f"{row.title} \u2014 {status}"
            item = QListWidgetItem(label, self.items)
            if row.reviewed:
                item.setIcon(done_icon)
        self.items.blockSignals(False)
        if rows:
            if current < 0:
                current = next((i for i, row in enumerate(rows) if not row.reviewed), 0)
            self.items.setCurrentRow(min(current, len(rows) - 1))
        self._show_item(self.items.currentRow())

    @property
    def reviewed_count(self) -> int:
        return sum(1 for row in self._rows if row.reviewed)

    def current_row(self) -> int:
        return self.items.currentRow()

    def _show_item(self, index: int) -> None:
        row = self._rows[index] if 0 <= index < len(self._rows) else None
        self.status_group.setExclusive(False)
        for button in self.status_buttons.values():
            button.setChecked(False)
        self.status_group.setExclusive(True)
        self.note_edit.setPlainText("")
        if row is None:
            self.item_title.clear()
            self.item_meta.clear()
            self.item_history.clear()
        else:
            self.item_title.setText(row.title)
            parts = []
            if row.partner_name:
                parts.append(self.tr("Partner: {name}").format(name=row.partner_name))
            if row.owner:
                parts.append(self.tr("Owner: {name}").format(name=row.owner))
            if row.due is not None:
                parts.append(self.tr("Due: {date}").format(date=format_date(row.due)))
            parts.append(
                self.tr("Status: {status}").format(
                    status=self._statuses.get(row.status, row.status)
                )
            )
            self.item_meta.setText(" \u00b7 ".join(parts))
            history = [
                f"{entry.get('date', '')} \u2014 "
                f"{self._statuses.get(str(entry.get('status')), entry.get('status', ''))}"
                + (f": {entry['note']}" if entry.get("note") else "")
                for entry in row.history
            ]
            self.item_history.setText(
                self.tr("Earlier reviews:") + "\n" + "\n".join(history) if history else ""
            )
            if row.review is not None:
                status = str(row.review.get("status", ""))
                if status in self.status_buttons:
                    self.status_buttons[status].setChecked(True)
                self.note_edit.setPlainText(str(row.review.get("note", "")))
        self.note_edit.document().clearUndoRedoStacks()
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.items.currentRow()
        has_item = 0 <= index < len(self._rows)
        self.record_button.setEnabled(has_item and self.status_group.checkedButton() is not None)
        self.previous_button.setEnabled(has_item and index > 0)
        for button in self.status_buttons.values():
            button.setEnabled(has_item)
        self.note_edit.setEnabled(has_item)

    def _step(self, delta: int) -> None:
        index = self.items.currentRow() + delta
        if 0 <= index < len(self._rows):
            self.items.setCurrentRow(index)

    # --- answering ----------------------------------------------------------------------

    def choose(self, status: str, note: str = "") -> None:
        """Fill in the current item's answer (as a person would)."""
        self.status_buttons[status].setChecked(True)
        self.note_edit.setPlainText(note)

    def _submit(self) -> None:
        index = self.items.currentRow()
        checked = self.status_group.checkedButton()
        if not 0 <= index < len(self._rows) or checked is None:
            return
        status = next(s for s, b in self.status_buttons.items() if b is checked)
        self.review_submitted.emit(self._rows[index].id, status, self.note_edit.toPlainText())

    def forget(self) -> None:
        self.show_review("", [])
        self.note_edit.setPlainText("")
        self.note_edit.document().clearUndoRedoStacks()
