"""Every change made in the window goes through the vault's one writer: edits made while a
long write (an import) holds the database land after it, the interface thread keeps moving,
and a change that cannot be written stays on screen marked unsaved, with Retry, and logged
(type and frames, never record content)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtWidgets import QMenu
from ui_helpers import wait_for_writes

from fieldpartner.domain.assessments import (
    AnswerState,
    answer_states,
    create_assessment,
    get_assessment,
)
from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.partners import add_partner, get_partner
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.logs import read_log, start_logging, stop_logging
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.operations import writer_of
from fieldpartner.ui.worker import TaskControl

WAIT = 15_000
CANARY = "Zq7CanaryOrg"
LONG_WRITE_MS = 5_000
# A change written on the interface thread would wait for the whole long write (or the
# 10 s busy timeout); queued on the writer, it returns at once. The bound is far from both,
# so the load of a shared test machine cannot make it fail.
EDIT_CALL_LIMIT_MS = 1_000


class StallMonitor:
    """The longest gap between ticks of a 5 ms timer on the interface thread (as
    benchmarks/ui_bench.py measures it)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = 0
        self.worst = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> int:
        self._tick()
        self.timer.stop()
        return self.worst


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def log_folder(tmp_path):
    folder = tmp_path / "logs"
    handler = start_logging(folder, hooks=False)
    yield folder
    stop_logging(handler)


def _records(vault) -> tuple[str, str]:
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name=f"{CANARY} Legal Aid")
        assessment = create_assessment(session, partner, get_template(session, "fp.capacity"))
        return partner.id, assessment.id


def _window(qtbot, vault, settings, log_folder) -> MainWindow:
    window = MainWindow(vault, settings=settings, log_folder=log_folder)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)
    return window


def _open_assessment(qtbot, window: MainWindow, assessment_id: str):
    window._navigate("assessment", assessment_id)
    editor = window.page("assessment").view.editor
    qtbot.waitUntil(lambda: editor.data is not None, timeout=WAIT)
    return editor


def _edit_line(widget, text: str) -> None:
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)
    widget.editingFinished.emit()


def _held_write(vault, started: threading.Event, release: threading.Event):
    """A long write, as an import is: it holds the database's write lock until released."""

    def work(_control: TaskControl) -> None:
        with vault.transaction() as session:
            session.merge(VaultSetting(key="test.long_write", value="held"))
            session.flush()  # the write lock is taken here
            started.set()
            release.wait(120)

    return work


def test_edits_made_during_a_long_write_all_land_after_it(
    qtbot, vault, settings, log_folder, request
):
    partner_id, assessment_id = _records(vault)
    window = _window(qtbot, vault, settings, log_folder)
    editor = _open_assessment(qtbot, window, assessment_id)

    # As the application does at start (startup.prepare_process), take what is alive now
    # out of the cycle collector's walk: a full collection on a worker thread would
    # otherwise walk the whole test session's objects while holding the interpreter.
    gc.collect()
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    started, release = threading.Event(), threading.Event()
    writer = writer_of(vault)
    writer.submit(_held_write(vault, started, release), owner=window, long=True)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    held = QElapsedTimer()
    held.start()
    monitor = StallMonitor()
    monitor.start()
    calls: list[int] = []

    def timed(edit) -> None:
        clock = QElapsedTimer()
        clock.start()
        edit()
        calls.append(clock.elapsed())

    try:
        assert "import" in window.saving_label.text().lower()
        # Answers typed in front of the partner, with the keyboard and a note.
        for item_id, key in (
            ("cap.gov.board", Qt.Key.Key_2),
            ("cap.gov.strategy", Qt.Key.Key_3),
        ):
            editor.focus_item(item_id)
            timed(lambda: qtbot.keyClick(editor.item_widget(item_id), key))  # noqa: B023
        qtbot.keyClicks(editor.item_widget("cap.gov.board").note_edit, f"{CANARY} minutes seen")
        timed(editor.commit_pending)
        # Edit the partner's profile meanwhile.
        window._navigate("partner", partner_id)
        profile = window.page("partner").profile
        timed(lambda: _edit_line(profile.fields["mandate"], f"{CANARY} mandate: legal aid"))
        timed(lambda: _edit_line(profile.fields["region"], "Rift Valley"))
        # Nothing is lost and nothing is in yet: the long write still holds the database.
        assert writer.backlog >= 4
        with vault.session() as session:
            assert answer_states(session, get_assessment(session, assessment_id)) == {}
            assert get_partner(session, partner_id).mandate == ""
        assert "waiting" in window.saving_label.text()
        qtbot.waitUntil(lambda: held.elapsed() >= LONG_WRITE_MS, timeout=LONG_WRITE_MS + WAIT)
    finally:
        release.set()
    wait_for_writes(qtbot, vault)
    worst = monitor.stop()
    # The stall is printed, not asserted: on a loaded shared machine the process itself is
    # descheduled for 100-250 ms at times (load average above 7 on 2 cores), whatever it runs.
    print(
        f"\nduring a {held.elapsed()} ms write: longest interface-thread stall {worst} ms, "
        f"longest edit call {max(calls)} ms"
    )

    with vault.session() as session:
        states = answer_states(session, get_assessment(session, assessment_id))
        partner = get_partner(session, partner_id)
        assert states["cap.gov.board"] == AnswerState(2, False, f"{CANARY} minutes seen")
        assert states["cap.gov.strategy"].value == 3
        assert partner.mandate == f"{CANARY} mandate: legal aid"
        assert partner.region == "Rift Valley"
        assert session.get(VaultSetting, "test.long_write").value == "held"
    assert window.saving_label.text() == ""
    assert editor.unsaved_items == [] and profile.unsaved_fields == set()
    assert max(calls) < EDIT_CALL_LIMIT_MS, f"an edit waited {max(calls)} ms"


def test_an_answer_the_busy_vault_refuses_stays_marked_unsaved_with_retry(
    qtbot, vault, settings, log_folder
):
    _partner_id, assessment_id = _records(vault)
    window = _window(qtbot, vault, settings, log_folder)
    editor = _open_assessment(qtbot, window, assessment_id)
    # Another connection holds the write lock past the writer's busy timeout (10 s).
    blocker = vault.engine.raw_connection()
    blocker.cursor().execute("BEGIN IMMEDIATE")
    try:
        editor.focus_item("cap.gov.board")
        board = editor.item_widget("cap.gov.board")
        qtbot.keyClick(board, Qt.Key.Key_2)
        assert editor.data.states["cap.gov.board"].value == 2  # shown at once
        qtbot.waitUntil(lambda: board.is_unsaved, timeout=30_000)
    finally:
        blocker.cursor().execute("ROLLBACK")
        blocker.close()
    # Where the answer was made: the choice stays, the reason and Retry are shown.
    assert board.cards[1][1].selected
    assert board.unsaved.isVisibleTo(editor)
    assert "busy" in board.unsaved.message
    assert board.unsaved.retry_button.isVisibleTo(editor)
    assert editor.unsaved_items == ["cap.gov.board"]
    assert "Not saved" in window.page("assessment").view.saved_label.text()
    log = read_log(log_folder)
    assert "OperationalError" in log and "in set_answer_state" in log
    qtbot.mouseClick(board.unsaved.retry_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert not board.is_unsaved and editor.unsaved_items == []
    with vault.session() as session:
        assert answer_states(session, get_assessment(session, assessment_id))["cap.gov.board"] == (
            AnswerState(2)
        )


def test_a_profile_field_the_full_disk_refuses_keeps_its_text_and_logs_no_content(
    qtbot, vault, settings, log_folder, monkeypatch
):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from fieldpartner.ui.partners import profile_tab

    partner_id, _assessment_id = _records(vault)
    window = _window(qtbot, vault, settings, log_folder)
    window._navigate("partner", partner_id)
    profile = window.page("partner").profile
    real_edit = profile_tab.edit_partner

    def disk_full(session, partner, **changes):
        raise OperationalError(
            f"UPDATE partners SET mandate={changes}",  # quotes the record, as SQLAlchemy does
            {},
            sqlite3.OperationalError("database or disk is full"),
        )

    monkeypatch.setattr(profile_tab, "edit_partner", disk_full)
    text = f"{CANARY} works with detainees"
    _edit_line(profile.fields["mandate"], text)
    qtbot.waitUntil(lambda: profile.unsaved.is_unsaved, timeout=WAIT)
    assert profile.fields["mandate"].toPlainText() == text
    assert "disk is full" in profile.error_text("mandate")
    assert profile.unsaved_fields == {"mandate"}
    assert profile.unsaved.retry_button.isVisibleTo(profile)
    log = read_log(log_folder)
    assert "sqlalchemy.exc.OperationalError" in log and "in disk_full" in log
    assert CANARY not in log and "detainees" not in log

    # Help → Problem report shows that log, ready to copy.
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert window.problem_report_action in help_menu.actions()
    dialog = window.show_problem_report()
    assert "OperationalError" in dialog.text.toPlainText()
    dialog.copy()
    dialog.close()

    monkeypatch.setattr(profile_tab, "edit_partner", real_edit)
    qtbot.mouseClick(profile.unsaved.retry_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert not profile.unsaved.is_unsaved and profile.error_text("mandate") == ""
    with vault.session() as session:
        assert get_partner(session, partner_id).mandate == text
