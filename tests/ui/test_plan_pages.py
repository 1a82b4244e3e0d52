"""The Plan & follow-ups and Upcoming pages: overdue first, filters in the database, mark
done with a note, edit, open the partner; counts that match the domain's queries; and
nothing left on screen after forget()."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shiboken6 import Shiboken
from ui_helpers import wait_for_writes

from fieldpartner.domain.actions import add_action, get_action, upcoming_and_overdue
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.plans import dialogues_due
from fieldpartner.domain.projects import add_project, add_scheduled_report, reports_due
from fieldpartner.domain.workshops import add_follow_up, add_workshop
from fieldpartner.ui.main_window import page_classes
from fieldpartner.ui.plan import due_model, upcoming_page
from fieldpartner.ui.plan.action_model import ActionTableModel
from fieldpartner.ui.plan.mark_done_dialog import MarkDoneDialog
from fieldpartner.ui.plan.plan_page import OPEN_ANY, PlanPage
from fieldpartner.ui.plan.upcoming_page import UpcomingPage


@pytest.fixture
def make_page(qtbot, vault):
    """Builds pages on the test vault and forgets them before the vault fixture locks it,
    as the main window does (a page waits there for its background reads to end)."""
    made = []

    def make(cls):
        page = cls(vault)
        qtbot.addWidget(page)
        made.append(page)
        return page

    yield make
    for page in made:
        if Shiboken.isValid(page):
            page.forget()


TODAY = date(2026, 1, 15)  # the fixed clock of the tests
ARABIC_NAME = "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"


def _fill(vault) -> dict[str, str]:
    with vault.transaction() as session:
        lan = add_partner(session, name="Legal Aid Network", acronym="LAN", country="KE")
        jc = add_partner(session, name=ARABIC_NAME, acronym="JC", country="JO")
        workshop = add_workshop(session, title="Safeguarding", start_date=date(2025, 6, 1))
        ids = {
            "later": add_action(
                session,
                partner=lan,
                title="Budget review",
                due_date=date(2026, 2, 1),
                owner="Amina",
            ).id,
            "overdue": add_action(
                session,
                partner=jc,
                title="Board training",
                due_date=date(2026, 1, 2),
                owner="Jorge",
            ).id,
            "far": add_action(session, partner=lan, title="Audit", due_date=date(2026, 6, 1)).id,
            "done": add_action(
                session, partner=lan, title="Old", due_date=date(2025, 5, 1), status="done"
            ).id,
            "workshop": add_follow_up(
                session,
                workshop,
                partner=jc,
                title="Policy",
                due_date=date(2025, 12, 1),
                owner="Amina",
            ).id,
            "lan": lan.id,
            "jc": jc.id,
        }
        project = add_project(session, lan, title="Legal aid clinics")
        add_scheduled_report(
            session, project, schedule_kind="narrative_report", due_date=date(2026, 1, 10)
        )
        add_scheduled_report(
            session, project, schedule_kind="financial_report", due_date=date(2026, 2, 10)
        )
    return ids


def _plan(qtbot, make_page) -> PlanPage:
    page = make_page(PlanPage)
    page.resize(1200, 700)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.rowCount() > 0, timeout=5000)
    return page


def _titles(page: PlanPage) -> list[str]:
    return [page.model.row_at(row).title for row in range(page.model.rowCount())]


def _settle(qtbot, page: PlanPage) -> None:
    page.apply_filters()
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=5000)


def test_pages_are_in_the_main_window_navigation():
    keys = [cls.key for cls in page_classes()]
    assert {"workshops", "plan", "upcoming"} <= set(keys)


def test_plan_lists_overdue_actions_first_then_by_due_date(qtbot, vault, make_page):
    _fill(vault)
    page = _plan(qtbot, make_page)
    assert _titles(page) == ["Policy", "Board training", "Old", "Budget review", "Audit"]
    assert page.model.row_at(0).overdue and page.model.row_at(1).overdue
    assert not page.model.row_at(2).overdue  # done: late, but not overdue
    due = page.model.index(0, ActionTableModel.COLUMNS.index("due")).data()
    assert "overdue" in due
    assert page.count_label.text() == "5 action(s)"


def test_filters_by_status_partner_owner_and_source(qtbot, vault, make_page):
    _fill(vault)
    page = _plan(qtbot, make_page)
    page.status_filter.setCurrentIndex(page.status_filter.findData(OPEN_ANY))
    _settle(qtbot, page)
    assert "Old" not in _titles(page)
    page.partner_search.setText("jc")
    _settle(qtbot, page)
    assert _titles(page) == ["Policy", "Board training"]
    qtbot.waitUntil(lambda: page.owner_filter.count() == 3, timeout=5000)  # any, Amina, Jorge
    page.owner_filter.setCurrentIndex(page.owner_filter.findData("Amina"))
    _settle(qtbot, page)
    assert _titles(page) == ["Policy"]
    page.owner_filter.setCurrentIndex(0)
    page.source_filter.setCurrentIndex(page.source_filter.findData("workshop"))
    _settle(qtbot, page)
    assert _titles(page) == ["Policy"]


def test_mark_done_with_a_note_and_edit_the_due_date(qtbot, vault, make_page):
    ids = _fill(vault)
    page = _plan(qtbot, make_page)
    assert page.select_action(ids["overdue"])
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MarkDoneDialog)
    qtbot.keyClicks(dialog.note_edit, "Training held on 12 January.")
    dialog.accept()
    wait_for_writes(qtbot, vault)
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=5000)
    qtbot.waitUntil(lambda: page.selected_id() == ids["overdue"], timeout=5000)
    with vault.session() as session:
        action = get_action(session, ids["overdue"])
        assert action.status == "done" and action.completed_on == TODAY
        assert action.review_notes[-1]["note"] == "Training held on 12 January."
    row = page.model.row_at(page.model.row_of(ids["overdue"]))
    assert row.status == "done" and not row.overdue
    assert not page.done_button.isEnabled()

    page.edit(
        ids["later"], {"due_date": date(2026, 3, 1), "owner": "Grace", "status": "in_progress"}
    )
    wait_for_writes(qtbot, vault)
    with vault.session() as session:
        action = get_action(session, ids["later"])
        assert (action.due_date, action.owner, action.status) == (
            date(2026, 3, 1),
            "Grace",
            "in_progress",
        )


def test_double_click_on_the_partner_opens_the_partner(qtbot, vault, make_page):
    ids = _fill(vault)
    page = _plan(qtbot, make_page)
    index = page.model.index(0, ActionTableModel.PARTNER_COLUMN)
    rect = page.table.visualRect(index)
    with qtbot.waitSignal(page.navigate, timeout=2000) as caught:
        QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert caught.args == ["partner", ids["jc"]]


def test_upcoming_counts_match_the_domain_queries(qtbot, vault, make_page):
    _fill(vault)
    page = make_page(UpcomingPage)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)
    with vault.session() as session:
        actions = upcoming_and_overdue(session, TODAY, 30)
        reports = reports_due(session, TODAY, 30)
        dialogues = dialogues_due(session, date(2026, 2, 14))
    counts = page.counts()
    assert counts["actions"] == (len(actions), 2) == (3, 2)
    assert counts["reports"] == (len(reports), 1) == (2, 1)
    assert counts["dialogues"][0] == len(dialogues) == 2  # never held
    assert "3 (2 overdue)" in page.actions_box.title()
    assert page.summary.text() == "7 item(s) due, 3 overdue"

    page.days.setValue(200)
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)
    assert page.counts()["actions"] == (4, 2)


def test_upcoming_reads_a_long_list_a_page_at_a_time_as_the_view_scrolls(
    qtbot, vault, make_page, monkeypatch
):
    # Thousands of actions are due on a large vault: a page is read with the counts of
    # the whole list, and the next page when the view scrolls past what was read.
    monkeypatch.setattr(due_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(upcoming_page, "PAGE_SIZE", 2)
    _fill(vault)
    with vault.transaction() as session:
        partner = add_partner(session, name="Coastal Rights")
        for day in (3, 5, 7):
            add_action(session, partner=partner, title=f"Visit {day}", due_date=date(2026, 1, day))
    page = make_page(UpcomingPage)
    page.activated()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)
    model = page.actions_model
    with vault.session() as session:
        expected = [action.title for action in upcoming_and_overdue(session, TODAY, 30)]
    assert len(expected) == 6
    assert page.counts()["actions"] == (6, 5)
    assert model.rowCount() == 2 and model.canFetchMore()

    for shown in (4, 6):
        model.fetchMore()
        qtbot.waitUntil(lambda shown=shown: model.rowCount() == shown, timeout=5000)
    assert not model.canFetchMore()
    titles = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert titles == expected
    assert page.counts()["actions"] == (6, 5)


def test_forget_empties_the_plan_and_upcoming_pages(qtbot, vault, make_page):
    _fill(vault)
    plan = _plan(qtbot, make_page)
    plan.search.setText("Bud")
    plan.partner_search.setText("LAN")
    upcoming = make_page(UpcomingPage)
    upcoming.activated()
    qtbot.waitUntil(lambda: not upcoming.is_loading, timeout=5000)
    plan.forget()
    upcoming.forget()
    assert plan.model.rowCount() == 0 and plan.count_label.text() == ""
    for edit in (plan.search, plan.partner_search):
        assert edit.text() == "" and not edit.isUndoAvailable()
    assert plan.owner_filter.count() == 1
    assert upcoming.counts() == {"actions": (0, 0), "dialogues": (0, 0), "reports": (0, 0)}
    for model in (upcoming.actions_model, upcoming.dialogues_model, upcoming.reports_model):
        assert model.rowCount() == 0
    assert upcoming.summary.text() == ""
