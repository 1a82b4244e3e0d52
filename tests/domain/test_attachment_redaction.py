"""Removing EXIF/GPS and other metadata from photos before they leave the vault."""

from __future__ import annotations

import io

import pytest
from PIL import Image, PngImagePlugin

from fieldpartner.domain.attachments import redact_image_metadata

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
