"""Attachments: bytes kept once per SHA-256 inside the vault, their type and size, what
they belong to, and reading them back with the hash checked."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from fieldpartner.domain.attachments import (
    DEFAULT_LIMIT,
    AttachmentDamaged,
    add_attachment,
    attachments_of,
    delete_attachment,
    edit_attachment,
    read_attachment,
    sniff_media_type,
)
from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.models import Assessment, Attachment, Blob, Partner, Workshop
from fieldpartner.domain.partners import add_partner, delete_partner
from fieldpartner.domain.revisions import RecordSession, history
from fieldpartner.domain.validation import ValidationError
from fieldpartner.vault import Vault

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
GIF = b"GIF89a" + b"\x00" * 32
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


@pytest.fixture
def assessment(session: RecordSession, partner: Partner) -> Assessment:
    made = Assessment(
        partner_id=partner.id,
        assessment_kind="due_diligence",
        template_key="due-diligence",
        template_version=1,
        title="Due diligence 2026",
    )
    session.add(made)
    session.flush()
    return made


@pytest.fixture
def workshop(session: RecordSession) -> Workshop:
    made = Workshop(title="Safeguarding workshop")
    session.add(made)
    session.flush()
    return made


def blob_count(session: RecordSession) -> int:
    return int(session.scalar(select(func.count()).select_from(Blob)) or 0)


# --- media types -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (PNG, "image/png"),
        (JPEG, "image/jpeg"),
        (GIF, "image/gif"),
        (b"GIF87a" + b"\x00" * 8, "image/gif"),
        (WEBP, "image/webp"),
        (PDF, "application/pdf"),
    ],
)
def test_media_type_is_sniffed_from_the_content_whatever_the_name(
    data: bytes, media_type: str
) -> None:
    assert sniff_media_type(data, "registration.txt") == media_type


def test_media_type_falls_back_to_the_extension_then_octet_stream() -> None:
    assert sniff_media_type(b"Name,Role\n", "staff.csv") == "text/csv"
    assert sniff_media_type(b"PK\x03\x04", "budget.docx") == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert sniff_media_type(b"PK\x03\x04", "Budget 2026.XLSX") == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert sniff_media_type(b"\x00\x01", "dump.unknownext") == "application/octet-stream"
    assert sniff_media_type(b"RIFF\x00\x00\x00\x00WAVE", "noise") == "application/octet-stream"


def test_attachment_gets_the_sniffed_type_unless_one_is_given(
    session: RecordSession, partner: Partner
) -> None:
    photo = add_attachment(session, JPEG, "certificate", partner=partner)
    assert photo.media_type == "image/jpeg"
    given = add_attachment(
        session, b"{}", "data.bin", partner=partner, media_type="application/json"
    )
    assert given.media_type == "application/json"


def test_malformed_media_type_is_rejected(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(ValidationError) as caught:
        add_attachment(session, PNG, "scan.png", partner=partner, media_type="png")
    assert caught.value.problems == [("media_type", "'png' is not a media type like image/png")]


# --- storing ---------------------------------------------------------------------------


def test_attachment_records_name_size_and_hash(session: RecordSession, partner: Partner) -> None:
    attachment = add_attachment(
        session, PDF, "registration.pdf", partner=partner, description=" Certificate 2025 "
    )
    assert attachment.filename == "registration.pdf"
    assert attachment.size == len(PDF)
    assert attachment.sha256 == hashlib.sha256(PDF).hexdigest()
    assert attachment.description == "Certificate 2025"
    [revision] = history(session, attachment.id)
    assert revision.body["sha256"] == attachment.sha256
    assert revision.body["size"] == len(PDF)


@pytest.mark.parametrize(
    "given",
    [
        "C:\\Users\\amina\\Desktop\\Sensitive case files\\scan.png",
        "/home/amina/Sensitive case files/scan.png",
        "../../scan.png",
        "  scan.png ",
    ],
)
def test_folder_part_of_the_filename_is_dropped(
    session: RecordSession, partner: Partner, given: str
) -> None:
    assert add_attachment(session, PNG, given, partner=partner).filename == "scan.png"


def test_filename_that_is_only_a_folder_is_rejected(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_attachment(session, PNG, "photos/", partner=partner)
    assert caught.value.problems == [("filename", "'photos/' has no file name")]


def test_same_bytes_are_stored_once(session: RecordSession, partner: Partner) -> None:
    before = blob_count(session)
    first = add_attachment(session, PDF, "registration.pdf", partner=partner)
    second = add_attachment(session, PDF, "copy of registration.pdf", partner=partner)
    add_attachment(session, PNG, "photo.png", partner=partner)
    assert first.id != second.id and first.sha256 == second.sha256
    assert blob_count(session) == before + 2


def test_oversized_file_is_rejected_naming_file_size_and_limit(
    session: RecordSession, partner: Partner
) -> None:
    data = b"\x00" * (DEFAULT_LIMIT + 1)
    with pytest.raises(ValidationError) as caught:
        add_attachment(session, data, "audit-video.mp4", partner=partner)
    assert caught.value.problems == [
        ("data", "'audit-video.mp4' is 26,214,401 bytes (25.0 MB); the limit is 25 MB")
    ]
    assert blob_count(session) == 0


def test_file_exactly_at_the_limit_is_accepted(session: RecordSession, partner: Partner) -> None:
    limit = 1024
    add_attachment(session, b"a" * limit, "notes.txt", partner=partner, limit=limit)
    with pytest.raises(ValidationError, match=re.escape("'notes.txt' is 1,025 bytes")):
        add_attachment(session, b"a" * (limit + 1), "notes.txt", partner=partner, limit=limit)


def test_attachment_without_an_owner_is_rejected(session: RecordSession) -> None:
    with pytest.raises(ValidationError) as caught:
        add_attachment(session, PNG, "scan.png")
    assert caught.value.problems == [
        ("owner", "an attachment must belong to a partner, an assessment or a workshop")
    ]


def test_item_without_an_assessment_is_rejected(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(
        ValidationError, match=re.escape("item_id: 'gov.registration' names a template item")
    ):
        add_attachment(session, PNG, "scan.png", partner=partner, item_id="gov.registration")


def test_attachment_of_a_deleted_partner_is_rejected(
    session: RecordSession, partner: Partner
) -> None:
    delete_partner(session, partner)
    with pytest.raises(ValidationError, match="partner: 'Legal Aid Centre' has been deleted"):
        add_attachment(session, PNG, "scan.png", partner=partner)


def test_attachment_naming_another_partners_assessment_is_rejected(
    session: RecordSession, assessment: Assessment
) -> None:
    other = add_partner(session, name="Women's Rights Forum")
    with pytest.raises(
        ValidationError, match='partner: "Women\'s Rights Forum" is not the partner'
    ):
        add_attachment(session, PNG, "scan.png", partner=other, assessment=assessment)


def test_data_that_is_not_bytes_is_rejected(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(ValidationError, match="data: must be bytes, not str"):
        add_attachment(session, "text", "scan.png", partner=partner)  # type: ignore[arg-type]


# --- owners and listing ----------------------------------------------------------------


def test_evidence_of_an_assessment_item_is_listed_with_the_partner_too(
    session: RecordSession,
    partner: Partner,
    assessment: Assessment,
    workshop: Workshop,
    clock: FixedClock,
) -> None:
    profile = add_attachment(session, PNG, "logo.png", partner=partner)
    clock.advance(minutes=1)
    evidence = add_attachment(
        session, PDF, "registration.pdf", assessment=assessment, item_id="gov.registration"
    )
    clock.advance(minutes=1)
    other_item = add_attachment(
        session, JPEG, "board.jpg", assessment=assessment, item_id="gov.board"
    )
    flip_chart = add_attachment(session, JPEG, "flipchart.jpg", workshop=workshop)

    assert evidence.partner_id == partner.id
    assert attachments_of(session, partner=partner) == [profile, evidence, other_item]
    assert attachments_of(session, assessment=assessment) == [evidence, other_item]
    assert attachments_of(session, assessment=assessment, item_id="gov.registration") == [evidence]
    assert attachments_of(session, workshop=workshop) == [flip_chart]


def test_listing_needs_an_owner(session: RecordSession) -> None:
    with pytest.raises(ValueError, match="name a partner"):
        attachments_of(session)


def test_deleted_attachment_is_hidden_but_its_bytes_stay(
    session: RecordSession, partner: Partner
) -> None:
    attachment = add_attachment(session, PDF, "registration.pdf", partner=partner)
    delete_attachment(session, attachment)
    assert attachments_of(session, partner=partner) == []
    assert session.get(Attachment, attachment.id) is not None
    assert read_attachment(session, attachment) == PDF


def test_attachment_can_be_renamed_and_described(session: RecordSession, partner: Partner) -> None:
    attachment = add_attachment(session, PDF, "scan0001.pdf", partner=partner)
    edit_attachment(
        session, attachment, filename="D:\\scans\\registration.pdf", description="2025 certificate"
    )
    assert (attachment.filename, attachment.description) == (
        "registration.pdf",
        "2025 certificate",
    )
    with pytest.raises(ValidationError) as caught:
        edit_attachment(session, attachment, filename="", sha256="0" * 64)
    assert caught.value.problems == [
        ("sha256", "cannot be changed on an attachment"),
        ("filename", "must not be empty"),
    ]


# --- reading back ----------------------------------------------------------------------


def test_bytes_are_read_back_after_reopening_the_vault(vault: Vault) -> None:
    data = PNG + bytes(range(256)) * 100
    with vault.transaction() as session:
        owner = add_partner(session, name="Legal Aid Centre")
        attachment_id = add_attachment(session, data, "scan.png", partner=owner).id
    with vault.session() as session:
        attachment = session.get(Attachment, attachment_id)
        assert attachment is not None
        assert read_attachment(session, attachment) == data


def test_damaged_bytes_are_reported_not_returned(session: RecordSession, partner: Partner) -> None:
    attachment = add_attachment(session, PDF, "registration.pdf", partner=partner)
    session.execute(
        update(Blob).where(Blob.sha256 == attachment.sha256).values(data=b"%PDF-tampered")
    )
    with pytest.raises(AttachmentDamaged) as caught:
        read_attachment(session, attachment)
    message = str(caught.value)
    assert "'registration.pdf' is damaged" in message
    assert attachment.sha256 in message
    assert hashlib.sha256(b"%PDF-tampered").hexdigest() in message


def test_attachment_bytes_are_not_readable_in_the_vault_files(
    vault: Vault, vault_path: Path
) -> None:
    marker = b"PASSPORT-NUMBER-X1234567-" * 64
    with vault.transaction() as session:
        owner = add_partner(session, name="Legal Aid Centre")
        add_attachment(session, marker, "passport.txt", partner=owner)
    vault.lock()
    for path in vault_path.iterdir():
        if path.is_file():
            assert b"PASSPORT-NUMBER" not in path.read_bytes(), path.name


# --- what a file is, whatever its name says ----------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (PDF, "photo.jpg", "'photo.jpg' is named as a JPEG image but its content is a PDF document"),
        (JPEG, "certificate.pdf", "named as a PDF document but its content is a JPEG image"),
        (b"MZ" + b"\x00" * 58 + (64).to_bytes(4, "little") + b"PE\x00\x00" + b"\x00" * 64,
         "holiday.jpg", "'holiday.jpg' is a Windows program; programs are not kept"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "report.pdf", "is a Linux program"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "tool", "is a Linux program"),
        (b"\xcf\xfa\xed\xfe" + b"\x00" * 40, "notes.docx", "is a macOS program"),
        (b"just some text", "budget.xlsx", "named as a ZIP archive"),
        (PDF, "notes.txt", "'notes.txt' is named as text but its content is a PDF document"),
        (PNG, "scan.gif", "named as a GIF image but its content is a PNG image"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_what_its_name_says_is_refused(
    session: RecordSession, partner: Partner, data: bytes, name: str, message: str
) -> None:
    before = blob_count(session)
    with pytest.raises(ValidationError) as caught:
        add_attachment(session, data, name, partner=partner)
    assert [field for field, _ in caught.value.problems] == ["data"]
    assert message in caught.value.problems[0][1]
    assert blob_count(session) == before


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (PDF, "registration.pdf"),
        (JPEG, "Site visit.JPG"),
        (PNG, "scan.png"),
        (WEBP, "scan.webp"),
        (b"PK\x03\x04" + b"\x00" * 30, "budget.docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 30, "old budget.xls"),
        (b"Name,Role\nAmina,Director\n", "staff.csv"),
        (b"MZ is how the partner abbreviates its name", "notes.txt"),
        (b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + b"\x00" * 30, "Main.class"),
        (b"\x00\x01\x02", "recording.m4a"),
    ],
)
def test_a_file_that_is_what_its_name_says_is_kept(
    session: RecordSession, partner: Partner, data: bytes, name: str
) -> None:
    assert add_attachment(session, data, name, partner=partner).size == len(data)
