"""Border mode: before a checkpoint, send HQ everything it has not acknowledged, check that
the bundle reads back, then take off the laptop what HQ already holds (or everything),
leaving a minimal vault that a bundle from HQ can fill again (docs/bundle-format.md,
"Border mode").

What stays: the vault's identity and keys, the organisation, the sync state, the templates,
and every record HQ has not yet acknowledged (with the records it refers to, so nothing
dangles) unless everything is asked to go. What goes is removed outright, not marked
deleted: a tombstone would sync and delete HQ's copy. Removed rows are overwritten in place
(``secure_delete``), the database is rebuilt (``VACUUM``) and its write-ahead log emptied,
and the encrypted copies the vault kept before schema migrations are deleted, so a person
made to unlock the laptop finds only what stayed. Disk blocks the file system kept from
before the rebuild are still encrypted with the same key (docs/threat-model.md).

HQ refills the device with a full bundle for it (``bundle export HQ --to DEVICE --full``):
HQ's scope for a device includes every record that device wrote.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from fieldpartner.domain.models import (
    MODEL_BY_KIND,
    SYNCED_MODELS,
    Attachment,
    Blob,
    RecordRevision,
    SyncConflict,
)
from fieldpartner.domain.problems import Message
from fieldpartner.domain.templates.store import ensure_builtin_templates
from fieldpartner.sync import state
from fieldpartner.sync.bundle_v1 import Progress
from fieldpartner.sync.errors import BundleInvalid, Cancelled, SyncError
from fieldpartner.sync.export import FOREIGN_KEYS, ExportResult, export_bundle
from fieldpartner.sync.export import _with_references as with_references
from fieldpartner.sync.importer import inspect_bundle
from fieldpartner.sync.org import require_organisation
from fieldpartner.sync.store import RecordKey, chunks, one_of, read_heads
from fieldpartner.vault import Vault
from fieldpartner.vault.duress import BACKUP_DIR, DECOY_SETTING
from fieldpartner.vault.engine import compact

PURGE_ACKNOWLEDGED = "acknowledged"
PURGE_ALL = "all"
PURGE_CHOICES = (PURGE_ACKNOWLEDGED, PURGE_ALL)
# Kinds that stay in every case: templates hold no partner's data and are needed to work.
KEPT_KINDS = frozenset({"template"})


@dataclass(frozen=True)
class BorderResult:
    """What border mode did: the bundle that left, and what left the laptop."""

    export: ExportResult
    purge: str
    removed: dict[str, int]  # records removed from the laptop, per kind
    removed_attachment_bytes: int
    kept: dict[str, int]  # records left because HQ has not acknowledged them, per kind
    removed_backups: int

    @property
    def removed_total(self) -> int:
        return sum(self.removed.values())

    @property
    def kept_total(self) -> int:
        return sum(self.kept.values())


def cross_border(
    vault: Vault,
    out_path: Path,
    *,
    purge: str = PURGE_ACKNOWLEDGED,
    progress: Progress | None = None,
) -> BorderResult:
    """Export for HQ, check the bundle, then remove what HQ holds (``acknowledged``) or
    every record (``all``). Nothing is removed unless the bundle was written and read
    back whole; a failure or cancel before the removal leaves the vault as it was (but
    for the bundle's entry in the history)."""
    if purge not in PURGE_CHOICES:
        raise SyncError(f"--purge {purge!r}: choose acknowledged or all")
    with vault.session() as session:
        org = require_organisation(session)
    if org.is_hq:
        raise SyncError(
            Message("border_mode_on_hq", "border mode is for a field vault; this vault is HQ")
        )
    out_path = Path(out_path)
    export = export_bundle(vault, out_path, to="hq", progress=progress)
    _tick(progress, "verifying", 0, 1)
    with vault.session() as session:
        plan = _plan_removal(session, vault.device_id, org.hq.device_id, purge)
    _check_bundle(vault, out_path, export, plan.unacknowledged_heads)
    _tick(progress, "verifying", 1, 1)
    _tick(progress, "removing", 0, plan.total)
    removed_bytes = _remove(vault, plan, progress)
    # From here the removal is committed: a cancel can no longer undo it, so it is ignored.
    removed_backups = _remove_backups(vault)
    _tell(progress, "compacting", 0, 1)
    compact(vault._require_engine())
    vault.refresh_settings()
    _tell(progress, "compacting", 1, 1)
    return BorderResult(
        export=export,
        purge=purge,
        removed={kind: len(ids) for kind, ids in plan.remove.items() if ids},
        removed_attachment_bytes=removed_bytes,
        kept=plan.kept,
        removed_backups=removed_backups,
    )


def _tick(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None and progress(stage, done, total) is False:
        raise Cancelled(f"border mode was cancelled at {stage}; nothing was removed yet")


def _tell(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)


@dataclass
class _Removal:
    remove: dict[str, list[str]]
    kept: dict[str, int]
    # (kind, id) -> head rev, for records going that HQ has not acknowledged: the bundle
    # must hold each of them before anything is removed.
    unacknowledged_heads: dict[RecordKey, str]

    @property
    def total(self) -> int:
        return sum(len(ids) for ids in self.remove.values())


def _plan_removal(session: Session, me: str, hq: str, purge: str) -> _Removal:
    """Which records leave the laptop. A record is acknowledged when HQ has confirmed
    receiving every revision this vault made of it (its change sequence up to
    ``sync.acks``); revisions written elsewhere came from HQ. A record with an open
    conflict counts as unacknowledged: its settling is still to be done here."""
    through = int(session.scalar(select(func.max(RecordRevision.seq))) or 0)
    acked = state.acknowledged(session, hq)
    if acked > through:  # a vault restored from a copy: nothing is known to be acknowledged
        acked = 0
    unacknowledged: set[RecordKey] = {
        (kind, record_id)
        for kind, record_id in session.execute(
            select(RecordRevision.record_kind, RecordRevision.record_id)
            .where(RecordRevision.seq > acked, RecordRevision.device_id == me)
            .distinct()
        )
    }
    unacknowledged |= {
        (kind, record_id)
        for kind, record_id in session.execute(
            select(SyncConflict.record_kind, SyncConflict.record_id).where(
                SyncConflict.status == "open"
            )
        )
    }
    everything: set[RecordKey] = set()
    for model in SYNCED_MODELS:
        if model.kind in KEPT_KINDS:
            continue
        table = model.__table__  # type: ignore[attr-defined]
        everything |= {(model.kind, record_id) for record_id in session.scalars(select(table.c.id))}
    unacknowledged = {key for key in unacknowledged if key[0] not in KEPT_KINDS}
    if purge == PURGE_ALL:
        keep: set[RecordKey] = set()
    else:
        keep = with_references(session, unacknowledged & everything)
    remove: dict[str, list[str]] = defaultdict(list)
    for kind, record_id in sorted(everything - keep):
        remove[kind].append(record_id)
    kept: dict[str, int] = defaultdict(int)
    for kind, _ in keep:
        if kind not in KEPT_KINDS:
            kept[kind] += 1
    heads: dict[RecordKey, str] = {}
    for kind in remove:
        going = {rid for k, rid in unacknowledged if k == kind} & set(remove[kind])
        for record_id, rev in read_heads(session, kind, going).items():
            heads[(kind, record_id)] = rev
    return _Removal(dict(remove), dict(kept), heads)


def _check_bundle(
    vault: Vault, path: Path, export: ExportResult, must_hold: dict[RecordKey, str]
) -> None:
    """The bundle decrypts with this vault's own identity, its signature and every member
    check, it is the one just written, and it holds every unacknowledged record that is
    about to leave the laptop. Otherwise nothing is removed."""
    try:
        opened = inspect_bundle(vault, path)
    except (BundleInvalid, SyncError) as exc:
        raise BundleInvalid(
            Message(
                "border_bundle_unreadable",
                "the border bundle {name} does not read back ({reason}); nothing was removed",
                name=path.name,
                reason=exc,
            )
        ) from None
    manifest = opened.manifest
    if manifest.bundle_id != export.bundle_id or len(opened.revisions) != export.revisions:
        raise BundleInvalid(
            Message(
                "border_bundle_replaced",
                "{name} is not the bundle just written (it was replaced or cut short); nothing was removed",
                name=path.name,
            )
        )
    if len(opened.attachments) != export.attachments:
        raise BundleInvalid(
            Message(
                "border_bundle_lacks_attachments",
                "{name} lacks attachments it should hold; nothing was removed",
                name=path.name,
            )
        )
    held = {(revision.kind, revision.record_id, revision.rev) for revision, _ in opened.revisions}
    missing = [key for key, rev in must_hold.items() if (*key, rev) not in held]
    if missing:
        raise BundleInvalid(
            Message(
                "border_bundle_lacks_records",
                "{count} record(s) HQ has not acknowledged are not in {name}; nothing was removed",
                count=len(missing),
                name=path.name,
            )
        )


def _deletion_order() -> list[str]:
    """Kinds ordered so that every record goes before the records it refers to."""
    order: list[str] = []
    pending = {kind for kind in MODEL_BY_KIND if kind not in KEPT_KINDS}

    def referred_to_by(kind: str) -> set[str]:
        return {k for k in pending if any(t == kind for _, t in FOREIGN_KEYS[k]) and k != kind}

    while pending:
        ready = sorted(k for k in pending if not referred_to_by(k))
        if not ready:  # a cycle would be a schema bug
            raise SyncError("the record kinds refer to each other in a cycle")
        order.extend(ready)
        pending -= set(ready)
    return order


def _remove(vault: Vault, plan: _Removal, progress: Progress | None) -> int:
    """Delete the planned records, their history and conflicts, and the attachment bytes
    no remaining record uses, in one transaction; keep the change sequence from going
    back (its next number must stay above what HQ was sent). Returns the bytes removed."""
    done = 0
    with vault.transaction() as session:
        high = int(session.scalar(select(func.max(RecordRevision.seq))) or 0)
        for kind in _deletion_order():
            ids = plan.remove.get(kind, [])
            table = MODEL_BY_KIND[kind].__table__  # type: ignore[attr-defined]
            for chunk in chunks(ids):
                session.execute(delete(table).where(one_of(table.c.id, chunk)))
                session.execute(
                    delete(RecordRevision).where(
                        RecordRevision.record_kind == kind, one_of(RecordRevision.record_id, chunk)
                    )
                )
                session.execute(
                    delete(SyncConflict).where(
                        SyncConflict.record_kind == kind, one_of(SyncConflict.record_id, chunk)
                    )
                )
                done += len(chunk)
                _tick(progress, "removing", done, plan.total)
        used = select(Attachment.sha256).distinct()
        unused = Blob.sha256.not_in(used)
        removed_bytes = int(session.scalar(select(func.sum(Blob.size)).where(unused)) or 0)
        session.execute(delete(Blob).where(unused))
        _keep_sequence_mark(session, high, vault.device_id)
    return removed_bytes


def _keep_sequence_mark(session: Session, high: int, me: str) -> None:
    """record_revisions numbers its next row max(seq) + 1. Without a row at the old high
    mark, new changes would reuse numbers HQ was already sent (and acknowledges), and would
    never go out. One kept revision moves up to the mark: preferably one HQ wrote (HQ holds
    it byte for byte), else a template's; a vault left with no revision at all stores the
    built-in templates again to have one."""
    if high == 0 or int(session.scalar(select(func.max(RecordRevision.seq))) or 0) >= high:
        return
    newest = session.scalar(
        select(func.max(RecordRevision.seq)).where(RecordRevision.device_id != me)
    ) or session.scalar(
        select(func.max(RecordRevision.seq)).where(RecordRevision.record_kind == "template")
    )
    if newest is None:
        ensure_builtin_templates(session)
        session.flush()
        newest = session.scalar(select(func.max(RecordRevision.seq)))
    if newest is not None and newest < high:
        session.execute(update(RecordRevision).where(RecordRevision.seq == newest).values(seq=high))


def _remove_backups(vault: Vault) -> int:
    """The encrypted copies of vault.db kept before schema migrations hold every record
    as it was; the duress decoy stays."""
    decoy = str(vault.setting(DECOY_SETTING, "") or "")
    backups = vault.path / BACKUP_DIR
    removed = 0
    for copy in sorted(backups.glob("vault-*.db")) if backups.is_dir() else []:
        if copy.name == decoy:
            continue
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
            removed += 1
    return removed


def describe(result: BorderResult, describe_kind: Callable[[str], str] = str) -> list[str]:
    """Plain lines saying what left the laptop (the CLI prints them)."""
    export = result.export
    lines = [
        f"bundle: {export.path}",
        f"sent to HQ: {export.revisions} revisions of "
        f"{sum(export.records.values())} records, {export.attachments} attachments",
    ]
    if result.removed:
        gone = ", ".join(
            f"{count} {describe_kind(kind)}" for kind, count in sorted(result.removed.items())
        )
        lines.append(f"removed from this laptop: {gone}")
    else:
        lines.append("removed from this laptop: nothing")
    if result.removed_attachment_bytes:
        lines.append(f"attachment bytes removed: {result.removed_attachment_bytes:,}")
    if result.kept:
        stay = ", ".join(
            f"{count} {describe_kind(kind)}" for kind, count in sorted(result.kept.items())
        )
        lines.append(f"kept (HQ has not acknowledged them yet): {stay}")
    if result.purge == PURGE_ALL and export.revisions:
        lines.append(
            "the bundle holds the only copy of changes HQ has not acknowledged: keep it "
            "until HQ has imported it"
        )
    return lines
