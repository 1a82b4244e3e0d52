"""The findings of a walk through the window as a new user: each one reproduced, then fixed."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt, QTranslator
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
)
from ui_helpers import answer_the_rest_in, wait_for_writes

from fieldpartner.domain.assessments import (
    AnswerState,
    create_assessment,
    finalise,
    get_assessment,
    set_answer_state,
)
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.plans import propose_actions
from fieldpartner.domain.problems import Message
from fieldpartner.domain.results import AppliedRule
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.domain.templates.resources import builtin_dir
from fieldpartner.sync.errors import TrustRefused
from fieldpartner.ui.assessment.list_model import AssessmentTableModel
from fieldpartner.ui.assessment.loading import load_results
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.ui.assessment.radar import RadarChart
from fieldpartner.ui.assessment.results_view import ResultsView
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.partners.add_partner_dialog import AddPartnerDialog
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.problems import field_label, problem_text
from fieldpartner.ui.shortcuts_dialog import ShortcutsDialog
from fieldpartner.ui.tables import NaturalDirectionDelegate
from fieldpartner.ui.worker import describe_failure
from fieldpartner.ui.workshops.participant_dialogs import PartnerPickerDialog

WAIT = 15_000
ROOT = Path(__file__).resolve().parents[2]
ARABIC_NAME = (
    "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"  # "Justice Centre"
)


def _assessment_with_gaps(vault) -> str:
    """A final capacity assessment with two low answers, their actions proposed."""
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Women's Rights Forum", acronym="WRF")
        assessment = create_assessment(session, partner, get_template(session, "fp.capacity"))
        set_answer_state(session, assessment, "cap.fr.plan", AnswerState(1, evidence_note="Seen."))
        set_answer_state(
            session, assessment, "cap.gov.board", AnswerState(1, evidence_note="Seen.")
        )
        answer_the_rest_in(session, assessment)
        finalise(session, assessment)
        assert len(propose_actions(session, assessment)) >= 2
        return assessment.id


def _results(qtbot, vault, assessment_id: str) -> ResultsView:
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.load(vault, assessment_id)
    qtbot.waitUntil(lambda: view.data is not None, timeout=WAIT)
    return view


def test_gaps_table_names_questions_and_an_unticked_row_stays_unticked(qtbot, vault):
    assessment_id = _assessment_with_gaps(vault)
    view = _results(qtbot, vault, assessment_id)
    table = view.action_table
    questions = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert "Fundraising plan and pipeline" in questions
    assert not any(q.startswith("cap.") for q in questions)

    rows = {table.item(row, 1).text(): row for row in range(table.rowCount())}
    kept_back = table.item(rows["Fundraising plan and pipeline"], 0)
    kept_back_id = kept_back.data(Qt.ItemDataRole.UserRole + 1)
    kept_back.setCheckState(Qt.CheckState.Unchecked)
    view.accept_selected()
    qtbot.waitUntil(
        lambda: (
            view.data is not None
            and {a.id: a.status for a in view.data.actions}.get(kept_back_id) == "proposed"
            and sum(a.status == "open" for a in view.data.actions) >= 1
        ),
        timeout=WAIT,
    )
    wait_for_writes(qtbot, vault)
    qtbot.waitUntil(lambda: table.rowCount() == len(view.data.actions), timeout=WAIT)
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item.data(Qt.ItemDataRole.UserRole + 1) == kept_back_id:
            assert item.checkState() == Qt.CheckState.Unchecked
            break
    else:
        raise AssertionError("the unticked action left the table")


def _picker(qtbot, vault) -> PartnerPickerDialog:
    with vault.transaction() as session:
        add_partner(session, name="Legal Aid Network", acronym="LAN", country="KE")
        add_partner(session, name="Rights Forum", acronym="RF", country="NP")
    picker = PartnerPickerDialog(vault)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def _row_named(picker: PartnerPickerDialog, start: str):
    for row in range(picker.list.count()):
        if picker.list.item(row).text().startswith(start):
            return picker.list.item(row)
    raise AssertionError(f"{start} is not listed")


def test_partner_picker_keeps_the_choice_when_the_search_changes(qtbot, vault):
    picker = _picker(qtbot, vault)
    picker.search.setText("Legal")
    picker.refresh()
    _row_named(picker, "Legal Aid Network").setSelected(True)
    picker.search.setText("Rights")
    picker.refresh()
    _row_named(picker, "Rights Forum").setSelected(True)
    picker.search.setText("")
    picker.refresh()
    assert len(picker.chosen()) == 2
    assert _row_named(picker, "Legal Aid Network").isSelected()
    assert "Legal Aid Network" in picker.chosen_label.text()


def test_partner_picker_offers_add_only_once_something_is_chosen(qtbot, vault):
    picker = _picker(qtbot, vault)
    assert not picker.add_button.isEnabled()
    picker.accept()
    assert picker.isVisible()  # no silent close with nothing added
    _row_named(picker, "Rights Forum").setSelected(True)
    assert picker.add_button.isEnabled()
    picker.accept()
    assert not picker.isVisible()


def test_action_dialog_due_label_has_no_literal_ampersand(qtbot):
    dialog = ActionDialog()
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())
    ]
    due = next(label for label in labels if isinstance(label, QLabel) and "Due" in label.text())
    assert due.buddy() is not None  # with a buddy the "&" marks the shortcut, not shown


def test_shortcut_list_never_shows_object_names(qtbot, vault):
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.build_all_pages()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    labels = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]
    assert not [label for label in labels if label.endswith("Shortcut")]
    assert "Undo the last answer change" in labels


def test_validation_message_goes_once_the_field_is_changed(qtbot, vault):
    dialog = AddPartnerDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_partner()  # an empty name is refused
    qtbot.waitUntil(lambda: dialog.feedback.isVisible(), timeout=WAIT)
    qtbot.keyClicks(dialog.name, "Legal Aid Network")
    assert not dialog.feedback.isVisible()


def test_action_dialog_refusal_goes_once_the_field_is_changed(qtbot):
    dialog = ActionDialog(values={"title": "Train staff"})
    qtbot.addWidget(dialog)
    dialog.show_error("Refused: the due date is before the start.")
    dialog.has_due.setChecked(not dialog.has_due.isChecked())
    assert dialog.error_label.text() == ""


def test_partner_count_shows_on_the_partner_list_only(qtbot, vault):
    with vault.transaction() as session:
        add_partner(session, name="Legal Aid Network")
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)
    window.build_all_pages()
    assert window.count_label.isVisible()
    window.navigation.setCurrentRow(window.navigation_pages.index(window.page("plan")))
    assert not window.count_label.isVisible()
    window.navigation.setCurrentRow(0)
    assert window.count_label.isVisible()


CAPACITY_DOMAINS = [
    "Governance and leadership",
    "Financial management and compliance",
    "Human resources and people management",
    "Safeguarding",
    "Programme quality and advocacy",
    "Monitoring, evaluation and learning",
    "Fundraising and resource mobilisation",
    "Communications",
    "Security: physical, digital and psychosocial",
]


def test_radar_writes_every_section_name_whole_and_apart(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(chart.minimumSize())
    chart.set_data(CAPACITY_DOMAINS, [("Now", [50.0] * 9), ("Earlier", [40.0] * 9)])
    chart.show()
    metrics = QFontMetricsF(chart.font())
    placed = chart.spoke_labels()
    assert [" ".join(spoke.lines) for spoke in placed] == CAPACITY_DOMAINS
    bounds = QRectF(chart.rect())
    for spoke in placed:
        assert bounds.contains(spoke.rect), spoke.lines
        assert all(metrics.horizontalAdvance(line) <= spoke.rect.width() for line in spoke.lines)
    for number, first in enumerate(placed):
        for second in placed[number + 1 :]:
            assert not first.rect.intersects(second.rect), (first.lines, second.lines)


# --- Arabic ---------------------------------------------------------------------------


@pytest.fixture
def arabic(qapp, tmp_path):
    """The interface in Arabic, as `fieldpartner --language ar` starts it, from the
    catalogue compiled out of translations/fieldpartner_ar.ts."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    catalogue = tmp_path / "fieldpartner_ar.qm"
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(ROOT / "translations" / "fieldpartner_ar.ts"),
            "-qm",
            str(catalogue),
        ],
        check=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(catalogue))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("ar"))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _capacity_body() -> dict:
    return json.loads((builtin_dir() / "capacity.json").read_text(encoding="utf-8"))


def test_arabic_lists_and_heads_an_assessment_with_the_template_title_in_arabic(
    qtbot, vault, arabic
):
    assessment_id = _assessment_with_gaps(vault)
    arabic_title = _capacity_body()["title"]["ar"]
    model = AssessmentTableModel(vault)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
    assert model.index(0, 1).data() == arabic_title
    page = AssessmentPage(vault)
    qtbot.addWidget(page)
    page.show_record(assessment_id)
    qtbot.waitUntil(lambda: page.view.editor.data is not None, timeout=WAIT)
    assert page.view.title_label.text().endswith(arabic_title)


def test_arabic_results_explain_rules_in_arabic(qtbot, vault, arabic):
    assessment_id = _assessment_with_gaps(vault)
    rules = {rule["id"]: rule["reason"] for rule in _capacity_body()["risk_rules"]}
    data = load_results(vault, assessment_id, "ar")
    assert data.rule_reasons == {key: reason["ar"] for key, reason in rules.items()}
    rule_id = next(iter(rules))
    english = rules[rule_id]["en"]
    data.results = replace(data.results, rules_applied=(AppliedRule(rule_id, reason=english),))
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_results(data)
    assert rules[rule_id]["ar"] in view.rules_label.text()
    assert english not in view.rules_label.text()


def test_arabic_column_headers_are_never_cut(qtbot, vault, arabic):
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.build_all_pages()
    tables = window.findChildren(QTableView)
    checked = 0
    for table in tables:
        header = table.horizontalHeader()
        for column in range(header.count()):
            if header.isSectionHidden(column) or (
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive
            ):
                continue
            text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(text)
            assert header.sectionSize(column) > needed, (table.objectName(), text)
            checked += 1
    assert checked > 10


def test_arabic_table_ends_a_latin_name_with_its_ellipsis(qtbot, vault, arabic):
    with vault.transaction() as session:
        add_partner(session, name="Legal Aid Network of Eastern and Southern Africa")
        add_partner(session, name=ARABIC_NAME)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 2, timeout=WAIT)
    table = window.partner_table
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    delegate = table.itemDelegate()
    tabs = window.page("partner").findChildren(QTreeWidget)
    assert tabs and all(isinstance(tab.itemDelegate(), NaturalDirectionDelegate) for tab in tabs)
    for row in range(2):
        index = window.partner_model.index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        delegate.initStyleOption(option, index)
        latin = index.data().startswith("Legal")
        expected = Qt.LayoutDirection.LeftToRight if latin else Qt.LayoutDirection.RightToLeft
        assert option.direction == expected, index.data()
        if latin:  # still on the leading (right-hand) side of the right-to-left table
            assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
            assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_arabic_add_partner_refusal_names_field_and_problem_in_arabic(qtbot, vault, arabic):
    dialog = AddPartnerDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_partner()  # an empty name is refused by the rule book
    qtbot.waitUntil(lambda: dialog.feedback.isVisible(), timeout=WAIT)
    text = dialog.feedback.text()
    assert "must not be empty" not in text and "name" not in text
    assert field_label("name") in text and problem_text(Message("empty", "x")) in text
    assert any("\u0600" <= char <= "\u06ff" for char in text)


def test_arabic_sync_refusal_is_translated_with_its_values(arabic):
    refusal = TrustRefused(
        Message(
            "bundle_for_another_device",
            "this bundle is addressed to device {to}, not to this vault ({device})",
            to="dev-1234",
            device="dev-9876",
        )
    )
    text = describe_failure(refusal)
    assert "addressed" not in text
    assert "dev-1234" in text and "dev-9876" in text
    assert any("\u0600" <= char <= "\u06ff" for char in text)


# --- search ---------------------------------------------------------------------------

NIGERIA_AR = "\u0646\u064a\u062c\u064a\u0631\u064a\u0627"


def _search_window(qtbot, vault) -> MainWindow:
    with vault.transaction() as session:
        add_partner(session, name="Asociación Pro Derechos", country="CO")
        add_partner(session, name="Lagos Legal Aid", country="NG")
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 2, timeout=WAIT)
    return window


def _found(qtbot, window: MainWindow, text: str) -> list[str]:
    window.search.setText(text)
    qtbot.waitUntil(
        lambda: window.partner_model.filter_text == text and not window.partner_model.is_loading,
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: window.partner_model.rowCount() < 2, timeout=WAIT)
    model = window.partner_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_partner_search_ignores_accents_and_finds_country_names(qtbot, vault):
    window = _search_window(qtbot, vault)
    assert _found(qtbot, window, "asociacion") == ["Asociación Pro Derechos"]
    assert _found(qtbot, window, "nigeria") == ["Lagos Legal Aid"]


def test_arabic_partner_search_finds_a_country_by_its_arabic_name(qtbot, vault, arabic):
    window = _search_window(qtbot, vault)
    assert _found(qtbot, window, NIGERIA_AR) == ["Lagos Legal Aid"]
    names = [window.partner_page.country_filter.itemText(i) for i in range(5)]
    assert any(any("\u0600" <= c <= "\u06ff" for c in name) for name in names[1:])


def test_arabic_partner_assessments_tab_names_the_template_in_arabic(qtbot, vault, arabic):
    assessment_id = _assessment_with_gaps(vault)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.build_all_pages()
    with vault.session() as session:
        partner_id = get_assessment(session, assessment_id).partner_id
    window._navigate("partner", partner_id)
    page = window.pages.currentWidget()
    page.tabs.setCurrentWidget(page.assessments)
    qtbot.waitUntil(lambda: page.assessments.tree.topLevelItemCount() == 1, timeout=5000)
    assert page.assessments.tree.topLevelItem(0).text(0) == _capacity_body()["title"]["ar"]
