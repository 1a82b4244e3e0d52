"""File → Import template: problems by line, a preview of a valid template, then import."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import wait_for_writes

from fieldpartner.domain.templates import find_template
from fieldpartner.domain.templates.resources import templates_dir
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.templates.import_dialog import TemplateImportDialog
from fieldpartner.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = templates_dir() / "examples" / "example-due-diligence.json"


def loaded(qtbot: QtBot, vault: Vault, path: Path) -> TemplateImportDialog:
    dialog = TemplateImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_file_path = lambda: str(path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._checked is not None, timeout=15_000)
    return dialog


def test_problems_are_listed_with_their_lines_and_nothing_can_be_imported(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["sections"][1]["items"][0]["scale"] = "nope"
    del body["title"]["es"]
    text = json.dumps(body, indent=2, ensure_ascii=False)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    dialog = loaded(qtbot, vault, path)
    assert dialog.stack.currentWidget() is dialog.problems
    rows = [
        (dialog.problems.item(r, 0).text(), dialog.problems.item(r, 1).text())
        for r in range(dialog.problems.rowCount())
    ]
    lines = text.splitlines()
    nope = str(1 + next(i for i, line in enumerate(lines) if '"nope"' in line))
    title = str(1 + next(i for i, line in enumerate(lines) if line.startswith('  "title"')))
    assert rows == [(title, "$.title"), (nope, "$.sections[1].items[0].scale")]
    assert dialog.problems.item(1, 2).text() == "unknown scale 'nope'"
    assert dialog.status.text().startswith("2 problems: correct them in the file")
    assert not dialog.import_button.isEnabled()


def test_a_valid_template_is_previewed_then_imported(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    dialog = loaded(qtbot, vault, EXAMPLE)
    assert dialog.stack.currentWidget() is dialog.preview
    assert "Template fp.example.due-diligence, version" in dialog.summary.text()
    first = dialog.preview.topLevelItem(0)
    assert first.childCount() > 0
    item = first.child(0)
    assert item.data(0, Qt.ItemDataRole.UserRole) == "legal.registered"
    assert first.text(0) == "Legal status"
    assert item.text(0).startswith("Is the organisation legally registered")
    assert item.text(1) == "Checklist"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=15_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    key, version = done.args
    with vault.session() as session:
        stored = find_template(session, key, version)
        assert stored is not None and stored.origin == "imported"
    # Chosen again: already in the vault, unchanged, nothing to import.
    again = loaded(qtbot, vault, EXAMPLE)
    assert again.status.text() == "This version is already in the vault, unchanged."
    assert not again.import_button.isEnabled()
    # The same version with other content is refused before importing.
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["description"] = {lang: "Changed" for lang in body["title"]}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(body), encoding="utf-8")
    conflict = loaded(qtbot, vault, changed)
    assert "needs a new version number" in conflict.status.text()
    assert not conflict.import_button.isEnabled()


def test_file_menu_opens_it_and_it_fits_a_small_screen_right_to_left(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = MainWindow(
            vault, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        window.import_template_action.trigger()
        dialog = window.findChild(TemplateImportDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.width() <= 1366 and dialog.height() <= 768 - 60
        window.lock()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def shown_in_arabic(qtbot: QtBot, vault: Vault, path: Path) -> tuple[str, str]:
    """The first problem's path and its text, with the Arabic catalogue installed."""
    translator = QTranslator()
    # The compiled catalogue `make test` builds first (translations/*.qm).
    assert translator.load(str(ROOT / "translations" / "fieldpartner_ar.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = loaded(qtbot, vault, path)
        return dialog.problems.item(0, 1).text(), dialog.problems.item(0, 2).text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_problem_is_shown_in_the_interface_language(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["sections"][1]["items"][0]["scale"] = "nope"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")
    assert shown_in_arabic(qtbot, vault, path) == (
        "$.sections[1].items[0].scale",
        "مقياس غير معروف 'nope'",
    )


def test_an_expression_problem_is_shown_in_the_interface_language(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    body = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    body["sections"][1]["items"][2]["applies_if"] = {
        "answer": "finance.audit",
        "gte": 3,
        "bogus": 1,
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")
    assert shown_in_arabic(qtbot, vault, path) == (
        "$.sections[1].items[2].applies_if.bogus",
        "مفتاح تعبير غير معروف 'bogus'",
    )
