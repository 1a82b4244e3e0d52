"""The whole workflow as a user walks it, through the real window and dialogs: unlock a new
vault, add a partner, review it for due diligence, accept the gaps into its plan, hold a
workshop with a follow-up, review that follow-up at a later workshop, lock, unlock again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import (
    PASSPHRASE,
    answer_the_rest,
    create_through_start_dialog,
    floor_kdf,
    texts_showing,
    wait_for_writes,
)

from fieldpartner.domain.assessments import answer_states, get_assessment
from fieldpartner.domain.plans import actions_of_assessment
from fieldpartner.domain.workshops import follow_up_plan, get_workshop
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.partners.add_partner_dialog import AddPartnerDialog
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.start_dialog import StartDialog
from fieldpartner.ui.workshops.new_workshop_dialog import NewWorkshopDialog
from fieldpartner.ui.workshops.participant_dialogs import PartnerPickerDialog
from fieldpartner.ui.workshops.workshop_picker_dialog import WorkshopPickerDialog

WAIT = 15000
CANARY = "Zebracanary"


def _window(qtbot, settings: QSettings, vault) -> MainWindow:
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)
    return window


def _start_dialog(qtbot, settings: QSettings, **kwargs) -> StartDialog:
    dialog = StartDialog(settings, kdf=floor_kdf, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _create(qtbot, settings: QSettings, folder) -> MainWindow:
    """The start dialog's create page, then the recovery key confirmed as written down."""
    dialog = _start_dialog(qtbot, settings)
    create_through_start_dialog(qtbot, dialog, "Field vault", folder, WAIT)
    with qtbot.waitSignal(dialog.vault_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(dialog.recovery.continue_button, Qt.MouseButton.LeftButton)
    return _window(qtbot, settings, opened.args[0])


def _unlock(qtbot, settings: QSettings, path) -> MainWindow:
    dialog = _start_dialog(qtbot, settings, vault_path=path)
    with qtbot.waitSignal(dialog.vault_opened, timeout=WAIT) as opened:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    return _window(qtbot, settings, opened.args[0])


def _new_workshop(qtbot, page, title: str, day: date) -> str:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(NewWorkshopDialog)
    qtbot.keyClicks(dialog.title_edit, title)
    dialog.start_field.check.setChecked(True)
    dialog.start_field.edit.setDate(day)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(dialog.workshop_id), timeout=WAIT)
    created = dialog.workshop_id
    qtbot.waitUntil(lambda: page.editor.workshop_id == created, timeout=WAIT)
    return created


def test_a_partner_from_first_unlock_to_a_reviewed_follow_up_survives_lock(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _create(qtbot, settings, tmp_path)
    vault = window.vault
    path = vault.path
    assert window.partner_model.rowCount() == 0

    # Add a partner through the list's dialog; its page opens.
    qtbot.mouseClick(window.partner_page.add_button, Qt.MouseButton.LeftButton)
    add = window.findChild(AddPartnerDialog)
    add.name.setText(f"{CANARY} Legal Aid")
    qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
    partner_page = window.page("partner")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is partner_page, timeout=WAIT)
    partner_id = partner_page.partner_id

    # Due diligence at the medium tier, through the new-assessment dialog.
    window.navigation.setCurrentRow(window.navigation_pages.index(window.page("assessment")))
    page = window.page("assessment")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.new_dialog is not None and page.new_dialog.isVisible(), timeout=WAIT
    )
    dialog = page.new_dialog
    dialog.select_partner(partner_id)
    dialog.select_template("fp.due-diligence")
    dialog.tier.setCurrentIndex(dialog.tier.findData("medium"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    editor = page.view.editor
    qtbot.waitUntil(lambda: editor.data is not None, timeout=WAIT)
    assessment_id = editor.data.id
    assert editor.data.tier == "medium"

    # Answer with the keyboard: 1 = yes, 3 = no; a note on one answer.
    editor.focus_item("legal.governing_docs")
    docs = editor.item_widget("legal.governing_docs")
    qtbot.keyClick(docs, Qt.Key.Key_1)
    mandate = editor.item_widget("legal.mandate")
    qtbot.keyClick(mandate, Qt.Key.Key_3)
    qtbot.keyClicks(docs.note_edit, f"{CANARY} statutes seen")
    docs.commit_typing()

    # Finalise (the other questions answered in the vault: finalising needs every
    # required answer), then accept the proposed actions into the plan.
    wait_for_writes(qtbot, vault)  # the test writes beside the window's writer
    answer_the_rest(vault, assessment_id)
    qtbot.mouseClick(page.view.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert page.view.problem_label.isHidden(), page.view.problem_label.text()
    results = page.view.results
    qtbot.waitUntil(lambda: results.data is not None, timeout=WAIT)
    assert results.action_table.rowCount() >= 1
    results.accept_selected()
    qtbot.waitUntil(
        lambda: (
            results.data is not None
            and results.data.actions
            and all(a.status == "open" for a in results.data.actions)
        ),
        timeout=WAIT,
    )

    # A workshop with a follow-up action for the partner, then a later one reviewing it.
    window.navigation.setCurrentRow(window.navigation_pages.index(window.page("workshops")))
    workshops = window.page("workshops")
    qtbot.waitUntil(lambda: not workshops.model.is_loading, timeout=WAIT)
    earlier_id = _new_workshop(qtbot, workshops, f"{CANARY} safeguarding", date(2025, 6, 10))
    wedit = workshops.editor
    qtbot.mouseClick(wedit.add_partners_button, Qt.MouseButton.LeftButton)
    picker = wedit.findChild(PartnerPickerDialog)
    picker.list.selectAll()
    picker.accept()
    wait_for_writes(qtbot, vault)
    assert wedit.participants_table.rowCount() == 1
    qtbot.mouseClick(wedit.add_action_button, Qt.MouseButton.LeftButton)
    action = wedit.findChild(ActionDialog)
    action.title_edit.setText("Draft a safeguarding policy")
    action.owner_edit.setText("Amina")
    assert action.partner_combo.findData(partner_id) >= 0
    action.partner_combo.setCurrentIndex(action.partner_combo.findData(partner_id))
    action.accept()
    qtbot.waitUntil(lambda: wedit.open_dialog is None, timeout=WAIT)
    wait_for_writes(qtbot, vault)
    assert wedit.plan_table.rowCount() == 1
    later_id = _new_workshop(qtbot, workshops, "Safeguarding review", date(2026, 1, 15))
    wedit.tabs.setCurrentWidget(wedit.review)
    qtbot.mouseClick(wedit.review.choose_button, Qt.MouseButton.LeftButton)
    chooser = wedit.findChild(WorkshopPickerDialog)
    qtbot.waitUntil(lambda: chooser.model.rowCount() == 1, timeout=WAIT)
    chooser.table.selectRow(0)
    chooser.accept()
    wait_for_writes(qtbot, vault)
    wedit.review.choose("done", "Adopted by the board.")
    qtbot.mouseClick(wedit.review.record_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert wedit.review.reviewed_count == 1

    # Lock: nothing of the partner remains on screen (where it was shown until now).
    assert texts_showing(window, CANARY)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.lock_action.trigger()
    assert vault.is_locked
    assert texts_showing(window, CANARY) == []

    # Unlock again: the list shows the partner; the vault holds everything done above.
    window = _unlock(qtbot, settings, path)
    model = window.partner_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [f"{CANARY} Legal Aid"]
    window.partner_table.activated.emit(model.index(0, 0))
    partner_page = window.page("partner")
    assert partner_page.heading.text() == f"{CANARY} Legal Aid"
    partner_page.tabs.setCurrentWidget(partner_page.assessments)
    qtbot.waitUntil(lambda: partner_page.assessments.tree.topLevelItemCount() == 1, timeout=5000)
    assert partner_page.assessments.tree.topLevelItem(0).text(2) == "Final"
    with window.vault.session() as session:
        assessment = get_assessment(session, assessment_id)
        assert assessment.status == "final" and assessment.tier == "medium"
        actions = actions_of_assessment(session, assessment)
        assert actions and {a.status for a in actions} == {"open"}
        assert "legal.mandate" in {a.item_id for a in actions}
        states = answer_states(session, assessment)
        assert states["legal.governing_docs"].value == "yes"
        assert states["legal.governing_docs"].evidence_note == f"{CANARY} statutes seen"
        assert states["legal.mandate"].value == "no"
        assert get_workshop(session, later_id).reviews_workshop_id == earlier_id
        (follow_up,) = follow_up_plan(session, get_workshop(session, earlier_id))
        assert follow_up.partner_id == partner_id and follow_up.status == "done"
    window.lock()
