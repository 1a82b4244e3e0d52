"""File → Import partners: mapping, a dry run listing refused rows, all or nothing, the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import wait_for_writes

from fieldpartner.domain.partners import contacts_of, find_partner, list_partners
from fieldpartner.ui.partners.import_dialog import PartnerImportDialog
from fieldpartner.vault import Vault
from spreadsheet_files import write_xlsx as xlsx

BAD_SHEET = [
    ["Nom de l'organisation", "Pays", "Contact", "Courriel", "Budget"],
    ["Legal Aid Centre", "Kenya", "Amina Yusuf", "amina@lac.example", 1200],
    ["Bad Country", "Narnia", "", "", 5],
]


def loaded_dialog(qtbot: QtBot, vault: Vault, path: Path) -> PartnerImportDialog:
    dialog = PartnerImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_file_path = lambda: str(path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() > 0, timeout=10_000)
    return dialog


def check(qtbot: QtBot, dialog: PartnerImportDialog) -> None:
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._plan is not None, timeout=10_000)


def test_refused_rows_are_listed_and_nothing_can_be_imported(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    dialog = loaded_dialog(qtbot, vault, xlsx(tmp_path / "p.xlsx", BAD_SHEET))
    # French headers matched; the budget column is left out.
    assert dialog.mapping() == {0: "name", 1: "country", 2: "contact_name", 3: "contact_email"}
    assert dialog.field_combo(4).currentText() == "(not imported)"
    assert not dialog.import_button.isEnabled()
    check(qtbot, dialog)
    assert dialog.refused_table.rowCount() == 1
    assert dialog.refused_table.item(0, 0).text() == "3"
    # Each reason names the field by its label and says the problem in the language.
    assert (
        dialog.refused_table.item(0, 1).text()
        == "Country: Narnia is not a country code (such as KE, SD or CO)"
    )
    assert "1 of 2 rows refused" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    with vault.session() as session:
        assert list_partners(session) == []


def test_a_checked_file_is_imported_and_the_result_shown(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    good = [row for row in BAD_SHEET if row[0] != "Bad Country"]
    dialog = loaded_dialog(qtbot, vault, xlsx(tmp_path / "p.xlsx", good))
    check(qtbot, dialog)
    assert "1 new partners and 1 contacts will be imported" in dialog.status.text()
    assert dialog.import_button.isEnabled()
    # Changing a column's field asks for a new check before importing.
    dialog.field_combo(3).setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    check(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, vault)
    assert dialog.status.text() == "Imported 1 new partners and 1 contacts."
    assert not dialog.import_button.isEnabled()
    with vault.session() as session:
        partner = find_partner(session, "Legal Aid Centre")
        assert partner.country == "KE"
        contacts = contacts_of(session, partner)
        assert [(c.name, c.channels) for c in contacts] == [("Amina Yusuf", [])]


def test_no_name_column_is_said_before_checking(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    dialog = loaded_dialog(qtbot, vault, xlsx(tmp_path / "p.xlsx", BAD_SHEET))
    dialog.field_combo(0).setCurrentIndex(0)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Cannot check: No column is mapped to the partner\u2019s name."


def test_unreadable_file_is_named(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "p.csv").write_bytes("Name\nAsociaci\u00f3n\n".encode("cp1252"))
    dialog = PartnerImportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "p.csv")
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.status.text(), timeout=10_000)
    assert "save it again as \u201cCSV UTF-8\u201d" in dialog.status.text()
    assert not dialog.check_button.isEnabled()


def test_dialog_fits_a_small_laptop_screen_right_to_left(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = loaded_dialog(qtbot, vault, xlsx(tmp_path / "p.xlsx", BAD_SHEET))
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        assert hint.width() <= 1366 and hint.height() <= 768 - 60
        assert dialog.width() <= 1366 and dialog.height() <= 768 - 60
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
