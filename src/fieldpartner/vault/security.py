"""A vault's security settings: wipe after N wrong passphrases, and lock after M minutes
without use. Changing them needs an unlocked vault, that is, the passphrase again.

The wipe-after limit must be read before the vault is unlocked, so it is kept in
``attempts.json`` (``guessing``); the lock-after time is kept inside the encrypted
database, where the application reads it after unlocking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldpartner.vault.errors import VaultError
from fieldpartner.vault.guessing import check_wipe_after, read_attempts, write_attempts

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
            f"lock after {minutes!r} minutes: choose {MIN_LOCK_AFTER_MINUTES} to "
            f"{MAX_LOCK_AFTER_MINUTES}"
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
