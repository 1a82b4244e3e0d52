"""Settings in a window on HQ's PostgreSQL database (a real throw-away server,
tests/pg_server.py): the security settings of a vault on this computer (lock after no use,
wipe after wrong passphrases, a duress passphrase) are not offered, saying why; nothing is
written where a vault's folder would be. The preferences still apply."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from fieldpartner.domain.clock import FixedClock
from fieldpartner.sync.org import create_organisation
from fieldpartner.ui.common.preferences import paper_size
from fieldpartner.ui.settings_dialog import SettingsDialog
from fieldpartner.vault.hq import HqDatabase
from fieldpartner.vault.keys import KdfParams

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def hq(hq_url: str, tmp_path: Path):
    made = HqDatabase.make(
        hq_url, PASSPHRASE, name="HQ", kdf=KdfParams(salt=os.urandom(16)), clock=FixedClock()
    )
    create_organisation(made, "Test Org", tmp_path / "org.fporg", tmp_path / "hq-id.txt")
    yield made
    made.lock()


def test_a_vaults_security_settings_are_not_offered_on_hqs_database(
    qtbot, hq: HqDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)  # where a path made of the URL would land, if written
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, vault=hq)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for widget in (dialog.idle_minutes, dialog.wipe_enabled, dialog.wipe_after):
        assert not widget.isEnabled(), widget.objectName()
        assert "HQ's database" in widget.toolTip()
    assert not dialog.duress_enabled.isEnabled()
    assert dialog.hq_security_note.isVisibleTo(dialog)
    assert not dialog.duress_note.isVisibleTo(dialog)

    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and paper_size(settings) == "Letter"
    assert not list(here.iterdir())
