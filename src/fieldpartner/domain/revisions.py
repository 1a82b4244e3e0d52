"""Revisions of synced records: every change keeps the earlier body.

A ``RecordSession`` stamps each new or changed synced record when it flushes: the record
gets a new revision ``<generation>-<hash>`` whose parent is the revision it was edited
from, and the full body is appended to ``record_revisions`` with who, when, from which
device and which fields changed. Sync replays revisions from other devices through
``store_revision`` instead, keeping their ids, so every replica holds the same history.

The hash covers the parents, the deleted flag and the body in canonical JSON, so the same
change made from the same parent gives the same revision everywhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session

from fieldpartner.domain.clock import Clock, SystemClock
from fieldpartner.domain.models import RecordRevision, SyncedRecord
from fieldpartner.domain.problems import Message
from fieldpartner.domain.staff import Action, require
from fieldpartner.domain.types import utc_text


class HistoryError(Exception):
    """A synced record was removed or edited in a way that would lose history."""


class EditConflict(HistoryError, ValueError):
    """A record was changed by someone else since the version this edit was based on.

    Nothing is written: the person reopens the record (seeing the other change) and edits
    again, so no change is ever silently overwritten. A ValueError too: a refusal whose
    message is for the person (``ui.worker.is_refusal``)."""

    exit_code = 1  # fieldpartner-cli's exit code

    def __init__(self, kind: str, record_id: str, label: str, author: str, when: str) -> None:
        self.kind, self.record_id, self.author, self.when = kind, record_id, author, when
        if author:
            message = Message(
                "edit_conflict",
                "{kind} {label} ({id}) was changed by {author} at {when} after this edit "
                "began; nothing was saved: reopen it to see their change, then edit again",
                kind=kind,
                label=label or record_id,
                id=record_id,
                author=author,
                when=when,
            )
        else:
            message = Message(
                "edit_conflict_elsewhere",
                "{kind} {label} ({id}) was changed on another device at {when} after this "
                "edit began; nothing was saved: reopen it to see the change, then edit again",
                kind=kind,
                label=label or record_id,
                id=record_id,
                when=when,
            )
        super().__init__(message)


@dataclass
class RecordContext:
    """Who is making changes, from which device, and what time it is."""

    device_id: str
    author: str = ""
    clock: Clock = field(default_factory=SystemClock)


def body_value(value: Any) -> Any:
    """A column value as it appears in a revision body (JSON-safe, exact)."""
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def record_body(record: SyncedRecord) -> dict[str, Any]:
    columns = record.__table__.columns  # type: ignore[attr-defined]
    return {
        c.key: body_value(getattr(record, c.key))
        for c in columns
        if c.key not in record.META_COLUMNS
    }


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def generation_of(rev: str) -> int:
    return int(rev.split("-", 1)[0]) if rev else 0


def make_rev(parents: Iterable[str], deleted: bool, body: Mapping[str, Any]) -> str:
    parents = sorted(parents)
    generation = max((generation_of(p) for p in parents), default=0) + 1
    digest = hashlib.sha256(
        canonical_json({"parents": parents, "deleted": deleted, "body": dict(body)})
    ).hexdigest()[:32]
    return f"{generation}-{digest}"


class RecordSession(Session):
    """A session whose flushes record a revision for every changed synced record."""


def edit_based_on(session: Session, record_id: str, rev: str | None) -> None:
    """Declare that the coming change of ``record_id`` was made from its revision ``rev``
    (read when the edit began, e.g. when a form opened; "" for a record that did not exist
    then). The flush refuses it with ``EditConflict`` if the record has another revision by
    then. ``None`` declares nothing: the change is checked against the version loaded in
    this session only (the services' ``based_on`` default)."""
    if rev is not None:
        session.info.setdefault(BASE_REVS, {})[record_id] = rev


BASE_REVS = "base_revs"


def edit_from(session: Session, record: SyncedRecord, rev: str | None) -> None:
    """``edit_based_on`` for a record already read in this session, refused at once
    (``EditConflict``) when it is no longer at ``rev``: the person hears that someone else
    changed it before any rule speaks of the values that person found there."""
    edit_based_on(session, str(record.id), rev)
    if rev is not None and record.rev and record.rev != rev:
        _raise_conflict(session, record, record.rev)


def context_of(session: Session) -> RecordContext:
    context = session.info.get("record_context")
    if context is None:
        raise HistoryError("this session has no record context (device and author)")
    return context


@event.listens_for(RecordSession, "before_flush")
def _stamp_revisions(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get("replaying_revisions"):
        return
    for record in session.deleted:
        if isinstance(record, SyncedRecord):
            raise HistoryError(
                f"{record.kind} {record.id} cannot be removed; mark it deleted so the change syncs"
            )
    pending = [r for r in session.new if isinstance(r, SyncedRecord)]
    pending += [
        r
        for r in session.dirty
        if isinstance(r, SyncedRecord) and session.is_modified(r, include_collections=False)
    ]
    if not pending:
        return
    require(session, Action.EDIT_RECORDS)
    context = context_of(session)
    now = context.clock.now()
    changed = [r for r in pending if r.rev and _changed_fields(r)]
    _refuse_stale(session, changed)
    for record in pending:
        _stamp(session, record, context, now)


def _label(record: SyncedRecord) -> str:
    for name in ("name", "title"):
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _refuse_stale(session: Session, records: list[SyncedRecord]) -> None:
    """The one check that no change overwrites another made meanwhile (by another person,
    window or process): each record's revision in the database, read under a row lock,
    must be the one the edit started from (``edit_based_on``, else the one loaded)."""
    if not records:
        return
    bases: dict[str, str] = session.info.get(BASE_REVS, {})
    by_model: dict[type[SyncedRecord], list[SyncedRecord]] = {}
    for record in records:
        by_model.setdefault(type(record), []).append(record)
    with session.no_autoflush:
        for model, group in by_model.items():
            table = model.__table__  # type: ignore[attr-defined]
            stored: dict[str, str] = {}
            ids = [r.id for r in group]
            for start in range(0, len(ids), _CHECK_CHUNK):
                rows = session.execute(
                    select(table.c.id, table.c.rev)
                    .where(table.c.id.in_(ids[start : start + _CHECK_CHUNK]))
                    .with_for_update()
                )
                stored.update({row_id: rev for row_id, rev in rows})
            for record in group:
                loaded = _loaded_rev(record)
                expected = bases.get(str(record.id), loaded)
                now_rev = stored.get(record.id)
                if now_rev is not None and now_rev != expected:
                    _raise_conflict(session, record, now_rev)


_CHECK_CHUNK = 500  # ids per query: under SQLite's limit of bound parameters


def _loaded_rev(record: SyncedRecord) -> str:
    history = inspect(record, raiseerr=True).attrs["rev"].history
    return str((history.deleted or history.unchanged or [record.rev])[0])


def _raise_conflict(session: Session, record: SyncedRecord, rev: str) -> None:
    found = session.execute(
        select(RecordRevision.author, RecordRevision.device_id, RecordRevision.changed_at).where(
            RecordRevision.record_id == record.id, RecordRevision.rev == rev
        )
    ).first()
    author, when = "", "an unknown time"
    if found is not None:
        author = found.author or f"device {found.device_id[:8]}"
        when = utc_text(found.changed_at)
    raise EditConflict(record.kind, str(record.id), _label(record), author, when)


def _changed_fields(record: SyncedRecord) -> list[str]:
    state: InstanceState[Any] = inspect(record, raiseerr=True)
    changed = []
    for attr in state.mapper.column_attrs:
        if attr.key in record.META_COLUMNS and attr.key != "deleted":
            continue
        added, _unchanged, deleted = state.attrs[attr.key].history
        if not added:
            continue
        # Setting a field to the value it already had is not a change.
        if deleted and body_value(added[0]) == body_value(deleted[0]):
            continue
        changed.append(attr.key)
    return sorted(changed)


def _stamp(session: Session, record: SyncedRecord, context: RecordContext, now: datetime) -> None:
    is_new = not record.rev
    if is_new and record.created_at is None:
        record.created_at = now
    changed = sorted(c for c in record_body(record)) if is_new else _changed_fields(record)
    if not is_new and not changed:
        return
    parents = [] if is_new else [record.rev]
    body = record_body(record)
    deleted = bool(record.deleted)
    rev = make_rev(parents, deleted, body)
    record.rev = rev
    record.updated_at = now
    record.origin_device = context.device_id
    if record.id is None:
        raise HistoryError(f"{record.kind} has no id")
    session.add(
        RecordRevision(
            record_kind=record.kind,
            record_id=record.id,
            rev=rev,
            generation=generation_of(rev),
            parents=parents,
            deleted=deleted,
            body=body,
            changed_fields=changed,
            device_id=context.device_id,
            author=context.author,
            changed_at=now,
        )
    )


def bulk_create(
    session: Session,
    model: type[SyncedRecord],
    rows: list[dict[str, Any]],
    context: RecordContext,
) -> None:
    """Insert many new records with their first revisions, without the ORM's per-object cost.

    Used by the demo generator and imports of many rows; each row must carry an ``id``.
    The result is exactly what adding the records one by one would store.
    """
    if not rows:
        return
    now = context.clock.now()
    table = model.__table__  # type: ignore[attr-defined]
    defaults = {
        c.key: c.default.arg
        for c in table.columns
        if c.default is not None and not callable(c.default.arg)
    }
    callables = {
        c.key: c.default.arg
        for c in table.columns
        if c.default is not None and callable(c.default.arg)
    }
    records = []
    revisions = []
    for row in rows:
        values = {**defaults, **row}
        for key, factory in callables.items():
            if key not in values:
                values[key] = factory(None)  # SQLAlchemy wraps defaults to take a context
        values.setdefault("created_at", now)
        body = {
            c.key: body_value(values.get(c.key))
            for c in table.columns
            if c.key not in model.META_COLUMNS
        }
        rev = make_rev([], False, body)
        values.update(rev=rev, updated_at=now, origin_device=context.device_id, deleted=False)
        records.append(values)
        revisions.append(
            {
                "record_kind": model.kind,
                "record_id": values["id"],
                "rev": rev,
                "generation": 1,
                "parents": [],
                "deleted": False,
                "body": body,
                "changed_fields": sorted(body),
                "device_id": context.device_id,
                "author": context.author,
                "changed_at": now,
            }
        )
    session.execute(insert(model), records)
    session.execute(insert(RecordRevision), revisions)


def history(session: Session, record_id: str) -> list[RecordRevision]:
    """Every revision of one record, oldest first."""
    return list(
        session.scalars(
            select(RecordRevision)
            .where(RecordRevision.record_id == record_id)
            .order_by(RecordRevision.seq)
        )
    )


def revision_body(session: Session, record_id: str, rev: str) -> dict[str, Any] | None:
    found = session.scalar(
        select(RecordRevision.body).where(
            RecordRevision.record_id == record_id, RecordRevision.rev == rev
        )
    )
    return found
