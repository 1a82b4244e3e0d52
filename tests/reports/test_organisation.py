"""The organisation's name and logo as reports show them, and AES-256 protected PDFs."""

from __future__ import annotations

import hashlib
import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from report_helpers import pdf_text

from fieldpartner.domain.models import Blob, VaultSetting
from fieldpartner.domain.organisation import (
    MAX_LOGO_BYTES,
    LogoDamaged,
    organisation_logo,
    organisation_name,
    set_organisation,
)
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.validation import ValidationError
from fieldpartner.reports import ReportParams, render_report, save_pdf
from fieldpartner.vault import Vault


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (300, 100), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (20, 60, 140, 200) if mode == "RGBA" else (20, 60, 140)).save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture
def partner_id(vault: Vault) -> str:
    with vault.transaction() as session:
        return add_partner(session, name="Coastal Rights Forum", country="KE").id


def _images(data: bytes, tmp_path: Path) -> list[list[str]]:
    pdf = tmp_path / "images.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


# --- the domain ---------------------------------------------------------------------------


def test_name_falls_back_to_the_vault_name_then_fieldpartner(vault: Vault) -> None:
    with vault.transaction() as session:
        assert organisation_name(session) == "Test vault"
        set_organisation(session, name="  Rights Support Network ")
        assert organisation_name(session) == "Rights Support Network"
        set_organisation(session, name="")
        assert session.get(VaultSetting, "organisation_name") is None
        assert organisation_name(session) == "Test vault"
        session.delete(session.get(VaultSetting, "vault_name"))
        session.flush()
        assert organisation_name(session) == "FieldPartner"


def test_logo_is_stored_by_hash_and_verified(vault: Vault) -> None:
    png = image_bytes()
    digest = hashlib.sha256(png).hexdigest()
    with vault.transaction() as session:
        assert organisation_logo(session) is None
        set_organisation(session, logo=png)
    with vault.session() as session:
        assert session.get(VaultSetting, "organisation_logo").value == digest
        assert session.get(Blob, digest).size == len(png)
        assert organisation_logo(session) == png
    jpeg = image_bytes("JPEG")
    with vault.transaction() as session:
        set_organisation(session, logo=jpeg)
        assert organisation_logo(session) == jpeg
        assert session.get(Blob, digest) is None  # the replaced logo's bytes are gone
    with vault.transaction() as session:
        set_organisation(session, logo=b"")
        assert organisation_logo(session) is None
        assert session.get(VaultSetting, "organisation_logo") is None


def test_damaged_logo_is_reported(vault: Vault, partner_id: str, tmp_path: Path) -> None:
    png = image_bytes()
    with vault.transaction() as session:
        set_organisation(session, logo=png)
        blob = session.get(Blob, hashlib.sha256(png).hexdigest())
        blob.data = png[:-1] + b"\x00"
    with vault.session() as session, pytest.raises(LogoDamaged, match="damaged"):
        organisation_logo(session)
    # A report still comes out, without the logo.
    assert _images(render_report(vault, "dossier", partner_id), tmp_path) == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n" + b"x" * 100, "this is not an image (application/pdf)"),
        (b"just some text", "must be a PNG or JPEG image; this is not an image"),
        (image_bytes("GIF"), "must be a PNG or JPEG image, not image/gif"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "is not a readable PNG image"),
        (b"\xff\xd8\xff" + b"\x00" * (MAX_LOGO_BYTES), "the limit is 2 MB"),
        (image_bytes(size=(5000, 10)), "the limit is 4096 pixels a side"),
    ],
    ids=["pdf", "text", "gif", "broken-png", "oversize", "too-many-pixels"],
)
def test_unsuitable_logo_is_refused_naming_the_reason(
    vault: Vault, data: bytes, reason: str
) -> None:
    with vault.transaction() as session:
        with pytest.raises(ValidationError) as caught:
            set_organisation(session, name="Kept?", logo=data)
        assert caught.value.problems[0][0] == "logo"
        assert reason in caught.value.problems[0][1]
        assert session.get(VaultSetting, "organisation_logo") is None
        assert session.get(VaultSetting, "organisation_name") is None  # nothing half-done


# --- reports ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_report_shows_the_logo_and_the_name(
    vault: Vault, partner_id: str, tmp_path: Path, lang: str, mode: str
) -> None:
    with vault.transaction() as session:
        set_organisation(session, name="Rights Support Network", logo=image_bytes(mode=mode))
    data = render_report(vault, "dossier", partner_id, lang=lang)
    images = _images(data, tmp_path)
    # page num type width height ...: the logo, once per page, embedded at full size.
    pictures = [row for row in images if row[2] == "image"]
    assert pictures and all(row[3:5] == ["300", "100"] for row in pictures)
    if mode == "RGBA":
        assert any(row[2] == "smask" for row in images)  # transparency kept
    assert "Rights Support Network" in pdf_text(data, tmp_path)


def test_logo_sits_in_the_near_corner_mirrored_for_arabic(vault: Vault, partner_id: str) -> None:
    from reportlab.lib.pagesizes import A4

    from fieldpartner.reports.layout import MARGIN, PageFrame

    class Recorder:
        _pagesize = A4

        def __init__(self) -> None:
            self.images: list[tuple[float, float, float, float]] = []

        def drawImage(self, image, x, y, width, height, **kw):
            self.images.append((x, y, width, height))

        def __getattr__(self, name):
            return lambda *args, **kwargs: None

    for lang, expect_left in (("en", True), ("ar", False)):
        canvas = Recorder()
        PageFrame("Org", "Title", "", "1 May 2026", lang, logo=image_bytes()).draw(canvas, 1, 1)
        ((x, _y, width, height),) = canvas.images
        assert height == pytest.approx(34.0, abs=0.1)  # 1.2 cm
        assert width == pytest.approx(3 * height)  # the aspect ratio kept
        if expect_left:
            assert x == pytest.approx(MARGIN)
        else:
            assert x + width == pytest.approx(A4[0] - MARGIN)


def test_report_without_a_logo_has_no_image(vault: Vault, partner_id: str, tmp_path: Path) -> None:
    assert _images(render_report(vault, "dossier", partner_id), tmp_path) == []


# --- AES-256 ------------------------------------------------------------------------------


def test_protected_pdf_is_aes_256_and_needs_the_password(
    vault: Vault, partner_id: str, tmp_path: Path
) -> None:
    with vault.transaction() as session:
        set_organisation(session, name="Rights Support Network", logo=image_bytes())
    target = tmp_path / "protected.pdf"
    save_pdf(ReportParams(vault, "dossier", partner_id), target, password="s3cret w\u00f6rds")
    assert target.read_bytes().startswith(b"%PDF")
    assert b"Rights Support Network" not in target.read_bytes()
    info = subprocess.run(
        ["pdfinfo", "-upw", "s3cret w\u00f6rds", str(target)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    encrypted = next(line for line in info.splitlines() if line.startswith("Encrypted:"))
    assert "yes" in encrypted and "AES-256" in encrypted, encrypted
    assert "change:no" in encrypted and "print:yes" in encrypted
    for args in ([], ["-upw", "wrong"]):
        locked = subprocess.run(
            ["pdftotext", *args, str(target), "-"], capture_output=True, text=True
        )
        assert locked.returncode != 0
        assert "Rights Support Network" not in locked.stdout
    text = pdf_text(target.read_bytes(), tmp_path, password="s3cret w\u00f6rds")
    assert "Rights Support Network" in text and "Partner dossier" in text


def test_render_with_a_password_encrypts_in_memory(vault: Vault, partner_id: str) -> None:
    import pikepdf

    data = render_report(vault, "dossier", partner_id, password="pw")
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    with pikepdf.open(io.BytesIO(data), password="pw") as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
