"""A refused finalise lists the questions to complete as links, a few of them: a list of
every question of a blank assessment made the window taller than a laptop screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldpartner.domain.assessments import create_assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.ui.assessment.view import MISSING_LINKS

WAIT = 15_000


def test_a_refusal_of_many_questions_keeps_the_window_on_a_laptop_screen(qtbot, vault):
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Legal Aid Network")
        blank = create_assessment(session, partner, get_template(session, "fp.capacity")).id
    page = AssessmentPage(vault)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.show_record(blank)
    view = page.view
    qtbot.waitUntil(lambda: view.editor.data is not None, timeout=WAIT)
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.missing_label.isVisible, timeout=WAIT)
    text = view.missing_label.text()
    assert "41 question(s) to complete" in text
    assert text.count("<a href=") == MISSING_LINKS
    # The page, 600 high, keeps room for the questions: it does not grow to list 41 lines.
    qtbot.waitUntil(lambda: view.missing_label.height() > 0, timeout=WAIT)
    assert page.height() == 600
    assert view.editor.height() > 150
