"""Help: the offline guide in the four languages, a first-run hint, Ctrl+F from anywhere."""

from __future__ import annotations

import pytest

from fieldpartner.domain.partners import add_partner
from fieldpartner.ui.guide_dialog import GUIDE_LANGUAGES, GuideDialog, guide_html
from fieldpartner.ui.main_window import MainWindow

WAIT = 15_000


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_the_guide_exists_in_each_language_and_names_the_shortcuts(language):
    html = guide_html(language)
    assert "Ctrl+F" in html and "Ctrl+L" in html
    assert html.count("<h3>") == 6  # the same six steps in every language
    assert ('dir="rtl"' in html) == (language == "ar")


def _window(qtbot, vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)
    return window


def test_help_guide_opens_from_the_menu(qtbot, vault):
    window = _window(qtbot, vault)
    window.guide_action.trigger()
    dialog = window.findChild(GuideDialog, "guideDialog")
    assert dialog is not None and dialog.isVisible()
    assert "first steps" in dialog.text.toPlainText()


def test_an_empty_vault_shows_where_to_start_until_the_first_partner(qtbot, vault):
    window = _window(qtbot, vault)
    hint = window.partner_page.first_run_hint
    qtbot.waitUntil(hint.isVisible, timeout=WAIT)
    assert "Add partner" in hint.text()
    with vault.transaction() as session:
        add_partner(session, name="Legal Aid Network")
    window.partner_model.reload()
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 1, timeout=WAIT)
    assert not hint.isVisible()


def test_ctrl_f_searches_from_any_page(qtbot, vault):
    window = _window(qtbot, vault)
    window.build_all_pages()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    # A page with its own search: that search gets the focus.
    window._navigate("workshops", "")
    window.find_action.trigger()
    assert window.pages.currentWidget().key == "workshops"
    assert window.focusWidget() is window.page("workshops").search
    # A page without one (Upcoming): the partner search.
    window._navigate("upcoming", "")
    window.find_action.trigger()
    assert window.pages.currentWidget() is window.partner_page
    assert window.focusWidget() is window.search
    assert window.navigation.currentRow() == 0
    assert window.search.hasFocus() or window.focusWidget() is window.search
