"""The one seam between the code that reads and writes records and the database engine.

The models, the migrations and nearly every query are the same on both engines: a field
vault (SQLCipher, ``engine``) and headquarters on PostgreSQL (``postgresql``). What is not
goes through this module, which asks the engine's own module:

- ``one_of``: ``column IN values``, the values bound as one parameter (SQLite: a JSON array
  read by ``json_each``; PostgreSQL: an array with ``= ANY``);
- ``in_list``/``driver_sql``: the same for the driver-level statements of bulk reads and
  writes (their placeholders and the list parameter);
- ``defer_foreign_keys``: an import writes rows in any order, checked at commit;
- ``serialise_sender``: two imports from the same device, in two processes, run one after
  the other (PostgreSQL; a SQLite vault has one writer at a time anyway).

The SQL functions the domain's queries use (``casefold``, ``fold``, ``json_extract``,
``instr``) are SQLite functions of the vault's connection (``engine``) and SQL functions of
the same name in the PostgreSQL database (``postgresql.install_functions``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement

POSTGRESQL = "postgresql"


def is_postgresql(dialect: Dialect) -> bool:
    return dialect.name == POSTGRESQL


class _OneOf(ColumnElement[bool]):
    """``column IN values`` with the values as one parameter, compiled per engine."""

    inherit_cache = False

    def __init__(self, column: Any, values: list[str]) -> None:
        self.column = column
        self.values = values


def one_of(column: Any, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN values``, the values bound as one parameter (see ``engine.IN_LIST``)."""
    return _OneOf(column, sorted(values))


@compiles(_OneOf)
def _one_of_sqlite(element: _OneOf, compiler: Any, **kw: Any) -> str:
    from fieldpartner.vault.engine import in_json_array

    clause: ClauseElement = in_json_array(element.column, element.values)
    return str(compiler.process(clause, **kw))


@compiles(_OneOf, POSTGRESQL)
def _one_of_postgresql(element: _OneOf, compiler: Any, **kw: Any) -> str:
    from fieldpartner.vault.postgresql import any_of

    clause: ClauseElement = any_of(element.column, element.values)
    return str(compiler.process(clause, **kw))


def in_list(dialect: Dialect) -> tuple[str, Callable[[list[str]], Any]]:
    """For a driver-level statement: the SQL after ``column`` meaning "is one of the values
    of one parameter" (with a ``?`` placeholder), and how to make that parameter."""
    if is_postgresql(dialect):
        from fieldpartner.vault import postgresql

        return postgresql.IN_LIST, postgresql.list_parameter
    from fieldpartner.vault import engine

    return engine.IN_LIST, engine.list_parameter


def driver_sql(dialect: Dialect, statement: str) -> str:
    """A driver-level statement written with ``?`` placeholders, for this engine's driver
    (psycopg takes ``%s``). The statements given have no ``?`` or ``%`` of their own."""
    if is_postgresql(dialect):
        return statement.replace("?", "%s")
    return statement


def unindexed(dialect: Dialect, column: str) -> str:
    """``column`` in a condition the planner must not answer from an index on it (SQLite's
    unary ``+``; PostgreSQL's planner weighs its choices and needs no hint)."""
    return column if is_postgresql(dialect) else f"+{column}"


def defer_foreign_keys(session: Session) -> None:
    """Check foreign keys at commit, not at each row, for the rest of this transaction."""
    connection = session.connection()
    if is_postgresql(connection.dialect):
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")  # postgresql.deferrable
    else:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def serialise_sender(session: Session, device_id: str) -> None:
    """Hold, until this transaction ends, the lock of imports from ``device_id``: another
    import from it (another process, another machine) waits for this one to commit, then
    sees what it wrote (a bundle already received is then a duplicate)."""
    connection: Connection = session.connection()
    if is_postgresql(connection.dialect):
        from fieldpartner.vault.postgresql import lock_sender

        lock_sender(connection, device_id)
