"""Locking without waiting: the vault refuses everything at once, and its connections are
closed (SQLCipher wiping their memory) on a thread of their own."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from vault_helpers import PASSPHRASE

from fieldpartner.vault import Vault
from fieldpartner.vault import engine as engine_module
from fieldpartner.vault.errors import VaultError


@pytest.fixture
def closes(monkeypatch) -> list[tuple[object, str]]:
    """Every connection closed by the engine, with the name of the thread that closed it."""
    seen: list[tuple[object, str]] = []
    original = engine_module._close

    def recording(connection: object) -> None:
        seen.append((connection, threading.current_thread().name))
        original(connection)

    monkeypatch.setattr(engine_module, "_close", recording)
    return seen


def _idle_connection(vault: Vault) -> object:
    """A connection that has read the vault and is back in the pool."""
    with vault.session() as session:
        assert session.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
        connection = session.connection().connection.dbapi_connection
    return connection


def test_lock_without_waiting_closes_every_connection_on_another_thread(vault_path, closes):
    vault = Vault.unlock(vault_path, PASSPHRASE)
    connection = _idle_connection(vault)
    key = vault._key

    closing = vault.lock(wait=False)

    assert vault.is_locked and not any(key)
    with pytest.raises(VaultError, match="locked"):
        vault.session()
    assert closing is not None and not closing.daemon
    closing.join(10)
    assert not closing.is_alive()
    assert [name for _connection, name in closes] == [closing.name]
    assert closes[0][0] is connection
    assert closing.name != threading.main_thread().name
    with pytest.raises(sqlcipher.ProgrammingError):
        connection.execute("SELECT 1")  # type: ignore[attr-defined]


def test_lock_that_waits_closes_on_the_calling_thread(vault_path, closes):
    vault = Vault.unlock(vault_path, PASSPHRASE)
    connection = _idle_connection(vault)

    assert vault.lock() is None

    assert closes == [(connection, threading.current_thread().name)]
    with pytest.raises(sqlcipher.ProgrammingError):
        connection.execute("SELECT 1")  # type: ignore[attr-defined]
