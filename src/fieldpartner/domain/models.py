"""The records of a vault as SQLAlchemy 2 typed models.

Synced records (partners, contacts, projects, assessments, answers, actions, workshops,
attachments, templates, ...) share the sync metadata of DESIGN.md through ``SyncedRecord``:
a UUIDv7 id, a revision ``<generation>-<hash>``, the device the revision came from, a
deleted flag (records are never removed, only marked) and timestamps. Every revision's full
body and its parents are kept in ``RecordRevision``: that table is both the audit trail
and the history the three-way merge of bundles works from.

Local records (settings, blobs, revisions themselves) belong to this vault only.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    func,
    literal_column,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.types import DecimalText, UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        Decimal: DecimalText(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        list[dict[str, Any]]: JSON(),
    }


# --- vocabularies (stored as their string values) -------------------------------------


class PartnerType(enum.StrEnum):
    NATIONAL_NGO = "national_ngo"
    REGIONAL_NGO = "regional_ngo"
    INTERNATIONAL_NGO = "international_ngo"
    NETWORK = "network"
    RESEARCH_INSTITUTE = "research_institute"
    PROFESSIONAL_BODY = "professional_body"
    MONITORING_BODY = "monitoring_body"
    INTERGOVERNMENTAL_BODY = "intergovernmental_body"
    GOVERNMENT_AGENCY = "government_agency"
    NHRI = "national_human_rights_institution"
    FOUNDATION_OR_DONOR = "foundation_or_donor"
    OTHER = "other"


class PartnershipCategory(enum.StrEnum):
    ADVOCACY = "advocacy"
    PROJECT = "project"
    RESEARCH_AND_LEARNING = "research_and_learning"
    STRATEGIC = "strategic"


class Modality(enum.StrEnum):
    PILOT = "pilot"
    STRATEGIC = "strategic"
    ALLIANCE = "alliance"


class Phase(enum.StrEnum):
    PREPARING = "preparing"
    ESTABLISHING = "establishing"
    IMPLEMENTING = "implementing"
    PHASING_OUT = "phasing_out"
    ENDED = "ended"


class Sensitivity(enum.StrEnum):
    STANDARD = "standard"
    SENSITIVE = "sensitive"
    HIGH_RISK = "high_risk"


class DueDiligenceTier(enum.StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class CallType(enum.StrEnum):
    TARGETED = "targeted"
    OPEN = "open"


class ProjectStatus(enum.StrEnum):
    PROPOSED = "proposed"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class ScheduleKind(enum.StrEnum):
    NARRATIVE_REPORT = "narrative_report"
    FINANCIAL_REPORT = "financial_report"
    MONITORING_VISIT = "monitoring_visit"
    AUDIT = "audit"


class ScheduleStatus(enum.StrEnum):
    DUE = "due"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    WAIVED = "waived"


class AssessmentKind(enum.StrEnum):
    DUE_DILIGENCE = "due_diligence"
    CAPACITY = "capacity"
    PARTNERSHIP_DIALOGUE = "partnership_dialogue"
    TWO_WAY = "two_way"
    WORKSHOP_REVIEW = "workshop_review"
    PARTNER_SELECTION = "partner_selection"


class AssessmentStatus(enum.StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    APPROVED = "approved"


class RespondentRole(enum.StrEnum):
    ASSESSOR = "assessor"
    PARTNER_SELF = "partner_self"
    BOTH = "both"


class ActionStatus(enum.StrEnum):
    PROPOSED = "proposed"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionSource(enum.StrEnum):
    ASSESSMENT = "assessment"
    WORKSHOP = "workshop"
    DIALOGUE = "dialogue"
    MONITORING = "monitoring"
    OTHER = "other"


class Decision(enum.StrEnum):
    APPROVE = "approve"
    APPROVE_WITH_CONDITIONS = "approve_with_conditions"
    DECLINE = "decline"
    STOP = "stop"


# --- sync metadata ---------------------------------------------------------------------


class SyncedRecord:
    """Columns every synced record carries (DESIGN.md "Merge").

    ``rev``, ``origin_device`` and ``updated_at`` are set by the revision machinery in
    ``domain.revisions`` when a session flushes; services never set them by hand.
    """

    # The name a record kind has in bundles and in the revision history.
    kind: ClassVar[str]
    # Columns that are metadata, not part of the revision body.
    META_COLUMNS: ClassVar[frozenset[str]] = frozenset(
        {"id", "rev", "origin_device", "updated_at", "deleted"}
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    rev: Mapped[str] = mapped_column(String(48), default="")
    origin_device: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()


@event.listens_for(SyncedRecord, "init", propagate=True)
def _apply_defaults(record: SyncedRecord, args: Any, kwargs: dict[str, Any]) -> None:
    """Give a new record its column defaults at once (an id before any flush, empty
    lists rather than None), so its revision body is complete and it can be linked to."""
    for column in record.__table__.columns:  # type: ignore[attr-defined]
        if column.key in kwargs or column.default is None:
            continue
        default = column.default.arg
        kwargs[column.key] = default(None) if callable(default) else default


class Partner(SyncedRecord, Base):
    __tablename__ = "partners"
    kind = "partner"

    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    type: Mapped[str] = mapped_column(String(40), default=PartnerType.NATIONAL_NGO.value)
    mandate: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[str] = mapped_column(Text, default="")
    governance: Mapped[str] = mapped_column(Text, default="")
    local_anchoring: Mapped[str] = mapped_column(Text, default="")
    affiliations: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(40), default=PartnershipCategory.PROJECT.value)
    modality: Mapped[str] = mapped_column(String(40), default=Modality.PILOT.value)
    phase: Mapped[str] = mapped_column(String(40), default=Phase.PREPARING.value)
    exit_criteria: Mapped[str] = mapped_column(Text, default="")
    relationship_owner: Mapped[str] = mapped_column(String(200), default="")
    sensitivity: Mapped[str] = mapped_column(String(20), default=Sensitivity.STANDARD.value)
    tags: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        # By name, with what the lists of live partners filter on: Upcoming's yearly
        # dialogues read every live partner in name order from the index alone.
        Index("ix_partners_name_live", "name", "id", "deleted", "phase"),
        Index("ix_partners_country", "country"),
    )


class Contact(SyncedRecord, Base):
    __tablename__ = "contacts"
    kind = "contact"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(200), default="")
    # [{"kind": "email"|"phone"|"signal"|"whatsapp"|"address"|"other", "value": "..."}]
    channels: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class Project(SyncedRecord, Base):
    __tablename__ = "projects"
    kind = "project"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    call: Mapped[str] = mapped_column(String(20), default=CallType.TARGETED.value)
    amount: Mapped[Decimal | None] = mapped_column(default=None)
    currency: Mapped[str] = mapped_column(String(3), default="GBP")
    back_donor: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    due_diligence_tier: Mapped[str] = mapped_column(String(10), default="")
    # Why the tier is lower than the amount calls for (a downgrade needs a reason).
    tier_reason: Mapped[str] = mapped_column(Text, default="")
    agreement_signed: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default=ProjectStatus.PROPOSED.value)
    termination_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ScheduledReport(SyncedRecord, Base):
    """A narrative or financial report, monitoring visit or audit due under a project."""

    __tablename__ = "scheduled_reports"
    kind = "scheduled_report"

    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    schedule_kind: Mapped[str] = mapped_column(String(30))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    done_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default=ScheduleStatus.DUE.value)
    notes: Mapped[str] = mapped_column(Text, default="")

    # What is due across projects (Upcoming) reads these columns only: found in the
    # index without reading a row (``projects.reports_due_query``).
    __table_args__ = (
        Index(
            "ix_scheduled_reports_status_due",
            "status",
            "due_date",
            "schedule_kind",
            "project_id",
            "deleted",
            "id",
        ),
    )


class Template(SyncedRecord, Base):
    """An assessment template as data; ``body`` is the template document itself."""

    __tablename__ = "templates"
    kind = "template"

    template_key: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer)
    assessment_kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    origin: Mapped[str] = mapped_column(String(20), default="builtin")  # builtin|imported|hq
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (UniqueConstraint("template_key", "version"),)


# The date agreed at a partnership dialogue for the next one, as its stored results hold
# it. Indexed (ix_assessments_dialogue_due): a query is served by the index only when it
# uses this very expression (``next_review_column``), with the path as a literal.
NEXT_REVIEW_PATH = "$.next_review"
NEXT_REVIEW_SQL = f"json_extract(results, '{NEXT_REVIEW_PATH}')"


def next_review_column() -> Any:
    """``NEXT_REVIEW_SQL`` of ``Assessment`` for a query (the path a literal, as indexed)."""
    return func.json_extract(Assessment.results, literal_column(f"'{NEXT_REVIEW_PATH}'"))


class Assessment(SyncedRecord, Base):
    __tablename__ = "assessments"
    kind = "assessment"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("projects.id"), default=None)
    assessment_kind: Mapped[str] = mapped_column(String(40))
    template_key: Mapped[str] = mapped_column(String(120))
    template_version: Mapped[int] = mapped_column(Integer)
    tier: Mapped[str] = mapped_column(String(10), default="")
    respondent: Mapped[str] = mapped_column(String(20), default=RespondentRole.ASSESSOR.value)
    title: Mapped[str] = mapped_column(String(300), default="")
    assessed_on: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    assessors: Mapped[list[str]] = mapped_column(default=list)
    participants: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20), default=AssessmentStatus.DRAFT.value)
    results: Mapped[dict[str, Any]] = mapped_column(default=dict)
    recommended_decision: Mapped[str] = mapped_column(String(30), default="")
    decision: Mapped[str] = mapped_column(String(30), default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    finalised_at: Mapped[datetime | None] = mapped_column(default=None)
    approved_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ix_assessments_partner_date", "partner_id", "assessed_on"),
        # The partner list's "last rating" looks up final assessments per partner.
        Index("ix_assessments_partner_status_date", "partner_id", "status", "assessed_on"),
        # The last partnership dialogue of every partner and the date agreed there for the
        # next one (Upcoming), found in the index without reading the assessments' rows.
        # The columns of the index it replaced come first, in their order.
        Index(
            "ix_assessments_dialogue_due",
            "assessment_kind",
            "partner_id",
            "assessed_on",
            "status",
            "deleted",
            "id",
            text(NEXT_REVIEW_SQL),
        ),
    )


class Answer(SyncedRecord, Base):
    """One answer to one template item. Its id is derived from (assessment, item): see ids."""

    __tablename__ = "answers"
    kind = "answer"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(120))
    # A level number, a checklist word, a choice key or list of keys, text, number or ISO date.
    value: Mapped[Any] = mapped_column(JSON, default=None)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence_note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(200), default="")


class Action(SyncedRecord, Base):
    """A follow-up or capacity-strengthening action of a partnership development plan."""

    __tablename__ = "actions"
    kind = "action"

    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.OPEN.value)
    source: Mapped[str] = mapped_column(String(20), default=ActionSource.OTHER.value)
    assessment_id: Mapped[str | None] = mapped_column(ForeignKey("assessments.id"), default=None)
    workshop_id: Mapped[str | None] = mapped_column(
        ForeignKey("workshops.id"), default=None, index=True
    )
    item_id: Mapped[str] = mapped_column(String(120), default="")
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # [{"date": "YYYY-MM-DD", "status": "...", "note": "...", "by": "..."}]
    review_notes: Mapped[list[dict[str, Any]]] = mapped_column(default=list)

    __table_args__ = (
        # Overdue counts per partner (partner list, plan) read open actions by due date.
        Index("ix_actions_partner_status_due", "partner_id", "status", "due_date"),
        # Open actions due across partners (Upcoming: thousands on a large vault) are read
        # from this index in due-date order, without looking up each action's row
        # (``actions.upcoming_and_overdue_query``).
        Index(
            "ix_actions_due_overview",
            "due_date",
            "title",
            "id",
            "status",
            "deleted",
            "partner_id",
            "workshop_id",
            "owner",
        ),
    )


class Workshop(SyncedRecord, Base):
    __tablename__ = "workshops"
    kind = "workshop"

    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    facilitators: Mapped[list[str]] = mapped_column(default=list)
    co_design_input: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The earlier workshop whose follow-up plan this one reviews, if any.
    reviews_workshop_id: Mapped[str | None] = mapped_column(
        ForeignKey("workshops.id"), default=None
    )


class WorkshopParticipant(SyncedRecord, Base):
    __tablename__ = "workshop_participants"
    kind = "workshop_participant"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), default=None)
    name: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")


class Attachment(SyncedRecord, Base):
    """A file kept inside the vault; its bytes live once per SHA-256 in ``Blob``."""

    __tablename__ = "attachments"
    kind = "attachment"

    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"), index=True)
    assessment_id: Mapped[str | None] = mapped_column(ForeignKey("assessments.id"), default=None)
    item_id: Mapped[str] = mapped_column(String(120), default="")
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), default=None)


SYNCED_MODELS: tuple[type[SyncedRecord], ...] = (
    Partner,
    Contact,
    Project,
    ScheduledReport,
    Template,
    Assessment,
    Answer,
    Action,
    Workshop,
    WorkshopParticipant,
    Attachment,
)
MODEL_BY_KIND: dict[str, type[SyncedRecord]] = {m.kind: m for m in SYNCED_MODELS}


# --- local records ----------------------------------------------------------------------


class Blob(Base):
    """Attachment bytes, stored once per content hash, encrypted with the rest of the vault."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RecordRevision(Base):
    """One revision of one synced record: the audit trail and the merge history.

    ``seq`` is this vault's change sequence (incremental bundle export reads from it).
    ``body`` is the record's full content at this revision; ``parents`` its ancestry
    (one parent for an edit, two for a merge, none for a creation).
    """

    __tablename__ = "record_revisions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    rev: Mapped[str] = mapped_column(String(48))
    generation: Mapped[int] = mapped_column(Integer)
    parents: Mapped[list[str]] = mapped_column(default=list)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)
    changed_fields: Mapped[list[str]] = mapped_column(default=list)
    device_id: Mapped[str] = mapped_column(String(36))
    author: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column()

    __table_args__ = (
        UniqueConstraint("record_kind", "record_id", "rev"),
        Index("ix_record_revisions_record", "record_id", "seq"),
    )


class VaultSetting(Base):
    """Local preferences and identity of this vault (device id, user name, thresholds)."""

    __tablename__ = "vault_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# --- sync state (local to this vault, never synced; written by ``fieldpartner.sync``) ------
# Times are RFC 3339 UTC text, as in bundles and in the CLI's JSON.


class SyncDevice(Base):
    """HQ: a device enrolled in the organisation, with its public keys."""

    __tablename__ = "sync_devices"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100))
    signing_key: Mapped[str] = mapped_column(String(60))
    fingerprint: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10))  # active|revoked
    enrolled_at: Mapped[str] = mapped_column(String(30))
    revoked_at: Mapped[str] = mapped_column(String(30), default="")


class SyncReceivedBundle(Base):
    """A bundle this vault imported: importing the same one again changes nothing."""

    __tablename__ = "sync_received_bundles"
    sender: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(40))  # the bundle manifest's
    imported_at: Mapped[str] = mapped_column(String(30))


class SyncReceivedRange(Base):
    """A stretch (after, through] of a sender's change sequence received without a gap;
    touching stretches are merged, so a sender has a handful of rows, not one per bundle."""

    __tablename__ = "sync_received_ranges"
    sender: Mapped[str] = mapped_column(String(36), primary_key=True)
    after: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    through: Mapped[int] = mapped_column(Integer)


class SyncAcknowledgement(Base):
    """How far a peer acknowledged receiving this vault's change sequence."""

    __tablename__ = "sync_acknowledgements"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    through: Mapped[int] = mapped_column(Integer)


class SyncConflict(Base):
    """A field changed differently on two replicas, found by a merge; open until settled."""

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    label: Mapped[str] = mapped_column(String(300), default="")
    merge_rev: Mapped[str] = mapped_column(String(48))
    local_rev: Mapped[str] = mapped_column(String(48))
    incoming_rev: Mapped[str] = mapped_column(String(48))
    # [{"field", "base", "local", "incoming", "winner"}]
    fields: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|resolved
    resolution: Mapped[str] = mapped_column(Text, default="")
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    found_at: Mapped[str] = mapped_column(String(30))
    resolved_at: Mapped[str] = mapped_column(String(30), default="")
    resolved_rev: Mapped[str] = mapped_column(String(48), default="")

    __table_args__ = (Index("ix_sync_conflicts_status_found", "status", "found_at", "id"),)


class SyncBundleEvent(Base):
    """A bundle this vault exported or imported (the History screen), oldest first by seq."""

    __tablename__ = "sync_bundle_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(10))  # sent|received
    bundle_id: Mapped[str] = mapped_column(String(36))
    peer: Mapped[str] = mapped_column(String(36))
    peer_role: Mapped[str] = mapped_column(String(10))
    at: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[str] = mapped_column(String(40))
    sequence_after: Mapped[int] = mapped_column(Integer)
    sequence_through: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean)
    revisions: Mapped[int] = mapped_column(Integer)
    records: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attachments: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
