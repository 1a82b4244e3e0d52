"""The vault: create, unlock, lock, change passphrase, recover, verify, wipe (format 1).

A vault is a folder holding ``vault.json`` (the header, no secret in clear) and
``vault.db`` (SQLCipher 4, raw 32-byte key). The database key exists in clear only in this
process's memory while the vault is unlocked, in a bytearray that ``lock`` zeroes.
"""

from __future__ import annotations

import contextlib
import getpass
import hmac
import os
import shutil
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from fieldpartner.domain.clock import Clock, SystemClock
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.problems import Message
from fieldpartner.files import fsync_dir
from fieldpartner.vault import keys
from fieldpartner.vault.database import Database
from fieldpartner.vault.duress import (
    DECOY_SETTING,
    decoy_header,
    find_decoy,
    random_spare,
    try_slots,
    with_spare,
)
from fieldpartner.vault.engine import DB_NAME, check_key, checkpoint, close_all, open_engine
from fieldpartner.vault.errors import (
    VaultDatabaseError,
    VaultError,
    VaultExists,
    VaultHeaderError,
    WrongPassphrase,
)
from fieldpartner.vault.guessing import (
    ATTEMPTS_NAME,
    UnlockDelayed,
    WipedAfterFailures,
    read_attempts,
    write_attempts,
)
from fieldpartner.vault.header import (
    HEADER_NAME,
    EscrowSlot,
    RecoverySlot,
    VaultHeader,
    WrappedKey,
    read_header,
    write_header,
)
from fieldpartner.vault.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from fieldpartner.vault.passphrase_policy import check_new_passphrase
from fieldpartner.vault.verify import VerifyReport, check_database

BACKUP_DIR = "backups"


def _now_text(clock: Clock) -> str:
    return clock.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Settings the application reads as soon as a vault is open (the name in the window's
# title, the device, the lock-after time of ``vault.security``): read with the opening, on
# the thread that unlocks, so that building the main window does not open a database
# connection on the interface thread.
OPENING_SETTINGS = ("vault_name", "device_id", "security.lock_after_minutes")


class Vault(Database):
    """An unlocked vault. Obtain one with ``Vault.create`` or ``Vault.unlock``."""

    local_security = True

    def __init__(
        self, path: Path, header: VaultHeader, key: bytearray, clock: Clock | None = None
    ) -> None:
        self.path = Path(path)
        self.header = header
        super().__init__(open_engine(self.path / DB_NAME, key), key, clock)

    # --- creation and unlocking ------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        name: str = "",
        author: str | None = None,
        kdf: keys.KdfParams | None = None,
        clock: Clock | None = None,
        accept_weak_passphrase: bool = False,
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked with the recovery key (shown once).

        The passphrase must pass ``passphrase_policy`` unless ``accept_weak_passphrase``
        records the user's explicit acknowledgement. The vault is built in a hidden sibling
        folder and renamed into place at the end, so an interrupted creation never leaves a
        half-made vault under ``path``.
        """
        path = Path(path)
        if not passphrase:
            raise VaultError(Message("passphrase_empty", "the passphrase is empty"))
        check_new_passphrase(
            passphrase,
            accept_weak=accept_weak_passphrase,
            context=(name, path.stem, author or ""),
        )
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExists(
                Message(
                    "vault_folder_exists",
                    "{path} already exists; choose a new folder for the vault",
                    path=path,
                )
            )
        clock = clock or SystemClock()
        kdf = kdf or keys.calibrate()
        vault_id = str(uuid.uuid4())
        database_key = bytearray(os.urandom(keys.KEY_BYTES))
        recovery_key = os.urandom(keys.KEY_BYTES)
        recovery_salt = os.urandom(keys.SALT_BYTES)

        pass_key = keys.derive_passphrase_key(passphrase, kdf)
        p_nonce, p_ct = keys.wrap(pass_key, bytes(database_key), vault_id, "passphrase")
        r_key = keys.recovery_wrapping_key(recovery_key, recovery_salt)
        r_nonce, r_ct = keys.wrap(r_key, bytes(database_key), vault_id, "recovery")
        header = VaultHeader(
            vault_id=vault_id,
            created_at=_now_text(clock),
            kdf=kdf,
            passphrase=WrappedKey(p_nonce, p_ct),
            recovery=RecoverySlot(WrappedKey(r_nonce, r_ct), recovery_salt),
        )
        # Random while duress is off, so the header looks the same either way (duress.py).
        header = with_spare(header, random_spare())

        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.parent / f".{path.name}.creating-{os.urandom(4).hex()}"
        staging.mkdir(mode=0o700)
        try:
            vault = cls(staging, header, database_key, clock)
            try:
                upgrade_to_head(vault.engine)  # type: ignore[arg-type]
                vault._write_settings(
                    {
                        "device_id": uuid7(),
                        "vault_name": name or path.stem,
                        "user_name": author if author is not None else _login_name(),
                    }
                )
                checkpoint(vault.engine)  # type: ignore[arg-type]
            finally:
                vault._dispose()
            write_header(staging, header)
            if path.exists():
                path.rmdir()
            os.replace(staging, path)
            fsync_dir(path.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault.path = path
        vault.engine = open_engine(path / DB_NAME, vault._key)
        vault._sessions.configure(bind=vault.engine)
        return vault, keys.format_recovery_key(recovery_key)

    @classmethod
    def unlock(
        cls, path: Path, passphrase: str, *, clock: Clock | None = None, migrate: bool = True
    ) -> Vault:
        path = Path(path)
        header = read_header(path)
        key, header = _try_passphrase(path, header, passphrase, clock)
        return cls._open(path, header, bytearray(key), clock, migrate)

    @classmethod
    def unlock_with_recovery_key(
        cls, path: Path, recovery_text: str, *, clock: Clock | None = None
    ) -> Vault:
        path = Path(path)
        header = read_header(path)
        key = _unwrap_recovery(header, recovery_text)
        return cls._open(path, header, bytearray(key), clock, migrate=True)

    @classmethod
    def _open(
        cls,
        path: Path,
        header: VaultHeader,
        key: bytearray,
        clock: Clock | None,
        migrate: bool,
    ) -> Vault:
        if not (path / DB_NAME).is_file():
            raise VaultDatabaseError(
                Message(
                    "database_missing",
                    "{file} is missing; the vault cannot be opened",
                    file=path / DB_NAME,
                )
            )
        vault = cls(path, header, key, clock)
        try:
            check_key(vault.engine)  # type: ignore[arg-type]
            if migrate:
                vault._migrate()
                vault.read_settings(OPENING_SETTINGS)
        except BaseException:
            vault.lock()
            raise
        return vault

    def _migrate(self) -> None:
        engine = self._require_engine()
        current = current_revision(engine)
        if current == head_revision():
            return
        if current is not None and current not in known_revisions():
            # Refuse before any backup or change: an older program must not touch a schema
            # it does not know (a vault opened by a newer FieldPartner, or a damaged one).
            raise VaultDatabaseError(
                Message(
                    "unknown_migration",
                    "vault.db's schema is at migration {current!r}, which this FieldPartner does not know (the vault was opened by a newer version, or it is damaged)",
                    current=current,
                )
            )
        if current is not None:
            # Keep a copy of the encrypted database before changing its schema.
            checkpoint(engine)
            backups = self.path / BACKUP_DIR
            backups.mkdir(mode=0o700, exist_ok=True)
            stamp = self.clock.now().strftime("%Y%m%dT%H%M%SZ")
            shutil.copy2(self.path / DB_NAME, backups / f"vault-{current}-{stamp}.db")
        upgrade_to_head(engine)

    # --- what only a vault has ---------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def name(self) -> str:
        return str(self.setting("vault_name", self.path.stem))

    def set_escrow(self, recipient: str) -> None:
        """Encrypt the database key to HQ's age recipient into vault.json's escrow slot,
        so HQ can open this vault with its identity if the passphrase is lost."""
        import pyrage
        from pyrage import x25519

        self._require_engine()
        sealed = pyrage.encrypt(bytes(self._key), [x25519.Recipient.from_str(recipient)])
        header = read_header(self.path).with_escrow(EscrowSlot(recipient=recipient, age=sealed))
        write_header(self.path, header)
        self.header = header

    def confirm_passphrase(self, passphrase: str) -> None:
        """The passphrase typed again before a security setting changes. It is a try like
        any other (the delay after wrong ones, the count, the wipe-after limit), except
        that the duress passphrase counts as a wrong one: the vault is already open."""
        self._require_engine()
        key, _ = _try_passphrase(
            self.path, read_header(self.path), passphrase, self.clock, duress=False
        )
        if not hmac.compare_digest(key, bytes(self._key)):
            raise WrongPassphrase(keys.PASSPHRASE_REFUSED)

    def verify(self) -> VerifyReport:
        """Check SQLCipher's page HMACs, SQLite's structure, foreign keys and the schema
        of this unlocked vault (``verify_vault`` checks a locked one, header and key too)."""
        engine = self._require_engine()
        report = VerifyReport(checks=["key: the database key opens vault.db"])
        check_database(self.path / DB_NAME, self._key, report, engine)
        return report

    def _dispose(self) -> None:
        if self.engine is not None:
            close_all(self.engine)

    def _close(self, engine: Engine, *, wait: bool) -> threading.Thread | None:
        return close_all(engine, wait=wait)


def verify_vault(path: Path, passphrase: str, *, clock: Clock | None = None) -> VerifyReport:
    """Check a locked vault without changing it, naming what fails: the header, the key,
    each page that fails authentication, SQLite's structure, the schema.

    A wrong passphrase raises ``WrongPassphrase`` (the vault may be sound) and counts as a
    wrong try (``guessing``); everything else is a line of the report. Nothing is migrated,
    and nothing is written but the count of wrong passphrases.
    """
    path = Path(path)
    report = VerifyReport()
    try:
        header = read_header(path)
    except VaultHeaderError as exc:
        report.problems.append(f"header: {exc}")
        return report
    report.checks.append(f"header: {HEADER_NAME}, vault format 1")
    unwrapped, header = _try_passphrase(path, header, passphrase, clock)
    key = bytearray(unwrapped)
    report.checks.append("key: the passphrase slot opens the database key")
    try:
        check_database(path / DB_NAME, key, report)
    finally:
        key[:] = bytes(len(key))
    return report


# --- operations on the header alone (no database access) ----------------------------------


def _try_passphrase(
    path: Path, header: VaultHeader, passphrase: str, clock: Clock | None, *, duress: bool = True
) -> tuple[bytes, VaultHeader]:
    """The one door for a passphrase guess: waits out the delay earned by earlier wrong
    ones, derives one key and tries both the passphrase slot and the spare slot with it,
    counts a wrong passphrase in attempts.json, and wipes the vault when a wrong one
    reaches its wipe-after limit. A right one resets the count. The duress passphrase
    replaces the vault by its decoy first (``_switch_to_decoy``). Returns the database key
    and the header now in place."""
    now = (clock or SystemClock()).now()
    attempts = read_attempts(path)
    wait = attempts.seconds_to_wait(now)
    if wait > 0:
        raise UnlockDelayed(wait, attempts.failures)
    pass_key = keys.derive_passphrase_key(passphrase, header.kdf)
    key, decoy_key = try_slots(header, pass_key)
    if key is None and decoy_key is not None and duress:
        switched = _switch_to_decoy(path, header, pass_key, decoy_key)
        if switched is not None:
            return decoy_key, switched
    if key is None:
        attempts = attempts.failed(now)
        if attempts.reached_wipe_limit():
            wipe(path)
            raise WipedAfterFailures(attempts.failures)
        # A folder that cannot be written (read-only media) still refuses the passphrase.
        with contextlib.suppress(OSError):
            write_attempts(path, attempts)
        raise WrongPassphrase(keys.PASSPHRASE_REFUSED)
    if attempts.failures:
        with contextlib.suppress(OSError):
            write_attempts(path, attempts.succeeded())
    return key, header


def _switch_to_decoy(
    path: Path, header: VaultHeader, pass_key: bytes, decoy_key: bytes
) -> VaultHeader | None:
    """Crypto-shred the real vault and put the decoy in its place, without a word.

    The decoy database leaves backups/ first; then the real header is shredded (from here
    nothing opens the real vault.db: not the passphrase, the recovery key or HQ's escrow),
    the real database files and backups are deleted, the decoy becomes vault.db and its
    header is written. Returns that header, or None if the decoy database is missing (the
    duress passphrase then counts as a wrong one)."""
    key = bytearray(decoy_key)
    try:
        decoy_file = find_decoy(path, key)
    finally:
        key[:] = bytes(len(key))
    if decoy_file is None:
        return None
    new_header = decoy_header(header, pass_key, decoy_key)
    moving = path / f".{DB_NAME}.{os.urandom(4).hex()}.tmp"
    os.replace(decoy_file, moving)
    for old_header in [path / HEADER_NAME, *sorted(path.glob(f".{HEADER_NAME}.*.tmp"))]:
        if old_header.is_file():
            _shred(old_header)
    fsync_dir(path)
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", ATTEMPTS_NAME):
        with contextlib.suppress(FileNotFoundError):
            (path / name).unlink()
    shutil.rmtree(path / BACKUP_DIR, ignore_errors=True)
    os.replace(moving, path / DB_NAME)
    write_header(path, new_header)
    return new_header


def _unwrap_recovery(header: VaultHeader, recovery_text: str) -> bytes:
    recovery_key = keys.parse_recovery_key(recovery_text)
    r_key = keys.recovery_wrapping_key(recovery_key, header.recovery.salt)
    return keys.unwrap(
        r_key,
        header.recovery.wrapped.nonce,
        header.recovery.wrapped.ciphertext,
        header.vault_id,
        "recovery",
    )


def _rewrap_passphrase(
    path: Path,
    header: VaultHeader,
    database_key: bytes,
    new_passphrase: str,
    kdf: keys.KdfParams | None,
) -> None:
    kdf = kdf or keys.calibrate()
    pass_key = keys.derive_passphrase_key(new_passphrase, kdf)
    nonce, ciphertext = keys.wrap(pass_key, database_key, header.vault_id, "passphrase")
    # A new salt leaves the spare slot unopenable: duress is off after this (duress.py).
    rewrapped = header.with_passphrase(kdf, WrappedKey(nonce, ciphertext))
    write_header(path, with_spare(rewrapped, random_spare()))
    _forget_decoy(path, database_key)


def _forget_decoy(path: Path, database_key: bytes) -> None:
    """Once the spare slot is random, the decoy opens with nothing: its file is deleted (a
    backup would copy it otherwise), then its setting cleared (Settings shows duress off).
    Killed between the two, the setting names a missing file, which every later change
    of duress or passphrase clears."""
    key = bytearray(database_key)
    engine = open_engine(path / DB_NAME, key)
    try:
        sessions = sessionmaker(bind=engine)
        with sessions() as session:
            setting = session.get(VaultSetting, DECOY_SETTING)
            name = None if setting is None else setting.value
        if name:
            (path / BACKUP_DIR / Path(str(name)).name).unlink(missing_ok=True)
            with sessions.begin() as session:
                session.merge(VaultSetting(key=DECOY_SETTING, value=None))
    finally:
        close_all(engine)
        key[:] = bytes(len(key))


def _check_new(path: Path, new_passphrase: str, accept_weak: bool) -> None:
    """The policy, before any key is derived: a refused passphrase costs no KDF run."""
    check_new_passphrase(new_passphrase, accept_weak=accept_weak, context=(path.stem,))


def change_passphrase(
    path: Path,
    old_passphrase: str,
    new_passphrase: str,
    *,
    kdf: keys.KdfParams | None = None,
    accept_weak_passphrase: bool = False,
    clock: Clock | None = None,
) -> None:
    """Rewrap the database key under a new passphrase; vault.db is not touched."""
    path = Path(path)
    _check_new(path, new_passphrase, accept_weak_passphrase)
    header = read_header(path)
    database_key, header = _try_passphrase(path, header, old_passphrase, clock)
    _rewrap_passphrase(path, header, database_key, new_passphrase, kdf)


def recover(
    path: Path,
    recovery_text: str,
    new_passphrase: str,
    *,
    kdf: keys.KdfParams | None = None,
    accept_weak_passphrase: bool = False,
) -> None:
    """Set a new passphrase using the recovery key (for a forgotten passphrase)."""
    path = Path(path)
    _check_new(path, new_passphrase, accept_weak_passphrase)
    header = read_header(path)
    database_key = _unwrap_recovery(header, recovery_text)
    _rewrap_passphrase(path, header, database_key, new_passphrase, kdf)


def recover_with_database_key(
    path: Path,
    database_key: bytes,
    new_passphrase: str,
    *,
    kdf: keys.KdfParams | None = None,
    accept_weak_passphrase: bool = False,
) -> None:
    """Set a new passphrase from the database key itself (as HQ's escrow slot gives it),
    once that key is shown to open vault.db; vault.db is not touched."""
    path = Path(path)
    _check_new(path, new_passphrase, accept_weak_passphrase)
    header = read_header(path)
    if len(database_key) != 32 or not any(database_key):
        raise WrongPassphrase("that is not a vault's database key (32 random bytes)")
    if not (path / DB_NAME).is_file():
        raise VaultDatabaseError(
            Message(
                "database_missing",
                "{file} is missing; the vault cannot be opened",
                file=path / DB_NAME,
            )
        )
    key = bytearray(database_key)
    engine = open_engine(path / DB_NAME, key)
    try:
        check_key(engine)
    finally:
        close_all(engine)
        key[:] = bytes(len(key))
    _rewrap_passphrase(path, header, database_key, new_passphrase, kdf)


def wipe(path: Path) -> list[str]:
    """Emergency wipe: destroy vault.json first (crypto-shredding), then the database files.

    Returns the names removed. Overwriting the header in place before unlinking it means
    that even a recovered unlinked inode holds no wrapped key.
    """
    path = Path(path)
    removed: list[str] = []
    # The live header first; then any copy a crash left behind in write_atomic's temp
    # file (a complete header: with the passphrase it would open an undeleted vault.db).
    headers = [path / HEADER_NAME, *sorted(path.glob(f".{HEADER_NAME}.*.tmp"))]
    for header in headers:
        if header.is_file():
            _shred(header)
            removed.append(header.name)
    if removed:
        fsync_dir(path)
    # The count of wrong passphrases holds no secret, but a vault that is gone has none.
    for attempts in [path / ATTEMPTS_NAME, *sorted(path.glob(f".{ATTEMPTS_NAME}.*.tmp"))]:
        if attempts.is_file():
            attempts.unlink()
            removed.append(attempts.name)
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal"):
        target = path / name
        if target.exists():
            target.unlink()
            removed.append(name)
    backups = path / BACKUP_DIR
    if backups.is_dir():
        shutil.rmtree(backups, ignore_errors=True)
        removed.append(BACKUP_DIR)
    with contextlib.suppress(OSError):
        path.rmdir()
    fsync_dir(path.parent)
    return removed


def _shred(file: Path) -> None:
    """Overwrite a file in place with random bytes, fsync, then unlink it.

    The overwrite is best effort: if it fails (a read-only file), the unlink must still
    happen, because an emergency wipe that stops early leaves the header behind.
    """
    with contextlib.suppress(OSError):
        size = max(file.stat().st_size, 1)
        with open(file, "r+b", buffering=0) as handle:
            handle.write(os.urandom(size))
            os.fsync(handle.fileno())
    file.unlink()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def created_at(header: VaultHeader) -> datetime:
    return datetime.strptime(header.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
