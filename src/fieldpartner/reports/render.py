"""``render_report``: one report kind for one partner, as PDF bytes in memory.

Progress is counted in parts (one for a single report; the profile and summary, each
assessment and each workshop for a dossier): each part built, then each part laid out in
each layout pass (a dossier takes two, for its contents' page numbers), then the finished
file. ``cancel()`` is asked between parts while building and after every page while laying
out, so even a long dossier stops within a page.

Nothing is written to disk here: the caller previews, prints or saves the bytes
(``save_pdf``, atomically, optionally password-protected). A password encrypts the
finished PDF with AES-256 (PDF 2.0's revision 6, through pikepdf/qpdf), in memory.
"""

from __future__ import annotations

import io
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain.attachments import redact_image_metadata
from fieldpartner.domain.models import Assessment, Partner, Workshop
from fieldpartner.domain.organisation import LogoDamaged, organisation_logo, organisation_name
from fieldpartner.domain.partners import find_partner
from fieldpartner.domain.workshops import workshops_of_partner
from fieldpartner.files import atomic_writer
from fieldpartner.reports import kinds
from fieldpartner.reports.contents import PartStart
from fieldpartner.reports.fonts import register_fonts
from fieldpartner.reports.labels import LANGUAGES, Labels
from fieldpartner.reports.layout import (
    HEADER_GAP,
    MARGIN,
    PageFrame,
    ReportDocument,
    numbered_canvas,
    paper_size,
)
from fieldpartner.reports.text import format_day

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

REPORT_KINDS = ("due-diligence", "capacity", "dialogue", "workshop", "dossier")
# The assessment kinds each assessment-based report accepts.
_ASSESSMENT_KINDS = {
    report: tuple(k for k, r in kinds.REPORT_OF_KIND.items() if r == report)
    for report in kinds.ASSESSMENT_REPORTS
}


def report_kind_for(assessment_kind: str) -> str:
    """The report an assessment of this kind is printed as."""
    try:
        return kinds.REPORT_OF_KIND[assessment_kind]
    except KeyError:
        raise ReportInputError(f"no report for a {assessment_kind!r} assessment") from None


class ReportInputError(ValueError):
    """An unknown partner, assessment or workshop, or one that does not fit the kind."""

    exit_code = 4


class ReportCancelled(Exception):
    """The caller cancelled the report before it was finished."""


@dataclass(frozen=True)
class ReportParams:
    """Everything needed to render a report again (e.g. encrypted, for saving)."""

    source: Any  # a Vault or an open Session
    kind: str
    partner_id: str
    assessment_id: str | None = None
    workshop_id: str | None = None
    lang: str = "en"
    paper: str = "A4"
    marking: str = "CONFIDENTIAL"
    latest_only: bool = False
    keep_photo_metadata: bool = False

    def render(
        self,
        *,
        password: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> bytes:
        return render_report(
            self.source,
            self.kind,
            self.partner_id,
            assessment_id=self.assessment_id,
            workshop_id=self.workshop_id,
            lang=self.lang,
            paper=self.paper,
            marking=self.marking,
            latest_only=self.latest_only,
            keep_photo_metadata=self.keep_photo_metadata,
            progress=progress,
            cancel=cancel,
            password=password,
        )

    def with_(self, **changes: Any) -> ReportParams:
        return replace(self, **changes)


def render_report(
    vault_session_or_vault: Any,
    kind: str,
    partner_id: str,
    *,
    assessment_id: str | None = None,
    workshop_id: str | None = None,
    lang: str = "en",
    paper: str = "A4",
    marking: str = "CONFIDENTIAL",
    latest_only: bool = False,
    keep_photo_metadata: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    password: str | None = None,
    today: date | None = None,
) -> bytes:
    """The PDF of one report. ``progress(done, total)`` is called as it goes; ``cancel()``
    returning true stops it with ``ReportCancelled``. ``password`` encrypts the PDF.
    ``latest_only`` (dossier): full reports of the latest assessment of each kind and the
    latest workshop only, instead of all of them. Photos and the logo go in without their
    metadata (GPS, camera, time taken) unless ``keep_photo_metadata``."""
    if kind not in REPORT_KINDS:
        raise ReportInputError(
            f"unknown report kind {kind!r}; use one of: {', '.join(REPORT_KINDS)}"
        )
    if lang not in LANGUAGES:
        raise ReportInputError(
            f"unknown report language {lang!r}; use one of: {', '.join(LANGUAGES)}"
        )
    page = paper_size(paper)
    register_fonts()
    if isinstance(vault_session_or_vault, Session):
        return _render(
            vault_session_or_vault,
            kind,
            partner_id,
            assessment_id,
            workshop_id,
            lang,
            page,
            marking,
            latest_only,
            keep_photo_metadata,
            _Progress(progress, cancel),
            password,
            today,
        )
    with vault_session_or_vault.session() as session:
        return _render(
            session,
            kind,
            partner_id,
            assessment_id,
            workshop_id,
            lang,
            page,
            marking,
            latest_only,
            keep_photo_metadata,
            _Progress(progress, cancel),
            password,
            today,
        )


class _Progress:
    """Counts the steps of one report (see the module docstring) and asks ``cancel``."""

    def __init__(self, report: Progress | None, cancel: Cancel | None) -> None:
        self._report = report
        self._cancel = cancel
        self.parts = 1
        self.passes = 1
        self.done = 0

    @property
    def total(self) -> int:
        return self.parts * (1 + self.passes) + 1

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ReportCancelled("the report was cancelled")

    def plan(self, parts: int, passes: int) -> None:
        self.parts, self.passes = max(parts, 1), passes
        self.step(0)

    def step(self, count: int = 1) -> None:
        """``count`` more steps done; never the last one before ``finish``: a third layout
        pass, should reportlab need one, waits at the step before the end."""
        self.check()
        self.done = min(self.done + count, self.total - 1)
        if self._report is not None:
            self._report(self.done, self.total)

    def built(self, done: int, total: int) -> None:
        if total != self.parts:
            self.plan(total, self.passes)
        if done:
            self.step()

    def laid_out(self, part: PartStart) -> None:
        self.step()

    def finish(self) -> None:
        self.done = self.total
        if self._report is not None:
            self._report(self.total, self.total)


def _render(
    session: Session,
    kind: str,
    partner_id: str,
    assessment_id: str | None,
    workshop_id: str | None,
    lang: str,
    page: tuple[float, float],
    marking: str,
    latest_only: bool,
    keep_photo_metadata: bool,
    progress: _Progress,
    password: str | None,
    today: date | None,
) -> bytes:
    progress.plan(1, 2 if kind == "dossier" else 1)
    partner = _partner(session, partner_id)
    labels = Labels(lang)
    width = page[0] - 2 * MARGIN
    story = kinds.Story(
        session, lang, width, progress.check, keep_photo_metadata=keep_photo_metadata
    )
    if kind in _ASSESSMENT_KINDS:
        kinds.ASSESSMENT_REPORTS[kind](story, _assessment(session, partner, kind, assessment_id))
        progress.step()
    elif kind == "workshop":
        kinds.workshop(story, partner, _workshop(session, partner, workshop_id))
        progress.step()
    else:
        kinds.dossier(story, partner, latest_only=latest_only, built=progress.built)

    frame = PageFrame(
        organisation=organisation_name(session),
        logo=_logo(session, keep_metadata=keep_photo_metadata),
        title=f"{labels('report.' + kind.replace('-', '_'))} - {partner.name}",
        marking=marking,
        generated_on=format_day(today or date.today(), lang),
        lang=lang,
    )
    buffer = io.BytesIO()
    document = ReportDocument(
        buffer,
        on_page=progress.check,
        on_part=progress.laid_out,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_GAP - 6,
        bottomMargin=MARGIN,
        title=frame.title,
        author=frame.organisation,
        creator="FieldPartner",
        lang=lang,
        invariant=1,
    )
    if kind == "dossier":
        # Two passes: the first finds the page each part starts on, the second prints
        # the contents with them (reportlab's indexing flowables).
        document.multiBuild(story.flowables, canvasmaker=numbered_canvas(frame))
    else:
        document.build(story.flowables, canvasmaker=numbered_canvas(frame))
        progress.step()
    data = buffer.getvalue()
    if password:
        data = encrypt_pdf(data, password)
    progress.finish()
    return data


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a finished PDF) encrypted with AES-256 (security handler revision 6), in
    memory: opening needs ``password``; printing is allowed, changing is not.

    The owner password is random and forgotten: nobody gets more rights than the user
    password gives. reportlab's own encryption is RC4 at best (its AES-256 writes the
    withdrawn revision 5, which poppler rejects), hence qpdf through pikepdf.
    """
    import pikepdf

    if not password:
        raise ValueError("an empty password protects nothing")
    encryption = pikepdf.Encryption(
        user=password,
        owner=secrets.token_urlsafe(32),
        R=6,
        allow=pikepdf.Permissions(
            modify_annotation=False,
            modify_assembly=False,
            modify_form=False,
            modify_other=False,
        ),
    )
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=encryption)
    return out.getvalue()


def save_pdf(
    data_or_params: bytes | ReportParams, path: Path | str, password: str | None = None
) -> Path:
    """Write a report to ``path`` atomically (owner-only permissions).

    ``data_or_params`` is a rendered PDF or the parameters to render one. With a password
    the PDF is encrypted with AES-256 in memory first; nothing unencrypted is written.
    """
    if isinstance(data_or_params, ReportParams):
        data = data_or_params.render()
    else:
        data = bytes(data_or_params)
    if password:
        data = encrypt_pdf(data, password)
    target = Path(path)
    with atomic_writer(target) as handle:
        handle.write(data)
    return target


# --- lookups ---------------------------------------------------------------------------


def _partner(session: Session, id_or_name: str) -> Partner:
    try:
        partner = find_partner(session, id_or_name)
    except LookupError as exc:
        raise ReportInputError(str(exc)) from None
    return partner


def _assessment(
    session: Session, partner: Partner, kind: str, assessment_id: str | None
) -> Assessment:
    allowed = _ASSESSMENT_KINDS[kind]
    if assessment_id is None:
        found = session.scalars(
            select(Assessment)
            .where(
                Assessment.partner_id == partner.id,
                Assessment.deleted.is_(False),
                Assessment.assessment_kind.in_(allowed),
            )
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
            .limit(1)
        ).first()
        if found is None:
            raise ReportInputError(f"{partner.name} has no assessment for a {kind} report")
        return found
    assessment = session.get(Assessment, assessment_id)
    if assessment is None or assessment.deleted:
        raise ReportInputError(f"no assessment {assessment_id}")
    if assessment.partner_id != partner.id:
        raise ReportInputError(f"assessment {assessment_id} is not about {partner.name}")
    if assessment.assessment_kind not in allowed:
        raise ReportInputError(
            f"assessment {assessment_id} is a {assessment.assessment_kind.replace('_', ' ')} "
            f"assessment, not one for a {kind} report"
        )
    return assessment


def _workshop(session: Session, partner: Partner, workshop_id: str | None) -> Workshop:
    attended = workshops_of_partner(session, partner)
    if workshop_id is None:
        if not attended:
            raise ReportInputError(f"{partner.name} took part in no workshop")
        return attended[0]
    found = next((w for w in attended if w.id == workshop_id), None)
    if found is None:
        raise ReportInputError(f"no workshop {workshop_id} with {partner.name} taking part")
    return found


def _logo(session: Session, *, keep_metadata: bool = False) -> bytes | None:
    """The organisation's logo (without its metadata unless ``keep_metadata``), or None; a
    damaged logo is left out (and logged) rather than stopping the report."""
    try:
        logo = organisation_logo(session)
        if logo is not None and not keep_metadata:
            logo = redact_image_metadata(logo)
        return logo
    except (LogoDamaged, ValueError) as exc:
        log.warning("report without the organisation logo: %s", exc)
        return None
