"""Plan & follow-ups: every action across partners, overdue first, with filters; mark an
action done with a note, or change its owner, due date and status.

Reading runs in the background (``ActionTableModel``); each change is one short
transaction through ``domain.actions``. Double-clicking the partner column opens the
partner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.actions import (
    OPEN_STATUSES,
    ActionFilter,
    action_owners,
    edit_action,
    get_action,
    mark_done,
)
from fieldpartner.domain.staff import Action as StaffAction
from fieldpartner.domain.validation import ValidationError
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.common.stale import is_stale
from fieldpartner.ui.operations import OwnedReads, change, read_in_chunks
from fieldpartner.ui.page import Page
from fieldpartner.ui.plan.action_dialog import ActionDialog, read_action_values
from fieldpartner.ui.plan.action_model import ActionTableModel
from fieldpartner.ui.plan.labels import source_labels, status_labels
from fieldpartner.ui.plan.mark_done_dialog import MarkDoneDialog
from fieldpartner.ui.roles import Control
from fieldpartner.ui.tables import record_table
from fieldpartner.ui.worker import is_refusal
from fieldpartner.vault import Vault

SEARCH_DELAY_MS = 250
OPEN_ANY = "__open__"


class PlanPage(Page):
    key = "plan"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.model = ActionTableModel(vault, self)
        self._loaded_once = False
        self._dialog: QDialog | None = None
        self.reads = OwnedReads(self)
        self._problem: QMessageBox | None = None
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.search = self._line_edit(
            "planSearch", self.tr("Search actions"), self.tr("Search action titles")
        )
        self.partner_search = self._line_edit(
            "planPartnerFilter", self.tr("Filter by partner"), self.tr("Partner name or acronym")
        )
        self.status_filter = self._combo("planStatusFilter", self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Any status"), "")
        self.status_filter.addItem(self.tr("Still open"), OPEN_ANY)
        for key, label in status_labels().items():
            self.status_filter.addItem(label, key)
        self.owner_filter = self._combo("planOwnerFilter", self.tr("Filter by owner"))
        self.owner_filter.addItem(self.tr("Any owner"), "")
        self.source_filter = self._combo("planSourceFilter", self.tr("Filter by source"))
        self.source_filter.addItem(self.tr("Any source"), "")
        for key, label in source_labels().items():
            self.source_filter.addItem(label, key)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.partner_search, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.source_filter, 1)
        layout.addLayout(filters)

        self._filter_timer = QTimer(self)
        self._filter_timer.setObjectName("planFilterDebounce")
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(SEARCH_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._filter_timer.start)
        self.partner_search.textChanged.connect(self._filter_timer.start)
        for combo in (self.status_filter, self.owner_filter, self.source_filter):
            combo.currentIndexChanged.connect(self.apply_filters)

        self.table = record_table(
            self,
            "planTable",
            self.tr("Actions across partners"),
            self.model,
            (300, 220, 130, 140, 100, 100),
        )
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.reloaded.connect(self._update_count)
        self.model.failed.connect(self.status_message)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("planCount")
        buttons.addWidget(self.count_label, 1)
        self.done_button = QPushButton(self.tr("Mark &done…"), self)
        self.done_button.setObjectName("planMarkDone")
        self.done_button.setAccessibleName(self.tr("Mark the selected action done"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("planEdit")
        self.edit_button.setAccessibleName(self.tr("Edit the selected action"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.partner_button = QPushButton(self.tr("Open &partner"), self)
        self.partner_button.setObjectName("planOpenPartner")
        self.partner_button.setAccessibleName(self.tr("Open the selected action's partner"))
        self.partner_button.clicked.connect(self._open_selected_partner)
        for button in (self.partner_button, self.edit_button, self.done_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._update_buttons()

    def _line_edit(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def editing_controls(self) -> list[tuple[Control, StaffAction]]:
        return [
            (self.done_button, StaffAction.EDIT_RECORDS),
            (self.edit_button, StaffAction.EDIT_RECORDS),
        ]

    def title(self) -> str:
        return self.tr("Plan & follow-ups")

    # --- loading ------------------------------------------------------------------------

    def activated(self) -> None:
        if self.vault is None or self.vault.is_locked:
            return
        self.model.set_filter(self.current_filter(), vault=self.vault)
        self._load_owners()

    def _load_owners(self) -> None:
        vault = self.vault
        if vault is None:
            return

        def work(_control: Any) -> list[str]:
            with vault.session() as session:
                return action_owners(read_in_chunks(session))

        self.reads.run("owners", work, self._show_owners)

    def _show_owners(self, owners: list[str]) -> None:
        if self.vault is None:
            return
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        while self.owner_filter.count() > 1:
            self.owner_filter.removeItem(1)
        for owner in owners:
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))
        self.owner_filter.blockSignals(False)

    def current_filter(self) -> ActionFilter:
        status = self.status_filter.currentData() or ""
        statuses: tuple[str, ...] = ()
        if status == OPEN_ANY:
            statuses = tuple(s.value for s in OPEN_STATUSES)
        elif status:
            statuses = (status,)
        return ActionFilter(
            statuses=statuses,
            partner_text=self.partner_search.text(),
            owner=self.owner_filter.currentData() or "",
            source=self.source_filter.currentData() or "",
            text=self.search.text(),
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        if self.vault is not None and not self.vault.is_locked:
            self.model.set_filter(self.current_filter(), vault=self.vault)

    def _update_count(self) -> None:
        total = self.model.total_count
        self.count_label.setText(self.tr("%Ln action(s)", "", total))

    # --- acting on the selection --------------------------------------------------------

    def selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else ""

    def select_action(self, action_id: str) -> bool:
        row = self.model.row_of(action_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_id()
        row = self.model.row_at(self.model.row_of(chosen)) if chosen else None
        self.done_button.setEnabled(row is not None and row.status != "done")
        self.edit_button.setEnabled(row is not None)
        self.partner_button.setEnabled(row is not None and bool(row.partner_id))

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if index.column() == ActionTableModel.PARTNER_COLUMN:
            if row.partner_id:
                self.navigate.emit("partner", row.partner_id)
        elif self.edit_button.isEnabled():  # not for a role that may not edit
            self.edit_selected()

    def _open_selected_partner(self) -> None:
        row = self.model.row_at(self.model.row_of(self.selected_id()))
        if row is not None and row.partner_id:
            self.navigate.emit("partner", row.partner_id)

    def mark_selected_done(self) -> None:
        self.ask_mark_done(self.selected_id())

    def _read_action(self, action_id: str, base: dict[str, str]) -> dict[str, Any]:
        assert self.vault is not None
        return read_action_values(self.vault, action_id, base)

    @opens_dialog
    def ask_mark_done(self, action_id: str) -> None:
        if not action_id or self.vault is None:
            return
        base = {"rev": ""}
        title = self._read_action(action_id, base)["title"]
        dialog = MarkDoneDialog(title, self)
        self._dialog = dialog
        dialog.save_with(lambda: self.mark_done(action_id, dialog.note(), base, dialog))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def mark_done(
        self,
        action_id: str,
        note: str,
        base: dict[str, str] | None = None,
        dialog: MarkDoneDialog | None = None,
    ) -> None:
        """Complete the action today with ``note`` in its review notes (from the version
        ``base`` the dialog read, when given)."""
        based_on = base["rev"] if base is not None else None
        self._change(
            action_id,
            lambda session, action: mark_done(session, action, note, based_on=based_on),
            dialog,
            base,
        )

    def edit_selected(self) -> None:
        self.edit_action(self.selected_id())

    @opens_dialog
    def edit_action(self, action_id: str) -> None:
        if not action_id or self.vault is None:
            return
        base = {"rev": ""}
        values = self._read_action(action_id, base)
        dialog = ActionDialog(self, values=values, today=self.vault.clock.now().date())
        self._dialog = dialog
        dialog.save_with(lambda: self.edit(action_id, dialog.values(), base, dialog))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def edit(
        self,
        action_id: str,
        values: dict[str, Any],
        base: dict[str, str] | None = None,
        dialog: ActionDialog | None = None,
    ) -> None:
        """Save ``values`` (from the version ``base`` the dialog read, when given)."""
        based_on = base["rev"] if base is not None else None
        self._change(
            action_id,
            lambda session, action: edit_action(session, action, based_on=based_on, **values),
            dialog,
            base,
        )

    def _reload_dialog(
        self, action_id: str, base: dict[str, str], dialog: ActionDialog | MarkDoneDialog
    ) -> None:
        """Reload after a refused stale save: the action as it is now, edited from there."""
        if self.vault is None or self.vault.is_locked:
            return
        values = self._read_action(action_id, base)
        if isinstance(dialog, ActionDialog):
            dialog.set_values(values)

    def _dialog_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    def _change(
        self,
        action_id: str,
        edit: Any,
        dialog: ActionDialog | MarkDoneDialog | None = None,
        base: dict[str, str] | None = None,
    ) -> None:
        """Queue a change of one action on the vault's writer. From a dialog, the dialog
        stays open until it is written: a refusal is shown there with what was typed (a
        change made meanwhile by someone else with Reload); otherwise a change that
        cannot be written is offered again (Retry)."""
        if self.vault is None or self.vault.is_locked:
            return

        def saved(_none: None) -> None:
            if dialog is not None and self._dialog is dialog:
                dialog.saved()
            self.status_message.emit(self.tr("Saved"))
            self.model.reloaded.connect(
                lambda: self.select_action(action_id), Qt.ConnectionType.SingleShotConnection
            )
            self.model.reload()
            self._load_owners()

        def failed(message: str, exc: BaseException) -> None:
            if dialog is not None and self._dialog is dialog:
                if is_stale(exc) and base is not None:
                    dialog.show_stale(message, lambda: self._reload_dialog(action_id, base, dialog))
                else:
                    dialog.not_saved(message)
                return
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Action not saved"),
                self.tr("The change was not saved: {reason}").format(reason=message),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("actionNotSaved")
            if not is_refusal(exc) and not isinstance(exc, ValidationError):
                box.addButton(QMessageBox.StandardButton.Retry)
            box.finished.connect(
                lambda result: (
                    self._change(action_id, edit)
                    if result == QMessageBox.StandardButton.Retry
                    else None
                )
            )
            self._problem = box
            box.open()

        change(
            self,
            self.vault,
            lambda session: edit(session, get_action(session, action_id)),
            on_saved=saved,
            on_failed=failed,
        )

    # --- lock -----------------------------------------------------------------------------

    def forget(self) -> None:
        self._filter_timer.stop()
        if self._dialog is not None:
            self._dialog.reject()
        for edit in (self.search, self.partner_search):
            edit.blockSignals(True)
            edit.setText("")  # unlike clear(), also empties the undo history
            edit.blockSignals(False)
        for combo in (self.status_filter, self.owner_filter, self.source_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        while self.owner_filter.count() > 1:
            self.owner_filter.removeItem(1)
        self.table.clearSelection()
        self.model.clear()
        self.count_label.clear()
        if self._problem is not None:
            self._problem.reject()
            self._problem = None
        self.reads.forget()
