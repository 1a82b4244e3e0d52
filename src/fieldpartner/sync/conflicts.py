"""Conflicts: recording those an import found, listing them (page by page), and settling one.

Conflicts are rows of ``sync_conflicts`` and reach the CLI and the interface as ``Conflict``
objects. Settling makes a new revision of the record descending from the merge (so from
both sides), held to the rule book like an edit in the application; other replicas close
the conflict when it reaches them. Resolved conflicts stay, for the record, and are read a
page at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from fieldpartner.domain.models import RecordRevision, SyncConflict
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import make_rev
from fieldpartner.domain.rules import COLUMNS, check_record
from fieldpartner.domain.staff import Action, require
from fieldpartner.domain.types import utc_text
from fieldpartner.sync.errors import ConflictNotFound, SyncError
from fieldpartner.sync.merge import FieldConflict, conflict_id
from fieldpartner.sync.records import Revision
from fieldpartner.sync.store import now_text, one_of, read_heads, read_histories, upsert_record
from fieldpartner.vault import Database

OPEN = "open"
RESOLVED = "resolved"
SETTLED_ELSEWHERE = "changed later on another replica"


@dataclass(frozen=True)
class ConflictField:
    """One field changed differently on both sides, and the provisional pick."""

    field: str
    base: Any
    local: Any
    incoming: Any
    winner: str  # "local" | "incoming": which side's value the record holds for now

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "base": self.base,
            "local": self.local,
            "incoming": self.incoming,
            "winner": self.winner,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConflictField:
        return cls(data["field"], data.get("base"), data["local"], data["incoming"], data["winner"])


@dataclass(frozen=True)
class Conflict:
    """A conflict on one record: its fields, where it came from, and how it was settled."""

    id: str
    kind: str
    record_id: str
    label: str
    merge_rev: str
    local_rev: str
    incoming_rev: str
    fields: tuple[ConflictField, ...]
    status: str  # "open" | "resolved"
    resolution: str
    bundle_id: str
    found_at: str
    resolved_at: str = ""
    resolved_rev: str = ""

    @property
    def is_open(self) -> bool:
        return self.status == OPEN

    @property
    def field_names(self) -> list[str]:
        return [f.field for f in self.fields]

    def settled_elsewhere(self, when: str) -> Conflict:
        """This conflict closed because a later revision from another replica changed its
        fields again."""
        return replace(
            self,
            status=RESOLVED,
            resolution=SETTLED_ELSEWHERE,
            resolved_at=when,
        )

    def to_json(self) -> dict[str, Any]:
        """The shape ``conflict list --json`` prints (docs/bundle-format.md)."""
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "record_id": self.record_id,
            "label": self.label,
            "merge_rev": self.merge_rev,
            "local_rev": self.local_rev,
            "incoming_rev": self.incoming_rev,
            "fields": [f.to_json() for f in self.fields],
            "status": self.status,
            "resolution": self.resolution,
            "bundle_id": self.bundle_id,
            "found_at": self.found_at,
        }
        if self.status == RESOLVED:
            data["resolved_at"] = self.resolved_at
            if self.resolved_rev:
                data["resolved_rev"] = self.resolved_rev
        return data

    @classmethod
    def _from_row(cls, row: SyncConflict) -> Conflict:
        return cls(
            id=row.id,
            kind=row.record_kind,
            record_id=row.record_id,
            label=row.label,
            merge_rev=row.merge_rev,
            local_rev=row.local_rev,
            incoming_rev=row.incoming_rev,
            fields=tuple(ConflictField.from_json(f) for f in row.fields),
            status=row.status,
            resolution=row.resolution,
            bundle_id=row.bundle_id,
            found_at=row.found_at,
            resolved_at=row.resolved_at,
            resolved_rev=row.resolved_rev,
        )

    def _row(self) -> dict[str, Any]:
        row = self.to_json()
        row["record_kind"] = row.pop("kind")
        row["label"] = self.label[:300]
        row.update(resolved_at=self.resolved_at, resolved_rev=self.resolved_rev)
        return row


def conflict_entry(
    merge: Revision,
    conflicts: list[FieldConflict],
    local_rev: str,
    incoming_rev: str,
    label: str,
    bundle_id: str,
    found_at: str,
) -> Conflict:
    return Conflict(
        id=conflict_id(merge.kind, merge.record_id, merge.rev),
        kind=merge.kind,
        record_id=merge.record_id,
        label=label,
        merge_rev=merge.rev,
        local_rev=local_rev,
        incoming_rev=incoming_rev,
        fields=tuple(ConflictField.from_json(c.to_json()) for c in conflicts),
        status=OPEN,
        resolution="",
        bundle_id=bundle_id,
        found_at=found_at,
    )


def record_conflicts(
    session: Session, found: Iterable[Conflict], closed: Iterable[str], now: str
) -> int:
    """Store conflicts an import found and close those it settled; returns how many new."""
    found, closed = list(found), list(closed)
    if not found and not closed:
        return 0
    ids = [c.id for c in found]
    held = set(session.scalars(select(SyncConflict.id).where(one_of(SyncConflict.id, ids))))
    new = [c for c in {c.id: c for c in found}.values() if c.id not in held]
    if new:
        session.execute(insert(SyncConflict), [c._row() for c in new])
    if closed:
        session.execute(
            update(SyncConflict)
            .where(one_of(SyncConflict.id, closed), SyncConflict.status == OPEN)
            .values(status=RESOLVED, resolution=SETTLED_ELSEWHERE, resolved_at=now)
        )
    return len(new)


def open_conflicts(session: Session) -> dict[str, Conflict]:
    """The open conflicts by id (an import checks whether it settles them)."""
    rows = session.scalars(select(SyncConflict).where(SyncConflict.status == OPEN))
    return {row.id: Conflict._from_row(row) for row in rows}


def _listed(include_resolved: bool) -> Any:
    query = select(SyncConflict)
    return query if include_resolved else query.where(SyncConflict.status == OPEN)


def list_conflicts(
    vault: Database,
    *,
    include_resolved: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[Conflict]:
    """Open conflicts (and resolved ones too if asked), oldest found first; ``offset`` and
    ``limit`` give one page."""
    query = (
        _listed(include_resolved)
        .order_by(SyncConflict.found_at, SyncConflict.id)
        .offset(offset)
        .limit(limit)
    )
    with vault.session() as session:
        return [Conflict._from_row(row) for row in session.scalars(query)]


def latest_resolved(vault: Database, limit: int) -> list[Conflict]:
    """The ``limit`` most recently resolved conflicts, newest first."""
    query = (
        select(SyncConflict)
        .where(SyncConflict.status == RESOLVED)
        .order_by(SyncConflict.resolved_at.desc(), SyncConflict.id.desc())
        .limit(limit)
    )
    with vault.session() as session:
        return [Conflict._from_row(row) for row in session.scalars(query)]


def count_conflicts(vault: Database, *, include_resolved: bool = False) -> int:
    query = select(func.count()).select_from(_listed(include_resolved).subquery())
    with vault.session() as session:
        return int(session.scalar(query) or 0)


def typed_value(kind: str, name: str, text: str) -> Any:
    """The revision-body value a person typed as text for ``name``: text, dates, times and
    amounts as they are, other values as JSON; empty text clears an optional field."""
    column = COLUMNS[kind].get(name)
    if column is None:
        raise SyncError(
            Message(
                "not_a_field_of_kind", "{field!r} is not a field of a {kind}", field=name, kind=kind
            )
        )
    if not text.strip() and column.nullable:
        return None
    if column.type in ("text", "date", "datetime", "decimal"):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise SyncError(
            Message(
                "not_a_valid_value",
                "{field}: {text!r} is not a valid {type} value",
                field=name,
                text=text,
                type=column.type,
            )
        ) from None


def _already_resolved(session: Session, row: SyncConflict) -> Message:
    """Why ``row`` cannot be resolved again: resolved already, by whom and when if known."""
    found = None
    if row.resolved_rev:
        found = session.execute(
            select(RecordRevision.author, RecordRevision.changed_at).where(
                RecordRevision.record_id == row.record_id, RecordRevision.rev == row.resolved_rev
            )
        ).first()
    if found is None or not found.author:
        return Message(
            "conflict_already_resolved",
            "conflict {id} is already resolved ({resolution})",
            id=row.id,
            resolution=row.resolution,
        )
    return Message(
        "conflict_resolved_by",
        "conflict {id} on {kind} {record} is already resolved ({resolution}) by {author} at {when}",
        id=row.id,
        kind=row.record_kind,
        record=row.record_id,
        resolution=row.resolution,
        author=found.author,
        when=utc_text(found.changed_at),
    )


def resolve_conflict(
    vault: Database,
    conflict: str,
    take: str | dict[str, str],
) -> Revision:
    """Settle a conflict: ``take`` is ``local``, ``incoming`` or {field: value text}.

    Makes a new revision of the record, descending from the merge (so from both sides),
    that names the conflict's fields as changed; other replicas close the conflict when it
    reaches them.
    """
    with vault.transaction() as session:
        require(session, Action.RESOLVE_CONFLICTS)
        key = conflict.strip().lower()
        if not key:
            raise ConflictNotFound("no conflict named; see `conflict list`")
        matches = list(
            session.scalars(
                select(SyncConflict).where(SyncConflict.id.startswith(key, autoescape=True))
            )
        )
        exact = [row for row in matches if row.id == key]
        if len(exact) == 1:
            matches = exact
        if len(matches) != 1:
            raise ConflictNotFound(f"no conflict {conflict!r}; see `conflict list`")
        # Locked, then read again: of two people resolving it at once, the second waits
        # for the first and is told it was resolved (and by whom), never overwrites it.
        row = session.scalars(
            select(SyncConflict)
            .where(SyncConflict.id == matches[0].id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).one()
        if row.status != OPEN:
            raise SyncError(_already_resolved(session, row))
        entry = Conflict._from_row(row)
        kind, record_id = entry.kind, entry.record_id
        fields = {f.field: f for f in entry.fields}
        if take in ("local", "incoming"):
            chosen = {name: getattr(f, str(take)) for name, f in fields.items()}
        elif isinstance(take, dict):
            chosen = {name: typed_value(kind, name, text) for name, text in take.items()}
        else:
            raise SyncError("--take must be local, incoming or FIELD=VALUE")
        head = read_heads(session, kind, [record_id], lock=True).get(record_id)
        history = read_histories(session, kind, [record_id]).get(record_id, {})
        if head is None or head not in history:
            raise SyncError(
                Message(
                    "record_missing",
                    "{kind} {record_id} is missing from this vault",
                    kind=kind,
                    record_id=record_id,
                )
            )
        current = history[head]
        body = dict(current.body)
        body.update(chosen)
        parents = [head]
        context = vault.record_context()
        resolution = Revision(
            kind=kind,
            record_id=record_id,
            rev=make_rev(parents, current.deleted, body),
            parents=(head,),
            deleted=current.deleted,
            body=body,
            changed_fields=tuple(sorted(set(fields) | set(chosen))),
            device_id=context.device_id,
            author=context.author,
            changed_at=utc_text(context.clock.now()),
        )
        # The values chosen pass the rule book as an edit in the application would.
        problems = check_record(kind, body, current.body)
        if problems:
            raise SyncError("; ".join(f"{f}: {m}" for f, m in problems))
        session.info["replaying_revisions"] = True
        session.execute(insert(RecordRevision).values(**resolution.row()))
        upsert_record(session, resolution, exists=True)
        taken = take if isinstance(take, str) else ", ".join(sorted(take))
        session.execute(
            update(SyncConflict)
            .where(SyncConflict.id == entry.id)
            .values(
                status=RESOLVED,
                resolution=f"taken: {taken}",
                resolved_at=now_text(vault),
                resolved_rev=resolution.rev,
            )
        )
    return resolution
