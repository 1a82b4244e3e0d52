"""vault.json, format 1: the reader and the writer (docs/vault-format.md documents it).

The header holds no secret in clear: identifiers, Argon2id parameters and the database key
wrapped under each unlocking method. Reading is strict, so a truncated or edited file fails
with a message naming the field, before any key is derived.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from fieldpartner.domain.problems import Message
from fieldpartner.files import write_atomic
from fieldpartner.vault.errors import VaultError, VaultHeaderError
from fieldpartner.vault.keys import NONCE_BYTES, SALT_BYTES, KdfParams

FORMAT = "fieldpartner-vault"
VERSION = 1
CIPHER = "sqlcipher4-raw-key"
HEADER_NAME = "vault.json"
VAULT_SUFFIX = ".fpvault"  # the folder name's ending, offered when creating a vault


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class RecoverySlot:
    wrapped: WrappedKey
    salt: bytes


@dataclass(frozen=True)
class EscrowSlot:
    recipient: str
    age: bytes


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created_at: str
    kdf: KdfParams
    passphrase: WrappedKey
    recovery: RecoverySlot
    escrow: EscrowSlot | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def with_passphrase(self, kdf: KdfParams, wrapped: WrappedKey) -> VaultHeader:
        return replace(self, kdf=kdf, passphrase=wrapped)

    def with_escrow(self, escrow: EscrowSlot | None) -> VaultHeader:
        return replace(self, escrow=escrow)

    def to_json(self) -> dict[str, Any]:
        keys: dict[str, Any] = {
            "passphrase": {
                "aead": "chacha20poly1305",
                "nonce": _b64(self.passphrase.nonce),
                "ciphertext": _b64(self.passphrase.ciphertext),
            },
            "recovery": {
                "aead": "chacha20poly1305",
                "nonce": _b64(self.recovery.wrapped.nonce),
                "ciphertext": _b64(self.recovery.wrapped.ciphertext),
                "kdf": {"name": "hkdf-sha256", "salt": _b64(self.recovery.salt)},
            },
        }
        if self.escrow is not None:
            keys["escrow"] = {"recipient": self.escrow.recipient, "age": _b64(self.escrow.age)}
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "cipher": CIPHER,
            "kdf": {
                "name": "argon2id",
                "salt": _b64(self.kdf.salt),
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
            },
            "keys": keys,
            **self.extra,
        }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class _Reader:
    """Walks the parsed JSON, naming the path of the first thing that is wrong."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def obj(self, node: Any, path: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            raise VaultHeaderError(
                Message("header_not_object", "vault.json: {path} must be an object", path=path)
            )
        return node

    def get(self, node: dict[str, Any], key: str, path: str) -> Any:
        if key not in node:
            raise VaultHeaderError(
                Message(
                    "header_key_missing", "vault.json: {path}.{key} is missing", path=path, key=key
                )
            )
        return node[key]

    def text(self, node: dict[str, Any], key: str, path: str) -> str:
        value = self.get(node, key, path)
        if not isinstance(value, str) or not value:
            raise VaultHeaderError(
                Message(
                    "header_not_text",
                    "vault.json: {path}.{key} must be a non-empty string",
                    path=path,
                    key=key,
                )
            )
        return value

    def integer(self, node: dict[str, Any], key: str, path: str) -> int:
        value = self.get(node, key, path)
        if not isinstance(value, int) or isinstance(value, bool):
            raise VaultHeaderError(
                Message(
                    "header_not_integer",
                    "vault.json: {path}.{key} must be an integer, not {value!r}",
                    path=path,
                    key=key,
                    value=value,
                )
            )
        return value

    def b64(self, node: dict[str, Any], key: str, path: str, length: int | None = None) -> bytes:
        value = self.text(node, key, path)
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise VaultHeaderError(
                Message(
                    "header_not_base64",
                    "vault.json: {path}.{key} is not valid base64",
                    path=path,
                    key=key,
                )
            ) from None
        if length is not None and len(raw) != length:
            raise VaultHeaderError(
                Message(
                    "header_wrong_length",
                    "vault.json: {path}.{key} must decode to {length} bytes, not {count}",
                    path=path,
                    key=key,
                    length=length,
                    count=len(raw),
                )
            )
        return raw

    def expect(self, node: dict[str, Any], key: str, path: str, wanted: str) -> None:
        value = self.get(node, key, path)
        if value != wanted:
            raise VaultHeaderError(
                Message(
                    "header_unexpected_value",
                    "vault.json: {path}.{key} is {value!r}; expected {wanted!r}",
                    path=path,
                    key=key,
                    value=value,
                    wanted=wanted,
                )
            )


def parse_header(raw: bytes) -> VaultHeader:
    if not raw.strip():
        raise VaultHeaderError(
            Message(
                "header_empty",
                "vault.json is empty (the vault header was truncated or wiped)",
            )
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise VaultHeaderError(
            Message(
                "header_not_json",
                "vault.json is damaged or truncated (not valid JSON: {reason})",
                reason=exc.args[0],
            )
        ) from None
    r = _Reader(data)
    top = r.obj(data, "$")
    fmt = top.get("format")
    if fmt != FORMAT:
        raise VaultHeaderError(
            Message(
                "header_wrong_format",
                "vault.json: format is {fmt!r}; this is not a FieldPartner vault",
                fmt=fmt,
            )
        )
    version = r.get(top, "version", "$")
    # Exactly the integer: in Python True == 1 and 1.0 == 1, but JSON's true and 1.0 are not
    # format 1, and a reader must not guess (docs/vault-format.md, section 10).
    if type(version) is not int or version != VERSION:
        if type(version) is int and version > VERSION:
            raise VaultHeaderError(
                Message(
                    "header_version_newer",
                    "vault.json has version {version}; this FieldPartner reads vault format "
                    "{readable} (the vault was made by a newer version)",
                    version=json.dumps(version),
                    readable=VERSION,
                )
            )
        raise VaultHeaderError(
            Message(
                "header_version_unknown",
                "vault.json has version {version}; this FieldPartner reads vault format {readable}",
                version=json.dumps(version),
                readable=VERSION,
            )
        )
    vault_id = r.text(top, "vault_id", "$")
    try:
        uuid.UUID(vault_id)
    except ValueError:
        raise VaultHeaderError(
            Message(
                "header_vault_id",
                "vault.json: $.vault_id {vault_id!r} is not a UUID",
                vault_id=vault_id,
            )
        ) from None
    created_at = r.text(top, "created_at", "$")
    r.expect(top, "cipher", "$", CIPHER)

    kdf_node = r.obj(r.get(top, "kdf", "$"), "$.kdf")
    r.expect(kdf_node, "name", "$.kdf", "argon2id")
    kdf = KdfParams(
        salt=r.b64(kdf_node, "salt", "$.kdf", SALT_BYTES),
        memory_kib=r.integer(kdf_node, "memory_kib", "$.kdf"),
        iterations=r.integer(kdf_node, "iterations", "$.kdf"),
        lanes=r.integer(kdf_node, "lanes", "$.kdf"),
    )
    try:
        kdf.check()
    except VaultError as exc:
        raise VaultHeaderError(
            Message("header_kdf_invalid", "vault.json: $.kdf: {reason}", reason=exc)
        ) from None

    keys = r.obj(r.get(top, "keys", "$"), "$.keys")
    pslot = r.obj(r.get(keys, "passphrase", "$.keys"), "$.keys.passphrase")
    r.expect(pslot, "aead", "$.keys.passphrase", "chacha20poly1305")
    passphrase = WrappedKey(
        nonce=r.b64(pslot, "nonce", "$.keys.passphrase", NONCE_BYTES),
        ciphertext=r.b64(pslot, "ciphertext", "$.keys.passphrase", 48),
    )
    rslot = r.obj(r.get(keys, "recovery", "$.keys"), "$.keys.recovery")
    r.expect(rslot, "aead", "$.keys.recovery", "chacha20poly1305")
    rkdf = r.obj(r.get(rslot, "kdf", "$.keys.recovery"), "$.keys.recovery.kdf")
    r.expect(rkdf, "name", "$.keys.recovery.kdf", "hkdf-sha256")
    recovery = RecoverySlot(
        wrapped=WrappedKey(
            nonce=r.b64(rslot, "nonce", "$.keys.recovery", NONCE_BYTES),
            ciphertext=r.b64(rslot, "ciphertext", "$.keys.recovery", 48),
        ),
        salt=r.b64(rkdf, "salt", "$.keys.recovery.kdf", SALT_BYTES),
    )
    escrow = None
    if "escrow" in keys:
        eslot = r.obj(keys["escrow"], "$.keys.escrow")
        recipient = r.text(eslot, "recipient", "$.keys.escrow")
        if not recipient.startswith("age1"):
            raise VaultHeaderError(
                Message(
                    "header_escrow_recipient",
                    "vault.json: $.keys.escrow.recipient is not an age recipient",
                )
            )
        escrow = EscrowSlot(recipient=recipient, age=r.b64(eslot, "age", "$.keys.escrow"))
    known = {"format", "version", "vault_id", "created_at", "cipher", "kdf", "keys"}
    extra = {k: v for k, v in top.items() if k not in known}
    return VaultHeader(vault_id, created_at, kdf, passphrase, recovery, escrow, extra)


def is_vault(path: Path) -> bool:
    return (Path(path) / HEADER_NAME).is_file()


def read_header(folder: Path) -> VaultHeader:
    path = Path(folder) / HEADER_NAME
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise VaultHeaderError(
            Message(
                "not_a_vault_folder",
                "{path} is missing: this folder is not a vault, or the vault was wiped",
                path=path,
            )
        ) from None
    return parse_header(raw)


def write_header(folder: Path, header: VaultHeader) -> None:
    text = json.dumps(header.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomic(Path(folder) / HEADER_NAME, text.encode("utf-8"))
