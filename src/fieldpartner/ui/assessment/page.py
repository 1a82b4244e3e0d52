"""The Assessments page: assessments across partners (filtered by status and kind), a new
assessment, and one assessment open for answering and results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.assessments import create_assessment, partner_choices
from fieldpartner.domain.partners import NotFound, get_partner
from fieldpartner.domain.projects import get_project, projects_of
from fieldpartner.domain.staff import Action as StaffAction
from fieldpartner.domain.templates import get_template
from fieldpartner.ui.assessment.labels import kind_label, status_label
from fieldpartner.ui.assessment.list_model import AssessmentTableModel
from fieldpartner.ui.assessment.loading import TemplateChoice, load_template_choices
from fieldpartner.ui.assessment.new_dialog import NewAssessmentDialog, ProjectChoice
from fieldpartner.ui.assessment.two_way_dialog import TwoWaySummaryDialog
from fieldpartner.ui.assessment.view import AssessmentView
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.operations import change, writer_of
from fieldpartner.ui.page import Page
from fieldpartner.ui.roles import Control, Permissions
from fieldpartner.ui.worker import BackgroundTask
from fieldpartner.vault import Vault

STATUSES = ("draft", "final", "approved")
KINDS = (
    "due_diligence",
    "capacity",
    "partnership_dialogue",
    "two_way",
    "workshop_review",
    "partner_selection",
)


class AssessmentPage(Page):
    key = "assessment"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.model = AssessmentTableModel(vault, self)
        self.model.reloaded.connect(self._reloaded)
        self.model.failed.connect(self.status_message)
        self.new_dialog: NewAssessmentDialog | None = None
        self.two_way_dialog: TwoWaySummaryDialog | None = None
        self._templates: list[TemplateChoice] | None = None
        self._pending_partner = ""
        # A running task is kept referenced here until it reports back.
        self._choices_task: BackgroundTask | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("assessmentStack")
        layout.addWidget(self.stack)

        self.list_panel = QWidget(self.stack)
        self.list_panel.setObjectName("assessmentListPanel")
        panel = QVBoxLayout(self.list_panel)
        filters = QHBoxLayout()
        self.status_filter = QComboBox(self.list_panel)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show assessments with status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        status_caption = QLabel(self.tr("&Status:"), self.list_panel)
        status_caption.setBuddy(self.status_filter)
        filters.addWidget(status_caption)
        filters.addWidget(self.status_filter)
        self.kind_filter = QComboBox(self.list_panel)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.setAccessibleName(self.tr("Show assessments of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        kind_caption = QLabel(self.tr("&Kind:"), self.list_panel)
        kind_caption.setBuddy(self.kind_filter)
        filters.addWidget(kind_caption)
        filters.addWidget(self.kind_filter)
        filters.addStretch(1)
        self.count_label = QLabel(self.list_panel)
        self.count_label.setObjectName("assessmentCount")
        filters.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("New assessment…"), self.list_panel)
        self.new_button.setObjectName("newAssessment")
        self.new_button.setAccessibleName(self.tr("New assessment"))
        self.new_button.clicked.connect(lambda: self.new_assessment())
        filters.addWidget(self.new_button)
        self.two_way_button = QPushButton(self.tr("Two-way summary…"), self.list_panel)
        self.two_way_button.setObjectName("twoWaySummary")
        self.two_way_button.setAccessibleName(
            self.tr("How partners, together, assess the organisation")
        )
        self.two_way_button.clicked.connect(lambda: self.two_way_summary())
        filters.addWidget(self.two_way_button)
        panel.addLayout(filters)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.kind_filter.currentIndexChanged.connect(self.refresh)

        self.table = QTableView(self.list_panel)
        self.table.setObjectName("assessmentTable")
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 260, 130, 80, 100, 90, 90)):
            header.resizeSection(column, width)
        self.table.activated.connect(self._open_row)
        panel.addWidget(self.table, 1)
        self.stack.addWidget(self.list_panel)

        self.view = AssessmentView(self.stack)
        self.view.back_requested.connect(self.show_list)
        self.view.status_message.connect(self.status_message)
        # The list is read again when it is shown (``show_list``), not on every change.
        self.view.changed.connect(lambda _id: self._refresh_if_listing())
        self.stack.addWidget(self.view)

    def editing_controls(self) -> list[tuple[Control, StaffAction]]:
        controls: list[Control] = [self.new_button, *self.view.editing_controls()]
        return [(control, StaffAction.EDIT_RECORDS) for control in controls]

    def apply_permissions(self, permissions: Permissions) -> None:
        super().apply_permissions(permissions)
        self.view.set_permissions(permissions)

    def title(self) -> str:
        return self.tr("Assessments")

    # --- the list --------------------------------------------------------------------

    def activated(self) -> None:
        # In the next turn: a navigation request opens an assessment right after bringing
        # the page forward, and then the list (every assessment in the vault) is not read.
        QTimer.singleShot(0, self, self._refresh_if_listing)

    def _refresh_if_listing(self) -> None:
        if self.stack.currentWidget() is self.list_panel:
            self.refresh()

    def refresh(self) -> None:
        """Read the count and the first page of the filtered list again (in the background;
        the filters are applied in the database, further pages are read on scrolling)."""
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        status = self.status_filter.currentData() or ""
        kind = self.kind_filter.currentData() or ""
        self.model.set_filter(status, kind, vault=vault)

    def _reloaded(self) -> None:
        if self.vault is None or self.vault.is_locked:
            self.count_label.clear()
            return
        total = self.model.total_count
        self.count_label.setText(self.tr("%Ln assessment(s)", "", total))

    def show_list(self) -> None:
        self.view.editor.commit_pending()
        self.view.clear()
        self.stack.setCurrentWidget(self.list_panel)
        self.refresh()

    def _open_row(self, index: QModelIndex) -> None:
        assessment_id = self.model.assessment_id(index.row())
        if assessment_id:
            self.show_record(assessment_id)

    def current_record(self) -> str:
        return self.view.assessment_id if self.stack.currentWidget() is self.view else ""

    def current_view(self) -> int:
        return self.view.tabs.currentIndex() if self.current_record() else -1

    def show_view(self, view: int) -> None:
        self.view.show_tab(view)

    def show_record(self, record_id: str) -> None:
        """Open one assessment (also a navigation request from another page)."""
        if self.vault is None or self.vault.is_locked:
            return
        self.view.editor.commit_pending()
        self.stack.setCurrentWidget(self.view)
        self.view.open(self.vault, record_id)

    # --- partners' two-way assessments, combined -------------------------------------

    def two_way_summary(self) -> None:
        """Open the combined view of the partners' two-way assessments."""
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        if self.two_way_dialog is not None:
            self.two_way_dialog.raise_()
            return
        dialog = TwoWaySummaryDialog(vault, self)
        for control in (dialog.threshold, dialog.save_threshold):
            self.permissions.gate(control, StaffAction.ORGANISATION_SETTINGS)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "two_way_dialog", None))
        self.two_way_dialog = dialog
        dialog.open()

    # --- a new assessment ------------------------------------------------------------

    def start_new(self, partner_id: str) -> None:
        self.new_assessment(partner_id)

    @opens_dialog
    def new_assessment(self, partner_id: str = "") -> None:
        """Open the New assessment dialog (built-in templates are added to the vault first,
        off the UI thread)."""
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        self._pending_partner = partner_id

        def loaded(result: tuple[list[TemplateChoice], list[tuple[str, str, str]]]) -> None:
            if self.vault is None:
                return
            self._templates, partners = result
            self._open_dialog(partners)

        def work(_control: Any) -> tuple[list[TemplateChoice], list[tuple[str, str, str]]]:
            templates = self._templates or load_template_choices(vault)
            with vault.session() as session:
                return templates, partner_choices(session)

        # Reading the choices first adds any missing built-in template: a write, so it
        # is queued on the vault's writer like every other.
        self._choices_task = writer_of(vault).submit(
            work,
            owner=self,
            on_success=loaded,
            on_failure=lambda message, _exc: self.status_message.emit(message),
            parent=self,
        )

    def _projects_of(self, partner_id: str) -> list[ProjectChoice]:
        if self.vault is None:
            return []
        try:
            with self.vault.session() as session:
                partner = get_partner(session, partner_id)
                return [
                    (p.id, p.title, p.due_diligence_tier) for p in projects_of(session, partner)
                ]
        except NotFound:
            return []

    def _open_dialog(self, partners: list[tuple[str, str, str]]) -> None:
        assert self.vault is not None
        dialog = NewAssessmentDialog(
            partners,
            self._templates or [],
            self._projects_of,
            today=self.vault.clock.now().date(),
            assessor=str(self.vault.setting("user_name", "")),
            partner_id=self._pending_partner,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create(dialog.values()))
        dialog.destroyed.connect(lambda: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()

    def _create(self, values: dict[str, Any]) -> None:
        if self.vault is None:
            return

        def edit(session: Any) -> str:
            partner = get_partner(session, values["partner_id"])
            project = get_project(session, values["project_id"]) if values["project_id"] else None
            template = get_template(session, values["template_key"], values["template_version"])
            return create_assessment(
                session,
                partner,
                template,
                tier=values["tier"],
                project=project,
                respondent=values["respondent"],
                assessed_on=values["assessed_on"],
                place=values["place"],
                assessors=values["assessors"],
            ).id

        def created(assessment_id: str) -> None:
            self.status_message.emit(self.tr("Assessment created"))
            if self.isVisible():
                self.show_record(assessment_id)
            else:  # started from another page (a partner's): bring the new one forward
                self.navigate.emit(self.key, assessment_id)

        change(
            self,
            self.vault,
            edit,
            on_saved=created,
            on_failed=lambda message, _exc: self.status_message.emit(
                self.tr("Not created: {reason}").format(reason=message)
            ),
        )

    # --- locking ---------------------------------------------------------------------

    def forget(self) -> None:
        # Typing not yet saved is saved now, while the vault is still open.
        if self.vault is not None and not self.vault.is_locked:
            self.view.editor.commit_pending()
        if self.new_dialog is not None:
            self.new_dialog.close()
            self.new_dialog = None
        if self.two_way_dialog is not None:
            self.two_way_dialog.reads.forget()
            self.two_way_dialog.close()
            self.two_way_dialog = None
        self.view.clear()
        self.model.clear()
        self.count_label.clear()
        self._templates = None
        self._pending_partner = ""
        self.stack.setCurrentWidget(self.list_panel)
