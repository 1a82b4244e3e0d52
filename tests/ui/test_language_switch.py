"""Switching the language while the vault is open: the window is rebuilt in the new
language at once, on the same partner, and what was being typed is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from ui_helpers import wait_for_writes

from fieldpartner.app import AppShell
from fieldpartner.domain.partners import add_partner, get_partner
from fieldpartner.ui.common.preferences import LANGUAGE_KEY

ROOT = Path(__file__).resolve().parents[2]
TYPED = "Legal aid in places of detention"


def test_language_switch_keeps_the_place_and_the_typed_text(qtbot, vault, tmp_path, catalogues):
    with vault.transaction() as session:
        partner_id = add_partner(session, name="Legal Aid Network").id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings)
    shell.show_main(vault)
    window = shell.main_window
    qtbot.addWidget(window)
    window._navigate("partner", partner_id)
    mandate = window.pages.currentWidget().profile.fields["mandate"]
    mandate.setPlainText(TYPED)  # typed, the field not left yet

    try:
        settings.setValue(LANGUAGE_KEY, "fr")
        window.apply_settings()  # what Settings → OK does
        french = shell.main_window
        assert french is not None and french is not window
        qtbot.addWidget(french)
        assert not vault.is_locked
        assert french.menuBar().actions()[0].text() == "&Fichier"
        page = french.pages.currentWidget()
        assert page.key == "partner" and page.partner_id == partner_id
        wait_for_writes(qtbot, vault)
        with vault.session() as session:
            assert get_partner(session, partner_id).mandate == TYPED
        assert page.profile.fields["mandate"].toPlainText() == TYPED

        settings.setValue(LANGUAGE_KEY, "ar")
        french.apply_settings()
        arabic = shell.main_window
        qtbot.addWidget(arabic)
        assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().language() == QLocale.Language.Arabic
    finally:
        settings.setValue(LANGUAGE_KEY, "en")
        if shell.main_window is not None:
            shell.main_window.apply_settings()
        shell.shutdown()
    assert QLocale().language() == QLocale.Language.English
