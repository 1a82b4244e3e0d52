"""File → Organisation: name and logo chosen in the dialog are stored in the vault."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from fieldpartner.domain.organisation import organisation_logo, organisation_name
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.organisation_dialog import OrganisationDialog
from fieldpartner.vault import Vault


def _png(size: tuple[int, int] = (200, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 20, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def _dialog(qtbot: QtBot, vault: Vault) -> OrganisationDialog:
    dialog = OrganisationDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_name_and_chosen_logo_are_stored(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    png = _png()
    (tmp_path / "logo.png").write_bytes(png)
    dialog = _dialog(qtbot, vault)
    assert dialog.name_edit.text() == ""
    assert dialog.name_edit.placeholderText() == "Test vault"
    assert not dialog.remove_button.isEnabled()
    dialog.ask_logo_path = lambda: str(tmp_path / "logo.png")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.logo == png
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.remove_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Rights Support Network")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(
            dialog.findChild(type(dialog.choose_button), "organisationOk"),
            Qt.MouseButton.LeftButton,
        )
    with vault.session() as session:
        assert organisation_name(session) == "Rights Support Network"
        assert organisation_logo(session) == png
    assert vault.setting("organisation_name") == "Rights Support Network"

    again = _dialog(qtbot, vault)  # shows what is stored; Remove takes the logo away
    assert again.name_edit.text() == "Rights Support Network"
    assert again.logo == png
    qtbot.mouseClick(again.remove_button, Qt.MouseButton.LeftButton)
    assert again.logo_preview.text() == "No logo"
    with qtbot.waitSignal(again.accepted, timeout=5000):
        again.accept()
    with vault.session() as session:
        assert organisation_logo(session) is None
        assert organisation_name(session) == "Rights Support Network"


def test_unsuitable_file_is_refused_and_the_old_logo_kept(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, vault)
    assert dialog.use_logo(_png(), "good.png")
    pdf = tmp_path / "scan.png"
    pdf.write_bytes(b"%PDF-1.7\nnot a picture\n")
    dialog.ask_logo_path = lambda: str(pdf)
    dialog.choose_logo()
    assert "scan.png cannot be the logo" in dialog.status.text()
    assert "not an image" in dialog.status.text()
    assert dialog.logo == _png()
    assert not dialog.use_logo(b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024), "huge.jpg")
    assert "the limit is 2 MB" in dialog.status.text()
    dialog.reject()
    with vault.session() as session:
        assert organisation_logo(session) is None  # Cancel saves nothing


def test_every_control_is_named(qtbot: QtBot, vault: Vault) -> None:
    from ui_helpers import interactive_widgets

    dialog = _dialog(qtbot, vault)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in interactive_widgets(dialog)
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == []
    for label in (dialog.logo_preview, dialog.status):
        assert label.objectName() and label.accessibleName()


def test_file_menu_opens_the_dialog(qtbot: QtBot, vault: Vault) -> None:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    file_actions = [a.objectName() for a in window.findChild(QMenu, "fileMenu").actions()]
    assert file_actions.index("organisationAction") == file_actions.index("settingsAction") + 1
    window.organisation_action.trigger()
    dialog = window.findChild(OrganisationDialog, "organisationDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
