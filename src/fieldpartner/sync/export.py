"""Export: what a bundle for one recipient holds, its preview, and writing it.

Incremental from what that recipient has acknowledged receiving (so a lost bundle's changes
go out again), or everything; each record goes with its whole revision history so the
receiver can always find the common ancestor. ``plan_export`` shows the same selection
without writing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldpartner.domain import staff
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import (
    MODEL_BY_KIND,
    SYNCED_MODELS,
    Action,
    Answer,
    Assessment,
    Attachment,
    Blob,
    Contact,
    Partner,
    Project,
    RecordRevision,
    ScheduledReport,
    SyncedRecord,
    Template,
    WorkshopParticipant,
)
from fieldpartner.domain.problems import Message
from fieldpartner.domain.types import utc_text
from fieldpartner.files import atomic_writer
from fieldpartner.sync import state
from fieldpartner.sync.bundle_v1 import BundleWriterV1, Manifest, Progress
from fieldpartner.sync.errors import SyncError, TrustRefused
from fieldpartner.sync.history import BundleEvent, received_ranges, record_event
from fieldpartner.sync.identity import PublicIdentity, ensure_device_identity
from fieldpartner.sync.org import (
    Organisation,
    enrolled_devices,
    find_device_id,
    require_organisation,
)
from fieldpartner.sync.records import Revision
from fieldpartner.sync.store import (
    LOOKUP,
    RecordKey,
    chunks,
    now_text,
    one_of,
    read_heads,
    read_histories,
)
from fieldpartner.vault import Database


def _foreign_keys(model: type[SyncedRecord]) -> list[tuple[str, str]]:
    """(column, target kind) of a model's references to other synced records."""
    kind_by_table = {m.__tablename__: m.kind for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    found = []
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        for fk in column.foreign_keys:
            target = kind_by_table.get(fk.column.table.name)
            if target is not None:
                found.append((column.key, target))
    return found


FOREIGN_KEYS = {m.kind: _foreign_keys(m) for m in SYNCED_MODELS}


def _with_references(session: Session, selected: set[RecordKey]) -> set[RecordKey]:
    """``selected`` plus every record they refer to, so a bundle never refers to a record
    the receiver might lack."""
    result = set(selected)
    frontier = set(selected)
    while frontier:
        by_kind: dict[str, list[str]] = defaultdict(list)
        for kind, record_id in frontier:
            if FOREIGN_KEYS[kind]:
                by_kind[kind].append(record_id)
        frontier = set()
        for kind, ids in by_kind.items():
            table = MODEL_BY_KIND[kind].__table__  # type: ignore[attr-defined]
            columns = [table.c[name] for name, _ in FOREIGN_KEYS[kind]]
            for chunk in chunks(ids, LOOKUP):
                for row in session.execute(select(*columns).where(one_of(table.c.id, chunk))):
                    for (_, target), value in zip(FOREIGN_KEYS[kind], row, strict=True):
                        key = (target, value)
                        if value is not None and key not in result:
                            result.add(key)
                            frontier.add(key)
    return result


def _ids(session: Session, model: type[SyncedRecord], *conditions: Any) -> set[str]:
    table = model.__table__  # type: ignore[attr-defined]
    query = select(table.c.id)
    for condition in conditions:
        query = query.where(condition)
    return set(session.connection().execute(query).scalars().all())


def _device_scope(session: Session, device_id: str, partners: set[str]) -> set[RecordKey]:
    """What HQ sends a device: templates, its assigned partners with their dependent
    records, and every record the device itself has written to."""
    t = {m.kind: m.__table__ for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    scope: dict[str, set[str]] = defaultdict(set)
    scope["template"] = _ids(session, Template)
    if partners:
        p = partners
        scope["partner"] = _ids(session, Partner, one_of(t["partner"].c.id, p))
        scope["contact"] = _ids(session, Contact, one_of(t["contact"].c.partner_id, p))
        projects = _ids(session, Project, one_of(t["project"].c.partner_id, p))
        scope["project"] = projects
        scope["scheduled_report"] = _ids(
            session, ScheduledReport, one_of(t["scheduled_report"].c.project_id, projects)
        )
        assessments = _ids(session, Assessment, one_of(t["assessment"].c.partner_id, p))
        scope["assessment"] = assessments
        scope["answer"] = _ids(session, Answer, one_of(t["answer"].c.assessment_id, assessments))
        scope["action"] = _ids(session, Action, one_of(t["action"].c.partner_id, p))
        scope["attachment"] = _ids(session, Attachment, one_of(t["attachment"].c.partner_id, p))
        participants = _ids(
            session, WorkshopParticipant, one_of(t["workshop_participant"].c.partner_id, p)
        )
        scope["workshop_participant"] = participants
        scope["workshop"] = set(
            session.scalars(
                select(t["workshop_participant"].c.workshop_id).where(
                    one_of(t["workshop_participant"].c.id, participants)
                )
            )
        )
    for kind, record_id in session.execute(
        select(RecordRevision.record_kind, RecordRevision.record_id)
        .where(RecordRevision.device_id == device_id)
        .distinct()
    ):
        scope[kind].add(record_id)
    return {(kind, record_id) for kind, ids in scope.items() for record_id in ids}


def _changed_since(session: Session, after: int) -> set[RecordKey]:
    return {
        (kind, record_id)
        for kind, record_id in session.execute(
            select(RecordRevision.record_kind, RecordRevision.record_id)
            .where(RecordRevision.seq > after)
            .distinct()
        )
    }


def _all_records(session: Session) -> set[RecordKey]:
    keys: set[RecordKey] = set()
    for model in SYNCED_MODELS:
        keys |= {(model.kind, record_id) for record_id in _ids(session, model)}
    return keys


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    recipient: str
    revisions: int
    records: dict[str, int]
    attachments: int
    sequence: tuple[int, int]
    full: bool


@dataclass(frozen=True)
class ExportSummary:
    """What ``export_bundle`` would put in a bundle now, computed without writing anything
    (shown to the user before the file is made)."""

    recipient: str
    recipient_role: str
    revisions: int
    records: dict[str, int]
    attachments: int
    attachment_bytes: int
    sequence: tuple[int, int]
    full: bool
    nothing_new: bool


def _recipient(session: Session, org: Organisation, to: str) -> PublicIdentity:
    if not org.is_hq:
        if to not in ("hq", org.hq.device_id):
            raise SyncError("a field vault sends bundles to HQ only (use --to hq)")
        return org.hq
    if to == "hq":
        raise SyncError("this vault is HQ: name the device to send to with --to DEVICE_ID")
    devices = enrolled_devices(session)
    entry = devices[find_device_id(devices, to)]
    if entry["status"] != "active":
        raise TrustRefused(
            Message(
                "send_to_revoked_device",
                "device {device} is revoked; nothing is sent to it",
                device=entry["device_id"],
            )
        )
    return PublicIdentity.from_json(entry, "enrolled device")


def _unacknowledged_partners(sent: dict[str, Any], acked: int) -> dict[str, int]:
    """Partners HQ sent a device that the device has not yet shown it received.

    Each pending partner keeps the highest sequence HQ had sent that device before the
    partner first went out. Only bundles made since then reach beyond that sequence, and
    each of them carried the partner (it stays pending until proven); so once the device
    acknowledges beyond it, one of those bundles arrived.
    """
    pending = sent.get("pending_partners", {})
    return {p: int(before) for p, before in pending.items() if acked <= int(before)}


@dataclass(frozen=True)
class _Selection:
    """The records, revisions and attachments one bundle for one recipient holds."""

    org: Organisation
    recipient: PublicIdentity
    after: int
    through: int
    full: bool
    assigned: frozenset[str]
    # Partners that go out in full because the recipient has not acknowledged them yet.
    partners_sent_whole: frozenset[str]
    acknowledged: int  # how far this vault has received the recipient's own sequence
    histories: dict[str, dict[str, dict[str, Revision]]]
    heads: dict[str, dict[str, str]]
    blob_hashes: list[str]
    attachment_bytes: int

    @property
    def recipient_role(self) -> str:
        return "hq" if self.recipient.device_id == self.org.hq.device_id else "device"

    @property
    def records(self) -> dict[str, int]:
        return {kind: len(h) for kind, h in self.histories.items()}

    @property
    def revisions(self) -> int:
        return sum(len(history) for h in self.histories.values() for history in h.values())


def _select_export(session: Session, to: str, full: bool) -> _Selection:
    """The one place that decides what a bundle for ``to`` holds (export and its preview).

    Incremental bundles start from what the recipient has *acknowledged* receiving of this
    vault's sequence (``sync.acks``), not from what was last sent: changes in a bundle that
    never arrived go out again in the next one until the recipient acknowledges them.
    """
    org = require_organisation(session)
    recipient = _recipient(session, org, to)
    rid = recipient.device_id
    sent = state.read(session, state.SENT, {}).get(rid, {})
    acked = state.acknowledged(session, rid)
    through = int(session.scalar(select(func.max(RecordRevision.seq))) or 0)
    after = 0 if full or acked > through else acked  # (acked > through: a restored vault)
    assigned: set[str] = set()
    whole: set[str] = set()
    if org.is_hq:
        assigned = set(state.read(session, state.ASSIGNMENTS, {}).get(rid, []))
        delivered = set(sent.get("partners", [])) - set(_unacknowledged_partners(sent, acked))
        whole = assigned - delivered
        scope = _device_scope(session, rid, assigned)
        if after == 0:
            selected = scope
        else:
            selected = (_changed_since(session, after) & scope) | (
                _device_scope(session, "", whole)
                - {("template", t) for t in _ids(session, Template)}
            )
    else:
        selected = _all_records(session) if after == 0 else _changed_since(session, after)
    everything = not org.is_hq and after == 0
    if not everything:
        # (Every record refers only to records of the vault, so all of them need no more.)
        selected = _with_references(session, selected)
    if org.is_hq and not full:
        # A record whose every revision the device wrote itself is already on the device:
        # HQ does not echo it back (on a device's first exchange, that was all it sent).
        # A full export still carries everything, for a device restored from a backup.
        written_elsewhere = (
            select(RecordRevision.record_kind, RecordRevision.record_id)
            .where(RecordRevision.device_id != rid)
            .distinct()
        )
        selected &= {(kind, record_id) for kind, record_id in session.execute(written_elsewhere)}
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id in selected:
        by_kind[kind].append(record_id)
    histories: dict[str, dict[str, dict[str, Revision]]] = {}
    heads: dict[str, dict[str, str]] = {}
    for model in SYNCED_MODELS:
        ids = by_kind.get(model.kind, [])
        if not ids:
            continue
        # A kind sent whole is read whole: one pass over its rows instead of id lookups.
        table = model.__table__  # type: ignore[attr-defined]
        whole_kind = everything or len(ids) == session.scalar(select(func.count(table.c.id)))
        wanted = None if whole_kind else ids
        heads[model.kind] = read_heads(session, model.kind, wanted)
        histories[model.kind] = read_histories(session, model.kind, wanted)
    wanted = sorted(
        {
            revision.body["sha256"]
            for history in histories.get("attachment", {}).values()
            for revision in history.values()
        }
    )
    sizes: dict[str, int] = {}
    for chunk in chunks(wanted, LOOKUP):
        query = select(Blob.sha256, Blob.size).where(one_of(Blob.sha256, chunk))
        sizes.update((sha256, size) for sha256, size in session.execute(query))
    return _Selection(
        org=org,
        recipient=recipient,
        after=after,
        through=through,
        full=after == 0,
        assigned=frozenset(assigned),
        partners_sent_whole=frozenset(whole),
        acknowledged=state.coverage(received_ranges(session, rid)),
        histories=histories,
        heads=heads,
        blob_hashes=sorted(sizes),
        attachment_bytes=sum(int(size) for size in sizes.values()),
    )


def plan_export(vault: Database, *, to: str = "hq", full: bool = False) -> ExportSummary:
    """What ``export_bundle(vault, ..., to=to, full=full)`` would write now; writes nothing."""
    with vault.session() as session:
        try:
            selection = _select_export(session, to, full)
        finally:
            session.rollback()
    return ExportSummary(
        recipient=selection.recipient.device_id,
        recipient_role=selection.recipient_role,
        revisions=selection.revisions,
        records=selection.records,
        attachments=len(selection.blob_hashes),
        attachment_bytes=selection.attachment_bytes,
        sequence=(selection.after, selection.through),
        full=selection.full,
        nothing_new=selection.revisions == 0 and not selection.blob_hashes,
    )


def export_bundle(
    vault: Database,
    out_path: Path,
    *,
    to: str = "hq",
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write a bundle for ``to`` (``hq`` from a field vault, a device id from HQ)."""
    with vault.session() as session:
        staff.require(session, staff.Action.EXPORT_BUNDLES)
    identity = ensure_device_identity(vault)
    out_path = Path(out_path)
    with vault.session() as session:
        selection = _select_export(session, to, full)
    org, recipient, histories, heads = (
        selection.org,
        selection.recipient,
        selection.histories,
        selection.heads,
    )
    blob_hashes = selection.blob_hashes
    counts = selection.records
    total = selection.revisions

    def lines() -> Iterator[bytes]:
        for kind, records in histories.items():
            for record_id in sorted(records):
                head = heads[kind].get(record_id)
                history = list(records[record_id].values())
                if len(history) > 1:  # (most records have one revision: nothing to sort)
                    history.sort(key=lambda r: r.generation)
                for revision in history:
                    yield revision.to_line(revision.rev == head)

    def attachments() -> Iterator[tuple[str, bytes]]:
        # One session for them all, each read only when the bundle reaches it.
        with vault.session() as blob_session:
            connection = blob_session.connection()
            for sha256 in blob_hashes:
                data = connection.execute(select(Blob.data).where(Blob.sha256 == sha256)).scalar()
                if data is not None:
                    yield sha256, bytes(data)

    me = identity.public
    now = vault.clock.now()
    manifest = Manifest(
        bundle_id=uuid7(),
        org_id=org.org_id,
        created_at=utc_text(now),
        sender=me,
        sender_role=org.role,
        to=recipient.device_id,
        recipients=tuple((r.device_id, r.fingerprint) for r in (recipient, me)),
        sequence=(selection.after, selection.through),
        full=selection.full,
        revisions=total,
        records=dict(counts),
        attachments=len(blob_hashes),
        acknowledgements={recipient.device_id: selection.acknowledged},
        assigned_partners=tuple(sorted(selection.assigned)),
    )
    writer = BundleWriterV1(
        sender=identity,
        recipients=[recipient, me],
        manifest=manifest,
        mtime=int(now.timestamp()),
        progress=progress,
    )
    with atomic_writer(out_path) as handle:
        writer.write(handle, lines(), attachments(), total)
    with vault.transaction() as session:
        all_sent = state.read(session, state.SENT, {})
        previous = all_sent.get(recipient.device_id, {})
        acked = state.acknowledged(session, recipient.device_id)
        before = int(previous.get("seq", 0))
        pending = {
            p: b
            for p, b in _unacknowledged_partners(previous, acked).items()
            if p in selection.assigned
        }
        for partner_id in selection.partners_sent_whole:
            pending.setdefault(partner_id, before)
        all_sent[recipient.device_id] = {
            "seq": max(selection.through, before),
            "partners": sorted(set(previous.get("partners", [])) | selection.assigned),
            "pending_partners": dict(sorted(pending.items())),
            "bundle_id": manifest.bundle_id,
            "at": manifest.created_at,
        }
        state.write(session, state.SENT, all_sent)
        record_event(
            session,
            BundleEvent(
                direction="sent",
                bundle_id=manifest.bundle_id,
                peer=recipient.device_id,
                peer_role=selection.recipient_role,
                at=now_text(vault),
                created_at=manifest.created_at,
                sequence=(selection.after, selection.through),
                full=selection.full,
                revisions=total,
                records=dict(counts),
                attachments=len(blob_hashes),
                conflicts=0,
                file_name=out_path.name,
            ),
        )
    return ExportResult(
        path=out_path,
        bundle_id=manifest.bundle_id,
        recipient=recipient.device_id,
        revisions=total,
        records=counts,
        attachments=len(blob_hashes),
        sequence=(selection.after, selection.through),
        full=selection.full,
    )
