"""Edit one workshop: details saved field by field as the user leaves them (no Save
button), who took part, the follow-up plan, and the review of an earlier plan.

Every change is one short transaction through ``domain.workshops`` / ``domain.actions``;
after it the editor reads the workshop again (``details.read_details``) so what is shown
is what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.actions import delete_action, edit_action, get_action
from fieldpartner.domain.models import Partner, WorkshopParticipant
from fieldpartner.domain.partners import NotFound, get_partner
from fieldpartner.domain.validation import ValidationError
from fieldpartner.domain.workshops import (
    add_follow_up,
    add_participant,
    edit_workshop,
    get_workshop,
    remove_participant,
    review_follow_up,
)
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.common.colours import overdue_colour
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.common.stale import StaleNotice, is_stale
from fieldpartner.ui.common.unsaved import UnsavedNotice
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.ui.plan.action_dialog import ActionDialog, read_action_values
from fieldpartner.ui.plan.labels import status_labels
from fieldpartner.ui.roles import as_button
from fieldpartner.ui.worker import is_refusal
from fieldpartner.ui.workshops.details import WorkshopDetails, read_details
from fieldpartner.ui.workshops.new_workshop_dialog import split_names
from fieldpartner.ui.workshops.participant_dialogs import PartnerPickerDialog, PersonDialog
from fieldpartner.ui.workshops.review_panel import ReviewPanel
from fieldpartner.ui.workshops.widgets import CommitTextEdit, OptionalDateField
from fieldpartner.ui.workshops.workshop_picker_dialog import WorkshopPickerDialog
from fieldpartner.vault import Vault

DATE_SAVE_DELAY_MS = 500


def _table(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _button(parent: QWidget, text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class WorkshopEditor(QWidget):
    """Shows one workshop (``show_workshop``); ``changed(id)`` after every saved change."""

    changed = Signal(str)
    status_message = Signal(str)
    # A workshop chosen with ``show_workshop`` is on screen.
    loaded = Signal(str)

    def __init__(self, vault: Vault | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopEditor")
        self.vault = vault
        self.details: WorkshopDetails | None = None
        self._dialog: QDialog | None = None
        self._report_dialog: QDialog | None = None
        self._statuses = status_labels()
        self._loading_id = ""
        self.reads = OwnedReads(self)
        # The workshop's version the form shows: a save from it is refused if another
        # change came meanwhile. Read and moved on by the writer's one thread, in order.
        self._base: dict[str, str] = {"rev": ""}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Above the tabs: a refusal may come from any of them.
        self.stale = StaleNotice(self)
        self.stale.setObjectName("workshopStale")
        layout.addWidget(self.stale)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workshopTabs")
        self.tabs.setAccessibleName(self.tr("Workshop"))
        self.tabs.addTab(self._build_details(), self.tr("&Details"))
        self.tabs.addTab(self._build_participants(), self.tr("P&articipants"))
        self.tabs.addTab(self._build_plan(), self.tr("&Follow-up plan"))
        self.review = ReviewPanel(self)
        self.review.choose_requested.connect(self.choose_reviewed_workshop)
        self.review.stop_requested.connect(lambda: self.set_reviewed_workshop(""))
        self.review.review_submitted.connect(self.record_review)
        self.tabs.addTab(self.review, self.tr("&Review earlier plan"))
        layout.addWidget(self.tabs)
        self.setEnabled(False)

    def editing_controls(self) -> list[QWidget]:
        """Every control that changes the workshop (gated by the person's role)."""
        return [
            self.title_edit,
            self.topic_edit,
            self.place_edit,
            self.facilitators_edit,
            self.start_field,
            self.end_field,
            self.co_design_edit,
            self.notes_edit,
            self.add_partners_button,
            self.add_person_button,
            self.remove_participant_button,
            self.add_action_button,
            self.edit_action_button,
            self.remove_action_button,
            *self.review.editing_controls(),
        ]

    # --- building -----------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("workshopDetailsTab")
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.title_edit = self._line(page, "workshopTitle", self.tr("Title"), 300)
        self.title_edit.editingFinished.connect(
            lambda: self._save_text("title", self.title_edit.text())
        )
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.topic_edit = self._line(page, "workshopTopic", self.tr("Topic"), 300)
        self.topic_edit.editingFinished.connect(
            lambda: self._save_text("topic", self.topic_edit.text())
        )
        form.addRow(self.tr("T&opic:"), self.topic_edit)
        dates = QHBoxLayout()
        self.start_field = OptionalDateField(self.tr("Start date"), "workshopStart", page)
        self.end_field = OptionalDateField(self.tr("End date"), "workshopEnd", page)
        dates.addWidget(self.start_field, 1)
        dates.addWidget(QLabel(self.tr("to"), page))
        dates.addWidget(self.end_field, 1)
        dates_label = QLabel(self.tr("&Dates:"), page)
        dates_label.setBuddy(self.start_field.check)
        form.addRow(dates_label, dates)
        self._date_timer = QTimer(self)
        self._date_timer.setObjectName("workshopDateSave")
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SAVE_DELAY_MS)
        self._date_timer.timeout.connect(self.save_dates)
        self.start_field.changed.connect(self._date_timer.start)
        self.end_field.changed.connect(self._date_timer.start)
        self.place_edit = self._line(page, "workshopPlace", self.tr("Place"), 200)
        self.place_edit.editingFinished.connect(
            lambda: self._save_text("place", self.place_edit.text())
        )
        form.addRow(self.tr("&Place:"), self.place_edit)
        self.facilitators_edit = self._line(page, "workshopFacilitators", self.tr("Facilitators"))
        self.facilitators_edit.setPlaceholderText(self.tr("Names separated by commas"))
        self.facilitators_edit.editingFinished.connect(self._save_facilitators)
        form.addRow(self.tr("&Facilitators:"), self.facilitators_edit)
        layout.addLayout(form)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("workshopError")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.unsaved = UnsavedNotice(page)
        self.unsaved.setObjectName("workshopUnsaved")
        layout.addWidget(self.unsaved)

        texts = QHBoxLayout()
        self.co_design_edit = self._text(
            page,
            texts,
            "workshopCoDesign",
            self.tr("Co-design input"),
            self.tr("What partners asked for or shaped in the agenda"),
        )
        self.co_design_edit.committed.connect(
            lambda: self._save_text("co_design_input", self.co_design_edit.toPlainText())
        )
        self.notes_edit = self._text(
            page,
            texts,
            "workshopNotes",
            self.tr("Notes"),
            self.tr("What was said and agreed"),
        )
        self.notes_edit.committed.connect(
            lambda: self._save_text("notes", self.notes_edit.toPlainText())
        )
        layout.addLayout(texts, 1)
        hint = QLabel(self.tr("Changes are saved as you leave each field."), page)
        hint.setObjectName("workshopSaveHint")
        hint.setEnabled(False)
        layout.addWidget(hint)
        return page

    def _line(self, parent: QWidget, name: str, accessible: str, limit: int = 0) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if limit:
            edit.setMaxLength(limit)
        return edit

    def _text(
        self, parent: QWidget, row: QHBoxLayout, name: str, label: str, placeholder: str
    ) -> CommitTextEdit:
        column = QVBoxLayout()
        heading = QLabel(label, parent)
        edit = CommitTextEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        heading.setBuddy(edit)
        column.addWidget(heading)
        column.addWidget(edit, 1)
        row.addLayout(column, 1)
        return edit

    def _build_participants(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("workshopParticipantsTab")
        layout = QVBoxLayout(page)
        self.participants_table = _table(
            page,
            "participantsTable",
            self.tr("Participants"),
            [self.tr("Partner"), self.tr("Name"), self.tr("Role"), self.tr("Organisation")],
        )
        for column, width in enumerate((220, 160, 130)):
            self.participants_table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.participants_table, 1)
        buttons = QHBoxLayout()
        self.add_partners_button = _button(
            page,
            self.tr("Add &partners…"),
            "addParticipantPartners",
            self.tr("Add participating partners"),
        )
        self.add_partners_button.clicked.connect(self.pick_partners)
        self.add_person_button = _button(
            page, self.tr("Add p&erson…"), "addParticipantPerson", self.tr("Add a named person")
        )
        self.add_person_button.clicked.connect(self.add_person_dialog)
        self.remove_participant_button = _button(
            page, self.tr("&Remove"), "removeParticipant", self.tr("Remove the participant")
        )
        self.remove_participant_button.clicked.connect(self.remove_selected_participant)
        self.report_button = _button(
            page,
            self.tr("Workshop &report…"),
            "workshopReport",
            self.tr("Report of this workshop for the selected partner"),
        )
        self.report_button.setToolTip(
            self.tr("Preview, print or save the workshop report for the selected partner")
        )
        self.report_button.clicked.connect(self.open_report)
        buttons.addWidget(self.add_partners_button)
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_participant_button)
        layout.addLayout(buttons)
        return page

    def _build_plan(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("workshopPlanTab")
        layout = QVBoxLayout(page)
        self.plan_table = _table(
            page,
            "followUpTable",
            self.tr("Follow-up plan"),
            [
                self.tr("Action"),
                self.tr("Partner"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ],
        )
        for column, width in enumerate((240, 170, 110, 100)):
            self.plan_table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.plan_table, 1)
        buttons = QHBoxLayout()
        self.add_action_button = _button(
            page, self.tr("&Add action…"), "addFollowUp", self.tr("Add a follow-up action")
        )
        self.add_action_button.clicked.connect(self.add_follow_up_dialog)
        self.edit_action_button = _button(
            page, self.tr("&Edit…"), "editFollowUp", self.tr("Edit the follow-up action")
        )
        self.edit_action_button.clicked.connect(self.edit_selected_follow_up)
        # A double-click edits as the button does (not for a role that may not).
        self.plan_table.doubleClicked.connect(
            as_button(self.edit_action_button, self.edit_selected_follow_up)
        )
        self.remove_action_button = _button(
            page, self.tr("&Remove"), "removeFollowUp", self.tr("Remove the follow-up action")
        )
        self.remove_action_button.clicked.connect(self.remove_selected_follow_up)
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.edit_action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_action_button)
        layout.addLayout(buttons)
        return page

    # --- showing ------------------------------------------------------------------------

    @property
    def workshop_id(self) -> str:
        return self.details.id if self.details is not None else ""

    @property
    def is_loading(self) -> bool:
        return self._loading_id != ""

    @property
    def loading_id(self) -> str:
        """The workshop being read for display ("" when none is)."""
        return self._loading_id

    def show_workshop(self, workshop_id: str) -> None:
        """Show a workshop ("" for none); pending edits of the one shown are saved first.

        The workshop is read in the background (on a large vault its plan takes a scan of
        every action); the editor is disabled until it arrives.
        """
        self.commit_pending()
        self.reads.drop("workshop")
        self._loading_id = ""
        if not workshop_id or self.vault is None or self.vault.is_locked:
            self._clear()
            return
        vault = self.vault
        self._loading_id = workshop_id
        self.setEnabled(False)

        def work(_control: Any) -> WorkshopDetails | None:
            with vault.session() as session:
                try:
                    return read_details(session, workshop_id)
                except NotFound:
                    return None

        self.reads.run(
            "workshop",
            work,
            self._arrived,
            lambda message, _exc: self._arrived(None, message),
        )

    def _arrived(self, details: WorkshopDetails | None, message: str = "") -> None:
        self._loading_id = ""
        if details is None or self.vault is None:
            self._clear()
            if message:
                self.status_message.emit(message)
            return
        self.details = details
        self._base = {"rev": details.rev}
        self.stale.clear()
        self._fill()
        self.setEnabled(True)
        self.loaded.emit(details.id)

    def shown_rev(self) -> str | None:
        """The version of the workshop the form shows (what its changes are based on)."""
        return self._base["rev"] if self.details is not None else None

    def ready_for_dialogs(self) -> bool:
        """Whether the workshop is read (its dialogs act on it; ``loaded`` says when)."""
        return self.details is not None

    def reload(self, review_position: int = -1) -> None:
        if self.details is None or self.vault is None:
            return
        with self.vault.session() as session:
            self.details = read_details(session, self.details.id)
        self._base = {"rev": self.details.rev}
        self._fill(review_position)

    def _fill(self, review_position: int = -1) -> None:
        details = self.details
        assert details is not None
        today = self.vault.clock.now().date() if self.vault is not None else None
        for edit, value in (
            (self.title_edit, details.title),
            (self.topic_edit, details.topic),
            (self.place_edit, details.place),
            (self.facilitators_edit, ", ".join(details.facilitators)),
        ):
            if edit.text() != value:
                edit.setText(value)
        self.start_field.set_value(details.start, today)
        self.end_field.set_value(details.end, details.start or today)
        for text_edit, value in (
            (self.co_design_edit, details.co_design_input),
            (self.notes_edit, details.notes),
        ):
            if text_edit.toPlainText() != value:
                text_edit.set_text_quietly(value)
        self.error_label.clear()

        table = self.participants_table
        table.setRowCount(len(details.participants))
        for row, person in enumerate(details.participants):
            for column, value in enumerate(
                (person.partner_name, person.name, person.role, person.organisation)
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                table.setItem(row, column, item)

        table = self.plan_table
        table.setRowCount(len(details.plan))
        for row, action in enumerate(details.plan):
            values = (
                action.title,
                action.partner_name,
                action.owner,
                format_date(action.due),
                self._statuses.get(action.status, action.status),
            )
            late = (
                today is not None
                and action.due is not None
                and action.due < today
                and action.status in ("proposed", "open", "in_progress")
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, action.id)
                if late and column in (0, 3):
                    item.setForeground(overdue_colour())
                table.setItem(row, column, item)
        self.review.show_review(details.reviews_title, details.review, review_position)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        details = self.details
        people = len(details.participants) if details else 0
        actions = len(details.plan) if details else 0
        self.tabs.setTabText(
            1, self.tr("P&articipants ({count})").format(count=format_number(people))
        )
        self.tabs.setTabText(
            2, self.tr("&Follow-up plan ({count})").format(count=format_number(actions))
        )
        if details and details.review:
            self.tabs.setTabText(
                3,
                self.tr("&Review earlier plan ({done}/{total})").format(
                    done=format_number(self.review.reviewed_count),
                    total=format_number(len(details.review)),
                ),
            )
        else:
            self.tabs.setTabText(3, self.tr("&Review earlier plan"))

    def _clear(self) -> None:
        self.details = None
        self._date_timer.stop()
        for edit in (self.title_edit, self.topic_edit, self.place_edit, self.facilitators_edit):
            edit.blockSignals(True)
            edit.setText("")  # also empties the undo history
            edit.blockSignals(False)
        self.start_field.set_value(None)
        self.end_field.set_value(None)
        self.co_design_edit.set_text_quietly("")
        self.notes_edit.set_text_quietly("")
        self.error_label.clear()
        self.participants_table.setRowCount(0)
        self.plan_table.setRowCount(0)
        self.review.forget()
        self._update_tab_titles()
        self.setEnabled(False)

    # --- saving the details -------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save what the user typed but has not yet left (on switching workshop or lock)."""
        if self.details is None:
            return
        if self._date_timer.isActive():
            self.save_dates()
        self.co_design_edit.commit()
        self.notes_edit.commit()
        for field, edit in (
            ("title", self.title_edit),
            ("topic", self.topic_edit),
            ("place", self.place_edit),
        ):
            if self.details is not None and edit.text().strip() != getattr(self.details, field):
                self._save_text(field, edit.text())
        if self.details is not None and split_names(self.facilitators_edit.text()) != (
            self.details.facilitators
        ):
            self._save_facilitators()

    def _save_text(self, field: str, value: str) -> None:
        if self.details is None or value.strip() == getattr(self.details, field):
            return
        self._save(**{field: value})

    def _save_facilitators(self) -> None:
        if self.details is None:
            return
        names = split_names(self.facilitators_edit.text())
        if names != self.details.facilitators:
            self._save(facilitators=names)

    def save_dates(self) -> None:
        self._date_timer.stop()
        if self.details is None:
            return
        start, end = self.start_field.value(), self.end_field.value()
        if (start, end) == (self.details.start, self.details.end):
            self.error_label.clear()
            return
        if start is not None and end is not None and end < start:
            self.error_label.setText(self.tr("The workshop cannot end before it starts."))
            return
        self._save(start_date=start, end_date=end)

    def _save(self, **changes: Any) -> bool:
        workshop_id = self.workshop_id
        base = self._base

        def edit(session: Any) -> None:
            workshop = get_workshop(session, workshop_id)
            edit_workshop(session, workshop, based_on=base["rev"], **changes)
            base["rev"] = workshop.rev

        return self._write(edit)

    def _write(
        self,
        edit: Callable[[Any], Any],
        review_position: int = -1,
        dialog: ActionDialog | None = None,
        reload_dialog: Callable[[], None] = lambda: None,
    ) -> bool:
        """Queue a change of the workshop on the vault's writer; True once queued. The
        form shows when it is in the vault; a change the vault could not take is offered
        again (Retry) with the form as typed. One made after someone else changed the
        record is refused (what was typed stays; Reload shows the record as it is now).
        From a ``dialog``, the dialog stays open until the change is written and shows
        what became of it."""
        if self.details is None or self.vault is None or self.vault.is_locked:
            return False
        workshop_id = self.workshop_id

        def saved(_result: Any) -> None:
            if dialog is not None and self._dialog is dialog:
                dialog.saved()
            if self.workshop_id != workshop_id:
                self.changed.emit(workshop_id)
                return
            self.unsaved.clear()
            self.reload(review_position)
            self.status_message.emit(self.tr("Saved"))
            self.changed.emit(workshop_id)

        def failed(message: str, exc: BaseException) -> None:
            self.status_message.emit(self.tr("Not saved: {reason}").format(reason=message))
            if self.workshop_id != workshop_id:
                return
            if dialog is not None and self._dialog is dialog:
                if is_stale(exc):
                    dialog.show_stale(message, reload_dialog)
                else:
                    dialog.not_saved(message)
            elif is_stale(exc):
                self.stale.show_conflict(message, self._reload_after_conflict)
            elif isinstance(exc, ValidationError) or is_refusal(exc):
                self.error_label.setText(message)
            else:

                def retry() -> None:
                    self._write(edit, review_position)

                self.unsaved.show_failure(message, retry)

        change(self, self.vault, edit, on_saved=saved, on_failed=failed)
        return True

    def _reload_after_conflict(self) -> None:
        """Reload: the workshop as it is now replaces what was typed."""
        if self.details is not None and self.vault is not None and not self.vault.is_locked:
            self.unsaved.clear()
            self.reload()

    # --- participants -------------------------------------------------------------------

    @opens_dialog
    def pick_partners(self) -> None:
        if self.vault is None:
            return
        dialog = PartnerPickerDialog(self.vault, self)
        self._open(dialog, lambda: self.add_partners(dialog.chosen()))

    def add_partners(self, partner_ids: list[str]) -> bool:
        workshop_id = self.workshop_id

        def change(session: Any) -> None:
            workshop = get_workshop(session, workshop_id)
            for partner_id in partner_ids:
                add_participant(session, workshop, partner=get_partner(session, partner_id))

        return self._write(change)

    @opens_dialog
    def add_person_dialog(self) -> None:
        dialog = PersonDialog(self)
        self._open(dialog, lambda: self.add_person(**dialog.values()))

    def add_person(self, **values: str) -> bool:
        workshop_id = self.workshop_id
        return self._write(
            lambda session: add_participant(
                session, get_workshop(session, workshop_id), partner=None, **values
            )
        )

    def report_partner_id(self) -> str:
        """The partner the workshop report is for: the selected participant's partner, else
        the first participating partner ("" when no partner took part)."""
        if self.details is None:
            return ""
        rows = self.participants_table.selectionModel().selectedRows()
        if rows:
            row = self.details.participants[rows[0].row()]
            if row.partner_id:
                return row.partner_id
        return next((p.partner_id for p in self.details.participants if p.partner_id), "")

    def open_report(self) -> None:
        """Preview, print or save this workshop's report (ui/report_dialog.py)."""
        from fieldpartner.ui.report_dialog import open_report_dialog

        self._close_report()
        partner_id = self.report_partner_id()
        if self.details is None or self.vault is None or self.vault.is_locked:
            return
        if not partner_id:
            self.status_message.emit(self.tr("Add a participating partner to make a report."))
            return
        self._report_dialog = open_report_dialog(
            self, self.vault, "workshop", partner_id, workshop_id=self.details.id
        )

    def _close_report(self) -> None:
        dialog = self._report_dialog
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self._report_dialog = None

    def remove_selected_participant(self) -> None:
        rows = self.participants_table.selectionModel().selectedRows()
        if rows:
            item = self.participants_table.item(rows[0].row(), 0)
            if item is not None:
                self.remove_participant(item.data(Qt.ItemDataRole.UserRole))

    def _row_rev(self, record_id: str) -> str | None:
        """The version of a participant or action row as the form read it."""
        details = self.details
        if details is None:
            return None
        revs = {row.id: row.rev for row in details.participants}
        revs.update({row.id: row.rev for row in details.plan})
        revs.update({row.id: row.rev for row in details.review})
        return revs.get(record_id)

    def remove_participant(self, participant_id: str) -> bool:
        based_on = self._row_rev(participant_id)

        def change(session: Any) -> None:
            participant = session.get(WorkshopParticipant, participant_id)
            if participant is None or participant.deleted:
                raise NotFound(self.tr("The participant is no longer listed."))
            remove_participant(session, participant, based_on=based_on)

        return self._write(change)

    # --- follow-up plan -----------------------------------------------------------------

    def _participating_partners(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for person in self.details.participants if self.details else []:
            if person.partner_id and person.partner_id not in seen:
                seen[person.partner_id] = person.partner_name
        return list(seen.items())

    @opens_dialog
    def add_follow_up_dialog(self) -> None:
        if self.vault is None:
            return
        dialog = ActionDialog(
            self, today=self.vault.clock.now().date(), partners=self._participating_partners()
        )
        self._open(
            dialog, lambda: self.add_follow_up(dialog.values(), partner_id=dialog.partner_id())
        )

    def add_follow_up(self, values: dict[str, Any], partner_id: str = "") -> bool:
        workshop_id = self.workshop_id

        def change(session: Any) -> None:
            partner: Partner | None = get_partner(session, partner_id) if partner_id else None
            add_follow_up(session, get_workshop(session, workshop_id), partner=partner, **values)

        return self._write(change)

    def _selected_follow_up(self) -> str:
        rows = self.plan_table.selectionModel().selectedRows()
        if not rows:
            return ""
        item = self.plan_table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def edit_selected_follow_up(self) -> None:
        self.edit_follow_up_dialog(self._selected_follow_up())

    @opens_dialog
    def edit_follow_up_dialog(self, action_id: str) -> None:
        plan = {row.id: row for row in self.details.plan} if self.details else {}
        if action_id not in plan or self.vault is None:
            return
        row = plan[action_id]
        values = {
            "title": row.title,
            "owner": row.owner,
            "due_date": row.due,
            "status": row.status,
            "description": row.description,
            "partner_id": row.partner_id,
        }
        partners = self._participating_partners()
        if row.partner_id and row.partner_id not in dict(partners):
            partners.append((row.partner_id, row.partner_name))
        dialog = ActionDialog(
            self, values=values, today=self.vault.clock.now().date(), partners=partners
        )
        base = {"rev": row.rev}
        dialog.save_with(
            lambda: self.edit_follow_up(
                action_id, dialog.values(), dialog.partner_id(), base=base, dialog=dialog
            )
        )
        self._open(dialog, lambda: None)

    def edit_follow_up(
        self,
        action_id: str,
        values: dict[str, Any],
        partner_id: str,
        *,
        base: dict[str, str] | None = None,
        dialog: ActionDialog | None = None,
    ) -> bool:
        """Save a follow-up action's ``values``, from the version ``base`` the dialog read
        (when given)."""
        based_on = base["rev"] if base is not None else self._row_rev(action_id)

        def change(session: Any) -> None:
            partner = get_partner(session, partner_id) if partner_id else None
            edit_action(
                session,
                get_action(session, action_id),
                partner=partner,
                based_on=based_on,
                **values,
            )

        def reload() -> None:
            """The action as it is now in the dialog, edited from there."""
            if dialog is not None and base is not None and self.vault is not None:
                dialog.set_values(read_action_values(self.vault, action_id, base))

        return self._write(change, dialog=dialog, reload_dialog=reload)

    def remove_selected_follow_up(self) -> None:
        action_id = self._selected_follow_up()
        if not action_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove action"),
            self.tr("Remove this action from the follow-up plan?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_follow_up(action_id)

    def remove_follow_up(self, action_id: str) -> bool:
        based_on = self._row_rev(action_id)
        return self._write(
            lambda session: delete_action(
                session, get_action(session, action_id), based_on=based_on
            )
        )

    # --- reviewing an earlier plan ------------------------------------------------------

    @opens_dialog
    def choose_reviewed_workshop(self) -> None:
        if self.vault is None or self.details is None:
            return
        dialog = WorkshopPickerDialog(self.vault, self.workshop_id, self)
        self._open(dialog, lambda: self.set_reviewed_workshop(dialog.chosen()))

    def set_reviewed_workshop(self, workshop_id: str) -> bool:
        if self.details is None or workshop_id == self.details.reviews_workshop_id:
            return False
        return self._save(reviews_workshop_id=workshop_id or None)

    def record_review(self, action_id: str, status: str, note: str) -> bool:
        """Record one item's review, then move to the next item not yet reviewed."""
        position = self.review.current_row()
        rows = self.details.review if self.details else []
        following = next(
            (i for i in range(position + 1, len(rows)) if not rows[i].reviewed),
            next((i for i in range(len(rows)) if not rows[i].reviewed and i != position), position),
        )
        based_on = self._row_rev(action_id)
        return self._write(
            lambda session: review_follow_up(
                session, get_action(session, action_id), status, note, based_on=based_on
            ),
            review_position=following,
        )

    # --- dialogs and lock ---------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept: Callable[[], Any]) -> None:
        self._dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    @property
    def open_dialog(self) -> QDialog | None:
        return self._dialog

    def forget(self) -> None:
        """Save pending edits, then empty every field, table and undo history."""
        if self.vault is not None and not self.vault.is_locked:
            self.commit_pending()
        if self._dialog is not None:
            self._dialog.reject()
        self._close_report()  # drops the report's PDF bytes
        self.reads.drop()
        self._loading_id = ""
        self._clear()
        self.unsaved.clear()
        self.stale.clear()
        self.reads.forget()
        self.vault = None
