"""Conflicts: recording those an import found, listing them, and settling one.

Settling makes a new revision of the record descending from the merge (so from both sides);
other replicas close the conflict when it reaches them.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from fieldpartner.domain.models import RecordRevision
from fieldpartner.domain.revisions import make_rev
from fieldpartner.domain.rules import COLUMNS, check_record
from fieldpartner.domain.types import utc_text
from fieldpartner.sync import state
from fieldpartner.sync.errors import ConflictNotFound, SyncError
from fieldpartner.sync.merge import FieldConflict, conflict_id
from fieldpartner.sync.records import Revision
from fieldpartner.sync.store import now_text, read_heads, read_histories, upsert_record
from fieldpartner.vault import Vault


def conflict_entry(
    merge: Revision,
    conflicts: list[FieldConflict],
    local_rev: str,
    incoming_rev: str,
    label: str,
    bundle_id: str,
    found_at: str,
) -> dict[str, Any]:
    return {
        "id": conflict_id(merge.kind, merge.record_id, merge.rev),
        "kind": merge.kind,
        "record_id": merge.record_id,
        "label": label,
        "merge_rev": merge.rev,
        "local_rev": local_rev,
        "incoming_rev": incoming_rev,
        "fields": [c.to_json() for c in conflicts],
        "status": "open",
        "resolution": "",
        "bundle_id": bundle_id,
        "found_at": found_at,
    }


def record_conflicts(
    session: Session, found: list[dict[str, Any]], closed: list[str], now: str
) -> int:
    """Store conflicts an import found and close those it settled; returns how many new."""
    if not found and not closed:
        return 0
    recorded = 0
    stored = state.read(session, state.CONFLICTS, {})
    for entry in found:
        if entry["id"] not in stored:
            stored[entry["id"]] = entry
            recorded += 1
    for cid in closed:
        if stored.get(cid, {}).get("status") == "open":
            stored[cid].update(
                status="resolved",
                resolution="changed later on another replica",
                resolved_at=now,
            )
    state.write(session, state.CONFLICTS, stored)
    return recorded


def list_conflicts(vault: Vault, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    with vault.session() as session:
        stored = state.read(session, state.CONFLICTS, {})
    found = [c for c in stored.values() if include_resolved or c["status"] == "open"]
    return sorted(found, key=lambda c: (c["found_at"], c["id"]))


def typed_value(kind: str, name: str, text: str) -> Any:
    """The revision-body value a person typed as text for ``name``: text, dates, times and
    amounts as they are, other values as JSON; empty text clears an optional field."""
    column = COLUMNS[kind].get(name)
    if column is None:
        raise SyncError(f"{name!r} is not a field of a {kind}")
    if not text.strip() and column.nullable:
        return None
    if column.type in ("text", "date", "datetime", "decimal"):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise SyncError(f"{name}: {text!r} is not a valid {column.type} value") from None


def resolve_conflict(
    vault: Vault,
    conflict: str,
    take: str | dict[str, str],
) -> Revision:
    """Settle a conflict: ``take`` is ``local``, ``incoming`` or {field: value text}.

    Makes a new revision of the record, descending from the merge (so from both sides),
    that names the conflict's fields as changed; other replicas close the conflict when it
    reaches them.
    """
    with vault.transaction() as session:
        stored = state.read(session, state.CONFLICTS, {})
        matches = [cid for cid in stored if cid == conflict or cid.startswith(conflict)]
        if len(matches) != 1:
            raise ConflictNotFound(f"no conflict {conflict!r}; see `conflict list`")
        entry = stored[matches[0]]
        if entry["status"] != "open":
            raise SyncError(f"conflict {entry['id']} is already resolved ({entry['resolution']})")
        kind, record_id = entry["kind"], entry["record_id"]
        fields = {f["field"]: f for f in entry["fields"]}
        if take in ("local", "incoming"):
            chosen = {name: f[take] for name, f in fields.items()}
        elif isinstance(take, dict):
            chosen = {name: typed_value(kind, name, text) for name, text in take.items()}
        else:
            raise SyncError("--take must be local, incoming or FIELD=VALUE")
        head = read_heads(session, kind, [record_id]).get(record_id)
        history = read_histories(session, kind, [record_id]).get(record_id, {})
        if head is None or head not in history:
            raise SyncError(f"{kind} {record_id} is missing from this vault")
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
        entry.update(
            status="resolved",
            resolution=f"taken: {take if isinstance(take, str) else ', '.join(sorted(take))}",
            resolved_at=now_text(vault),
            resolved_rev=resolution.rev,
        )
        state.write(session, state.CONFLICTS, stored)
    return resolution
