"""The main window over an unlocked vault: list, search, lazy loading and locking."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMenu, QStyledItemDelegate, QTreeWidget

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import bulk_create
from fieldpartner.ui.about_dialog import AboutDialog
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.partners.partner_model import PAGE_SIZE
from fieldpartner.ui.shortcuts_dialog import ShortcutsDialog

ARABIC_NAME = (
    "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"  # "Justice Centre"
)
ARABIC_QUERY = "\u0645\u0631\u0643\u0632"


def _add_partners(vault) -> None:
    with vault.transaction() as session:
        add_partner(session, name="Legal Aid Network", acronym="LAN", country="KE")
        add_partner(session, name=ARABIC_NAME, acronym="JC", country="JO")
        add_partner(session, name="Women's Rights Forum", acronym="WRF", country="NP")


def _names(window: MainWindow) -> list[str]:
    model = window.partner_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _window(qtbot, vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    # The list's first page is read in the background once the window is built.
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=5000)
    return window


def test_table_lists_the_partners_of_the_vault(qtbot, vault):
    _add_partners(vault)
    window = _window(qtbot, vault)
    table = window.findChild(type(window.partner_table), "partnerTable")
    assert table.model().rowCount() == 3
    assert "Legal Aid Network" in _names(window)
    assert window.count_label.text() == "3 partner(s)"
    assert "Test vault" in window.vault_label.text()


def test_left_to_right_lists_paint_with_qts_own_delegate(qtbot, vault):
    # The right-to-left delegate is a call into Python for each cell painted; a
    # left-to-right window has no use for it (test_walkthrough_findings checks Arabic).
    window = _window(qtbot, vault)
    window.build_all_pages()
    views = [window.partner_table, *window.page("partner").findChildren(QTreeWidget)]
    assert len(views) > 5
    assert {type(view.itemDelegate()) for view in views} == {QStyledItemDelegate}


def test_typing_in_the_search_filters_the_list(qtbot, vault):
    _add_partners(vault)
    window = _window(qtbot, vault)
    # QTest can only type ASCII keys; insert() edits the field as typing would.
    window.search.insert(ARABIC_QUERY)
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 1, timeout=3000)
    assert _names(window) == [ARABIC_NAME]
    assert window.count_label.text() == "1 partner(s) found"

    window.search.clear()
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 3, timeout=3000)


def test_lock_empties_the_window_and_locks_the_vault(qtbot, vault):
    _add_partners(vault)
    window = _window(qtbot, vault)
    qtbot.keyClicks(window.search, "Legal")
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 1, timeout=3000)

    with qtbot.waitSignal(window.locked, timeout=3000) as locked:
        window.lock_action.trigger()
    assert locked.args == [vault.path]
    assert vault.is_locked
    assert window.partner_model.rowCount() == 0
    assert window.search.text() == ""
    assert not window.search.isUndoAvailable()  # Ctrl+Z cannot bring the search back
    assert window.count_label.text() == ""
    assert window.vault_label.text() == ""
    assert not window.isVisible()


def test_lock_shortcut_is_ctrl_l(qtbot, vault):
    window = _window(qtbot, vault)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_closing_the_window_locks_the_vault(qtbot, vault):
    window = _window(qtbot, vault)
    window.close()
    assert vault.is_locked


def test_scrolling_loads_more_than_one_page(qtbot, vault):
    rows = [{"id": uuid7(), "name": f"Partner {i:04d}"} for i in range(450)]
    with vault.transaction() as session:
        bulk_create(session, Partner, rows, vault.record_context())
    window = _window(qtbot, vault)
    model = window.partner_model
    assert model.rowCount() == PAGE_SIZE
    assert window.count_label.text() == "450 partner(s)"
    # Scrolling to the end makes the view ask the model for the next page.
    for _ in range(10):
        if model.rowCount() == 450:
            break
        window.partner_table.scrollToBottom()
        qtbot.wait(20)
    assert model.rowCount() == 450
    assert model.index(449, 0).data() == "Partner 0449"


def test_about_dialog_names_the_versions(qtbot, vault):
    window = _window(qtbot, vault)
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QLabel, "aboutVersions").text()
    assert "PySide6" in text and "Qt" in text and "Python" in text
    assert "SQLCipher 4." in text
    licences = dialog.findChild(QLabel, "aboutLicences").text()
    for line in ("PySide6: LGPL-3.0", "SQLAlchemy: MIT", "pycountry: LGPL-2.1", "pyrage: MIT"):
        assert line in licences
    dialog.close()


def test_menus_and_the_shortcut_list(qtbot, vault):
    window = _window(qtbot, vault)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Help"]
    file_actions = [a.objectName() for a in window.findChild(QMenu, "fileMenu").actions()]
    for name in ("lockAction", "wipeAction", "settingsAction", "quitAction"):
        assert name in file_actions
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    rows = {
        dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i).text(1)
        for i in range(dialog.table.topLevelItemCount())
    }
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Undo"] == "Ctrl+Z"
    assert all(label for label in rows)
    dialog.close()


def test_every_interactive_widget_is_named(qtbot, vault):
    window = _window(qtbot, vault)
    for widget in (window.search, window.partner_table, window.navigation):
        assert widget.objectName()
        assert widget.accessibleName()
    assert window.navigation.item(0).text() == "Partners"


def test_pages_after_the_partner_list_are_built_in_later_turns(qtbot, vault):
    from fieldpartner.ui.main_window import page_classes

    window = MainWindow(vault)
    qtbot.addWidget(window)
    keys = [cls.key for cls in page_classes()]
    # Only the partner list is built with the window...
    assert [page.key for page in window.page_list] == ["partners"]
    assert window.navigation.count() == 1
    # ...the others follow, one per turn of the event loop, in navigation order.
    qtbot.waitUntil(lambda: len(window.page_list) == len(keys), timeout=5000)
    assert [page.key for page in window.page_list] == keys
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [page.title() for page in window.navigation_pages]
    assert window.navigation.currentRow() == 0


def test_asking_for_a_page_builds_it_and_those_before_it_at_once(qtbot, vault):
    from fieldpartner.ui.main_window import page_classes

    window = MainWindow(vault)
    qtbot.addWidget(window)
    keys = [cls.key for cls in page_classes()]
    plan = window.page("plan")
    assert plan.key == "plan"
    assert [page.key for page in window.page_list] == keys[: keys.index("plan") + 1]
    window._navigate("upcoming", "")
    assert window.pages.currentWidget() is window.page("upcoming")
    assert window.navigation.currentItem().text() == window.page("upcoming").title()
    try:
        window.page("no such page")
    except KeyError:
        pass
    else:
        raise AssertionError("an unknown page key must raise KeyError")


def test_no_page_is_built_after_the_vault_is_locked(qtbot, vault):
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.lock()
    qtbot.wait(50)
    assert [page.key for page in window.page_list] == ["partners"]


def test_other_pages_are_built_once_the_partner_list_is_shown(qtbot, vault):
    _add_partners(vault)
    window = MainWindow(vault)
    qtbot.addWidget(window)
    built_when_shown: list[int] = []
    window.partner_model.reloaded.connect(lambda: built_when_shown.append(len(window.page_list)))
    window.show()
    assert len(window.page_list) == 1  # the window's first turn builds the list alone
    qtbot.waitUntil(lambda: len(window.page_list) == len(window._page_classes), timeout=5000)
    # No page was built while the list's first page was read.
    assert built_when_shown[0] == 1
    assert window.partner_model.rowCount() == 3
