"""How the Conflicts tab names record kinds and fields and shows their values (vocabulary
words translated, dates in the user's locale, long text cut)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
)

from fieldpartner.domain.rules import COLUMNS
from fieldpartner.ui.common import vocabulary
from fieldpartner.ui.common.dates import format_date
from fieldpartner.ui.sync.labels import format_time

LOCAL, INCOMING, EDIT = "local", "incoming", "edit"
# Column types (domain.rules) whose value travels as text; the others as JSON.
TEXT_KINDS = ("text", "date", "datetime", "decimal")
# Text fields that hold a vocabulary value (``national_ngo``) rather than free text.
VOCABULARY_FIELDS = frozenset(
    {"type", "phase", "category", "modality", "sensitivity", "status", "rating"}
)
SHOWN_CHARACTERS = 400
RESOLVED_SHOWN = 500


def kind_labels() -> dict[str, str]:
    return {
        "partner": QCoreApplication.translate("ConflictsPanel", "Partner"),
        "contact": QCoreApplication.translate("ConflictsPanel", "Contact"),
        "project": QCoreApplication.translate("ConflictsPanel", "Project"),
        "scheduled_report": QCoreApplication.translate("ConflictsPanel", "Scheduled report"),
        "template": QCoreApplication.translate("ConflictsPanel", "Template"),
        "assessment": QCoreApplication.translate("ConflictsPanel", "Assessment"),
        "answer": QCoreApplication.translate("ConflictsPanel", "Answer"),
        "action": QCoreApplication.translate("ConflictsPanel", "Action"),
        "workshop": QCoreApplication.translate("ConflictsPanel", "Workshop"),
        "workshop_participant": QCoreApplication.translate(
            "ConflictsPanel", "Workshop participant"
        ),
        "attachment": QCoreApplication.translate("ConflictsPanel", "Attachment"),
    }


def field_labels() -> dict[str, str]:
    """Every synchronised field (``domain.rules.COLUMNS``) by the name people know it by.

    Each call is spelled out in full so that pyside6-lupdate finds the strings. Where another
    screen labels the same field (the partner profile, the assessment and workshop forms), the
    words are the same.
    """
    return {
        "acronym": QCoreApplication.translate("RecordFields", "Acronym"),
        "affiliations": QCoreApplication.translate("RecordFields", "Affiliations"),
        "agreement_signed": QCoreApplication.translate("RecordFields", "Agreement signed"),
        "amount": QCoreApplication.translate("RecordFields", "Amount"),
        "answered_by": QCoreApplication.translate("RecordFields", "Answered by"),
        "approved_by": QCoreApplication.translate("RecordFields", "Approved by"),
        "assessed_on": QCoreApplication.translate("RecordFields", "Date of the assessment"),
        "assessment_id": QCoreApplication.translate("RecordFields", "Assessment"),
        "assessment_kind": QCoreApplication.translate("RecordFields", "Assessment kind"),
        "assessors": QCoreApplication.translate("RecordFields", "Assessors"),
        "back_donor": QCoreApplication.translate("RecordFields", "Back donor"),
        "body": QCoreApplication.translate("RecordFields", "Template content"),
        "call": QCoreApplication.translate("RecordFields", "Call type"),
        "category": QCoreApplication.translate("RecordFields", "Partnership category"),
        "channels": QCoreApplication.translate("RecordFields", "Channels"),
        "co_design_input": QCoreApplication.translate("RecordFields", "Co-design input"),
        "completed_on": QCoreApplication.translate("RecordFields", "Completed on"),
        "conditions": QCoreApplication.translate("RecordFields", "Conditions"),
        "country": QCoreApplication.translate("RecordFields", "Country"),
        "created_at": QCoreApplication.translate("RecordFields", "Created"),
        "currency": QCoreApplication.translate("RecordFields", "Currency"),
        "decision": QCoreApplication.translate("RecordFields", "Decision"),
        "description": QCoreApplication.translate("RecordFields", "Description"),
        "done_date": QCoreApplication.translate("RecordFields", "Date done"),
        "due_date": QCoreApplication.translate("RecordFields", "Due date"),
        "due_diligence_tier": QCoreApplication.translate("RecordFields", "Due-diligence tier"),
        "end_date": QCoreApplication.translate("RecordFields", "End date"),
        "evidence_note": QCoreApplication.translate("RecordFields", "Evidence note"),
        "exit_criteria": QCoreApplication.translate("RecordFields", "Exit criteria"),
        "facilitators": QCoreApplication.translate("RecordFields", "Facilitators"),
        "filename": QCoreApplication.translate("RecordFields", "File name"),
        "finalised_at": QCoreApplication.translate("RecordFields", "Finalised"),
        "governance": QCoreApplication.translate("RecordFields", "Governance"),
        "history": QCoreApplication.translate("RecordFields", "History"),
        "item_id": QCoreApplication.translate("RecordFields", "Question"),
        "local_anchoring": QCoreApplication.translate("RecordFields", "Local anchoring"),
        "mandate": QCoreApplication.translate("RecordFields", "Mandate"),
        "media_type": QCoreApplication.translate("RecordFields", "File type"),
        "modality": QCoreApplication.translate("RecordFields", "Modality"),
        "name": QCoreApplication.translate("RecordFields", "Name"),
        "not_applicable": QCoreApplication.translate("RecordFields", "Not applicable"),
        "notes": QCoreApplication.translate("RecordFields", "Notes"),
        "organisation": QCoreApplication.translate("RecordFields", "Organisation"),
        "origin": QCoreApplication.translate("RecordFields", "Template origin"),
        "owner": QCoreApplication.translate("RecordFields", "Owner"),
        "participants": QCoreApplication.translate("RecordFields", "Participants"),
        "partner_id": QCoreApplication.translate("RecordFields", "Partner"),
        "phase": QCoreApplication.translate("RecordFields", "Phase"),
        "place": QCoreApplication.translate("RecordFields", "Place"),
        "project_id": QCoreApplication.translate("RecordFields", "Project"),
        "recommended_decision": QCoreApplication.translate("RecordFields", "Recommended decision"),
        "region": QCoreApplication.translate("RecordFields", "Region"),
        "relationship_owner": QCoreApplication.translate("RecordFields", "Relationship owner"),
        "respondent": QCoreApplication.translate("RecordFields", "Who answers"),
        "results": QCoreApplication.translate("RecordFields", "Results"),
        "review_notes": QCoreApplication.translate("RecordFields", "Review notes"),
        "reviews_workshop_id": QCoreApplication.translate("RecordFields", "Workshop reviewed"),
        "role": QCoreApplication.translate("RecordFields", "Role"),
        "schedule_kind": QCoreApplication.translate("RecordFields", "Report kind"),
        "sensitivity": QCoreApplication.translate("RecordFields", "Sensitivity"),
        "sha256": QCoreApplication.translate("RecordFields", "File fingerprint (SHA-256)"),
        "size": QCoreApplication.translate("RecordFields", "File size"),
        "source": QCoreApplication.translate("RecordFields", "Source"),
        "start_date": QCoreApplication.translate("RecordFields", "Start date"),
        "status": QCoreApplication.translate("RecordFields", "Status"),
        "tags": QCoreApplication.translate("RecordFields", "Tags"),
        "template_key": QCoreApplication.translate("RecordFields", "Template"),
        "template_version": QCoreApplication.translate("RecordFields", "Template version"),
        "termination_reason": QCoreApplication.translate("RecordFields", "Reason for termination"),
        "tier": QCoreApplication.translate("RecordFields", "Tier"),
        "tier_reason": QCoreApplication.translate("RecordFields", "Reason for a lower tier"),
        "title": QCoreApplication.translate("RecordFields", "Title"),
        "topic": QCoreApplication.translate("RecordFields", "Topic"),
        "type": QCoreApplication.translate("RecordFields", "Type"),
        "value": QCoreApplication.translate("RecordFields", "Answer"),
        "version": QCoreApplication.translate("RecordFields", "Version"),
        "workshop_id": QCoreApplication.translate("RecordFields", "Workshop"),
    }


def field_label(name: str) -> str:
    """A field's name for people (``local_anchoring`` → "Local anchoring"); a field this
    version does not know (from a newer bundle) is shown as its name made readable."""
    label = field_labels().get(name)
    if label is not None:
        return label
    return name.replace("_", " ").strip().capitalize()


def field_kind(kind: str, name: str) -> str:
    column = COLUMNS.get(kind, {}).get(name)
    return column.type if column is not None else "any"


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), sort_keys=True)


def display_value(kind: str, name: str, value: Any) -> str:
    """A stored value as a person reads it: dates and numbers in the user's locale,
    vocabulary by its label, lists as items, other structures as compact JSON."""
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("ConflictsPanel", "(empty)")
    rule_kind = field_kind(kind, name)
    try:
        if rule_kind == "date" and isinstance(value, str):
            return format_date(date.fromisoformat(value))
        if rule_kind == "datetime" and isinstance(value, str):
            return format_time(value)
    except ValueError:
        return str(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictsPanel", "Yes")
            if value
            else QCoreApplication.translate("ConflictsPanel", "No")
        )
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, str):
        if name in VOCABULARY_FIELDS:
            return vocabulary.labels().get(value, value)
        return value
    if isinstance(value, list) and all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        return ", ".join(str(v) for v in value)
    return _compact_json(value)


def value_text(kind: str, name: str, value: Any) -> str | None:
    """The text ``resolve_conflict`` takes for ``value`` (None: it cannot be given).
    An empty optional field (a date, an amount, a link) is given as empty text, which
    clears it."""
    if field_kind(kind, name) in TEXT_KINDS:
        if value is None:
            column = COLUMNS.get(kind, {}).get(name)
            return "" if column is not None and column.nullable else None
        return str(value)
    return _compact_json(value)


def elided(text: str) -> str:
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"
