"""The whole walk of a field officer through the real window, on a real X display.

Not collected on its own (its name does not start with ``test_``):
``tests/ui/test_real_window.py`` runs it under an Xvfb of its own, in a process whose Qt
uses the xcb platform, with ``FIELDPARTNER_WALK_OUT`` naming the folder for a screenshot of
the whole screen at each step and ``steps.json`` (each step's name and what was checked).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from ui_helpers import (
    PASSPHRASE,
    answer_the_rest_in,
    create_through_start_dialog,
    floor_kdf,
    wait_for_writes,
)

from fieldpartner.app import AppShell
from fieldpartner.domain.assessments import (
    AnswerState,
    finalise_problems,
    get_assessment,
    set_answer_state,
)
from fieldpartner.domain.templates import TemplateDocument
from fieldpartner.ui.language import install_language
from fieldpartner.ui.start_dialog import StartDialog
from spreadsheet_files import write_xlsx

WAIT = 20_000
PARTNERS = [
    ["Organisation", "Country", "Contact", "Email"],
    ["Asociación Pro Derechos Humanos", "Peru", "Rosa Quispe", "rosa@apdh.example"],
    ["Legal Aid Network", "Kenya", "Amina Yusuf", "amina@lan.example"],
    ["Detention Monitors", "Jordan", "", ""],
]


class Walk:
    """A screenshot of the whole screen and a record of what was checked, per step."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.steps: list[dict[str, object]] = []

    def step(self, name: str, **checked: object) -> None:
        QApplication.processEvents()
        number = len(self.steps) + 1
        path = self.out / f"{number:02d}-{name}.png"
        picture = QGuiApplication.primaryScreen().grabWindow(0)
        assert not picture.isNull() and picture.save(str(path), "PNG"), path
        self.steps.append({"step": name, "screenshot": path.name, **checked})
        (self.out / "steps.json").write_text(json.dumps(self.steps, indent=1), encoding="utf-8")


def _create_vault(qtbot, shell: AppShell, settings: QSettings, folder: Path):
    dialog = StartDialog(settings, kdf=floor_kdf)
    dialog.vault_opened.connect(shell.show_main)
    shell.start_dialog = dialog
    dialog.show()
    create_through_start_dialog(qtbot, dialog, "Walk vault", folder, WAIT)
    qtbot.mouseClick(dialog.recovery.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WAIT)
    window = shell.main_window
    qtbot.waitUntil(window.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)
    return window


def test_the_whole_walk_in_a_real_window(qtbot, tmp_path):
    assert QGuiApplication.platformName() == "xcb", "run by tests/ui/test_real_window.py"
    walk = Walk(Path(os.environ["FIELDPARTNER_WALK_OUT"]))
    translators = install_language(QApplication.instance(), "en")  # as fieldpartner does
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings)
    try:
        _walk(qtbot, walk, shell, settings, tmp_path)
    finally:
        shell.shutdown()
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def _walk(qtbot, walk: Walk, shell: AppShell, settings: QSettings, tmp_path: Path) -> None:
    # 1. A new vault: an empty partner list with the first-run hint.
    window = _create_vault(qtbot, shell, settings, tmp_path)
    vault = window.vault
    assert window.partner_model.total_count == 0
    assert window.partner_page.first_run_hint.isVisible()
    # The first window takes most of a 1366x768 laptop screen, and no more.
    assert window.screen().availableGeometry().contains(window.frameGeometry())
    walk.step("vault-created", title=window.windowTitle(), partners=0)

    # 2. Partners from a spreadsheet: checked first (a dry run), then imported.
    sheet = write_xlsx(tmp_path / "partners.xlsx", PARTNERS)
    dialog = window.show_partner_import()
    dialog.ask_file_path = lambda: str(sheet)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() > 0, timeout=WAIT)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._plan is not None, timeout=WAIT)
    assert dialog.refused_table.rowCount() == 0
    assert dialog.import_button.isEnabled()
    walk.step("spreadsheet-preview", status=dialog.status.text())
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    dialog.close()
    qtbot.waitUntil(lambda: window.partner_model.total_count == 3, timeout=WAIT)
    assert not window.partner_page.first_run_hint.isVisible()
    walk.step("partners-imported", count=window.count_label.text())

    # 3. Assess the first partner: from the partner's Assessments tab.
    window.search.setText("asociacion")  # accents ignored
    qtbot.waitUntil(lambda: window.partner_model.total_count == 1, timeout=WAIT)
    partner_id = window.partner_model.partner_id(0)
    window._navigate("partner", partner_id)
    page = window.page("partner")
    page.tabs.setCurrentWidget(page.assessments)
    qtbot.mouseClick(page.assessments.new_button, Qt.MouseButton.LeftButton)
    assessments = window.page("assessment")
    qtbot.waitUntil(
        lambda: assessments.new_dialog is not None and assessments.new_dialog.isVisible(),
        timeout=WAIT,
    )
    new = assessments.new_dialog
    new.select_template("fp.capacity")
    new.place.setText("Lima")
    qtbot.mouseClick(
        new.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    view = assessments.view
    qtbot.waitUntil(lambda: view.editor.data is not None, timeout=WAIT)
    assert window.pages.currentWidget() is assessments
    assessment_id = view.editor.data.id
    order = [ref.id for ref in TemplateDocument(view.editor.data.body).item_order]
    first = order[0]
    view.editor.focus_item(first)
    qtbot.keyClick(view.editor.item_widget(first), Qt.Key.Key_3)
    assert view.editor.data.states[first].value == 3
    wait_for_writes(qtbot, vault)
    # The rest answered as if over the visit, but one question of a later section.
    with vault.transaction() as session:
        assessment = get_assessment(session, assessment_id)
        answer_the_rest_in(session, assessment)
        left = order[-1]
        set_answer_state(session, assessment, left, AnswerState())
        assert [m.item_id for m in finalise_problems(session, assessment)] == [left]
    view.open(vault, assessment_id)
    qtbot.waitUntil(lambda: view.editor.data is not None, timeout=WAIT)
    walk.step("assessed", assessment=assessment_id, unanswered=left)

    # 4. Finalising is refused, naming the unanswered question as a link.
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.missing_label.isVisible, timeout=WAIT)
    assert f"item:{left}" in view.missing_label.text()
    assert view.editor.data.status == "draft"
    walk.step("finalise-refused", refusal=view.missing_label.text())

    # 5. The link leads to the question; answered, finalising goes through.
    view.missing_label.linkActivated.emit(f"item:{left}")  # what a click on it does
    assert view.editor.current_item == left
    item = view.editor.item_widget(left)
    qtbot.waitUntil(lambda: not item.visibleRegion().isEmpty(), timeout=WAIT)  # scrolled to
    walk.step("refusal-link-followed", current=left)
    qtbot.keyClick(item, Qt.Key.Key_3)
    qtbot.keyClicks(item.note_edit, "Seen during the visit.")
    item.commit_typing()
    wait_for_writes(qtbot, vault)
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor.data.status == "final", timeout=WAIT)
    qtbot.waitUntil(lambda: bool(view.results.overall_label.text()), timeout=WAIT)
    assert view.missing_label.isHidden()
    assert view.reopen_button.isVisible()
    walk.step("finalised", status="final")

    # 6. A backup to a folder (a USB stick), checked after writing.
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = window.show_backup()
    backup.folder_edit.setText(str(usb))
    with qtbot.waitSignal(backup.backed_up, timeout=WAIT) as made:
        qtbot.mouseClick(backup.backup_button, Qt.MouseButton.LeftButton)
    assert made.args[0].path.parent == usb and made.args[0].path.exists()
    status = backup.status
    qtbot.waitUntil(lambda: status.height() >= status.heightForWidth(status.width()), timeout=WAIT)
    assert backup.frameGeometry().right() <= backup.screen().availableGeometry().right()
    walk.step("backup", backup=made.args[0].path.name, status=status.text())
    backup.close()

    # 7. Lock: the start dialog offers this vault again; nothing of it on screen.
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: shell.start_dialog is not None, timeout=WAIT)
    start = shell.start_dialog
    qtbot.waitUntil(start.isVisible, timeout=WAIT)
    assert shell.main_window is None and vault.is_locked
    walk.step("locked")

    # 8. Unlocked again: back on the finalised assessment.
    qtbot.keyClicks(start.passphrase, PASSPHRASE)
    qtbot.mouseClick(start.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WAIT)
    again = shell.main_window
    assessments = again.page("assessment")
    qtbot.waitUntil(lambda: assessments.view.editor.data is not None, timeout=WAIT)
    assert again.pages.currentWidget() is assessments
    assert assessments.current_record() == assessment_id
    assert assessments.view.editor.data.status == "final"
    assert assessments.view.tabs.currentWidget() is assessments.view.results  # the tab left
    walk.step("unlocked-back-in-place", page="assessment", record=assessment_id)
