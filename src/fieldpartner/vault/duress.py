"""The duress passphrase: typed under coercion, it destroys the real vault without a word
and opens a small decoy vault in its place (docs/vault-format.md, section 12; the risks in
docs/threat-model.md).

Every vault made by this version carries a spare slot in ``vault.json`` (the top-level
member ``spare_slot``): random bytes while duress is off, the decoy's database key wrapped
under the duress passphrase while it is on, so the header looks the same either way. Both
slots are unwrapped with the *same* Argon2id output (the header's salt and parameters), so
every try costs exactly one key derivation, whichever passphrase it is. The decoy database
is built when duress is turned on and kept in ``backups/`` under a backup's name.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyrage
from pyrage import x25519
from sqlalchemy.orm import sessionmaker

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import RecordContext, RecordSession
from fieldpartner.domain.templates.store import ensure_builtin_templates
from fieldpartner.vault import keys
from fieldpartner.vault.engine import DB_NAME, check_key, checkpoint, close_all, open_engine
from fieldpartner.vault.errors import VaultError, WrongPassphrase
from fieldpartner.vault.header import (
    EscrowSlot,
    RecoverySlot,
    VaultHeader,
    WrappedKey,
    read_header,
    write_header,
)
from fieldpartner.vault.migrate import head_revision, upgrade_to_head
from fieldpartner.vault.passphrase_policy import check_new_passphrase

if TYPE_CHECKING:
    from fieldpartner.vault.vault import Vault

SPARE_MEMBER = "spare_slot"
SPARE_SLOT = "spare"  # the slot name in the AEAD's associated data
DECOY_SETTING = "security.decoy_file"
BACKUP_DIR = "backups"


def random_spare() -> dict[str, str]:
    """A spare slot that opens with nothing: what every vault holds while duress is off."""
    return _spare_json(WrappedKey(os.urandom(keys.NONCE_BYTES), os.urandom(keys.KEY_BYTES + 16)))


def _spare_json(wrapped: WrappedKey) -> dict[str, str]:
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
        raise VaultError("the duress passphrase must differ from the vault's passphrase")
    _remove_decoy(vault)
    decoy_key = bytearray(os.urandom(keys.KEY_BYTES))
    name = _build_decoy(vault, decoy_key, decoy_partners)
    nonce, ciphertext = keys.wrap(pass_key, bytes(decoy_key), header.vault_id, SPARE_SLOT)
    decoy_key[:] = bytes(len(decoy_key))
    write_header(vault.path, with_spare(header, _spare_json(WrappedKey(nonce, ciphertext))))
    vault.header = read_header(vault.path)
    vault.set_setting(DECOY_SETTING, name)


def disable_duress(vault: Vault) -> None:
    """Turn duress off: the spare slot becomes random again and the decoy is shredded."""
    vault._require_engine()
    _remove_decoy(vault)
    write_header(vault.path, with_spare(read_header(vault.path), random_spare()))
    vault.header = read_header(vault.path)
    vault.set_setting(DECOY_SETTING, None)


def _remove_decoy(vault: Vault) -> None:
    name = vault.setting(DECOY_SETTING)
    if name:
        target = vault.path / BACKUP_DIR / Path(str(name)).name
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
