"""The conflicts as the Conflicts tab reads them (in a worker thread): each stored
conflict with the devices and authors of its two sides."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from fieldpartner.domain.models import RecordRevision
from fieldpartner.sync import list_conflicts
from fieldpartner.sync.conflicts import ConflictField, count_conflicts, latest_resolved
from fieldpartner.sync.org import organisation
from fieldpartner.vault import Vault

# Resolved conflicts listed at most (the latest): a long-running HQ holds many.
RESOLVED_SHOWN = 500


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the panel shows it: the stored entry and who made each side."""

    id: str
    kind: str
    record_id: str
    label: str
    fields: tuple[ConflictField, ...]
    status: str
    resolution: str
    found_at: str
    resolved_at: str
    local_device: str
    incoming_device: str
    local_author: str
    incoming_author: str

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class ConflictList:
    rows: list[ConflictRow]
    this_device: str
    hq_device: str
    resolved_total: int = 0  # resolved conflicts in the vault, of which the latest are listed
    resolved_shown: int = 0


def read_conflicts(vault: Vault, include_resolved: bool) -> ConflictList:
    """Runs in a worker thread: the conflicts and the devices and authors of both sides."""
    entries = list_conflicts(vault)
    resolved_total = 0
    if include_resolved:
        # Every open conflict, and the latest resolved ones: resolved conflicts stay in
        # the vault for the record and are many on a long-running HQ.
        resolved = latest_resolved(vault, RESOLVED_SHOWN)
        resolved_total = count_conflicts(vault, include_resolved=True) - len(entries)
        entries = sorted([*entries, *resolved], key=lambda c: (c.found_at, c.id))
    rows = []
    with vault.session() as session:
        org = organisation(session)
        # Who made each side, read in one query per page of records (not one per conflict).
        sides: dict[tuple[str, str], tuple[str, str]] = {}
        ids = sorted({entry.record_id for entry in entries})
        for start in range(0, len(ids), 500):
            for record_id, rev, device, author in session.execute(
                select(
                    RecordRevision.record_id,
                    RecordRevision.rev,
                    RecordRevision.device_id,
                    RecordRevision.author,
                ).where(RecordRevision.record_id.in_(ids[start : start + 500]))
            ):
                sides[(record_id, rev)] = (device, author)
        for entry in entries:
            local = sides.get((entry.record_id, entry.local_rev), ("", ""))
            incoming = sides.get((entry.record_id, entry.incoming_rev), ("", ""))
            rows.append(
                ConflictRow(
                    id=entry.id,
                    kind=entry.kind,
                    record_id=entry.record_id,
                    label=entry.label,
                    fields=entry.fields,
                    status=entry.status,
                    resolution=entry.resolution,
                    found_at=entry.found_at,
                    resolved_at=entry.resolved_at,
                    local_device=local[0],
                    incoming_device=incoming[0],
                    local_author=local[1],
                    incoming_author=incoming[1],
                )
            )
    return ConflictList(
        rows,
        vault.device_id,
        org.hq.device_id if org is not None else "",
        resolved_total,
        sum(1 for row in rows if not row.is_open),
    )
