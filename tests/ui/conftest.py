"""Fixtures for the interface tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from ui_helpers import PASSPHRASE

from fieldpartner.domain.clock import FixedClock
from fieldpartner.ui import language as language_module
from fieldpartner.ui.operations import close_writer
from fieldpartner.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(vault_path: Path, clock: FixedClock) -> Iterator[Vault]:
    """An unlocked copy of the test vault, locked as the window locks one: queued changes
    land and background reads end before the connections close (a model made by a test
    has no window to make it forget, and a read still running when the vault locked
    crashed the process)."""
    opened = Vault.unlock(vault_path, PASSPHRASE, clock=clock)
    yield opened
    close_writer(opened)
    QThreadPool.globalInstance().waitForDone(30_000)
    opened.lock()


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path) -> None:
    """Each test's QSettings() in a folder of its own: Qt finds the settings folder once
    per process, so a window's remembered layout would otherwise reach the next test."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(scope="session")
def _compiled_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """translations/*.ts compiled as make compiles them, once per test session."""
    folder = tmp_path_factory.mktemp("catalogues")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for code in ("fr", "es", "ar"):
        source = ROOT / "translations" / f"fieldpartner_{code}.ts"
        target = folder / f"fieldpartner_{code}.qm"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@pytest.fixture
def catalogues(_compiled_catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Languages switched in this test use the catalogues compiled from this tree's sources."""
    monkeypatch.setattr(
        language_module,
        "translation_file",
        lambda code: _compiled_catalogues / f"fieldpartner_{code}.qm",
    )
    return _compiled_catalogues
