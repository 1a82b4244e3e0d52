"""Fixtures for the interface tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from ui_helpers import PASSPHRASE

from fieldpartner.domain.clock import FixedClock
from fieldpartner.ui.operations import close_writer
from fieldpartner.vault import Vault


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
