"""Revisions and record rows in the vault as sync reads and writes them.

Reads a record's head and whole history, writes record rows and revision rows in batches
(one statement per kind for many rows). Export, import, templates and conflicts all go
through here, so the batch size and the row conversion have one home.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec
from sqlalchemy import JSON, Boolean, insert, select, update
from sqlalchemy.orm import Session

from fieldpartner.domain.models import MODEL_BY_KIND
from fieldpartner.domain.types import DecimalText, utc_text
from fieldpartner.sync.records import Revision, record_row
from fieldpartner.vault import Database
from fieldpartner.vault.sql import (  # one_of: used by sync too
    driver_sql,
    in_list,
    one_of,
    unindexed,
)

CHUNK = 500
# Ids looked up per statement (one parameter each, see ``vault.sql.one_of``).
LOOKUP = 5000
RecordKey = tuple[str, str]


def chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def now_text(vault: Database) -> str:
    return utc_text(vault.clock.now())


def read_heads(
    session: Session, kind: str, ids: Iterable[str] | None, *, lock: bool = False
) -> dict[str, str]:
    """Each record's current revision, by id; ``ids=None``: every record of the kind.

    ``lock``: the rows stay locked until the transaction ends (``FOR UPDATE`` where the
    engine has row locks: HQ's PostgreSQL), so an edit of one of them waits, then finds it
    changed and is refused as based on a stale version; it never lands between this read
    and the write made on the strength of it. A vault's write transaction holds the whole
    database already (``begin_writing``)."""
    model = MODEL_BY_KIND[kind]
    table = model.__table__  # type: ignore[attr-defined]
    if ids is None:
        query = select(table.c.id, table.c.rev)
        if lock:
            query = query.with_for_update()
        rows = session.connection().execute(query).all()
        return {record_id: rev for record_id, rev in rows}
    found: dict[str, str] = {}
    for chunk in chunks(sorted(set(ids)), LOOKUP):
        query = select(table.c.id, table.c.rev).where(one_of(table.c.id, chunk))
        if lock:
            query = query.with_for_update()
        for record_id, rev in session.execute(query):
            found[record_id] = rev
    return found


_HISTORY_COLUMNS = (
    "SELECT record_id, rev, parents, deleted, body, changed_fields, device_id, author, "
    "changed_at FROM record_revisions"
)


def read_histories(
    session: Session, kind: str, ids: Iterable[str] | None
) -> dict[str, dict[str, Revision]]:
    """Every stored revision of the given records (``ids=None``: of every record of the
    kind), by record id then rev, each history in the order this vault stored it.

    Read as the stored text (JSON decoded by msgspec, times kept in their exact UTC text)
    rather than through ORM objects: an export reads every revision it sends."""
    histories: dict[str, dict[str, Revision]] = defaultdict(dict)
    connection = session.connection()
    dialect = connection.dialect

    def decode(value: Any) -> Any:
        # JSON text (SQLite), or already decoded by the driver (psycopg).
        return msgspec.json.decode(value) if isinstance(value, (str, bytes)) else value

    def take(rows: Iterable[Any], only: set[str] | None) -> None:
        for record_id, rev, parents, deleted, body, changed, device, author, at in rows:
            if only is not None and record_id not in only:
                continue
            histories[record_id][rev] = Revision(
                kind=kind,
                record_id=record_id,
                rev=rev,
                parents=tuple(decode(parents)),
                deleted=bool(deleted),
                body=decode(body),
                changed_fields=tuple(decode(changed)),
                device_id=device,
                author=author,
                changed_at=at,
            )

    wanted = None if ids is None else sorted(set(ids))
    if wanted is None or len(wanted) > 2 * LOOKUP:
        # Many records: one pass over the table in its stored order (the kind's column
        # kept out of the planner's index choice: SQLite walked the kind's index and sorted
        # what it found by seq, which took three times as long), rows fetched together
        # rather than one by one.
        kind_column = unindexed(dialect, "record_kind")
        query = driver_sql(dialect, f"{_HISTORY_COLUMNS} WHERE {kind_column} = ? ORDER BY seq")
        only = None if wanted is None else set(wanted)
        take(connection.exec_driver_sql(query, (kind,)).fetchall(), only)
    else:
        among, parameter = in_list(dialect)
        query = driver_sql(
            dialect,
            f"{_HISTORY_COLUMNS} WHERE record_kind = ? AND record_id {among} ORDER BY seq",
        )
        for chunk in chunks(wanted, LOOKUP):
            take(connection.exec_driver_sql(query, (kind, parameter(chunk))).fetchall(), None)
    return histories


class _RowWriter:
    """A kind's record rows as the values the vault stores, in table column order, from
    revisions: dates, times and ids are already in their stored text (checked on reading),
    JSON, amounts and flags go through the column type's own conversion. Written with the
    driver's ``executemany`` of tuples: SQLAlchemy's per-row dictionary processing cost as
    much as the writes themselves."""

    def __init__(self, kind: str, dialect: Any) -> None:
        table = MODEL_BY_KIND[kind].__table__  # type: ignore[attr-defined]
        self.names = [c.key for c in table.columns]
        # A JSON column stores None as JSON null (the type's processor writes it); an
        # amount or a flag that is None stays NULL.
        self.steps: list[tuple[str, Any, bool]] = [
            (c.key, c.type.bind_processor(dialect), isinstance(c.type, JSON))
            for c in table.columns
            if isinstance(c.type, (JSON, DecimalText, Boolean))
        ]
        columns = ", ".join(self.names)
        self.insert = driver_sql(
            dialect,
            f"INSERT INTO {table.name} ({columns}) VALUES ({', '.join('?' * len(self.names))})",
        )
        assigned = ", ".join(f"{name} = ?" for name in self.names if name != "id")
        self.update = driver_sql(dialect, f"UPDATE {table.name} SET {assigned} WHERE id = ?")

    def values(self, revision: Revision) -> dict[str, Any]:
        row = {
            **revision.body,
            "id": revision.record_id,
            "rev": revision.rev,
            "deleted": revision.deleted,
            "origin_device": revision.device_id,
            "updated_at": revision.changed_at,
        }
        for name, process, null_too in self.steps:
            if process is not None and (null_too or row[name] is not None):
                row[name] = process(row[name])
        return row

    def insert_row(self, revision: Revision) -> tuple[Any, ...]:
        row = self.values(revision)
        return tuple(row[name] for name in self.names)

    def update_row(self, revision: Revision) -> tuple[Any, ...]:
        row = self.values(revision)
        return (*(row[name] for name in self.names if name != "id"), row["id"])


def write_records(
    session: Session,
    inserts: dict[str, list[Revision]],
    updates: dict[str, list[Revision]],
) -> None:
    """Each record's row as of the given revision: new rows in ``inserts``, rows the vault
    holds in ``updates``, by kind; one statement per kind, executed for many rows."""
    connection = session.connection()
    for target, write in ((inserts, "insert"), (updates, "update")):
        for kind, revisions in target.items():
            writer = _RowWriter(kind, connection.dialect)
            if write == "insert":
                rows = [writer.insert_row(r) for r in revisions]
            else:
                rows = [writer.update_row(r) for r in revisions]
            statement = writer.insert if write == "insert" else writer.update
            for start in range(0, len(rows), CHUNK * 10):
                connection.exec_driver_sql(statement, rows[start : start + CHUNK * 10])


def upsert_record(session: Session, revision: Revision, exists: bool) -> None:
    table = MODEL_BY_KIND[revision.kind].__table__  # type: ignore[attr-defined]
    row = record_row(revision)
    if exists:
        session.execute(update(table).where(table.c.id == revision.record_id).values(**row))
    else:
        session.execute(insert(table).values(**row))


_INSERT_REVISION = (
    "INSERT INTO record_revisions (record_kind, record_id, rev, generation, parents, deleted, "
    "body, changed_fields, device_id, author, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def revision_row(r: Revision) -> tuple[Any, ...]:
    """A ``record_revisions`` row (for ``_INSERT_REVISION``) in the column forms the models
    store: JSON text, the revision's exact UTC text."""
    encode = msgspec.json.encode
    return (
        r.kind,
        r.record_id,
        r.rev,
        r.generation,
        encode(list(r.parents)).decode(),
        bool(r.deleted),  # 1 or 0 in SQLite, as int() gave
        encode(r.body).decode(),
        encode(list(r.changed_fields)).decode(),
        r.device_id,
        r.author,
        r.changed_at,
    )


def insert_revisions(session: Session, revisions: Iterable[Revision]) -> None:
    """Revision rows in batches, without a round trip through Python datetimes: an import
    writes thousands of them."""
    rows = [revision_row(r) for r in revisions]
    connection = session.connection()
    for start in range(0, len(rows), CHUNK * 10):
        connection.exec_driver_sql(
            driver_sql(connection.dialect, _INSERT_REVISION), rows[start : start + CHUNK * 10]
        )
