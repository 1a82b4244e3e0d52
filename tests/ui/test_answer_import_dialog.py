"""Assessment → Import answers: refused rows named before anything is saved, then all the
answers at once, shown in the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import wait_for_writes

from fieldpartner.domain.assessments import answer_states, create_assessment, get_assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.ui.assessment.answer_import_dialog import AnswerImportDialog
from fieldpartner.ui.assessment.view import AssessmentView
from fieldpartner.vault import Vault
from spreadsheet_files import write_xlsx

WAIT = 15_000


def draft(vault: Vault) -> str:
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Legal Aid Centre")
        template = get_template(session, "fp.due-diligence")
        return create_assessment(session, partner, template, tier="medium").id


def opened_view(qtbot: QtBot, vault: Vault, assessment_id: str) -> AssessmentView:
    view = AssessmentView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.open(vault, assessment_id)
    qtbot.waitUntil(lambda: view.editor.data is not None, timeout=WAIT)
    return view


def test_refused_rows_first_then_every_answer_at_once(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    assessment_id = draft(vault)
    view = opened_view(qtbot, vault, assessment_id)
    assert view.import_answers_button.isVisible()
    dialog = view.ask_import_answers()
    assert isinstance(dialog, AnswerImportDialog)
    bad = write_xlsx(
        tmp_path / "answers.xlsx",
        [
            ["Identifiant", "R\u00e9ponse", "Note"],
            ["legal.governing_docs", "yes", "Statutes seen"],
            ["legal.nowhere", "yes", ""],
            ["legal.mandate", "maybe", ""],
        ],
    )
    dialog.ask_file_path = lambda: str(bad)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._check is not None, timeout=WAIT)
    refused = [dialog.refused.item(i).text() for i in range(dialog.refused.count())]
    assert len(refused) == 2
    assert refused[0] == "row 3 (legal.nowhere): unknown item id 'legal.nowhere'"
    assert refused[1].startswith("row 4 (legal.mandate):")
    assert not dialog.import_button.isEnabled()
    with vault.session() as session:  # the check saved nothing
        assert answer_states(session, get_assessment(session, assessment_id)) == {}

    good = write_xlsx(
        tmp_path / "good.xlsx",
        [
            ["Item ID", "Answer", "Note"],
            ["legal.governing_docs", "yes", "Statutes seen"],
            ["legal.mandate", "no", ""],
        ],
    )
    dialog.check(good)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT)
    assert dialog.status.text() == (
        "Every row passed: 2 answers will be saved (0 of them replace answers already given)."
    )
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert dialog.status.text() == "2 answers saved."
    # The editor shows the imported answers.
    qtbot.waitUntil(
        lambda: view.editor.data is not None and "legal.mandate" in view.editor.data.states,
        timeout=WAIT,
    )
    assert view.editor.data.states["legal.governing_docs"].value == "yes"
    assert view.editor.data.states["legal.mandate"].value == "no"
