"""The organisation a vault works for, as its reports show it: a name and a logo.

Both are vault settings (local to this vault, not synced records). The name is the
setting ``organisation_name``, falling back to the vault's name; the logo's bytes are kept
once per SHA-256 in ``Blob`` (encrypted with the rest of the vault) and the setting
``organisation_logo`` holds that hash. Reading the logo checks the hash, so a damaged
logo is reported instead of printed.

Plain Python: no Qt. The reports, the command line and the Organisation dialog all use
these functions.
"""

from __future__ import annotations

import hashlib
import io
import re
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldpartner.domain.attachments import AttachmentDamaged, sniff_media_type
from fieldpartner.domain.models import Attachment, Blob, VaultSetting
from fieldpartner.domain.problems import Message
from fieldpartner.domain.staff import Action, require
from fieldpartner.domain.validation import Checker

NAME_KEY = "organisation_name"
LOGO_KEY = "organisation_logo"
VAULT_NAME_KEY = "vault_name"
DEFAULT_NAME = "FieldPartner"
MAX_NAME = 200
MAX_LOGO_BYTES = 2 * 1024 * 1024
# A logo is printed about 1.2 cm high; a larger picture only costs memory when the report
# is made (a small, highly compressed PNG can hold an enormous bitmap).
MAX_LOGO_PIXELS = 4096
LOGO_TYPES = ("image/png", "image/jpeg")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class LogoDamaged(AttachmentDamaged):
    """The logo's bytes are missing from the vault or no longer match their SHA-256."""

    exit_code = 1


def _setting(session: Session, key: str) -> Any:
    row = session.get(VaultSetting, key)
    return None if row is None else row.value


def _put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(VaultSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(VaultSetting(key=key, value=value))
    else:
        row.value = value


def organisation_name(session: Session) -> str:
    """The name reports are headed with: the organisation's, else the vault's, else
    "FieldPartner"."""
    for key in (NAME_KEY, VAULT_NAME_KEY):
        value = _setting(session, key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return DEFAULT_NAME


def logo_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be the logo, or None if it can."""
    if len(data) > MAX_LOGO_BYTES:
        return (
            f"is {len(data):,} bytes ({len(data) / (1024 * 1024):.1f} MB); "
            f"the limit is {MAX_LOGO_BYTES // (1024 * 1024)} MB"
        )
    media_type = sniff_media_type(data)
    if media_type not in LOGO_TYPES:
        if media_type.startswith("image/"):
            return f"must be a PNG or JPEG image, not {media_type}"
        known = "" if media_type == "application/octet-stream" else f" ({media_type})"
        return f"must be a PNG or JPEG image; this is not an image{known}"
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            image.verify()
    except Exception as exc:  # Pillow raises many types for a damaged file
        return f"is not a readable {media_type.split('/')[1].upper()} image ({exc})"
    if width < 1 or height < 1:
        return "has no pixels"
    if max(width, height) > MAX_LOGO_PIXELS:
        return f"is {width} x {height} pixels; the limit is {MAX_LOGO_PIXELS} pixels a side"
    return None


def set_organisation(
    session: Session, *, name: str | None = None, logo: bytes | None = None
) -> None:
    """Change the organisation's name and/or logo; None leaves either as it is.

    An empty name falls back to the vault's name; empty logo bytes remove the logo. A logo
    must be a PNG or JPEG of at most 2 MB; ValidationError names every problem.
    """
    require(session, Action.ORGANISATION_SETTINGS)
    check = Checker()
    if name is not None:
        check.text("name", name, MAX_NAME)
    if logo is not None:
        if not isinstance(logo, bytes | bytearray | memoryview):
            check.fail("logo", f"must be bytes, not {type(logo).__name__}")
        elif len(logo):
            problem = logo_problem(bytes(logo))
            if problem is not None:
                check.fail("logo", problem)
    check.done()

    if name is not None:
        _put_setting(session, NAME_KEY, name.strip() or None)
    if logo is not None:
        data = bytes(logo)
        old = _setting(session, LOGO_KEY)
        digest = hashlib.sha256(data).hexdigest() if data else None
        if digest is not None:
            known = session.scalar(select(Blob.sha256).where(Blob.sha256 == digest))
            if known is None:
                session.add(Blob(sha256=digest, size=len(data), data=data))
        _put_setting(session, LOGO_KEY, digest)
        session.flush()
        if isinstance(old, str) and old != digest:
            _drop_blob_if_unused(session, old)
    session.flush()


def _drop_blob_if_unused(session: Session, sha256: str) -> None:
    """Remove the old logo's bytes unless an attachment (live or deleted) has the same."""
    used = session.scalar(select(Attachment.id).where(Attachment.sha256 == sha256).limit(1))
    if used is None:
        session.execute(delete(Blob).where(Blob.sha256 == sha256))


def organisation_logo(session: Session) -> bytes | None:
    """The logo's bytes, after checking them against their SHA-256; None without a logo.

    Raises ``LogoDamaged`` if the bytes are missing or do not match.
    """
    digest = _setting(session, LOGO_KEY)
    if not digest:
        return None
    if not isinstance(digest, str) or not _SHA256.match(digest):
        raise LogoDamaged(
            Message(
                "logo_setting_not_sha256",
                "the organisation logo setting {digest!r} is not a SHA-256",
                digest=digest,
            )
        )
    data = session.scalar(select(Blob.data).where(Blob.sha256 == digest))
    if data is None:
        raise LogoDamaged(
            Message(
                "logo_missing",
                "the organisation logo is missing from the vault (SHA-256 {digest})",
                digest=digest,
            )
        )
    actual = hashlib.sha256(data).hexdigest()
    if actual != digest:
        raise LogoDamaged(
            Message(
                "logo_damaged",
                "the organisation logo is damaged: its contents have SHA-256 {actual}, but {digest} was recorded when it was set",
                actual=actual,
                digest=digest,
            )
        )
    return bytes(data)
