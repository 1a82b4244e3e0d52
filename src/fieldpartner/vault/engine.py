"""Opening the SQLCipher 4 database behind SQLAlchemy 2 with a raw 32-byte key.

Every pooled connection gets the key first, then the settings that keep data safe:
memory wiped by SQLCipher, deleted content overwritten, temporary tables in memory (never
in a plaintext temp file), foreign keys enforced, write-ahead log with full syncs.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import ColumnElement, Engine, create_engine, event, func, select, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from fieldpartner.domain.problems import Message
from fieldpartner.domain.search import fold
from fieldpartner.vault.errors import (
    VaultBusy,
    VaultDamaged,
    VaultDatabaseError,
    VaultError,
    VaultUnavailable,
    WrongPassphrase,
)

DB_NAME = "vault.db"
# SQLCipher 4 pages, reserved space (IV and HMAC) included: page N is bytes
# (N - 1) * PAGE_SIZE to N * PAGE_SIZE - 1 of the file.
PAGE_SIZE = 4096
# The execution option that makes a connection's transaction begin with the write lock.
WRITE_LOCK = "fieldpartner_write_lock"

# SQLite's primary result codes for a file that is damaged (SQLITE_CORRUPT, SQLITE_NOTADB:
# what SQLCipher reports for a page that fails its HMAC) ...
_DAMAGED_CODES = {11, 26}
# ... for one that other writers hold (SQLITE_BUSY, SQLITE_LOCKED) ...
_BUSY_CODES = {5, 6}
# ... and for one that cannot be used now, through no fault of its content (SQLITE_PERM,
# NOMEM, READONLY, IOERR, FULL, CANTOPEN).
_UNAVAILABLE_CODES = {3, 7, 8, 10, 13, 14}
_DAMAGED_MESSAGES = ("database disk image is malformed", "file is not a database")


@dataclass
class _Connections:
    """The DBAPI connections an engine has opened, and which thread holds each.

    ``Engine.dispose`` closes only idle pooled connections; one still held by a session
    would go on reading with the key after the vault is locked. ``close_all`` closes the
    idle ones and those of the locking thread at once; a connection another thread is
    using cannot be closed under it (SQLite would crash), so its running statement is
    interrupted, every further statement is refused, and it is closed when returned.
    """

    db_path: Path
    key: bytearray
    owners: dict[Any, int | None] = field(default_factory=dict)
    locked: bool = False
    mutex: threading.Lock = field(default_factory=threading.Lock)


_CONNECTIONS: dict[Engine, _Connections] = {}


def begin_writing(session: Session) -> None:
    """Begin ``session``'s transaction holding the database's write lock from its first
    statement (SQLite's BEGIN IMMEDIATE), waiting for it as long as the busy timeout allows.

    Call it right after ``session.begin()``, before the transaction reads anything. A
    transaction that checks something and then writes on the strength of it (an import:
    is this bundle new here?) is thus serialised with every other writer: no second writer
    can commit between its check and its write. Engines without the option ignore it.
    """
    session.connection(execution_options={WRITE_LOCK: True})


def _key_pragma(key: bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


# A set of values is sent to SQLite as one JSON array parameter, never as one parameter per
# value. SQLite keeps a statement's bound values after it ran (the driver keeps its last few
# statements prepared), and each short text is held in the connection's lookaside memory:
# one lookup of 500 ids filled all 123 slots, and with ``cipher_memory_security`` on every
# allocation after that is an mlock and an munlock system call. The import's row writes
# that followed went from 0.6 s to 6 s (docs/performance.md, "Bundles"). Used through
# ``sql.one_of`` and ``sql.in_list``.
IN_LIST = "IN (SELECT value FROM json_each(?))"


def list_parameter(values: list[str]) -> str:
    return msgspec.json.encode(values).decode()


def in_json_array(column: Any, values: list[str]) -> ColumnElement[bool]:
    """``column IN values``, the values bound as one JSON array (see ``IN_LIST``)."""
    array = list_parameter(values)
    return column.in_(select(func.json_each(array).table_valued("value").c.value))


def open_engine(db_path: Path, key: bytearray) -> Engine:
    """An engine over the encrypted database; ``key`` is read at each new connection.

    Passing the bytearray (not a copy) lets ``lock`` zero it, after which no new
    connection can be made.
    """

    def connect() -> Any:
        if not db_path.exists():
            # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
            os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        # No driver-side cache of prepared statements: each one kept holds slots of the
        # connection's lookaside memory, and once those are gone every small allocation
        # SQLite makes goes to SQLCipher's locked allocator (an mlock and an munlock system
        # call each, with cipher_memory_security on). Re-preparing a statement costs
        # microseconds; an import of 24,500 revisions made 4 million of those calls with
        # the driver's default cache of 128 statements (7 s of 9 s of its row writes).
        return sqlcipher.connect(str(db_path), check_same_thread=False, cached_statements=0)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=connect,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # Keep non-Latin text (Arabic tags, names in JSON lists) as itself, so searches in
        # the database match what the user typed.
        json_serializer=lambda value: json.dumps(value, ensure_ascii=False),
    )

    live = _CONNECTIONS.setdefault(engine, _Connections(db_path, key))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if live.locked or not any(key):
            raise VaultDatabaseError(Message("vault_locked", "the vault is locked"))
        with live.mutex:
            # The connecting thread's from its first statement: a lock meanwhile must not
            # take it for an idle one and close it under this thread (a crash).
            live.owners[dbapi_connection] = threading.get_ident()
        try:
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
        except BaseException:
            # Never handed to the pool (interrupted by a lock, a damaged file): this thread
            # is the only one that can close it.
            with live.mutex:
                live.owners.pop(dbapi_connection, None)
            _close(dbapi_connection)
            raise
        # SQLite's lower() folds only ASCII; searches in any script use Python's casefold.
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
        # Searches ignore accents and marks too, by the domain's one folding rule.
        dbapi_connection.create_function("fold", 1, _fold, deterministic=True)

    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; take it over
    # as SQLAlchemy's documentation recommends.
    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A transaction that will write takes the write lock at once (``begin_writing``):
        # one that read first and wrote later would fail at its first write, without
        # waiting, once another connection had committed meanwhile (WAL's stale snapshot).
        immediate = conn.get_execution_options().get(WRITE_LOCK)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine.pool, "checkout")
    def _checked_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        with live.mutex:
            live.owners[dbapi_connection] = threading.get_ident()

    @event.listens_for(engine.pool, "checkin")
    def _checked_in(dbapi_connection: Any, _record: Any) -> None:
        if dbapi_connection is None:
            return
        with live.mutex:
            live.owners[dbapi_connection] = None
            closing = live.locked
            if closing:
                live.owners.pop(dbapi_connection, None)
        if closing:
            with contextlib.suppress(Exception):
                dbapi_connection.close()

    @event.listens_for(engine, "before_cursor_execute")
    def _refuse_when_locked(*_args: Any) -> None:
        if live.locked:
            raise VaultDatabaseError(Message("vault_locked", "the vault is locked"))

    @event.listens_for(engine, "handle_error")
    def _plain_damage(context: ExceptionContext) -> BaseException | None:
        # Every read of the vault, wherever it happens, reports damage as VaultDamaged.
        failure = database_failure(context.original_exception)
        return failure if isinstance(failure, VaultDamaged) else None

    @event.listens_for(engine.pool, "close")
    def _closed(dbapi_connection: Any, _record: Any) -> None:
        with live.mutex:
            live.owners.pop(dbapi_connection, None)

    @event.listens_for(engine.pool, "close_detached")
    def _closed_detached(dbapi_connection: Any) -> None:
        with live.mutex:
            live.owners.pop(dbapi_connection, None)

    return engine


def close_all(engine: Engine, *, wait: bool = True) -> threading.Thread | None:
    """Close every connection of ``engine``; no statement runs on any of them after this.

    A session used after this fails with "the vault is locked"; its uncommitted changes are
    rolled back. Connections busy in another thread are interrupted and closed when that
    thread returns them (see ``_Connections``).

    Every statement is refused as soon as this returns. Closing the idle connections takes
    longer: SQLCipher wipes each connection's memory (its cache of decrypted pages) as it
    closes it, about 30-120 ms on a large vault. With ``wait`` False that closing runs on a
    thread of its own, which is returned (not a daemon: the process waits for it before it
    exits), so that a window can lock without holding up its interface.
    """
    live = _CONNECTIONS.pop(engine, None)
    idle: list[Any] = []
    if live is not None:
        me = threading.get_ident()
        with live.mutex:
            live.locked = True
            owned = list(live.owners.items())
            for connection, owner in owned:
                if owner is not None and owner != me:
                    # Interrupted while the mutex keeps its thread from closing it (a
                    # return to the pool takes the mutex first): an interrupt of a
                    # connection being closed is a use after free.
                    with contextlib.suppress(Exception):
                        connection.interrupt()
        for connection, owner in owned:
            if owner is None:
                idle.append(connection)
            elif owner == me:
                # Held by this thread: closed here, before it can be used again.
                _close_idle(live, connection, me)

    def close_idle() -> None:
        if live is not None:
            for connection in idle:
                _close_idle(live, connection, None)
        engine.dispose()

    if wait:
        close_idle()
        return None
    closing = threading.Thread(target=close_idle, name="vault-close")
    closing.start()
    return closing


def _close_idle(live: _Connections, connection: Any, owner: int | None) -> None:
    """Close ``connection`` unless another thread took it from the pool meanwhile (that
    thread closes it when it returns it: the vault is locked) or already did: two closes
    of one SQLite connection at once crash the process."""
    with live.mutex:
        if connection not in live.owners or live.owners[connection] != owner:
            return
        live.owners.pop(connection, None)
        with contextlib.suppress(Exception):
            _close(connection)


def _close(connection: Any) -> None:
    # The driver keeps the interpreter's lock while it closes a connection, but not while
    # a statement runs: freeing the cache of decrypted pages (which SQLCipher wipes, page
    # by page) in a statement first lets other threads run meanwhile. Closing alone held
    # the interface thread up to 40-68 ms of its 70-100 ms; after the shrink, 16-20 ms.
    with contextlib.suppress(Exception):
        connection.execute("PRAGMA shrink_memory")
    connection.close()


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _fold(value: object) -> object:
    return fold(value) if isinstance(value, str) else value


def database_failure(exc: BaseException) -> VaultError | None:
    """The plain vault error for a failure of the database driver, SQLCipher's or (HQ)
    psycopg's, raw or wrapped by SQLAlchemy: ``VaultDamaged`` when vault.db is damaged,
    ``VaultBusy`` when other writers held it, ``VaultUnavailable`` when it cannot be used
    now (a full disk, a server gone); None for anything else (a refused constraint or bad
    SQL is a bug to report, not something the user can act on)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if original is not None and type(original).__module__.partition(".")[0] == "psycopg":
        from fieldpartner.vault.postgresql import driver_failure  # psycopg only for HQ

        return driver_failure(original)
    if not isinstance(original, sqlcipher.Error):
        return None
    reason = str(original).strip() or type(original).__name__
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _DAMAGED_CODES or reason in _DAMAGED_MESSAGES:
        return VaultDamaged(reason)
    if primary in _BUSY_CODES:
        return VaultBusy(f"vault.db cannot be used: {reason}")
    if primary in _UNAVAILABLE_CODES:
        return VaultUnavailable(f"vault.db cannot be used: {reason}")
    return None


def unauthenticated_pages(db_path: Path, key: bytearray) -> tuple[list[int], int]:
    """The numbers (from 1) of the pages of ``db_path`` that fail SQLCipher's HMAC under
    ``key``, and how many pages the file has.

    Uses a bare connection that reads nothing before ``PRAGMA cipher_integrity_check``, so
    it works even when page 1 (the schema) is damaged. Every page failing means the key
    does not belong to the file (or the file's salt, its first 16 bytes, is damaged).
    """
    connection = sqlcipher.connect(str(db_path), check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(_key_pragma(key))
        connection.execute("PRAGMA cipher_memory_security = ON")
        rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        connection.close()
    failed: list[int] = []
    for (line,) in rows:
        words = str(line).split()
        if "page" in words and words[-1].isdigit():
            failed.append(int(words[-1]))
        else:  # a message naming no page: the check itself could not read the file
            raise VaultDamaged(str(line))
    total = max([db_path.stat().st_size // PAGE_SIZE, *failed])
    return sorted(set(failed)), total


def check_key(engine: Engine) -> None:
    """Fail if the key does not open the database (SQLCipher only notices at the first
    read): WrongPassphrase when no page opens with it, VaultDamaged when page 1, which
    holds the schema, is damaged."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except VaultDamaged:
        live = _CONNECTIONS.get(engine)
        if live is None:
            raise
        failed, total = unauthenticated_pages(live.db_path, live.key)
        if failed and len(failed) == total:
            raise WrongPassphrase(
                Message(
                    "key_does_not_open_database",
                    "the key does not open vault.db (the database does not belong to this vault.json, or its first 16 bytes are damaged)",
                )
            ) from None
        raise
    except DBAPIError as exc:
        message = str(exc.orig) if exc.orig is not None else str(exc)
        raise VaultDatabaseError(
            Message("database_unreadable", "vault.db cannot be read: {reason}", reason=message)
        ) from None


@contextlib.contextmanager
def _plain_failures() -> Iterator[None]:
    """Driver failures raised outside a SQLAlchemy statement (a raw connection's own, which
    ``handle_error`` does not see) as the plain vault errors of ``database_failure``."""
    try:
        yield
    except (sqlcipher.Error, DBAPIError) as exc:
        failure = database_failure(exc)
        if failure is None:
            raise
        raise failure from None


def copy_database(engine: Engine, target: Path, key: bytearray) -> None:
    """Copy the open database to ``target`` (a new file) page by page with SQLite's backup
    API: a consistent snapshot even while other connections write, encrypted under the
    same key, never in clear on disk. ``target`` is owner-only from its first byte and
    fsynced before this returns."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with _plain_failures():
        raw = engine.raw_connection()
        try:
            copy = sqlcipher.connect(str(target), check_same_thread=False)
            try:
                copy.execute(_key_pragma(key))
                copy.execute("PRAGMA cipher_memory_security = ON")
                copy.execute("PRAGMA cipher_log_level = NONE")
                raw.driver_connection.backup(copy)  # type: ignore[union-attr]
            finally:
                copy.close()
        finally:
            raw.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def checkpoint(engine: Engine) -> None:
    """Move the write-ahead log into vault.db (outside any transaction)."""
    with _plain_failures():
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()


def cipher_version(engine: Engine | None = None) -> str:
    """SQLCipher's version (``PRAGMA cipher_version``), e.g. ``4.6.1 community``.

    Asked of ``engine`` when given, else of a throw-away in-memory database, so the About
    box can show it before any vault is open. Empty if the library does not say.
    """
    try:
        if engine is not None:
            with engine.connect() as conn:
                row = conn.exec_driver_sql("PRAGMA cipher_version").fetchone()
        else:
            memory = sqlcipher.connect(":memory:")
            try:
                row = memory.execute("PRAGMA cipher_version").fetchone()
            finally:
                memory.close()
    except Exception:
        return ""
    return str(row[0]) if row and row[0] else ""


def compact(engine: Engine) -> None:
    """Rebuild vault.db without its free pages (``VACUUM``), then empty the write-ahead
    log: after records are removed for good, no page of the file still holds them."""
    with _plain_failures():
        raw = engine.raw_connection()
        try:
            connection = raw.driver_connection
            connection.execute("VACUUM")  # type: ignore[union-attr]
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
