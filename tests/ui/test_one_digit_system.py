"""One digit system in a window: in Arabic, counts (Qt's plural ``%n``), dates, figures and
the lock countdown are all written in the interface locale's digits (Arabic-Indic), never a
mix of those and Latin digits."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QStyledItemDelegate,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from fieldpartner.domain.actions import add_action
from fieldpartner.domain.assessments import create_assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.domain.workshops import add_workshop
from fieldpartner.ui.language import switch_language
from fieldpartner.ui.main_window import MainWindow
from spreadsheet_files import write_xlsx

WAIT = 15_000
LATIN = re.compile("[0-9]+")
ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]+")
# How a view writes a value its own delegate leaves to Qt (numbers in the view's locale).
STANDARD_DELEGATE = QStyledItemDelegate()


def _cells(view: QAbstractItemView) -> list[str]:
    """Every header and cell as the view draws it (its delegate writes numbers)."""
    model = view.model()
    if model is None or isinstance(view, QHeaderView):
        return []
    texts = []
    columns = model.columnCount(QModelIndex())
    header = view.header() if isinstance(view, QTreeView) else None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    if header is not None and not header.isHidden():
        for column in range(columns):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                value = index.data()
                if value is not None:
                    delegate = view.itemDelegateForIndex(index)
                    if not isinstance(delegate, QStyledItemDelegate):
                        delegate = STANDARD_DELEGATE
                    texts.append(delegate.displayText(value, view.locale()))
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return texts


def interface_texts(root: QWidget) -> dict[str, str]:
    """What the window writes itself (not what a user typed): labels, buttons, titles, tab
    names, progress text, every cell and header of every list, named by where it is."""
    found: dict[str, str] = {"window title": root.windowTitle()}
    for widget in root.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            texts.append(widget.text())
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(_cells(widget))
        for number, text in enumerate(t for t in texts if t):
            found[f"{where} #{number}"] = text
    return found


def settle(qtbot) -> None:
    """Wait until reads started by showing a page have run and delivered."""
    pool = QThreadPool.globalInstance()
    for _ in range(3):  # a delivered read may start the next one (a page of rows)
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=WAIT)
        QApplication.processEvents()


@pytest.fixture
def arabic(catalogues):
    app = QCoreApplication.instance()
    installed = switch_language(app, "ar", [])
    yield
    switch_language(app, "en", installed)


@pytest.fixture
def populated(vault):
    """Records whose own text holds no digit, so every digit shown is the window's."""
    today = vault.clock.now().date()
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partners = [
            add_partner(session, name=name, country="JO")
            for name in ("Legal Aid Network", "Women's Rights Forum", "Detention Monitors")
        ]
        assessment = create_assessment(
            session,
            partners[0],
            get_template(session, "fp.capacity"),
            assessed_on=date(2026, 3, 12),
        )
        for days in (-40, 12):
            add_action(
                session,
                partner=partners[0],
                assessment=assessment,
                title="Write the safeguarding policy",
                owner="Amal",
                due_date=today + timedelta(days=days),
            )
        workshop = add_workshop(
            session,
            title="Documentation workshop",
            start_date=date(2026, 5, 4),
            end_date=date(2026, 5, 6),
        )
    return vault, partners[0].id, assessment.id, workshop.id


def test_an_arabic_window_writes_every_number_in_one_digit_system(
    qtbot, populated, arabic, tmp_path
):
    vault, partner_id, assessment_id, workshop_id = populated
    assert QLocale().zeroDigit() == "\u0660"  # the dates' digits: Arabic-Indic
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(vault, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.build_all_pages()
    qtbot.waitUntil(lambda: not window.partner_model.is_loading, timeout=WAIT)
    shown: dict[str, str] = {}
    for key, record in (
        ("partners", ""),
        ("plan", ""),
        ("upcoming", ""),
        ("workshops", workshop_id),
        ("assessment", assessment_id),
        ("partner", partner_id),
    ):
        window._navigate(key, record)
        settle(qtbot)
        shown.update({f"{key}: {where}": text for where, text in interface_texts(window).items()})
    # A dialog's counts too: the spreadsheet import's check, with a refused row.
    sheet = write_xlsx(
        tmp_path / "partners.xlsx",
        [["Organisation", "Country"], ["Legal Aid Forum", "Kenya"], ["Rights Watch", "Narnia"]],
    )
    dialog = window.show_partner_import()
    dialog.ask_file_path = lambda: str(sheet)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() > 0, timeout=WAIT)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog._plan is not None, timeout=WAIT)
    texts = interface_texts(dialog)
    texts.pop("QLineEdit 'importFile' #0", None)  # the file's path, not a number shown
    shown.update(
        {
            f"import: {where}": text
            for where, text in texts.items()
            if "ISO 3166-1" not in text  # a standard's name in a refusal, not a count
        }
    )

    latin = {where: text for where, text in shown.items() if LATIN.search(text)}
    arabic_indic = {where: text for where, text in shown.items() if ARABIC_INDIC.search(text)}
    assert arabic_indic, "no number shown at all: the window was not populated"
    assert any("\u0660" <= c <= "\u0669" for c in window.count_label.text())  # %n partner(s)
    assert latin == {}, f"Latin digits beside Arabic-Indic ones: {latin}"
