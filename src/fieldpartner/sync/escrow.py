"""HQ escrow: the vault's database key encrypted to HQ's age recipient (DESIGN.md "The vault").

With HQ's identity backup, ``age -d -i hq-identity.txt`` on the base64-decoded
``keys.escrow.age`` of vault.json gives the 32-byte SQLCipher key of a recovered laptop;
``recover_with_escrow`` does that and sets a new passphrase (``vault recover --escrow``).
"""

from __future__ import annotations

from pathlib import Path

import pyrage
from pyrage import x25519

from fieldpartner.domain.problems import Message
from fieldpartner.sync.errors import (
    EscrowMissing,
    EscrowRefused,
    IdentityBackupInvalid,
    SyncError,
)
from fieldpartner.sync.identity import DeviceIdentity
from fieldpartner.sync.org import require_organisation
from fieldpartner.vault import Vault, recover_with_database_key
from fieldpartner.vault.header import HEADER_NAME, read_header
from fieldpartner.vault.keys import KdfParams

MAX_BACKUP_BYTES = 64 * 1024


def escrow_to_hq(vault: Vault) -> str:
    """Write the escrow slot for this vault's organisation's HQ; returns the recipient."""
    with vault.session() as session:
        org = require_organisation(session)
    if org.is_hq:
        raise SyncError(
            Message("hq_cannot_escrow", "HQ's own vault has no one to escrow its key to")
        )
    vault.set_escrow(org.hq.recipient)
    return org.hq.recipient


def _decrypt(sealed: bytes, identity: x25519.Identity) -> bytes:
    try:
        return bytes(pyrage.decrypt(sealed, [identity]))
    except Exception as exc:
        raise EscrowRefused(
            Message(
                "escrow_identity_does_not_open",
                "the escrow slot does not open with this HQ identity ({reason})",
                reason=exc,
            )
        ) from None


def open_escrow(vault_header_age: bytes, hq: DeviceIdentity) -> bytes:
    """The database key from an escrow slot, with HQ's identity (for recovery tools)."""
    return _decrypt(vault_header_age, x25519.Identity.from_str(hq.age_secret))


def read_identity_backup(path: Path) -> x25519.Identity:
    """HQ's age identity from its identity backup file (``org create --identity-backup-out``,
    an ordinary age identity file: comment lines and one ``AGE-SECRET-KEY-1…`` line)."""
    path = Path(path)
    try:
        raw = path.read_bytes()[: MAX_BACKUP_BYTES + 1]
    except OSError as exc:
        raise SyncError(
            Message(
                "cannot_read_identity_backup",
                "cannot read the identity backup {file}: {reason}",
                file=path,
                reason=exc.strerror,
            )
        ) from None
    if len(raw) > MAX_BACKUP_BYTES:
        raise IdentityBackupInvalid(
            Message(
                "identity_backup_too_large",
                "{file} is too large to be an HQ identity backup",
                file=path,
            )
        )
    keys = [
        line.strip()
        for line in raw.decode("utf-8", errors="replace").splitlines()
        if line.strip().startswith("AGE-SECRET-KEY-1")
    ]
    if len(keys) != 1:
        raise IdentityBackupInvalid(
            Message(
                "identity_backup_key_count",
                "{file} is not an HQ identity backup: it must hold exactly one AGE-SECRET-KEY-1… line, not {count}",
                file=path,
                count=len(keys),
            )
        )
    try:
        return x25519.Identity.from_str(keys[0])
    except Exception:
        raise IdentityBackupInvalid(
            Message("identity_backup_damaged", "{file} holds a damaged age identity", file=path)
        ) from None


def escrowed_database_key(vault_path: Path, identity_backup: Path) -> bytes:
    """The database key of the vault at ``vault_path`` from its escrow slot, opened with
    HQ's identity backup. Checks that the identity is the slot's recipient first."""
    header = read_header(Path(vault_path))
    if header.escrow is None:
        raise EscrowMissing(
            Message(
                "no_escrow_slot",
                "{file} has no HQ escrow slot (keys.escrow): this vault was never escrowed to HQ; recover it with its recovery key instead",
                file=Path(vault_path) / HEADER_NAME,
            )
        )
    identity = read_identity_backup(identity_backup)
    recipient = str(identity.to_public())
    if recipient != header.escrow.recipient:
        raise EscrowRefused(
            Message(
                "escrow_identity_mismatch",
                "the vault's escrow slot is for {recipient}, but {name} holds the identity of {held}: use the identity backup of the HQ this vault joined",
                recipient=header.escrow.recipient,
                name=Path(identity_backup).name,
                held=recipient,
            )
        )
    return _decrypt(header.escrow.age, identity)


def recover_with_escrow(
    vault_path: Path,
    identity_backup: Path,
    new_passphrase: str,
    *,
    kdf: KdfParams | None = None,
) -> None:
    """HQ sets a new passphrase on a recovered laptop's vault through its escrow slot.

    The recovery key and the escrow slot keep opening the vault; vault.db is not touched.
    """
    key = escrowed_database_key(vault_path, identity_backup)
    recover_with_database_key(Path(vault_path), key, new_passphrase, kdf=kdf)
