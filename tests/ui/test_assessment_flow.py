"""A due-diligence review from the New assessment dialog to accepted actions, as a field
officer does it: every answer is in the vault the moment it is given."""

from __future__ import annotations

import shutil
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import PASSPHRASE, answer_the_rest, wait_for_writes

from fieldpartner.domain.assessments import (
    AnswerState,
    AssessmentLocked,
    answer_states,
    compute_assessment,
    get_assessment,
    set_answer_state,
)
from fieldpartner.domain.models import ActionStatus
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.plans import actions_of_assessment
from fieldpartner.domain.projects import add_project
from fieldpartner.ui.assessment.labels import rating_label
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.vault import Vault

WAIT = 15000


def _partner_with_project(vault: Vault) -> str:
    with vault.transaction() as session:
        partner = add_partner(session, name="Legal Aid Centre", acronym="LAC", country="KE")
        add_project(session, partner, title="Detention monitoring", amount=Decimal("6000"))
        return partner.id


def _page(qtbot, vault: Vault) -> AssessmentPage:
    page = AssessmentPage(vault)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _states_in_fresh_vault(vault: Vault, tmp_path, assessment_id: str) -> dict[str, AnswerState]:
    """Copy the vault folder as a killed process would leave it, and read it back."""
    copy = tmp_path / f"copy-{len(list(tmp_path.iterdir()))}.fpvault"
    shutil.copytree(vault.path, copy)
    with Vault.unlock(copy, PASSPHRASE) as other, other.session() as session:
        return answer_states(session, get_assessment(session, assessment_id))


def test_due_diligence_review_from_dialog_to_accepted_actions(qtbot, vault, tmp_path):
    partner_id = _partner_with_project(vault)
    page = _page(qtbot, vault)

    # New assessment: the tier comes from the partner's project (£6,000 is medium).
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.new_dialog is not None and page.new_dialog.isVisible(), timeout=WAIT
    )
    dialog = page.new_dialog
    dialog.select_partner(partner_id)
    dialog.select_template("fp.due-diligence")
    assert dialog.tier.isVisible()
    assert dialog.tier.currentData() == "medium"
    dialog.place.setText("Nairobi")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    editor = page.view.editor
    qtbot.waitUntil(lambda: editor.data is not None, timeout=WAIT)
    assessment_id = editor.data.id
    assert editor.data.tier == "medium"
    assert page.stack.currentWidget() is page.view

    # Keys: 1 = yes on a checklist, Down moves to the next item, 3 = no.
    editor.focus_item("legal.governing_docs")
    docs = editor.item_widget("legal.governing_docs")
    qtbot.keyClick(docs, Qt.Key.Key_1)
    assert editor.data.states["legal.governing_docs"].value == "yes"
    qtbot.keyClick(docs, Qt.Key.Key_Down)
    assert editor.current_item == "legal.mandate"
    mandate = editor.item_widget("legal.mandate")
    qtbot.keyClick(mandate, Qt.Key.Key_3)
    assert editor.data.states["legal.mandate"].value == "no"
    # Mouse: click an option card.
    registration = editor.item_widget("legal.registration")
    card = dict(registration.cards)["registered"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert card.selected
    qtbot.keyClicks(registration.note_edit, "Certificate seen")
    registration.commit_typing()
    qtbot.keyClicks(docs.note_edit, "Statutes seen")
    docs.commit_typing()

    wait_for_writes(qtbot, vault)
    stored = _states_in_fresh_vault(vault, tmp_path, assessment_id)
    assert stored["legal.governing_docs"] == AnswerState("yes", False, "Statutes seen")
    assert stored["legal.mandate"] == AnswerState("no", False, "")
    assert stored["legal.registration"] == AnswerState("registered", False, "Certificate seen")

    # Undo changes the vault at once; redo brings the answer back.
    qtbot.keyClick(mandate, Qt.Key.Key_1)
    wait_for_writes(qtbot, vault)
    assert _states_in_fresh_vault(vault, tmp_path, assessment_id)["legal.mandate"].value == "yes"
    editor.undo_stack.undo()
    wait_for_writes(qtbot, vault)
    assert _states_in_fresh_vault(vault, tmp_path, assessment_id)["legal.mandate"].value == "no"
    assert mandate.checklist_buttons["no"].isChecked()

    # Finalise: answers are locked, the editor is read-only (the other questions are
    # answered in the vault first: finalising needs every required answer).
    answer_the_rest(vault, assessment_id)
    qtbot.mouseClick(page.view.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert page.view.problem_label.isHidden(), page.view.problem_label.text()
    assert page.view.missing_label.isHidden(), page.view.missing_label.text()
    assert editor.read_only and mandate.read_only
    assert not mandate.checklist_buttons["yes"].isEnabled()
    assert registration.note_edit.isReadOnly()
    qtbot.keyClick(mandate, Qt.Key.Key_1)
    assert editor.data.states["legal.mandate"].value == "no"
    pending = dict(registration.cards)["pending"]
    assert pending.read_only
    qtbot.mouseClick(pending, Qt.MouseButton.LeftButton)
    assert editor.data.states["legal.registration"].value == "registered"
    assert page.view.reopen_button.isVisible() and not page.view.finalise_button.isVisible()
    with vault.session() as session:
        assessment = get_assessment(session, assessment_id)
        assert assessment.status == "final"
        try:
            set_answer_state(session, assessment, "legal.mandate", AnswerState("yes"))
        except AssessmentLocked:
            pass
        else:
            raise AssertionError("a final assessment accepted a changed answer")
        expected = compute_assessment(session, assessment)

    # Results: the section table and the rating computed by domain.scoring.
    results = page.view.results
    assert page.view.tabs.currentWidget() is results
    qtbot.waitUntil(lambda: results.data is not None, timeout=WAIT)
    applicable = [s for s in expected.sections if s.applicable]
    assert results.section_table.rowCount() == len(applicable)
    titles = [results.section_table.item(r, 0).text() for r in range(len(applicable))]
    assert titles == [s.title for s in applicable]
    assert results.data.results.rating == expected.rating
    if expected.rating:
        assert rating_label(expected.rating) in results.overall_label.text()

    # Gaps became proposed actions; accept them all into the plan in one step.
    assert results.action_table.rowCount() >= 1
    owner = results.action_table.item(0, 2)
    owner.setText("Amina")
    results.accept_selected()
    qtbot.waitUntil(
        lambda: results.data is not None and all(a.status == "open" for a in results.data.actions),
        timeout=WAIT,
    )
    with vault.session() as session:
        actions = actions_of_assessment(session, get_assessment(session, assessment_id))
    assert actions and {a.status for a in actions} == {ActionStatus.OPEN.value}
    assert "legal.mandate" in {a.item_id for a in actions}
    assert "Amina" in {a.owner for a in actions}

    # Lock: the page forgets every answer, widget and undo step.
    page.forget()
    assert editor.data is None and editor.widgets == {}
    assert editor.undo_stack.count() == 0
    assert editor.section_tree.topLevelItemCount() == 0
    assert results.section_table.rowCount() == 0 and results.action_table.rowCount() == 0
    assert page.model.rowCount() == 0
    assert page.view.title_label.text() == ""
