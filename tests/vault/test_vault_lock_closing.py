"""Locking without waiting: the vault refuses everything at once, and its connections are
closed (SQLCipher wiping their memory) on a thread of their own."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event, text
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


def test_a_connection_its_reader_closed_while_locking_is_not_closed_again(
    vault_path, closes, monkeypatch
):
    # The race seen once as a crash at a lock: a connection idle when the lock looked
    # (so on the closing thread's list) was taken by a reader meanwhile; its statement was
    # refused and the reader's return of it closed it. The closing thread must not close it
    # again: two closes of one SQLite connection at once crash the process.
    started: list[threading.Thread] = []

    class Held(threading.Thread):
        def start(self) -> None:  # run below, once the reader is done
            started.append(self)

    vault = Vault.unlock(vault_path, PASSPHRASE)
    engine = vault.engine
    idle = _idle_connection(vault)
    monkeypatch.setattr(engine_module.threading, "Thread", Held)
    engine_module.close_all(engine, wait=False)
    assert len(started) == 1

    with engine.connect() as connection:  # the pool hands out the idle connection
        assert connection.connection.dbapi_connection is idle
        with pytest.raises(VaultError):
            connection.execute(text("SELECT 1"))
    with pytest.raises(sqlcipher.ProgrammingError):
        idle.execute("SELECT 1")  # closed by its return to the pool

    started[0].run()
    assert idle not in [connection for connection, _ in closes]


def test_a_connection_another_thread_is_setting_up_is_not_closed_under_it(vault_path, closes):
    # The crash seen at a lock in a test's teardown: a reader opening a new connection
    # (its key and settings statements running) while the interface thread locked. The new
    # connection was counted idle, so the lock closed it under the reader; SQLite crashes
    # on a connection closed while another thread uses it. It belongs to its reader from
    # its first statement: the lock leaves it to the reader, who closes it on return.
    vault = Vault.unlock(vault_path, PASSPHRASE)
    engine = vault.engine
    assert engine is not None
    held = engine.connect()  # the pool's connection is taken: the reader makes a new one
    in_setup, locked = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def setting_up(dbapi_connection, _record) -> None:  # runs after the engine's own set-up
        seen["connection"] = dbapi_connection
        in_setup.set()
        assert locked.wait(10)
        seen["usable"] = dbapi_connection.execute("SELECT 1").fetchone()

    event.listen(engine, "connect", setting_up)
    failures: list[BaseException] = []

    def read() -> None:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as exc:
            failures.append(exc)

    reader = threading.Thread(target=read, name="reader")
    reader.start()
    assert in_setup.wait(10)
    vault.lock()
    locked.set()
    reader.join(10)
    assert not reader.is_alive()

    assert seen.get("usable") == (1,)  # not closed under the reader
    assert len(failures) == 1 and isinstance(failures[0], VaultError)  # its read refused
    assert seen["connection"] not in [connection for connection, _ in closes]
    with pytest.raises(sqlcipher.ProgrammingError):
        seen["connection"].execute("SELECT 1")  # type: ignore[attr-defined]
    held.close()
