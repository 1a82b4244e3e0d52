"""Workshops: the list (searched in the database, loaded page by page) beside the editor
of the chosen workshop; create one, delete one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.staff import Action as StaffAction
from fieldpartner.domain.workshops import delete_workshop, get_workshop
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.common.stale import is_stale
from fieldpartner.ui.operations import change
from fieldpartner.ui.page import Page
from fieldpartner.ui.roles import Control
from fieldpartner.ui.tables import record_table
from fieldpartner.ui.workshops.new_workshop_dialog import NewWorkshopDialog
from fieldpartner.ui.workshops.workshop_editor import WorkshopEditor
from fieldpartner.ui.workshops.workshop_model import WorkshopTableModel
from fieldpartner.vault import Vault

SEARCH_DELAY_MS = 250


class WorkshopsPage(Page):
    key = "workshops"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.model = WorkshopTableModel(None, self)
        self._pending_select = ""
        self._dialog: NewWorkshopDialog | None = None
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("workshopsSplitter")

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(left)
        self.search.setObjectName("workshopSearch")
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.search.setPlaceholderText(self.tr("Search by title, topic or place"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("workshopSearchDebounce")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        left_layout.addWidget(self.search)

        # The title takes the room left; the counts keep a width that shows their header.
        self.table = record_table(
            left,
            "workshopTable",
            self.tr("Workshops"),
            self.model,
            (170, 150, 95, 65, 105),
            stretch_last=False,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.reloaded.connect(self._reloaded)
        self.model.failed.connect(self.status_message)
        left_layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.count_label = QLabel(left)
        self.count_label.setObjectName("workshopCount")
        self.new_button = QPushButton(self.tr("&New workshop…"), left)
        self.new_button.setObjectName("newWorkshop")
        self.new_button.setAccessibleName(self.tr("Create a workshop"))
        self.new_button.clicked.connect(self.new_workshop_dialog)
        self.delete_button = QPushButton(self.tr("Delete"), left)
        self.delete_button.setObjectName("deleteWorkshop")
        self.delete_button.setAccessibleName(self.tr("Delete the selected workshop"))
        self.delete_button.clicked.connect(self._confirm_delete)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.new_button)
        left_layout.addLayout(buttons)

        self.editor = WorkshopEditor(vault, splitter)
        self.editor.changed.connect(self._workshop_changed)
        self.editor.loaded.connect(lambda _id: self._update_buttons())
        self.editor.status_message.connect(self.status_message)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([590, 540])
        layout.addWidget(splitter)
        self._update_buttons()

    def editing_controls(self) -> list[tuple[Control, StaffAction]]:
        controls: list[Control] = [
            self.new_button,
            self.delete_button,
            *self.editor.editing_controls(),
        ]
        return [(control, StaffAction.EDIT_RECORDS) for control in controls]

    def title(self) -> str:
        return self.tr("Workshops")

    # --- the list -----------------------------------------------------------------------

    def activated(self) -> None:
        if self.vault is None or self.vault.is_locked:
            return
        self.editor.vault = self.vault
        self._pending_select = self._pending_select or self.editor.workshop_id
        self.model.set_filter(self.search.text(), vault=self.vault)

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.vault is not None and not self.vault.is_locked:
            self.model.set_filter(self.search.text(), vault=self.vault)

    def _reloaded(self) -> None:
        total = self.model.total_count
        if self.model.filter_text.strip():
            self.count_label.setText(self.tr("%Ln workshop(s) found", "", total))
        else:
            self.count_label.setText(self.tr("%Ln workshop(s)", "", total))
        if self._pending_select:
            self.select_workshop(self._pending_select)

    def select_workshop(self, workshop_id: str) -> bool:
        row = self.model.row_of(workshop_id)
        if row < 0:
            # Not in the loaded pages (or filtered out): show it in the editor anyway.
            self._pending_select = ""
            self.editor.show_workshop(workshop_id)
            self._update_buttons()
            return False
        self._pending_select = ""
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else ""

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        chosen = self.selected_id()
        if chosen and chosen != self.editor.workshop_id and chosen != self.editor.loading_id:
            self.editor.show_workshop(chosen)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.editor.workshop_id))

    def _workshop_changed(self, workshop_id: str) -> None:
        # Titles, dates and counts in the list may have changed.
        self._pending_select = workshop_id
        self.model.reload()

    def current_record(self) -> str:
        return self.editor.workshop_id

    def show_record(self, record_id: str) -> None:
        self._pending_select = record_id
        if not self.model.is_loading:
            self.select_workshop(record_id)

    # --- creating and deleting ----------------------------------------------------------

    @opens_dialog
    def new_workshop_dialog(self) -> None:
        if self.vault is None:
            return
        dialog = NewWorkshopDialog(self.vault, self)
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._created(dialog.workshop_id))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _created(self, workshop_id: str) -> None:
        self.status_message.emit(self.tr("Workshop created"))
        self.editor.tabs.setCurrentIndex(0)
        self.editor.show_workshop(workshop_id)
        self._workshop_changed(workshop_id)

    def _dialog_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    def _confirm_delete(self) -> None:
        workshop_id = self.editor.workshop_id
        if not workshop_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete workshop"),
            self.tr(
                "Delete this workshop? Its follow-up actions leave the plan and the due lists."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(workshop_id)

    def delete(self, workshop_id: str) -> bool:
        """Queue the deletion on the vault's writer; True once queued."""
        if self.vault is None:
            return False
        # The workshop as the editor shows it: a change since then refuses the deletion.
        based_on = self.editor.shown_rev() if self.editor.workshop_id == workshop_id else None

        def deleted(_none: None) -> None:
            if self.editor.workshop_id == workshop_id:
                self.editor.show_workshop("")
            self.status_message.emit(self.tr("Workshop deleted"))
            self.model.reload()
            self._update_buttons()

        change(
            self,
            self.vault,
            lambda session: delete_workshop(
                session, get_workshop(session, workshop_id), based_on=based_on
            ),
            on_saved=deleted,
            on_failed=self._not_deleted,
        )
        return True

    def _not_deleted(self, message: str, exc: BaseException) -> None:
        self.status_message.emit(self.tr("Not deleted: {reason}").format(reason=message))
        if is_stale(exc):
            self.editor.stale.show_conflict(message, self.editor.reload)

    # --- lock -----------------------------------------------------------------------------

    def forget(self) -> None:
        self._search_timer.stop()
        if self._dialog is not None:
            self._dialog.reject()
        self.editor.forget()
        self.search.blockSignals(True)
        self.search.setText("")  # unlike clear(), also empties the undo history
        self.search.blockSignals(False)
        self.table.clearSelection()
        self.model.clear()
        self.count_label.clear()
        self._pending_select = ""
        self._update_buttons()
