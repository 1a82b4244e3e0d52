"""Import: open a bundle, check trust, plan every record with ``merge``, apply the plan.

All or nothing: the reader decrypts and checks integrity, this module checks trust
(organisation, sender, enrolled key), plans every record and applies the plan in one
transaction with foreign keys deferred. Any failure leaves the vault as it was. Every bundle
imported is recorded in the vault's bundle history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fieldpartner.domain.attachments import check_incoming, check_size
from fieldpartner.domain.models import SYNCED_MODELS, Attachment, Blob
from fieldpartner.domain.problems import Message
from fieldpartner.domain.rules import check_record
from fieldpartner.domain.staff import Action, require
from fieldpartner.sync import state
from fieldpartner.sync.bundle_v1 import BundleReaderV1, Manifest, OpenedBundle, Progress
from fieldpartner.sync.conflicts import (
    Conflict,
    conflict_entry,
    open_conflicts,
    record_conflicts,
)
from fieldpartner.sync.errors import BundleInvalid, SyncError, TrustRefused
from fieldpartner.sync.history import (
    BundleEvent,
    already_received,
    received_ranges,
    record_event,
    record_received,
)
from fieldpartner.sync.identity import (
    DeviceIdentity,
    PublicIdentity,
    ensure_device_identity,
    normalise_fingerprint,
)
from fieldpartner.sync.merge import (
    RecordChange,
    group_histories,
    merge_of_parents,
    plan_record,
    replayed_merge_conflicts,
    resolved_after,
)
from fieldpartner.sync.org import Organisation, enrol_device, enrolled_device, require_organisation
from fieldpartner.sync.provenance import check_origins, check_template
from fieldpartner.sync.records import Revision
from fieldpartner.sync.store import (
    RecordKey,
    insert_revisions,
    now_text,
    one_of,
    read_heads,
    read_histories,
    write_records,
)
from fieldpartner.sync.templates import templates_held_under_other_ids
from fieldpartner.vault import Database
from fieldpartner.vault.engine import begin_writing
from fieldpartner.vault.sql import defer_foreign_keys, serialise_sender

Confirm = Callable[[PublicIdentity], bool]


@dataclass
class ImportPlan:
    """What a bundle will change: the preview shown before anything is applied."""

    bundle_id: str
    sender: PublicIdentity
    sender_role: str
    created_at: str
    sequence: tuple[int, int]
    changes: list[RecordChange] = field(default_factory=list)
    attachments: dict[str, int] = field(default_factory=dict)  # sha256 -> size
    enrol: PublicIdentity | None = None
    already_imported: bool = False
    gaps: list[tuple[int, int]] = field(default_factory=list)
    # Conflicts made elsewhere and found in incoming merge revisions, and conflicts closed.
    conflicts: list[Conflict] = field(default_factory=list)
    closed_conflicts: list[str] = field(default_factory=list)
    acknowledged: int | None = None
    # From the manifest, for the bundle history.
    revisions: int = 0
    full: bool = False
    # The opened bundle, to read its attachments from the file when they are stored.
    opened: OpenedBundle | None = field(default=None, repr=False, compare=False)

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind, how many records each action touches."""
        table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for change in self.changes:
            table[change.kind][change.action] += 1
        return {kind: dict(actions) for kind, actions in sorted(table.items())}

    @property
    def changes_anything(self) -> bool:
        return any(c.changes_record or c.new_revisions for c in self.changes)


@dataclass
class ImportResult:
    plan: ImportPlan
    applied: bool


def _open(
    vault: Database, path: Path, progress: Progress | None, opened: OpenedBundle | None = None
) -> OpenedBundle:
    """The bundle with its signed manifest checked: ``opened`` when the caller already
    did that (``queue_bundle``), so a file is not read through once more for it."""
    if opened is not None and opened.reader is not None:
        opened.reader.progress = progress
        return opened
    identity = ensure_device_identity(vault)

    def opener() -> BinaryIO:
        try:
            return open(path, "rb")
        except OSError as exc:
            raise SyncError(
                Message(
                    "cannot_read",
                    "cannot read {file}: {reason}",
                    file=path,
                    reason=exc.strerror,
                )
            ) from None

    return BundleReaderV1([identity.age_identity], progress).open(opener)


def inspect_bundle(vault: Database, path: Path) -> OpenedBundle:
    """Decrypt and check a bundle without trusting or applying it."""
    opened = _open(vault, Path(path), None)
    opened.decode()
    return opened


def _check_sender(
    session: Session,
    identity: DeviceIdentity,
    opened: OpenedBundle,
    trust: str | None,
    confirm: Confirm | None,
) -> tuple[Organisation, PublicIdentity | None]:
    org = require_organisation(session)
    manifest, sender = opened.manifest, opened.sender
    if manifest.org_id != org.org_id:
        raise TrustRefused(
            Message(
                "bundle_of_another_organisation",
                "this bundle belongs to another organisation ({other}), not {name!r}",
                other=manifest.org_id,
                name=org.name,
            )
        )
    if sender.device_id == identity.device_id:
        if sender.fingerprint != identity.fingerprint:
            raise TrustRefused(
                Message(
                    "bundle_signed_by_another_key",
                    "the bundle claims to come from this vault but another key signed it",
                )
            )
        return org, None

    if not org.is_hq:
        if sender.device_id != org.hq.device_id or sender.fingerprint != org.hq.fingerprint:
            raise TrustRefused(
                Message(
                    "bundle_not_from_hq",
                    "this bundle is not from {name!r}'s HQ (sender {device}, fingerprint "
                    "{fingerprint}); field vaults accept bundles from HQ only",
                    name=org.name,
                    device=sender.device_id,
                    fingerprint=sender.fingerprint,
                )
            )
        return org, None
    entry = enrolled_device(session, sender.device_id)
    if entry is not None:
        if entry["status"] != "active":
            raise TrustRefused(
                Message(
                    "bundle_from_revoked_device",
                    "device {device} was revoked on {when}; its bundles are refused",
                    device=sender.device_id,
                    when=entry.get("revoked_at", "?"),
                )
            )
        if entry["fingerprint"] != sender.fingerprint:
            raise TrustRefused(
                Message(
                    "bundle_key_mismatch",
                    "the bundle claims to come from device {device} but is signed by a "
                    "different key (fingerprint {fingerprint}, enrolled {enrolled})",
                    device=sender.device_id,
                    fingerprint=sender.fingerprint,
                    enrolled=entry["fingerprint"],
                )
            )
        return org, None
    if trust is not None:
        if normalise_fingerprint(trust) != sender.fingerprint:
            raise TrustRefused(
                Message(
                    "trusted_fingerprint_mismatch",
                    "the fingerprint given with --trust does not match the unknown device "
                    "{device} (its fingerprint is {fingerprint})",
                    device=sender.device_id,
                    fingerprint=sender.fingerprint,
                )
            )
        return org, sender
    if confirm is not None and confirm(sender):
        return org, sender
    raise TrustRefused(
        Message(
            "bundle_from_unknown_device",
            "unknown device {device} with fingerprint {fingerprint}: check the fingerprint "
            "with the device's user, then import again with --trust FINGERPRINT",
            device=sender.device_id,
            fingerprint=sender.fingerprint,
        )
    )


def _check_addressed(identity: DeviceIdentity, org: Organisation, manifest: Manifest) -> None:
    """A trusted sender's bundle must be for this vault, and say the sender's true role
    (a vault re-reading its own export is the one exception: it was for the peer)."""
    sender = manifest.sender.device_id
    if sender == identity.device_id:
        return
    if manifest.to != identity.device_id:
        raise TrustRefused(
            Message(
                "bundle_for_another_device",
                "this bundle is addressed to device {to}, not to this vault ({device})",
                to=manifest.to,
                device=identity.device_id,
            )
        )
    if manifest.sender_role != ("hq" if sender == org.hq.device_id else "device"):
        raise TrustRefused(
            Message(
                "bundle_sender_role_mismatch",
                "the bundle's sender {sender} claims the role {role!r}, which is not its role in this organisation",
                sender=sender,
                role=manifest.sender_role,
            )
        )


def _check_rules(
    revisions: list[Revision],
    incoming: dict[str, Revision],
    held: dict[str, Revision],
) -> None:
    """Every revision new to this vault passes the rule book, against its parent's body
    (an edit) or alone (a creation). A merge of two revisions must be exactly what merging
    its parents makes here (``merge.merge_revisions`` puts the merged record through the
    whole rule book and makes a conflict of what it breaks), so a merge carries no value
    that was not checked. The merge this vault makes itself is not in ``incoming``."""
    for revision in revisions:
        if revision.rev not in incoming:
            continue
        if len(revision.parents) > 1:
            _check_merge(revision, {**held, **incoming})
        previous = None
        if len(revision.parents) == 1:
            parent = incoming.get(revision.parents[0]) or held.get(revision.parents[0])
            previous = parent.body if parent is not None else None
        problems = check_record(
            revision.kind, revision.body, previous, merge=len(revision.parents) > 1
        )
        if problems:
            name, message = problems[0]
            raise BundleInvalid(
                Message(
                    "revision_field_invalid",
                    "{kind} {record_id} (revision {rev}): {field} {message}",
                    kind=revision.kind,
                    record_id=revision.record_id,
                    rev=revision.rev,
                    field=name,
                    message=message,
                )
            )


def _check_merge(revision: Revision, history: dict[str, Revision]) -> None:
    expected = merge_of_parents(history, revision)
    if expected is not None and expected.rev == revision.rev:
        return
    if expected is None:
        reason = "a parent is in neither the bundle nor this vault"
    else:
        names = sorted(
            name
            for name in set(expected.body) | set(revision.body)
            if expected.body.get(name) != revision.body.get(name)
        )
        if expected.deleted != revision.deleted:
            names.append("deleted")
        names = names or ["parents"]
        reason = f"{', '.join(names)} {'differs' if len(names) == 1 else 'differ'}"
    raise BundleInvalid(
        Message(
            "revision_not_merge",
            "{kind} {record_id} (revision {rev}) is not the merge of its parents: {reason}",
            kind=revision.kind,
            record_id=revision.record_id,
            rev=revision.rev,
            reason=reason,
        )
    )


def _record_label(body: dict[str, Any]) -> str:
    for name in ("name", "title", "filename", "item_id"):
        value = body.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


def _plan(
    session: Session,
    vault: Database,
    opened: OpenedBundle,
    trust: str | None,
    confirm: Confirm | None,
    store_attachments: bool = False,
) -> ImportPlan:
    """What the bundle changes here. With ``store_attachments`` (an import that applies
    the plan in this transaction without asking first), the attachments are stored as
    the decoding pass reaches them instead of in a pass of their own."""
    # First: an import of the same sender elsewhere (another drainer) commits before this
    # one reads what was received, so a bundle it applied is seen here as already imported.
    serialise_sender(session, opened.sender.device_id)
    identity = ensure_device_identity(vault)
    org, enrol = _check_sender(session, identity, opened, trust, confirm)
    _check_addressed(identity, org, opened.manifest)
    sender = opened.sender.device_id
    from_hq = sender == org.hq.device_id
    manifest = opened.manifest
    sequence = manifest.sequence
    plan = ImportPlan(
        bundle_id=opened.bundle_id,
        sender=opened.sender,
        sender_role=manifest.sender_role,
        created_at=manifest.created_at,
        sequence=sequence,
        attachments=dict(opened.attachments),
        enrol=enrol,
        revisions=manifest.revisions,
        full=manifest.full,
        opened=opened,
    )
    plan.acknowledged = manifest.acknowledgements.get(identity.device_id)
    ranges = [*received_ranges(session, opened.sender.device_id), list(sequence)]
    plan.gaps = state.gaps(ranges)
    if already_received(session, opened.sender.device_id, opened.bundle_id):
        plan.already_imported = True
        return plan
    # Only now: the sender is trusted and the bundle is new here.
    opened.decode(_AttachmentsAsRead(session, opened) if store_attachments else None)
    _check_attachment_sizes(opened)

    incoming = group_histories(opened.revisions)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id in incoming:
        by_kind[kind].append(record_id)
    still_open = open_conflicts(session)
    conflicts_by_record: dict[RecordKey, list[str]] = defaultdict(list)
    for cid, conflict in still_open.items():
        conflicts_by_record[(conflict.kind, conflict.record_id)].append(cid)
    found_at = now_text(vault)
    for model in SYNCED_MODELS:
        kind = model.kind
        ids = sorted(by_kind.get(kind, []))
        if not ids:
            continue
        local_heads = read_heads(session, kind, ids, lock=True)
        need_history = [i for i in ids if i in local_heads]
        local_histories = read_histories(session, kind, need_history) if need_history else {}
        same_templates = (
            templates_held_under_other_ids(session, incoming, ids, local_heads)
            if kind == "template"
            else set()
        )
        for record_id in ids:
            history, head = incoming[(kind, record_id)]
            if record_id in same_templates:
                plan.changes.append(RecordChange(kind, record_id, "ignore", None, head))
                continue
            local_history = local_histories.get(record_id, {})
            check_origins(history, local_history, sender, relayed_ok=from_hq)
            if kind == "template":
                check_template(
                    history, local_history, local_heads.get(record_id), sender, from_hq=from_hq
                )
            change = plan_record(local_history, local_heads.get(record_id), history, head)
            plan.changes.append(change)
            if not change.new_revisions and not change.changes_record:
                continue
            _check_rules(change.new_revisions, history, local_history)
            combined = {**history, **local_history}
            for revision in change.new_revisions:
                combined.setdefault(revision.rev, revision)
            label = _record_label((change.result or history[head]).body)
            if change.conflicts and change.result is not None:
                plan.conflicts.append(
                    conflict_entry(
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
                        conflict_entry(
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
                conflict = still_open[cid]
                if resolved_after(combined, new_head, conflict.merge_rev, conflict.field_names):
                    plan.closed_conflicts.append(cid)
            for index, entry in enumerate(plan.conflicts):
                if entry.record_id != record_id or entry.kind != kind or not entry.is_open:
                    continue
                if resolved_after(combined, new_head, entry.merge_rev, entry.field_names):
                    plan.conflicts[index] = entry.settled_elsewhere(found_at)
    return plan


# --- attachments: the rule of domain/attachments.py, as for a file attached here ----------


def _attachment_names(opened: OpenedBundle) -> dict[str, list[tuple[str, str]]]:
    """Per SHA-256, the (record id, file name) pairs the bundle's revisions give it."""
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for revision, _head in opened.revisions:
        if revision.kind != "attachment":
            continue
        sha256, filename = revision.body.get("sha256"), revision.body.get("filename")
        if isinstance(sha256, str) and isinstance(filename, str):
            pair = (revision.record_id, filename)
            if pair not in names[sha256]:
                names[sha256].append(pair)
    return names


def _labelled(named: list[tuple[str, str]], sha256: str) -> list[tuple[str, str]]:
    """(what to call it, file name) pairs; bytes no record names are checked as nameless."""
    if not named:
        return [(f"attachments/{sha256} (named by no attachment record)", "")]
    return [(f"attachment {record_id}", filename) for record_id, filename in named]


def _refuse_attachment(label: str, problem: str) -> BundleInvalid:
    return BundleInvalid(
        Message(
            "bundle_attachment_refused",
            "{label}: {problem}; nothing was imported",
            label=label,
            problem=problem,
        )
    )


def _check_attachment_sizes(opened: OpenedBundle) -> None:
    """The size limit, from the signed manifest's sizes: before any attachment is read."""
    names = _attachment_names(opened)
    for sha256, size in sorted(opened.attachments.items()):
        for label, filename in _labelled(names.get(sha256, []), sha256):
            problem = check_size(size, filename)
            if problem:
                raise _refuse_attachment(label, problem)


def _check_attachment_kinds(data: bytes, named: list[tuple[str, str]], sha256: str) -> None:
    """Type sniffing: the bytes must be what every name given them says, and no program."""
    for label, filename in _labelled(named, sha256):
        problem = check_incoming(data, filename)
        if problem:
            raise _refuse_attachment(label, problem)


class _AttachmentsAsRead:
    """Stores the attachments the decoding pass offers (those after every record member,
    as a bundle is written), checked as ``_store_attachments`` checks them: the size limit
    for every attachment first, then each one's content against the names its records
    give it. Bytes already here are left to ``_store_attachments``."""

    def __init__(self, session: Session, opened: OpenedBundle) -> None:
        self.session = session
        self.opened = opened
        self.names: dict[str, list[tuple[str, str]]] | None = None
        self.present: set[str] = set()

    def __call__(self, sha256: str, read: Callable[[], bytes]) -> None:
        if self.names is None:  # the first one: every record is decoded by now
            _check_attachment_sizes(self.opened)
            self.names = _attachment_names(self.opened)
            self.present = _present_blobs(self.session, set(self.opened.attachments))
        if sha256 in self.present:
            return
        data = read()
        _check_attachment_kinds(data, self.names.get(sha256, []), sha256)
        self.session.execute(insert(Blob).values(sha256=sha256, size=len(data), data=data))


def _present_blobs(session: Session, wanted: set[str]) -> set[str]:
    return set(session.scalars(select(Blob.sha256).where(one_of(Blob.sha256, wanted))))


def _store_attachments(session: Session, plan: ImportPlan) -> None:
    """Store the bundle's attachments this vault lacks and the decoding pass did not store
    (``_AttachmentsAsRead``), each checked as it is read (pass 3, after the signature and
    every record). Bytes already here under a name the bundle gives them for the first
    time are checked under that name too."""
    if plan.opened is None:
        return
    names = _attachment_names(plan.opened)
    wanted = set(plan.attachments) | set(names)
    # (Those stored while decoding were checked under every name the bundle gives them.)
    present = _present_blobs(session, wanted) - plan.opened.taken

    def store(sha256: str, data: bytes) -> None:
        _check_attachment_kinds(data, names.get(sha256, []), sha256)
        session.execute(insert(Blob).values(sha256=sha256, size=len(data), data=data))

    plan.opened.store_attachments(set(plan.attachments) - present - plan.opened.taken, store)
    renamed = {sha256: named for sha256, named in names.items() if sha256 in present}
    if not renamed:
        return
    query = select(Attachment.sha256, Attachment.filename).where(one_of(Attachment.sha256, renamed))
    held = {(sha256, filename) for sha256, filename in session.execute(query)}
    for sha256, named in sorted(renamed.items()):
        unseen = [(rid, name) for rid, name in named if (sha256, name) not in held]
        if unseen:
            data = session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
            _check_attachment_kinds(bytes(data or b""), unseen, sha256)


def _apply(session: Session, vault: Database, plan: ImportPlan, file_name: str) -> None:
    session.info["replaying_revisions"] = True
    defer_foreign_keys(session)
    _store_attachments(session, plan)
    insert_revisions(session, (r for c in plan.changes for r in c.new_revisions))
    inserts: dict[str, list[Revision]] = defaultdict(list)
    updates: dict[str, list[Revision]] = defaultdict(list)
    for change in plan.changes:
        if change.changes_record and change.result is not None:
            target = updates if change.local_rev is not None else inserts
            target[change.kind].append(change.result)
    write_records(session, inserts, updates)
    now = now_text(vault)
    recorded = record_conflicts(session, plan.conflicts, plan.closed_conflicts, now)
    record_received(
        session, plan.sender.device_id, plan.bundle_id, plan.created_at, plan.sequence, now
    )
    if plan.acknowledged is not None:
        state.record_acknowledgement(session, plan.sender.device_id, plan.acknowledged)
    if plan.enrol is not None:
        enrol_device(session, plan.enrol, now)
    records: dict[str, int] = defaultdict(int)
    for change in plan.changes:
        records[change.kind] += 1
    record_event(
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


def preview_bundle(
    vault: Database,
    path: Path,
    *,
    trust: str | None = None,
    confirm: Confirm | None = None,
    progress: Progress | None = None,
    opened: OpenedBundle | None = None,
) -> ImportPlan:
    """What importing ``path`` would change; nothing is written. ``opened``: the bundle
    as ``queue_bundle`` opened it."""
    opened = _open(vault, Path(path), progress, opened)
    with vault.session() as session:
        try:
            return _plan(session, vault, opened, trust, confirm)
        finally:
            session.rollback()


def import_bundle(
    vault: Database,
    path: Path,
    *,
    trust: str | None = None,
    confirm: Confirm | None = None,
    approve: Callable[[ImportPlan], bool] | None = None,
    progress: Progress | None = None,
    opened: OpenedBundle | None = None,
) -> ImportResult:
    """Import one bundle, all or nothing. ``approve`` sees the plan (counts, conflicts)
    before anything is applied and may decline. ``opened``: the bundle as
    ``queue_bundle`` opened it."""
    with vault.session() as session:
        require(session, Action.IMPORT_BUNDLES)
    opened = _open(vault, Path(path), progress, opened)
    with vault.session() as session:
        session.begin()
        try:
            # The write lock before the first read: whether the bundle was received is
            # checked in the transaction that applies it, and no other importer (another
            # drainer of the inbox, say) can apply it between the check and the commit.
            begin_writing(session)
            plan = _plan(session, vault, opened, trust, confirm, store_attachments=approve is None)
            if plan.already_imported or (approve is not None and not approve(plan)):
                session.rollback()
                return ImportResult(plan, applied=False)
            _apply(session, vault, plan, Path(path).name)
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            if _received_meanwhile(vault, opened):
                plan.already_imported = True
                return ImportResult(plan, applied=False)
            raise BundleInvalid(
                Message(
                    "bundle_refers_to_missing_records",
                    "the bundle's records refer to records this vault does not have ({reason}); nothing was imported",
                    reason=exc.orig,
                )
            ) from None
        except BaseException:
            session.rollback()
            raise
    return ImportResult(plan, applied=True)


def _received_meanwhile(vault: Database, opened: OpenedBundle) -> bool:
    """Whether another import (another process) recorded this bundle first: its id is a
    unique key of the bundles received, so the second import of it fails and is a duplicate,
    never applied twice."""
    with vault.session() as session:
        return already_received(session, opened.sender.device_id, opened.bundle_id)


# --- several bundles ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QueuedBundle:
    """A bundle file waiting in a batch, as much as ordering it needs."""

    path: Path
    bundle_id: str
    sender: str
    sequence: tuple[int, int]
    # The bundle with its signed manifest checked, so that importing it does not check
    # it again (None when the entry was made from a preview).
    opened: OpenedBundle | None = field(default=None, repr=False, compare=False)


def import_order(queued: Iterable[QueuedBundle]) -> tuple[list[QueuedBundle], dict[Path, Path]]:
    """The order a batch is applied in, the same in the CLI and the application: each
    sender's bundles in the order of its changes (so no gap is reported that a later file
    of the batch fills), each bundle once. Returns the bundles to import and, for every
    file that repeats an earlier one, that earlier file."""
    first: dict[str, QueuedBundle] = {}
    duplicates: dict[Path, Path] = {}
    for entry in queued:
        seen = first.get(entry.bundle_id)
        if seen is None:
            first[entry.bundle_id] = entry
        else:
            duplicates[entry.path] = seen.path
    ordered = sorted(first.values(), key=lambda e: (e.sender, e.sequence, str(e.path)))
    return ordered, duplicates


def queue_bundle(vault: Database, path: Path) -> QueuedBundle:
    """Check a file's signed manifest (nothing decoded, nothing trusted) to queue it."""
    opened = _open(vault, Path(path), None)
    manifest = opened.manifest
    return QueuedBundle(
        Path(path), manifest.bundle_id, manifest.sender.device_id, manifest.sequence, opened
    )


def import_bundles(
    vault: Database,
    paths: Iterable[Path],
    *,
    trust: str | None = None,
    confirm: Confirm | None = None,
    approve: Callable[[ImportPlan], bool] | None = None,
    progress: Progress | None = None,
    imported: Callable[[Path, ImportResult], None] | None = None,
) -> tuple[list[tuple[Path, ImportResult]], dict[Path, Path]]:
    """Import several bundles in ``import_order``, each all or nothing; the first one
    refused stops the batch with its error (those before it stay imported). Returns each
    imported file with its result, and the files skipped as repeats of another."""
    ordered, duplicates = import_order(queue_bundle(vault, Path(p)) for p in paths)
    results: list[tuple[Path, ImportResult]] = []
    for entry in ordered:
        result = import_bundle(
            vault,
            entry.path,
            trust=trust,
            confirm=confirm,
            approve=approve,
            progress=progress,
            opened=entry.opened,
        )
        results.append((entry.path, result))
        if imported is not None:
            imported(entry.path, result)
    return results, duplicates
