"""Translated names of the assessment vocabulary (statuses, kinds, ratings, decisions) and
the language template labels are shown in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fieldpartner.domain.templates import LANGUAGES

_CONTEXT = "AssessmentLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def content_language() -> str:
    """The language of template labels: the interface's, if templates carry it."""
    code = QLocale().name().split("_", 1)[0]
    return code if code in LANGUAGES else "en"


def status_label(status: str) -> str:
    return {
        "draft": _tr("Draft"),
        "final": _tr("Final"),
        "approved": _tr("Approved"),
    }.get(status, status)


def kind_label(kind: str) -> str:
    return {
        "due_diligence": _tr("Due diligence"),
        "capacity": _tr("Capacity"),
        "partnership_dialogue": _tr("Partnership dialogue"),
        "two_way": _tr("Two-way"),
        "workshop_review": _tr("Workshop review"),
    }.get(kind, kind)


def rating_label(rating: str | None) -> str:
    if not rating:
        return ""
    return {
        "low": _tr("Low"),
        "moderate": _tr("Moderate"),
        "significant": _tr("Significant"),
        "high": _tr("High"),
    }.get(rating, rating)


def decision_label(decision: str | None) -> str:
    if not decision:
        return ""
    return {
        "approve": _tr("Approve"),
        "approve_with_conditions": _tr("Approve with conditions"),
        "decline": _tr("Decline"),
        "stop": _tr("Stop"),
    }.get(decision, decision)


def respondent_label(respondent: str) -> str:
    return {
        "assessor": _tr("Assessor"),
        "partner_self": _tr("Partner (self-assessment)"),
    }.get(respondent, respondent)


def tier_label(tier: str) -> str:
    return {
        "small": _tr("Small"),
        "medium": _tr("Medium"),
        "large": _tr("Large"),
    }.get(tier, tier)


def action_status_label(status: str) -> str:
    return {
        "proposed": _tr("Proposed"),
        "open": _tr("Open"),
        "in_progress": _tr("In progress"),
        "done": _tr("Done"),
        "dropped": _tr("Dropped"),
    }.get(status, status)


def checklist_label(value: str) -> str:
    return {
        "yes": _tr("Yes"),
        "partly": _tr("Partly"),
        "no": _tr("No"),
        "not_applicable": _tr("N/A"),
    }.get(value, value)
