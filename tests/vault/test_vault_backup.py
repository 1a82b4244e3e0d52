"""Encrypted backups: a checked copy that opens with the same passphrase and recovery key,
written whole or not at all, a reminder when none was made, and restoring one."""

from __future__ import annotations

from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, add_partners, floor_kdf, partner_names

from fieldpartner.domain.clock import FixedClock
from fieldpartner.vault import Vault, WrongPassphrase
from fieldpartner.vault import backup as backups
from fieldpartner.vault.backup import (
    BackupError,
    days_without_backup,
    last_backup,
    make_backup,
    restore_backup,
    set_remind_after_days,
)
from fieldpartner.vault.header import read_header
from fieldpartner.vault.vault import created_at


def test_backup_opens_with_the_same_passphrase_and_recovery_key(
    vault: Vault, tmp_path: Path, recovery_key: str, clock: FixedClock
) -> None:
    add_partners(vault, "Legal Aid Centre", "Women's Voice")
    stick = tmp_path / "stick"
    stick.mkdir()
    result = make_backup(vault, stick)
    assert result.path.parent == stick
    assert result.path.name == f"Field-backup-{clock.now():%Y-%m-%d-%H%M%S}.fpvault"
    assert sorted(p.name for p in stick.iterdir()) == [result.path.name]  # no staging left
    assert sorted(p.name for p in result.path.iterdir()) == ["vault.db", "vault.json"]
    assert not (result.path / "vault.db").read_bytes().startswith(b"SQLite format 3")
    assert (result.path / "vault.db").stat().st_mode & 0o777 == 0o600
    # Changes after the backup are not in it.
    add_partners(vault, "After The Backup")
    with Vault.unlock(result.path, PASSPHRASE) as copy:
        assert partner_names(copy) == {"Legal Aid Centre", "Women's Voice"}
        assert copy.verify().ok
    with Vault.unlock_with_recovery_key(result.path, recovery_key) as copy:
        assert copy.vault_id == vault.vault_id
    assert last_backup(vault) == clock.now()
    # A second backup in the same second gets its own name.
    assert make_backup(vault, stick).path.name.endswith("-2.fpvault")


def test_a_failed_copy_leaves_nothing_behind(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", broken)
    with pytest.raises(OSError, match="No space left"):
        make_backup(vault, tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name != "Field.fpvault"] == []
    assert last_backup(vault) is None


def test_a_copy_failing_its_check_is_not_kept(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    real = backups.copy_database

    def damaging(engine, target, key):  # type: ignore[no-untyped-def]
        real(engine, target, key)
        data = bytearray(target.read_bytes())
        data[4096 + 100] ^= 0xFF  # a flipped bit in page 2
        target.write_bytes(bytes(data))

    monkeypatch.setattr(backups, "copy_database", damaging)
    with pytest.raises(BackupError, match="the copy failed its check: page 2 fails"):
        make_backup(vault, stick)
    assert list(stick.iterdir()) == []


def test_backup_refuses_a_missing_folder_or_the_vault_itself(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="is not a folder"):
        make_backup(vault, tmp_path / "nowhere")
    with pytest.raises(BackupError, match="outside the vault's own folder"):
        make_backup(vault, vault.path)


def test_reminder_after_the_days_set(vault: Vault, tmp_path: Path, clock: FixedClock) -> None:
    clock.current = created_at(read_header(vault.path))
    assert days_without_backup(vault) is None  # a vault made just now
    clock.advance(days=8)
    assert days_without_backup(vault) == 8
    set_remind_after_days(vault, 10)
    assert days_without_backup(vault) is None
    clock.advance(days=3)
    assert days_without_backup(vault) == 11
    make_backup(vault, tmp_path)
    assert days_without_backup(vault) is None
    with pytest.raises(BackupError, match="1 to 365 days"):
        set_remind_after_days(vault, 0)


def test_restore_sets_the_current_vault_aside_and_brings_back_the_backup(
    vault: Vault, tmp_path: Path
) -> None:
    add_partners(vault, "Before")
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = make_backup(vault, stick).path
    add_partners(vault, "Lost Later")
    path = vault.path
    vault.lock()
    result = restore_backup(copy, path, PASSPHRASE)
    assert result.path == path
    assert result.set_aside is not None and result.set_aside.name.startswith(
        "Field-before-restore-"
    )
    with Vault.unlock(path, PASSPHRASE) as restored:
        assert partner_names(restored) == {"Before"}
    with Vault.unlock(result.set_aside, PASSPHRASE) as old:
        assert partner_names(old) == {"Before", "Lost Later"}  # nothing is lost
    assert copy.is_dir()  # the backup stays a backup


def test_restore_checks_the_passphrase_and_refuses_another_vault(
    vault: Vault, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = make_backup(vault, stick).path
    vault.lock()
    with pytest.raises(WrongPassphrase):
        restore_backup(copy, tmp_path / "Elsewhere.fpvault", "not the passphrase")
    assert not (tmp_path / "Elsewhere.fpvault").exists()
    other, _ = Vault.create(tmp_path / "Other.fpvault", PASSPHRASE, name="Other", kdf=floor_kdf())
    other.lock()
    with pytest.raises(BackupError, match="holds another vault"):
        restore_backup(copy, tmp_path / "Other.fpvault", PASSPHRASE)
    restored = restore_backup(copy, tmp_path / "Elsewhere.fpvault", PASSPHRASE)
    assert restored.set_aside is None
    Vault.unlock(restored.path, PASSPHRASE).lock()


def test_a_backup_keeps_the_duress_decoy_working(vault_path: Path, tmp_path: Path) -> None:
    from fieldpartner.vault.security import enable_duress

    duress = "lemon tree by the old station"
    stick = tmp_path / "stick"
    stick.mkdir()
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        add_partners(opened, "Real Partner")
        enable_duress(opened, duress, decoy_partners=("Community Radio Network",))
        copy = make_backup(opened, stick).path
    assert [p.name for p in (copy / "backups").iterdir()] != []
    with Vault.unlock(copy, PASSPHRASE) as real:
        assert partner_names(real) == {"Real Partner"}
    with Vault.unlock(copy, duress) as decoy:
        assert partner_names(decoy) == {"Community Radio Network"}
