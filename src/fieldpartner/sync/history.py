"""The bundle history (every bundle this vault exported or imported: the History screen) and
the bookkeeping of bundles received (their ids, so a bundle imports once, and the stretches of
each sender's change sequence received, so gaps are reported).

Both are rows of their own (``sync_bundle_events``, ``sync_received_bundles``,
``sync_received_ranges``): an import adds a row or two, it never rewrites the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from fieldpartner.domain.models import SyncBundleEvent, SyncReceivedBundle, SyncReceivedRange
from fieldpartner.sync.state import gaps
from fieldpartner.vault import Database


@dataclass(frozen=True)
class BundleEvent:
    """One bundle this vault exported or imported (the History screen's rows)."""

    direction: str  # "sent" | "received"
    bundle_id: str
    peer: str  # the recipient's device id when sent, the sender's when received
    peer_role: str  # "hq" | "device"
    at: str  # when this vault exported or imported it (UTC text)
    created_at: str  # the bundle manifest's created_at
    sequence: tuple[int, int]
    full: bool
    revisions: int
    records: dict[str, int]
    attachments: int
    conflicts: int  # conflicts this import recorded; 0 for a sent bundle
    file_name: str  # the file's name, never its folder

    def _row(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "bundle_id": self.bundle_id,
            "peer": self.peer,
            "peer_role": self.peer_role,
            "at": self.at,
            "created_at": self.created_at,
            "sequence_after": self.sequence[0],
            "sequence_through": self.sequence[1],
            "full": self.full,
            "revisions": self.revisions,
            "records": dict(self.records),
            "attachments": self.attachments,
            "conflicts": self.conflicts,
            "file_name": self.file_name,
        }

    @classmethod
    def _from_row(cls, row: SyncBundleEvent) -> BundleEvent:
        return cls(
            direction=row.direction,
            bundle_id=row.bundle_id,
            peer=row.peer,
            peer_role=row.peer_role,
            at=row.at,
            created_at=row.created_at,
            sequence=(row.sequence_after, row.sequence_through),
            full=bool(row.full),
            revisions=row.revisions,
            records={str(k): int(v) for k, v in dict(row.records).items()},
            attachments=row.attachments,
            conflicts=row.conflicts,
            file_name=row.file_name,
        )


def record_event(session: Session, event: BundleEvent) -> None:
    """Add ``event`` to the history inside the caller's transaction."""
    session.execute(insert(SyncBundleEvent).values(**event._row()))


def bundle_history(
    vault: Database, *, offset: int = 0, limit: int | None = None
) -> list[BundleEvent]:
    """The bundles this vault sent or imported, newest first; ``offset`` and ``limit``
    give one page."""
    query = select(SyncBundleEvent).order_by(SyncBundleEvent.seq.desc()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with vault.session() as session:
        return [BundleEvent._from_row(row) for row in session.scalars(query)]


def count_bundle_events(vault: Database, direction: str | None = None) -> int:
    """How many bundles this vault sent or imported (of one direction if given)."""
    query = select(func.count()).select_from(SyncBundleEvent)
    if direction is not None:
        query = query.where(SyncBundleEvent.direction == direction)
    with vault.session() as session:
        return int(session.scalar(query) or 0)


# --- bundles received ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedFrom:
    """What this vault received from one sender."""

    bundles: int
    last_bundle_at: str  # the latest manifest's created_at
    ranges: tuple[tuple[int, int], ...]  # (after, through], merged

    @property
    def last_sequence(self) -> int:
        return max((through for _, through in self.ranges), default=0)

    @property
    def gaps(self) -> list[tuple[int, int]]:
        return gaps([list(r) for r in self.ranges])


def already_received(session: Session, sender: str, bundle_id: str) -> bool:
    """Whether the bundle ``bundle_id`` from ``sender`` was imported here before."""
    found = session.scalar(
        select(SyncReceivedBundle.bundle_id).where(
            SyncReceivedBundle.sender == sender, SyncReceivedBundle.bundle_id == bundle_id
        )
    )
    return found is not None


def received_created_at(session: Session, sender: str, bundle_id: str) -> str | None:
    """The creation time in the manifest of the bundle ``bundle_id`` from ``sender`` that
    was imported here, or None: another file under the same id but made at another time is
    not the bundle received, whatever its id says."""
    return session.scalar(
        select(SyncReceivedBundle.created_at).where(
            SyncReceivedBundle.sender == sender, SyncReceivedBundle.bundle_id == bundle_id
        )
    )


def received_ranges(session: Session, sender: str) -> list[list[int]]:
    """The stretches (after, through] of ``sender``'s sequence received, merged, in order."""
    rows = session.execute(
        select(SyncReceivedRange.after, SyncReceivedRange.through)
        .where(SyncReceivedRange.sender == sender)
        .order_by(SyncReceivedRange.after)
    )
    return [[after, through] for after, through in rows]


def received_from(session: Session) -> dict[str, ReceivedFrom]:
    """Per sender: how many bundles, the latest one's creation time, the ranges received."""
    counts = {
        sender: (int(count), str(latest or ""))
        for sender, count, latest in session.execute(
            select(
                SyncReceivedBundle.sender,
                func.count(),
                func.max(SyncReceivedBundle.created_at),
            ).group_by(SyncReceivedBundle.sender)
        )
    }
    ranges: dict[str, list[tuple[int, int]]] = {}
    for sender, after, through in session.execute(
        select(
            SyncReceivedRange.sender, SyncReceivedRange.after, SyncReceivedRange.through
        ).order_by(SyncReceivedRange.sender, SyncReceivedRange.after)
    ):
        ranges.setdefault(sender, []).append((after, through))
    return {
        sender: ReceivedFrom(
            counts.get(sender, (0, ""))[0],
            counts.get(sender, (0, ""))[1],
            tuple(ranges.get(sender, [])),
        )
        for sender in sorted({*counts, *ranges})
    }


def record_received(
    session: Session,
    sender: str,
    bundle_id: str,
    created_at: str,
    sequence: tuple[int, int],
    now: str,
) -> None:
    """Note a bundle imported from ``sender`` and the sequence range it covered."""
    session.execute(
        insert(SyncReceivedBundle).values(
            sender=sender, bundle_id=bundle_id, created_at=created_at, imported_at=now
        )
    )
    merged = _merge_ranges([*received_ranges(session, sender), list(sequence)])
    session.execute(delete(SyncReceivedRange).where(SyncReceivedRange.sender == sender))
    session.execute(
        insert(SyncReceivedRange),
        [{"sender": sender, "after": a, "through": t} for a, t in merged],
    )


def _merge_ranges(ranges: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for after, through in sorted(ranges):
        if merged and after <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], through)
        else:
            merged.append([after, through])
    return merged
