"""Two people (two windows, two devices' changes, two logins at HQ) editing one record: a
form saved after someone else changed the record is refused in the form, naming who; what
was typed stays; Reload shows the record as it is now, and an edit from there is saved.

Another person's change is made in a transaction of its own with another author, as a
second window or HQ's other login does (tests/hq/ checks the same on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6 as Shiboken
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import answer_the_rest, wait_for_writes

from fieldpartner.domain.actions import add_action, edit_action, get_action
from fieldpartner.domain.assessments import (
    AnswerState,
    OverrideRequest,
    create_assessment,
    finalise,
    get_assessment,
    override_result,
    reopen,
    set_answer_state,
)
from fieldpartner.domain.ids import answer_id
from fieldpartner.domain.models import Action, Answer, Assessment, Contact, Partner, Workshop
from fieldpartner.domain.partners import add_contact, add_partner, edit_contact, get_contact
from fieldpartner.domain.plans import propose_actions
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.domain.workshops import (
    add_follow_up,
    add_participant,
    add_workshop,
    edit_workshop,
    get_workshop,
)
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.ui.assessment.results_view import ACTION_ID_ROLE
from fieldpartner.ui.operations import writer_of
from fieldpartner.ui.page import Page
from fieldpartner.ui.partners.record_tabs import ContactsTab
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.plan.mark_done_dialog import MarkDoneDialog
from fieldpartner.ui.plan.plan_page import PlanPage
from fieldpartner.vault import Vault

WAIT = 10_000


@pytest.fixture
def partner_id(vault: Vault) -> str:
    with vault.transaction() as session:
        return add_partner(session, name="Sudan Monitors", country="SD").id


def _stored(vault: Vault, model: type, record_id: str, field: str) -> object:
    """``field`` of the record as stored, once the changes queued so far landed."""
    writer_of(vault).wait_landed()
    with vault.session() as session:
        return getattr(session.get(model, record_id), field)


@pytest.fixture
def make_page(qtbot: QtBot, vault: Vault) -> Iterator[Callable[[type[Page]], Page]]:
    made: list[Page] = []

    def make(cls: type[Page]) -> Page:
        page = cls(vault)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        made.append(page)
        return page

    yield make
    for page in made:
        if Shiboken.isValid(page):
            page.forget()


# --- contacts -------------------------------------------------------------------------------


def make_contacts_tab(qtbot: QtBot, vault: Vault, partner_id: str) -> ContactsTab:
    tab = ContactsTab()
    qtbot.addWidget(tab)
    tab.load(vault, partner_id)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=WAIT)
    return tab


@pytest.fixture
def contacts_tab(qtbot: QtBot, vault: Vault, partner_id: str) -> Iterator[ContactsTab]:
    with vault.transaction() as session:
        add_contact(session, session.get(Partner, partner_id), name="Amina", role="Director")
    tab = make_contacts_tab(qtbot, vault, partner_id)
    yield tab
    tab.forget()


def test_a_contact_saved_after_another_change_is_refused_in_the_dialog(
    qtbot: QtBot, vault: Vault, contacts_tab
) -> None:
    tab = contacts_tab
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    contact_id = tab.current_id()
    tab.edit()
    dialog = tab.dialog
    assert dialog is not None and dialog.role.text() == "Director"
    with vault.transaction(author="bruno") as session:
        edit_contact(session, get_contact(session, contact_id), role="Treasurer")
    dialog.role.setText("Lawyer")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in dialog.stale.message
    assert dialog.isVisible() and dialog.role.text() == "Lawyer"  # what was typed stays
    assert _stored(vault, Contact, contact_id, "role") == "Treasurer"
    # Reload: the contact as it is now; edited from there, it is saved.
    dialog.stale.reload_button.click()
    assert dialog.role.text() == "Treasurer" and not dialog.stale.is_stale
    dialog.role.setText("Lawyer")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT)
    assert _stored(vault, Contact, contact_id, "role") == "Lawyer"
    wait_for_writes(qtbot, vault)


# --- actions (Plan & follow-ups) -------------------------------------------------------------


@pytest.fixture
def plan_page(qtbot: QtBot, vault: Vault, partner_id: str, make_page) -> tuple[PlanPage, str]:
    with vault.transaction() as session:
        action_id = add_action(
            session,
            partner=session.get(Partner, partner_id),
            title="Train the board",
            owner="Amina",
        ).id
    page = make_page(PlanPage)
    page.activated()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.select_action(action_id)
    return page, action_id


def _bruno_changes_the_action(vault: Vault, action_id: str) -> None:
    with vault.transaction(author="bruno") as session:
        edit_action(session, get_action(session, action_id), owner="Bruno")


def test_an_action_edited_after_another_change_is_refused_in_the_dialog(
    qtbot: QtBot, vault: Vault, plan_page
) -> None:
    page, action_id = plan_page
    page.edit_button.click()
    dialog = page.findChild(ActionDialog)
    assert dialog.owner_edit.text() == "Amina"
    _bruno_changes_the_action(vault, action_id)
    dialog.owner_edit.setText("Grace")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in dialog.stale.message
    assert dialog.isVisible() and dialog.owner_edit.text() == "Grace"
    assert _stored(vault, Action, action_id, "owner") == "Bruno"
    dialog.stale.reload_button.click()
    assert dialog.owner_edit.text() == "Bruno"
    dialog.owner_edit.setText("Grace")
    dialog.accept()
    qtbot.waitUntil(lambda: page.findChild(ActionDialog) is None, timeout=WAIT)
    assert _stored(vault, Action, action_id, "owner") == "Grace"


def test_an_action_marked_done_after_another_change_is_refused_keeping_the_note(
    qtbot: QtBot, vault: Vault, plan_page
) -> None:
    page, action_id = plan_page
    page.done_button.click()
    dialog = page.findChild(MarkDoneDialog)
    _bruno_changes_the_action(vault, action_id)
    dialog.note_edit.setPlainText("Training held")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in dialog.stale.message
    assert dialog.note() == "Training held"
    assert _stored(vault, Action, action_id, "status") == "open"
    dialog.stale.reload_button.click()  # from the action as it is now: saved
    dialog.accept()
    qtbot.waitUntil(lambda: page.findChild(MarkDoneDialog) is None, timeout=WAIT)
    assert _stored(vault, Action, action_id, "status") == "done"


# --- workshops and their follow-up plan --------------------------------------------------


@pytest.fixture
def workshop_editor(qtbot: QtBot, vault: Vault, partner_id: str) -> Iterator[tuple[Any, str, str]]:
    from fieldpartner.ui.workshops.workshop_editor import WorkshopEditor

    with vault.transaction() as session:
        workshop = add_workshop(session, title="Documentation", place="Nairobi")
        partner = session.get(Partner, partner_id)
        add_participant(session, workshop, partner=partner)
        action_id = add_follow_up(session, workshop, partner=partner, title="Write it up").id
        workshop_id = workshop.id
    editor = WorkshopEditor(vault)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_workshop(workshop_id)
    qtbot.waitUntil(lambda: editor.details is not None, timeout=WAIT)
    yield editor, workshop_id, action_id
    editor.forget()


def test_a_workshop_field_saved_after_another_change_is_refused_keeping_the_typing(
    qtbot: QtBot, vault: Vault, workshop_editor
) -> None:
    editor, workshop_id, _action_id = workshop_editor
    with vault.transaction(author="bruno") as session:
        edit_workshop(session, get_workshop(session, workshop_id), place="Mombasa")
    editor.topic_edit.setText("Documenting detention")
    editor.topic_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: editor.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in editor.stale.message
    assert editor.stale.isVisibleTo(editor)
    assert editor.topic_edit.text() == "Documenting detention"
    assert editor.place_edit.text() == "Nairobi"  # the form is not refilled under the person
    assert _stored(vault, Workshop, workshop_id, "topic") == ""
    editor.stale.reload_button.click()
    assert editor.place_edit.text() == "Mombasa" and editor.topic_edit.text() == ""
    editor.topic_edit.setText("Documenting detention")
    editor.topic_edit.editingFinished.emit()
    wait_for_writes(qtbot, vault)
    assert not editor.stale.is_stale
    assert _stored(vault, Workshop, workshop_id, "topic") == "Documenting detention"
    assert _stored(vault, Workshop, workshop_id, "place") == "Mombasa"


def test_a_follow_up_action_edited_after_another_change_is_refused_in_the_dialog(
    qtbot: QtBot, vault: Vault, workshop_editor
) -> None:
    editor, _workshop_id, action_id = workshop_editor
    editor.edit_follow_up_dialog(action_id)
    dialog = editor.open_dialog
    assert isinstance(dialog, ActionDialog)
    _bruno_changes_the_action(vault, action_id)
    dialog.owner_edit.setText("Grace")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in dialog.stale.message and dialog.owner_edit.text() == "Grace"
    assert _stored(vault, Action, action_id, "owner") == "Bruno"
    dialog.stale.reload_button.click()
    assert dialog.owner_edit.text() == "Bruno"
    dialog.owner_edit.setText("Grace")
    dialog.accept()
    qtbot.waitUntil(lambda: editor.open_dialog is None, timeout=WAIT)
    assert _stored(vault, Action, action_id, "owner") == "Grace"


def test_a_follow_up_action_removed_after_another_change_is_refused(
    qtbot: QtBot, vault: Vault, workshop_editor
) -> None:
    editor, _workshop_id, action_id = workshop_editor
    _bruno_changes_the_action(vault, action_id)  # after the editor read the plan
    assert editor.remove_follow_up(action_id)
    qtbot.waitUntil(lambda: editor.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in editor.stale.message
    assert _stored(vault, Action, action_id, "deleted") is False
    editor.stale.reload_button.click()
    assert editor.remove_follow_up(action_id)  # seen as it is now: removed
    wait_for_writes(qtbot, vault)
    assert _stored(vault, Action, action_id, "deleted") is True


# --- assessments: answers, finalise, reopen, override, the proposed actions ----------------

BOARD = "cap.gov.board"


def _assessment(vault: Vault, *, final: bool = False) -> str:
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Women's Rights Forum", country="KE")
        assessment = create_assessment(session, partner, get_template(session, "fp.capacity"))
        set_answer_state(session, assessment, BOARD, AnswerState(1, False, "Minutes seen"))
        assessment_id = assessment.id
    answer_the_rest(vault, assessment_id)
    if final:
        with vault.transaction() as session:
            assessment = get_assessment(session, assessment_id)
            finalise(session, assessment)
            propose_actions(session, assessment)
    return assessment_id


def _open_assessment(qtbot: QtBot, make_page, assessment_id: str) -> AssessmentPage:
    page = make_page(AssessmentPage)
    page.show_record(assessment_id)
    qtbot.waitUntil(lambda: page.view.editor.data is not None, timeout=WAIT)
    return page


def _bruno_overrides(vault: Vault, assessment_id: str) -> None:
    with vault.transaction(author="bruno") as session:
        override_result(
            session,
            get_assessment(session, assessment_id),
            OverrideRequest("overall", "weak", "Audit letter"),
        )


def test_an_answer_changed_by_someone_else_meanwhile_is_refused_at_its_question(
    qtbot: QtBot, vault: Vault, make_page
) -> None:
    assessment_id = _assessment(vault)
    editor = _open_assessment(qtbot, make_page, assessment_id).view.editor
    with vault.transaction(author="bruno") as session:
        set_answer_state(
            session, get_assessment(session, assessment_id), BOARD, AnswerState(3, False, "Seen")
        )
    editor.focus_item(BOARD)
    board = editor.item_widget(BOARD)
    qtbot.keyClick(board, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: board.is_stale, timeout=WAIT)
    assert "changed by bruno" in board.stale.message and board.stale.isVisibleTo(editor)
    assert editor.data.states[BOARD].value == 2  # the answer given stays shown
    answer = answer_id(assessment_id, BOARD)
    assert _stored(vault, Answer, answer, "value") == 3
    board.stale.reload_button.click()
    assert editor.data.states[BOARD].value == 3 and not board.is_stale
    qtbot.keyClick(board, Qt.Key.Key_2)
    wait_for_writes(qtbot, vault)
    assert not board.is_stale and _stored(vault, Answer, answer, "value") == 2


def test_finalising_after_someone_else_changed_the_assessment_is_refused(
    qtbot: QtBot, vault: Vault, make_page
) -> None:
    assessment_id = _assessment(vault)
    view = _open_assessment(qtbot, make_page, assessment_id).view
    with vault.transaction(author="bruno") as session:
        assessment = get_assessment(session, assessment_id)
        finalise(session, assessment)
        reopen(session, assessment)
    view.finalise_button.click()
    qtbot.waitUntil(lambda: view.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in view.stale.message
    assert _stored(vault, Assessment, assessment_id, "status") == "draft"
    view.stale.reload_button.click()
    qtbot.waitUntil(lambda: view.editor.data is not None, timeout=WAIT)
    view.finalise_button.click()
    wait_for_writes(qtbot, vault)
    assert _stored(vault, Assessment, assessment_id, "status") == "final"


def test_reopening_after_someone_else_overrode_a_result_is_refused(
    qtbot: QtBot, vault: Vault, make_page
) -> None:
    assessment_id = _assessment(vault, final=True)
    view = _open_assessment(qtbot, make_page, assessment_id).view
    _bruno_overrides(vault, assessment_id)
    view.reopen_button.click()
    qtbot.waitUntil(lambda: view.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in view.stale.message
    assert _stored(vault, Assessment, assessment_id, "status") == "final"


def test_an_override_after_someone_elses_is_refused_in_its_dialog_keeping_the_reason(
    qtbot: QtBot, vault: Vault, make_page
) -> None:
    assessment_id = _assessment(vault, final=True)
    view = _open_assessment(qtbot, make_page, assessment_id).view
    _bruno_overrides(vault, assessment_id)
    view.override_button.click()
    qtbot.waitUntil(lambda: view.override_dialog is not None, timeout=WAIT)
    dialog = view.override_dialog
    dialog.justification.setPlainText("Bank statements seen")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in dialog.stale.message
    assert dialog.isVisible() and dialog.justification.toPlainText() == "Bank statements seen"
    with vault.session() as session:
        overrides = get_assessment(session, assessment_id).results["overrides"]
    assert [o["justification"] for o in overrides] == ["Audit letter"]


def test_a_proposed_action_edited_in_the_results_after_another_change_is_refused(
    qtbot: QtBot, vault: Vault, make_page
) -> None:
    assessment_id = _assessment(vault, final=True)
    view = _open_assessment(qtbot, make_page, assessment_id).view
    view.tabs.setCurrentWidget(view.results)
    results = view.results
    qtbot.waitUntil(lambda: results.action_table.rowCount() > 0, timeout=WAIT)
    action_id = results.action_table.item(0, 0).data(ACTION_ID_ROLE)
    _bruno_changes_the_action(vault, action_id)
    results.action_table.item(0, 2).setText("Grace")  # the owner cell, as typed
    qtbot.waitUntil(lambda: results.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in results.stale.message
    assert results.action_table.item(0, 2).text() == "Grace"
    assert _stored(vault, Action, action_id, "owner") == "Bruno"
    results.stale.reload_button.click()
    qtbot.waitUntil(
        lambda: (
            results.action_table.rowCount() > 0
            and results.action_table.item(0, 2).text() == "Bruno"
        ),
        timeout=WAIT,
    )


def test_the_refusal_and_reload_are_in_the_interface_language(
    qtbot: QtBot, vault: Vault, partner_id: str, catalogues: Path
) -> None:
    translator = QTranslator()
    assert translator.load(str(catalogues / "fieldpartner_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        with vault.transaction() as session:
            partner = session.get(Partner, partner_id)
            contact_id = add_contact(session, partner, name="Amina", role="Director").id
        tab = make_contacts_tab(qtbot, vault, partner_id)
        tab.select(contact_id)
        tab.edit()
        dialog = tab.dialog
        assert dialog.stale.reload_button.text() == "&Recharger"
        with vault.transaction(author="bruno") as session:
            edit_contact(session, get_contact(session, contact_id), role="Treasurer")
        dialog.role.setText("Lawyer")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.stale.is_stale, timeout=WAIT)
        assert "a été modifié par bruno" in dialog.stale.message
        assert "rien n'a été enregistré" in dialog.stale.message
        tab.forget()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_contact_deleted_after_another_change_is_refused_until_listed_again(
    qtbot: QtBot, vault: Vault, contacts_tab
) -> None:
    tab = contacts_tab
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    contact_id = tab.current_id()
    with vault.transaction(author="bruno") as session:  # after the list was read
        edit_contact(session, get_contact(session, contact_id), role="Treasurer")
    tab.delete()
    tab._confirm.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: tab.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in tab.stale.message
    assert _stored(vault, Contact, contact_id, "deleted") is False
    tab.stale.reload_button.click()  # listed as it is now (Treasurer), then deleted
    qtbot.waitUntil(lambda: "Treasurer" in tab.tree.topLevelItem(0).text(1), timeout=WAIT)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.delete()
    tab._confirm.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 0, timeout=WAIT)
    assert _stored(vault, Contact, contact_id, "deleted") is True


def test_a_workshop_deleted_after_another_change_is_refused(
    qtbot: QtBot, vault: Vault, partner_id: str, make_page
) -> None:
    from fieldpartner.ui.workshops.workshops_page import WorkshopsPage

    with vault.transaction() as session:
        workshop_id = add_workshop(session, title="Documentation", place="Nairobi").id
    page = make_page(WorkshopsPage)
    page.show_record(workshop_id)
    qtbot.waitUntil(lambda: page.editor.details is not None, timeout=WAIT)
    with vault.transaction(author="bruno") as session:
        edit_workshop(session, get_workshop(session, workshop_id), place="Mombasa")
    assert page.delete(workshop_id)
    qtbot.waitUntil(lambda: page.editor.stale.is_stale, timeout=WAIT)
    assert "changed by bruno" in page.editor.stale.message
    assert _stored(vault, Workshop, workshop_id, "deleted") is False
    page.editor.stale.reload_button.click()
    assert page.editor.place_edit.text() == "Mombasa"
    assert page.delete(workshop_id)
    wait_for_writes(qtbot, vault)
    assert _stored(vault, Workshop, workshop_id, "deleted") is True
