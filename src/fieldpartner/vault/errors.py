"""Errors raised by the vault. Each message names what was wrong in words a user can act on."""

from __future__ import annotations


class VaultError(Exception):
    """Any failure to create, open or change a vault."""


class WrongPassphrase(VaultError):
    """The passphrase or recovery key does not open this vault."""


class VaultHeaderError(VaultError):
    """vault.json is missing, damaged, edited or of a version this program does not read."""


class VaultDatabaseError(VaultError):
    """vault.db is missing, damaged or does not match its header."""


class VaultDamaged(VaultDatabaseError):
    """A page of vault.db fails SQLCipher's authentication, or SQLite finds its structure
    broken. Raised in place of the driver's error wherever the database is read, so every
    caller (application, command line, import) can show one plain line."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"vault.db is damaged ({reason}); restore the vault from a copy")
        self.reason = reason


class VaultUnavailable(VaultError):
    """vault.db (or HQ's database) could not be read or written for a reason outside it:
    locked by another program, a disk error, a full disk, a read-only folder, a database
    server that went away."""


class VaultBusy(VaultUnavailable):
    """Other writers held the database: a lock not granted in time, or (PostgreSQL) a
    transaction ended by a deadlock or a serialisation failure. Nothing was written; the
    same work tried again a moment later can succeed."""


class VaultExists(VaultError):
    """A vault (or other files) already exists where a new one was to be created."""
