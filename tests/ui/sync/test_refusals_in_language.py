"""Refusals of sync/ and domain/ shown in the interface's language: a refused bundle in the
import preview, a refused finalising in the assessment view and a refused spreadsheet row
in the partner import, in Arabic and in French (from the catalogues compiled out of
translations/*.ts), with no English sentence left."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from test_sync_page import _import, _settled, _tree_text
from ui_helpers import wait_for_writes

from fieldpartner.domain.assessments import create_assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.problems import Message
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.sync import export_bundle
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.ui.names import kind_labels, tier_labels, vocabulary_labels
from fieldpartner.ui.partners.import_dialog import PartnerImportDialog
from fieldpartner.ui.problems import field_label, problem_text
from fieldpartner.ui.sync.sync_page import SyncPage
from spreadsheet_files import write_xlsx

ROOT = Path(__file__).resolve().parents[3]
WAIT = 15_000
ARABIC_LETTERS = ("\u0600", "\u06ff")
# A few words of each catalogue, written with escapes (no non-English text in sources).
FRENCH = {
    "damaged": "endommag\u00e9",
    "not answered": "sans r\u00e9ponse",
    "country": "Pays",
}


@pytest.fixture(scope="session")
def _catalogues(tmp_path_factory) -> dict[str, Path]:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    folder = tmp_path_factory.mktemp("catalogues")
    made = {}
    for language in ("ar", "fr"):
        made[language] = folder / f"fieldpartner_{language}.qm"
        subprocess.run(
            [
                str(lrelease),
                "-silent",
                str(ROOT / "translations" / f"fieldpartner_{language}.ts"),
                "-qm",
                str(made[language]),
            ],
            check=True,
            timeout=120,
        )
    return made


@pytest.fixture(params=["ar", "fr"])
def language(request, qapp, _catalogues):
    """The interface in Arabic, then in French, as `fieldpartner --language` starts it."""
    translator = QTranslator()
    assert translator.load(str(_catalogues[request.param]))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(request.param))
    if request.param == "ar":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield request.param
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def hq_page(qtbot, sync_world):
    """HQ's Sync page, forgotten before the vaults lock."""
    page = SyncPage(sync_world.hq)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: page.tabs is not None and not page.is_loading, timeout=WAIT)
    _settled(qtbot, page)
    yield page
    page.forget()


def _in_language(text: str, language: str, french_word: str) -> bool:
    if language == "ar":
        return any(ARABIC_LETTERS[0] <= char <= ARABIC_LETTERS[1] for char in text)
    return french_word in text


def test_a_refused_bundle_is_explained_in_the_language(qtbot, hq_page, sync_world, language):
    _hq, device, usb = sync_world
    with device.transaction() as session:
        add_partner(session, name="Field Partner One", country="KE")
    bundle = usb / "damaged.fpbundle"
    export_bundle(device, bundle)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    page = hq_page
    preview = _import(qtbot, page, [bundle])
    why = _tree_text(preview.tree).split("\n")[-1]
    assert "damaged" not in why and "bundle" not in why, why
    assert _in_language(why, language, FRENCH["damaged"]), why
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exchange.dialog is None, timeout=WAIT)


def test_a_refused_finalising_says_what_is_missing_in_the_language(qtbot, vault, language):
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Bar Association")
        assessment = create_assessment(
            session, partner, get_template(session, "fp.due-diligence"), tier="small"
        )
        assessment_id = assessment.id
    page = AssessmentPage(vault)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_record(assessment_id)
    qtbot.waitUntil(lambda: page.view.editor.data is not None, timeout=WAIT)
    editor = page.view.editor
    editor.focus_item("legal.governing_docs")
    qtbot.keyClick(editor.item_widget("legal.governing_docs"), Qt.Key.Key_1)
    qtbot.mouseClick(page.view.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    text = page.view.missing_label.text()
    assert 'href="item:legal.governing_docs"' in text
    # The missing evidence and the unanswered questions, each in the language.
    assert "needs" not in text and "not answered" not in text and "answered" not in text
    assert _in_language(text, language, FRENCH["not answered"]), text


def test_a_refused_spreadsheet_row_is_explained_in_the_language(qtbot, vault, tmp_path, language):
    sheet = write_xlsx(
        tmp_path / "partners.xlsx",
        [["Name", "Country"], ["Legal Aid Centre", "Kenya"], ["Bad Country", "Narnia"]],
    )
    dialog = PartnerImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_file_path = lambda: str(sheet)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() > 0, timeout=WAIT)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._plan is not None, timeout=WAIT)
    assert dialog.refused_table.rowCount() == 1
    reason = dialog.refused_table.item(0, 1).text()
    assert "Narnia" in reason and field_label("country") in reason
    assert "country" not in reason and "is not" not in reason, reason
    assert _in_language(reason, language, FRENCH["country"]), reason


def test_vocabulary_words_in_a_refusal_are_shown_by_their_names(language):
    approve = Message(
        "approve_needs_final",
        "only a final assessment can be approved, not a {status} one",
        status="draft",
    )
    tier = Message(
        "tier_below_project",
        "project {project!r} calls for the {needed} tier; to review it at the {tier} tier, "
        "lower the project's tier and give the reason",
        project="Legal aid",
        needed="large",
        tier="small",
    )
    kind = Message(
        "record_missing",
        "{kind} {record_id} is missing from this vault",
        kind="workshop",
        record_id="r1",
    )
    shown = [problem_text(approve), problem_text(tier), problem_text(kind)]
    lower = QLocale().toLower
    assert lower(vocabulary_labels()["draft"]) in shown[0] and "draft" not in shown[0]
    assert lower(tier_labels()["large"]) in shown[1] and lower(tier_labels()["small"]) in shown[1]
    assert "large" not in shown[1] and "small" not in shown[1]
    assert lower(kind_labels()["workshop"]) in shown[2] and "workshop" not in shown[2]
