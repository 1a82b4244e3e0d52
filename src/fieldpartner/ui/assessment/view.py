"""One open assessment: its header, undo/redo, finalise/reopen, and two tabs — the answers
(editor) and the results."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.assessments import (
    FinaliseRefused,
    MissingAnswer,
    finalise,
    get_assessment,
    override_result,
    reopen,
    results_of,
    shown_title,
)
from fieldpartner.domain.plans import propose_actions
from fieldpartner.domain.results import Results
from fieldpartner.ui.assessment.answer_import_dialog import AnswerImportDialog
from fieldpartner.ui.assessment.editor import AssessmentEditor
from fieldpartner.ui.assessment.labels import (
    content_language,
    respondent_label,
    status_label,
    tier_label,
)
from fieldpartner.ui.assessment.loading import AssessmentData, load_assessment
from fieldpartner.ui.assessment.override_dialog import OverrideDialog
from fieldpartner.ui.assessment.results_view import ResultsView
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.common.numbers import format_outline
from fieldpartner.ui.common.stale import StaleNotice, is_stale
from fieldpartner.ui.idle_lock import input_watch_paused
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.ui.problems import problem_text
from fieldpartner.ui.roles import EVERYTHING, Permissions
from fieldpartner.ui.worker import BackgroundTask, TaskControl
from fieldpartner.vault import Vault

# Links listed under a refused finalise; more would push the window past the screen.
MISSING_LINKS = 8


class AssessmentView(QWidget):
    back_requested = Signal()
    status_message = Signal(str)
    changed = Signal(str)  # assessment id: the list should refresh
    loaded = Signal(str)  # assessment id: ready to edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentView")
        self._tab_after_open = -1  # the tab to bring forward once the assessment is shown
        self._vault: Vault | None = None
        self.reads = OwnedReads(self)
        self._results_stale = True
        self._open_task: BackgroundTask | None = None
        self._report_dialog: QDialog | None = None
        self.permissions = EVERYTHING

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("All assessments"), self)
        self.back_button.setObjectName("backToList")
        self.back_button.setAccessibleName(self.tr("Back to all assessments"))
        self.back_button.clicked.connect(self.back_requested)
        header.addWidget(self.back_button)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("assessmentTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        header.addWidget(self.title_label, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("assessmentStatus")
        header.addWidget(self.status_label)
        layout.addLayout(header)

        self.details_label = QLabel(self)
        self.details_label.setObjectName("assessmentDetails")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)

        tools = QHBoxLayout()
        self.editor = AssessmentEditor(self)
        stack = self.editor.undo_stack
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undoAnswer")
        self.undo_button.setAccessibleName(self.tr("Undo the last answer change"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        tools.addWidget(self.undo_button)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.redo_button.setObjectName("redoAnswer")
        self.redo_button.setAccessibleName(self.tr("Redo the answer change"))
        self.redo_button.setEnabled(False)
        self.redo_button.clicked.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        tools.addWidget(self.redo_button)
        for name, text, keys, slot in (
            (
                "undoShortcut",
                self.tr("Undo the last answer change"),
                QKeySequence.StandardKey.Undo,
                stack.undo,
            ),
            (
                "redoShortcut",
                self.tr("Redo the answer change"),
                QKeySequence.StandardKey.Redo,
                stack.redo,
            ),
        ):
            # The text is what Help → Keyboard shortcuts lists for it.
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        tools.addWidget(self.saved_label)
        tools.addStretch(1)
        self.import_answers_button = QPushButton(self.tr("Import answers…"), self)
        self.import_answers_button.setObjectName("importAnswers")
        self.import_answers_button.setAccessibleName(
            self.tr("Import answers from a spreadsheet, checked before they are saved")
        )
        self.import_answers_button.clicked.connect(self.ask_import_answers)
        tools.addWidget(self.import_answers_button)
        self.finalise_button = QPushButton(self.tr("Finalise"), self)
        self.finalise_button.setObjectName("finaliseAssessment")
        self.finalise_button.setAccessibleName(
            self.tr("Finalise: compute the results and lock the answers")
        )
        self.finalise_button.clicked.connect(self.finalise)
        tools.addWidget(self.finalise_button)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopenAssessment")
        self.reopen_button.setAccessibleName(self.tr("Reopen as a new draft"))
        self.reopen_button.clicked.connect(self.reopen)
        tools.addWidget(self.reopen_button)
        self.override_button = QPushButton(self.tr("Override result…"), self)
        self.override_button.setObjectName("overrideResult")
        self.override_button.setAccessibleName(
            self.tr("Override a computed result, with the justification")
        )
        self.override_button.clicked.connect(self.ask_override)
        tools.addWidget(self.override_button)
        self.override_dialog: OverrideDialog | None = None
        self.report_button = QPushButton(self.tr("Report…"), self)
        self.report_button.setObjectName("assessmentReport")
        self.report_button.setAccessibleName(self.tr("Preview, print or save a report"))
        self.report_button.clicked.connect(self.open_report)
        tools.addWidget(self.report_button)
        layout.addLayout(tools)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("editorProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        # Finalising, reopening or an override refused: someone else changed the
        # assessment since it was read. Reload opens it as it is now.
        self.stale = StaleNotice(self)
        self.stale.setObjectName("assessmentStale")
        layout.addWidget(self.stale)
        # A refused finalising: each missing answer or evidence, a link to its question.
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("finaliseMissing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.missing_label.setOpenExternalLinks(False)
        self.missing_label.linkActivated.connect(self._go_to_missing)
        self.missing_label.hide()
        layout.addWidget(self.missing_label)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setAccessibleName(self.tr("Answers and results"))
        self.results = ResultsView(self)
        self.tabs.addTab(self.editor, self.tr("Answers"))
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.editor.problem.connect(self.show_problem)
        self.editor.answers_changed.connect(self._answers_changed)
        self.editor.saved.connect(self.saved_label.setText)
        self.results.problem.connect(self.show_problem)
        self.results.status_message.connect(self.status_message)
        self.clear()

    def editing_controls(self) -> list[QWidget]:
        """The controls that change the assessment (gated by the person's role); the
        answers follow ``set_permissions``."""
        return [
            self.import_answers_button,
            self.finalise_button,
            self.reopen_button,
            self.override_button,
            *self.results.editing_controls(),
        ]

    def set_permissions(self, permissions: Permissions) -> None:
        """A person who may not change records sees the answers as of a final assessment."""
        self.permissions = permissions
        self.results.permissions = permissions
        if permissions.read_only:
            self.editor.setToolTip(permissions.reason())

    # --- opening ---------------------------------------------------------------------

    @property
    def assessment_id(self) -> str:
        data = self.editor.data
        return data.id if data is not None else ""

    def ready_for_dialogs(self) -> bool:
        """Whether the assessment is read (its dialogs act on it; ``loaded`` says when)."""
        return self.editor.data is not None

    def open(self, vault: Vault, assessment_id: str) -> None:
        """Read the assessment on a worker thread, then build the editor."""
        self.clear()
        self._vault = vault
        self.title_label.setText(self.tr("Opening…"))

        def opened(data: AssessmentData) -> None:
            if self._vault is not None:
                self._show(data)

        def failed(message: str, _exc: BaseException) -> None:
            self.title_label.clear()
            self.show_problem(message)

        self._open_task = self.reads.run(
            "assessment",
            lambda _control: load_assessment(vault, assessment_id),
            opened,
            failed,
            parent=self,
        )

    def _show(self, data: AssessmentData) -> None:
        assert self._vault is not None
        with input_watch_paused():  # builds and shows the first section's widgets
            self.editor.load(self._vault, data)
            self._update_header()
        self._results_stale = True
        tab, self._tab_after_open = self._tab_after_open, -1
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        else:
            self.tabs.setCurrentWidget(self.editor)
        self.loaded.emit(data.id)

    def show_tab(self, index: int) -> None:
        """Bring the tab ``index`` forward once the assessment being opened is shown."""
        self._tab_after_open = index
        if self.editor.data is not None and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _update_header(self) -> None:
        data = self.editor.data
        if data is None:
            return
        title = shown_title(data.title, data.body.get("title"), content_language())
        self.title_label.setText(f"{data.partner_name} — {title}")
        details = []
        if data.tier:
            details.append(self.tr("Tier: {tier}").format(tier=tier_label(data.tier)))
        if data.assessed_on is not None:
            details.append(format_date(data.assessed_on))
        if data.place:
            details.append(data.place)
        if data.assessors:
            details.append(self.tr("Assessors: {names}").format(names=", ".join(data.assessors)))
        details.append(respondent_label(data.respondent))
        self.details_label.setText(" · ".join(details))
        self.status_label.setText(status_label(data.status))
        self.finalise_button.setVisible(data.is_draft)
        self.import_answers_button.setVisible(data.is_draft)
        self.reopen_button.setVisible(not data.is_draft)
        self.override_button.setVisible(data.status == "final")
        self.editor.set_read_only(not data.is_draft or self.permissions.read_only)
        self.editor.keys_hint.setVisible(data.is_draft)

    def clear(self) -> None:
        """Forget everything shown (on lock, or before opening another assessment)."""
        self.reads.drop()
        self.editor.clear()
        self.results.clear()
        self._vault = None
        for label in (self.title_label, self.details_label, self.status_label, self.saved_label):
            label.clear()
        self.show_problem("")
        self.show_missing([])
        self.finalise_button.hide()
        self.reopen_button.hide()
        self.override_button.hide()
        if self.override_dialog is not None:
            self.override_dialog.close()
        if self._report_dialog is not None:
            self._report_dialog.close()  # drops the report's bytes
        self.tabs.setCurrentIndex(0)

    @opens_dialog
    def open_report(self) -> None:
        """Preview, print or save this assessment's report (ui/report_dialog.py)."""
        from fieldpartner.reports import report_kind_for
        from fieldpartner.ui.report_dialog import open_report_dialog

        data = self.editor.data
        if data is None or self._vault is None:
            return
        if self._report_dialog is not None:
            self._report_dialog.close()
            self._report_dialog.deleteLater()
            self._report_dialog = None
        kind = report_kind_for(data.kind)
        self._report_dialog = open_report_dialog(
            self, self._vault, kind, data.partner_id, assessment_id=data.id
        )

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))
        if not message:
            self.stale.clear()

    # --- changes ---------------------------------------------------------------------

    def _answers_changed(self) -> None:
        self._results_stale = True
        self.show_problem("")
        if self.tabs.currentWidget() is self.results:
            self._load_results()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.results and self._results_stale:
            self._load_results()

    def _load_results(self) -> None:
        self.editor.commit_pending()
        if self._vault is not None and self.assessment_id:
            self._results_stale = False
            self.results.load(self._vault, self.assessment_id)

    def finalise(self) -> None:
        """Lock the answers and store the results; gaps become proposed actions. Queued
        after the answers being written, so it sees every one of them."""
        data = self.editor.data
        if self._vault is None or data is None:
            return
        self.editor.commit_pending()

        def edit(session: Any) -> None:
            assessment = get_assessment(session, data.id)
            finalise(session, assessment, based_on=data.rev)
            propose_actions(session, assessment)
            data.rev = assessment.rev  # on the writer's one thread, in order

        def finalised(_none: None) -> None:
            if self.editor.data is not data:
                return
            self.show_missing([])
            data.status = "final"
            self.editor.undo_stack.clear()  # answers are locked: nothing left to undo
            self._update_header()
            self.show_problem("")
            self.status_message.emit(self.tr("Assessment finalised; its answers are locked"))
            self.changed.emit(data.id)
            self._results_stale = True
            self.tabs.setCurrentWidget(self.results)

        change(self, self._vault, edit, on_saved=finalised, on_failed=self._not_changed)

    def _not_changed(self, message: str, exc: BaseException) -> None:
        if is_stale(exc):
            data = self.editor.data
            if data is not None:
                self.stale.show_conflict(message, lambda: self._reload(data.id))
            return
        if isinstance(exc, FinaliseRefused):
            # Each missing answer or piece of evidence, as a link to its question.
            self.show_missing(exc.missing)
            return
        self.show_problem(message)

    def _reload(self, assessment_id: str) -> None:
        """Open the assessment again as it is now (after a refused stale change)."""
        if self._vault is not None and self.assessment_id == assessment_id:
            self.open(self._vault, assessment_id)

    @opens_dialog
    def ask_override(self) -> None:
        """Ask which result to override, to what and why; then store it."""
        data, vault = self.editor.data, self._vault
        if vault is None or data is None:
            return

        def read(_control: TaskControl) -> Results:
            # The stored results, read off the interface thread like every other read.
            with vault.session() as session:
                return results_of(session, get_assessment(session, data.id))

        def ask(results: Results) -> None:
            if self.editor.data is not data:
                return
            self.override_dialog = OverrideDialog(results, self)
            self.override_dialog.save_with(self._override_chosen)
            self.override_dialog.open()

        self.reads.run("override", read, ask, lambda message, _exc: self.show_problem(message))

    def _override_chosen(self) -> None:
        """Store the override on the vault's writer, as every change from the window."""
        dialog, data = self.override_dialog, self.editor.data
        if dialog is None or self._vault is None or data is None:
            return
        request = dialog.request()

        def edit(session: Any) -> None:
            assessment = get_assessment(session, data.id)
            override_result(session, assessment, request, based_on=data.rev)
            data.rev = assessment.rev

        def overridden(_none: None) -> None:
            dialog.saved()
            if self.editor.data is not data:
                return
            self.show_problem("")
            self.status_message.emit(self.tr("Result overridden; the justification is kept"))
            self.changed.emit(data.id)
            self.tabs.setCurrentWidget(self.results)
            self._load_results()

        def not_overridden(message: str, exc: BaseException) -> None:
            if is_stale(exc):
                # What was typed stays in the dialog; Reload opens the assessment as it
                # is now (its results may have changed), from which to override again.
                def reload() -> None:
                    dialog.reject()
                    self._reload(data.id)

                dialog.show_stale(message, reload)
            else:
                dialog.not_saved(message)

        change(self, self._vault, edit, on_saved=overridden, on_failed=not_overridden)

    def show_missing(self, missing: list[MissingAnswer]) -> None:
        """List what keeps the assessment from being final, each a link to its question."""
        if not missing:
            self.missing_label.clear()
            self.missing_label.hide()
            return
        lines = [
            '<a href="item:{id}">{question}</a>: {reason}'.format(
                id=html.escape(m.item_id, quote=True),
                question=html.escape(
                    self.tr("Question {number}: {title}").format(
                        number=format_outline(str(m.number)), title=m.title
                    )
                ),
                reason=html.escape(problem_text(m.reason)),
            )
            for m in missing[:MISSING_LINKS]
        ]
        if len(missing) > MISSING_LINKS:
            lines.append("…")  # the heading gives the count; Next unanswered walks them all
        heading = html.escape(
            self.tr("Cannot finalise yet: %Ln question(s) to complete", "", len(missing))
        )
        self.missing_label.setText(f"<p>{heading}</p><p>" + "<br>".join(lines) + "</p>")
        self.missing_label.show()
        self.tabs.setCurrentWidget(self.editor)

    def _go_to_missing(self, link: str) -> None:
        if link.startswith("item:"):
            self.editor.focus_item(link.removeprefix("item:"))

    @opens_dialog
    def ask_import_answers(self) -> AnswerImportDialog | None:
        data = self.editor.data
        if self._vault is None or data is None or not data.is_draft:
            return None
        self.editor.commit_pending()
        dialog = AnswerImportDialog(self._vault, data.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _count: self._answers_imported(data.id))
        dialog.open()
        return dialog

    def _answers_imported(self, assessment_id: str) -> None:
        if self._vault is None or self.assessment_id != assessment_id:
            return
        self.changed.emit(assessment_id)
        self.open(self._vault, assessment_id)

    def reopen(self) -> None:
        data = self.editor.data
        if self._vault is None or data is None:
            return

        def reopened(_reopened: object) -> None:
            if self.editor.data is not data:
                return
            data.status = "draft"
            self.editor.undo_stack.clear()
            self._update_header()
            self.status_message.emit(self.tr("Assessment reopened as a draft"))
            self.changed.emit(data.id)
            self._results_stale = True
            self.tabs.setCurrentWidget(self.editor)

        def edit(session: Any) -> None:
            assessment = get_assessment(session, data.id)
            reopen(session, assessment, based_on=data.rev)
            data.rev = assessment.rev

        change(self, self._vault, edit, on_saved=reopened, on_failed=self._not_changed)
