"""A look that helps: icons for the navigation and a toolbar, marks for draft, final and
overdue, all drawn from SVG so they are sharp at any device pixel ratio."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar
from ui_helpers import answer_the_rest_in

from fieldpartner.domain.actions import add_action
from fieldpartner.domain.assessments import create_assessment, finalise
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.resources import resource_path
from fieldpartner.ui.assessment.list_model import STATUS_COLUMN, AssessmentTableModel
from fieldpartner.ui.common.icons import SECTION_ICONS, STATUS_ICONS, icon
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.plan.action_model import ActionTableModel

WAIT = 15_000


def test_every_icon_is_an_svg_with_its_licence_and_sharp_at_twice_the_pixels(qapp):
    assert "CC0" in resource_path("icons", "LICENSE.txt").read_text(encoding="utf-8")
    for name in [*SECTION_ICONS.values(), *STATUS_ICONS.values(), "find", "lock", "guide"]:
        pixmap = icon(name).pixmap(QSize(22, 22), 2.0)
        assert pixmap.size() == QSize(44, 44) and pixmap.devicePixelRatio() == 2.0, name
        image = pixmap.toImage()
        drawn = {image.pixel(x, y) for x in range(0, 44, 2) for y in range(0, 44, 2)}
        assert len(drawn) > 2, name  # not an empty or one-colour square


def test_navigation_and_toolbar_show_each_section_with_its_icon(qtbot, vault):
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.build_all_pages()
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).icon().isNull()
    toolbar = window.findChild(QToolBar, "mainToolBar")
    names = [a.objectName() for a in toolbar.actions() if a.objectName()]
    assert names[:6] == [f"{key}SectionAction" for key in SECTION_ICONS]
    assert "findAction" in names and "lockAction" in names
    plan = window.findChild(QAction, "planSectionAction")
    plan.trigger()
    assert window.pages.currentWidget().key == "plan"
    assert plan.isChecked()
    assert window.navigation.currentRow() == window.navigation_pages.index(window.page("plan"))


def test_draft_final_and_overdue_carry_a_mark(qtbot, vault):
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(session, name="Legal Aid Network")
        template = get_template(session, "fp.due-diligence")
        create_assessment(session, partner, template, tier="small")
        final = create_assessment(session, partner, template, tier="small")
        answer_the_rest_in(session, final)
        finalise(session, final)
        add_action(session, partner=partner, title="Audit", due_date=date(2020, 1, 1))
    assessments = AssessmentTableModel(vault)
    assessments.reload()
    qtbot.waitUntil(lambda: assessments.rowCount() == 2, timeout=WAIT)
    marks = {
        assessments.index(row, STATUS_COLUMN).data(): assessments.index(row, STATUS_COLUMN).data(
            Qt.ItemDataRole.DecorationRole
        )
        for row in range(2)
    }
    assert set(marks) == {"Draft", "Final"}
    assert marks["Draft"].cacheKey() != marks["Final"].cacheKey()

    actions = ActionTableModel(vault)
    actions.reload()
    qtbot.waitUntil(lambda: actions.rowCount() == 1, timeout=WAIT)
    due = actions.COLUMNS.index("due")
    assert actions.index(0, due).data(Qt.ItemDataRole.DecorationRole) is not None
