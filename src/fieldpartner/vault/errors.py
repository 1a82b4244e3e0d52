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


class VaultExists(VaultError):
    """A vault (or other files) already exists where a new one was to be created."""
