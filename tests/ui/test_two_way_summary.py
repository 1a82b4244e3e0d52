"""Assessments → Two-way summary: partners' views of the organisation, only combined."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from ui_helpers import interactive_widgets, wait_for_writes

from fieldpartner.domain.templates import ensure_builtin_templates
from fieldpartner.domain.two_way import anonymity_threshold
from fieldpartner.ui.assessment.page import AssessmentPage
from fieldpartner.ui.assessment.two_way_dialog import TwoWaySummaryDialog
from two_way_answers import answered_by

LEVELS = (4, 1, 3)  # three partners; every statement of each at its level


@pytest.fixture(autouse=True)
def _english_numbers():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def three_answered(vault):
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        for number, level in enumerate(LEVELS, start=1):
            answered_by(session, f"Partner {number}", level, date(2026, 3, number))
    return vault


def cells(dialog: TwoWaySummaryDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def opened(qtbot, vault) -> TwoWaySummaryDialog:
    dialog = TwoWaySummaryDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.combined is not None, timeout=15_000)
    return dialog


def test_below_the_threshold_every_figure_is_withheld(qtbot, three_answered):
    dialog = opened(qtbot, three_answered)
    assert "fewer than 5 partners answered (3 did)" in dialog.status_label.text()
    rows = cells(dialog)
    assert rows[-1][0] == "Overall"
    for _title, mean, _answered in rows:
        assert mean == "withheld: fewer than 5 partners answered"
    assert not any("Partner " in text for row in rows for text in row)
    assert dialog.threshold.value() == 5
    assert dialog.threshold.minimum() == 2
    for widget in interactive_widgets(dialog):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_saving_a_threshold_the_partners_meet_shows_the_means(qtbot, three_answered):
    dialog = opened(qtbot, three_answered)
    first = dialog.combined
    dialog.threshold.setValue(3)
    qtbot.mouseClick(dialog.save_threshold, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, three_answered)
    qtbot.waitUntil(lambda: dialog.combined is not first, timeout=15_000)
    with three_answered.session() as session:
        assert anonymity_threshold(session) == 3
    assert dialog.status_label.text() == "Partners who answered: 3 (at least 3 needed)."
    rows = cells(dialog)
    # Each partner's section scores are its level: (4 + 1 + 3) / 3 = 2.67.
    assert rows[-1] == ["Overall", "2.67", "3"]
    scored = [row for row in rows if row[2] != "0"]
    assert len(scored) > 1 and all(row[1:] == ["2.67", "3"] for row in scored)
    assert not any("Partner " in text for row in rows for text in row)


def test_the_assessments_page_opens_the_summary_right_to_left(qtbot, three_answered):
    page = AssessmentPage(three_answered)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.two_way_button, Qt.MouseButton.LeftButton)
    dialog = page.two_way_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.combined is not None and dialog.isVisible(), timeout=15_000)
    assert dialog.combined.partners == 3
    assert dialog.threshold.x() < dialog.save_threshold.x()
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    # Mirrored: the Save button sits left of the number it saves.
    qtbot.waitUntil(lambda: dialog.save_threshold.x() < dialog.threshold.x(), timeout=5_000)
    page.forget()
    assert page.two_way_dialog is None
