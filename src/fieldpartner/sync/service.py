"""Sync services the CLI and the UI call: export, preview, import and inspect bundles.

Export picks the records to send (incremental from what that recipient has acknowledged
receiving, so a lost bundle's changes go out again; or everything), with each record's
whole revision history so the receiver can always find the common ancestor, and hands them
to the format-1 writer; ``plan_export`` shows the same selection without writing. Import is
all or nothing: the reader decrypts and checks integrity, this module checks trust
(organisation, sender, enrolled key), plans every record with ``merge`` and applies the
plan in one transaction with foreign keys deferred. Any failure leaves the vault as it was.
Every bundle exported or imported is recorded in the vault's bundle history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

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
from fieldpartner.domain.types import utc_text
from fieldpartner.files import atomic_writer
from fieldpartner.sync import state
from fieldpartner.sync.bundle_v1 import (
    BundleReaderV1,
    BundleWriterV1,
    OpenedBundle,
    Progress,
)
from fieldpartner.sync.errors import BundleInvalid, SyncError, TrustRefused
from fieldpartner.sync.identity import (
    DeviceIdentity,
    PublicIdentity,
    ensure_device_identity,
    normalise_fingerprint,
)
from fieldpartner.sync.merge import (
    FieldConflict,
    RecordChange,
    conflict_id,
    plan_record,
    replayed_merge_conflicts,
    resolved_after,
)
from fieldpartner.sync.org import (
    Organisation,
    enrol_device,
    enrolled_device,
    find_device_id,
    require_organisation,
)
from fieldpartner.sync.records import (
    Revision,
    from_stored,
    parse_line,
    record_row,
)
from fieldpartner.vault import Vault

CHUNK = 500
RecordKey = tuple[str, str]
Confirm = Callable[[PublicIdentity], bool]


def _chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _now(vault: Vault) -> str:
    return utc_text(vault.clock.now())


# --- reading revisions out of the vault ---------------------------------------------------


def _heads(session: Session, kind: str, ids: Iterable[str]) -> dict[str, str]:
    model = MODEL_BY_KIND[kind]
    table = model.__table__  # type: ignore[attr-defined]
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(ids))):
        for record_id, rev in session.execute(
            select(table.c.id, table.c.rev).where(table.c.id.in_(chunk))
        ):
            found[record_id] = rev
    return found


def _histories(session: Session, kind: str, ids: Iterable[str]) -> dict[str, dict[str, Revision]]:
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
        for chunk in _chunks(wanted):
            query = base.where(RecordRevision.record_id.in_(chunk)).order_by(RecordRevision.seq)
            for row in session.scalars(query):
                histories[row.record_id][row.rev] = from_stored(row)
    session.expunge_all()
    return histories


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
            for chunk in _chunks(ids):
                for row in session.execute(select(*columns).where(table.c.id.in_(chunk))):
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
    return set(session.scalars(query))


def _in(column: Any, values: set[str]) -> Any:
    return column.in_(sorted(values))


def _device_scope(session: Session, device_id: str, partners: set[str]) -> set[RecordKey]:
    """What HQ sends a device: templates, its assigned partners with their dependent
    records, and every record the device itself has written to."""
    t = {m.kind: m.__table__ for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    scope: dict[str, set[str]] = defaultdict(set)
    scope["template"] = _ids(session, Template)
    if partners:
        p = partners
        scope["partner"] = _ids(session, Partner, _in(t["partner"].c.id, p))
        scope["contact"] = _ids(session, Contact, _in(t["contact"].c.partner_id, p))
        projects = _ids(session, Project, _in(t["project"].c.partner_id, p))
        scope["project"] = projects
        scope["scheduled_report"] = _ids(
            session, ScheduledReport, _in(t["scheduled_report"].c.project_id, projects)
        )
        assessments = _ids(session, Assessment, _in(t["assessment"].c.partner_id, p))
        scope["assessment"] = assessments
        scope["answer"] = _ids(session, Answer, _in(t["answer"].c.assessment_id, assessments))
        scope["action"] = _ids(session, Action, _in(t["action"].c.partner_id, p))
        scope["attachment"] = _ids(session, Attachment, _in(t["attachment"].c.partner_id, p))
        participants = _ids(
            session, WorkshopParticipant, _in(t["workshop_participant"].c.partner_id, p)
        )
        scope["workshop_participant"] = participants
        scope["workshop"] = set(
            session.scalars(
                select(t["workshop_participant"].c.workshop_id).where(
                    _in(t["workshop_participant"].c.id, participants)
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


def template_lines(session: Session) -> list[dict[str, Any]]:
    """Every template with its history, as revision lines (for the organisation profile)."""
    import json

    ids = _ids(session, Template)
    heads = _heads(session, "template", ids)
    lines = []
    for record_id, history in sorted(_histories(session, "template", ids).items()):
        for revision in history.values():
            lines.append(json.loads(revision.to_line(revision.rev == heads.get(record_id))))
    return lines


# --- export --------------------------------------------------------------------------------


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
    devices = state.read(session, state.DEVICES, {})
    entry = devices[find_device_id(devices, to)]
    if entry["status"] != "active":
        raise TrustRefused(f"device {entry['device_id']} is revoked; nothing is sent to it")
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
    acked = int(state.read(session, state.ACKS, {}).get(rid, 0))
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
        if ids:
            heads[model.kind] = _heads(session, model.kind, ids)
            histories[model.kind] = _histories(session, model.kind, ids)
    wanted = sorted(
        {
            revision.body["sha256"]
            for history in histories.get("attachment", {}).values()
            for revision in history.values()
        }
    )
    sizes: dict[str, int] = {}
    for chunk in _chunks(wanted):
        query = select(Blob.sha256, Blob.size).where(Blob.sha256.in_(chunk))
        sizes.update((sha256, size) for sha256, size in session.execute(query))
    received = state.read(session, state.RECEIVED, {}).get(rid, {})
    return _Selection(
        org=org,
        recipient=recipient,
        after=after,
        through=through,
        full=after == 0,
        assigned=frozenset(assigned),
        partners_sent_whole=frozenset(whole),
        acknowledged=state.coverage(received.get("ranges", [])),
        histories=histories,
        heads=heads,
        blob_hashes=sorted(sizes),
        attachment_bytes=sum(int(size) for size in sizes.values()),
    )


def plan_export(vault: Vault, *, to: str = "hq", full: bool = False) -> ExportSummary:
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
    vault: Vault,
    out_path: Path,
    *,
    to: str = "hq",
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write a bundle for ``to`` (``hq`` from a field vault, a device id from HQ)."""
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
                for revision in sorted(records[record_id].values(), key=lambda r: r.generation):
                    yield revision.to_line(revision.rev == head)

    def attachments() -> Iterator[tuple[str, bytes]]:
        for sha256 in blob_hashes:
            with vault.session() as blob_session:
                data = blob_session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
            if data is not None:
                yield sha256, bytes(data)

    me = identity.public
    now = vault.clock.now()
    manifest = {
        "format": "fieldpartner-bundle",
        "version": 1,
        "bundle_id": uuid7(),
        "org_id": org.org_id,
        "created_at": utc_text(now),
        "sender": {**me.to_json(), "role": org.role},
        "to": recipient.device_id,
        "recipients": [
            {"device_id": r.device_id, "fingerprint": r.fingerprint} for r in (recipient, me)
        ],
        "sequence": {"after": selection.after, "through": selection.through},
        "full": selection.full,
        "counts": {"revisions": total, "records": counts, "attachments": len(blob_hashes)},
        "acknowledgements": {recipient.device_id: selection.acknowledged},
        "assigned_partners": sorted(selection.assigned),
    }
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
        acked = int(state.read(session, state.ACKS, {}).get(recipient.device_id, 0))
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
            "bundle_id": manifest["bundle_id"],
            "at": manifest["created_at"],
        }
        state.write(session, state.SENT, all_sent)
        _record_event(
            session,
            BundleEvent(
                direction="sent",
                bundle_id=str(manifest["bundle_id"]),
                peer=recipient.device_id,
                peer_role=selection.recipient_role,
                at=_now(vault),
                created_at=str(manifest["created_at"]),
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
        bundle_id=str(manifest["bundle_id"]),
        recipient=recipient.device_id,
        revisions=total,
        records=counts,
        attachments=len(blob_hashes),
        sequence=(selection.after, selection.through),
        full=selection.full,
    )


# --- history ---------------------------------------------------------------------------------


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

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "sequence": list(self.sequence)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BundleEvent:
        after, through = data["sequence"]
        return cls(
            **{
                **data,
                "sequence": (int(after), int(through)),
                "records": dict(data["records"]),
            }
        )


def _record_event(session: Session, event: BundleEvent) -> None:
    """Append to ``sync.history`` inside the caller's transaction."""
    history = state.read(session, state.HISTORY, [])
    history.append(event.to_json())
    state.write(session, state.HISTORY, history)


def bundle_history(vault: Vault) -> list[BundleEvent]:
    """Every bundle this vault sent or imported, newest first."""
    with vault.session() as session:
        stored = state.read(session, state.HISTORY, [])
    return [BundleEvent.from_json(entry) for entry in reversed(stored)]


# --- import ----------------------------------------------------------------------------------


@dataclass
class ImportPlan:
    """What a bundle will change: the preview shown before anything is applied."""

    bundle_id: str
    sender: PublicIdentity
    sender_role: str
    created_at: str
    sequence: tuple[int, int]
    changes: list[RecordChange] = field(default_factory=list)
    attachments: dict[str, bytes] = field(default_factory=dict)
    enrol: PublicIdentity | None = None
    already_imported: bool = False
    gaps: list[tuple[int, int]] = field(default_factory=list)
    # Conflicts made elsewhere and found in incoming merge revisions, and conflicts closed.
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    closed_conflicts: list[str] = field(default_factory=list)
    acknowledged: int | None = None
    # From the manifest, for the bundle history.
    revisions: int = 0
    full: bool = False

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind, how many records each action touches."""
        table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for change in self.changes:
            table[change.kind][change.action] += 1
        return {kind: dict(actions) for kind, actions in sorted(table.items())}

    @property
    def changes_anything(self) -> bool:
        return any(c.changes_record or c.new_revisions or c.relabelled for c in self.changes)


@dataclass
class ImportResult:
    plan: ImportPlan
    applied: bool


def _open(vault: Vault, path: Path, progress: Progress | None) -> OpenedBundle:
    identity = ensure_device_identity(vault)
    try:
        source = open(path, "rb")  # noqa: SIM115 - closed below, after the reader's thread
    except OSError as exc:
        raise SyncError(f"cannot read {path}: {exc.strerror}") from None
    with source:
        return BundleReaderV1([identity.age_identity], progress).read(source)


def inspect_bundle(vault: Vault, path: Path) -> OpenedBundle:
    """Decrypt and check a bundle without trusting or applying it."""
    return _open(vault, Path(path), None)


def _check_sender(
    session: Session,
    identity: DeviceIdentity,
    opened: OpenedBundle,
    trust: str | None,
    confirm: Confirm | None,
) -> tuple[Organisation, PublicIdentity | None]:
    org = require_organisation(session)
    manifest, sender = opened.manifest, opened.sender
    if manifest["org_id"] != org.org_id:
        raise TrustRefused(
            f"this bundle belongs to another organisation ({manifest['org_id']}), not {org.name!r}"
        )
    if sender.device_id == identity.device_id:
        if sender.fingerprint != identity.fingerprint:
            raise TrustRefused(
                "the bundle claims to come from this vault but another key signed it"
            )
        return org, None
    if not org.is_hq:
        if sender.device_id != org.hq.device_id or sender.fingerprint != org.hq.fingerprint:
            raise TrustRefused(
                f"this bundle is not from {org.name!r}'s HQ (sender {sender.device_id}, "
                f"fingerprint {sender.fingerprint}); field vaults accept bundles from HQ only"
            )
        return org, None
    entry = enrolled_device(session, sender.device_id)
    if entry is not None:
        if entry["status"] != "active":
            raise TrustRefused(
                f"device {sender.device_id} was revoked on {entry.get('revoked_at', '?')}; "
                "its bundles are refused"
            )
        if entry["fingerprint"] != sender.fingerprint:
            raise TrustRefused(
                f"the bundle claims to come from device {sender.device_id} but is signed by a "
                f"different key (fingerprint {sender.fingerprint}, enrolled "
                f"{entry['fingerprint']})"
            )
        return org, None
    if trust is not None:
        if normalise_fingerprint(trust) != sender.fingerprint:
            raise TrustRefused(
                f"the fingerprint given with --trust does not match the unknown device "
                f"{sender.device_id} (its fingerprint is {sender.fingerprint})"
            )
        return org, sender
    if confirm is not None and confirm(sender):
        return org, sender
    raise TrustRefused(
        f"unknown device {sender.device_id} with fingerprint {sender.fingerprint}: check the "
        "fingerprint with the device's user, then import again with --trust FINGERPRINT"
    )


def _incoming_histories(
    opened: OpenedBundle,
) -> dict[RecordKey, tuple[dict[str, Revision], str]]:
    """The bundle's revisions grouped per record with the sender's head, checked to be
    each record's complete history."""
    grouped: dict[RecordKey, dict[str, Revision]] = defaultdict(dict)
    heads: dict[RecordKey, str] = {}
    for revision, is_head in opened.revisions:
        key = (revision.kind, revision.record_id)
        if revision.rev in grouped[key]:
            raise BundleInvalid(f"{key[0]} {key[1]}: revision {revision.rev} appears twice")
        grouped[key][revision.rev] = revision
        if is_head:
            if key in heads:
                raise BundleInvalid(f"{key[0]} {key[1]} has two head revisions")
            heads[key] = revision.rev
    from fieldpartner.sync.merge import ancestors

    result = {}
    for key, history in grouped.items():
        head = heads.get(key)
        if head is None:
            raise BundleInvalid(f"{key[0]} {key[1]} has no head revision")
        for revision in history.values():
            missing = [p for p in revision.parents if p not in history]
            if missing:
                raise BundleInvalid(
                    f"{key[0]} {key[1]}: the history is incomplete ({missing[0]} is missing)"
                )
        if len(ancestors(history, head)) != len(history):
            raise BundleInvalid(f"{key[0]} {key[1]}: a revision is not in its head's history")
        result[key] = (history, head)
    return result


def _record_label(body: dict[str, Any]) -> str:
    for name in ("name", "title", "filename", "item_id"):
        value = body.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


def _plan(
    session: Session,
    vault: Vault,
    opened: OpenedBundle,
    trust: str | None,
    confirm: Confirm | None,
) -> ImportPlan:
    identity = ensure_device_identity(vault)
    _org, enrol = _check_sender(session, identity, opened, trust, confirm)
    manifest = opened.manifest
    sequence = (manifest["sequence"]["after"], manifest["sequence"]["through"])
    plan = ImportPlan(
        bundle_id=opened.bundle_id,
        sender=opened.sender,
        sender_role=str(opened.manifest["sender"].get("role", "")),
        created_at=str(manifest["created_at"]),
        sequence=sequence,
        attachments=opened.attachments,
        enrol=enrol,
        revisions=int(manifest["counts"]["revisions"]),
        full=bool(manifest["full"]),
    )
    ack = manifest["acknowledgements"].get(identity.device_id)
    plan.acknowledged = ack if isinstance(ack, int) and not isinstance(ack, bool) else None
    received = state.read(session, state.RECEIVED, {}).get(opened.sender.device_id, {})
    ranges = [*received.get("ranges", []), list(sequence)]
    plan.gaps = state.gaps(ranges)
    if opened.bundle_id in received.get("bundles", {}):
        plan.already_imported = True
        return plan

    incoming = _incoming_histories(opened)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id in incoming:
        by_kind[kind].append(record_id)
    open_conflicts = {
        cid: c
        for cid, c in state.read(session, state.CONFLICTS, {}).items()
        if c["status"] == "open"
    }
    conflicts_by_record: dict[RecordKey, list[str]] = defaultdict(list)
    for cid, conflict in open_conflicts.items():
        conflicts_by_record[(conflict["kind"], conflict["record_id"])].append(cid)
    found_at = _now(vault)
    for model in SYNCED_MODELS:
        kind = model.kind
        ids = sorted(by_kind.get(kind, []))
        if not ids:
            continue
        local_heads = _heads(session, kind, ids)
        need_history = [i for i in ids if i in local_heads]
        local_histories = _histories(session, kind, need_history) if need_history else {}
        same_templates = (
            _templates_held_under_other_ids(session, incoming, ids, local_heads)
            if kind == "template"
            else set()
        )
        for record_id in ids:
            history, head = incoming[(kind, record_id)]
            if record_id in same_templates:
                plan.changes.append(RecordChange(kind, record_id, "ignore", None, head))
                continue
            local_history = local_histories.get(record_id, {})
            change = plan_record(local_history, local_heads.get(record_id), history, head)
            plan.changes.append(change)
            if not change.new_revisions and not change.changes_record:
                continue  # (relabelled audit data needs no conflict bookkeeping)
            combined = {**history, **local_history}
            for revision in change.new_revisions:
                combined.setdefault(revision.rev, revision)
            label = _record_label((change.result or history[head]).body)
            if change.conflicts and change.result is not None:
                plan.conflicts.append(
                    _conflict_entry(
                        change.result,
                        change.conflicts,
                        change.local_rev or "",
                        change.incoming_rev,
                        label,
                        plan.bundle_id,
                        found_at,
                    )
                )
            for revision in change.new_revisions:
                if revision is change.result and change.action == "merge":
                    continue
                replay = replayed_merge_conflicts(combined, revision, local_history)
                if replay is not None:
                    conflicts, local_rev, incoming_rev = replay
                    plan.conflicts.append(
                        _conflict_entry(
                            revision,
                            conflicts,
                            local_rev,
                            incoming_rev,
                            label,
                            plan.bundle_id,
                            found_at,
                        )
                    )
            new_head = change.result.rev if change.result is not None else None
            if new_head is None:
                continue
            for cid in conflicts_by_record.get((kind, record_id), []):
                conflict = open_conflicts[cid]
                fields = [f["field"] for f in conflict["fields"]]
                if resolved_after(combined, new_head, conflict["merge_rev"], fields):
                    plan.closed_conflicts.append(cid)
            for entry in list(plan.conflicts):
                if entry["record_id"] != record_id or entry["kind"] != kind:
                    continue
                fields = [f["field"] for f in entry["fields"]]
                if resolved_after(combined, new_head, entry["merge_rev"], fields):
                    entry["status"] = "resolved"
                    entry["resolution"] = "changed later on another replica"
    return plan


def _templates_held_under_other_ids(
    session: Session,
    incoming: dict[RecordKey, tuple[dict[str, Revision], str]],
    ids: list[str],
    local_heads: dict[str, str],
) -> set[str]:
    """Incoming templates this vault already holds under another id.

    Every vault stores the built-in templates itself, so the same template key and
    version exists under a different id on each replica. Templates are immutable per
    version: an identical one is the same template and is skipped; a different one under
    the same key and version is refused, as a template import would refuse it.
    """
    from fieldpartner.domain.revisions import canonical_json

    skipped: set[str] = set()
    for record_id in ids:
        if record_id in local_heads:
            continue
        history, head = incoming[("template", record_id)]
        body = history[head].body
        local = session.scalars(
            select(Template).where(
                Template.template_key == body["template_key"],
                Template.version == body["version"],
                Template.id != record_id,
            )
        ).first()
        if local is None:
            continue
        if canonical_json(local.body) != canonical_json(body["body"]):
            raise BundleInvalid(
                f"template {body['template_key']} version {body['version']} in the bundle "
                "differs from the one in this vault; a changed template needs a new version"
            )
        skipped.add(record_id)
    return skipped


def _conflict_entry(
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


def _write_records(
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


def _upsert_record(session: Session, revision: Revision, exists: bool) -> None:
    table = MODEL_BY_KIND[revision.kind].__table__  # type: ignore[attr-defined]
    row = record_row(revision)
    if exists:
        session.execute(update(table).where(table.c.id == revision.record_id).values(**row))
    else:
        session.execute(insert(table).values(**row))


def _relabel(session: Session, revision: Revision, *, is_head: bool) -> None:
    """Take the other replica's audit data for a revision both made identically; a new
    sequence number sends the correction on to the other replicas."""
    row = revision.row()
    next_seq = int(session.scalar(select(func.max(RecordRevision.seq))) or 0) + 1
    session.execute(
        update(RecordRevision)
        .where(
            RecordRevision.record_kind == revision.kind,
            RecordRevision.record_id == revision.record_id,
            RecordRevision.rev == revision.rev,
        )
        .values(
            seq=next_seq,
            device_id=row["device_id"],
            author=row["author"],
            changed_at=row["changed_at"],
            changed_fields=row["changed_fields"],
        )
    )
    if is_head:
        table = MODEL_BY_KIND[revision.kind].__table__  # type: ignore[attr-defined]
        session.execute(
            update(table)
            .where(table.c.id == revision.record_id)
            .values(origin_device=row["device_id"], updated_at=row["changed_at"])
        )


def _apply(session: Session, vault: Vault, plan: ImportPlan, file_name: str) -> None:
    session.info["replaying_revisions"] = True
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    if plan.attachments:
        present = set(
            session.scalars(select(Blob.sha256).where(Blob.sha256.in_(sorted(plan.attachments))))
        )
        for sha256, data in sorted(plan.attachments.items()):
            if sha256 not in present:
                session.execute(insert(Blob).values(sha256=sha256, size=len(data), data=data))
    revision_rows = [r.row() for c in plan.changes for r in c.new_revisions]
    for start in range(0, len(revision_rows), CHUNK):
        session.execute(insert(RecordRevision), revision_rows[start : start + CHUNK])
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    updates: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in plan.changes:
        if change.changes_record and change.result is not None:
            target = updates if change.local_rev is not None else inserts
            target[change.kind].append(record_row(change.result))
    _write_records(session, inserts, updates)
    for change in plan.changes:
        head = change.result.rev if change.result is not None else change.local_rev
        for revision in change.relabelled:
            _relabel(session, revision, is_head=revision.rev == head)
    now = _now(vault)
    recorded = 0
    if plan.conflicts or plan.closed_conflicts:
        stored = state.read(session, state.CONFLICTS, {})
        for entry in plan.conflicts:
            if entry["id"] not in stored:
                stored[entry["id"]] = entry
                recorded += 1
        for cid in plan.closed_conflicts:
            if stored.get(cid, {}).get("status") == "open":
                stored[cid].update(
                    status="resolved",
                    resolution="changed later on another replica",
                    resolved_at=now,
                )
        state.write(session, state.CONFLICTS, stored)
    received = state.read(session, state.RECEIVED, {})
    entry = received.setdefault(plan.sender.device_id, {"bundles": {}, "ranges": []})
    entry["bundles"][plan.bundle_id] = {"created_at": plan.created_at, "imported_at": now}
    entry["ranges"] = _merge_ranges([*entry["ranges"], list(plan.sequence)])
    state.write(session, state.RECEIVED, received)
    if plan.acknowledged is not None:
        acks = state.read(session, state.ACKS, {})
        acks[plan.sender.device_id] = max(
            plan.acknowledged, int(acks.get(plan.sender.device_id, 0))
        )
        state.write(session, state.ACKS, acks)
    if plan.enrol is not None:
        enrol_device(session, plan.enrol, now)
    records: dict[str, int] = defaultdict(int)
    for change in plan.changes:
        records[change.kind] += 1
    _record_event(
        session,
        BundleEvent(
            direction="received",
            bundle_id=plan.bundle_id,
            peer=plan.sender.device_id,
            peer_role=plan.sender_role,
            at=now,
            created_at=plan.created_at,
            sequence=plan.sequence,
            full=plan.full,
            revisions=plan.revisions,
            records=dict(sorted(records.items())),
            attachments=len(plan.attachments),
            conflicts=recorded,
            file_name=file_name,
        ),
    )
    session.flush()


def _merge_ranges(ranges: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for after, through in sorted(ranges):
        if merged and after <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], through)
        else:
            merged.append([after, through])
    return merged


def preview_bundle(
    vault: Vault,
    path: Path,
    *,
    trust: str | None = None,
    confirm: Confirm | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing ``path`` would change; nothing is written."""
    opened = _open(vault, Path(path), progress)
    with vault.session() as session:
        try:
            return _plan(session, vault, opened, trust, confirm)
        finally:
            session.rollback()


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    trust: str | None = None,
    confirm: Confirm | None = None,
    approve: Callable[[ImportPlan], bool] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import one bundle, all or nothing. ``approve`` sees the plan (counts, conflicts)
    before anything is applied and may decline."""
    opened = _open(vault, Path(path), progress)
    with vault.session() as session:
        session.begin()
        try:
            plan = _plan(session, vault, opened, trust, confirm)
            if plan.already_imported or (approve is not None and not approve(plan)):
                session.rollback()
                return ImportResult(plan, applied=False)
            _apply(session, vault, plan, Path(path).name)
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise BundleInvalid(
                "the bundle's records refer to records this vault does not have "
                f"({exc.orig}); nothing was imported"
            ) from None
        except BaseException:
            session.rollback()
            raise
    return ImportResult(plan, applied=True)


def apply_template_lines(session: Session, lines: list[dict[str, Any]]) -> None:
    """Apply the templates of an organisation profile (revision lines) like a bundle's."""
    import json

    if not lines:
        return
    parsed = [
        parse_line(json.dumps(line).encode(), f"profile template {n}")
        for n, line in enumerate(lines, 1)
    ]
    if any(revision.kind != "template" for revision, _ in parsed):
        raise BundleInvalid("the profile's templates hold a record that is not a template")
    fake = OpenedBundle({}, b"", b"", PublicIdentity("", "", b""), revisions=parsed)
    session.info["replaying_revisions"] = True
    incoming = _incoming_histories(fake)
    ids = [record_id for _, record_id in incoming]
    held = _templates_held_under_other_ids(session, incoming, ids, _heads(session, "template", ids))
    for (kind, record_id), (history, head) in incoming.items():
        if record_id in held:
            continue
        local_head = _heads(session, kind, [record_id]).get(record_id)
        local_history = _histories(session, kind, [record_id]).get(record_id, {})
        change = plan_record(local_history, local_head, history, head)
        for revision in change.new_revisions:
            session.execute(insert(RecordRevision).values(**revision.row()))
        if change.changes_record and change.result is not None:
            _upsert_record(session, change.result, exists=local_head is not None)
    session.info["replaying_revisions"] = False


# --- conflicts -------------------------------------------------------------------------------


def list_conflicts(vault: Vault, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    with vault.session() as session:
        stored = state.read(session, state.CONFLICTS, {})
    found = [c for c in stored.values() if include_resolved or c["status"] == "open"]
    return sorted(found, key=lambda c: (c["found_at"], c["id"]))


def _resolve_value(kind: str, name: str, text: str) -> Any:
    import json

    from fieldpartner.sync.records import BODY_RULES, _check_value

    rule = BODY_RULES[kind].get(name)
    if rule is None:
        raise SyncError(f"{name!r} is not a field of a {kind}")
    if not text.strip() and rule.kind in ("date", "datetime", "decimal") and rule.nullable:
        value: Any = None  # an empty date or amount: the field is cleared
    elif rule.kind in ("text", "date", "datetime", "decimal"):
        value = text
    else:
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            raise SyncError(f"{name}: {text!r} is not a valid {rule.kind} value") from None
    problem = _check_value(rule, value)
    if problem:
        raise SyncError(f"{name} {problem}")
    return value


def _check_typed_values(kind: str, values: dict[str, Any]) -> None:
    """Values a person typed to settle a conflict pass the checks the application makes
    when the record is edited (a partner's type, phase or country from its vocabulary),
    where the domain has them; other kinds get the bundle reader's type and length checks."""
    from fieldpartner.domain.partners import check_partner_values
    from fieldpartner.domain.validation import ValidationError

    if kind != "partner":
        return
    try:
        check_partner_values(values, creating=False)
    except ValidationError as exc:
        raise SyncError(str(exc)) from None


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
    from fieldpartner.domain.revisions import make_rev

    with vault.transaction() as session:
        stored = state.read(session, state.CONFLICTS, {})
        matches = [cid for cid in stored if cid == conflict or cid.startswith(conflict)]
        if len(matches) != 1:
            from fieldpartner.sync.errors import ConflictNotFound

            raise ConflictNotFound(f"no conflict {conflict!r}; see `conflict list`")
        entry = stored[matches[0]]
        if entry["status"] != "open":
            raise SyncError(f"conflict {entry['id']} is already resolved ({entry['resolution']})")
        kind, record_id = entry["kind"], entry["record_id"]
        fields = {f["field"]: f for f in entry["fields"]}
        if take in ("local", "incoming"):
            chosen = {name: f[take] for name, f in fields.items()}
        elif isinstance(take, dict):
            chosen = {name: _resolve_value(kind, name, text) for name, text in take.items()}
            _check_typed_values(kind, chosen)
        else:
            raise SyncError("--take must be local, incoming or FIELD=VALUE")
        head = _heads(session, kind, [record_id]).get(record_id)
        history = _histories(session, kind, [record_id]).get(record_id, {})
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
        # Check the chosen values as a bundle reader would.
        parse_line(resolution.to_line(True), "the resolved record")
        session.info["replaying_revisions"] = True
        session.execute(insert(RecordRevision).values(**resolution.row()))
        _upsert_record(session, resolution, exists=True)
        entry.update(
            status="resolved",
            resolution=f"taken: {take if isinstance(take, str) else ', '.join(sorted(take))}",
            resolved_at=_now(vault),
            resolved_rev=resolution.rev,
        )
        state.write(session, state.CONFLICTS, stored)
    return resolution
