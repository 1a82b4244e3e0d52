"""HQ escrow: the vault's database key encrypted to HQ's age recipient (DESIGN.md "The vault").

With HQ's identity backup, ``age -d -i hq-identity.txt`` on the base64-decoded
``keys.escrow.age`` of vault.json gives the 32-byte SQLCipher key of a recovered laptop.
"""

from __future__ import annotations

import pyrage
from pyrage import x25519

from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.identity import DeviceIdentity
from fieldpartner.sync.org import require_organisation
from fieldpartner.vault import Vault


def escrow_to_hq(vault: Vault) -> str:
    """Write the escrow slot for this vault's organisation's HQ; returns the recipient."""
    with vault.session() as session:
        org = require_organisation(session)
    if org.is_hq:
        raise SyncError("HQ's own vault has no one to escrow its key to")
    vault.set_escrow(org.hq.recipient)
    return org.hq.recipient


def open_escrow(vault_header_age: bytes, hq: DeviceIdentity) -> bytes:
    """The database key from an escrow slot, with HQ's identity (for recovery tools)."""
    try:
        return bytes(pyrage.decrypt(vault_header_age, [x25519.Identity.from_str(hq.age_secret)]))
    except Exception as exc:
        raise SyncError(f"the escrow slot does not open with this HQ identity ({exc})") from None
