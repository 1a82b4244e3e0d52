"""Errors of sync: each carries the exit code of DESIGN.md and a message a person can act on.

4 — the bundle or profile is invalid (tampered, truncated, unknown version, bad record);
3 — the bundle is not addressed to this vault's identity;
5 — refused by trust (unknown or revoked sender, another organisation, wrong fingerprint).
"""

from __future__ import annotations


class SyncError(Exception):
    """Any sync failure; ``exit_code`` is what fieldpartner-cli exits with."""

    exit_code = 1


class BundleInvalid(SyncError):
    """The file is not a valid bundle (or profile) of a version this program reads."""

    exit_code = 4


class NotAddressed(SyncError):
    """The bundle was not encrypted to this vault's identity."""

    exit_code = 3


class TrustRefused(SyncError):
    """The sender is unknown, revoked or belongs to another organisation."""

    exit_code = 5


class NotJoined(SyncError):
    """The vault has not created or joined an organisation yet."""

    exit_code = 1


class Cancelled(SyncError):
    """The user cancelled a long operation; nothing was written."""

    exit_code = 1


class ConflictNotFound(SyncError):
    exit_code = 4


class EscrowMissing(SyncError):
    """The vault has no HQ escrow slot to recover it with."""

    exit_code = 4


class EscrowRefused(SyncError):
    """The escrow slot does not open with the identity given."""

    exit_code = 3


class IdentityBackupInvalid(SyncError):
    """The file is not an HQ identity backup (no age identity in it)."""

    exit_code = 4
