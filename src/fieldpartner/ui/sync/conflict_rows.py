"""The conflicts as the Conflicts tab reads them (in a worker thread): each stored
conflict with the devices and authors of its two sides."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fieldpartner.domain.models import RecordRevision
from fieldpartner.sync.org import organisation
from fieldpartner.sync.service import list_conflicts
from fieldpartner.vault import Vault


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the panel shows it: the stored entry and who made each side."""

    id: str
    kind: str
    record_id: str
    label: str
    fields: tuple[dict[str, Any], ...]
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


def read_conflicts(vault: Vault, include_resolved: bool) -> ConflictList:
    """Runs in a worker thread: the conflicts and the devices and authors of both sides."""
    entries = list_conflicts(vault, include_resolved=include_resolved)
    rows = []
    with vault.session() as session:
        org = organisation(session)
        for entry in entries:
            sides = {
                rev: (device, author)
                for rev, device, author in session.execute(
                    select(
                        RecordRevision.rev, RecordRevision.device_id, RecordRevision.author
                    ).where(
                        RecordRevision.record_kind == entry["kind"],
                        RecordRevision.record_id == entry["record_id"],
                        RecordRevision.rev.in_([entry["local_rev"], entry["incoming_rev"]]),
                    )
                )
            }
            local = sides.get(entry["local_rev"], ("", ""))
            incoming = sides.get(entry["incoming_rev"], ("", ""))
            rows.append(
                ConflictRow(
                    id=entry["id"],
                    kind=entry["kind"],
                    record_id=entry["record_id"],
                    label=str(entry.get("label", "")),
                    fields=tuple(dict(f) for f in entry["fields"]),
                    status=entry["status"],
                    resolution=str(entry.get("resolution", "")),
                    found_at=str(entry.get("found_at", "")),
                    resolved_at=str(entry.get("resolved_at", "")),
                    local_device=local[0],
                    incoming_device=incoming[0],
                    local_author=local[1],
                    incoming_author=incoming[1],
                )
            )
    return ConflictList(rows, vault.device_id, org.hq.device_id if org is not None else "")
