"""The "New assessment" dialog: partner (searchable), project, template, tier, date,
place, assessors and who answers. It only gathers choices; the page creates the
assessment through ``domain.assessments``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.assessment.labels import (
    content_language,
    kind_label,
    respondent_label,
    tier_label,
)
from fieldpartner.ui.assessment.loading import TemplateChoice

# (project id, title, due-diligence tier) of one partner's projects.
ProjectChoice = tuple[str, str, str]


class NewAssessmentDialog(QDialog):
    def __init__(
        self,
        partners: Sequence[tuple[str, str, str]],
        templates: Sequence[TemplateChoice],
        projects_of: Callable[[str], list[ProjectChoice]],
        *,
        today: date | None = None,
        assessor: str = "",
        partner_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newAssessmentDialog")
        self.setWindowTitle(self.tr("New assessment"))
        self.setAccessibleName(self.tr("New assessment"))
        self._templates = list(templates)
        self._projects_of = projects_of
        self._language = content_language()
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.partner = QComboBox(self)
        self.partner.setObjectName("partnerChoice")
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for ident, name, acronym in partners:
            self.partner.addItem(f"{name} ({acronym})" if acronym else name, ident)
        # An editable combo box always has its line edit and completer.
        completer = self.partner.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line_edit = self.partner.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Type to search partners"))
        form.addRow(self.tr("&Partner:"), self.partner)

        self.project = QComboBox(self)
        self.project.setObjectName("projectChoice")
        self.project.setAccessibleName(self.tr("Project"))
        form.addRow(self.tr("P&roject:"), self.project)

        self.template = QComboBox(self)
        self.template.setObjectName("templateChoice")
        self.template.setAccessibleName(self.tr("Template"))
        for choice in self._templates:
            self.template.addItem(
                f"{choice.title(self._language)} — {kind_label(choice.kind)}", choice.key
            )
        form.addRow(self.tr("&Template:"), self.template)

        self.tier_label = QLabel(self.tr("T&ier:"), self)
        self.tier = QComboBox(self)
        self.tier.setObjectName("tierChoice")
        self.tier.setAccessibleName(self.tr("Due-diligence tier"))
        self.tier_label.setBuddy(self.tier)
        form.addRow(self.tier_label, self.tier)

        self.respondent = QComboBox(self)
        self.respondent.setObjectName("respondentChoice")
        self.respondent.setAccessibleName(self.tr("Who answers"))
        form.addRow(self.tr("Answered &by:"), self.respondent)

        self.assessed_on = QDateEdit(self)
        self.assessed_on.setObjectName("assessedOn")
        self.assessed_on.setAccessibleName(self.tr("Date of the assessment"))
        self.assessed_on.setCalendarPopup(True)
        day = today or date.today()
        self.assessed_on.setDate(QDate(day.year, day.month, day.day))
        form.addRow(self.tr("&Date:"), self.assessed_on)

        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setMaxLength(200)
        form.addRow(self.tr("P&lace:"), self.place)

        self.assessors = QLineEdit(assessor, self)
        self.assessors.setObjectName("assessors")
        self.assessors.setAccessibleName(self.tr("Assessors"))
        self.assessors.setPlaceholderText(self.tr("Names, separated by commas"))
        form.addRow(self.tr("&Assessors:"), self.assessors)
        layout.addLayout(form)

        self.problem = QLabel(self)
        self.problem.setObjectName("newAssessmentProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("newAssessmentButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        ok.setObjectName("createAssessment")
        ok.setAccessibleName(self.tr("Create the assessment"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelNew")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.project.currentIndexChanged.connect(self._project_changed)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.partner.setCurrentIndex(-1)
        if partner_id:
            self.select_partner(partner_id)
        self._template_changed()
        self._partner_changed()

    # --- choices ---------------------------------------------------------------------

    def select_partner(self, partner_id: str) -> None:
        index = self.partner.findData(partner_id)
        self.partner.setCurrentIndex(index)

    def select_template(self, key: str) -> None:
        self.template.setCurrentIndex(self.template.findData(key))

    def select_tier(self, tier: str) -> None:
        self.tier.setCurrentIndex(self.tier.findData(tier))

    def select_respondent(self, respondent: str) -> None:
        self.respondent.setCurrentIndex(self.respondent.findData(respondent))

    def _chosen_template(self) -> TemplateChoice | None:
        index = self.template.currentIndex()
        return self._templates[index] if 0 <= index < len(self._templates) else None

    def _partner_changed(self) -> None:
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("No project"), "")
        partner_id = self.partner.currentData()
        if partner_id:
            for ident, title, tier in self._projects_of(partner_id):
                label = f"{title} ({tier_label(tier)})" if tier else title
                self.project.addItem(label, ident)
                self.project.setItemData(
                    self.project.count() - 1, tier, Qt.ItemDataRole.UserRole + 1
                )
        self.project.blockSignals(False)
        self.project.setEnabled(self.project.count() > 1)
        # A partner with one project is most often assessed for it.
        if self.project.count() == 2:
            self.project.setCurrentIndex(1)
        self._project_changed()

    def _project_changed(self) -> None:
        tier = self.project.currentData(Qt.ItemDataRole.UserRole + 1)
        if tier and self.tier.findData(tier) >= 0:
            self.select_tier(tier)

    def _template_changed(self) -> None:
        choice = self._chosen_template()
        self.tier.clear()
        if choice is not None:
            for tier_id, labels in choice.tiers:
                text = labels.get(self._language) or labels.get("en") or tier_label(tier_id)
                self.tier.addItem(text, tier_id)
        has_tiers = self.tier.count() > 0
        self.tier.setVisible(has_tiers)
        self.tier_label.setVisible(has_tiers)
        self.tier.setCurrentIndex(-1)
        self._project_changed()
        self.respondent.clear()
        allowed = choice.respondent if choice is not None else "assessor"
        sides = ["assessor", "partner_self"] if allowed == "both" else [allowed]
        for side in sides:
            self.respondent.addItem(respondent_label(side), side)
        self.respondent.setEnabled(len(sides) > 1)

    # --- result ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the person chose, as keyword arguments for the page to create it."""
        choice = self._chosen_template()
        day = self.assessed_on.date()
        return {
            "partner_id": self.partner.currentData() or "",
            "project_id": self.project.currentData() or "",
            "template_key": choice.key if choice else "",
            "template_version": choice.version if choice else 0,
            "tier": self.tier.currentData() or "" if self.tier.count() else "",
            "respondent": self.respondent.currentData() or "assessor",
            "assessed_on": date(day.year(), day.month(), day.day()),
            "place": self.place.text().strip(),
            "assessors": [a.strip() for a in self.assessors.text().split(",") if a.strip()],
        }

    def problems(self) -> list[str]:
        values = self.values()
        found = []
        if not values["partner_id"] or self.partner.currentText() != self.partner.itemText(
            self.partner.currentIndex()
        ):
            found.append(self.tr("Choose a partner from the list."))
        if not values["template_key"]:
            found.append(self.tr("Choose a template."))
        if self.tier.count() and not values["tier"]:
            found.append(self.tr("Choose the due-diligence tier."))
        return found

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _check_and_accept(self) -> None:
        problems = self.problems()
        if problems:
            self.show_problem(" ".join(problems))
            return
        self.accept()
