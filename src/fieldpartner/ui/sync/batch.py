"""Importing many bundles at once (HQ gathering USB sticks): preview each, then apply each.

Runs in a worker thread (no widgets here). A preview keeps only what the preview dialog
shows — counts, conflicts, gaps, sender — never the decrypted records, so a batch of large
bundles does not sit in memory while the user reads; applying decrypts each file again and
checks that it is still the bundle that was previewed. Each bundle is all or nothing; a
refused one is reported with sync's own reason and the others go on.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from fieldpartner.sync import ImportPlan, import_bundle, preview_bundle
from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.importer import QueuedBundle, import_order
from fieldpartner.ui.sync.labels import failure_text, sync_progress
from fieldpartner.ui.worker import Cancelled, TaskControl, describe_failure
from fieldpartner.vault import Vault
from fieldpartner.vault.errors import VaultError

logger = logging.getLogger(__name__)


@dataclass
class BundlePreview:
    """One chosen file as the preview dialog shows it."""

    path: Path
    bundle_id: str = ""
    sender_id: str = ""
    sender_role: str = ""
    fingerprint: str = ""
    created_at: str = ""
    sequence: tuple[int, int] = (0, 0)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    attachments: int = 0
    conflicts: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)
    already_imported: bool = False
    changes_anything: bool = False
    # HQ only: the sender is a device HQ has not enrolled; importing it enrols it.
    unknown_device: bool = False
    # Set by the user's answer before anything is applied.
    declined: bool = False
    # Why this file cannot be imported ('' if it can).
    error: str = ""
    duplicate_of: str = ""

    @property
    def importable(self) -> bool:
        return not (self.error or self.duplicate_of or self.declined or self.already_imported)


@dataclass
class BundleOutcome:
    """What importing one file did."""

    path: Path
    status: str  # applied | already | skipped | refused | cancelled
    message: str = ""
    sender_id: str = ""
    sender_role: str = ""
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)
    enrolled: str = ""  # the fingerprint of a device enrolled by this bundle


def _from_plan(path: Path, plan: ImportPlan) -> BundlePreview:
    return BundlePreview(
        path=path,
        bundle_id=plan.bundle_id,
        sender_id=plan.sender.device_id,
        sender_role=plan.sender_role,
        fingerprint=plan.sender.fingerprint,
        created_at=plan.created_at,
        sequence=plan.sequence,
        counts=plan.counts(),
        attachments=len(plan.attachments),
        conflicts=sum(1 for c in plan.conflicts if c.is_open),
        gaps=list(plan.gaps),
        already_imported=plan.already_imported,
        changes_anything=plan.changes_anything,
        unknown_device=plan.enrol is not None,
    )


def _queued(preview: BundlePreview) -> QueuedBundle:
    return QueuedBundle(preview.path, preview.bundle_id, preview.sender_id, preview.sequence)


def _reason(exc: BaseException) -> str:
    """Why a file was refused: sync's own plain message, or the kind of an unexpected error
    (logged without content: it is a bug to fix, and the other files still go on)."""
    if isinstance(exc, SyncError | VaultError | OSError):
        return failure_text(describe_failure(exc), exc)
    logger.error("bundle refused by an unexpected %s", type(exc).__name__, exc_info=exc)
    return describe_failure(exc)


def preview_batch(
    vault: Vault, paths: list[Path], *, is_hq: bool, control: TaskControl
) -> list[BundlePreview]:
    """Preview every file; a file that cannot be imported carries its reason."""
    previews: list[BundlePreview] = []
    for number, path in enumerate(paths):
        control.progress(number, len(paths))
        try:
            plan = preview_bundle(
                vault,
                path,
                # Preview writes nothing: let it plan an unknown device's bundle, which
                # is then shown to the user with the device's fingerprint to confirm.
                confirm=(lambda _sender: True) if is_hq else None,
                progress=sync_progress(control),
            )
        except Cancelled:
            raise
        except Exception as exc:
            control.check_cancelled()
            previews.append(BundlePreview(path=path, error=_reason(exc)))
            continue
        previews.append(_from_plan(path, plan))
    control.progress(len(paths), len(paths))
    _, duplicates = import_order(_queued(p) for p in previews if not p.error)
    for preview in previews:
        if preview.path in duplicates:
            preview.duplicate_of = duplicates[preview.path].name
    _drop_gaps_filled_by_the_batch(previews)
    return previews


def _drop_gaps_filled_by_the_batch(previews: list[BundlePreview]) -> None:
    """A gap before one bundle that another bundle of the same batch fills is no gap."""
    ranges: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for preview in previews:
        if not (preview.error or preview.duplicate_of):
            ranges[preview.sender_id].append(preview.sequence)

    def covered(sender: str, first: int, last: int) -> bool:
        needed = first
        for after, through in sorted(ranges[sender]):
            if after < needed <= through:
                needed = through + 1
            if needed > last:
                return True
        return False

    for preview in previews:
        preview.gaps = [
            (first, last)
            for first, last in preview.gaps
            if not covered(preview.sender_id, first, last)
        ]


def unknown_devices(previews: list[BundlePreview]) -> list[tuple[str, str, list[str]]]:
    """(device id, fingerprint, file names) of each unknown sender HQ must confirm."""
    found: dict[tuple[str, str], list[str]] = {}
    for preview in previews:
        if preview.unknown_device and not (preview.error or preview.duplicate_of):
            found.setdefault((preview.sender_id, preview.fingerprint), []).append(preview.path.name)
    return [(device, fingerprint, files) for (device, fingerprint), files in found.items()]


def _is_bundle(bundle_id: str) -> Callable[[ImportPlan], bool]:
    """Apply only the bundle that was previewed (the file may have been replaced since)."""
    return lambda plan: plan.bundle_id == bundle_id


def apply_batch(
    vault: Vault, previews: list[BundlePreview], *, control: TaskControl
) -> list[BundleOutcome]:
    """Import every importable previewed file, each all or nothing, each sender's bundles in
    the order of its changes. Cancelling stops before the next bundle (the one being read
    is left out whole)."""
    outcomes: list[BundleOutcome] = []
    by_path = {p.path: p for p in previews if p.importable}
    ordered, _ = import_order(_queued(p) for p in by_path.values())
    todo = [by_path[entry.path] for entry in ordered]
    for preview in previews:
        if preview.importable:
            continue
        if preview.already_imported:
            outcomes.append(
                BundleOutcome(
                    preview.path,
                    "already",
                    QCoreApplication.translate("SyncBatch", "Already imported; nothing changed."),
                    preview.sender_id,
                    preview.sender_role,
                )
            )
        elif preview.declined:
            outcomes.append(
                BundleOutcome(
                    preview.path,
                    "skipped",
                    QCoreApplication.translate(
                        "SyncBatch", "Not imported: you did not enrol the device that sent it."
                    ),
                    preview.sender_id,
                    preview.sender_role,
                )
            )
        elif preview.duplicate_of:
            outcomes.append(
                BundleOutcome(
                    preview.path,
                    "skipped",
                    QCoreApplication.translate(
                        "SyncBatch", "The same bundle as {file}; imported once."
                    ).format(file=preview.duplicate_of),
                )
            )
        else:
            outcomes.append(BundleOutcome(preview.path, "refused", preview.error))
    for number, preview in enumerate(todo):
        try:
            control.progress(number, len(todo))
        except Cancelled:
            outcomes.append(
                BundleOutcome(
                    preview.path,
                    "cancelled",
                    QCoreApplication.translate("SyncBatch", "Not imported: cancelled."),
                )
            )
            continue
        expected = preview.bundle_id
        try:
            result = import_bundle(
                vault,
                preview.path,
                trust=preview.fingerprint if preview.unknown_device else None,
                approve=_is_bundle(expected),
                progress=sync_progress(control),
            )
        except Cancelled:
            outcomes.append(
                BundleOutcome(
                    preview.path,
                    "cancelled",
                    QCoreApplication.translate("SyncBatch", "Not imported: cancelled."),
                )
            )
            continue
        except Exception as exc:  # the import rolled back: nothing of this bundle is applied
            status = "cancelled" if control.cancelled else "refused"
            outcomes.append(BundleOutcome(preview.path, status, _reason(exc)))
            continue
        plan = result.plan
        outcome = BundleOutcome(
            preview.path,
            "applied",
            sender_id=plan.sender.device_id,
            sender_role=plan.sender_role,
            counts=plan.counts(),
            conflicts=sum(1 for c in plan.conflicts if c.is_open),
            gaps=list(plan.gaps),
            enrolled=plan.enrol.fingerprint if plan.enrol is not None else "",
        )
        if not result.applied:
            if plan.already_imported:
                outcome.status, outcome.message = (
                    "already",
                    QCoreApplication.translate("SyncBatch", "Already imported; nothing changed."),
                )
            else:
                outcome.status, outcome.message = (
                    "skipped",
                    QCoreApplication.translate(
                        "SyncBatch",
                        "Not imported: the file changed after the preview. Import it again.",
                    ),
                )
            outcome.counts, outcome.conflicts = {}, 0
        outcomes.append(outcome)
    # Each import reports the gaps of everything received from its sender so far: the
    # last one of a sender tells the whole story.
    last: dict[str, BundleOutcome] = {}
    for outcome in outcomes:
        if outcome.status == "applied":
            last[outcome.sender_id] = outcome
    for outcome in outcomes:
        if last.get(outcome.sender_id) is not outcome:
            outcome.gaps = []
    order = {preview.path: n for n, preview in enumerate(previews)}
    return sorted(outcomes, key=lambda o: order.get(o.path, 0))
