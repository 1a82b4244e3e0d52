"""Reports as a reader of the PDF sees them: names, sections, scores, Arabic, fonts, paper."""

from __future__ import annotations

import json
import stat
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from report_helpers import normalise, pdf_fonts, pdf_text
from sqlalchemy import select

from fieldpartner.domain.assessments import (
    OverrideRequest,
    create_assessment,
    finalise,
    override_result,
    results_of,
    set_answer,
)
from fieldpartner.domain.models import Assessment, Partner, WorkshopParticipant
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.projects import add_project, edit_project
from fieldpartner.domain.templates import store_template
from fieldpartner.domain.templates.document import TemplateDocument, text_of
from fieldpartner.domain.templates.store import get_template
from fieldpartner.reports import (
    REPORT_KINDS,
    ReportCancelled,
    ReportInputError,
    ReportParams,
    render_report,
    save_pdf,
)
from fieldpartner.reports.text import visual_line
from fieldpartner.vault import Vault

ASSESSMENT_KINDS = {
    "due-diligence": "due_diligence",
    "capacity": "capacity",
    "dialogue": "partnership_dialogue",
}
MANDATE_AR = (
    "\u062a\u0639\u0645\u0644 \u0627\u0644\u0645\u0646\u0638\u0645\u0629 \u0639\u0644\u0649 "
    "\u062a\u0648\u062b\u064a\u0642 \u0627\u0646\u062a\u0647\u0627\u0643\u0627\u062a "
    "\u062d\u0642\u0648\u0642 \u0627\u0644\u0625\u0646\u0633\u0627\u0646 "
    "\u0648\u062f\u0639\u0645 \u0627\u0644\u0636\u062d\u0627\u064a\u0627 "
    "\u0623\u0645\u0627\u0645 \u0627\u0644\u0645\u062d\u0627\u0643\u0645 "
    "\u0627\u0644\u0648\u0637\u0646\u064a\u0629 \u0648\u0627\u0644\u0622\u0644\u064a\u0627\u062a "
    "\u0627\u0644\u062f\u0648\u0644\u064a\u0629"
)
NAME_AR = (
    "\u0645\u0644\u062a\u0642\u0649 \u0627\u0644\u0645\u062f\u0627\u0641\u0639\u0627\u062a "
    "\u0639\u0646 \u062d\u0642\u0648\u0642 \u0627\u0644\u0625\u0646\u0633\u0627\u0646"
)


def _assessment(vault: Vault, kind: str) -> dict[str, Any]:
    """The first non-draft assessment of a kind with scored sections, and what it shows."""
    with vault.session() as session:
        for a in session.scalars(
            select(Assessment).where(Assessment.assessment_kind == kind).order_by(Assessment.id)
        ):
            results = results_of(session, a)
            scored = [s for s in results.sections if s.score is not None]
            if not scored:
                continue
            doc = TemplateDocument(get_template(session, a.template_key, a.template_version).body)
            partner = session.get(Partner, a.partner_id)
            assert partner is not None
            return {
                "id": a.id,
                "partner_id": partner.id,
                "partner": partner.name,
                "sections": [text_of(doc.sections[s.id].section["title"]) for s in scored],
                "scores": [f"{round(s.score or 0.0, 2):g}" for s in scored],
            }
    raise AssertionError(f"the demo vault has no scored {kind} assessment")


@pytest.mark.parametrize("kind", sorted(ASSESSMENT_KINDS))
def test_assessment_report_shows_partner_sections_and_scores(
    demo_vault: Vault, tmp_path: Path, kind: str
) -> None:
    expected = _assessment(demo_vault, ASSESSMENT_KINDS[kind])
    data = render_report(demo_vault, kind, expected["partner_id"], assessment_id=expected["id"])
    text = pdf_text(data, tmp_path)
    assert normalise(expected["partner"]) in text
    for section, score in zip(expected["sections"], expected["scores"], strict=True):
        assert normalise(section) in text
        assert score in text
    assert "CONFIDENTIAL" in text
    assert "Page 1 of" in text


def test_due_diligence_report_has_risk_decision_and_sign_off(
    demo_vault: Vault, tmp_path: Path
) -> None:
    expected = _assessment(demo_vault, "due_diligence")
    text = pdf_text(
        render_report(
            demo_vault, "due-diligence", expected["partner_id"], assessment_id=expected["id"]
        ),
        tmp_path,
    )
    for heading in (
        "Risk rating",
        "Recommended decision",
        "Checklist",
        "Attachments",
        "Sign-off",
        "Prepared by",
        "Approved by",
        "Evidence note",
    ):
        assert heading in text


def test_workshop_report_lists_participants_and_follow_up(
    demo_vault: Vault, tmp_path: Path
) -> None:
    with demo_vault.session() as session:
        row = session.scalars(
            select(WorkshopParticipant).where(WorkshopParticipant.partner_id.is_not(None))
        ).first()
        assert row is not None and row.partner_id is not None
        partner = session.get(Partner, row.partner_id)
        assert partner is not None
        partner_id, partner_name, workshop_id = partner.id, partner.name, row.workshop_id
    text = pdf_text(
        render_report(demo_vault, "workshop", partner_id, workshop_id=workshop_id), tmp_path
    )
    assert normalise(partner_name) in text
    for heading in ("Workshop report", "Participants", "Notes", "Follow-up plan"):
        assert heading in text


def test_dossier_lists_every_assessment_and_open_actions(demo_vault: Vault, tmp_path: Path) -> None:
    expected = _assessment(demo_vault, "capacity")
    text = pdf_text(render_report(demo_vault, "dossier", expected["partner_id"]), tmp_path)
    assert normalise(expected["partner"]) in text
    for heading in (
        "Partner dossier",
        "Profile",
        "Assessments",
        "Latest assessments",
        "Open actions",
    ):
        assert heading in text
    assert expected["sections"][0] in text


def test_french_report_uses_template_and_report_translations(
    demo_vault: Vault, tmp_path: Path
) -> None:
    expected = _assessment(demo_vault, "capacity")
    text = pdf_text(
        render_report(
            demo_vault, "capacity", expected["partner_id"], assessment_id=expected["id"], lang="fr"
        ),
        tmp_path,
    )
    assert "Rapport d'\u00e9valuation des capacit\u00e9s" in text
    assert "Page 1 sur" in text
    assert "Gouvernance" in text


@pytest.fixture
def arabic_partner(vault: Vault) -> str:
    with vault.transaction() as session:
        partner = add_partner(
            session, name=f"{NAME_AR} (WHRD)", country="TN", mandate=" ".join([MANDATE_AR] * 3)
        )
        return partner.id


def test_arabic_report_reads_back_in_logical_order(
    vault: Vault, arabic_partner: str, tmp_path: Path
) -> None:
    data = render_report(vault, "dossier", arabic_partner, lang="ar")
    text = pdf_text(data, tmp_path)
    # The mandate is three sentences long: it wraps over several lines, each shaped and
    # reordered on its own, and must still read back word for word in logical order.
    assert normalise(" ".join([MANDATE_AR] * 3)) in text
    assert normalise(NAME_AR) in text
    # pdftotext rebuilds logical order from glyph positions but keeps brackets as drawn,
    # so it cannot judge them; test_brackets_are_mirrored_in_right_to_left_lines does.
    assert "WHRD" in text
    assert normalise("\u0645\u0644\u0641 \u0627\u0644\u0634\u0631\u064a\u0643") in text


def test_brackets_are_mirrored_in_right_to_left_lines() -> None:
    drawn = visual_line(f"{NAME_AR} (WHRD)", True)
    assert drawn.startswith("(WHRD) ")  # the Latin acronym ends the line, on the left


def test_arabic_name_in_an_english_report_stays_readable(
    vault: Vault, arabic_partner: str, tmp_path: Path
) -> None:
    text = pdf_text(render_report(vault, "dossier", arabic_partner, lang="en"), tmp_path)
    assert normalise(NAME_AR) in text
    assert "Partner dossier" in text


@pytest.mark.parametrize("kind", REPORT_KINDS)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_font_is_embedded(demo_vault: Vault, tmp_path: Path, kind: str, lang: str) -> None:
    with demo_vault.session() as session:
        if kind == "workshop":
            partner_id = session.scalars(
                select(WorkshopParticipant.partner_id).where(
                    WorkshopParticipant.partner_id.is_not(None)
                )
            ).first()
        else:
            wanted = ASSESSMENT_KINDS.get(kind, "capacity")
            partner_id = session.scalars(
                select(Assessment.partner_id).where(Assessment.assessment_kind == wanted)
            ).first()
    assert partner_id is not None
    fonts = pdf_fonts(render_report(demo_vault, kind, partner_id, lang=lang), tmp_path)
    assert fonts
    for row in fonts:
        # name type encoding emb sub uni object id
        assert row[-5] == "yes", f"{row[0]} is not embedded"
    names = " ".join(row[0] for row in fonts)
    assert "NotoSans" in names
    if lang == "ar":
        assert "NotoNaskhArabic" in names


@pytest.mark.parametrize(("paper", "size"), [("A4", "595.276 x 841.89"), ("Letter", "612 x 792")])
def test_paper_sizes(demo_vault: Vault, tmp_path: Path, paper: str, size: str) -> None:
    partner_id = _assessment(demo_vault, "capacity")["partner_id"]
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(render_report(demo_vault, "dossier", partner_id, paper=paper))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert f"Page size:       {size} pts" in info.stdout


def test_password_protected_pdf_needs_the_password(demo_vault: Vault, tmp_path: Path) -> None:
    partner_id = _assessment(demo_vault, "capacity")["partner_id"]
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    params = ReportParams(demo_vault, "dossier", partner_id)
    save_pdf(params, target, password="s3cret words")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    locked = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    assert locked.returncode != 0
    assert "Partner dossier" in pdf_text(target.read_bytes(), tmp_path, password="s3cret words")


def test_rendered_bytes_are_encrypted_when_saved_with_a_password(
    demo_vault: Vault, tmp_path: Path
) -> None:
    partner_id = _assessment(demo_vault, "capacity")["partner_id"]
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    save_pdf(render_report(demo_vault, "dossier", partner_id), target, password="pw words")
    locked = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    assert locked.returncode != 0
    assert "Partner dossier" in pdf_text(target.read_bytes(), tmp_path, password="pw words")


def test_saving_broken_bytes_with_a_password_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(Exception):  # noqa: B017 - pikepdf's PdfError, whatever its wording
        save_pdf(b"%PDF-1.4 not really", tmp_path / "x.pdf", password="pw")
    assert not list(tmp_path.iterdir())


def test_unknown_partner_assessment_or_mismatched_kind_is_invalid_input(
    demo_vault: Vault,
) -> None:
    capacity = _assessment(demo_vault, "capacity")
    with pytest.raises(ReportInputError):
        render_report(demo_vault, "dossier", "no such partner")
    with pytest.raises(ReportInputError):
        render_report(demo_vault, "capacity", capacity["partner_id"], assessment_id="nope")
    with pytest.raises(ReportInputError, match="not one for a due-diligence report"):
        render_report(
            demo_vault, "due-diligence", capacity["partner_id"], assessment_id=capacity["id"]
        )
    assert ReportInputError.exit_code == 4


def test_progress_reaches_the_end_and_cancel_stops(demo_vault: Vault) -> None:
    partner_id = _assessment(demo_vault, "capacity")["partner_id"]
    seen: list[tuple[int, int]] = []
    render_report(demo_vault, "dossier", partner_id, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(ReportCancelled):
        render_report(demo_vault, "dossier", partner_id, cancel=lambda: True)


def test_organisation_name_setting_heads_every_page(
    vault: Vault, arabic_partner: str, tmp_path: Path
) -> None:
    vault.set_setting("organisation_name", "Rights Support Network")
    text = pdf_text(render_report(vault, "dossier", arabic_partner, marking="INTERNAL"), tmp_path)
    assert "Rights Support Network" in text
    assert "INTERNAL" in text and "CONFIDENTIAL" not in text


def test_an_override_and_a_lowered_tier_are_printed_with_their_reasons(
    vault: Vault, tmp_path: Path
) -> None:
    example = (
        Path(__file__).resolve().parents[2]
        / "resources"
        / "templates"
        / "examples"
        / "example-due-diligence.json"
    )
    with vault.transaction() as session:
        partner = add_partner(session, name="Bar Association of the North")
        project = add_project(session, partner, title="Legal clinics", amount=Decimal("50000"))
        edit_project(
            session,
            project,
            due_diligence_tier="small",
            tier_reason="Pass-through grant paid in kind",
        )
        template = store_template(session, json.loads(example.read_text(encoding="utf-8"))).template
        assessment = create_assessment(session, partner, template, project=project)
        set_answer(session, assessment, "legal.registered", "yes", evidence_note="Certificate")
        set_answer(session, assessment, "legal.bank_account", "no")
        set_answer(session, assessment, "finance.procedures", 3)
        finalise(session, assessment)
        override_result(
            session, assessment, OverrideRequest("overall", "moderate", "Bank letter seen later")
        )
        ids = (partner.id, assessment.id)
    text = pdf_text(render_report(vault, "due-diligence", ids[0], assessment_id=ids[1]), tmp_path)
    for shown in ("Tier lowered by hand", "Pass-through grant paid in kind", "Overridden results"):
        assert shown in text
    assert "Bank letter seen later" in text
