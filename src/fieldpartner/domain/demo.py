"""The demo vault: fictional but realistic data for trying FieldPartner and for benchmarks.

``populate_demo`` fills an unlocked vault with partners in English, French, Spanish and
Arabic, their contacts, projects across the three due-diligence tiers with reporting
schedules, assessments answered against the built-in templates, workshops with
participants and follow-up plans, and a few photographed documents and PDFs.

Every phrase lives in the shipped ``demo/*.json`` (``resources/demo/`` in the repository); this module only combines them. The
result depends only on the seed, the vault's clock, the templates and the vault's
due-diligence thresholds, so two vaults made alike hold the same records.

Records are written in batches with ``revisions.bulk_create``, each batch its own
transaction; a ``progress`` callback that raises stops the work between batches, leaving
what was committed (the CLI then wipes the half-made demo vault).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from fieldpartner.domain import ids
from fieldpartner.domain.models import (
    Action,
    ActionSource,
    ActionStatus,
    Answer,
    Assessment,
    AssessmentKind,
    AssessmentStatus,
    Attachment,
    Blob,
    CallType,
    Contact,
    Decision,
    Modality,
    Partner,
    PartnershipCategory,
    PartnerType,
    Phase,
    Project,
    ProjectStatus,
    RespondentRole,
    ScheduledReport,
    ScheduleKind,
    ScheduleStatus,
    Sensitivity,
    SyncedRecord,
    Template,
    Workshop,
    WorkshopParticipant,
)
from fieldpartner.domain.partners import check_partner_values
from fieldpartner.domain.problems import Message
from fieldpartner.domain.projects import thresholds_from_settings, tier_for_amount
from fieldpartner.domain.results import Results
from fieldpartner.domain.revisions import RecordContext, bulk_create
from fieldpartner.domain.scoring import AssessmentFacts, GivenAnswer, compute_results
from fieldpartner.domain.templates.answers import CheckedAnswer, evidence_needed, evidence_problem
from fieldpartner.domain.templates.document import ItemRef, TemplateDocument
from fieldpartner.domain.templates.store import builtin_template_files, read_template_file
from fieldpartner.resources import resource_path, resources_root

if TYPE_CHECKING:  # the vault package imports domain; only the type is needed here
    from fieldpartner.vault import Vault

Progress = Callable[[int, int], None]


CHECKLIST_VALUES = ("yes", "no", "partly", "not_applicable")
BATCH_ROWS = 20_000
MB = 1024 * 1024


@dataclass(frozen=True)
class DemoPlan:
    """How much of each thing a demo vault holds."""

    partners: int
    assessments: int
    answers: int
    actions: int
    workshops: int
    attachments: int
    attachment_bytes: int


SIZES: dict[str, DemoPlan] = {
    "small": DemoPlan(
        partners=40,
        assessments=24,
        answers=600,
        actions=80,
        workshops=8,
        attachments=10,
        attachment_bytes=3 * MB,
    ),
    # DESIGN.md "Performance": the reference vault the benchmarks run against.
    "large": DemoPlan(
        partners=2_000,
        assessments=10_000,
        answers=400_000,
        actions=20_000,
        workshops=3_000,
        attachments=500,
        attachment_bytes=200 * MB,
    ),
}


@dataclass(frozen=True)
class DemoSummary:
    """What ``populate_demo`` created: records per kind and the attachment volume."""

    size: str
    seed: int
    counts: dict[str, int]
    attachment_bytes: int
    templates: list[str] = field(default_factory=list)


class DemoError(Exception):
    """The demo data cannot be made (missing resources, unknown size)."""


# --- resources ------------------------------------------------------------------------------


def resources_dir() -> Path:
    """The shipped resources folder, which holds ``demo/`` (see ``fieldpartner.resources``)."""
    return resources_root()


def load_phrases() -> dict[str, Any]:
    return json.loads(resource_path("demo", "phrases.json").read_text(encoding="utf-8"))


def load_demo_templates() -> list[dict[str, Any]]:
    """The built-in templates, plus the demo's own for assessment kinds they lack."""
    documents = [read_template_file(path) for path in builtin_template_files()]
    documents = [d for d in documents if d.get("id") and d.get("kind")]
    # Kinds no built-in template covers yet get the demo's own small template.
    covered = {d["kind"] for d in documents}
    for path in sorted(resource_path("demo").glob("demo_template*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("kind") not in covered:
            documents.append(document)
            covered.add(document["kind"])
    if not documents:
        raise DemoError(Message("demo_no_template", "no assessment template found for the demo"))
    return documents


@dataclass(frozen=True)
class TemplateItem:
    id: str
    type: str
    levels: tuple[int, ...] = ()
    options: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    allow_na: bool = False
    unit: str = ""


@dataclass
class LoadedTemplate:
    key: str
    version: int
    kind: str
    title: str
    items: list[TemplateItem]
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def respondent(self) -> str:
        return str(self.body.get("respondent") or RespondentRole.ASSESSOR.value)

    def applicable(self, tier: str) -> list[TemplateItem]:
        """Items a person would answer for this tier (file evidence is attached, not typed)."""
        return [
            item
            for item in self.items
            if item.type not in ("file", "computed") and (not item.tiers or tier in item.tiers)
        ]


def _label(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("en") or next(iter(value.values()), ""))
    return str(value or "")


def walk_items(sections: Sequence[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every item of a template, depth first, in the order a form shows them."""
    for section in sections:
        yield from section.get("items", []) or []
        yield from walk_items(section.get("sections", []) or [])


def read_template(document: dict[str, Any]) -> LoadedTemplate:
    scales = document.get("scales", {}) or {}
    items = []
    for raw in walk_items(document.get("sections", []) or []):
        if not isinstance(raw, dict) or not raw.get("id"):
            continue
        levels: tuple[int, ...] = ()
        if raw.get("type") == "scored":
            scale = scales.get(raw.get("scale"), {}) if isinstance(raw.get("scale"), str) else {}
            levels = tuple(
                int(level["value"])
                for level in scale.get("levels", [])
                if isinstance(level, dict) and isinstance(level.get("value"), int)
            ) or (1, 2, 3, 4)
        options = tuple(
            str(option["value"])
            for option in raw.get("options", []) or []
            if isinstance(option, dict) and "value" in option
        )
        items.append(
            TemplateItem(
                id=str(raw["id"]),
                type=str(raw.get("type", "")),
                levels=levels,
                options=options,
                tiers=tuple(raw.get("applies_to_tiers", []) or ()),
                minimum=raw.get("min") if isinstance(raw.get("min"), (int, float)) else None,
                maximum=raw.get("max") if isinstance(raw.get("max"), (int, float)) else None,
                allow_na=bool(raw.get("allow_na", True)),
                unit=str(raw.get("unit", "")),
            )
        )
    return LoadedTemplate(
        key=str(document["id"]),
        version=int(document.get("version", 1)),
        kind=str(document["kind"]),
        title=_label(document.get("title")) or str(document["id"]),
        items=items,
        body=document,
    )


# --- the generator ---------------------------------------------------------------------------


@dataclass
class _PartnerInfo:
    id: str
    name: str
    lang: str
    country: str
    city: str
    type: str
    phase: str
    strength: float  # 1..4: how developed the organisation is; answers follow it
    contacts: list[str] = field(default_factory=list)
    # (project id, tier, amount)
    projects: list[tuple[str, str, Decimal]] = field(default_factory=list)


@dataclass
class _AssessmentInfo:
    id: str
    partner: _PartnerInfo
    template: LoadedTemplate
    tier: str
    status: str
    assessed_on: date
    assessors: list[str]
    amount: Decimal | None = None
    respondent: str = RespondentRole.ASSESSOR.value
    row: dict[str, Any] = field(default_factory=dict)


TYPE_WEIGHTS = {
    PartnerType.NATIONAL_NGO: 30,
    PartnerType.REGIONAL_NGO: 10,
    PartnerType.INTERNATIONAL_NGO: 6,
    PartnerType.NETWORK: 8,
    PartnerType.RESEARCH_INSTITUTE: 6,
    PartnerType.PROFESSIONAL_BODY: 5,
    PartnerType.MONITORING_BODY: 5,
    PartnerType.INTERGOVERNMENTAL_BODY: 2,
    PartnerType.GOVERNMENT_AGENCY: 3,
    PartnerType.NHRI: 3,
    PartnerType.FOUNDATION_OR_DONOR: 3,
    PartnerType.OTHER: 3,
}
# Organisations mapped around a partner rather than funded through projects.
NOT_FUNDED = {
    PartnerType.INTERGOVERNMENTAL_BODY.value,
    PartnerType.GOVERNMENT_AGENCY.value,
    PartnerType.FOUNDATION_OR_DONOR.value,
}
KIND_WEIGHTS = {
    AssessmentKind.DUE_DILIGENCE.value: 35,
    AssessmentKind.CAPACITY.value: 30,
    AssessmentKind.PARTNERSHIP_DIALOGUE.value: 15,
    AssessmentKind.TWO_WAY.value: 10,
    AssessmentKind.WORKSHOP_REVIEW.value: 10,
    AssessmentKind.PARTNER_SELECTION.value: 5,
}


class _DemoBuilder:
    def __init__(
        self,
        vault: Vault,
        plan: DemoPlan,
        seed: int,
        progress: Progress | None,
        phrases: dict[str, Any],
        templates: list[dict[str, Any]],
    ) -> None:
        self.vault = vault
        self.plan = plan
        self.rng = random.Random(seed)
        self.progress = progress
        self.phrases = phrases
        self.documents = templates
        self.context: RecordContext = vault.record_context()
        self.now = self.context.clock.now().astimezone(UTC)
        self.today = self.now.date()
        # Ids are time-ordered as if made over the last day, so id prefixes stay useful.
        self._id_ms = int(self.now.timestamp() * 1000) - 86_400_000
        self.counts: dict[str, int] = {}
        self.attachment_bytes = 0
        self.done = 0
        self.total = (
            plan.partners * 6
            + plan.assessments
            + plan.answers
            + plan.actions
            + plan.workshops * 6
            + plan.attachments * 200
        )
        self.partners: list[_PartnerInfo] = []
        self.assessments: list[_AssessmentInfo] = []
        self.workshops: list[tuple[str, list[_PartnerInfo], date]] = []
        self.templates: list[LoadedTemplate] = []
        self.used_names: set[str] = set()
        self.thresholds = thresholds_from_settings(vault)

    # --- helpers ---------------------------------------------------------------------

    def new_id(self) -> str:
        self._id_ms += self.rng.randint(1, 40)
        return ids.uuid7(self._id_ms, self.rng.randbytes(10))

    def tick(self, units: int) -> None:
        self.done = min(self.total, self.done + units)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def store(self, model: type[SyncedRecord], rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), BATCH_ROWS):
            with self.vault.transaction() as session:
                bulk_create(session, model, rows[start : start + BATCH_ROWS], self.context)
        self.counts[model.kind] = self.counts.get(model.kind, 0) + len(rows)

    def lang(self, code: str) -> dict[str, Any]:
        return self.phrases["languages"][code]

    def shared(self, key: str) -> list[str]:
        return self.phrases["shared"][key]

    def pick(self, values: Sequence[Any]) -> Any:
        return values[self.rng.randrange(len(values))]

    def day_between(self, start: date, end: date) -> date:
        span = max((end - start).days, 0)
        return start + timedelta(days=self.rng.randint(0, span))

    def staff(self, count: int = 1) -> list[str]:
        return self.rng.sample(self.shared("staff"), count)

    def person(self, lang: str) -> str:
        phrases = self.lang(lang)
        return f"{self.pick(phrases['first_names'])} {self.pick(phrases['last_names'])}"

    def spread(self, index: int, weights: dict[Any, int]) -> str:
        """Every value once among the first records, then by weight (realistic, yet complete)."""
        values = list(weights)
        if index < len(values):
            return str(values[index].value if hasattr(values[index], "value") else values[index])
        chosen = self.rng.choices(values, weights=list(weights.values()))[0]
        return str(chosen.value if hasattr(chosen, "value") else chosen)

    # --- templates ---------------------------------------------------------------------

    def build_templates(self) -> None:
        with self.vault.session() as session:
            present: set[tuple[str, int]] = {
                (key, version)
                for key, version in session.execute(select(Template.template_key, Template.version))
            }
        rows = []
        for document in self.documents:
            loaded = read_template(document)
            self.templates.append(loaded)
            if (loaded.key, loaded.version) in present:
                continue
            present.add((loaded.key, loaded.version))
            rows.append(
                {
                    "id": self.new_id(),
                    "template_key": loaded.key,
                    "version": loaded.version,
                    "assessment_kind": loaded.kind,
                    "title": loaded.title,
                    "origin": "builtin",
                    "body": document,
                }
            )
        self.store(Template, rows)

    # --- partners, contacts, projects -------------------------------------------------------

    def partner_name(self, lang: str, country: str, city: str) -> str:
        phrases = self.lang(lang)
        for attempt in range(20):
            pattern = self.pick(phrases["name_patterns"])
            if attempt > 10 and "{city}" not in pattern:
                continue
            name = pattern.format(
                form=self.pick(phrases["org_forms"]), cause=self.pick(phrases["causes"]), city=city
            )
            if name not in self.used_names:
                break
        else:
            name = f"{name} ({city}, {len(self.used_names)})"
        self.used_names.add(name)
        return str(name)

    def acronym(self, lang: str, name: str) -> str:
        if lang == "ar":
            return str(self.pick(self.lang("ar")["acronyms"])) if self.rng.random() < 0.6 else ""
        letters = [w[0] for w in name.replace("'", " ").split() if w[:1].isupper()]
        return "".join(letters)[:8] if len(letters) >= 2 else ""

    def build_partners(self) -> None:
        weights = self.phrases["language_weights"]
        langs = list(weights)
        rows = []
        for index in range(self.plan.partners):
            # The first partners cover every language, then the weights take over.
            lang = (
                langs[index]
                if index < len(langs)
                else self.rng.choices(langs, weights=[weights[code] for code in langs])[0]
            )
            phrases = self.lang(lang)
            country = self.pick(phrases["countries"])
            city = self.pick(self.phrases["cities"].get(country, [""]))
            name = self.partner_name(lang, country, city)
            cause = self.pick(phrases["causes"])
            ptype = self.spread(index, TYPE_WEIGHTS)
            phase = self.spread(index, {p: 1 for p in Phase} | {Phase.IMPLEMENTING: 4})
            row = {
                "id": self.new_id(),
                "name": name,
                "acronym": self.acronym(lang, name),
                "country": country,
                "region": city,
                "type": ptype,
                "mandate": self.pick(phrases["mandates"]).format(
                    cause=cause, cause_lower=cause.lower()
                ),
                "history": self.pick(phrases["histories"]).format(
                    year=self.rng.randint(1985, 2021)
                ),
                "governance": self.pick(self.shared("governance")),
                "local_anchoring": self.pick(self.shared("local_anchoring")),
                "affiliations": self.pick(self.shared("affiliations")),
                "category": self.spread(index, {c: 1 for c in PartnershipCategory}),
                "modality": self.spread(index, {m: 1 for m in Modality} | {Modality.PILOT: 2}),
                "phase": phase,
                "exit_criteria": self.pick(self.shared("exit_criteria")),
                "relationship_owner": self.staff()[0],
                "sensitivity": self.spread(
                    index,
                    {
                        Sensitivity.STANDARD: 6,
                        Sensitivity.SENSITIVE: 3,
                        Sensitivity.HIGH_RISK: 1,
                    },
                ),
                "tags": self.rng.sample(self.shared("tags"), self.rng.randint(0, 3)),
                "notes": self.pick(phrases["notes"]),
            }
            check_partner_values({k: v for k, v in row.items() if k != "id"}, creating=True)
            rows.append(row)
            self.partners.append(
                _PartnerInfo(
                    id=row["id"],
                    name=name,
                    lang=lang,
                    country=country,
                    city=city,
                    type=ptype,
                    phase=phase,
                    strength=min(4.0, max(1.0, self.rng.gauss(2.7, 0.7))),
                )
            )
        self.store(Partner, rows)
        self.tick(self.plan.partners * 2)

    def build_contacts(self) -> None:
        rows = []
        domains = self.shared("email_domains")
        for partner in self.partners:
            for _ in range(self.rng.randint(1, 4)):
                name = self.person(partner.lang)
                handle = f"contact{self.rng.randint(100, 999)}"
                channels = [
                    {"kind": "email", "value": f"{handle}@{self.pick(domains)}"},
                    {"kind": "phone", "value": f"+00 555 01{self.rng.randint(0, 99):02d}"},
                ]
                if self.rng.random() < 0.5:
                    channels.append(
                        {"kind": "signal", "value": f"{handle}.{self.rng.randint(1, 99):02d}"}
                    )
                if self.rng.random() < 0.3:
                    channels.append({"kind": "whatsapp", "value": channels[1]["value"]})
                rows.append(
                    {
                        "id": self.new_id(),
                        "partner_id": partner.id,
                        "name": name,
                        "role": self.pick(self.shared("roles")),
                        "channels": channels,
                        "notes": "Fictional contact for the demo vault.",
                    }
                )
                partner.contacts.append(name)
        self.store(Contact, rows)
        self.tick(self.plan.partners)

    def project_amount(self, index: int) -> Decimal:
        """An amount in one of the three tiers of the vault's thresholds (REDRESS by default)."""
        small, medium = int(self.thresholds.small_max), int(self.thresholds.medium_max)
        tiers = ("small", "medium", "large")
        tier = tiers[index] if index < 3 else self.rng.choices(tiers, weights=[3, 4, 3])[0]
        if tier == "small":
            value = self.rng.randint(max(1, small // 4), small)
        elif tier == "medium":
            value = self.rng.randint(small + 1, medium)
        else:
            value = int(math.exp(self.rng.uniform(math.log(medium + 1), math.log(medium * 25))))
        # Round down to a round figure that stays inside the chosen tier.
        step = 50 if value > 1000 else 10
        rounded = value - value % step
        floor = {"small": 0, "medium": small, "large": medium}[tier]
        return Decimal(rounded if rounded > floor else value)

    def build_projects(self) -> None:
        projects, schedules = [], []
        counter = 0
        for partner in self.partners:
            if partner.type in NOT_FUNDED:
                continue
            for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
                amount = self.project_amount(counter)
                counter += 1
                tier = str(tier_for_amount(amount, self.thresholds.currency, self.thresholds))
                start = self.day_between(self.today - timedelta(days=4 * 365), self.today)
                end = start + timedelta(days=30 * self.rng.choice((6, 12, 18, 24, 36)))
                status = self.project_status(partner.phase, start, end)
                project_id = self.new_id()
                signed = (
                    start - timedelta(days=self.rng.randint(7, 30))
                    if status not in ("proposed", "under_review")
                    else None
                )
                projects.append(
                    {
                        "id": project_id,
                        "partner_id": partner.id,
                        "title": self.pick(self.lang(partner.lang)["project_titles"]),
                        "call": self.rng.choice((CallType.TARGETED.value, CallType.OPEN.value)),
                        "amount": amount,
                        "currency": self.thresholds.currency,
                        "back_donor": self.pick(self.shared("back_donors")),
                        "start_date": start,
                        "end_date": end,
                        "due_diligence_tier": tier,
                        "agreement_signed": signed,
                        "status": status,
                        "termination_reason": (
                            "Agreement ended early after repeated late financial reports."
                            if status == ProjectStatus.TERMINATED.value
                            else ""
                        ),
                        "notes": self.pick(self.shared("project_notes")),
                    }
                )
                partner.projects.append((project_id, tier, amount))
                if signed is not None:
                    schedules += self.schedule_rows(project_id, tier, start, end)
        self.store(Project, projects)
        self.store(ScheduledReport, schedules)
        self.tick(self.plan.partners * 3)

    def project_status(self, phase: str, start: date, end: date) -> str:
        if phase == Phase.PREPARING.value:
            return self.rng.choice((ProjectStatus.PROPOSED.value, ProjectStatus.UNDER_REVIEW.value))
        if end < self.today:
            return (
                ProjectStatus.TERMINATED.value
                if self.rng.random() < 0.05
                else ProjectStatus.COMPLETED.value
            )
        if start > self.today:
            return ProjectStatus.APPROVED.value
        return (
            ProjectStatus.SUSPENDED.value
            if self.rng.random() < 0.03
            else ProjectStatus.ACTIVE.value
        )

    def schedule_rows(
        self, project_id: str, tier: str, start: date, end: date
    ) -> list[dict[str, Any]]:
        rows = []
        months = 3 if tier == "large" else 6
        due = start + timedelta(days=30 * months)
        plan: list[tuple[str, date]] = []
        while due <= end + timedelta(days=31):
            plan.append((ScheduleKind.NARRATIVE_REPORT.value, due))
            plan.append((ScheduleKind.FINANCIAL_REPORT.value, due + timedelta(days=14)))
            due += timedelta(days=30 * months)
        plan.append((ScheduleKind.MONITORING_VISIT.value, start + (end - start) / 2))
        if tier == "large":
            plan.append((ScheduleKind.AUDIT.value, end + timedelta(days=90)))
        for kind, due_date in plan[:10]:
            done, status, note = None, ScheduleStatus.DUE.value, ""
            if due_date < self.today and self.rng.random() < 0.88:
                done = due_date + timedelta(days=self.rng.randint(-5, 40))
                done = min(done, self.today)
                status = self.rng.choice(
                    (
                        ScheduleStatus.RECEIVED.value,
                        ScheduleStatus.ACCEPTED.value,
                        ScheduleStatus.ACCEPTED.value,
                    )
                )
                note = self.pick(self.shared("schedule_notes"))
            elif due_date < self.today and self.rng.random() < 0.2:
                status = ScheduleStatus.WAIVED.value
                note = "Waived: visit replaced by a remote check."
            rows.append(
                {
                    "id": self.new_id(),
                    "project_id": project_id,
                    "schedule_kind": kind,
                    "due_date": due_date,
                    "done_date": done,
                    "status": status,
                    "notes": note,
                }
            )
        return rows

    # --- workshops ---------------------------------------------------------------------

    def build_workshops(self) -> None:
        workshops, participants = [], []
        by_topic: dict[str, list[str]] = {}
        dates = sorted(
            self.day_between(self.today - timedelta(days=4 * 365), self.today + timedelta(days=60))
            for _ in range(self.plan.workshops)
        )
        for start in dates:
            topic = self.pick(self.shared("workshop_topics"))
            workshop_id = self.new_id()
            attendees = self.rng.sample(
                self.partners, min(len(self.partners), self.rng.randint(3, 8))
            )
            host = attendees[0]
            earlier = by_topic.get(topic, [])
            workshops.append(
                {
                    "id": workshop_id,
                    "title": self.pick(self.shared("workshop_titles")).format(topic=topic),
                    "topic": topic,
                    "start_date": start,
                    "end_date": start + timedelta(days=self.rng.randint(0, 2)),
                    "place": host.city or self.pick(self.shared("places")),
                    "facilitators": self.staff(self.rng.randint(1, 2)),
                    "co_design_input": self.pick(self.shared("co_design_input")),
                    "notes": "" if start > self.today else self.pick(self.shared("workshop_notes")),
                    "reviews_workshop_id": (
                        earlier[-1] if earlier and self.rng.random() < 0.5 else None
                    ),
                }
            )
            by_topic.setdefault(topic, []).append(workshop_id)
            for partner in attendees:
                for _ in range(self.rng.choice((1, 1, 2))):
                    participants.append(
                        {
                            "id": self.new_id(),
                            "workshop_id": workshop_id,
                            "partner_id": partner.id,
                            "name": self.pick(partner.contacts)
                            if partner.contacts
                            else self.person(partner.lang),
                            "role": self.pick(self.shared("roles")),
                            "organisation": partner.name,
                        }
                    )
            self.workshops.append((workshop_id, attendees, start))
        self.store(Workshop, workshops)
        self.store(WorkshopParticipant, participants)
        self.tick(self.plan.workshops * 6)

    # --- assessments and answers ---------------------------------------------------------

    def build_assessments(self) -> None:
        by_kind: dict[str, list[LoadedTemplate]] = {}
        for template in self.templates:
            by_kind.setdefault(template.kind, []).append(template)
        funded = [p for p in self.partners if p.projects]
        kinds = [k for k in by_kind if k != AssessmentKind.DUE_DILIGENCE.value or funded]
        if not kinds:
            raise DemoError(
                Message(
                    "demo_no_usable_template", "no template can be used for the demo's assessments"
                )
            )
        weights = [KIND_WEIGHTS.get(k, 10) for k in kinds]
        rows = []
        for index in range(self.plan.assessments):
            kind = (
                kinds[index] if index < len(kinds) else self.rng.choices(kinds, weights=weights)[0]
            )
            template = self.pick(by_kind[kind])
            tier, project_id, amount = "", None, None
            if kind == AssessmentKind.DUE_DILIGENCE.value:
                partner = self.pick(funded)
                project_id, tier, amount = self.pick(partner.projects)
            else:
                partner = self.pick(self.partners)
            assessed_on = self.day_between(self.today - timedelta(days=4 * 365), self.today)
            age = (self.today - assessed_on).days
            status = self.assessment_status(index, age)
            assessors = self.staff(self.rng.randint(1, 2))
            finalised = None
            if status != AssessmentStatus.DRAFT.value:
                finalised = min(
                    self.now,
                    datetime.combine(
                        assessed_on + timedelta(days=self.rng.randint(1, 20)), time(10), tzinfo=UTC
                    ),
                )
            decision, conditions = "", ""
            if (
                status == AssessmentStatus.APPROVED.value
                and kind == AssessmentKind.DUE_DILIGENCE.value
            ):
                decision = self.rng.choices(
                    (
                        Decision.APPROVE.value,
                        Decision.APPROVE_WITH_CONDITIONS.value,
                        Decision.DECLINE.value,
                    ),
                    weights=(6, 3, 1),
                )[0]
                if decision == Decision.APPROVE_WITH_CONDITIONS.value:
                    conditions = self.pick(self.shared("conditions"))
            assessment_id = self.new_id()
            respondent = template.respondent
            if respondent == RespondentRole.BOTH.value:
                respondent = self.rng.choice(
                    (RespondentRole.ASSESSOR.value, RespondentRole.PARTNER_SELF.value)
                )
            rows.append(
                {
                    "id": assessment_id,
                    "partner_id": partner.id,
                    "project_id": project_id,
                    "assessment_kind": kind,
                    "template_key": template.key,
                    "template_version": template.version,
                    "tier": tier,
                    "respondent": respondent,
                    "title": f"{template.title} {assessed_on.year}",
                    "assessed_on": assessed_on,
                    "place": self.pick(self.shared("places"))
                    if self.rng.random() < 0.4
                    else partner.city,
                    "assessors": assessors,
                    "participants": self.rng.sample(
                        partner.contacts, min(len(partner.contacts), self.rng.randint(1, 3))
                    ),
                    "status": status,
                    "decision": decision,
                    "conditions": conditions,
                    "finalised_at": finalised,
                    "approved_by": (
                        self.staff()[0] if status == AssessmentStatus.APPROVED.value else ""
                    ),
                }
            )
            self.assessments.append(
                _AssessmentInfo(
                    assessment_id,
                    partner,
                    template,
                    tier,
                    status,
                    assessed_on,
                    assessors,
                    amount,
                    respondent,
                    rows[-1],
                )
            )
        # Stored with the answers: a final assessment's row carries the results they give.

    def assessment_status(self, index: int, age_days: int) -> str:
        statuses = (AssessmentStatus.DRAFT, AssessmentStatus.FINAL, AssessmentStatus.APPROVED)
        if index < len(statuses):
            return statuses[index].value
        if age_days < 60:
            weights = (6, 3, 1)
        elif age_days < 365:
            weights = (2, 4, 4)
        else:
            weights = (1, 3, 6)
        return self.rng.choices(statuses, weights=weights)[0].value

    def answer_counts(self) -> list[int]:
        """How many items each assessment answers, so the vault holds about the planned total.

        Finished assessments answer everything that applies, as finalising requires;
        drafts are filled top-down with what the plan leaves (nothing, if the finished
        ones already reach it).
        """
        capacity = [len(a.template.applicable(a.tier)) for a in self.assessments]
        target = self.plan.answers
        finished = [a.status != AssessmentStatus.DRAFT.value for a in self.assessments]
        full = sum(c for c, f in zip(capacity, finished, strict=True) if f)
        counts = []
        drafts_capacity = sum(capacity) - full
        remaining = max(0, target - full)
        for cap, is_finished in zip(capacity, finished, strict=True):
            if is_finished:
                counts.append(cap)
            else:
                share = round(cap * remaining / drafts_capacity) if drafts_capacity else 0
                share = min(cap, share, math.ceil(cap * 0.85))
                counts.append(share)
                remaining -= share
                drafts_capacity -= cap
        return counts

    def answer_value(
        self, item: TemplateItem, partner: _PartnerInfo, amount: Decimal | None = None
    ) -> tuple[Any, bool]:
        """A plausible answer to one item, or (None, True) for 'not applicable'."""
        rng = self.rng
        if item.allow_na and item.type != "checklist" and rng.random() < 0.03:
            return None, True
        if item.type == "scored":
            levels = sorted(item.levels)
            bottom, top = levels[0], levels[-1]
            wanted = bottom + (partner.strength - 1) / 3 * (top - bottom)
            value = round(min(top, max(bottom, rng.gauss(wanted, 0.8))))
            return min(levels, key=lambda level: abs(level - value)), False
        if item.type == "yes_no":
            good = (partner.strength - 1) / 3
            return rng.choices(("yes", "no"), weights=(2 + 6 * good, 3 - 2 * good))[0], False
        if item.type == "checklist":
            good = (partner.strength - 1) / 3
            na_weight = 0.5 if item.allow_na else 0.0
            word = rng.choices(
                CHECKLIST_VALUES, weights=(2 + 6 * good, 3 - 2 * good, 2, na_weight)
            )[0]
            return (None, True) if word == "not_applicable" else (word, False)
        if item.type == "single_choice" and item.options:
            return rng.choice(item.options), False
        if item.type == "multiple_choice" and item.options:
            picked = rng.sample(item.options, rng.randint(1, min(3, len(item.options))))
            return sorted(picked, key=item.options.index), False
        if item.type == "text":
            return self.pick(self.lang(partner.lang)["text_answers"]), False
        if item.type == "number":
            if amount is not None and "grant" in item.id:
                return int(amount), False
            low: float = item.minimum if item.minimum is not None else 0
            default_high = 2_000_000 if item.unit.upper() in ("GBP", "EUR", "USD") else 80
            high: float = item.maximum if item.maximum is not None else max(low + 1, default_high)
            if high - low > 10_000:
                spread = math.exp(rng.uniform(math.log(max(low, 1)), math.log(max(high, 2))))
                return int(round(spread, -2)), False
            return rng.randint(int(low), int(high)), False
        if item.type == "date":
            return self.day_between(
                self.today - timedelta(days=20 * 365), self.today
            ).isoformat(), False
        return None, False

    def build_answers(self) -> None:
        counts = self.answer_counts()
        evidence_by_lang = {
            code: self.lang(code)["evidence_notes"] for code in self.phrases["languages"]
        }
        rows: list[dict[str, Any]] = []
        for assessment, count in zip(self.assessments, counts, strict=True):
            notes = evidence_by_lang[assessment.partner.lang]
            answered: dict[str, tuple[Any, bool, str]] = {}
            for item in assessment.template.applicable(assessment.tier)[:count]:
                value, not_applicable = self.answer_value(
                    item, assessment.partner, assessment.amount
                )
                if value is None and not not_applicable:
                    continue
                note = ""
                if item.type in ("checklist", "scored") and self.rng.random() < 0.3:
                    note = self.pick(notes)
                answered[item.id] = (value, not_applicable, note)
            if assessment.status != AssessmentStatus.DRAFT.value:
                results = self.complete(assessment, answered, notes)
                assessment.row["results"] = results.to_json()
                assessment.row["recommended_decision"] = results.recommended_decision or ""
            for item_id, (value, not_applicable, note) in answered.items():
                rows.append(
                    {
                        "id": ids.answer_id(assessment.id, item_id),
                        "assessment_id": assessment.id,
                        "item_id": item_id,
                        "value": value,
                        "not_applicable": not_applicable,
                        "evidence_note": note,
                        "answered_by": self.pick(assessment.assessors),
                    }
                )
        self.store(Assessment, [a.row for a in self.assessments])
        self.tick(self.plan.assessments)
        for start in range(0, len(rows), BATCH_ROWS):
            batch = rows[start : start + BATCH_ROWS]
            self.store(Answer, batch)
            self.tick(len(batch))

    def complete(
        self,
        assessment: _AssessmentInfo,
        answered: dict[str, tuple[Any, bool, str]],
        notes: list[str],
    ) -> Results:
        """Answer what a final assessment must have answered and give each answer the
        evidence its item requires, by the same rules finalising applies (applicability
        from tiers and conditions, required items, evidence per answer and tier); then
        its results, as finalising would store them."""
        template = assessment.template
        doc = TemplateDocument(template.body)
        by_id = {item.id: item for item in template.items}
        facts = AssessmentFacts(
            project_amount=float(assessment.amount) if assessment.amount is not None else None,
            assessed_on=assessment.assessed_on,
        )

        def score() -> Results:
            given = {k: GivenAnswer(v, na) for k, (v, na, _) in answered.items()}
            return compute_results(
                template.body,
                given,
                tier=assessment.tier,
                respondent=assessment.respondent,
                facts=facts,
            )

        # The answers drawn so far get the evidence finalising requires.
        for item_id, (value, not_applicable, note) in list(answered.items()):
            ref = doc.items[item_id]
            checked = CheckedAnswer(value, not_applicable)
            if evidence_problem(
                ref,
                checked,
                note,
                0,
                tier=assessment.tier,
                na_needs_justification=doc.na_needs_justification(ref),
            ):
                answered[item_id] = self.evidenced_answer(
                    doc, ref, by_id[item_id], assessment, notes
                )
        results = score()
        # Conditions can make more items apply as answers arrive: answer until none is left.
        for _ in range(len(doc.item_order) + 1):
            missing = [
                ref
                for ref in doc.item_order
                if ref.answered_by_hand
                and ref.type != "file"
                and ref.id not in answered
                and results.items[ref.id].applicable
            ]
            if not missing:
                break
            for ref in missing:
                answered[ref.id] = self.evidenced_answer(doc, ref, by_id[ref.id], assessment, notes)
            results = score()
        return results

    def evidenced_answer(
        self,
        doc: TemplateDocument,
        ref: ItemRef,
        item: TemplateItem,
        assessment: _AssessmentInfo,
        notes: list[str],
    ) -> tuple[Any, bool, str]:
        """An answer with the note its item requires; the demo attaches no file to an
        answer, so an answer that needs a file is drawn again (or is not applicable)."""
        for _ in range(20):
            value, not_applicable = self.answer_value(item, assessment.partner, assessment.amount)
            if value is None and not not_applicable:
                continue
            checked = CheckedAnswer(value, not_applicable)
            if evidence_needed(ref, checked, assessment.tier) == "file":
                continue
            note = ""
            if evidence_problem(
                ref,
                checked,
                "",
                0,
                tier=assessment.tier,
                na_needs_justification=doc.na_needs_justification(ref),
            ):
                note = self.pick(notes)
            return value, not_applicable, note
        return None, True, self.pick(notes)

    # --- actions -------------------------------------------------------------------------

    def build_actions(self) -> None:
        rows = []
        scored = [a for a in self.assessments if a.status != AssessmentStatus.DRAFT.value]
        titles = self.shared("action_titles")
        for index in range(self.plan.actions):
            source = self.spread(
                index,
                {
                    ActionSource.ASSESSMENT: 5,
                    ActionSource.WORKSHOP: 3,
                    ActionSource.DIALOGUE: 1,
                    ActionSource.MONITORING: 1,
                    ActionSource.OTHER: 0,
                },
            )
            assessment_id = workshop_id = None
            item_id = ""
            if source == ActionSource.ASSESSMENT.value and scored:
                assessment = self.pick(scored)
                partner: _PartnerInfo = assessment.partner
                assessment_id = assessment.id
                candidates = [i.id for i in assessment.template.applicable(assessment.tier)]
                item_id = self.pick(candidates) if candidates else ""
                start = assessment.assessed_on
            elif source == ActionSource.WORKSHOP.value and self.workshops:
                workshop_id, attendees, start = self.pick(self.workshops)
                partner = self.pick(attendees)
            else:
                source = (
                    source if source != ActionSource.ASSESSMENT.value else ActionSource.OTHER.value
                )
                partner = self.pick(self.partners)
                start = self.day_between(self.today - timedelta(days=3 * 365), self.today)
            due = start + timedelta(days=self.rng.randint(30, 365))
            status, completed, notes = self.action_progress(due)
            rows.append(
                {
                    "id": self.new_id(),
                    "partner_id": partner.id,
                    "title": self.pick(titles),
                    "description": "Agreed with the partner during the follow-up discussion.",
                    "owner": self.pick(partner.contacts)
                    if partner.contacts and self.rng.random() < 0.6
                    else self.staff()[0],
                    "due_date": due,
                    "status": status,
                    "source": source,
                    "assessment_id": assessment_id,
                    "workshop_id": workshop_id,
                    "item_id": item_id,
                    "completed_on": completed,
                    "review_notes": notes,
                }
            )
        self.store(Action, rows)
        self.tick(self.plan.actions)

    def action_progress(self, due: date) -> tuple[str, date | None, list[dict[str, Any]]]:
        """Status, completion date and review notes; some late, some done and reviewed."""
        if due < self.today:
            status = self.rng.choices(
                (
                    ActionStatus.DONE,
                    ActionStatus.OPEN,
                    ActionStatus.IN_PROGRESS,
                    ActionStatus.DROPPED,
                ),
                weights=(55, 20, 17, 8),
            )[0].value
        else:
            status = self.rng.choices(
                (
                    ActionStatus.PROPOSED,
                    ActionStatus.OPEN,
                    ActionStatus.IN_PROGRESS,
                    ActionStatus.DONE,
                ),
                weights=(15, 40, 30, 15),
            )[0].value
        notes: list[dict[str, Any]] = []
        completed = None
        review_notes = self.shared("review_notes")
        if status in (ActionStatus.IN_PROGRESS.value, ActionStatus.OPEN.value) and due < self.today:
            notes.append(
                {
                    "date": min(self.today, due + timedelta(days=14)).isoformat(),
                    "status": status,
                    "note": review_notes[2],
                    "by": self.staff()[0],
                }
            )
        if status == ActionStatus.DONE.value:
            completed = min(self.today, due - timedelta(days=self.rng.randint(-20, 60)))
            notes.append(
                {
                    "date": completed.isoformat(),
                    "status": status,
                    "note": self.pick((review_notes[0], review_notes[3])),
                    "by": self.staff()[0],
                }
            )
        if status == ActionStatus.DROPPED.value:
            notes.append(
                {
                    "date": due.isoformat(),
                    "status": status,
                    "note": review_notes[4],
                    "by": self.staff()[0],
                }
            )
        return status, completed, notes

    # --- attachments ---------------------------------------------------------------------

    def build_attachments(self) -> None:
        count = self.plan.attachments
        pdfs = max(1, count // 5)
        images = count - pdfs
        image_bytes = max(20_000, (self.plan.attachment_bytes - pdfs * 4_000) // max(images, 1))
        file_items = {t.key: [i.id for i in t.items if i.type == "file"] for t in self.templates}
        # Photos of documents can be evidence for a template's file items.
        with_file_items = [a for a in self.assessments if file_items.get(a.template.key)]
        batch: list[tuple[dict[str, Any], bytes]] = []
        batch_size = 0
        for index in range(count):
            row: dict[str, Any] = {"id": self.new_id(), "partner_id": None}
            if index % 5 == 4 and self.assessments:
                assessment = self.pick(self.assessments)
                row.update(partner_id=assessment.partner.id, assessment_id=assessment.id)
                title = "Audit report" if index % 2 else "Signed partnership agreement"
                data = self.demo_pdf(title, assessment.partner)
                row.update(
                    filename=f"{title.lower().replace(' ', '-')}-{index:04d}.pdf",
                    media_type="application/pdf",
                    description=f"{title} (fictional demo document)",
                )
            elif index % 5 == 3 and self.workshops:
                workshop_id, attendees, _ = self.pick(self.workshops)
                data = self.demo_photo("Workshop flipchart: follow-up plan", image_bytes)
                row.update(
                    workshop_id=workshop_id,
                    partner_id=attendees[0].id,
                    filename=f"flipchart-{index:04d}.png",
                    media_type="image/png",
                    description="Photo of the follow-up plan agreed at the workshop (fictional)",
                )
            else:
                partner = self.pick(self.partners)
                if with_file_items and self.rng.random() < 0.5:
                    assessment = self.pick(with_file_items)
                    partner = assessment.partner
                    row.update(
                        assessment_id=assessment.id,
                        item_id=self.pick(file_items[assessment.template.key]),
                    )
                data = self.demo_photo("Registration certificate (photo)", image_bytes)
                row.update(
                    partner_id=partner.id,
                    filename=f"registration-certificate-{index:04d}.png",
                    media_type="image/png",
                    description="Photo of the registration certificate taken on the visit (fictional)",
                )
            row.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
            batch.append((row, data))
            batch_size += len(data)
            if batch_size >= 32 * MB:
                self.store_attachments(batch)
                batch, batch_size = [], 0
        self.store_attachments(batch)

    def store_attachments(self, batch: list[tuple[dict[str, Any], bytes]]) -> None:
        if not batch:
            return
        blobs: dict[str, dict[str, Any]] = {}
        for row, data in batch:
            blobs.setdefault(
                row["sha256"], {"sha256": row["sha256"], "size": len(data), "data": data}
            )
        with self.vault.transaction() as session:
            known = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(list(blobs)))))
            fresh = [b for key, b in blobs.items() if key not in known]
            if fresh:
                session.execute(insert(Blob), fresh)
            bulk_create(session, Attachment, [row for row, _ in batch], self.context)
        self.counts[Attachment.kind] = self.counts.get(Attachment.kind, 0) + len(batch)
        self.counts["blob"] = self.counts.get("blob", 0) + len(fresh)
        self.attachment_bytes += sum(len(data) for _, data in batch)
        self.tick(len(batch) * 200)

    def demo_photo(self, caption: str, target_bytes: int) -> bytes:
        """A PNG of about ``target_bytes``: a noisy 'photo' (incompressible) and a caption."""
        from PIL import Image, ImageDraw

        width = 640
        height = max(16, target_bytes // (width * 3))
        photo = Image.frombytes("RGB", (width, height), self.rng.randbytes(width * height * 3))
        image = Image.new("RGB", (width, height + 40), (250, 250, 245))
        image.paste(photo, (0, 0))
        draw = ImageDraw.Draw(image)
        draw.text((12, height + 12), f"{caption} - fictional demo document", fill=(30, 30, 30))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=1)
        return buffer.getvalue()

    def demo_pdf(self, title: str, partner: _PartnerInfo) -> bytes:
        """A one-page PDF; ``invariant`` keeps reportlab's output the same for the same input."""
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
        pdf.setTitle(f"{title} (fictional)")
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(72, 770, title)
        pdf.setFont("Helvetica", 10)
        lines = [
            "FICTIONAL DOCUMENT generated for the FieldPartner demo vault.",
            f"Partner country: {partner.country}   Reference: DEMO-{self.rng.randint(1000, 9999)}",
            f"Date: {self.day_between(self.today - timedelta(days=900), self.today).isoformat()}",
            "",
            *self.shared("governance")[:2],
            *self.shared("conditions")[:2],
        ]
        y = 740
        for line in lines:
            pdf.drawString(72, y, line[:110])
            y -= 16
        pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    # --- all of it -------------------------------------------------------------------------

    def build(self, size: str, seed: int) -> DemoSummary:
        self.tick(0)
        self.build_templates()
        self.build_partners()
        self.build_contacts()
        self.build_projects()
        self.build_workshops()
        self.build_assessments()
        self.build_answers()
        self.build_actions()
        self.build_attachments()
        self.done = self.total
        self.tick(0)
        return DemoSummary(
            size=size,
            seed=seed,
            counts=dict(sorted(self.counts.items())),
            attachment_bytes=self.attachment_bytes,
            templates=[f"{t.key}@{t.version}" for t in self.templates],
        )


def populate_demo(
    vault: Vault,
    size: str = "small",
    *,
    seed: int = 7,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an unlocked vault with fictional demo data; ``progress(done, total)`` as it goes.

    The same seed, vault clock and device give the same records. Templates already in the
    vault (same key and version) are kept, not duplicated.
    """
    plan = SIZES.get(size)
    if plan is None:
        raise DemoError(f"unknown demo size {size!r}; use one of: {', '.join(SIZES)}")
    builder = _DemoBuilder(vault, plan, seed, progress, load_phrases(), load_demo_templates())
    return builder.build(size, seed)
