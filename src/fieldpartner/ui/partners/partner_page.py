"""One partner's page: profile, contacts, assessments, development plan, workshops, files
and history, one tab each. It has no entry in the navigation: the partner list opens it
with ``navigate("partner", id)``, which the main window routes to ``show_record``.

Opening a partner reads only the profile on the interface thread (one row by its key; the
heading is its name); the overview and the list tabs read in the background.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.actions import today_in
from fieldpartner.domain.partners import NotFound
from fieldpartner.domain.plans import PartnerOverview, partner_overview
from fieldpartner.domain.staff import Action as StaffAction
from fieldpartner.ui.assessment.labels import kind_label, rating_label, status_label
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.common.colours import mark_overdue
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.page import Page
from fieldpartner.ui.partners.attachments_tab import AttachmentsTab
from fieldpartner.ui.partners.profile_tab import ProfileTab
from fieldpartner.ui.partners.record_tabs import (
    AssessmentsTab,
    ContactsTab,
    HistoryTab,
    PlanTab,
    RecordListTab,
    WorkshopsTab,
)
from fieldpartner.ui.roles import Control
from fieldpartner.vault import Vault


class PartnerPage(Page):
    key = "partner"
    section = "partners"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.partner_id = ""
        self._report_dialog: QDialog | None = None
        self.reads = OwnedReads(self)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("All partners"), self)
        self.back_button.setObjectName("backToPartners")
        self.back_button.setAccessibleName(self.tr("Back to the list of partners"))
        self.back_button.clicked.connect(lambda: self.navigate.emit("partners", ""))
        top.addWidget(self.back_button)
        self.heading = QLabel(self)
        self.heading.setObjectName("partnerHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        self.report_button = QPushButton(self.tr("Dossier report…"), self)
        self.report_button.setObjectName("partnerReport")
        self.report_button.setAccessibleName(self.tr("Preview, print or save the partner dossier"))
        self.report_button.clicked.connect(self.open_report)
        top.addWidget(self.report_button)
        layout.addLayout(top)
        layout.addLayout(self._build_overview())

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnerTabs")
        self.tabs.setAccessibleName(self.tr("Partner sections"))
        self.tabs.setDocumentMode(True)
        self.profile = ProfileTab(self.tabs)
        self.contacts = ContactsTab(self.tabs)
        self.assessments = AssessmentsTab(self.tabs)
        self.plan = PlanTab(self.tabs)
        self.workshops = WorkshopsTab(self.tabs)
        self.attachments = AttachmentsTab(self.tabs)
        self.history = HistoryTab(self.tabs)
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.assessments, self.tr("Assessments"))
        self.tabs.addTab(self.plan, self.tr("Development plan"))
        self.tabs.addTab(self.workshops, self.tr("Workshops"))
        self.tabs.addTab(self.attachments, self.tr("Files"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.assessments.open_record.connect(lambda i: self.navigate.emit("assessment", i))
        self.assessments.start_new.connect(
            lambda: self.start_work.emit("assessment", self.partner_id)
        )
        self.workshops.open_record.connect(lambda i: self.navigate.emit("workshop", i))
        self.plan.open_record.connect(lambda i: self.navigate.emit("action", i))
        self.profile.status_message.connect(self.status_message)
        for tab in self.list_tabs():
            tab.status_message.connect(self.status_message)
        self.profile.saved.connect(self._profile_saved)

    def _build_overview(self) -> QHBoxLayout:
        """The partner at a glance: last risk rating, last assessment, open and overdue
        actions, next partnership dialogue (``domain.plans.partner_overview``)."""
        row = QHBoxLayout()
        self.overview: dict[str, QLabel] = {}
        for name, accessible in (
            ("rating", self.tr("Last risk rating")),
            ("assessment", self.tr("Last assessment")),
            ("actions", self.tr("Open and overdue actions")),
            ("dialogue", self.tr("Next partnership dialogue")),
        ):
            label = QLabel(self)
            label.setObjectName(f"partnerOverview_{name}")
            label.setAccessibleName(accessible)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.overview[name] = label
            row.addWidget(label)
        row.addStretch(1)
        return row

    def refresh_overview(self) -> None:
        """Read the overview in the background; the labels keep what they show meanwhile."""
        if self.vault is None or self.vault.is_locked or not self.partner_id:
            return
        vault, partner_id = self.vault, self.partner_id

        def work(_control: object) -> tuple[PartnerOverview, date]:
            with vault.session() as session:
                today = today_in(session)
                return partner_overview(session, partner_id, today), today

        self.reads.run("overview", work, self._show_overview)

    @property
    def overview_loading(self) -> bool:
        return self.reads.current("overview") is not None

    def _show_overview(self, result: tuple[PartnerOverview, date]) -> None:
        seen, today = result
        self.overview["rating"].setText(
            self.tr("Risk: {rating}").format(
                rating=rating_label(seen.last_rating) if seen.last_rating else self.tr("not rated")
            )
        )
        if seen.last_assessment_kind:
            assessment = self.tr("Last assessment: {kind}, {date} ({status})").format(
                kind=kind_label(seen.last_assessment_kind),
                date=format_date(seen.last_assessment_on) or "—",
                status=status_label(seen.last_assessment_status),
            )
        else:
            assessment = self.tr("Never assessed")
        self.overview["assessment"].setText(assessment)
        actions = self.overview["actions"]
        actions.setText(
            self.tr("Actions: {open} open, {overdue} overdue").format(
                open=QLocale().toString(seen.open_actions),
                overdue=QLocale().toString(seen.overdue_actions),
            )
        )
        mark_overdue(actions, seen.overdue_actions > 0)
        dialogue = self.overview["dialogue"]
        if seen.next_dialogue is None:
            dialogue.setText(self.tr("No partnership dialogue held yet"))
        else:
            dialogue.setText(
                self.tr("Next dialogue: {date}").format(date=format_date(seen.next_dialogue))
            )
        mark_overdue(dialogue, seen.next_dialogue is not None and seen.next_dialogue < today)

    def list_tabs(self) -> list[RecordListTab]:
        return [
            self.contacts,
            self.assessments,
            self.plan,
            self.workshops,
            self.attachments,
            self.history,
        ]

    @property
    def undo_stack(self) -> QUndoStack:
        return self.profile.undo_stack

    def current_record(self) -> str:
        return self.partner_id

    def current_view(self) -> int:
        return self.tabs.currentIndex() if self.partner_id else -1

    def show_view(self, view: int) -> None:
        if self.partner_id and 0 <= view < self.tabs.count():
            self.tabs.setCurrentIndex(view)

    def editing_controls(self) -> list[tuple[Control, StaffAction]]:
        controls: list[Control] = [
            *self.profile.fields.values(),
            self.contacts.add_button,
            self.contacts.edit_button,
            self.contacts.delete_button,
            self.assessments.new_button,
            self.plan.new_button,
            self.workshops.new_button,
            self.attachments.add_button,
            self.attachments.delete_button,
            self.attachments.keep_metadata,
        ]
        return [(control, StaffAction.EDIT_RECORDS) for control in controls]

    def title(self) -> str:
        return ""  # no navigation entry: opened from the partner list

    def show_record(self, record_id: str) -> None:
        if self.vault is None or self.vault.is_locked:
            return
        try:
            # The one read on the interface thread: the profile's row, by its key.
            self.profile.load(self.vault, record_id)
        except NotFound:
            self.status_message.emit(self.tr("This partner no longer exists."))
            self.navigate.emit("partners", "")
            return
        if record_id != self.partner_id:
            self.reads.drop("overview")
            for label in self.overview.values():
                label.clear()  # not another partner's figures while this one's are read
        self.partner_id = record_id
        self.heading.setText(str(self.profile.value("name") or ""))
        self.refresh_overview()
        # Only the tab in front reads now; the others read when first shown
        # (``_tab_changed``), so opening a partner never waits for every tab's records.
        self.tabs.setCurrentWidget(self.profile)
        for tab in self.list_tabs():
            tab.load(self.vault, record_id, read=False)

    def activated(self) -> None:
        if self.partner_id and self.vault is not None and not self.vault.is_locked:
            self.refresh_overview()
            current = self.tabs.currentWidget()
            if isinstance(current, RecordListTab):
                current.reload()

    def _tab_changed(self, _index: int) -> None:
        self.refresh_overview()
        current = self.tabs.currentWidget()
        if isinstance(current, RecordListTab) and current.partner_id:
            current.reload()  # e.g. History after an edit on the Profile tab

    def _profile_saved(self) -> None:
        name = self.profile.value("name")
        if name:
            self.heading.setText(str(name))

    @opens_dialog
    def open_report(self) -> None:
        """Preview, print or save the partner dossier (ui/report_dialog.py)."""
        from fieldpartner.ui.report_dialog import open_report_dialog

        if self._report_dialog is not None:
            self._report_dialog.close()
            self._report_dialog.deleteLater()
            self._report_dialog = None
        if self.partner_id and self.vault is not None and not self.vault.is_locked:
            self._report_dialog = open_report_dialog(self, self.vault, "dossier", self.partner_id)

    def forget(self) -> None:
        self.reads.forget()
        self.profile.forget()  # saves a field still being typed, then empties the form
        for tab in self.list_tabs():
            tab.forget()
        self.heading.setText("")
        for label in self.overview.values():
            label.clear()
        self.partner_id = ""
        if self._report_dialog is not None:
            self._report_dialog.close()  # drops the report's bytes
