"""Removing EXIF/GPS and other metadata from photos: as they come into the vault (unless
the user keeps it) and before they leave it in a report."""

from __future__ import annotations

import io

import pytest
from PIL import Image, PngImagePlugin

from fieldpartner.domain.attachments import (
    add_attachment,
    image_metadata,
    read_attachment,
    redact_image_metadata,
)
from fieldpartner.domain.models import Attachment, Partner
from fieldpartner.domain.revisions import RecordSession

GPS_TAG = 0x8825
ORIENTATION = 0x0112


def _geotagged_jpeg(orientation: int = 1) -> bytes:
    image = Image.new("RGB", (40, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0131] = "CanaryCam 1.0"  # software
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_TAG).update({1: "N", 2: (1.0, 17.0, 3.5), 3: "E", 4: (36.0, 49.0, 2.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def test_gps_and_camera_details_are_gone_from_a_jpeg() -> None:
    original = _geotagged_jpeg()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(GPS_TAG)  # the fixture really is geotagged
    redacted = redact_image_metadata(original)
    assert b"CanaryCam" not in redacted and b"PhoneMaker" not in redacted
    assert b"Exif\x00\x00" not in redacted
    with Image.open(io.BytesIO(redacted)) as after:
        assert after.format == "JPEG"
        assert after.size == (40, 20)
        assert not after.getexif().get_ifd(GPS_TAG)
        assert dict(after.getexif()) == {}


def test_a_rotated_photo_is_turned_upright_before_its_orientation_tag_is_dropped() -> None:
    redacted = redact_image_metadata(_geotagged_jpeg(orientation=6))  # 90 degrees
    with Image.open(io.BytesIO(redacted)) as after:
        assert after.size == (20, 40)
        assert ORIENTATION not in after.getexif()


def test_png_text_chunks_are_removed() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", "Nairobi safe house")
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG", pnginfo=info)
    redacted = redact_image_metadata(out.getvalue())
    assert b"safe house" in out.getvalue() and b"safe house" not in redacted
    with Image.open(io.BytesIO(redacted)) as after:
        assert after.size == (8, 8) and "Location" not in after.info


def test_other_files_pass_unchanged_and_a_broken_image_is_named() -> None:
    pdf = b"%PDF-1.7\n% not an image\n"
    assert redact_image_metadata(pdf) is pdf
    with pytest.raises(ValueError, match="cannot be read"):
        redact_image_metadata(b"\xff\xd8\xff" + b"\x00" * 20)


# --- as a photo comes into the vault ------------------------------------------------------


def _stored(session: RecordSession, attachment_id: str) -> bytes:
    attachment = session.get(Attachment, attachment_id)
    assert attachment is not None
    return read_attachment(session, attachment)


def test_a_geotagged_photo_loses_its_metadata_as_it_is_attached(
    session: RecordSession, partner: Partner
) -> None:
    original = _geotagged_jpeg()
    assert image_metadata(original) == ("EXIF", "GPS position")
    attached = add_attachment(session, original, "site visit.jpg", partner=partner)
    stored = _stored(session, attached.id)
    assert image_metadata(stored) == ()
    assert b"CanaryCam" not in stored
    assert attached.size == len(stored) and attached.media_type == "image/jpeg"


def test_metadata_is_kept_only_when_the_user_chooses(
    session: RecordSession, partner: Partner
) -> None:
    original = _geotagged_jpeg()
    kept = add_attachment(session, original, "evidence.jpg", partner=partner, keep_metadata=True)
    assert _stored(session, kept.id) == original


def test_a_photo_without_metadata_is_stored_byte_for_byte(
    session: RecordSession, partner: Partner
) -> None:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 0)).save(out, "PNG")
    clean = out.getvalue()
    assert image_metadata(clean) == ()
    assert _stored(session, add_attachment(session, clean, "a.png", partner=partner).id) == clean
