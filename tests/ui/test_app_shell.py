"""The application shell: start dialog → main window → lock → start dialog; and smoke runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from fieldpartner.app import DEMO_PASSPHRASE, AppShell, parse_args
from fieldpartner.domain.partners import count_partners
from fieldpartner.vault import Vault


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


def _run_app(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldpartner.app", *args],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_lock_returns_to_the_start_dialog_on_the_same_vault(qtbot, tmp_path, vault):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings)
    shell.show_main(vault)
    window = shell.main_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)

    window.lock_action.trigger()
    assert vault.is_locked
    dialog = shell.start_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.vault_path.text() == str(vault.path)
    assert shell.main_window is None
    shell.shutdown()


def test_shutdown_locks_the_open_vault(qtbot, tmp_path, vault):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings)
    shell.show_main(vault)
    qtbot.addWidget(shell.main_window)
    shell.shutdown()
    assert vault.is_locked


def test_command_line_options():
    args = parse_args(["--vault", "/tmp/Field.fpvault", "--quit-after", "2.5"])
    assert args.vault == Path("/tmp/Field.fpvault") and args.quit_after == 2.5
    assert parse_args(["--demo"]).demo


def test_app_starts_and_quits_cleanly(tmp_path):
    result = _run_app(tmp_path, "--vault", str(tmp_path / "Field.fpvault"), "--quit-after", "1")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_demo_opens_and_quits_cleanly_twice(tmp_path):
    demo = tmp_path / ".local" / "share" / "FieldPartner" / "FieldPartner" / "Demo.fpvault"
    first = _run_app(tmp_path, "--demo", "--quit-after", "3")
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    if (demo / "vault.json").is_file():
        with Vault.unlock(demo, DEMO_PASSPHRASE) as vault, vault.session() as session:
            assert count_partners(session) > 0
    else:
        # On a slow machine quitting may cancel the creation: nothing is left behind.
        assert not demo.exists()
    # A second run opens the demo vault made by the first, or makes it again.
    second = _run_app(tmp_path, "--demo", "--quit-after", "3")
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
