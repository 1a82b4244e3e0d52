"""The choice about photos' location and camera details is shown where photos come in (a
partner's files, an assessment item's evidence) and where they leave (the report dialog)."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from sqlalchemy import select
from test_assessment_editor import _capacity, _open

from fieldpartner.domain.attachments import image_metadata
from fieldpartner.domain.models import Attachment, Blob
from fieldpartner.domain.partners import add_partner
from fieldpartner.ui.partners.attachments_tab import AttachmentsTab
from fieldpartner.ui.report_dialog import ReportDialog


def _geotagged_jpeg() -> bytes:
    image = Image.new("RGB", (30, 20), (10, 120, 10))
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (1.0, 17.0, 3.5), 3: "E", 4: (36.0, 49.0, 2.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _stored(vault, name: str) -> bytes:  # type: ignore[no-untyped-def]
    with vault.session() as session:
        sha = session.scalar(select(Attachment.sha256).where(Attachment.filename == name))
        return bytes(session.scalar(select(Blob.data).where(Blob.sha256 == sha)))


def test_photos_are_stored_without_location_unless_the_user_keeps_it(qtbot, vault):
    with vault.transaction() as session:
        partner_id = add_partner(session, name="Photo Partner").id
    tab = AttachmentsTab()
    qtbot.addWidget(tab)
    tab.load(vault, partner_id)
    assert not tab.keep_metadata.isChecked()
    tab.add_bytes(_geotagged_jpeg(), "office.jpg")
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    assert image_metadata(_stored(vault, "office.jpg")) == ()
    tab.keep_metadata.setChecked(True)
    tab.add_bytes(_geotagged_jpeg(), "evidence.jpg")
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2, timeout=10_000)
    assert "GPS position" in image_metadata(_stored(vault, "evidence.jpg"))


def test_evidence_photos_offer_the_same_choice_off_by_default(qtbot, vault, tmp_path):
    editor = _open(qtbot, vault, _capacity(vault)).view.editor
    assert editor.keep_metadata.objectName() == "keepEvidencePhotoMetadata"
    assert editor.keep_metadata.text() == "Keep photos' location and camera details"
    assert editor.keep_metadata.isVisible() and not editor.keep_metadata.isChecked()
    board = editor.item_widget("cap.gov.board")
    for name, keep in (("site.jpg", False), ("evidence.jpg", True)):
        photo = tmp_path / name
        photo.write_bytes(_geotagged_jpeg())
        editor.keep_metadata.setChecked(keep)
        editor.choose_files = lambda _item, photo=photo: [str(photo)]
        count = board.attachment_list.count()
        qtbot.mouseClick(board.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda count=count: board.attachment_list.count() == count + 1, timeout=15000
        )
    assert image_metadata(_stored(vault, "site.jpg")) == ()
    assert "GPS position" in image_metadata(_stored(vault, "evidence.jpg"))


def test_the_report_dialog_offers_to_keep_photo_details_off_by_default(qtbot, vault):
    with vault.transaction() as session:
        partner_id = add_partner(session, name="Report Partner").id
    dialog = ReportDialog(vault, "dossier", partner_id)
    qtbot.addWidget(dialog)
    assert not dialog.keep_photo_metadata.isChecked()
    assert not dialog.params().keep_photo_metadata
    dialog.keep_photo_metadata.setChecked(True)
    assert dialog.params().keep_photo_metadata
