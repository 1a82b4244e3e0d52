"""Every page of the window opened on HQ's PostgreSQL database (a real throw-away server,
tests/pg_server.py), walked as a viewer and as a programme officer: each page shows what
HQ holds; a viewer's every editing control is disabled, saying why, and stays so; a
programme officer edits on each page, but cannot enrol or revoke devices, publish
templates or change the organisation's settings (an administrator's)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import answer_the_rest, wait_for_writes

from fieldpartner.domain.actions import add_action, get_action
from fieldpartner.domain.assessments import (
    AnswerState,
    create_assessment,
    finalise,
    get_assessment,
    set_answer_state,
)
from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.models import Partner, Workshop
from fieldpartner.domain.partners import add_contact, add_partner
from fieldpartner.domain.plans import propose_actions
from fieldpartner.domain.staff import OFFICER, VIEWER, Action, set_role
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.domain.workshops import add_follow_up, add_participant, add_workshop
from fieldpartner.sync.org import create_organisation
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.operations import close_writer
from fieldpartner.ui.page import Page
from fieldpartner.ui.partners.record_tabs import ID_ROLE
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.roles import Control
from fieldpartner.vault.hq import HqDatabase
from fieldpartner.vault.keys import KdfParams
from pg_server import PgServer

PASSPHRASE = "correct horse battery staple"
WAIT = 15_000
REFUSED = "does not allow this"
PAGES = ["partners", "partner", "assessment", "workshops", "plan", "upcoming", "sync"]


@pytest.fixture
def hq_logins(hq_url: str, pg_server: PgServer, tmp_path: Path) -> dict[str, str]:
    """HQ with a partner (a contact, a draft and a final assessment with proposed actions,
    a workshop with a follow-up, a plan action), and the logins of vera (a viewer, SELECT
    only) and amina (a programme officer)."""
    hq = HqDatabase.make(
        hq_url, PASSPHRASE, name="HQ", kdf=KdfParams(salt=os.urandom(16)), clock=FixedClock()
    )
    try:
        create_organisation(hq, "Test Org", tmp_path / "org.fporg", tmp_path / "hq-id.txt")
        with hq.transaction() as session:
            ensure_builtin_templates(session)
            partner = add_partner(session, name="Kenya Rights Watch", country="KE")
            add_contact(session, partner, name="Amina Odhiambo", role="Director")
            template = get_template(session, "fp.capacity")
            draft = create_assessment(session, partner, template, title="Draft")
            final = create_assessment(session, partner, template, title="Final")
            # A gap, so finalising proposes an action for it.
            set_answer_state(session, final, "cap.gov.board", AnswerState(1, False, "Minutes"))
            workshop = add_workshop(session, title="Documentation", start_date=date(2026, 1, 5))
            add_participant(session, workshop, partner=partner)
            add_follow_up(session, workshop, partner=partner, title="Write the guide")
            add_action(session, partner=partner, title="Train the board", owner="Grace")
            set_role(session, "vera", VIEWER)
            set_role(session, "amina", OFFICER)
            ids = {"partner": partner.id, "draft": draft.id, "final": final.id}
            ids["workshop"] = workshop.id
        for assessment_id in (ids["draft"], ids["final"]):
            answer_the_rest(hq, assessment_id)
        with hq.transaction() as session:
            assessment = get_assessment(session, ids["final"])
            finalise(session, assessment)
            propose_actions(session, assessment)
    finally:
        hq.lock()
    return {
        **ids,
        "vera": pg_server.login(hq_url, "vera", read_only=True),
        "amina": pg_server.login(hq_url, "amina"),
    }


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[str], MainWindow]]:
    opened: list[tuple[MainWindow, HqDatabase]] = []

    def open_(url: str) -> MainWindow:
        hq = HqDatabase.open(url, PASSPHRASE, clock=FixedClock())
        window = MainWindow(hq)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        qtbot.waitUntil(lambda: window.partner_model.rowCount() == 1, timeout=WAIT)
        window.build_all_pages()
        opened.append((window, hq))
        return window

    yield open_
    for window, hq in opened:
        if window.vault is not None:
            close_writer(hq)
            QThreadPool.globalInstance().waitForDone(30_000)
            window.close()


def _go(qtbot: QtBot, window: MainWindow, key: str, record_id: str = "") -> Page:
    window._navigate(key, record_id)
    page = window.page(key)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page, timeout=WAIT)
    return page


def _refused(control: Control) -> bool:
    return not control.isEnabled() and REFUSED in control.toolTip()


def _controls(window: MainWindow) -> list[tuple[str, Control, Action]]:
    return [
        (page.key, control, action)
        for page in window.page_list
        for control, action in page.editing_controls()
    ]


def _show_every_page(qtbot: QtBot, window: MainWindow, ids: dict[str, str]) -> None:
    """Each page shows what HQ holds (read in the background)."""
    _go(qtbot, window, "partners")
    assert window.partner_model.index(0, 0).data() == "Kenya Rights Watch"
    partner = _go(qtbot, window, "partner", ids["partner"])
    qtbot.waitUntil(lambda: partner.profile.value("name") == "Kenya Rights Watch", timeout=WAIT)
    partner.tabs.setCurrentWidget(partner.contacts)
    qtbot.waitUntil(lambda: partner.contacts.tree.topLevelItemCount() == 1, timeout=WAIT)
    assessments = _go(qtbot, window, "assessment")
    qtbot.waitUntil(lambda: assessments.model.rowCount() == 2, timeout=WAIT)
    _go(qtbot, window, "assessment", ids["final"])
    qtbot.waitUntil(lambda: assessments.view.editor.data is not None, timeout=WAIT)
    assessments.view.tabs.setCurrentWidget(assessments.view.results)
    results = assessments.view.results
    qtbot.waitUntil(lambda: results.action_table.rowCount() > 0, timeout=WAIT)
    workshops = _go(qtbot, window, "workshops", ids["workshop"])
    qtbot.waitUntil(lambda: workshops.editor.details is not None, timeout=WAIT)
    assert workshops.editor.title_edit.text() == "Documentation"
    plan = _go(qtbot, window, "plan")
    qtbot.waitUntil(lambda: plan.model.rowCount() >= 2, timeout=WAIT)
    upcoming = _go(qtbot, window, "upcoming")
    qtbot.waitUntil(lambda: not upcoming.is_loading, timeout=WAIT)
    sync = _go(qtbot, window, "sync")
    qtbot.waitUntil(lambda: sync.devices is not None, timeout=WAIT)
    assert sync.org_label.text() == "Organisation: Test Org"
    assert {page.key for page in window.page_list} == set(PAGES)


def test_a_viewer_sees_every_page_with_every_editing_control_disabled(
    qtbot: QtBot, open_window, hq_logins: dict[str, str]
) -> None:
    window = open_window(hq_logins["vera"])
    _show_every_page(qtbot, window, hq_logins)
    controls = _controls(window)
    assert {key for key, _control, _action in controls} == set(PAGES) - {"upcoming"}
    wrongly_enabled = [
        (key, control.objectName() or control.text())  # type: ignore[union-attr]
        for key, control, _action in controls
        if not _refused(control)
    ]
    assert wrongly_enabled == []
    # A page that enables its buttons as the selection changes cannot enable these.
    plan = window.page("plan")
    plan.table.selectRow(0)
    assert not plan.done_button.isEnabled() and not plan.edit_button.isEnabled()
    for action in (window.import_partners_action, window.organisation_action):
        assert _refused(action)
    # Nor does a double-click open an editing dialog.
    plan._double_clicked(plan.model.index(0, 0))
    assert plan.findChild(ActionDialog) is None
    contacts = window.page("partner").contacts
    contacts.open_record.emit(contacts.tree.topLevelItem(0).data(0, ID_ROLE))
    assert contacts.dialog is None
    # The answers are shown as a final assessment's: readable, not changeable.
    view = window.page("assessment").view
    assert view.editor.read_only and REFUSED in view.editor.toolTip()
    results = view.results
    owner = results.action_table.item(0, 2)
    assert owner is not None and not owner.flags() & owner.flags().ItemIsEditable


def test_a_programme_officer_edits_on_every_page_but_not_an_administrators_actions(
    qtbot: QtBot, open_window, hq_logins: dict[str, str]
) -> None:
    window = open_window(hq_logins["amina"])
    assert window.role_label.text() == "HQ database · amina (programme officer)"
    _show_every_page(qtbot, window, hq_logins)
    administrators = {Action.MANAGE_DEVICES, Action.MANAGE_TEMPLATES, Action.ORGANISATION_SETTINGS}
    for key, control, action in _controls(window):
        assert _refused(control) == (action in administrators), (key, control.objectName())
    sync = window.page("sync")
    assert sync.devices is not None and _refused(sync.devices.revoke_button)
    assert not _refused(sync.devices.assign_button)
    for action in (window.import_template_action, window.organisation_action):
        assert isinstance(action, QAction) and _refused(action)
    assert window.import_partners_action.isEnabled()
    assessments = window.page("assessment")
    assessments.two_way_summary()
    dialog = assessments.two_way_dialog
    assert dialog is not None and _refused(dialog.save_threshold) and _refused(dialog.threshold)
    dialog.close()

    # Each page edits, and the change is in HQ's database under amina's name.
    partner = _go(qtbot, window, "partner", hq_logins["partner"])
    region = partner.profile.fields["region"]
    assert isinstance(region, QWidget) and region.isEnabled()
    region.setText("Nairobi")  # type: ignore[attr-defined]
    region.editingFinished.emit()  # type: ignore[attr-defined]
    view = _go(qtbot, window, "assessment", hq_logins["draft"]).view
    qtbot.waitUntil(
        lambda: view.editor.data is not None and view.editor.data.id == hq_logins["draft"],
        timeout=WAIT,
    )
    assert not view.editor.read_only
    view.finalise_button.click()
    workshops = _go(qtbot, window, "workshops", hq_logins["workshop"])
    workshops.editor.place_edit.setText("Kisumu")
    workshops.editor.place_edit.editingFinished.emit()
    plan = _go(qtbot, window, "plan")
    action_id = plan.model.row_id(0)
    plan.mark_done(action_id, "Held")
    wait_for_writes(qtbot, window.vault)
    hq = window.vault
    assert hq is not None
    with hq.session() as session:
        assert session.get(Partner, hq_logins["partner"]).region == "Nairobi"  # type: ignore[union-attr]
        assert get_assessment(session, hq_logins["draft"]).status == "final"
        assert session.get(Workshop, hq_logins["workshop"]).place == "Kisumu"  # type: ignore[union-attr]
        assert get_action(session, action_id).status == "done"
