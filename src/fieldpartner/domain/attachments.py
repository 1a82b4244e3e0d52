"""Attachments: files kept inside the encrypted vault (photos of registration documents,
signed agreements, audit reports), linked to a partner, an assessment item or a workshop.

Bytes are stored once per SHA-256 in ``Blob``, so the same scan attached twice costs
nothing; the ``Attachment`` record (a synced record) carries the name, type, size and
hash. Reading checks the hash, so damage is reported instead of handed on.

What comes in is checked first (``check_incoming``), whether attached here or arriving in
a bundle: a size limit, and the content must be what the name says (``check_file_kind``: a
``.jpg`` that is a PDF, or any program, is refused). A photo's
metadata (GPS position, camera serial, time taken) is removed as it comes in unless the
user chooses to keep it (``keep_metadata``): bundles then never carry it, since a bundle
holds the vault's bytes under their SHA-256. Reports remove it again on the way out
(``redact_image_metadata``), for photos kept with their metadata.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain import rules
from fieldpartner.domain.models import Assessment, Attachment, Blob, Partner, Workshop
from fieldpartner.domain.problems import Message
from fieldpartner.domain.validation import Checker, ValidationError

MIB = 1024 * 1024
DEFAULT_LIMIT = 25 * MIB

# (prefix, media type). WebP is checked separately: RIFF....WEBP has a size in between.
_MAGIC: Sequence[tuple[bytes, str]] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)
# Built-in tables only: the system's mime.types differs between machines, and the
# same file should get the same type on every device that syncs it.
_MIME_TABLE = mimetypes.MimeTypes()
# Types field staff attach every day that older Pythons' built-in table lacks.
for _extension, _type in (
    (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    (".odt", "application/vnd.oasis.opendocument.text"),
    (".ods", "application/vnd.oasis.opendocument.spreadsheet"),
    (".odp", "application/vnd.oasis.opendocument.presentation"),
    (".heic", "image/heic"),
    (".m4a", "audio/mp4"),
    (".opus", "audio/ogg"),
):
    _MIME_TABLE.add_type(_type, _extension)


class AttachmentDamaged(Exception):
    """An attachment's bytes are missing or do not match the SHA-256 recorded for them."""


# Content signatures of the kinds a name can claim, beyond _MAGIC (ZIP holds the office
# formats), and the programs refused whatever their name.
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt
_KIND_WORDS = {
    "image/png": Message("content_png", "a PNG image"),
    "image/jpeg": Message("content_jpeg", "a JPEG image"),
    "image/gif": Message("content_gif", "a GIF image"),
    "image/webp": Message("content_webp", "a WebP image"),
    "image/heic": Message("content_heic", "a HEIC photo"),
    "image/tiff": Message("content_tiff", "a TIFF image"),
    "application/pdf": Message("content_pdf", "a PDF document"),
    "zip": Message("content_zip", "a ZIP archive (or a Word, Excel or OpenDocument file)"),
    "ole": Message("content_ole", "an older Office document"),
}
# What each extension's content must start like. Extensions not listed are not checked,
# except that content recognised as another kind is refused under a text name.
_EXPECTED: dict[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".jpe": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".heif": "image/heic",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".pdf": "application/pdf",
    **dict.fromkeys((".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".zip", ".epub"), "zip"),
    **dict.fromkeys((".doc", ".xls", ".ppt"), "ole"),
}
_TEXT_EXTENSIONS = frozenset({".txt", ".csv", ".tsv", ".md", ".json", ".xml", ".html", ".htm"})


def _content_kind(data: bytes) -> str | None:
    """The kind the first bytes show, in ``_KIND_WORDS``'s terms, or None."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in (
        b"heic", b"heix", b"hevc", b"mif1", b"msf1", b"heim", b"heis"
    ):  # fmt: skip
        return "image/heic"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if data.startswith(_ZIP_MAGIC):
        return "zip"
    if data.startswith(_OLE_MAGIC):
        return "ole"
    return None


def _program_kind(data: bytes) -> Message | None:
    """What kind of program ``data`` is, or None."""
    if data.startswith(b"MZ") and len(data) >= 64:
        offset = int.from_bytes(data[60:64], "little")
        if data[offset : offset + 4] == b"PE\x00\x00":
            return Message("program_windows", "a Windows program")
    if data.startswith(b"\x7fELF"):
        return Message("program_linux", "a Linux program")
    if data[:4] in (
        b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xfe\xed\xfa\xce"
    ):  # fmt: skip
        return Message("program_macos", "a macOS program")
    if data.startswith(b"\xca\xfe\xba\xbe") and 0 < int.from_bytes(data[4:8], "big") < 20:
        return Message(
            "program_macos", "a macOS program"
        )  # a universal binary: a count of architectures follows
        # (a Java class shares the signature but has its version, 45 or more, there)
    return None


def check_file_kind(data: bytes, filename: str) -> str | None:
    """Why ``data`` may not be attached as ``filename``, or None when it may: a program is
    never attached, and content must be the kind its extension names (a ``.jpg`` that is
    a PDF is refused, and so is a ``.txt`` that is a PDF)."""
    name = base_filename(filename)
    program = _program_kind(data)
    if program:
        return Message(
            "attachment_is_program",
            "{name!r} is {program}; programs are not kept as attachments",
            name=name,
            program=program,
        )
    extension = ("." + name.rsplit(".", 1)[1].lower()) if "." in name else ""
    found = _content_kind(data)
    expected = _EXPECTED.get(extension)
    if expected is not None and found != expected:
        what = _KIND_WORDS[found] if found else Message("content_other", "something else")
        return Message(
            "content_not_as_named",
            "{name!r} is named as {named} but its content is {content}",
            name=name,
            named=_KIND_WORDS[expected],
            content=what,
        )
    if expected is None and extension in _TEXT_EXTENSIONS and found is not None:
        return Message(
            "content_not_text",
            "{name!r} is named as text but its content is {content}",
            name=name,
            content=_KIND_WORDS[found],
        )
    return None


def check_size(size: int, filename: str, limit: int = DEFAULT_LIMIT) -> str | None:
    """Why an attachment of ``size`` bytes is refused (over ``limit``), or None."""
    if size <= limit:
        return None
    name = base_filename(filename)
    return Message(
        "attachment_too_large",
        "{name!r} is {size}; the limit is {limit:g} MB",
        name=name,
        size=_megabytes(size),
        limit=limit / MIB,
    )


def check_incoming(data: bytes, filename: str, limit: int = DEFAULT_LIMIT) -> str | None:
    """Why ``data`` may not come into the vault as ``filename``, or None when it may: the
    size limit first, then ``check_file_kind``. The one rule for every way in: attaching
    in the window or the command line, and bundles from other devices."""
    return check_size(len(data), filename, limit) or check_file_kind(data, filename)


def sniff_media_type(data: bytes, filename: str = "") -> str:
    """The media type from the file's first bytes, else its extension, else octet-stream."""
    kind = _content_kind(data)
    if kind is not None and "/" in kind:
        return kind
    guessed, _encoding = _MIME_TABLE.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def base_filename(filename: str) -> str:
    """The name without any folder part, whether written with / or \\ (a Windows path
    from a USB stick); folder names can say more than the file itself."""
    return re.split(r"[\\/]", filename)[-1].strip()


def _megabytes(size: int) -> str:
    # Bytes too: a file just over the limit would otherwise read "25.0 MB; the limit is 25".
    return f"{size:,} bytes ({size / MIB:.1f} MB)"


def add_attachment(
    session: Session,
    data: bytes,
    filename: str,
    *,
    partner: Partner | None = None,
    assessment: Assessment | None = None,
    item_id: str = "",
    workshop: Workshop | None = None,
    description: str = "",
    media_type: str | None = None,
    limit: int = DEFAULT_LIMIT,
    keep_metadata: bool = False,
) -> Attachment:
    """Keep ``data`` in the vault as an attachment of a partner, assessment (item) or
    workshop; raises ValidationError naming every problem.

    An assessment's attachment also belongs to the assessed partner, so it shows among
    the partner's files. ``media_type`` overrides the type sniffed from the content. A
    photo's metadata (GPS, camera, time taken) is removed unless ``keep_metadata``.
    """
    check = Checker()
    if not isinstance(data, bytes | bytearray | memoryview):
        check.fail("data", f"must be bytes, not {type(data).__name__}")
        check.done()
    data = bytes(data)
    name = base_filename(filename) if isinstance(filename, str) else ""
    if not name:
        check.fail("filename", f"{filename!r} has no file name")
    refused = check_incoming(data, name, limit)
    if refused:
        check.fail("data", refused)
    for field, owner in (("partner", partner), ("assessment", assessment), ("workshop", workshop)):
        if owner is not None and owner.deleted:
            check.fail(field, f"{_label(owner)!r} has been deleted")
    if partner is not None and assessment is not None and assessment.partner_id != partner.id:
        check.fail(
            "partner", f"{partner.name!r} is not the partner assessed in {_label(assessment)!r}"
        )
    values: dict[str, Any] = {
        "item_id": item_id,
        "description": description,
        "partner_id": partner.id if partner is not None else None,
        "assessment_id": assessment.id if assessment is not None else None,
        "workshop_id": workshop.id if workshop is not None else None,
    }
    if name:
        values["filename"] = name
    if media_type is not None:
        values["media_type"] = media_type
    check.problems += rules.check_changes("attachment", values, {})
    check.done()
    if not keep_metadata and image_metadata(data):
        try:
            data = redact_image_metadata(data)
        except ValueError as exc:
            raise ValidationError(
                [
                    (
                        "data",
                        Message(
                            "file_problem", "{name!r}: {problem}", name=name, problem=exc.args[0]
                        ),
                    )
                ]
            ) from None

    digest = hashlib.sha256(data).hexdigest()
    known = session.scalar(select(Blob.sha256).where(Blob.sha256 == digest))
    if known is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
        # No relationship() ties Attachment to Blob, so the unit of work would not know
        # to insert the blob first; the foreign key needs it there.
        session.flush()
    partner_id = partner.id if partner is not None else None
    if partner_id is None and assessment is not None:
        partner_id = assessment.partner_id
    attachment = Attachment(
        filename=name,
        media_type=media_type or sniff_media_type(data, name),
        size=len(data),
        sha256=digest,
        description=description.strip(),
        partner_id=partner_id,
        assessment_id=assessment.id if assessment is not None else None,
        item_id=item_id,
        workshop_id=workshop.id if workshop is not None else None,
    )
    session.add(attachment)
    session.flush()
    return attachment


def _label(record: Any) -> str:
    return str(getattr(record, "name", "") or getattr(record, "title", "") or record.id)


def read_attachment(session: Session, attachment: Attachment) -> bytes:
    """The attachment's bytes, after checking them against the recorded SHA-256."""
    # A column query, so 25 MB of bytes are not kept in the session's identity map.
    data = session.scalar(select(Blob.data).where(Blob.sha256 == attachment.sha256))
    if data is None:
        raise AttachmentDamaged(
            Message(
                "attachment_contents_missing",
                "the contents of {filename!r} are missing from the vault (SHA-256 {sha256})",
                filename=attachment.filename,
                sha256=attachment.sha256,
            )
        )
    actual = hashlib.sha256(data).hexdigest()
    if actual != attachment.sha256:
        raise AttachmentDamaged(
            Message(
                "attachment_damaged",
                "{filename!r} is damaged: its contents have SHA-256 {actual}, but {sha256} was recorded when it was attached",
                filename=attachment.filename,
                actual=actual,
                sha256=attachment.sha256,
            )
        )
    return bytes(data)


def edit_attachment(session: Session, attachment: Attachment, **changes: Any) -> Attachment:
    """Rename an attachment or change its description (its contents never change)."""
    if isinstance(changes.get("filename"), str):
        changes["filename"] = base_filename(changes["filename"])
    rules.require(
        rules.unknown_fields(
            changes, {"filename", "description"}, "cannot be changed on an attachment"
        )
        + rules.check_changes("attachment", changes, attachment)
    )
    if attachment.deleted:
        raise ValidationError(
            [
                (
                    "attachment",
                    Message(
                        "record_deleted",
                        "{name!r} has been deleted",
                        name=attachment.filename,
                    ),
                )
            ]
        )
    for key, value in changes.items():
        setattr(attachment, key, value.strip())
    session.flush()
    return attachment


def delete_attachment(session: Session, attachment: Attachment) -> None:
    """Mark an attachment deleted. The bytes stay: earlier revisions still refer to them,
    and sync may need to send them to a device that has not seen the deletion yet."""
    attachment.deleted = True
    session.flush()


def attachments_of(
    session: Session,
    *,
    partner: Partner | None = None,
    assessment: Assessment | None = None,
    item_id: str | None = None,
    workshop: Workshop | None = None,
) -> list[Attachment]:
    """Live attachments matching every owner given (e.g. one assessment item's evidence),
    oldest first."""
    if partner is None and assessment is None and workshop is None:
        raise ValueError("name a partner, an assessment or a workshop")
    query = select(Attachment).where(Attachment.deleted.is_(False))
    if partner is not None:
        query = query.where(Attachment.partner_id == partner.id)
    if assessment is not None:
        query = query.where(Attachment.assessment_id == assessment.id)
    if item_id is not None:
        query = query.where(Attachment.item_id == item_id)
    if workshop is not None:
        query = query.where(Attachment.workshop_id == workshop.id)
    return list(
        session.scalars(query.order_by(Attachment.created_at, Attachment.filename, Attachment.id))
    )


# Image types whose metadata can be removed; others are passed on unchanged.
REDACTABLE_IMAGES = frozenset({"image/jpeg", "image/png", "image/webp"})
# A photo larger than this many pixels is not decoded (a decompression bomb).
MAX_REDACT_PIXELS = 80_000_000


def image_metadata(data: bytes, media_type: str | None = None) -> tuple[str, ...]:
    """What metadata a JPEG, PNG or WebP image carries (e.g. ``("EXIF", "GPS position")``);
    empty for a clean image and for anything else. Reads the headers, not the pixels."""
    kind = media_type or sniff_media_type(data)
    if kind not in REDACTABLE_IMAGES:
        return ()
    from PIL import Image, UnidentifiedImageError

    found: list[str] = []
    try:
        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif()
            if exif:
                found.append("EXIF")
                if exif.get_ifd(0x8825):
                    found.append("GPS position")
            if image.info.get("xmp") or image.info.get("XML:com.adobe.xmp"):
                found.append("XMP")
            if image.info.get("photoshop") or image.info.get("iptc"):
                found.append("IPTC")
            if image.info.get("comment") or getattr(image, "text", None):
                found.append("text")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return ()  # no header Pillow can read: no metadata it could find either
    return tuple(found)


def redact_image_metadata(data: bytes, media_type: str | None = None) -> bytes:
    """The image without its metadata: EXIF (GPS position, camera serial number, time
    taken), XMP, IPTC and text chunks; the pixels are turned upright first, as the EXIF
    orientation asked, so the photo still looks the same. Used as a photo comes into the
    vault (unless its metadata is kept by choice) and as one goes into a report. Bytes that are not a JPEG,
    PNG or WebP image are returned as they are; an image that cannot be read raises
    ValueError naming why."""
    kind = media_type or sniff_media_type(data)
    if kind not in REDACTABLE_IMAGES:
        return data
    # Imported here: Pillow is needed only when a photo leaves the vault, not at start-up.
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as source:
            if source.width * source.height > MAX_REDACT_PIXELS:
                raise ValueError(
                    Message(
                        "image_too_large_to_redact",
                        "the image is {width} x {height} pixels; images above {limit:,} pixels are not redacted",
                        width=source.width,
                        height=source.height,
                        limit=MAX_REDACT_PIXELS,
                    )
                )
            image_format = source.format or ""
            orientation = source.getexif().get(0x0112, 1)
            upright = ImageOps.exif_transpose(source) if orientation != 1 else source
            upright.load()
            out = io.BytesIO()
            if image_format == "JPEG":
                keep = upright is source  # same pixels: keep the quantisation, no new loss
                upright.save(
                    out,
                    "JPEG",
                    quality="keep" if keep else 95,
                    exif=b"",
                    icc_profile=source.info.get("icc_profile"),
                )
            elif image_format == "PNG":
                upright.save(out, "PNG", icc_profile=source.info.get("icc_profile"))
            elif image_format == "WEBP":
                upright.save(out, "WEBP", lossless=True, exif=b"", xmp=b"")
            else:
                return data
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValueError(
            Message(
                "image_unreadable_for_metadata",
                "the image cannot be read to remove its metadata: {reason}",
                reason=exc,
            )
        ) from None
    return out.getvalue()
