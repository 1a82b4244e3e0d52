"""The results' band label ("Strong capacity", "Significant risk") is said in the
interface's language, and not after the same rating word a second time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot
from ui_helpers import answer_the_rest

from fieldpartner.domain.assessments import create_assessment, finalise, get_assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.ui.assessment.loading import load_results
from fieldpartner.ui.assessment.results_view import ResultsView
from fieldpartner.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


def _final_capacity(vault: Vault) -> str:
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Centre for Legal Aid", country="KE")
        template = get_template(session, "fp.capacity")
        assessment_id = create_assessment(session, partner, template).id
    answer_the_rest(vault, assessment_id)
    with vault.transaction() as session:
        finalise(session, get_assessment(session, assessment_id))
    return assessment_id


def _shown(qtbot: QtBot, vault: Vault, assessment_id: str, language: str) -> tuple[str, str]:
    translator = QTranslator()
    if language != "en":
        # The compiled catalogue `make test` builds first (translations/*.qm).
        assert translator.load(str(ROOT / "translations" / f"fieldpartner_{language}.qm"))
        QCoreApplication.installTranslator(translator)
    try:
        data = load_results(vault, assessment_id, language)
        view = ResultsView()
        qtbot.addWidget(view)
        view.show_results(data)
        return view.overall_label.text(), data.results.overall.label or ""
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_band_label_is_in_the_interface_language(qtbot: QtBot, vault: Vault) -> None:
    assessment_id = _final_capacity(vault)
    text, stored = _shown(qtbot, vault, assessment_id, "ar")
    assert stored  # the results carry the band's label, in the template's first language
    arabic = load_results(vault, assessment_id, "ar").band_labels[stored]
    assert arabic != stored and stored not in text
    assert text.count(arabic) == 1, text  # the rating's word, not repeated as the band's


def test_the_rating_word_is_not_said_twice(qtbot: QtBot, vault: Vault) -> None:
    text, stored = _shown(qtbot, vault, _final_capacity(vault), "en")
    assert stored and text.count(stored) == 1, text
