"""What each report kind says: the story (flowables) built from the domain services.

The partner dossier combines the others. Its first page is its title and contents; then
each part starts on a new page under its own title: the profile and summary (every
assessment in a table, the latest of each kind with its scores, the open actions), then
the full report of each assessment, exactly as printed on its own (due diligence;
capacity and two-way; partnership dialogue and workshop review), grouped by kind in the
order of ``AssessmentKind``, newest first, and then the workshop report of each workshop
the partner took part in, newest first.

By default every live assessment is included, drafts too: HQ staff and boards reading a
dossier want the whole relationship, work in progress included, so a draft's contents
line and title say "Draft". ``latest_only`` keeps the full reports to the latest
assessment of each kind and the latest workshop (the summary still lists them all).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain.actions import actions_of_partner
from fieldpartner.domain.assessments import (
    answers_of,
    assessments_of,
    compare_self_and_assessor,
    compare_with_previous,
    other_perspective,
    results_of,
    template_of,
)
from fieldpartner.domain.attachments import (
    AttachmentDamaged,
    attachments_of,
    read_attachment,
    redact_image_metadata,
)
from fieldpartner.domain.models import (
    Action,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Attachment,
    Partner,
    Project,
    RespondentRole,
    Workshop,
)
from fieldpartner.domain.plans import actions_of_assessment
from fieldpartner.domain.results import Results, ScoredPart
from fieldpartner.domain.templates.document import TemplateDocument, text_of
from fieldpartner.domain.workshops import (
    earlier_plan,
    follow_up_plan,
    participants_of,
    workshops_of_partner,
)
from fieldpartner.reports.charts import radar_chart
from fieldpartner.reports.contents import Contents, PartStart
from fieldpartner.reports.fonts import LATIN
from fieldpartner.reports.labels import Labels
from fieldpartner.reports.text import format_day, is_rtl_language, text_flowable

HEADING_BLUE = colors.HexColor("#174ea6")
GRID = colors.HexColor("#dadce0")
HEAD_FILL = colors.HexColor("#e8f0fe")
SUBTITLE_GREY = colors.HexColor("#5f6368")

Check = Callable[[], None]


@dataclass(frozen=True)
class Part:
    """One part of a dossier: its line in the contents, the line under its title, and
    what builds it."""

    key: str
    entry: str
    subtitle: str
    build: Callable[[Story], None]


class Story:
    """Flowables for one report in one language, mirrored for right-to-left."""

    def __init__(
        self,
        session: Session,
        lang: str,
        width: float,
        check: Check,
        *,
        keep_photo_metadata: bool = False,
    ) -> None:
        self.session = session
        # Photos go into a report without their GPS and camera details unless asked.
        self.keep_photo_metadata = keep_photo_metadata
        self.lang = lang
        self.rtl = is_rtl_language(lang)
        self.t = Labels(lang)
        self.width = width
        self.check = check
        self.flowables: list[Flowable] = []
        self.subtitle = ""
        self._documents: dict[tuple[str, int], TemplateDocument] = {}
        self._results: dict[str, Results] = {}

    def template(self, assessment: Assessment) -> TemplateDocument:
        """The assessment's template version, loaded once per report (a dossier shows
        many assessments of the same few templates, and a body is large JSON)."""
        key = (assessment.template_key, assessment.template_version)
        if key not in self._documents:
            self._documents[key] = TemplateDocument(template_of(self.session, assessment).body)
        return self._documents[key]

    def results(self, assessment: Assessment) -> Results:
        """The assessment's results, computed once per report (a draft's are computed
        live, and a dossier shows them in its summary and again in the full report)."""
        if assessment.id not in self._results:
            self._results[assessment.id] = results_of(self.session, assessment)
        return self._results[assessment.id]

    def begin_part(self, part: Part) -> None:
        """A dossier part: a new page, the anchor its contents line points to, and the
        line shown under the part's title."""
        self.flowables.append(PageBreak())
        self.flowables.append(PartStart(part.key, part.entry))
        self.subtitle = part.subtitle

    # --- building blocks -----------------------------------------------------------

    def text(self, value: Any, *, size: float = 9, bold: bool = False) -> Flowable:
        return text_flowable("" if value is None else str(value), self.lang, size=size, bold=bold)

    def title(self, value: str) -> None:
        self.flowables.append(text_flowable(value, self.lang, size=17, bold=True, space_after=2))
        if self.subtitle:
            self.flowables.append(
                text_flowable(self.subtitle, self.lang, size=10.5, colour=SUBTITLE_GREY)
            )
            self.subtitle = ""
        self.flowables.append(Spacer(1, 3 * mm))

    def heading(self, value: str, level: int = 1) -> None:
        size = 12.5 if level == 1 else 10.5
        self.flowables.append(CondPageBreak(30 * mm))
        self.flowables.append(Spacer(1, (5 if level == 1 else 3) * mm))
        self.flowables.append(
            text_flowable(value, self.lang, size=size, bold=True, colour=HEADING_BLUE)
        )
        self.flowables.append(Spacer(1, 1.5 * mm))

    def paragraph(self, value: str) -> None:
        if value:
            self.flowables.append(text_flowable(value, self.lang, size=9.5))
            self.flowables.append(Spacer(1, 1.5 * mm))

    def fields(self, pairs: Sequence[tuple[str, Any]]) -> None:
        rows = [[self.text(k, bold=True), self.text(v)] for k, v in pairs if v not in (None, "")]
        if rows:
            self.table(None, rows, [0.3, 0.7], grid=False)

    def table(
        self,
        headers: Sequence[str] | None,
        rows: Sequence[Sequence[Any]],
        fractions: Sequence[float],
        *,
        grid: bool = True,
    ) -> None:
        cells: list[list[Any]] = []
        if headers:
            cells.append([self.text(h, size=8.5, bold=True) for h in headers])
        for row in rows:
            cells.append([c if isinstance(c, Flowable) else self.text(c, size=8.5) for c in row])
        if not cells:
            return
        widths = [self.width * f for f in fractions]
        if self.rtl:  # columns read right to left
            cells = [list(reversed(r)) for r in cells]
            widths = list(reversed(widths))
        table = Table(cells, colWidths=widths, repeatRows=1 if headers else 0)
        style: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # reportlab sets a cell's font even for flowable cells: keep it an embedded one.
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.4, GRID))
        if headers:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
        table.setStyle(TableStyle(style))
        self.flowables.append(table)
        self.flowables.append(Spacer(1, 2 * mm))

    def day(self, value: Any) -> str:
        return format_day(value, self.lang)

    def none(self) -> None:
        self.paragraph(self.t("none"))

    def photos(self, files: Sequence[Attachment]) -> None:
        """The JPEG and PNG attachments drawn in the report, each under its file name,
        their metadata removed first (``keep_photo_metadata`` keeps it)."""
        shown = [f for f in files if f.media_type in PHOTO_TYPES]
        if not shown:
            return
        self.heading(self.t("photos"), level=2)
        for attachment in shown:
            self.check()
            try:
                data = read_attachment(self.session, attachment)
                if not self.keep_photo_metadata:
                    data = redact_image_metadata(data, attachment.media_type)
                image = ImageReader(io.BytesIO(data))
                pixels_wide, pixels_high = image.getSize()
            except (AttachmentDamaged, ValueError, OSError) as exc:
                self.paragraph(f"{attachment.filename}: {exc}")
                continue
            drawn_width = min(self.width, PHOTO_WIDTH)
            drawn_height = drawn_width * pixels_high / max(pixels_wide, 1)
            if drawn_height > PHOTO_HEIGHT:
                drawn_width, drawn_height = drawn_width * PHOTO_HEIGHT / drawn_height, PHOTO_HEIGHT
            photo = Image(io.BytesIO(data), width=drawn_width, height=drawn_height)
            photo.hAlign = "RIGHT" if self.rtl else "LEFT"
            self.flowables.append(
                KeepTogether([photo, self.text(attachment.filename, size=8), Spacer(1, 3 * mm)])
            )

    # --- shared pieces -------------------------------------------------------------

    def section_title(self, doc: TemplateDocument, section_id: str, fallback: str = "") -> str:
        ref = doc.sections.get(section_id)
        return text_of(ref.section.get("title"), self.lang) if ref else fallback

    def answer_text(self, doc: TemplateDocument, item_id: str, answer: Any) -> str:
        if answer.not_applicable:
            return self.t("not_applicable")
        ref = doc.items.get(item_id)
        if ref is None:
            return "" if answer.value is None else str(answer.value)
        if ref.type == "checklist":
            return self.t.term("answer", str(answer.value))
        return doc.answer_label(ref, answer.value, self.lang)

    def score_text(self, section: ScoredPart) -> str:
        if section.score is None:
            return ""
        top = section.max
        return f"{_num(section.score)} / {_num(top)}" if top is not None else _num(section.score)

    def word(self, part: ScoredPart, rating: str | None = None) -> str:
        """A part's rating (``rating`` when given: the overall one after rules) or its
        level in its own vocabulary: "Weak capacity", never a risk word for a capacity."""
        if part.vocabulary == "risk":
            return self.t.term("rating", rating if rating is not None else part.rating)
        return self.t.term(part.vocabulary, part.level)

    def assessment_facts(self, assessment: Assessment, doc: TemplateDocument) -> None:
        partner = self.session.get(Partner, assessment.partner_id)
        project = (
            self.session.get(Project, assessment.project_id) if assessment.project_id else None
        )
        pairs: list[tuple[str, Any]] = [
            (self.t("partner"), partner.name if partner else ""),
            (self.t("template"), f"{doc.title(self.lang)} (v{assessment.template_version})"),
            (self.t("project"), project.title if project else ""),
            (
                self.t("amount"),
                f"{project.amount:,.0f} {project.currency}" if project and project.amount else "",
            ),
            (self.t("tier"), self.t.term("tier", assessment.tier)),
            (self.t("tier_change"), project.tier_reason if project else ""),
            (self.t("date"), self.day(assessment.assessed_on)),
            (self.t("place"), assessment.place),
            (self.t("assessors"), ", ".join(assessment.assessors)),
            (self.t("participants"), ", ".join(assessment.participants)),
            (self.t("status"), self.t.term("status", assessment.status)),
        ]
        results = self.results(assessment)
        for key, day in (
            ("valid_until", results.valid_until),
            ("next_review", results.next_review),
        ):
            if day:
                pairs.append((self.t(key), self.day(date.fromisoformat(day))))
        self.fields(pairs)

    def section_scores(self, results: Results, doc: TemplateDocument) -> None:
        rows = []
        for section in results.sections:
            if section.method == "none":
                continue
            name = self.section_title(doc, section.id, section.title)
            # Results keep the band label in English; other languages show the rating word.
            label = (section.label or "") if self.lang == "en" else ""
            rows.append(
                [
                    name,
                    self.score_text(section),
                    " - ".join(x for x in (self.word(section), label) if x),
                    f"{section.completeness.ratio:.0%}",
                ]
            )
        overall = results.overall
        if overall.score is not None:
            rows.append(
                [
                    self.t("overall"),
                    self.score_text(overall),
                    self.word(overall, results.rating),
                    f"{results.completeness.ratio:.0%}",
                ]
            )
        for named in results.named:
            rows.append(
                [
                    named.title or named.id,
                    self.score_text(named),
                    " - ".join(x for x in (self.word(named), named.label or "") if x),
                    f"{named.completeness.ratio:.0%}",
                ]
            )
        if rows:
            self.table(
                [self.t("section"), self.t("score"), self.t("rating"), self.t("completeness")],
                rows,
                [0.44, 0.14, 0.28, 0.14],
            )

    def answers_by_section(
        self, assessment: Assessment, doc: TemplateDocument, *, notes: bool = True
    ) -> None:
        answers = answers_of(self.session, assessment)
        for top in doc.top_sections():
            self.check()
            rows = []
            for ref in doc.items_under(top.id):
                answer = answers.get(ref.id)
                if answer is None or (answer.value is None and not answer.not_applicable):
                    continue
                row = [
                    text_of(ref.item.get("text"), self.lang),
                    self.answer_text(doc, ref.id, answer),
                ]
                if notes:
                    row.append(answer.evidence_note)
                rows.append(row)
            if not rows:
                continue
            self.heading(text_of(top.section.get("title"), self.lang), level=2)
            headers = [self.t("item"), self.t("answer")] + (
                [self.t("evidence_note")] if notes else []
            )
            fractions = [0.45, 0.2, 0.35] if notes else [0.65, 0.35]
            self.table(headers, rows, fractions)

    def overrides(self, results: Results) -> None:
        """Every override of a computed result, with who made it and why."""
        if not results.overrides:
            return
        self.heading(self.t("overrides"), level=2)
        rows = []
        for override in results.overrides:
            part = results.result(override.result)
            vocabulary = part.vocabulary if part is not None else "rating"
            prefix = "rating" if vocabulary == "risk" else vocabulary
            rows.append(
                [
                    (part.title if part is not None and part.id != "overall" else "")
                    or self.t("overall"),
                    self.t.term(prefix, override.computed),
                    self.t.term(prefix, override.value),
                    f"{override.justification} ({override.by})"
                    if override.by
                    else override.justification,
                ]
            )
        self.table(
            [self.t("result"), self.t("computed"), self.t("override"), self.t("justification")],
            rows,
            [0.2, 0.15, 0.15, 0.5],
        )

    def gaps(self, results: Results, doc: TemplateDocument) -> None:
        gaps = results.gaps
        self.heading(self.t("gaps"))
        if not gaps:
            self.none()
            return
        rows = []
        for gap in gaps:
            ref = doc.items.get(gap.item_id)
            text = doc.text(ref.item.get("text"), self.lang) if ref else gap.text
            rows.append(
                [
                    self.section_title(doc, gap.section_id),
                    text,
                    self.t.term("rating", gap.risk) or str(gap.answer or ""),
                ]
            )
        self.table([self.t("section"), self.t("item"), self.t("rating")], rows, [0.28, 0.52, 0.2])

    def actions(self, actions: Sequence[Action], *, heading: str, reviews: bool = False) -> None:
        self.heading(heading)
        if not actions:
            self.none()
            return
        rows = []
        for action in actions:
            row = [
                action.title,
                action.owner,
                self.day(action.due_date),
                self.t.term("status", action.status),
            ]
            if reviews:
                row.append(
                    "\n".join(
                        f"{n.get('date', '')}: {n.get('note', '')}" for n in action.review_notes
                    )
                )
            rows.append(row)
        headers = [self.t("action"), self.t("owner"), self.t("due"), self.t("status")]
        fractions = [0.46, 0.22, 0.14, 0.18]
        if reviews:
            headers.append(self.t("review_notes"))
            fractions = [0.32, 0.16, 0.12, 0.12, 0.28]
        self.table(headers, rows, fractions)


# --- the report kinds ------------------------------------------------------------------


def due_diligence(story: Story, assessment: Assessment) -> None:
    t, session = story.t, story.session
    doc = story.template(assessment)
    results = story.results(assessment)
    story.title(t("report.due_diligence"))
    story.assessment_facts(assessment, doc)

    story.heading(t("risk_rating"))
    recommended = assessment.recommended_decision or results.recommended_decision
    story.fields(
        [
            (t("risk_rating"), story.word(results.overall, results.rating)),
            (t("recommended_decision"), t.term("decision", recommended)),
            (t("decision"), t.term("decision", assessment.decision)),
            (t("conditions"), assessment.conditions),
        ]
    )
    # Results keep reasons in English; the template has them in every language.
    rules = {r.get("id"): r for r in doc.body.get("risk_rules") or [] if isinstance(r, dict)}
    reasons = [
        doc.text(rules.get(r.id, {}).get("reason"), story.lang) or r.reason
        for r in results.rules_applied
    ]
    if any(reasons):
        story.fields([(t("reasons"), "\n".join(r for r in reasons if r))])
    story.section_scores(results, doc)
    story.overrides(results)

    story.heading(t("checklist"))
    story.answers_by_section(assessment, doc)

    story.heading(t("attachments"))
    files = attachments_of(session, assessment=assessment)
    if files:
        story.table(
            [t("file"), t("item"), t("size")],
            [[f.filename, _item_text(doc, f.item_id, story.lang), _size(f.size)] for f in files],
            [0.45, 0.4, 0.15],
        )
        story.photos(files)
    else:
        story.none()
    story.gaps(results, doc)
    _sign_off(story, assessment)


def capacity(story: Story, assessment: Assessment, *, title_key: str = "report.capacity") -> None:
    t, session = story.t, story.session
    doc = story.template(assessment)
    results = story.results(assessment)
    story.title(t(title_key))
    story.assessment_facts(assessment, doc)
    story.heading(t("sections"))
    story.section_scores(results, doc)
    story.overrides(results)

    comparison = compare_with_previous(session, assessment)
    _radar(story, results, comparison, doc)

    story.heading(t("change"))
    if comparison is None:
        story.paragraph(t("no_previous"))
    else:
        rows = [
            [
                story.section_title(doc, s["id"], s.get("title", "")),
                _num(s.get("before")),
                _num(s.get("after")),
                _signed(s.get("change")),
            ]
            for s in comparison["sections"]
            if s.get("before") is not None or s.get("after") is not None
        ]
        overall = comparison["overall"]
        rows.append(
            [
                t("overall"),
                _num(overall.get("before")),
                _num(overall.get("after")),
                _signed(overall.get("change")),
            ]
        )
        story.paragraph(f"{t('previous')}: {comparison.get('previous_date') or ''}")
        story.table(
            [t("section"), t("previous"), t("current"), t("difference")],
            rows,
            [0.49, 0.17, 0.17, 0.17],
        )

    other = other_perspective(session, assessment)
    if other is not None and other.template_version == assessment.template_version:
        pair = (
            (other, assessment)
            if other.respondent == RespondentRole.PARTNER_SELF
            else (assessment, other)
        )
        compared = compare_self_and_assessor(session, *pair)
        story.heading(t("self_vs_assessor"))
        story.table(
            [t("section"), t("self"), t("assessor"), t("difference")],
            [
                [
                    story.section_title(doc, s["id"], s.get("title", "")),
                    _num(s.get("self")),
                    _num(s.get("assessor")),
                    _signed(s.get("difference")),
                ]
                for s in compared["sections"]
                if s.get("self") is not None or s.get("assessor") is not None
            ],
            [0.49, 0.17, 0.17, 0.17],
        )
    story.gaps(results, doc)
    story.actions(actions_of_assessment(session, assessment), heading=t("development_plan"))
    story.heading(t("answers"))
    story.answers_by_section(assessment, doc)


def dialogue(story: Story, assessment: Assessment) -> None:
    capacity(story, assessment, title_key="report.dialogue")


def workshop(story: Story, partner: Partner, item: Workshop) -> None:
    t, session = story.t, story.session
    story.title(t("report.workshop"))
    dates = " - ".join(story.day(d) for d in (item.start_date, item.end_date) if d)
    story.fields(
        [
            (t("workshop"), item.title),
            (t("topic"), item.topic),
            (t("dates"), dates),
            (t("place"), item.place),
            (t("facilitators"), ", ".join(item.facilitators)),
            (t("partner"), partner.name),
        ]
    )
    story.heading(t("participants"))
    people = participants_of(session, item)
    names = {
        p.id: p.name
        for p in session.scalars(
            select(Partner).where(Partner.id.in_([x.partner_id for x in people if x.partner_id]))
        )
    }
    if people:
        story.table(
            [t("name"), t("role"), t("organisation")],
            [
                [
                    p.name or names.get(p.partner_id or "", ""),
                    p.role,
                    p.organisation or names.get(p.partner_id or "", ""),
                ]
                for p in people
            ],
            [0.35, 0.25, 0.4],
        )
    else:
        story.none()
    if item.co_design_input:
        story.heading(t("co_design"))
        story.paragraph(item.co_design_input)
    story.heading(t("notes"))
    story.paragraph(item.notes or t("none"))
    story.actions(follow_up_plan(session, item), heading=t("follow_up_plan"))
    if item.reviews_workshop_id:
        story.actions(earlier_plan(session, item), heading=t("previous_plan_review"), reviews=True)


# The report each assessment kind is printed as, and what builds it.
REPORT_OF_KIND = {
    AssessmentKind.DUE_DILIGENCE.value: "due-diligence",
    AssessmentKind.CAPACITY.value: "capacity",
    AssessmentKind.TWO_WAY.value: "capacity",
    AssessmentKind.PARTNERSHIP_DIALOGUE.value: "dialogue",
    AssessmentKind.WORKSHOP_REVIEW.value: "dialogue",
    AssessmentKind.PARTNER_SELECTION.value: "capacity",
}
ASSESSMENT_REPORTS: dict[str, Callable[[Story, Assessment], None]] = {
    "due-diligence": due_diligence,
    "capacity": capacity,
    "dialogue": dialogue,
}


def dossier(
    story: Story,
    partner: Partner,
    *,
    latest_only: bool = False,
    built: Callable[[int, int], None] | None = None,
) -> None:
    """The partner dossier (see the module docstring): the title and contents, then each
    part on its own pages. ``built(done, total)`` is called as each part is built."""
    t = story.t
    parts = dossier_parts(story, partner, latest_only=latest_only)
    if built is not None:
        built(0, len(parts))
    story.title(t("report.dossier"))
    story.flowables.append(text_flowable(_partner_name(partner), story.lang, size=13, bold=True))
    story.flowables.append(Spacer(1, 2 * mm))
    story.paragraph(t("scope.latest" if latest_only else "scope.all"))
    story.heading(t("contents"))
    story.flowables.append(Contents(story.lang, [(0, p.entry, 0, p.key) for p in parts]))
    for index, part in enumerate(parts, start=1):
        story.check()
        story.begin_part(part)
        part.build(story)
        if built is not None:
            built(index, len(parts))


def dossier_parts(story: Story, partner: Partner, *, latest_only: bool = False) -> list[Part]:
    """The dossier's parts in order, each with its contents line."""
    t, session = story.t, story.session
    everything = assessments_of(session, partner)  # oldest first
    chosen = list(reversed(everything))
    if latest_only:
        chosen = list(_latest_of_each_kind(everything).values())
    order = {kind.value: index for index, kind in enumerate(AssessmentKind)}
    chosen.sort(key=lambda a: order.get(a.assessment_kind, len(order)))  # stable: newest first
    workshops = workshops_of_partner(session, partner)  # newest first
    if latest_only:
        workshops = workshops[:1]

    parts = [
        Part(
            "part-profile",
            t("profile_summary"),
            _partner_name(partner),
            lambda s: _profile_and_summary(s, partner, everything),
        )
    ]
    comma = "\u060c " if story.rtl else ", "  # the Arabic comma in right-to-left reports
    for a in chosen:
        line = comma.join(
            x
            for x in (
                story.template(a).title(story.lang),
                story.day(a.assessed_on),
                t.term("status", a.status) if a.status == AssessmentStatus.DRAFT else "",
            )
            if x
        )
        build = ASSESSMENT_REPORTS[REPORT_OF_KIND[a.assessment_kind]]
        parts.append(Part(f"part-{a.id}", line, line, partial(_full_report, build, a)))
    for w in workshops:
        days = dict.fromkeys(d for d in (w.start_date, w.end_date) if d)  # a one-day one once
        dates = " - ".join(story.day(d) for d in days)
        line = comma.join(x for x in (w.title, dates) if x)
        parts.append(
            Part(
                f"part-{w.id}",
                f"{t('workshop')}: {line}",
                line,
                partial(workshop, partner=partner, item=w),
            )
        )
    return parts


def _full_report(
    build: Callable[[Story, Assessment], None], assessment: Assessment, story: Story
) -> None:
    build(story, assessment)


def _latest_of_each_kind(everything: Sequence[Assessment]) -> dict[str, Assessment]:
    latest: dict[str, Assessment] = {}
    for a in everything:  # oldest first: the last one of a kind wins
        latest[a.assessment_kind] = a
    return latest


def _partner_name(partner: Partner) -> str:
    return f"{partner.name} ({partner.acronym})" if partner.acronym else partner.name


def _profile_and_summary(story: Story, partner: Partner, everything: Sequence[Assessment]) -> None:
    t, session = story.t, story.session
    story.title(t("profile_summary"))
    story.heading(t("profile"))
    story.fields(
        [
            (t("partner"), _partner_name(partner)),
            (t("country"), partner.country),
            (t("type"), t.term("partner_type", partner.type)),
            (t("category"), t.term("category", partner.category)),
            (t("modality"), t.term("modality", partner.modality)),
            (t("phase"), t.term("phase", partner.phase)),
            (t("relationship_owner"), partner.relationship_owner),
        ]
    )
    for key, value in (
        ("mandate", partner.mandate),
        ("governance", partner.governance),
        ("local_anchoring", partner.local_anchoring),
    ):
        if value:
            story.heading(t(key), level=2)
            story.paragraph(value)

    story.heading(t("assessments"))
    if everything:
        rows = []
        for a in reversed(everything):
            story.check()
            results = story.results(a)
            doc = story.template(a)
            rows.append(
                [
                    story.day(a.assessed_on),
                    doc.title(story.lang),
                    t.term("status", a.status),
                    story.score_text(results.overall),
                    story.word(results.overall, results.rating),
                ]
            )
        story.table(
            [t("date"), t("template"), t("status"), t("score"), t("rating")],
            rows,
            [0.14, 0.44, 0.14, 0.12, 0.16],
        )
    else:
        story.none()

    latest = _latest_of_each_kind(everything)
    story.heading(t("latest"))
    for kind in AssessmentKind:
        last = latest.get(kind.value)
        if last is None:
            continue
        story.check()
        doc = story.template(last)
        results = story.results(last)
        story.heading(doc.title(story.lang), level=2)
        story.fields(
            [
                (t("date"), story.day(last.assessed_on)),
                (t("status"), t.term("status", last.status)),
                (t("rating"), story.word(results.overall, results.rating)),
                (t("decision"), t.term("decision", last.decision)),
                (t("conditions"), last.conditions),
            ]
        )
        story.section_scores(results, doc)
    story.actions(actions_of_partner(session, partner, open_only=True), heading=t("open_actions"))


# --- helpers --------------------------------------------------------------------------


def _radar(
    story: Story, results: Results, comparison: dict[str, Any] | None, doc: TemplateDocument
) -> None:
    scored = [s for s in results.sections if not s.parent and s.percent is not None]
    if len(scored) < 3:
        return
    previous = None
    if comparison is not None:
        before = {s["id"]: s for s in comparison["sections"]}
        span = {s.id: (s.min, s.max) for s in scored}
        values: list[float] = []
        for s in scored:
            low, high = span[s.id]
            b = before.get(s.id, {}).get("before")
            if b is None or low is None or high is None or high == low:
                values = []
                break
            values.append(100 * (b - low) / (high - low))
        previous = values or None
    drawing = radar_chart(
        [story.section_title(doc, s.id, s.title) for s in scored],
        [float(s.percent or 0.0) for s in scored],
        previous,
        lang=story.lang,
        width=story.width,
    )
    drawing.hAlign = "RIGHT" if story.rtl else "CENTER"
    heading = text_flowable(story.t("radar"), story.lang, size=10.5, bold=True, colour=HEADING_BLUE)
    story.flowables.append(KeepTogether([Spacer(1, 3 * mm), heading, drawing]))


def _sign_off(story: Story, assessment: Assessment) -> None:
    t = story.t
    story.heading(t("sign_off"))
    blank = "_" * 28
    story.table(
        ["", t("name"), t("signature"), t("date")],
        [
            [t("prepared_by"), ", ".join(assessment.assessors), blank, blank[:14]],
            [t("approved_by"), assessment.approved_by, blank, blank[:14]],
        ],
        [0.2, 0.3, 0.3, 0.2],
    )


def _item_text(doc: TemplateDocument, item_id: str, lang: str) -> str:
    ref = doc.items.get(item_id)
    return text_of(ref.item.get("text"), lang) if ref else ""


PHOTO_TYPES = frozenset({"image/jpeg", "image/png"})
PHOTO_WIDTH = 80 * mm
PHOTO_HEIGHT = 90 * mm


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _num(value: float | None) -> str:
    return "" if value is None else f"{round(value, 2):g}"


def _signed(value: float | None) -> str:
    return "" if value is None else f"{round(value, 2):+g}"
