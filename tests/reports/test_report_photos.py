"""Photos in reports: drawn under their file names, without their GPS position and camera
details unless the user keeps them (bundles: tests/sync/test_bundle_photos.py)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from report_helpers import geotagged_jpeg, gps_of, jpegs_in
from sqlalchemy import select

from fieldpartner.domain.attachments import add_attachment
from fieldpartner.domain.models import Assessment
from fieldpartner.reports import render_report
from fieldpartner.vault import Vault


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
    photos = jpegs_in(pdf)
    assert len(photos) == 1
    if keep:
        assert gps_of(photos[0])  # the check can see GPS when it is there
    else:
        assert gps_of(photos[0]) == {}
        assert b"CanaryCam" not in photos[0] and b"PhoneMaker" not in photos[0]
        with Image.open(io.BytesIO(photos[0])) as shown:
            assert shown.size == (60, 40)
