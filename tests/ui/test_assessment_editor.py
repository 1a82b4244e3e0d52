"""The assessment editor and page: level descriptors, keys, lazy sections, evidence files,
reopening, the list and its filters, comparisons, and forgetting on lock."""

from __future__ import annotations

import copy
import json
import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from ui_helpers import answer_the_rest, answer_the_rest_in, wait_for_writes

from fieldpartner.domain.assessments import (
    AnswerState,
    answer_states,
    create_assessment,
    finalise,
    get_assessment,
    results_of,
    set_answer_state,
)
from fieldpartner.domain.attachments import attachments_of
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import bulk_create
from fieldpartner.domain.templates import ensure_builtin_templates, get_template, store_template
from fieldpartner.domain.templates.resources import builtin_dir
from fieldpartner.ui.assessment import loading
from fieldpartner.ui.assessment.item_widgets import ItemWidget, OptionCard
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.ui.assessment.radar import RadarChart
from fieldpartner.ui.assessment.view import MISSING_LINKS
from fieldpartner.ui.common.paged_model import PAGE_SIZE
from fieldpartner.vault import Vault

WAIT = 15000
DESCRIPTOR_3 = "The governing body meets regularly"


def _capacity(vault: Vault, *, answers: dict[str, int] | None = None, **extra) -> str:
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Women's Rights Forum", acronym="WRF")
        assessment = create_assessment(
            session, partner, get_template(session, "fp.capacity"), **extra
        )
        for item_id, level in (answers or {}).items():
            set_answer_state(session, assessment, item_id, AnswerState(level))
        return assessment.id


def _open(qtbot, vault: Vault, assessment_id: str) -> AssessmentPage:
    page = AssessmentPage(vault)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_record(assessment_id)
    qtbot.waitUntil(lambda: page.view.editor.data is not None, timeout=WAIT)
    return page


def test_scored_item_shows_every_level_and_keys_choose_them(qtbot, vault):
    page = _open(qtbot, vault, _capacity(vault))
    editor = page.view.editor
    editor.focus_item("cap.gov.board")
    board = editor.item_widget("cap.gov.board")
    cards = dict(board.cards)
    assert sorted(cards) == [1, 2, 3, 4]
    assert all(card.descriptor.text() for card in cards.values())
    assert DESCRIPTOR_3 in cards[3].descriptor.text()

    qtbot.keyClick(board, Qt.Key.Key_3)
    assert cards[3].selected and not cards[2].selected
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert editor.data.states["cap.gov.board"].value == 4
    qtbot.keyClick(board, Qt.Key.Key_0)
    assert editor.data.states["cap.gov.board"].not_applicable
    assert board.na_button.isChecked() and not any(c.selected for c in cards.values())
    qtbot.keyClick(board, Qt.Key.Key_Delete)
    assert "cap.gov.board" not in editor.data.states

    # Clicking the chosen level again takes the answer back; undo brings it back.
    qtbot.mouseClick(cards[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cards[2], Qt.MouseButton.LeftButton)
    assert "cap.gov.board" not in editor.data.states
    editor.undo_stack.undo()
    assert editor.data.states["cap.gov.board"].value == 2 and cards[2].selected

    # Down past the last item of a section opens the next section.
    last = editor._visible_items("governance")[-1]
    editor.focus_item(last)
    qtbot.keyClick(editor.item_widget(last), Qt.Key.Key_Down)
    assert editor.current_section == "finance"
    assert editor.current_item == editor._visible_items("finance")[0]
    qtbot.waitUntil(lambda: not editor.results_pending, timeout=WAIT)
    assert "1 of" in editor.completeness_label.text()


def test_typed_answers_and_notes_are_saved_and_undone_as_one_step(qtbot, vault):
    page = _open(qtbot, vault, _capacity(vault))
    editor = page.view.editor
    editor.focus_item("cap.gov.board")
    board = editor.item_widget("cap.gov.board")
    qtbot.keyClicks(board.note_edit, "Minutes of three meetings")
    qtbot.waitUntil(lambda: "cap.gov.board" in editor.data.states, timeout=WAIT)
    qtbot.keyClicks(board.note_edit, " in 2025")
    board.note_edit.clearFocus()
    editor.commit_pending()
    wait_for_writes(qtbot, vault)
    with vault.session() as session:
        stored = answer_states(session, get_assessment(session, editor.data.id))
    assert stored["cap.gov.board"] == AnswerState(None, False, "Minutes of three meetings in 2025")
    editor.undo_stack.undo()
    assert board.note_edit.toPlainText() == ""
    wait_for_writes(qtbot, vault)
    with vault.session() as session:
        assert answer_states(session, get_assessment(session, editor.data.id)) == {}


def test_evidence_files_are_kept_in_the_vault_and_reopening_unlocks(qtbot, vault, tmp_path):
    assessment_id = _capacity(vault)
    page = _open(qtbot, vault, assessment_id)
    editor = page.view.editor
    scan = tmp_path / "board-minutes.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes")
    editor.focus_item("cap.gov.board")
    editor.choose_files = lambda _item: [str(scan)]
    board = editor.item_widget("cap.gov.board")
    qtbot.mouseClick(board.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.attachment_list.count() == 1, timeout=WAIT)
    with vault.session() as session:
        files = attachments_of(
            session, assessment=get_assessment(session, assessment_id), item_id="cap.gov.board"
        )
    assert [f.filename for f in files] == ["board-minutes.pdf"]

    qtbot.keyClick(board, Qt.Key.Key_2)
    wait_for_writes(qtbot, vault)  # the test writes beside the window's writer
    answer_the_rest(vault, assessment_id)
    qtbot.mouseClick(page.view.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert editor.read_only and not board.attach_button.isEnabled()
    qtbot.mouseClick(page.view.reopen_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert not editor.read_only and board.attach_button.isEnabled()
    with vault.session() as session:
        assert get_assessment(session, assessment_id).status == "draft"
    qtbot.keyClick(board, Qt.Key.Key_4)
    assert editor.data.states["cap.gov.board"].value == 4


def test_finalising_without_required_evidence_says_what_is_missing(qtbot, vault):
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Bar Association")
        assessment = create_assessment(
            session, partner, get_template(session, "fp.due-diligence"), tier="small"
        )
        assessment_id = assessment.id
    page = _open(qtbot, vault, assessment_id)
    editor = page.view.editor
    editor.focus_item("legal.governing_docs")
    qtbot.keyClick(editor.item_widget("legal.governing_docs"), Qt.Key.Key_1)
    assert editor.item_widget("legal.governing_docs").evidence_missing.isVisibleTo(editor)
    qtbot.mouseClick(page.view.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    missing = page.view.missing_label
    assert missing.isVisibleTo(page) and 'href="item:legal.governing_docs"' in missing.text()
    assert not editor.read_only


def test_a_refused_finalising_links_each_missing_question_and_unanswered_ones_are_found(
    qtbot, vault
):
    assessment_id = _capacity(vault)
    page = _open(qtbot, vault, assessment_id)
    editor = page.view.editor
    waiting = editor.unanswered_items()
    assert len(waiting) > 3
    qtbot.mouseClick(page.view.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    text = page.view.missing_label.text()
    # The first few as links (a long list would push the window past the screen); the
    # count names them all, and Next unanswered walks them.
    assert text.count('href="item:') == min(len(waiting), MISSING_LINKS)
    assert f"{len(waiting)} question(s) to complete" in text
    assert "Question 1:" in text
    # Following a link shows that question.
    page.view.missing_label.linkActivated.emit(f"item:{waiting[2]}")
    qtbot.waitUntil(lambda: editor.current_item == waiting[2], timeout=WAIT)
    # "Next unanswered" skips answered questions.
    editor.focus_item(waiting[0])
    editor.apply_state(waiting[1], AnswerState(3))
    qtbot.mouseClick(editor.next_unanswered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.current_item == waiting[2], timeout=WAIT)
    # "Show only unanswered" hides the answered question.
    editor.only_unanswered.setChecked(True)
    assert not editor.item_widget(waiting[1]).isVisibleTo(editor)
    assert editor.item_widget(waiting[2]).isVisibleTo(editor)
    editor.only_unanswered.setChecked(False)
    assert editor.item_widget(waiting[1]).isVisibleTo(editor)


def test_a_long_template_builds_only_the_section_shown(qtbot, vault):
    body = json.loads((builtin_dir() / "capacity.json").read_text(encoding="utf-8"))
    body = copy.deepcopy(body)
    body["id"], body["version"] = "test.long-capacity", 1
    for section in body["sections"]:
        extra = []
        for item in section["items"]:
            for copy_number in (2, 3):
                twin = copy.deepcopy(item)
                twin["id"] = f"{item['id']}.{copy_number}"
                extra.append(twin)
        section["items"] += extra
    with vault.transaction() as session:
        template = store_template(session, body).template
        partner = add_partner(session, name="Monitoring Network")
        assessment_id = create_assessment(session, partner, template).id
    total = sum(len(s["items"]) for s in body["sections"])
    assert total > 100
    page = _open(qtbot, vault, assessment_id)
    editor = page.view.editor
    assert 0 < len(editor.widgets) <= total // 5
    assert editor.completeness_label.text().startswith(f"0 of {total}")


def test_results_are_scored_off_the_interface_thread_and_follow_the_newest_answer(
    qtbot, vault, monkeypatch
):
    page = _open(qtbot, vault, _capacity(vault))
    editor = page.view.editor
    scored_on: list[bool] = []
    scored = loading.compute_results

    def recording(*args, **kwargs):
        scored_on.append(threading.current_thread() is threading.main_thread())
        return scored(*args, **kwargs)

    monkeypatch.setattr(loading, "compute_results", recording)
    # Quick changes, each superseding the last one's results before they arrive.
    for level in (1, 2, 3, 4, 2):
        assert editor.set_answer("cap.gov.board", AnswerState(level))
    editor.set_answer("cap.gov.strategy", AnswerState(None, True))
    editor.set_answer("cap.gov.strategy", AnswerState(3))
    editor.undo_stack.undo()  # back to not applicable
    qtbot.waitUntil(lambda: not editor.results_pending, timeout=WAIT)
    wait_for_writes(qtbot, vault)
    assert scored_on and not any(scored_on)
    with vault.session() as session:
        stored = results_of(session, get_assessment(session, editor.data.id))
    assert editor.results == stored
    assert editor.results.items["cap.gov.board"].points == 2
    assert editor.results.items["cap.gov.strategy"].not_applicable
    answered = editor.results.completeness.answered
    assert answered == 2
    assert editor.completeness_label.text().startswith(f"{answered} of ")


def test_list_filters_and_navigation_open_an_assessment(qtbot, vault):
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Legal Aid Centre")
        capacity = get_template(session, "fp.capacity")
        done = create_assessment(session, partner, capacity, assessed_on=date(2025, 1, 1))
        set_answer_state(session, done, "cap.gov.board", AnswerState(3))
        answer_the_rest_in(session, done)
        finalise(session, done)
        create_assessment(session, partner, get_template(session, "fp.due-diligence"), tier="large")
    page = AssessmentPage(vault)
    qtbot.addWidget(page)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    page.status_filter.setCurrentIndex(page.status_filter.findData("final"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.model.index(0, 5).data() == "Final"
    page.status_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("due_diligence"))
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.index(0, 3).data() == "Large",
        timeout=WAIT,
    )
    page.table.activated.emit(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.view.editor.data is not None, timeout=WAIT)
    assert page.view.editor.data.tier == "large"
    qtbot.mouseClick(page.view.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_panel
    assert page.view.editor.data is None


def test_long_list_is_read_page_by_page_and_filtered_in_the_database(qtbot, vault):
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Legal Aid Centre")
        capacity = get_template(session, "fp.capacity")
        first_day = date(2020, 1, 1)
        rows = [
            {
                "id": uuid7(),
                "partner_id": partner.id,
                "assessment_kind": capacity.assessment_kind,
                "template_key": capacity.template_key,
                "template_version": capacity.version,
                "assessed_on": first_day + timedelta(days=number),
                "status": "final" if number % 3 == 0 else "draft",
            }
            for number in range(450)
        ]
        bulk_create(session, Assessment, rows, vault.record_context())
    page = AssessmentPage(vault)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading, timeout=WAIT)
    assert page.model.rowCount() == PAGE_SIZE
    assert page.count_label.text() == "450 assessment(s)"
    # Newest first; scrolling to the end makes the view ask for the next pages.
    assert page.model.assessment_id(0) == rows[-1]["id"]
    for _ in range(50):
        if page.model.rowCount() == 450:
            break
        page.table.scrollToBottom()
        qtbot.wait(20)
    assert page.model.rowCount() == 450
    assert page.model.assessment_id(449) == rows[0]["id"]
    assert page.model.row_of(rows[0]["id"]) == 449

    page.status_filter.setCurrentIndex(page.status_filter.findData("final"))
    qtbot.waitUntil(lambda: page.count_label.text() == "150 assessment(s)", timeout=WAIT)
    assert page.model.total_count == 150 and page.model.rowCount() == 150
    statuses = {page.model.index(row, 5).data() for row in range(page.model.rowCount())}
    assert statuses == {"Final"}

    page.forget()
    assert page.model.rowCount() == 0 and page.count_label.text() == ""


def test_results_compare_with_the_previous_and_with_the_self_assessment(qtbot, vault):
    levels = {"cap.gov.board": 1, "cap.gov.strategy": 2}
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Detention Watch")
        capacity = get_template(session, "fp.capacity")
        earlier = create_assessment(session, partner, capacity, assessed_on=date(2025, 1, 1))
        for item_id, level in levels.items():
            set_answer_state(session, earlier, item_id, AnswerState(level))
        answer_the_rest_in(session, earlier, not_applicable=True)
        finalise(session, earlier)
        mine = create_assessment(session, partner, capacity, respondent="partner_self")
        for item_id in levels:
            set_answer_state(session, mine, item_id, AnswerState(4))
        now = create_assessment(session, partner, capacity, assessed_on=date(2026, 1, 1))
        for item_id in levels:
            set_answer_state(session, now, item_id, AnswerState(3))
        now_id = now.id
    page = _open(qtbot, vault, now_id)
    page.view.tabs.setCurrentWidget(page.view.results)
    results = page.view.results
    qtbot.waitUntil(lambda: results.data is not None, timeout=WAIT)
    assert results.previous_box.isVisibleTo(page) and results.previous_table.rowCount() == 9
    governance = [
        results.previous_table.item(row, 3).text()
        for row in range(9)
        if results.previous_table.item(row, 0).text() == "Governance and leadership"
    ]
    assert governance and "+1.50" in governance[0]
    assert results.perspective_box.isVisibleTo(page)
    assert "0%" in results.perspective_label.text()
    assert len(results.radar.series) == 2


def test_radar_draws_its_series(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 400)
    chart.set_data(["Governance", "Finance", "People"], [("Now", [50, 75, None])])
    image = chart.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, 400, 7) for y in range(0, 400, 7)}
    assert len(colours) > 2


def test_forget_empties_the_page_after_editing(qtbot, vault):
    page = _open(qtbot, vault, _capacity(vault, answers={"cap.gov.board": 2}))
    editor = page.view.editor
    editor.focus_item("cap.gov.strategy")
    qtbot.keyClick(editor.item_widget("cap.gov.strategy"), Qt.Key.Key_3)
    qtbot.keyClicks(editor.item_widget("cap.gov.strategy").note_edit, "typed just before lock")
    assessment_id = editor.data.id
    page.forget()
    wait_for_writes(qtbot, vault)  # the window's lock waits the same way (close_writer)
    # What was being typed is saved before the page forgets it.
    with vault.session() as session:
        stored = answer_states(session, get_assessment(session, assessment_id))
    assert stored["cap.gov.strategy"].evidence_note == "typed just before lock"
    assert editor.data is None and not editor.widgets and editor.undo_stack.count() == 0
    assert editor.section_tree.topLevelItemCount() == 0
    assert editor.completeness_label.text() == ""
    assert page.view.title_label.text() == "" and page.view.details_label.text() == ""
    assert page.model.rowCount() == 0
    assert editor.item_scroll.widget() is None
    QApplication.processEvents()


def test_every_interactive_widget_is_named_for_tests_and_screen_readers(qtbot, vault):
    assessment_id = _capacity(vault, answers={"cap.gov.board": 2})
    page = _open(qtbot, vault, assessment_id)
    page.view.editor.focus_item("cap.gov.board")
    page.view.tabs.setCurrentWidget(page.view.results)
    qtbot.waitUntil(lambda: page.view.results.data is not None, timeout=WAIT)
    page.new_assessment()
    qtbot.waitUntil(lambda: page.new_dialog is not None, timeout=WAIT)
    interactive = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QAbstractSpinBox,
        QAbstractItemView,
        OptionCard,
        ItemWidget,
    )
    unnamed = []
    for root in (page, page.new_dialog):
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, interactive) or isinstance(
                widget.parent(), (QComboBox, QAbstractSpinBox)
            ):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue
            # Qt's own parts: tab bars, headers, combo box and completer pop-up lists.
            if type(widget).__name__ in ("QTabBar", "QHeaderView", "QCalendarWidget", "QListView"):
                continue
            if widget.objectName().startswith("qt_") or (
                widget.parent() and widget.parent().objectName().startswith("qt_")
            ):
                continue
            if not widget.objectName() or not widget.accessibleName():
                unnamed.append(
                    f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
                )
    assert unnamed == [], "\n".join(unnamed)


def test_the_main_window_routes_navigation_to_the_assessment(qtbot, vault):
    from fieldpartner.ui.main_window import MainWindow, page_classes

    assert AssessmentPage in page_classes()
    assessment_id = _capacity(vault)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    page = window.page("assessment")
    assert page.title() == "Assessments"
    window.page("partners").navigate.emit("assessment", assessment_id)
    qtbot.waitUntil(lambda: page.view.editor.data is not None, timeout=WAIT)
    assert window.pages.currentWidget() is page
    assert page.view.editor.data.id == assessment_id
    window.lock()
    assert page.view.editor.data is None and page.model.rowCount() == 0


def test_numbers_text_dates_and_choices_and_items_that_appear_with_an_answer(qtbot, vault):
    # The built-in review counts dropped actions from the action list; this copy asks
    # for the count by hand, so that a typed number shows the question that depends on it.
    body = json.loads((builtin_dir() / "workshop-review.json").read_text(encoding="utf-8"))
    body["id"], body["version"] = "test.workshop-review-typed", 1
    for section in body["sections"]:
        for item in section["items"]:
            if item["id"] == "wr.plan.dropped":
                del item["compute"]
                item.update(type="number", min=0)
    with vault.transaction() as session:
        template = store_template(session, body).template
        partner = add_partner(session, name="Lawyers Network")
        assessment_id = create_assessment(session, partner, template).id
    page = _open(qtbot, vault, assessment_id)
    editor = page.view.editor
    why = editor.item_widget("wr.plan.dropped_why")
    assert why.isHidden()  # asked only when some actions were dropped
    dropped = editor.item_widget("wr.plan.dropped")
    editor.focus_item("wr.plan.dropped")
    qtbot.keyClicks(dropped.number_edit, "2")
    qtbot.keyClick(dropped.number_edit, Qt.Key.Key_Return)
    assert editor.data.states["wr.plan.dropped"].value == 2
    qtbot.waitUntil(lambda: not why.isHidden(), timeout=WAIT)
    qtbot.keyClicks(why.text_edit, "Funding ended")
    why.commit_typing()

    support = editor.item_widget("wr.nx.support")
    boxes = dict(support.checkboxes)
    qtbot.mouseClick(boxes["advocacy"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(boxes["mentoring"], Qt.MouseButton.LeftButton)
    review = editor.item_widget("wr.nx.review_date")
    review.date_edit.setDate(
        review.date_edit.date().fromString("2026-09-30", Qt.DateFormat.ISODate)
    )
    review.commit_typing()
    wait_for_writes(qtbot, vault)
    with vault.session() as session:
        stored = answer_states(session, get_assessment(session, assessment_id))
    assert stored["wr.plan.dropped"].value == 2
    assert stored["wr.plan.dropped_why"].value == "Funding ended"
    assert stored["wr.nx.support"].value == ["mentoring", "advocacy"]  # template order
    assert stored["wr.nx.review_date"].value == "2026-09-30"
    editor.undo_stack.undo()
    assert "wr.nx.review_date" not in editor.data.states


def test_an_assessor_overrides_a_final_result_with_a_justification(qtbot, vault):
    assessment_id = _capacity(vault)
    answer_the_rest(vault, assessment_id)
    page = _open(qtbot, vault, assessment_id)
    view = page.view
    assert not view.override_button.isVisibleTo(page)  # a draft has no results to override
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert view.override_button.isVisibleTo(page)
    qtbot.mouseClick(view.override_button, Qt.MouseButton.LeftButton)
    # The results are read in the background before the dialog opens.
    qtbot.waitUntil(
        lambda: view.override_dialog is not None and view.override_dialog.isVisible(),
        timeout=WAIT,
    )
    dialog = view.override_dialog
    ok = dialog.findChild(QAbstractButton, "overrideOk")
    assert not ok.isEnabled()  # no override without a justification
    with vault.session() as session:
        computed = get_assessment(session, assessment_id).results
    words = [dialog.value.itemData(i) for i in range(dialog.value.count())]
    wanted = next(w for w in words if w not in (computed["rating"], computed["level"]))
    dialog.value.setCurrentIndex(words.index(wanted))
    dialog.justification.setPlainText("Audited accounts seen after the visit")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)  # the override is written by the vault's writer
    with vault.session() as session:
        stored = get_assessment(session, assessment_id).results
    assert stored["overrides"][0]["value"] == wanted
    assert stored["overrides"][0]["justification"] == "Audited accounts seen after the visit"
    # The results tab reads the stored results again and prints the justification.
    qtbot.waitUntil(
        lambda: "Audited accounts seen after the visit" in view.results.rules_label.text(),
        timeout=WAIT,
    )


def test_items_not_built_yet_are_reached_by_keys_and_by_the_links_to_them(qtbot, vault):
    # A section's items are built a few per turn of the event loop after it opens; an item
    # not built yet is built when a link to a missing answer or the keyboard goes to it.
    page = _open(qtbot, vault, _capacity(vault))
    editor = page.view.editor
    build_timer = editor.findChild(QTimer, "itemBuildTimer")

    def half_built(section: str) -> list[str]:
        editor.show_section(section)
        build_timer.stop()  # hold the section half built
        items = [ref.id for ref in editor._section_items[section]]
        assert 0 < len([item for item in items if item in editor.widgets]) < len(items)
        return items

    # Sections not shown yet: the first one may be whole by the time the test looks.
    finance = half_built("finance")
    last = finance[-1]
    assert last not in editor.widgets
    page.view.missing_label.linkActivated.emit(f"item:{last}")
    assert editor.current_item == last
    assert editor.widgets[last].isVisibleTo(editor)
    assert all(item in editor.widgets for item in finance)

    people = half_built("hr")
    built = [item for item in people if item in editor.widgets]
    following = people[len(built)]
    qtbot.keyClick(editor.widgets[built[-1]], Qt.Key.Key_Down)
    assert editor.current_item == following
    assert editor.widgets[following].hasFocus()
