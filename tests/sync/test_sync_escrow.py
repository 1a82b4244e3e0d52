"""Recovering a field vault through HQ's escrow slot with HQ's identity backup file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sync_helpers import World

from fieldpartner.domain.ids import uuid7
from fieldpartner.sync.errors import EscrowMissing, EscrowRefused, IdentityBackupInvalid
from fieldpartner.sync.escrow import escrow_to_hq, read_identity_backup, recover_with_escrow
from fieldpartner.sync.identity import ensure_device_identity, generate_identity
from fieldpartner.sync.identity import identity_backup_text as backup_text
from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams


def _floor() -> KdfParams:
    return KdfParams(salt=os.urandom(16))


def test_identity_backup_file_gives_hqs_age_identity(world: World) -> None:
    identity = read_identity_backup(world.backup)
    assert str(identity.to_public()) == ensure_device_identity(world.hq).public.recipient


def test_recover_with_escrow_sets_a_new_passphrase(world: World) -> None:
    d0 = world.devices[0]
    escrow_to_hq(d0)
    path, device_id = d0.path, d0.device_id
    d0.lock()
    recover_with_escrow(path, world.backup, "new after escrow", kdf=_floor())
    with Vault.unlock(path, "new after escrow") as reopened:
        assert reopened.device_id == device_id


def test_escrow_errors_carry_their_exit_codes(world: World, tmp_path: Path) -> None:
    d0 = world.devices[0]
    with pytest.raises(EscrowMissing) as missing:
        recover_with_escrow(d0.path, world.backup, "x", kdf=_floor())
    assert missing.value.exit_code == 4
    escrow_to_hq(d0)
    stranger = tmp_path / "stranger.txt"
    stranger.write_text(backup_text(generate_identity(uuid7()), "Other", uuid7()))
    with pytest.raises(EscrowRefused) as refused:
        recover_with_escrow(d0.path, stranger, "x", kdf=_floor())
    assert refused.value.exit_code == 3
    junk = tmp_path / "junk.txt"
    junk.write_text("# only comments\n")
    with pytest.raises(IdentityBackupInvalid) as invalid:
        recover_with_escrow(d0.path, junk, "x", kdf=_floor())
    assert invalid.value.exit_code == 4
