"""Helpers for the sync tests: a small organisation of vaults, snapshots, edits.

A plain module (not a conftest) so test files import it by name. Vaults are copies of one
vault made once per session with the floor KDF; each copy gets its own device id before
its sync identity is made, so copies are distinct devices.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import SYNCED_MODELS, Base, Blob, Partner, RecordRevision
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import record_body
from fieldpartner.sync import export_bundle, import_bundle, state
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import create_organisation, enrolled_devices, join_organisation
from fieldpartner.vault import Vault
from fieldpartner.vault.header import read_header

PASSPHRASE = "correct horse battery staple"


# Database keys of vaults these helpers unlocked, by folder: copies are opened with the key
# directly, skipping Argon2id (about 0.5 s a vault here), so property tests stay quick.
_KEYS: dict[Path, bytes] = {}


def open_copy(template: Path, target: Path, clock: FixedClock | None = None) -> Vault:
    shutil.copytree(template, target)
    key = _KEYS.get(Path(template))
    if key is None:
        vault = Vault.unlock(target, PASSPHRASE, clock=clock or FixedClock())
        _KEYS[Path(template)] = bytes(vault._key)
    else:
        vault = Vault._open(
            target, read_header(target), bytearray(key), clock or FixedClock(), migrate=False
        )
    _KEYS[Path(target)] = bytes(vault._key)
    return vault


def reopen(path: Path, clock: FixedClock | None = None) -> Vault:
    """A vault these helpers unlocked before, opened again in place after it was locked."""
    return Vault._open(
        path, read_header(path), bytearray(_KEYS[Path(path)]), clock or FixedClock(), migrate=False
    )


def new_device(template: Path, target: Path, clock: FixedClock | None = None) -> Vault:
    """A copy of the template vault that is a device of its own."""
    vault = open_copy(template, target, clock)
    vault.set_setting("device_id", uuid7())
    ensure_device_identity(vault)
    return vault


@dataclass
class World:
    """HQ and its field devices, joined and enrolled, with the files they exchange."""

    folder: Path
    hq: Vault
    devices: list[Vault]
    profile: Path
    backup: Path
    counter: int = 0
    paths: dict[str, Path] = field(default_factory=dict)

    def bundle_path(self, label: str) -> Path:
        self.counter += 1
        return self.folder / "bundles" / f"{self.counter:04d}-{label}.fpbundle"

    def send_to_hq(self, device: Vault, *, full: bool = False) -> Path:
        out = self.bundle_path(f"dev-{device.device_id[-4:]}")
        export_bundle(device, out, full=full)
        return out

    def send_to_device(self, device: Vault, *, full: bool = False) -> Path:
        assign_everything(self.hq)
        out = self.bundle_path(f"hq-{device.device_id[-4:]}")
        export_bundle(self.hq, out, to=device.device_id, full=full)
        return out

    @property
    def all(self) -> list[Vault]:
        return [self.hq, *self.devices]

    def lock(self) -> None:
        for vault in self.all:
            if not vault.is_locked:
                vault.lock()


def assign_everything(hq: Vault) -> None:
    """Every partner assigned to every enrolled device (tests want full replicas)."""
    with hq.transaction() as session:
        partners = sorted(session.scalars(select(Partner.id)))
        devices = enrolled_devices(session)
        state.write(session, state.ASSIGNMENTS, {d: partners for d in devices})


def build_world(template: Path, folder: Path, n_devices: int = 2) -> World:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundles").mkdir(exist_ok=True)
    hq = new_device(template, folder / "HQ.fpvault")
    profile, backup = folder / "org.fporg", folder / "hq-identity.txt"
    create_organisation(hq, "Test Org", profile, backup)
    world = World(folder, hq, [], profile, backup)
    fingerprint = ensure_device_identity(hq).fingerprint
    for number in range(n_devices):
        device = new_device(template, folder / f"D{number}.fpvault")
        join_organisation(device, profile, fingerprint)
        world.devices.append(device)
        first = world.send_to_hq(device)
        import_bundle(hq, first, trust=ensure_device_identity(device).fingerprint)
    return world


def build_shared_world(template: Path, folder: Path, n_devices: int) -> World:
    """``build_world`` with two partners made at HQ and sent to every device, then locked
    (a session's template, copied per test by ``reopen_world``)."""
    world = build_world(template, folder, n_devices=n_devices)
    with world.hq.transaction() as session:
        add_partner(session, name="Kenya Rights Watch", country="KE")
        add_partner(session, name="Sudan Monitors", country="SD")
    for device in world.devices:
        import_bundle(device, world.send_to_device(device))
    world.lock()
    return world


def reopen_world(source: World, folder: Path) -> World:
    """A copy of a locked world's vaults, unlocked, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundles").mkdir(exist_ok=True)
    hq = open_copy(source.hq.path, folder / "HQ.fpvault")
    devices = [open_copy(d.path, folder / d.path.name) for d in source.devices]
    return World(folder, hq, devices, source.profile, source.backup)


# --- snapshots ---------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    return value if value is None or isinstance(value, (int, float, str)) else str(value)


def vault_snapshot(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, exactly (for "the vault is unchanged" checks)."""
    snapshot = {}
    with vault.session() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(select(table)).all()
            snapshot[table.name] = sorted(tuple(_plain(v) for v in row) for row in rows)
        snapshot["_wal"] = [(session.execute(text("PRAGMA user_version")).scalar(),)]
    return snapshot


def content_snapshot(vault: Vault, *, audit: bool = True) -> dict[str, Any]:
    """What must be identical on every replica: records, their history, attachments.

    ``audit=False`` leaves out who made each revision and when (``origin_device`` and
    ``updated_at`` of records too): two replicas that made the identical revision
    independently each keep their own attribution of it, which is never rewritten.
    """
    records: dict[str, Any] = {}
    with vault.session() as session:
        for model in SYNCED_MODELS:
            rows = session.scalars(select(model)).all()
            records[model.kind] = sorted(
                (
                    r.id,
                    r.rev,
                    r.deleted,
                    r.origin_device if audit else "",
                    str(r.updated_at) if audit else "",
                    json.dumps(record_body(r), sort_keys=True),
                )
                for r in rows
            )
        history = sorted(
            (
                r.record_kind,
                r.record_id,
                r.rev,
                json.dumps(r.parents),
                r.deleted,
                json.dumps(r.body, sort_keys=True),
                *(
                    (r.device_id, r.author, str(r.changed_at), json.dumps(r.changed_fields))
                    if audit
                    else ()
                ),
            )
            for r in session.scalars(select(RecordRevision))
        )
        blobs = sorted(session.scalars(select(Blob.sha256)))
    return {"records": records, "history": history, "blobs": blobs}


def attributions(vault: Vault) -> dict[tuple[str, str, str], tuple[str, str, str]]:
    """(kind, id, rev) -> (device, author, time) of every revision the vault holds."""
    with vault.session() as session:
        return {
            (r.record_kind, r.record_id, r.rev): (r.device_id, r.author, str(r.changed_at))
            for r in session.scalars(select(RecordRevision))
        }


def move_hq_to_postgresql(world: World, url: str) -> None:
    """Move the world's HQ vault into the empty PostgreSQL database at ``url`` (as
    ``hq init --from-vault``); the world's HQ is then the database."""
    from fieldpartner.vault.hq import move_vault
    from fieldpartner.vault.keys import KdfParams

    hq = move_vault(world.hq, url, PASSPHRASE, kdf=KdfParams(salt=os.urandom(16)))
    world.hq.lock()
    world.hq = hq


def open_hq_database(world: World, url: str) -> None:
    """The world's HQ replaced by the HQ database at ``url`` (a copy of a moved one)."""
    from fieldpartner.vault.hq import HqDatabase

    world.hq.lock()
    world.hq = HqDatabase.open(url, PASSPHRASE, clock=FixedClock())
