"""Encrypted backups of a vault to a folder the person chooses (a USB stick), the reminder
when none was made for a while, and restoring one.

A backup is a vault folder, ``<name>-backup-<YYYY-MM-DD-HHMMSS>.fpvault``: ``vault.json``
as it is on disk (so the same passphrase and recovery key open it) and a snapshot of
``vault.db`` taken with SQLite's backup API under the same database key (consistent while
the window keeps writing; never in clear on disk), plus the duress decoy database when one
is set. It is built in a hidden staging folder beside its final name, checked (the header
is the vault's, every page authenticates under the key, SQLite's structure, the schema),
and only then renamed into place: a reader finds a whole, checked backup or none.

Restoring checks the backup with the passphrase first (``verify_vault``), copies it beside
the place it goes, and renames it into place; a vault already there (it must be the same
vault, an earlier or later state of it) is renamed aside, never deleted.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from fieldpartner.domain.problems import Message, Parts
from fieldpartner.domain.types import parse_utc_text, utc_text
from fieldpartner.files import fsync_dir, write_atomic
from fieldpartner.vault.duress import BACKUP_DIR, DECOY_SETTING
from fieldpartner.vault.engine import DB_NAME, close_all, copy_database, open_engine
from fieldpartner.vault.errors import VaultError
from fieldpartner.vault.header import HEADER_NAME, VAULT_SUFFIX, is_vault, parse_header, read_header
from fieldpartner.vault.vault import Vault, created_at, verify_vault
from fieldpartner.vault.verify import VerifyReport, check_database

LAST_BACKUP_SETTING = "backup.last"
REMIND_DAYS_SETTING = "backup.remind_after_days"
DEFAULT_REMIND_DAYS = 7
MIN_REMIND_DAYS, MAX_REMIND_DAYS = 1, 365


class BackupError(VaultError):
    """A backup or a restore could not be made; nothing was left half-written."""

    exit_code = 1


@dataclass(frozen=True)
class BackupResult:
    path: Path
    made_at: datetime
    size: int  # bytes written


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    set_aside: Path | None  # the vault that was at ``path`` before, kept under this name


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%d-%H%M%S")


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{VAULT_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{VAULT_SUFFIX}"
        number += 1
    return candidate


def _vault_stem(path: Path) -> str:
    return path.name.removesuffix(VAULT_SUFFIX) or "vault"


def make_backup(vault: Vault, destination: Path) -> BackupResult:
    """Write a checked, encrypted copy of the unlocked ``vault`` into the folder
    ``destination``; record when, for the reminder."""
    engine = vault._require_engine()
    destination = Path(destination).expanduser()
    if not destination.is_dir():
        raise BackupError(
            Message("backup_not_a_folder", "{destination} is not a folder", destination=destination)
        )
    if destination.resolve().is_relative_to(vault.path.resolve()):
        raise BackupError(
            Message("backup_inside_vault", "a backup must go outside the vault's own folder")
        )
    now = vault.clock.now()
    final = _free_name(destination, f"{_vault_stem(vault.path)}-backup-{_stamp(now)}")
    staging = destination / f".{final.name}.{os.urandom(4).hex()}.partial"
    staging.mkdir(mode=0o700)
    try:
        header_bytes = (vault.path / HEADER_NAME).read_bytes()
        if parse_header(header_bytes).vault_id != vault.vault_id:
            raise BackupError(
                Message("header_not_this_vault", "vault.json on disk is not this vault's")
            )
        write_atomic(staging / HEADER_NAME, header_bytes)
        copy_database(engine, staging / DB_NAME, vault._key)
        decoy = vault.setting(DECOY_SETTING)
        if decoy:
            (staging / BACKUP_DIR).mkdir(mode=0o700)
            name = Path(str(decoy)).name
            _copy_file(vault.path / BACKUP_DIR / name, staging / BACKUP_DIR / name)
        report = check_backup(staging, header_bytes, vault._key)
        if not report.ok:
            raise BackupError(
                Message(
                    "backup_copy_failed_check",
                    "the copy failed its check: {problems}",
                    problems=Parts(report.problems),
                )
            )
        fsync_dir(staging)
        os.rename(staging, final)
        fsync_dir(destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    vault.set_setting(LAST_BACKUP_SETTING, utc_text(now))
    size = sum(f.stat().st_size for f in final.rglob("*") if f.is_file())
    return BackupResult(final, now, size)


def check_backup(folder: Path, header_bytes: bytes, key: bytearray) -> VerifyReport:
    """The check after writing: the copy's header is the vault's, byte for byte (so the
    passphrase and the recovery key open it), and its database passes ``check_database``
    under the key."""
    report = VerifyReport()
    if (folder / HEADER_NAME).read_bytes() != header_bytes:
        report.problems.append("header: the copy's vault.json differs from the vault's")
        return report
    report.checks.append("header: the copy's vault.json is the vault's")
    engine = open_engine(folder / DB_NAME, key)
    try:
        check_database(folder / DB_NAME, key, report, engine)
    finally:
        close_all(engine)
    return report


def _copy_file(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as handle:
        shutil.copyfileobj(handle, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def restore_backup(backup: Path, target: Path, passphrase: str) -> RestoreResult:
    """Put the backup folder ``backup`` at ``target`` once ``passphrase`` opens it and it
    passes every check. A vault at ``target`` must be the same vault; it is set aside."""
    backup, target = Path(backup).expanduser(), Path(target).expanduser()
    if not is_vault(backup):
        raise BackupError(
            Message(
                "restore_not_a_vault",
                "{backup} is not a FieldPartner vault or backup (no vault.json)",
                backup=backup,
            )
        )
    report = verify_vault(backup, passphrase)
    if not report.ok:
        raise BackupError(
            Message(
                "backup_failed_check",
                "{name} did not pass its check: {problems}",
                name=backup.name,
                problems=Parts(report.problems),
            )
        )
    vault_id = read_header(backup).vault_id
    if target.exists():
        if not is_vault(target):
            raise BackupError(
                Message(
                    "restore_target_not_a_vault",
                    "{target} exists and is not a vault; choose another place",
                    target=target,
                )
            )
        if read_header(target).vault_id != vault_id:
            raise BackupError(
                Message(
                    "restore_target_another_vault",
                    "{target} holds another vault; choose another place to restore this backup",
                    target=target,
                )
            )
    if backup.resolve() == target.resolve():
        raise BackupError(
            Message(
                "restore_onto_backup",
                "the backup and the place to restore it are the same folder",
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.{os.urandom(4).hex()}.restoring"
    staging.mkdir(mode=0o700)
    set_aside: Path | None = None
    try:
        for name in (HEADER_NAME, DB_NAME):
            _copy_file(backup / name, staging / name)
        if (backup / BACKUP_DIR).is_dir():
            (staging / BACKUP_DIR).mkdir(mode=0o700)
            for file in sorted((backup / BACKUP_DIR).iterdir()):
                if file.is_file():
                    _copy_file(file, staging / BACKUP_DIR / file.name)
        fsync_dir(staging)
        if target.exists():
            stamp = _stamp(datetime.now().astimezone())
            set_aside = _free_name(target.parent, f"{_vault_stem(target)}-before-restore-{stamp}")
            os.rename(target, set_aside)
        os.rename(staging, target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreResult(target, set_aside)


# --- the reminder ------------------------------------------------------------------------


def remind_after_days(vault: Vault) -> int:
    value = vault.setting(REMIND_DAYS_SETTING, DEFAULT_REMIND_DAYS)
    return int(value) if isinstance(value, int) else DEFAULT_REMIND_DAYS


def check_remind_after_days(days: int) -> None:
    if not MIN_REMIND_DAYS <= days <= MAX_REMIND_DAYS:
        raise BackupError(
            Message(
                "backup_reminder_days",
                "the backup reminder takes {low} to {high} days, not {days}",
                low=MIN_REMIND_DAYS,
                high=MAX_REMIND_DAYS,
                days=days,
            )
        )


def set_remind_after_days(vault: Vault, days: int) -> None:
    check_remind_after_days(days)
    vault.set_setting(REMIND_DAYS_SETTING, days)


def last_backup(vault: Vault) -> datetime | None:
    value = vault.setting(LAST_BACKUP_SETTING)
    return parse_utc_text(value) if isinstance(value, str) else None


def days_without_backup(vault: Vault) -> int | None:
    """Whole days since the last backup (since the vault was made, if it never had one)
    when that is at least the reminder's days; None while a backup is recent enough."""
    since = last_backup(vault) or created_at(read_header(vault.path))
    days = (vault.clock.now() - since) // timedelta(days=1)
    return days if days >= remind_after_days(vault) else None
