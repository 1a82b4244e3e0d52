"""The Workshops page: create a workshop with participants and a follow-up plan, then a
later workshop reviews that plan item by item; everything is read back from the vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shiboken6 import Shiboken
from ui_helpers import PASSPHRASE, wait_for_writes

from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.workshops import follow_up_plan, get_workshop, participants_of
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.workshops.new_workshop_dialog import NewWorkshopDialog
from fieldpartner.ui.workshops.participant_dialogs import PartnerPickerDialog, PersonDialog
from fieldpartner.ui.workshops.workshop_picker_dialog import WorkshopPickerDialog
from fieldpartner.ui.workshops.workshops_page import WorkshopsPage
from fieldpartner.vault import Vault


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


ARABIC_NAME = "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"


def _page(qtbot, make_page) -> WorkshopsPage:
    page = make_page(WorkshopsPage)
    page.resize(1200, 760)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=5000)
    return page


def _add_partners(vault) -> tuple[str, str]:
    with vault.transaction() as session:
        first = add_partner(session, name="Legal Aid Network", acronym="LAN", country="KE").id
        second = add_partner(session, name=ARABIC_NAME, acronym="JC", country="JO").id
    return first, second


def _create_workshop(qtbot, page: WorkshopsPage, title: str, start: date, end: date) -> str:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(NewWorkshopDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, title)
    dialog.topic_edit.setText("Safeguarding")
    dialog.place_edit.setText("Nairobi")
    dialog.facilitators_edit.setText("Amina, Jorge")
    dialog.start_field.check.setChecked(True)
    dialog.start_field.edit.setDate(start)
    dialog.end_field.check.setChecked(True)
    dialog.end_field.edit.setDate(end)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.workshop_id), timeout=5000)
    created = dialog.workshop_id
    qtbot.waitUntil(lambda: page.editor.workshop_id == created, timeout=5000)
    qtbot.waitUntil(lambda: page.selected_id() == created, timeout=5000)
    return created


def _focus_out(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_new_workshop_dialog_refuses_an_end_before_the_start(qtbot, vault):
    dialog = NewWorkshopDialog(vault)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Safeguarding")
    dialog.start_field.check.setChecked(True)
    dialog.start_field.edit.setDate(date(2026, 3, 10))
    dialog.end_field.check.setChecked(True)
    dialog.end_field.edit.setDate(date(2026, 3, 9))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "cannot end before it starts" in dialog.error_label.text()
    dialog.end_field.edit.setDate(date(2026, 3, 12))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_workshop_with_participants_and_plan_is_reviewed_item_by_item_later(
    qtbot, vault, vault_path, make_page
):
    first_partner, second_partner = _add_partners(vault)
    page = _page(qtbot, make_page)
    editor = page.editor

    earlier_id = _create_workshop(
        qtbot, page, "Safeguarding in practice", date(2025, 6, 10), date(2025, 6, 12)
    )
    assert page.model.total_count == 1
    assert page.count_label.text() == "1 workshop(s)"

    # Participants: partners picked from the vault, and a named person.
    qtbot.mouseClick(editor.add_partners_button, Qt.MouseButton.LeftButton)
    picker = editor.findChild(PartnerPickerDialog)
    picker.search.setText("\u0645\u0631\u0643\u0632")
    picker.refresh()
    assert picker.list.count() == 1
    picker.search.setText("")
    picker.refresh()
    picker.list.selectAll()
    picker.accept()
    qtbot.mouseClick(editor.add_person_button, Qt.MouseButton.LeftButton)
    person = editor.findChild(PersonDialog)
    qtbot.keyClicks(person.name_edit, "Grace Wanjiru")
    person.role_edit.setText("Trainer")
    person.organisation_edit.setText("Independent")
    person.accept()
    wait_for_writes(qtbot, vault)
    assert editor.participants_table.rowCount() == 3

    # Co-design input and notes are saved when the field loses focus, with no Save button.
    editor.tabs.setCurrentIndex(0)
    editor.co_design_edit.setFocus()
    qtbot.keyClicks(editor.co_design_edit, "Partners asked for reporting channels.")
    _focus_out(editor.co_design_edit)
    editor.notes_edit.insertPlainText("Agreed to draft policies.")
    _focus_out(editor.notes_edit)

    # Follow-up plan: add two actions through the dialog, edit one, remove a third.
    for title, owner, due in (
        ("Draft a safeguarding policy", "Amina", date(2025, 9, 1)),
        ("Train staff on reporting", "Jorge", date(2025, 10, 1)),
        ("Mistaken entry", "", None),
    ):
        qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
        dialog = editor.findChild(ActionDialog)
        dialog.title_edit.setText(title)
        dialog.owner_edit.setText(owner)
        dialog.has_due.setChecked(due is not None)
        if due is not None:
            dialog.due_edit.setDate(due)
        if title.startswith("Draft"):
            dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findData(first_partner))
        dialog.accept()
        qtbot.waitUntil(lambda: editor.open_dialog is None, timeout=2000)
    wait_for_writes(qtbot, vault)
    assert editor.plan_table.rowCount() == 3
    mistaken = next(r.id for r in editor.details.plan if r.title == "Mistaken entry")
    assert editor.remove_follow_up(mistaken)
    wait_for_writes(qtbot, vault)
    assert editor.plan_table.rowCount() == 2
    train = next(r for r in editor.details.plan if r.title.startswith("Train"))
    assert editor.edit_follow_up(
        train.id, {"owner": "Jorge M.", "due_date": date(2025, 10, 15)}, second_partner
    )
    qtbot.waitUntil(lambda: page.model.row_at(0).open_follow_ups == 2, timeout=5000)
    assert page.model.row_at(0).partners == 2

    # Months later: a second workshop reviews the first one's plan.
    later_id = _create_workshop(
        qtbot, page, "Safeguarding review", date(2026, 1, 15), date(2026, 1, 15)
    )
    assert page.model.total_count == 2
    editor.tabs.setCurrentWidget(editor.review)
    qtbot.mouseClick(editor.review.choose_button, Qt.MouseButton.LeftButton)
    chooser = editor.findChild(WorkshopPickerDialog)
    qtbot.waitUntil(lambda: chooser.model.rowCount() == 1, timeout=5000)  # not itself
    chooser.table.selectRow(0)
    chooser.accept()
    wait_for_writes(qtbot, vault)
    review = editor.review
    assert "Safeguarding in practice" in review.reviewed_label.text()
    assert review.items.count() == 2 and review.reviewed_count == 0
    assert review.progress.text() == "0 of 2 reviewed"

    review.choose("done", "Policy adopted by the board in December.")
    qtbot.mouseClick(review.record_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert review.reviewed_count == 1 and review.current_row() == 1
    assert review.progress.text() == "1 of 2 reviewed"
    review.choose("in_progress", "Half the staff trained.")
    qtbot.mouseClick(review.record_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert review.reviewed_count == 2
    assert review.progress.text() == "2 of 2 reviewed"
    assert editor.tabs.tabText(3) == "&Review earlier plan (2/2)"

    # Read back in a fresh session after locking.
    page.forget()
    wait_for_writes(qtbot, vault)  # as the window's lock does (close_writer)
    vault.lock()
    with Vault.unlock(vault_path, PASSPHRASE) as reopened, reopened.session() as session:
        earlier = get_workshop(session, earlier_id)
        later = get_workshop(session, later_id)
        assert later.reviews_workshop_id == earlier_id
        assert earlier.co_design_input == "Partners asked for reporting channels."
        assert earlier.notes == "Agreed to draft policies."
        assert earlier.facilitators == ["Amina", "Jorge"]
        people = participants_of(session, earlier)
        assert sorted(p.partner_id or p.name for p in people) == sorted(
            [first_partner, second_partner, "Grace Wanjiru"]
        )
        plan = {a.title: a for a in follow_up_plan(session, earlier)}
        assert set(plan) == {"Draft a safeguarding policy", "Train staff on reporting"}
        policy, training = plan["Draft a safeguarding policy"], plan["Train staff on reporting"]
        assert policy.partner_id == first_partner and policy.status == "done"
        assert policy.review_notes[-1]["note"] == "Policy adopted by the board in December."
        assert training.status == "in_progress"
        assert training.owner == "Jorge M." and training.partner_id == second_partner
        assert training.review_notes[-1]["note"] == "Half the staff trained."


def test_details_are_saved_when_leaving_each_field(qtbot, vault, make_page):
    page = _page(qtbot, make_page)
    workshop_id = _create_workshop(
        qtbot, page, "Finance basics", date(2026, 2, 1), date(2026, 2, 2)
    )
    editor = page.editor
    editor.place_edit.setText("Kampala")
    editor.place_edit.editingFinished.emit()
    editor.end_field.edit.setDate(date(2026, 1, 20))  # before the start: refused
    editor.save_dates()
    assert "cannot end before it starts" in editor.error_label.text()
    editor.end_field.edit.setDate(date(2026, 2, 3))
    editor.save_dates()
    editor.title_edit.setText("")
    editor.title_edit.editingFinished.emit()
    wait_for_writes(qtbot, vault)
    assert "Title: must not be empty" in editor.error_label.text()
    with vault.session() as session:
        workshop = get_workshop(session, workshop_id)
        assert (workshop.place, workshop.end_date, workshop.title) == (
            "Kampala",
            date(2026, 2, 3),
            "Finance basics",
        )
    qtbot.waitUntil(lambda: page.model.row_at(0).place == "Kampala", timeout=5000)


def test_forget_empties_the_list_the_editor_and_their_undo_history(qtbot, vault, make_page):
    _add_partners(vault)
    page = _page(qtbot, make_page)
    _create_workshop(qtbot, page, "Safeguarding", date(2026, 2, 1), date(2026, 2, 2))
    editor = page.editor
    editor.notes_edit.insertPlainText("Sensitive note")
    page.search.setText("Safe")
    page.forget()
    assert page.model.rowCount() == 0 and page.model.total_count == 0
    assert page.search.text() == "" and not page.search.isUndoAvailable()
    for edit in (editor.title_edit, editor.topic_edit, editor.place_edit, editor.facilitators_edit):
        assert edit.text() == "" and not edit.isUndoAvailable()
    for text in (editor.co_design_edit, editor.notes_edit, editor.review.note_edit):
        assert text.toPlainText() == "" and not text.document().isUndoAvailable()
    assert editor.participants_table.rowCount() == 0
    assert editor.plan_table.rowCount() == 0
    assert editor.review.items.count() == 0
    assert editor.details is None and page.count_label.text() == ""
    # The note typed before the lock was saved, not lost.
    wait_for_writes(qtbot, vault)  # as the window's lock does (close_writer)
    with vault.session() as session:
        from fieldpartner.domain.workshops import list_workshops

        assert list_workshops(session)[0].notes == "Sensitive note"


def test_workshop_report_is_made_for_a_participating_partner(qtbot, vault, make_page):
    from fieldpartner.ui.attachment_preview import HAVE_PDF
    from fieldpartner.ui.report_dialog import ReportDialog

    _add_partners(vault)
    page = _page(qtbot, make_page)
    editor = page.editor
    _create_workshop(qtbot, page, "Documentation clinic", date(2025, 3, 3), date(2025, 3, 4))

    # No participating partner yet: the report explains instead of opening.
    messages: list[str] = []
    editor.status_message.connect(messages.append)
    qtbot.mouseClick(editor.report_button, Qt.MouseButton.LeftButton)
    assert editor.findChild(ReportDialog) is None
    assert messages and "partner" in messages[-1]

    qtbot.mouseClick(editor.add_partners_button, Qt.MouseButton.LeftButton)
    picker = editor.findChild(PartnerPickerDialog)
    picker.list.setCurrentRow(0)
    picker.list.item(0).setSelected(True)
    picker.accept()
    qtbot.waitUntil(lambda: editor.participants_table.rowCount() == 1, timeout=5000)
    assert editor.report_partner_id()

    qtbot.mouseClick(editor.report_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    if HAVE_PDF:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report_bytes is not None, timeout=20_000)
        assert dialog.report_bytes.startswith(b"%PDF")
    editor.forget()  # on lock the report and its bytes are dropped
    assert editor.findChild(ReportDialog) is None or not dialog.isVisible()
