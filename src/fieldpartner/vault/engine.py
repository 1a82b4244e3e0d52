"""Opening the SQLCipher 4 database behind SQLAlchemy 2 with a raw 32-byte key.

Every pooled connection gets the key first, then the settings that keep data safe:
memory wiped by SQLCipher, deleted content overwritten, temporary tables in memory (never
in a plaintext temp file), foreign keys enforced, write-ahead log with full syncs.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from fieldpartner.vault.errors import VaultDatabaseError, WrongPassphrase

DB_NAME = "vault.db"

# Every DBAPI connection an engine has opened and not yet closed. ``Engine.dispose`` closes
# only idle pooled connections; one still held by a session would go on reading with the
# key after the vault is locked, so ``close_all`` closes these too.
_LIVE_CONNECTIONS: dict[Engine, set[Any]] = {}


def _key_pragma(key: bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def open_engine(db_path: Path, key: bytearray) -> Engine:
    """An engine over the encrypted database; ``key`` is read at each new connection.

    Passing the bytearray (not a copy) lets ``lock`` zero it, after which no new
    connection can be made.
    """
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: sqlcipher.connect(str(db_path), check_same_thread=False),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # Keep non-Latin text (Arabic tags, names in JSON lists) as itself, so searches in
        # the database match what the user typed.
        json_serializer=lambda value: json.dumps(value, ensure_ascii=False),
    )

    live = _LIVE_CONNECTIONS.setdefault(engine, set())

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if not any(key):
            raise VaultDatabaseError("the vault is locked")
        live.add(dbapi_connection)
        cursor = dbapi_connection.cursor()
        cursor.execute(_key_pragma(key))
        cursor.execute("PRAGMA cipher_memory_security = ON")
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 10000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()
        # SQLite's lower() folds only ASCII; searches in any script use Python's casefold.
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)

    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; take it over
    # as SQLAlchemy's documentation recommends.
    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine.pool, "close")
    def _closed(dbapi_connection: Any, _record: Any) -> None:
        live.discard(dbapi_connection)

    @event.listens_for(engine.pool, "close_detached")
    def _closed_detached(dbapi_connection: Any) -> None:
        live.discard(dbapi_connection)

    return engine


def close_all(engine: Engine) -> None:
    """Close every connection of ``engine``, including those a session still holds.

    A session used after this fails ("Cannot operate on a closed database") instead of
    reading on; its uncommitted changes are rolled back.
    """
    for connection in list(_LIVE_CONNECTIONS.pop(engine, ())):
        with contextlib.suppress(Exception):
            connection.close()
    engine.dispose()


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def check_key(engine: Engine) -> None:
    """Fail with WrongPassphrase if the key does not open the database (SQLCipher only
    notices at the first read)."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except DatabaseError as exc:
        message = str(exc.orig) if exc.orig is not None else str(exc)
        if "not a database" in message or "encrypted" in message:
            raise WrongPassphrase(
                "the key does not open vault.db (the database does not belong to this vault.json, "
                "or it is damaged)"
            ) from None
        raise VaultDatabaseError(f"vault.db cannot be read: {message}") from None


def checkpoint(engine: Engine) -> None:
    """Move the write-ahead log into vault.db (outside any transaction)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
