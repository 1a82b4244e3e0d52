"""pdftotext and pdffonts as the report tests read a PDF, and the photos in it (imported as a
plain module)."""

from __future__ import annotations

import base64
import io
import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pikepdf
from PIL import Image

# The root conftest's passphrase: the session's template vault is made with it.
PASSPHRASE = "correct horse battery staple"

# pdftotext (poppler) writes right-to-left runs in logical order in its default mode and
# wraps them in bidi embedding controls (U+202A-U+202E); -layout keeps the same order but
# pads with spaces, and -raw gives content-stream order, i.e. visual order for Arabic. So
# the tests read the default output, drop the controls and normalise with NFKC, which
# maps the Arabic presentation forms the shaper drew back to the letters of the source.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(data: bytes, tmp_path: Path, *, password: str | None = None) -> str:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    args = ["pdftotext", "-enc", "UTF-8"]
    if password is not None:
        args += ["-upw", password]
    result = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True)
    return normalise(result.stdout)


def normalise(text: str) -> str:
    """NFKC, no bidi controls, runs of whitespace as one space."""
    text = _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", " ", text).strip()


def pdf_fonts(data: bytes, tmp_path: Path) -> list[list[str]]:
    pdf = tmp_path / "fonts.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


# Every built-in template, so a dossier shows every kind of full report; due diligence
# needs a tier, the two-way assessment is answered by the partner itself.
BUSY_TEMPLATES = (
    ("fp.due-diligence", {"tier": "medium"}),
    ("fp.capacity", {}),
    ("fp.partnership-dialogue", {}),
    ("fp.two-way", {"respondent": "partner_self"}),
    ("fp.workshop-review", {}),
)


def busy_partner(vault: Any, assessments: int = 20, workshops: int = 2, seed: int = 7) -> str:
    """A partner with ``assessments`` answered assessments cycling through every built-in
    template (every third one finalised where its evidence allows, the rest drafts) and
    ``workshops`` workshops it took part in, each with a follow-up plan; its id.

    Shared by the report tests, the dialog tests and ``benchmarks/report_bench.py``, so
    the benchmark measures the dossier the tests check."""
    import contextlib
    import random
    from datetime import date, timedelta

    from sqlalchemy import select

    from fieldpartner.domain.assessments import (
        AssessmentError,
        create_assessment,
        finalise,
        set_answer,
    )
    from fieldpartner.domain.models import Template
    from fieldpartner.domain.partners import add_partner
    from fieldpartner.domain.templates.document import TemplateDocument
    from fieldpartner.domain.templates.store import ensure_builtin_templates
    from fieldpartner.domain.workshops import add_follow_up, add_participant, add_workshop

    rng = random.Random(seed)
    with vault.transaction() as session:
        ensure_builtin_templates(session)
        partner = add_partner(
            session,
            name="Benchmark Centre for Human Rights",
            acronym="BCHR",
            country="KE",
            mandate="Documentation and strategic litigation. " * 8,
        )
        templates = {
            t.template_key: t
            for t in session.scalars(select(Template))
            if t.template_key in dict(BUSY_TEMPLATES)
        }
        for index in range(assessments):
            key, options = BUSY_TEMPLATES[index % len(BUSY_TEMPLATES)]
            template = templates[key]
            doc = TemplateDocument(template.body)
            assessment = create_assessment(
                session,
                partner,
                template,
                assessed_on=date(2024, 1, 1) + timedelta(days=30 * index),
                place="Nairobi",
                assessors=["Benchmark Assessor"],
                **options,
            )
            for ref in doc.item_order:
                values = doc.answer_values(ref)
                if values:
                    value = rng.choice(values)
                    set_answer(
                        session,
                        assessment,
                        ref.id,
                        [value] if ref.type == "multiple_choice" else value,
                        evidence_note="Seen during the visit.",
                    )
            if index % 3 == 0:
                # Evidence a checklist requires as a file keeps it a draft.
                with contextlib.suppress(AssessmentError):
                    finalise(session, assessment)
        for index in range(workshops):
            workshop = add_workshop(
                session,
                title=f"Safeguarding workshop {index + 1}",
                topic="Safeguarding policies and reporting",
                start_date=date(2025, 3, 1) + timedelta(days=90 * index),
                place="Mombasa",
                facilitators=["Benchmark Facilitator"],
                notes="The partners compared their policies. " * 4,
            )
            add_participant(session, workshop, partner=partner)
            add_follow_up(
                session,
                workshop,
                partner=partner,
                title=f"Adopt a safeguarding reporting line ({index + 1})",
                owner="Programme lead",
                due_date=date(2025, 6, 1) + timedelta(days=90 * index),
            )
        return partner.id


# --- photos: a geotagged JPEG and the JPEG streams of a PDF -----------------------------

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


def jpegs_in(pdf_bytes: bytes) -> list[bytes]:
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


def gps_of(jpeg: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(jpeg)) as image:
        return dict(image.getexif().get_ifd(GPS_TAG))
