"""HQ's PostgreSQL failures that a person can act on become the vault's plain errors
(``vault.database_failure``), against a real throw-away server (tests/pg_server.py): a
deadlock, a lock refused and a serialisation failure are ``VaultBusy`` (``hq drain`` tries
the bundle again), a connection the server ended is ``VaultUnavailable`` (the drain stops
and puts the bundle back), a refused constraint stays a bug (None)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from fieldpartner.vault import VaultBusy, VaultUnavailable, database_failure
from fieldpartner.vault.postgresql import sqlalchemy_url


@pytest.fixture
def engine(hq_url: str) -> Iterator[Engine]:
    made = create_engine(sqlalchemy_url(hq_url))
    with made.begin() as conn:
        conn.execute(text("CREATE TABLE t (id integer PRIMARY KEY, v integer)"))
        conn.execute(text("INSERT INTO t VALUES (1, 0), (2, 0)"))
    yield made
    made.dispose()


def _failure(conn: Connection, statement: str) -> DBAPIError:
    with pytest.raises(DBAPIError) as raised:
        conn.execute(text(statement))
    return raised.value


def test_a_deadlock_is_busy(engine: Engine) -> None:
    failures: list[DBAPIError] = []
    first, second = engine.connect(), engine.connect()
    try:
        for conn in (first, second):
            conn.execute(text("SET deadlock_timeout = '50ms'"))
        first.execute(text("UPDATE t SET v = 1 WHERE id = 1"))
        second.execute(text("UPDATE t SET v = 2 WHERE id = 2"))
        started = threading.Event()

        def cross() -> None:
            started.set()
            try:
                first.execute(text("UPDATE t SET v = 1 WHERE id = 2"))
            except DBAPIError as exc:
                failures.append(exc)

        waiting = threading.Thread(target=cross)
        waiting.start()
        started.wait()
        try:
            second.execute(text("UPDATE t SET v = 2 WHERE id = 1"))
        except DBAPIError as exc:
            failures.append(exc)
        waiting.join(timeout=30)
        assert not waiting.is_alive()
    finally:
        first.close()
        second.close()
    assert len(failures) == 1  # the server ends one of the two, the other goes on
    failure = database_failure(failures[0])
    assert isinstance(failure, VaultBusy), failures[0]
    assert str(failure).startswith("HQ's database is busy: deadlock detected")


def test_a_row_lock_refused_and_a_serialisation_failure_are_busy(engine: Engine) -> None:
    with engine.connect() as holder, engine.connect() as other:
        holder.execute(text("SELECT v FROM t WHERE id = 1 FOR UPDATE"))
        refused = _failure(other, "SELECT v FROM t WHERE id = 1 FOR UPDATE NOWAIT")
        assert isinstance(database_failure(refused), VaultBusy)
        holder.rollback()
        other.rollback()

        other.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        other.execute(text("SELECT v FROM t WHERE id = 2")).one()
        holder.execute(text("UPDATE t SET v = 5 WHERE id = 2"))
        holder.commit()
        stale = _failure(other, "UPDATE t SET v = 6 WHERE id = 2")
        failure = database_failure(stale)
        assert isinstance(failure, VaultBusy), stale
        assert "could not serialize access" in str(failure)


def test_a_connection_the_server_ended_is_unavailable_and_a_constraint_is_a_bug(
    engine: Engine,
) -> None:
    with engine.connect() as admin, engine.connect() as ended:
        pid = ended.execute(text("SELECT pg_backend_pid()")).scalar_one()
        ended.rollback()
        admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        gone = _failure(ended, "SELECT 1")
        failure = database_failure(gone)
        assert type(failure) is VaultUnavailable, gone
        assert str(failure).startswith("HQ's database cannot be used: ")
        assert "\n" not in str(failure)

        duplicate = _failure(admin, "INSERT INTO t VALUES (1, 9)")
        assert database_failure(duplicate) is None
