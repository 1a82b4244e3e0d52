"""Device identities: the age X25519 identity and the Ed25519 signing key of a vault.

Both secret halves live only inside the vault (the encrypted ``vault_settings`` table,
setting ``sync.identity``). The public halves travel in profiles and bundles and are shown
to people as a fingerprint short enough to read aloud over a phone line:

    fingerprint = the first 100 bits of SHA-256("fieldpartner-identity:1\\n" recipient "\\n"
                  base64(ed25519 public key)), as 20 Crockford base32 characters in five
                  groups of four, e.g. ``7K2Q-XM4D-0RTA-9VPE-H3WB``.

Reading one back ignores case, spaces and dashes and accepts the letters Crockford treats
as digits (O for 0, I and L for 1).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from fieldpartner.domain.problems import Message
from fieldpartner.sync.errors import BundleInvalid

if TYPE_CHECKING:  # only for annotations: the bundle reader needs no vault
    from fieldpartner.vault import Database

IDENTITY_SETTING = "sync.identity"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
FINGERPRINT_CHARS = 20


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, what: str, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise BundleInvalid(
            Message("identity_not_base64_text", "{what} must be base64 text", what=what)
        )
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise BundleInvalid(
            Message("identity_not_base64", "{what} is not valid base64", what=what)
        ) from None
    if length is not None and len(raw) != length:
        raise BundleInvalid(
            Message(
                "identity_wrong_length",
                "{what} must be {length} bytes, not {count}",
                what=what,
                length=length,
                count=len(raw),
            )
        )
    return raw


def fingerprint(recipient: str, verify_key: bytes) -> str:
    """The readable fingerprint of a public identity (see the module docstring)."""
    digest = hashlib.sha256(
        f"fieldpartner-identity:1\n{recipient}\n{b64(verify_key)}".encode()
    ).digest()
    bits = int.from_bytes(digest[:13], "big") >> 4  # 100 bits
    chars = "".join(
        _CROCKFORD[(bits >> (5 * (FINGERPRINT_CHARS - 1 - i))) & 31]
        for i in range(FINGERPRINT_CHARS)
    )
    return "-".join(chars[i : i + 4] for i in range(0, FINGERPRINT_CHARS, 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed by a person, in canonical form (or '' if it cannot be one)."""
    cleaned = "".join(c for c in text.upper() if c not in " -\t").translate(_CROCKFORD_ALIASES)
    if len(cleaned) != FINGERPRINT_CHARS or any(c not in _CROCKFORD for c in cleaned):
        return ""
    return "-".join(cleaned[i : i + 4] for i in range(0, FINGERPRINT_CHARS, 4))


@dataclass(frozen=True)
class PublicIdentity:
    """What others know of a device: its id, age recipient and Ed25519 public key."""

    device_id: str
    recipient: str
    verify_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient, self.verify_key)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.verify_key).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    def age_recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.recipient)

    def to_json(self) -> dict[str, str]:
        return {
            "device_id": self.device_id,
            "recipient": self.recipient,
            "signing_key": b64(self.verify_key),
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_json(cls, data: Any, what: str) -> PublicIdentity:
        if not isinstance(data, dict):
            raise BundleInvalid(
                Message("identity_not_object", "{what} must be an object", what=what)
            )
        device_id, recipient = data.get("device_id"), data.get("recipient")
        if not isinstance(device_id, str) or not 1 <= len(device_id) <= 36:
            raise BundleInvalid(
                Message(
                    "identity_device_id_missing",
                    "{what}.device_id is missing or not an id",
                    what=what,
                )
            )
        if not isinstance(recipient, str) or not recipient.startswith("age1"):
            raise BundleInvalid(
                Message(
                    "identity_recipient_not_age",
                    "{what}.recipient is not an age recipient",
                    what=what,
                )
            )
        try:
            x25519.Recipient.from_str(recipient)
        except Exception:
            raise BundleInvalid(
                Message(
                    "identity_recipient_invalid",
                    "{what}.recipient is not a valid age X25519 recipient",
                    what=what,
                )
            ) from None
        identity = cls(
            device_id, recipient, unb64(data.get("signing_key"), f"{what}.signing_key", 32)
        )
        claimed = data.get("fingerprint")
        if claimed is not None and claimed != identity.fingerprint:
            raise BundleInvalid(
                Message(
                    "identity_fingerprint_mismatch",
                    "{what}.fingerprint does not match its keys",
                    what=what,
                )
            )
        return identity


@dataclass(frozen=True)
class DeviceIdentity:
    """This vault's own identity, secret halves included. Never leaves the vault except
    in HQ's identity backup."""

    device_id: str
    age_secret: str
    signing_secret: bytes

    @property
    def age_identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_secret)

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_secret)

    @property
    def public(self) -> PublicIdentity:
        verify_key = self.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicIdentity(self.device_id, str(self.age_identity.to_public()), verify_key)

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)


def generate_identity(device_id: str) -> DeviceIdentity:
    return DeviceIdentity(
        device_id=device_id,
        age_secret=str(x25519.Identity.generate()),
        signing_secret=Ed25519PrivateKey.generate().private_bytes_raw(),
    )


def ensure_device_identity(vault: Database) -> DeviceIdentity:
    """This vault's identity, made and stored on first use."""
    stored = vault.setting(IDENTITY_SETTING)
    if stored:
        return DeviceIdentity(
            device_id=stored["device_id"],
            age_secret=stored["age_identity"],
            signing_secret=base64.b64decode(stored["ed25519_secret"]),
        )
    identity = generate_identity(vault.device_id)
    vault.set_setting(
        IDENTITY_SETTING,
        {
            "device_id": identity.device_id,
            "age_identity": identity.age_secret,
            "ed25519_secret": b64(identity.signing_secret),
            "created_at": vault.clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
    )
    return identity


def identity_backup_text(identity: DeviceIdentity, org_name: str, org_id: str) -> str:
    """HQ's identity as an age identity file: ``age -d -i FILE`` reads it; the Ed25519
    key rides along as a comment line, which age ignores."""
    public = identity.public
    return (
        f"# FieldPartner HQ identity of {org_name} (organisation {org_id})\n"
        "# Keep this file offline and safe: with it anyone can read every bundle sent to HQ.\n"
        f"# device: {identity.device_id}\n"
        f"# fingerprint: {public.fingerprint}\n"
        f"# public key: {public.recipient}\n"
        f"# ed25519-public: {b64(public.verify_key)}\n"
        f"# ed25519-secret: {b64(identity.signing_secret)}\n"
        f"{identity.age_secret}\n"
    )
