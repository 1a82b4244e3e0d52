"""Locking forgets every record: after the lock, no Python object of the process holds the
text of a record that was shown, typed, printed or searched for before it."""

from __future__ import annotations

import gc
import re
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from ui_helpers import wait_for_writes

from fieldpartner.domain.assessments import create_assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.reports.text import visual_line
from fieldpartner.ui.main_window import MainWindow

WAIT = 15_000
# Never written whole in this file, so the only whole copies are the ones the program made.
PARTS = ("Qx", "9Lock", "Canary")


def canary() -> str:
    return "".join(PARTS)


def objects_holding(needle_parts: tuple[str, ...]) -> list[str]:
    """Every str or bytes reachable from the collector's objects that contains the needle
    (strings are not tracked by the collector themselves: they are found as referents)."""
    needle = "".join(needle_parts)
    needle_bytes = needle.encode()
    found: list[str] = []
    seen: set[int] = {id(needle), id(needle_bytes), id(found)}
    stack: list[object] = list(gc.get_objects())
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            if needle in obj:
                found.append(obj[:120])
            continue
        if isinstance(obj, bytes | bytearray):
            if needle_bytes in obj:
                found.append(repr(bytes(obj[:120])))
            continue
        if isinstance(obj, int | float | complex | bool) or obj is None:
            continue
        stack.extend(gc.get_referents(obj))
    return found


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _records(vault) -> tuple[str, str]:
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name=canary() + " Legal Aid")
        template = get_template(session, "fp.capacity")
        return partner.id, create_assessment(session, partner, template).id


def test_lock_leaves_no_record_text_in_any_python_object(qtbot, vault, settings, tmp_path):
    partner_id, assessment_id = _records(vault)
    window = MainWindow(vault, settings=settings, log_folder=tmp_path / "logs")
    qtbot.addWidget(window)
    window.show()
    window.build_all_pages()
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)

    # Fill what caches record text: the partner list and its search, the profile and its
    # undo history, an answer with a note, report lines, a search pattern, an exception.
    window.search.setText(PARTS[0] + PARTS[1])
    qtbot.waitUntil(lambda: window.partner_model.total_count == 1, timeout=WAIT)
    window._navigate("partner", partner_id)
    profile = window.page("partner").profile
    mandate = profile.fields["mandate"]
    mandate.setPlainText(canary() + " mandate")
    mandate.editingFinished.emit()
    window._navigate("assessment", assessment_id)
    editor = window.page("assessment").view.editor
    qtbot.waitUntil(lambda: editor.data is not None, timeout=WAIT)
    editor.focus_item("cap.gov.board")
    board = editor.item_widget("cap.gov.board")
    qtbot.keyClick(board, Qt.Key.Key_2)
    qtbot.keyClicks(board.note_edit, canary() + " minutes")
    editor.commit_pending()
    del board
    wait_for_writes(qtbot, vault)
    assert profile.undo_stack.count() == 1 and editor.undo_stack.count() >= 1
    visual_line(canary() + " \u0634\u0631\u064a\u0643", True)  # a line of an Arabic report
    re.compile(re.escape(canary()), re.IGNORECASE)
    try:
        raise ValueError(canary() + " in a message")
    except ValueError as exc:
        sys.last_value = exc  # as the interpreter keeps an uncaught exception
    assert objects_holding(PARTS), "the caches were not filled"

    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.lock_action.trigger()
    assert vault.is_locked
    QCoreApplication.processEvents()  # the window collects in the next turn of the loop
    assert objects_holding(PARTS) == []
