"""A vault's security settings: wipe after N wrong passphrases, lock after M minutes
without use, and the duress passphrase. Changing them needs an unlocked vault, that is,
the passphrase again.

The wipe-after limit must be read before the vault is unlocked, so it is kept in
``attempts.json`` (``guessing``); the lock-after time is kept inside the encrypted
database, where the application reads it after unlocking.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import sessionmaker

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import RecordContext, RecordSession
from fieldpartner.domain.templates.store import ensure_builtin_templates
from fieldpartner.vault import keys
from fieldpartner.vault.duress import (
    BACKUP_DIR,
    DECOY_SETTING,
    SPARE_SLOT,
    random_spare,
    spare_json,
    try_slots,
    with_spare,
)
from fieldpartner.vault.engine import DB_NAME, checkpoint, close_all, open_engine
from fieldpartner.vault.errors import VaultError
from fieldpartner.vault.guessing import check_wipe_after, read_attempts, write_attempts
from fieldpartner.vault.header import WrappedKey, read_header, write_header
from fieldpartner.vault.migrate import head_revision, upgrade_to_head
from fieldpartner.vault.passphrase_policy import check_new_passphrase

if TYPE_CHECKING:
    from fieldpartner.vault.vault import Vault

LOCK_AFTER_SETTING = "security.lock_after_minutes"
DEFAULT_LOCK_AFTER_MINUTES = 5
MIN_LOCK_AFTER_MINUTES = 1
MAX_LOCK_AFTER_MINUTES = 240


@dataclass(frozen=True)
class SecurityPolicy:
    wipe_after: int | None  # None: never wipe after wrong passphrases
    lock_after_minutes: int


def check_lock_after(minutes: int) -> int:
    if isinstance(minutes, bool) or not (
        MIN_LOCK_AFTER_MINUTES <= minutes <= MAX_LOCK_AFTER_MINUTES
    ):
        raise VaultError(
            Message(
                "lock_after_out_of_range",
                "lock after {minutes!r} minutes: choose {low} to {high}",
                minutes=minutes,
                low=MIN_LOCK_AFTER_MINUTES,
                high=MAX_LOCK_AFTER_MINUTES,
            )
        )
    return minutes


def security_policy(vault: Vault) -> SecurityPolicy:
    """The settings of an unlocked vault."""
    stored = vault.setting(LOCK_AFTER_SETTING, DEFAULT_LOCK_AFTER_MINUTES)
    try:
        minutes = check_lock_after(int(stored))
    except (TypeError, ValueError, VaultError):
        minutes = DEFAULT_LOCK_AFTER_MINUTES
    return SecurityPolicy(read_attempts(vault.path).wipe_after, minutes)


_UNCHANGED = object()


def set_security_policy(
    vault: Vault,
    *,
    wipe_after: int | object | None = _UNCHANGED,
    lock_after_minutes: int | None = None,
) -> SecurityPolicy:
    """Change the settings of an unlocked vault; returns them. Both values are checked
    before either is written, so a bad one changes nothing."""
    vault._require_engine()  # the passphrase was given: the vault is open
    if wipe_after is not _UNCHANGED:
        check_wipe_after(wipe_after)  # type: ignore[arg-type]
    if lock_after_minutes is not None:
        check_lock_after(lock_after_minutes)
    if wipe_after is not _UNCHANGED:
        attempts = read_attempts(vault.path)
        write_attempts(vault.path, attempts.with_wipe_after(wipe_after))  # type: ignore[arg-type]
    if lock_after_minutes is not None:
        vault.set_setting(LOCK_AFTER_SETTING, lock_after_minutes)
    return security_policy(vault)


def duress_enabled(vault: Vault) -> bool:
    """Whether a duress passphrase and its decoy are set for this unlocked vault."""
    return bool(vault.setting(DECOY_SETTING))


def enable_duress(
    vault: Vault,
    duress_passphrase: str,
    *,
    decoy_partners: tuple[str, ...] = (),
    accept_weak_passphrase: bool = False,
) -> None:
    """Turn duress on for an unlocked vault: build the decoy and wrap its key under the
    duress passphrase in the spare slot. An earlier decoy is replaced."""
    vault._require_engine()
    check_new_passphrase(
        duress_passphrase, accept_weak=accept_weak_passphrase, context=(vault.name,)
    )
    header = read_header(vault.path)
    pass_key = keys.derive_passphrase_key(duress_passphrase, header.kdf)
    real, _ = try_slots(header, pass_key)
    if real is not None:
        raise VaultError(
            Message(
                "duress_same_as_passphrase",
                "the duress passphrase must differ from the vault's passphrase",
            )
        )
    earlier = vault.setting(DECOY_SETTING)
    decoy_key = bytearray(os.urandom(keys.KEY_BYTES))
    name = _build_decoy(vault, decoy_key, decoy_partners)
    nonce, ciphertext = keys.wrap(pass_key, bytes(decoy_key), header.vault_id, SPARE_SLOT)
    decoy_key[:] = bytes(len(decoy_key))
    write_header(vault.path, with_spare(header, spare_json(WrappedKey(nonce, ciphertext))))
    vault.header = read_header(vault.path)
    vault.set_setting(DECOY_SETTING, name)
    # Only now that the new decoy is in place: a failure above leaves the earlier one whole.
    if earlier and earlier != name:
        _remove_decoy(vault, str(earlier))


def disable_duress(vault: Vault) -> None:
    """Turn duress off: the spare slot becomes random again and the decoy is shredded."""
    vault._require_engine()
    earlier = vault.setting(DECOY_SETTING)
    write_header(vault.path, with_spare(read_header(vault.path), random_spare()))
    vault.header = read_header(vault.path)
    vault.set_setting(DECOY_SETTING, None)
    if earlier:
        _remove_decoy(vault, str(earlier))


def _remove_decoy(vault: Vault, name: str) -> None:
    target = vault.path / BACKUP_DIR / Path(name).name
    if target.is_file():
        target.unlink()


def _build_decoy(vault: Vault, decoy_key: bytearray, partners: tuple[str, ...]) -> str:
    """A small, ordinary-looking vault database: the built-in templates, the same vault and
    user name, and the given (harmless) partners. Kept in backups/ under a backup's name."""
    staging = vault.path / f".{DB_NAME}.{os.urandom(4).hex()}.building"
    staging.mkdir(mode=0o700)
    try:
        engine = open_engine(staging / DB_NAME, decoy_key)
        try:
            upgrade_to_head(engine)
            device_id = uuid7()
            sessions = sessionmaker(bind=engine, class_=RecordSession)
            with sessions.begin() as session:
                for key, value in (
                    ("device_id", device_id),
                    ("vault_name", vault.name),
                    ("user_name", str(vault.setting("user_name", ""))),
                ):
                    session.merge(VaultSetting(key=key, value=value))
            with sessions() as session, session.begin():
                session.info["record_context"] = RecordContext(
                    device_id=device_id,
                    author=str(vault.setting("user_name", "")),
                    clock=vault.clock,
                )
                ensure_builtin_templates(session)
                for partner in partners:
                    add_partner(session, name=partner)
            checkpoint(engine)
        finally:
            close_all(engine)
        backups = vault.path / BACKUP_DIR
        backups.mkdir(mode=0o700, exist_ok=True)
        stamp = vault.clock.now().strftime("%Y%m%dT%H%M%SZ")
        name = f"vault-{head_revision()}-{stamp}.db"
        os.replace(staging / DB_NAME, backups / name)
        return name
    finally:
        shutil.rmtree(staging, ignore_errors=True)
