"""Photos in reports: drawn under their file names, without their GPS position and camera
details unless the user keeps them (bundles: tests/sync/test_bundle_photos.py)."""

from __future__ import annotations

import base64
import io

import pikepdf
import pytest
from PIL import Image
from sqlalchemy import select

from fieldpartner.domain.attachments import add_attachment
from fieldpartner.domain.models import Assessment
from fieldpartner.reports import render_report
from fieldpartner.vault import Vault

GPS_TAG = 0x8825


def geotagged_jpeg() -> bytes:
    image = Image.new("RGB", (60, 40), (30, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0131] = "CanaryCam 1.0"
    exif.get_ifd(GPS_TAG).update({1: "N", 2: (1.0, 17.0, 3.5), 3: "E", 4: (36.0, 49.0, 2.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def _jpegs_in(pdf_bytes: bytes) -> list[bytes]:
    """The JPEG streams the PDF holds, as a viewer would extract them."""
    found = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                data = obj.read_raw_bytes()
                filters = obj.get("/Filter")
                names = (
                    [str(f) for f in filters]
                    if isinstance(filters, pikepdf.Array)
                    else [str(filters)]
                )
                if "/ASCII85Decode" in names:  # reportlab's default text-safe wrapping
                    text = b"".join(data.split())
                    data = base64.a85decode(text.removesuffix(b"~>"))
                if data.startswith(b"\xff\xd8"):
                    found.append(data)
    return found


def _gps(jpeg: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(jpeg)) as image:
        return dict(image.getexif().get_ifd(GPS_TAG))


@pytest.mark.parametrize("keep", [False, True])
def test_a_geotagged_photo_enters_a_report_without_its_gps_unless_kept(
    demo_vault: Vault, keep: bool
) -> None:
    with demo_vault.session() as session:
        assessment = session.scalars(
            select(Assessment).where(Assessment.assessment_kind == "due_diligence")
        ).first()
        assert assessment is not None
        # Kept with its metadata in the vault, so the report is what removes it.
        add_attachment(
            session, geotagged_jpeg(), "office sign.jpg", assessment=assessment,
            keep_metadata=True,
        )  # fmt: skip
        pdf = render_report(
            session,
            "due-diligence",
            assessment.partner_id,
            assessment_id=assessment.id,
            keep_photo_metadata=keep,
        )
        session.rollback()
    photos = _jpegs_in(pdf)
    assert len(photos) == 1
    if keep:
        assert _gps(photos[0])  # the check can see GPS when it is there
    else:
        assert _gps(photos[0]) == {}
        assert b"CanaryCam" not in photos[0] and b"PhoneMaker" not in photos[0]
        with Image.open(io.BytesIO(photos[0])) as shown:
            assert shown.size == (60, 40)
