"""Starting work where you are: new assessment, action and workshop from a partner's tabs,
and the partner at a glance above them."""

from __future__ import annotations

from datetime import date

from ui_helpers import answer_the_rest_in, wait_for_writes

from fieldpartner.domain.actions import actions_of_partner, add_action
from fieldpartner.domain.assessments import create_assessment, finalise
from fieldpartner.domain.partners import add_partner, get_partner
from fieldpartner.domain.plans import partner_overview
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.domain.workshops import workshops_of_partner
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.partners.partner_page import PartnerPage
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.workshops.new_workshop_dialog import NewWorkshopDialog

WAIT = 15_000


def _partner(vault, *, assessed: bool = False, overdue: bool = False) -> str:
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Legal Aid Network", country="KE")
        if assessed:
            assessment = create_assessment(
                session, partner, get_template(session, "fp.due-diligence"), tier="small"
            )
            answer_the_rest_in(session, assessment)
            finalise(session, assessment)
        if overdue:
            add_action(session, partner=partner, title="Audit", due_date=date(2020, 1, 1))
            add_action(session, partner=partner, title="Board training")
        return partner.id


def _page(qtbot, vault) -> tuple[MainWindow, PartnerPage]:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.build_all_pages()
    return window, window.page("partner")  # type: ignore[return-value]


def test_overview_of_a_partner_counts_open_and_overdue_actions(vault):
    partner_id = _partner(vault, assessed=True, overdue=True)
    with vault.session() as session:
        seen = partner_overview(session, partner_id, date(2026, 3, 1))
    assert seen.open_actions >= 2 and seen.overdue_actions == 1
    assert seen.last_assessment_kind == "due_diligence"
    assert seen.last_assessment_status == "final"
    assert seen.next_dialogue is None  # no partnership dialogue held yet


def test_partner_header_shows_rating_last_assessment_actions_and_dialogue(qtbot, vault):
    partner_id = _partner(vault, assessed=True, overdue=True)
    window, page = _page(qtbot, vault)
    window._navigate("partner", partner_id)
    qtbot.waitUntil(lambda: page.overview["rating"].text() != "", timeout=WAIT)
    texts = {name: label.text() for name, label in page.overview.items()}
    assert texts["rating"].startswith("Risk: ")
    assert "Due diligence" in texts["assessment"] and "Final" in texts["assessment"]
    assert "1 overdue" in texts["actions"]
    assert page.overview["actions"].font().bold()  # overdue work stands out
    assert texts["dialogue"] == "No partnership dialogue held yet"
    page.forget()
    assert all(label.text() == "" for label in page.overview.values())


def test_new_action_from_the_partner_plan_tab(qtbot, vault):
    partner_id = _partner(vault)
    window, page = _page(qtbot, vault)
    window._navigate("partner", partner_id)
    page.tabs.setCurrentWidget(page.plan)
    page.plan.new_button.click()
    dialog = page.plan.findChild(ActionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.title_edit.setText("Write a safeguarding policy")
    dialog.accept()
    wait_for_writes(qtbot, vault)
    qtbot.waitUntil(lambda: page.plan.tree.topLevelItemCount() == 1, timeout=WAIT)
    with vault.session() as session:
        titles = [a.title for a in actions_of_partner(session, get_partner(session, partner_id))]
    assert titles == ["Write a safeguarding policy"]
    qtbot.waitUntil(lambda: "0 overdue" in page.overview["actions"].text(), timeout=WAIT)


def test_new_workshop_from_the_partner_tab_has_the_partner_taking_part(qtbot, vault):
    partner_id = _partner(vault)
    window, page = _page(qtbot, vault)
    window._navigate("partner", partner_id)
    page.tabs.setCurrentWidget(page.workshops)
    page.workshops.new_button.click()
    dialog = page.workshops.findChild(NewWorkshopDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.title_edit.setText("Documentation clinic")
    dialog.accept()
    wait_for_writes(qtbot, vault)
    qtbot.waitUntil(lambda: page.workshops.tree.topLevelItemCount() == 1, timeout=WAIT)
    with vault.session() as session:
        held = workshops_of_partner(session, get_partner(session, partner_id))
    assert [w.title for w in held] == ["Documentation clinic"]


def test_new_assessment_from_the_partner_tab_opens_with_the_partner_chosen(qtbot, vault):
    partner_id = _partner(vault)
    window, page = _page(qtbot, vault)
    window._navigate("partner", partner_id)
    page.tabs.setCurrentWidget(page.assessments)
    page.assessments.new_button.click()
    assessments = window.page("assessment")
    qtbot.waitUntil(
        lambda: assessments.new_dialog is not None and assessments.new_dialog.isVisible(),
        timeout=WAIT,
    )
    assert assessments.new_dialog.partner.currentData() == partner_id
    assert window.pages.currentWidget() is page  # still where the user started
