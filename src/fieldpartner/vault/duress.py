"""The duress passphrase: typed under coercion, it destroys the real vault without a word
and opens a small decoy vault in its place (docs/vault-format.md, section 12; the risks in
docs/threat-model.md).

Every vault made by this version carries a spare slot in ``vault.json`` (the top-level
member ``spare_slot``): random bytes while duress is off, the decoy's database key wrapped
under the duress passphrase while it is on, so the header looks the same either way. Both
slots are unwrapped with the *same* Argon2id output (the header's salt and parameters), so
every try costs exactly one key derivation, whichever passphrase it is. The decoy database
is built when duress is turned on (``security.enable_duress``) and kept in ``backups/``
under a backup's name.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from fieldpartner.vault import keys
from fieldpartner.vault.engine import check_key, close_all, open_engine
from fieldpartner.vault.errors import VaultError, WrongPassphrase
from fieldpartner.vault.header import (
    EscrowSlot,
    RecoverySlot,
    VaultHeader,
    WrappedKey,
)

SPARE_MEMBER = "spare_slot"
SPARE_SLOT = "spare"  # the slot name in the AEAD's associated data
DECOY_SETTING = "security.decoy_file"
BACKUP_DIR = "backups"


def random_spare() -> dict[str, str]:
    """A spare slot that opens with nothing: what every vault holds while duress is off."""
    return spare_json(WrappedKey(os.urandom(keys.NONCE_BYTES), os.urandom(keys.KEY_BYTES + 16)))


def spare_json(wrapped: WrappedKey) -> dict[str, str]:
    return {
        "aead": "chacha20poly1305",
        "nonce": base64.b64encode(wrapped.nonce).decode("ascii"),
        "ciphertext": base64.b64encode(wrapped.ciphertext).decode("ascii"),
    }


def with_spare(header: VaultHeader, spare: dict[str, str]) -> VaultHeader:
    return replace(header, extra={**header.extra, SPARE_MEMBER: spare})


def read_spare(header: VaultHeader) -> WrappedKey | None:
    """The spare slot, or None for a vault without one (made before it existed)."""
    node: Any = header.extra.get(SPARE_MEMBER)
    if not isinstance(node, dict):
        return None
    try:
        nonce = base64.b64decode(str(node.get("nonce", "")), validate=True)
        ciphertext = base64.b64decode(str(node.get("ciphertext", "")), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(nonce) != keys.NONCE_BYTES or len(ciphertext) != keys.KEY_BYTES + 16:
        return None
    return WrappedKey(nonce, ciphertext)


def try_slots(header: VaultHeader, pass_key: bytes) -> tuple[bytes | None, bytes | None]:
    """Unwrap the passphrase slot and the spare slot with one derived key. Both are always
    tried, so the work does not depend on which (if any) opens."""
    real: bytes | None = None
    decoy: bytes | None = None
    with contextlib.suppress(WrongPassphrase):
        real = keys.unwrap(
            pass_key, header.passphrase.nonce, header.passphrase.ciphertext,
            header.vault_id, "passphrase",
        )  # fmt: skip
    spare = read_spare(header) or WrappedKey(bytes(keys.NONCE_BYTES), bytes(48))
    with contextlib.suppress(WrongPassphrase):
        decoy = keys.unwrap(pass_key, spare.nonce, spare.ciphertext, header.vault_id, SPARE_SLOT)
    return real, decoy


def find_decoy(path: Path, decoy_key: bytearray) -> Path | None:
    """The file in backups/ that the decoy key opens."""
    backups = Path(path) / BACKUP_DIR
    for candidate in sorted(backups.glob("vault-*.db")) if backups.is_dir() else []:
        engine = open_engine(candidate, decoy_key)
        try:
            check_key(engine)
            return candidate
        except VaultError:
            continue
        finally:
            close_all(engine)
    return None


def decoy_header(header: VaultHeader, pass_key: bytes, decoy_key: bytes) -> VaultHeader:
    """The header the decoy gets in place of the real one: same id, creation time and
    Argon2id parameters; the duress passphrase as its passphrase; a recovery slot under a
    fresh recovery key that nobody is shown; an escrow slot to the same HQ if there was
    one; a random spare slot."""
    nonce, ciphertext = keys.wrap(pass_key, decoy_key, header.vault_id, "passphrase")
    recovery_salt = os.urandom(keys.SALT_BYTES)
    r_key = keys.recovery_wrapping_key(os.urandom(keys.KEY_BYTES), recovery_salt)
    r_nonce, r_ciphertext = keys.wrap(r_key, decoy_key, header.vault_id, "recovery")
    escrow = None
    if header.escrow is not None:
        recipient = x25519.Recipient.from_str(header.escrow.recipient)
        escrow = EscrowSlot(header.escrow.recipient, pyrage.encrypt(decoy_key, [recipient]))
    extra = {**header.extra, SPARE_MEMBER: random_spare()}
    return VaultHeader(
        vault_id=header.vault_id,
        created_at=header.created_at,
        kdf=header.kdf,
        passphrase=WrappedKey(nonce, ciphertext),
        recovery=RecoverySlot(WrappedKey(r_nonce, r_ciphertext), recovery_salt),
        escrow=escrow,
        extra=extra,
    )
