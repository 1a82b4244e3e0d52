"""Shared fixtures. Qt runs offscreen; nothing touches the user's real home folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pg_server import PgServer
from pg_server import start as start_pg_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldpartner.domain.clock import FixedClock
from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams

PASSPHRASE = "correct horse battery staple"


def floor_kdf() -> KdfParams:
    """The floor parameters of DESIGN.md: fast enough for tests, never weaker than a vault's."""
    return KdfParams(salt=os.urandom(16))


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME and the XDG folders at a tmp dir so no test reads or writes the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    monkeypatch.delenv("FIELDPARTNER_PASSPHRASE", raising=False)


@pytest.fixture(scope="session")
def _template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault made per test session; tests get copies (creating one costs a KDF run)."""
    folder = tmp_path_factory.mktemp("template") / "Template.fpvault"
    vault, recovery = Vault.create(
        folder, PASSPHRASE, name="Test vault", author="Tester", kdf=floor_kdf()
    )
    vault.lock()
    return folder, recovery


@pytest.fixture
def vault_path(_template_vault: tuple[Path, str], tmp_path: Path) -> Path:
    """A fresh, locked copy of the test vault in this test's tmp dir."""
    target = tmp_path / "Field.fpvault"
    shutil.copytree(_template_vault[0], target)
    return target


@pytest.fixture
def recovery_key(_template_vault: tuple[Path, str]) -> str:
    return _template_vault[1]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def vault(vault_path: Path, clock: FixedClock) -> Iterator[Vault]:
    """An unlocked copy of the test vault with a fixed clock."""
    opened = Vault.unlock(vault_path, PASSPHRASE, clock=clock)
    yield opened
    opened.lock()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A throw-away PostgreSQL server for this test session (``pg_server.py``)."""
    server = start_pg_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def hq_url(pg_server: PgServer) -> str:
    """The URL of a new, empty database on the throw-away server."""
    return pg_server.new_database()
