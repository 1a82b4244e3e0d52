"""A bundle built from a geotagged photo carries no GPS position or camera details: the
photo lost them as it came into the vault. Kept by the user's choice, they travel to HQ
inside the encrypted bundle (docs/threat-model.md)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sync_helpers import World

from fieldpartner.domain.attachments import add_attachment
from fieldpartner.domain.partners import add_partner
from fieldpartner.sync.importer import inspect_bundle

GPS_TAG = 0x8825


def _geotagged_jpeg() -> bytes:
    image = Image.new("RGB", (60, 40), (30, 120, 200))
    exif = Image.Exif()
    exif[0x0131] = "CanaryCam 1.0"
    exif.get_ifd(GPS_TAG).update({1: "N", 2: (1.0, 17.0, 3.5), 3: "E", 4: (36.0, 49.0, 2.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


@pytest.mark.parametrize("keep", [False, True])
def test_a_bundle_built_from_a_geotagged_photo(world: World, keep: bool) -> None:
    d0 = world.devices[0]
    with d0.transaction() as session:
        partner = add_partner(session, name="Photo Partner", country="KE")
        add_attachment(session, _geotagged_jpeg(), "sign.jpg", partner=partner, keep_metadata=keep)
    bundle = world.send_to_hq(d0)

    opened = inspect_bundle(world.hq, bundle)  # HQ decrypts it, as it would to import
    carried: list[bytes] = []
    opened.store_attachments(set(opened.attachments), lambda _sha, data: carried.append(data))
    assert len(carried) == 1
    with Image.open(io.BytesIO(carried[0])) as photo:
        gps = dict(photo.getexif().get_ifd(GPS_TAG))
    if keep:
        assert gps  # kept by choice: the check sees it when it is there
    else:
        assert gps == {} and b"CanaryCam" not in carried[0]
