"""Results of one assessment: the section table, the overall rating and recommended
decision, a radar chart, comparisons (earlier assessment, self vs assessor) and the gaps'
proposed actions, which a person edits and accepts into the development plan.

Results are computed by ``domain.scoring`` on a worker thread; nothing is scored here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.actions import edit_action
from fieldpartner.domain.assessments import get_assessment
from fieldpartner.domain.models import ActionStatus
from fieldpartner.domain.plans import (
    accept_action,
    actions_of_assessment,
    drop_proposed_action,
    propose_actions,
)
from fieldpartner.domain.results import Results, ScoredPart
from fieldpartner.ui.assessment.labels import (
    action_status_label,
    content_language,
    decision_label,
    level_label,
    word_label,
)
from fieldpartner.ui.assessment.loading import ResultsData, load_results
from fieldpartner.ui.assessment.radar import RadarChart, Series
from fieldpartner.ui.common.dates import edit_dates_as_shown
from fieldpartner.ui.common.numbers import format_fraction, format_number
from fieldpartner.ui.common.stale import StaleNotice, is_stale
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.ui.roles import EVERYTHING
from fieldpartner.ui.worker import BackgroundTask
from fieldpartner.vault import Vault

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _number(value: float | None, digits: int = 2) -> str:
    return "" if value is None else QLocale().toString(float(value), "f", digits)


def _signed(value: float | None) -> str:
    """A change with its sign; the locale's signs carry the marks right-to-left text needs."""
    if value is None:
        return ""
    return (QLocale().positiveSign() if value > 0 else "") + _number(value)


def _percent(value: float | None) -> str:
    return "" if value is None else _number(value, 0) + QLocale().percent()


def _table(name: str, accessible: str, headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    return table


def fit_rows(table: QTableWidget) -> None:
    """Make a table as tall as its rows: the results page scrolls, not each table."""
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    for row in range(table.rowCount()):
        height += table.rowHeight(row)
    table.setFixedHeight(max(height, table.horizontalHeader().height() + 40))


def _cell(text: str, align_number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return item


class ResultsView(QScrollArea):
    """The results tab of an assessment."""

    problem = Signal(str)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setWidgetResizable(True)
        self._vault: Vault | None = None
        self._assessment_id = ""
        self.reads = OwnedReads(self)
        self._filling = False
        self.data: ResultsData | None = None
        self._task: BackgroundTask | None = None
        # Proposed actions the person unticked: they stay unticked when the table is
        # filled again (after Accept or Drop of the others), until another assessment.
        self._unticked: set[str] = set()
        self._action_revs: dict[str, str] = {}
        self.permissions = EVERYTHING  # a viewer's table cannot be edited

        body = QWidget(self)
        body.setObjectName("resultsBody")
        layout = QVBoxLayout(body)

        self.overall_label = QLabel(body)
        self.overall_label.setObjectName("overallRating")
        self.overall_label.setWordWrap(True)
        self.overall_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.overall_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.overall_label.setFont(font)
        layout.addWidget(self.overall_label)
        self.decision_label = QLabel(body)
        self.decision_label.setObjectName("recommendedDecision")
        self.decision_label.setWordWrap(True)
        layout.addWidget(self.decision_label)
        self.rules_label = QLabel(body)
        self.rules_label.setObjectName("rulesApplied")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.rules_label)

        middle = QHBoxLayout()
        self.section_table = _table(
            "sectionTable",
            self.tr("Section results"),
            [
                self.tr("Section"),
                self.tr("Score"),
                self.tr("Range"),
                self.tr("Percent"),
                self.tr("Answered"),
                self.tr("Rating"),
            ],
            body,
        )
        middle.addWidget(self.section_table, 1, Qt.AlignmentFlag.AlignTop)
        self.radar = RadarChart(body)
        middle.addWidget(self.radar, 1)
        layout.addLayout(middle)

        self.previous_box = QGroupBox(self.tr("Compared with the previous assessment"), body)
        self.previous_box.setObjectName("previousBox")
        box_layout = QVBoxLayout(self.previous_box)
        self.previous_label = QLabel(self.previous_box)
        self.previous_label.setObjectName("previousSummary")
        self.previous_label.setWordWrap(True)
        box_layout.addWidget(self.previous_label)
        self.previous_table = _table(
            "previousTable",
            self.tr("Comparison with the previous assessment"),
            [self.tr("Section"), self.tr("Before"), self.tr("Now"), self.tr("Change")],
            self.previous_box,
        )
        box_layout.addWidget(self.previous_table)
        layout.addWidget(self.previous_box)

        self.perspective_box = QGroupBox(self.tr("Self-assessment and assessor"), body)
        self.perspective_box.setObjectName("perspectiveBox")
        box_layout = QVBoxLayout(self.perspective_box)
        self.perspective_label = QLabel(self.perspective_box)
        self.perspective_label.setObjectName("perspectiveSummary")
        self.perspective_label.setWordWrap(True)
        box_layout.addWidget(self.perspective_label)
        self.perspective_table = _table(
            "perspectiveTable",
            self.tr("Self-assessment beside the assessor's view"),
            [self.tr("Section"), self.tr("Partner"), self.tr("Assessor"), self.tr("Difference")],
            self.perspective_box,
        )
        box_layout.addWidget(self.perspective_table)
        layout.addWidget(self.perspective_box)

        self.actions_box = QGroupBox(self.tr("Gaps and proposed actions"), body)
        self.actions_box.setObjectName("actionsBox")
        box_layout = QVBoxLayout(self.actions_box)
        self.gaps_label = QLabel(self.actions_box)
        self.gaps_label.setObjectName("gapsSummary")
        self.gaps_label.setWordWrap(True)
        box_layout.addWidget(self.gaps_label)
        self.action_table = QTableWidget(0, 5, self.actions_box)
        self.action_table.setObjectName("actionTable")
        self.action_table.setAccessibleName(self.tr("Proposed actions"))
        self.action_table.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Question"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        self.action_table.verticalHeader().hide()
        self.action_table.setMinimumHeight(220)
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.itemChanged.connect(self._action_item_changed)
        box_layout.addWidget(self.action_table)
        # A change of a proposed action refused: someone else changed it since it was read.
        self.stale = StaleNotice(self.actions_box)
        self.stale.setObjectName("actionsStale")
        box_layout.addWidget(self.stale)
        buttons = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("Propose actions for gaps"), self.actions_box)
        self.propose_button.setObjectName("proposeActions")
        self.propose_button.setAccessibleName(self.tr("Propose actions for gaps"))
        self.propose_button.clicked.connect(self.propose)
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        self.drop_button = QPushButton(self.tr("Drop selected"), self.actions_box)
        self.drop_button.setObjectName("dropActions")
        self.drop_button.setAccessibleName(self.tr("Drop the selected proposed actions"))
        self.drop_button.clicked.connect(self.drop_selected)
        buttons.addWidget(self.drop_button)
        self.accept_button = QPushButton(self.tr("Accept into plan"), self.actions_box)
        self.accept_button.setObjectName("acceptActions")
        self.accept_button.setAccessibleName(
            self.tr("Accept the selected proposed actions into the development plan")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        buttons.addWidget(self.accept_button)
        box_layout.addLayout(buttons)
        layout.addWidget(self.actions_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.clear()

    def editing_controls(self) -> list[QWidget]:
        """The buttons that change the proposed actions (gated by the person's role)."""
        return [self.propose_button, self.drop_button, self.accept_button]

    # --- loading ---------------------------------------------------------------------

    def load(self, vault: Vault, assessment_id: str) -> None:
        """Compute the results on a worker thread and show them when ready."""
        if assessment_id != self._assessment_id:
            self._unticked.clear()
        self._vault = vault
        self._assessment_id = assessment_id
        self.overall_label.setText(self.tr("Computing results…"))
        language = content_language()

        def shown(data: ResultsData) -> None:
            if self._vault is not None:
                self.show_results(data)

        def failed(message: str, _exc: BaseException) -> None:
            self.overall_label.clear()
            self.problem.emit(message)

        self._task = self.reads.run(
            "results",
            lambda _control: load_results(vault, assessment_id, language),
            shown,
            failed,
            parent=self,
        )

    @property
    def is_loaded(self) -> bool:
        return self.data is not None

    def clear(self) -> None:
        self.reads.drop()
        self._vault = None
        self._assessment_id = ""
        self._unticked.clear()
        self.data = None
        self._action_revs = {}
        self.stale.clear()
        for label in (
            self.overall_label,
            self.decision_label,
            self.rules_label,
            self.previous_label,
            self.perspective_label,
            self.gaps_label,
        ):
            label.clear()
        self._filling = True
        for table in (
            self.section_table,
            self.previous_table,
            self.perspective_table,
            self.action_table,
        ):
            table.clearContents()
            table.setRowCount(0)
        self._filling = False
        self.radar.clear()
        self.verticalScrollBar().setValue(0)
        self.previous_box.hide()
        self.perspective_box.hide()
        self.propose_button.setEnabled(False)
        self.accept_button.setEnabled(False)
        self.drop_button.setEnabled(False)

    # --- showing ---------------------------------------------------------------------

    def show_results(self, data: ResultsData) -> None:
        self.data = data
        # The proposed actions' versions shown: each change is based on its own, and
        # moves it on (on the writer's one thread, in order).
        self._action_revs = {action.id: action.rev for action in data.actions}
        self.stale.clear()
        results = data.results
        rating = results.rating if results.overall.vocabulary == "risk" else results.overall.level
        percent = round(results.completeness.ratio * 100)
        overall = results.overall
        word = level_label(overall.vocabulary, rating) if rating else ""
        if rating:
            text = self.tr("Overall rating: {rating}").format(rating=word)
        elif overall.withheld:
            text = self.tr("No overall rating yet: too few questions answered ({percent}%)").format(
                percent=format_number(percent)
            )
        else:
            text = self.tr("No overall rating")
        label = data.band_labels.get(overall.label or "", overall.label or "")
        if label and label.casefold() != word.casefold():  # not the rating's word again
            text += f" — {label}"
        for named in results.named:
            title = data.result_titles.get(named.id) or named.title or named.id
            text += f"\n{title}: {level_label(named.vocabulary, named.word) or '-'}"
        self.overall_label.setText(text)
        decision = results.recommended_decision
        status = (
            self.tr("final")
            if data.status != "draft"
            else self.tr("draft: results change as you answer")
        )
        self.decision_label.setText(
            self.tr("Recommended decision: {decision} · {percent}% answered · {status}").format(
                decision=decision_label(decision) or self.tr("none"),
                percent=format_number(percent),
                status=status,
            )
        )
        rules = [
            data.rule_reasons.get(rule.id) or rule.reason or rule.id
            for rule in results.rules_applied
        ]
        rules += [
            self.tr("{result} set to {value} by {by}: {why}").format(
                result=self.tr("Overall")
                if o.result == "overall"
                else data.result_titles.get(o.result)
                or data.section_titles.get(o.result)
                or o.result,
                value=word_label(o.value),
                by=o.by,
                why=o.justification,
            )
            for o in results.overrides
        ]
        self.rules_label.setText("\n".join(f"• {r}" for r in rules))
        self.rules_label.setVisible(bool(rules))
        self._fill_sections(results)
        self._fill_previous(data.previous)
        self._fill_perspectives(data.perspectives)
        self._fill_actions(data)

    def _title(self, section: ScoredPart | dict[str, Any]) -> str:
        """A section's title in the interface's language (a scored part, or a row of a
        comparison)."""
        titles = self.data.section_titles if self.data is not None else {}
        if isinstance(section, ScoredPart):
            return titles.get(section.id) or section.title or section.id
        return titles.get(section["id"]) or section.get("title") or section["id"]

    def _fill_sections(self, results: Results) -> None:
        sections = [s for s in results.sections if s.applicable]
        table = self.section_table
        table.setRowCount(len(sections))
        for row, section in enumerate(sections):
            done = section.completeness
            low, high = section.min, section.max
            values = [
                self._title(section),
                _number(section.score),
                self.tr("{low} to {high}").format(low=_number(low), high=_number(high))
                if low is not None and high is not None
                else "",
                _percent(section.percent),
                format_fraction(done.answered, done.required),
                level_label(section.vocabulary, section.word),
            ]
            for column, value in enumerate(values):
                cell = _cell(value, column in (1, 2, 3, 4))
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, section.id)
                table.setItem(row, column, cell)
        fit_rows(table)
        scored = [s for s in sections if s.percent is not None]
        series: list[Series] = [(self.tr("This assessment"), [s.percent or 0.0 for s in scored])]
        previous = self.data.previous if self.data else None
        if previous and scored:
            before = {}
            for entry in previous.get("sections") or []:
                before[entry["id"]] = entry
            # The comparison carries scores; plot them as percent of this range.
            earlier: list[float | None] = []
            for s in scored:
                score = (before.get(s.id) or {}).get("before")
                low, high = s.min, s.max
                if score is None or low is None or high is None or high <= low:
                    earlier.append(None)
                else:
                    earlier.append(max(0.0, min(100.0, 100 * (score - low) / (high - low))))
            if any(v is not None for v in earlier):
                series.append((self.tr("Previous"), earlier))
        # A radar of one or two axes says nothing a table does not say better.
        self.radar.setVisible(len(scored) >= 3)
        self.radar.set_data([self._title(s) for s in scored], series)

    def _fill_previous(self, previous: dict[str, Any] | None) -> None:
        self.previous_box.setVisible(previous is not None)
        if previous is None:
            return
        overall = previous.get("overall") or {}
        self.previous_label.setText(
            self.tr(
                "Previous assessment of {date}: rating {before} → {after}; "
                "{closed} gap(s) closed, {new} new, {remaining} remaining."
            ).format(
                date=previous.get("previous_date") or "",
                before=word_label(overall.get("rating_before")) or "—",
                after=word_label(overall.get("rating_after")) or "—",
                closed=format_number(len(previous.get("gaps_closed", []))),
                new=format_number(len(previous.get("gaps_new", []))),
                remaining=format_number(len(previous.get("gaps_remaining", []))),
            )
        )
        rows = previous.get("sections", [])
        self.previous_table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            change = entry.get("change")
            values = [
                self._title(entry),
                _number(entry.get("before")),
                _number(entry.get("after")),
                _signed(change),
            ]
            for column, value in enumerate(values):
                self.previous_table.setItem(row, column, _cell(value, column > 0))
        fit_rows(self.previous_table)

    def _fill_perspectives(self, perspectives: dict[str, Any] | None) -> None:
        self.perspective_box.setVisible(perspectives is not None)
        if perspectives is None:
            return
        agreement = perspectives.get("agreement")
        self.perspective_label.setText(
            self.tr(
                "The partner and the assessor gave the same answer to {percent}% of the questions both answered."
            ).format(percent="—" if agreement is None else format_number(round(agreement * 100)))
        )
        rows = perspectives.get("sections", [])
        self.perspective_table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            difference = entry.get("difference")
            values = [
                self._title(entry),
                _number(entry.get("self")),
                _number(entry.get("assessor")),
                _signed(difference),
            ]
            for column, value in enumerate(values):
                self.perspective_table.setItem(row, column, _cell(value, column > 0))
        fit_rows(self.perspective_table)

    def _fill_actions(self, data: ResultsData) -> None:
        gaps = data.results.gaps
        covered = {a.item_id for a in data.actions}
        uncovered = [g for g in gaps if g.item_id not in covered]
        proposed = [a for a in data.actions if a.status == ActionStatus.PROPOSED]
        self.gaps_label.setText(
            self.tr("{gaps} gap(s) found; {uncovered} without an action yet.").format(
                gaps=format_number(len(gaps)), uncovered=format_number(len(uncovered))
            )
        )
        self._filling = True
        table = self.action_table
        table.clearContents()
        table.setRowCount(len(data.actions))
        for row, action in enumerate(data.actions):
            editable = action.status == ActionStatus.PROPOSED and not self.permissions.read_only
            title = QTableWidgetItem(action.title)
            title.setData(ACTION_ID_ROLE, action.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                title.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                title.setCheckState(
                    Qt.CheckState.Unchecked
                    if action.id in self._unticked
                    else Qt.CheckState.Checked
                )
            else:
                title.setFlags(flags)
            table.setItem(row, 0, title)
            # The question as the person reads it; its id only when the template lost it.
            item = QTableWidgetItem(data.item_titles.get(action.item_id) or action.item_id)
            item.setToolTip(item.text())
            item.setFlags(flags)
            table.setItem(row, 1, item)
            owner = QTableWidgetItem(action.owner)
            owner.setFlags(
                flags | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags)
            )
            table.setItem(row, 2, owner)
            due = QDateEdit(table)
            due.setObjectName(f"actionDue:{action.id}")
            due.setAccessibleName(self.tr("Due date of {title}").format(title=action.title))
            due.setCalendarPopup(True)
            edit_dates_as_shown(due)
            if action.due_date is not None:
                due.setDate(QDate(action.due_date.year, action.due_date.month, action.due_date.day))
            due.setEnabled(editable)
            due.dateChanged.connect(lambda value, a=action.id: self._due_changed(a, value))
            table.setCellWidget(row, 3, due)
            status = QTableWidgetItem(action_status_label(action.status))
            status.setFlags(flags)
            table.setItem(row, 4, status)
        self._filling = False
        can_propose = bool(uncovered) and self._vault is not None
        self.propose_button.setEnabled(can_propose)
        self.accept_button.setEnabled(bool(proposed))
        self.drop_button.setEnabled(bool(proposed))

    # --- changing actions ------------------------------------------------------------

    def _edit(self, action_id: str, **changes: Any) -> None:
        """Queue a change of one proposed action (title, owner, due date)."""
        if self._vault is None:
            return
        assessment_id, revs = self._assessment_id, self._action_revs

        def edit(session: Any) -> None:
            assessment = get_assessment(session, assessment_id)
            for action in actions_of_assessment(session, assessment):
                if action.id == action_id:
                    edit_action(session, action, based_on=revs.get(action_id), **changes)
                    revs[action_id] = action.rev

        change(self, self._vault, edit, on_failed=self._not_changed)

    def _not_changed(self, message: str, exc: BaseException) -> None:
        if is_stale(exc):
            # What was typed in the table stays until Reload shows the actions as they are.
            vault, assessment_id = self._vault, self._assessment_id
            if vault is not None and assessment_id:
                self.stale.show_conflict(message, lambda: self.load(vault, assessment_id))
            return
        self.problem.emit(message)
        if self._vault is not None and self._assessment_id:
            self.load(self._vault, self._assessment_id)  # show what the vault holds

    def _action_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        first = self.action_table.item(item.row(), 0)
        if first is None:
            return
        action_id = first.data(ACTION_ID_ROLE)
        if item.column() == 0:
            if item.checkState() == Qt.CheckState.Checked:
                self._unticked.discard(action_id)
            else:
                self._unticked.add(action_id)
            if item.text().strip() and item.text().strip() != self._title_of(action_id):
                self._edit(action_id, title=item.text().strip())
        elif item.column() == 2:
            self._edit(action_id, owner=item.text().strip())

    def _title_of(self, action_id: str) -> str:
        for action in self.data.actions if self.data is not None else []:
            if action.id == action_id:
                return action.title
        return ""

    def _due_changed(self, action_id: str, value: QDate) -> None:
        if not self._filling:
            self._edit(action_id, due_date=date(value.year(), value.month(), value.day()))

    def checked_action_ids(self) -> list[str]:
        ids = []
        for row in range(self.action_table.rowCount()):
            title = self.action_table.item(row, 0)
            if title is not None and title.checkState() == Qt.CheckState.Checked:
                ids.append(title.data(ACTION_ID_ROLE))
        return ids

    def propose(self) -> None:
        if self._vault is None:
            return
        vault, assessment_id = self._vault, self._assessment_id

        def proposed(count: int) -> None:
            self.status_message.emit(self.tr("%Ln action(s) proposed", "", count))
            if self._vault is vault and self._assessment_id == assessment_id:
                self.load(vault, assessment_id)

        change(
            self,
            vault,
            lambda session: len(propose_actions(session, get_assessment(session, assessment_id))),
            on_saved=proposed,
            on_failed=self._not_changed,
        )

    def _for_checked(self, change_action: Any, done_message: Callable[[int], str]) -> None:
        """Change every checked proposed action in one transaction, then say how many."""
        wanted = set(self.checked_action_ids())
        if self._vault is None or not wanted:
            return
        vault, assessment_id, revs = self._vault, self._assessment_id, self._action_revs

        def edit(session: Any) -> int:
            count = 0
            assessment = get_assessment(session, assessment_id)
            for action in actions_of_assessment(session, assessment, (ActionStatus.PROPOSED,)):
                if action.id in wanted:
                    change_action(session, action, based_on=revs.get(action.id))
                    revs[action.id] = action.rev
                    count += 1
            return count

        def changed(count: int) -> None:
            if count:
                self.status_message.emit(done_message(count))
            if self._vault is vault and self._assessment_id == assessment_id:
                self.load(vault, assessment_id)

        change(self, vault, edit, on_saved=changed, on_failed=self._not_changed)

    def accept_selected(self) -> None:
        """Take every checked proposed action into the plan (status open) in one step."""
        self._for_checked(
            accept_action, lambda count: self.tr("%Ln action(s) added to the plan", "", count)
        )

    def drop_selected(self) -> None:
        self._for_checked(
            drop_proposed_action, lambda count: self.tr("%Ln proposed action(s) dropped", "", count)
        )
