"""Migration 0003 moves the sync state out of JSON settings into tables, keeping all of it.

``vault-format1-schema0002-sync-state.tar.gz`` is an HQ vault written by the version before
the sync-state tables (schema 0002): two enrolled devices (one revoked), bundles received
from both, acknowledgements, one open and one resolved conflict, and eight history
entries. ``vault-format1-schema0002-sync-state.json`` is that state as that version read it
from ``vault_settings``. Passphrase "fixture passphrase"; recovery key in the .txt beside it.
"""

from __future__ import annotations

import json
import tarfile
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import select

from fieldpartner.domain.models import VaultSetting
from fieldpartner.sync import bundle_history, list_conflicts, list_devices
from fieldpartner.sync.history import already_received, received_ranges
from fieldpartner.sync.state import acknowledged
from fieldpartner.vault import Vault
from fieldpartner.vault.migrate import alembic_config, current_revision, head_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NAME = "vault-format1-schema0002-sync-state"
OLD_KEYS = ("sync.devices", "sync.received", "sync.acks", "sync.conflicts", "sync.history")


def _extract(tmp_path: Path) -> Path:
    with tarfile.open(FIXTURES / f"{NAME}.tar.gz") as archive:
        archive.extractall(tmp_path, filter="data")
    return tmp_path / "sync-state-hq.fpvault"


def _expected() -> dict[str, Any]:
    return json.loads((FIXTURES / f"{NAME}.json").read_text(encoding="utf-8"))


def test_every_piece_of_sync_state_survives_the_move_to_tables(tmp_path: Path) -> None:
    old = _expected()
    vault = Vault.unlock(_extract(tmp_path), "fixture passphrase")
    try:
        assert current_revision(vault.engine) == head_revision()  # type: ignore[arg-type]
        devices = {d.device_id: d for d in list_devices(vault)}
        assert set(devices) == set(old["sync.devices"])
        for device_id, entry in old["sync.devices"].items():
            device = devices[device_id]
            assert (device.fingerprint, device.recipient, device.status) == (
                entry["fingerprint"],
                entry["recipient"],
                entry["status"],
            )
            assert (device.enrolled_at, device.revoked_at) == (
                entry["enrolled_at"],
                entry["revoked_at"],
            )
            received = old["sync.received"][device_id]
            assert device.bundles_received == len(received["bundles"])
        with vault.session() as session:
            for sender, received in old["sync.received"].items():
                assert received_ranges(session, sender) == received["ranges"]
                for bundle_id in received["bundles"]:
                    assert already_received(session, sender, bundle_id)
            for device_id, through in old["sync.acks"].items():
                assert acknowledged(session, device_id) == through
            left = set(session.scalars(select(VaultSetting.key)))
        assert not left & set(OLD_KEYS)
        conflicts = {c.id: c.to_json() for c in list_conflicts(vault, include_resolved=True)}
        assert conflicts == old["sync.conflicts"]
        assert [c.id for c in list_conflicts(vault)] == [
            cid for cid, c in old["sync.conflicts"].items() if c["status"] == "open"
        ]
        history = [
            {**e.__dict__, "sequence": list(e.sequence)} for e in reversed(bundle_history(vault))
        ]
        assert history == old["sync.history"]
        assert vault.verify().ok
    finally:
        vault.lock()


def test_the_downgrade_writes_the_old_settings_back_unchanged(tmp_path: Path) -> None:
    vault = Vault.unlock(_extract(tmp_path), "fixture passphrase")
    try:
        assert vault.engine is not None
        with vault.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002")
        with vault.session() as session:
            restored = {
                row.key: row.value
                for row in session.scalars(
                    select(VaultSetting).where(VaultSetting.key.in_(OLD_KEYS))
                )
            }
        assert restored == _expected()
    finally:
        vault.lock()
