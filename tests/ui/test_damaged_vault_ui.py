"""A damaged vault.db is shown in the start dialog as one plain line, not a crash or a
"wrong passphrase"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from ui_helpers import PASSPHRASE, floor_kdf

from fieldpartner.ui.start_dialog import StartDialog


def test_a_damaged_database_is_named_in_one_line_when_unlocking(
    qtbot, tmp_path: Path, vault_path: Path
) -> None:
    db = vault_path / "vault.db"
    data = bytearray(db.read_bytes())
    data[1000] ^= 0x01  # inside page 1, which every unlock reads
    db.write_bytes(bytes(data))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = StartDialog(settings, kdf=floor_kdf, vault_path=vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.unlock_feedback.isVisible(), timeout=15000)
    assert dialog.vault is None
    assert dialog.unlock_feedback.text() == (
        "vault.db is damaged (file is not a database); restore the vault from a copy"
    )
