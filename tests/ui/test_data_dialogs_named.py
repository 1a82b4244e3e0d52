"""Every control of the import, passphrase, backup and template dialogs has an object name
(for tests and tools) and an accessible name (for screen readers)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import interactive_widgets

from fieldpartner.ui.assessment.answer_import_dialog import AnswerImportDialog
from fieldpartner.ui.partners.import_dialog import PartnerImportDialog
from fieldpartner.ui.templates.import_dialog import TemplateImportDialog
from fieldpartner.ui.vault.backup_dialog import BackupDialog
from fieldpartner.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from fieldpartner.ui.vault.recovery_unlock_dialog import RecoveryUnlockDialog
from fieldpartner.ui.vault.restore_dialog import RestoreDialog
from fieldpartner.vault import Vault


def test_every_control_is_named(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    dialogs = [
        PartnerImportDialog(vault),
        AnswerImportDialog(vault, "0" * 36),
        TemplateImportDialog(vault),
        BackupDialog(vault),
        ChangePassphraseDialog(vault.path, vault.name),
        RecoveryUnlockDialog(vault.path),
        RestoreDialog(),
    ]
    unnamed = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        unnamed += [
            f"{type(w).__name__} {w.objectName()!r} in {type(dialog).__name__}"
            for w in interactive_widgets(dialog)
            if not w.objectName() or not w.accessibleName()
        ]
    assert unnamed == [], "\n".join(unnamed)
