"""Revisions and record rows in the vault as sync reads and writes them.

Reads a record's head and whole history, writes record rows and revision rows in batches
(one statement per kind for many rows). Export, import, templates and conflicts all go
through here, so the batch size and the row conversion have one home.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from fieldpartner.domain.models import MODEL_BY_KIND, RecordRevision
from fieldpartner.domain.types import utc_text
from fieldpartner.sync.records import Revision, from_stored, record_row
from fieldpartner.vault import Vault

CHUNK = 500
RecordKey = tuple[str, str]


def chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def now_text(vault: Vault) -> str:
    return utc_text(vault.clock.now())


def read_heads(session: Session, kind: str, ids: Iterable[str]) -> dict[str, str]:
    model = MODEL_BY_KIND[kind]
    table = model.__table__  # type: ignore[attr-defined]
    found: dict[str, str] = {}
    for chunk in chunks(sorted(set(ids))):
        for record_id, rev in session.execute(
            select(table.c.id, table.c.rev).where(table.c.id.in_(chunk))
        ):
            found[record_id] = rev
    return found


def read_histories(
    session: Session, kind: str, ids: Iterable[str]
) -> dict[str, dict[str, Revision]]:
    """Every stored revision of the given records, by record id then rev."""
    wanted = sorted(set(ids))
    histories: dict[str, dict[str, Revision]] = defaultdict(dict)
    base = select(RecordRevision).where(RecordRevision.record_kind == kind)
    if len(wanted) > 20 * CHUNK:
        # Many records: one pass over the kind is cheaper than thousands of lookups.
        wanted_set = set(wanted)
        for row in session.scalars(base.order_by(RecordRevision.seq)):
            if row.record_id in wanted_set:
                histories[row.record_id][row.rev] = from_stored(row)
    else:
        for chunk in chunks(wanted):
            query = base.where(RecordRevision.record_id.in_(chunk)).order_by(RecordRevision.seq)
            for row in session.scalars(query):
                histories[row.record_id][row.rev] = from_stored(row)
    session.expunge_all()
    return histories


def write_records(
    session: Session,
    inserts: dict[str, list[dict[str, Any]]],
    updates: dict[str, list[dict[str, Any]]],
) -> None:
    """Record rows in batches (one statement per kind, executed for many rows)."""
    for kind, rows in inserts.items():
        table = MODEL_BY_KIND[kind].__table__  # type: ignore[attr-defined]
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), rows[start : start + CHUNK])
    for kind, rows in updates.items():
        table = MODEL_BY_KIND[kind].__table__  # type: ignore[attr-defined]
        columns = [c for c in rows[0] if c != "id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("record_id"))
            .values({c: bindparam(f"new_{c}") for c in columns})
        )
        batch = [{**{f"new_{c}": row[c] for c in columns}, "record_id": row["id"]} for row in rows]
        for start in range(0, len(batch), CHUNK):
            session.connection().execute(statement, batch[start : start + CHUNK])


def upsert_record(session: Session, revision: Revision, exists: bool) -> None:
    table = MODEL_BY_KIND[revision.kind].__table__  # type: ignore[attr-defined]
    row = record_row(revision)
    if exists:
        session.execute(update(table).where(table.c.id == revision.record_id).values(**row))
    else:
        session.execute(insert(table).values(**row))


def insert_revisions(session: Session, revisions: Iterable[Revision]) -> None:
    rows = [r.row() for r in revisions]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(RecordRevision), rows[start : start + CHUNK])
