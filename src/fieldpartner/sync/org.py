"""The organisation and its trust: HQ's profile file, joining, enrolled devices, assignments.

The organisation profile (``*.fporg``) is a plain JSON file, signed by HQ, carrying what a
field vault needs to trust HQ and to encrypt to it; it holds no secret::

    {"format": "fieldpartner-org-profile", "version": 1, "org_id": "<uuid>", "name": "...",
     "created_at": "<RFC 3339>", "hq": {"device_id", "recipient": "age1...",
     "signing_key": "<base64 Ed25519 public key>", "fingerprint": "XXXX-XXXX-..."},
     "templates": [<revision lines>], "signature": "<base64 Ed25519 over the canonical
     JSON of every other field>"}

A field vault joins by importing it and confirming HQ's fingerprint, read over another
channel. HQ keeps the devices it enrolled (and revoked) and which partners each device is
assigned; all of this is local state of the vault (``state``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Partner, SyncDevice
from fieldpartner.domain.partners import find_partner
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import canonical_json
from fieldpartner.domain.staff import Action, require
from fieldpartner.files import write_atomic
from fieldpartner.sync import state
from fieldpartner.sync.errors import BundleInvalid, NotJoined, SyncError, TrustRefused
from fieldpartner.sync.history import received_from
from fieldpartner.sync.identity import (
    PublicIdentity,
    b64,
    ensure_device_identity,
    identity_backup_text,
    normalise_fingerprint,
    unb64,
)
from fieldpartner.sync.templates import apply_template_lines, template_lines
from fieldpartner.vault import Database

PROFILE_FORMAT = "fieldpartner-org-profile"
PROFILE_VERSION = 1
MAX_PROFILE_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Organisation:
    org_id: str
    name: str
    role: str  # "hq" or "device"
    hq: PublicIdentity

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"


@dataclass(frozen=True)
class OrgProfile:
    org_id: str
    name: str
    created_at: str
    hq: PublicIdentity
    templates: list[dict[str, Any]]


@dataclass(frozen=True)
class EnrolledDevice:
    device_id: str
    fingerprint: str
    recipient: str
    status: str  # active | revoked
    enrolled_at: str
    revoked_at: str
    assigned_partners: list[str]
    # From the bundles HQ imported from the device (``history.received_from``):
    last_bundle_at: str = ""  # created_at of the newest bundle imported ("" if none yet)
    last_sequence: int = 0  # the highest change sequence of the device received
    gaps: list[tuple[int, int]] = field(default_factory=list)  # sequences never received
    bundles_received: int = 0


def _now(vault: Database) -> str:
    return vault.clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")


def organisation(session: Session) -> Organisation | None:
    data = state.read(session, state.ORG)
    if not data:
        return None
    return Organisation(
        org_id=data["org_id"],
        name=data["name"],
        role=data["role"],
        hq=PublicIdentity.from_json(data["hq"], "sync.org.hq"),
    )


def require_organisation(session: Session) -> Organisation:
    org = organisation(session)
    if org is None:
        raise NotJoined(
            Message(
                "not_joined",
                "this vault belongs to no organisation yet: run `org create` (HQ) or `org join`",
            )
        )
    return org


# --- the profile file ----------------------------------------------------------------------


def _profile_payload(profile: OrgProfile) -> dict[str, Any]:
    return {
        "format": PROFILE_FORMAT,
        "version": PROFILE_VERSION,
        "org_id": profile.org_id,
        "name": profile.name,
        "created_at": profile.created_at,
        "hq": profile.hq.to_json(),
        "templates": profile.templates,
    }


def read_profile(path: Path) -> OrgProfile:
    """A profile file, its signature checked against the HQ key it carries."""
    try:
        raw = Path(path).read_bytes()[: MAX_PROFILE_BYTES + 1]
    except OSError as exc:
        raise BundleInvalid(
            Message(
                "cannot_read_profile",
                "cannot read the profile {file}: {reason}",
                file=path,
                reason=exc.strerror,
            )
        ) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise BundleInvalid(
            Message(
                "profile_too_large",
                "{file} is too large to be an organisation profile",
                file=path,
            )
        )
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleInvalid(
            Message(
                "profile_not_json",
                "{file} is not an organisation profile (not JSON)",
                file=path,
            )
        ) from None
    if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
        raise BundleInvalid(
            Message(
                "profile_not_fieldpartner",
                "{file} is not a FieldPartner organisation profile",
                file=path,
            )
        )
    if data.get("version") != PROFILE_VERSION:
        raise BundleInvalid(
            Message(
                "profile_version",
                "{file} has profile version {version!r}; this FieldPartner reads version {readable}",
                file=path,
                version=data.get("version"),
                readable=PROFILE_VERSION,
            )
        )
    for key in ("org_id", "name", "created_at"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise BundleInvalid(
                Message("profile_key_missing", "{file}: {key} is missing", file=path, key=key)
            )
    templates = data.get("templates", [])
    if not isinstance(templates, list) or not all(isinstance(t, dict) for t in templates):
        raise BundleInvalid(
            Message(
                "profile_templates_not_list",
                "{file}: templates must be a list of revision lines",
                file=path,
            )
        )
    profile = OrgProfile(
        org_id=data["org_id"],
        name=data["name"],
        created_at=data["created_at"],
        hq=PublicIdentity.from_json(data.get("hq"), "profile hq"),
        templates=templates,
    )
    signature = unb64(data.get("signature"), "profile signature", 64)
    if not profile.hq.verify(signature, canonical_json(_profile_payload(profile))):
        raise BundleInvalid(
            Message(
                "profile_signature_mismatch",
                "{file}: the profile's signature does not match its content",
                file=path,
            )
        )
    return profile


def create_organisation(
    vault: Database, name: str, profile_out: Path, identity_backup_out: Path
) -> OrgProfile:
    """Make this vault the HQ of a new organisation; write the profile and HQ's identity
    backup (``age -d -i`` reads it)."""
    name = name.strip()
    if not name:
        raise SyncError(Message("organisation_needs_name", "the organisation needs a name"))
    identity = ensure_device_identity(vault)
    with vault.transaction() as session:
        existing = organisation(session)
        if existing is not None:
            raise SyncError(
                Message(
                    "already_in_organisation",
                    "this vault already belongs to the organisation {name!r} ({org_id})",
                    name=existing.name,
                    org_id=existing.org_id,
                )
            )
        profile = OrgProfile(
            org_id=uuid7(),
            name=name,
            created_at=_now(vault),
            hq=identity.public,
            templates=template_lines(session),
        )
        payload = _profile_payload(profile)
        payload["signature"] = b64(identity.sign(canonical_json(payload)))
        # The backup first: a profile without HQ's backup would be a trap.
        write_atomic(
            Path(identity_backup_out),
            identity_backup_text(identity, name, profile.org_id).encode(),
            0o600,
        )
        write_atomic(
            Path(profile_out),
            (json.dumps(payload, indent=1, ensure_ascii=False) + "\n").encode(),
            0o644,
        )
        state.write(
            session,
            state.ORG,
            {
                "org_id": profile.org_id,
                "name": name,
                "role": "hq",
                "hq": identity.public.to_json(),
                "created_at": profile.created_at,
            },
        )
    return profile


def join_organisation(vault: Database, profile_path: Path, fingerprint_text: str) -> OrgProfile:
    """Join HQ's organisation once the fingerprint read over another channel matches."""
    profile = read_profile(profile_path)
    wanted = normalise_fingerprint(fingerprint_text)
    if wanted != profile.hq.fingerprint:
        raise TrustRefused(
            Message(
                "hq_fingerprint_mismatch",
                "the fingerprint {given!r} does not match HQ's key in this profile ({fingerprint}); do not join: the profile may have been replaced",
                given=fingerprint_text,
                fingerprint=profile.hq.fingerprint,
            )
        )
    identity = ensure_device_identity(vault)
    if identity.device_id == profile.hq.device_id:
        raise SyncError(
            Message(
                "hq_cannot_join_itself",
                "this vault is the organisation's HQ; it cannot join its own profile",
            )
        )
    with vault.transaction() as session:
        existing = organisation(session)
        if existing is not None and existing.org_id != profile.org_id:
            raise TrustRefused(
                Message(
                    "cannot_join_another_organisation",
                    "this vault already belongs to the organisation {name!r}; it cannot join another",
                    name=existing.name,
                )
            )
        state.write(
            session,
            state.ORG,
            {
                "org_id": profile.org_id,
                "name": profile.name,
                "role": "device",
                "hq": profile.hq.to_json(),
                "created_at": profile.created_at,
                "joined_at": _now(vault),
            },
        )
        apply_template_lines(session, profile.templates)
    return profile


# --- HQ: devices and assignments ------------------------------------------------------------


def _devices(session: Session) -> dict[str, dict[str, Any]]:
    """Enrolled devices by id, as {device_id, recipient, signing_key, fingerprint, status,
    enrolled_at, revoked_at}."""
    return {
        row.device_id: _device_entry(row)
        for row in session.scalars(select(SyncDevice).order_by(SyncDevice.device_id))
    }


def _device_entry(row: SyncDevice) -> dict[str, Any]:
    return {
        "device_id": row.device_id,
        "recipient": row.recipient,
        "signing_key": row.signing_key,
        "fingerprint": row.fingerprint,
        "status": row.status,
        "enrolled_at": row.enrolled_at,
        "revoked_at": row.revoked_at,
    }


def enrolled_devices(session: Session) -> dict[str, dict[str, Any]]:
    """Every enrolled device by id (see ``_devices``), for choosing a bundle's recipient."""
    return _devices(session)


def enrol_device(session: Session, device: PublicIdentity, when: str) -> None:
    require(session, Action.MANAGE_DEVICES)
    keys = device.to_json()
    row = session.get(SyncDevice, device.device_id)
    if row is None:
        row = SyncDevice(device_id=device.device_id)
        session.add(row)
    row.recipient, row.signing_key = keys["recipient"], keys["signing_key"]
    row.fingerprint, row.status = keys["fingerprint"], "active"
    row.enrolled_at, row.revoked_at = when, ""
    session.flush()


def list_devices(vault: Database) -> list[EnrolledDevice]:
    with vault.session() as session:
        devices = _devices(session)
        assignments = state.read(session, state.ASSIGNMENTS, {})
        received = received_from(session)
    found = []
    for device_id, entry in sorted(devices.items()):
        got = received.get(device_id)
        found.append(
            EnrolledDevice(
                device_id=device_id,
                fingerprint=entry["fingerprint"],
                recipient=entry["recipient"],
                status=entry["status"],
                enrolled_at=entry["enrolled_at"],
                revoked_at=entry["revoked_at"],
                assigned_partners=list(assignments.get(device_id, [])),
                last_bundle_at=got.last_bundle_at if got else "",
                last_sequence=got.last_sequence if got else 0,
                gaps=got.gaps if got else [],
                bundles_received=got.bundles if got else 0,
            )
        )
    return found


def enrolled_device(session: Session, device_id: str) -> dict[str, Any] | None:
    row = session.get(SyncDevice, device_id)
    return _device_entry(row) if row is not None else None


def _require_hq(session: Session) -> Organisation:
    org = require_organisation(session)
    if not org.is_hq:
        raise SyncError(Message("hq_only", "only HQ's vault enrols, revokes and assigns devices"))
    return org


def find_device_id(devices: dict[str, dict[str, Any]], device_id: str) -> str:
    """The enrolled device named by its full id, or by at least 8 characters from its start
    or its end that match it alone. Device ids are UUIDv7, so devices made close together
    share their first characters: the application shows the last 8."""
    key = device_id.strip().lower()
    if key in devices:
        return key
    if len(key) >= 8:
        matches = [d for d in devices if d.startswith(key) or d.endswith(key)]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise TrustRefused(
                Message(
                    "device_ambiguous",
                    "{device_id!r} names more than one device; give more characters",
                    device_id=device_id,
                )
            )
    raise TrustRefused(
        Message(
            "no_enrolled_device",
            "no enrolled device {device_id!r}; see `device list`",
            device_id=device_id,
        )
    )


def revoke_device(vault: Database, device_id: str) -> str:
    """Refuse every later bundle from a device (a lost or seized laptop)."""
    with vault.transaction() as session:
        _require_hq(session)
        require(session, Action.MANAGE_DEVICES)
        found = find_device_id(_devices(session), device_id)
        row = session.get(SyncDevice, found)
        assert row is not None
        row.status, row.revoked_at = "revoked", _now(vault)
        session.flush()
    return found


def assign_partner(vault: Database, id_or_name: str, device_id: str) -> tuple[str, str]:
    """Give a device a partner: HQ's bundles to it carry that partner and its records."""
    with vault.transaction() as session:
        _require_hq(session)
        require(session, Action.ASSIGN_PARTNERS)
        devices = _devices(session)
        found = find_device_id(devices, device_id)
        if devices[found]["status"] != "active":
            raise TrustRefused(
                Message(
                    "assign_to_revoked_device",
                    "device {device} is revoked; nothing can be assigned to it",
                    device=found,
                )
            )
        partner: Partner = find_partner(session, id_or_name)
        assignments = state.read(session, state.ASSIGNMENTS, {})
        assigned = list(assignments.get(found, []))
        if partner.id not in assigned:
            assigned.append(partner.id)
        assignments[found] = assigned
        state.write(session, state.ASSIGNMENTS, assignments)
        return partner.id, found


def unassign_partner(vault: Database, id_or_name: str, device_id: str) -> tuple[str, str]:
    """Stop giving a device a partner: HQ's later bundles to it leave the partner out.

    The device keeps the copy it already holds (HQ cannot take data back from a laptop:
    revoke the device, or wipe it, for that); records the device itself wrote still go
    back to it when HQ or another device changes them. Assigning the partner again later
    sends it whole."""
    with vault.transaction() as session:
        _require_hq(session)
        require(session, Action.ASSIGN_PARTNERS)
        devices = _devices(session)
        found = find_device_id(devices, device_id)
        partner: Partner = find_partner(session, id_or_name)
        assignments = state.read(session, state.ASSIGNMENTS, {})
        assigned = list(assignments.get(found, []))
        if partner.id not in assigned:
            raise SyncError(
                Message(
                    "partner_not_assigned",
                    "partner {name!r} is not assigned to device {device}",
                    name=partner.name,
                    device=found,
                )
            )
        assignments[found] = [p for p in assigned if p != partner.id]
        state.write(session, state.ASSIGNMENTS, assignments)
        sent = state.read(session, state.SENT, {})
        entry = sent.get(found)
        if entry is not None:
            entry["partners"] = [p for p in entry.get("partners", []) if p != partner.id]
            entry.get("pending_partners", {}).pop(partner.id, None)
            state.write(session, state.SENT, sent)
        return partner.id, found
