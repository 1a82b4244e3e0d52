"""Translated names of the assessment vocabulary (statuses, kinds, ratings, decisions) and
the language template labels are shown in. Statuses and ratings are the partner
vocabulary's (``ui.common.vocabulary``), translated once for the whole interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fieldpartner.domain.templates import LANGUAGES
from fieldpartner.domain.templates.vocabulary import vocabulary_of
from fieldpartner.ui.common.vocabulary import labels as vocabulary_labels
from fieldpartner.ui.names import respondent_labels, tier_labels


def content_language() -> str:
    """The language of template labels: the interface's, if templates carry it."""
    code = QLocale().name().split("_", 1)[0]
    return code if code in LANGUAGES else "en"


def status_label(status: str) -> str:
    return vocabulary_labels().get(status, status)


def kind_label(kind: str) -> str:
    return {
        "due_diligence": QCoreApplication.translate("AssessmentLabels", "Due diligence"),
        "capacity": QCoreApplication.translate("AssessmentLabels", "Capacity"),
        "partnership_dialogue": QCoreApplication.translate(
            "AssessmentLabels", "Partnership dialogue"
        ),
        "two_way": QCoreApplication.translate("AssessmentLabels", "Two-way"),
        "workshop_review": QCoreApplication.translate("AssessmentLabels", "Workshop review"),
        "partner_selection": QCoreApplication.translate("AssessmentLabels", "Partner selection"),
    }.get(kind, kind)


def rating_label(rating: str | None) -> str:
    return vocabulary_labels().get(rating, rating) if rating else ""


def level_label(vocabulary: str, level: str | None) -> str:
    """A capacity, fit or verification level: its own words, never a risk rating's."""
    if not level:
        return ""
    if vocabulary == "risk":
        return rating_label(level)
    return {
        "weak": QCoreApplication.translate("AssessmentLabels", "Weak capacity"),
        "developing": QCoreApplication.translate("AssessmentLabels", "Developing capacity"),
        "established": QCoreApplication.translate("AssessmentLabels", "Established capacity"),
        "strong": QCoreApplication.translate("AssessmentLabels", "Strong capacity"),
        "poor": QCoreApplication.translate("AssessmentLabels", "Poor fit"),
        "partial": QCoreApplication.translate("AssessmentLabels", "Partial fit"),
        "good": QCoreApplication.translate("AssessmentLabels", "Good fit"),
        "not_verified": QCoreApplication.translate("AssessmentLabels", "Not verified"),
        "partly_verified": QCoreApplication.translate("AssessmentLabels", "Partly verified"),
        "verified": QCoreApplication.translate("AssessmentLabels", "Verified"),
    }.get(level, level)


def word_label(word: str | None) -> str:
    """A result word of any vocabulary: a risk rating, or a capacity, fit or
    verification level (their words never overlap)."""
    return level_label(vocabulary_of(word) or "risk", word) if word else ""


def decision_label(decision: str | None) -> str:
    if not decision:
        return ""
    return {
        "approve": QCoreApplication.translate("AssessmentLabels", "Approve"),
        "approve_with_conditions": QCoreApplication.translate(
            "AssessmentLabels", "Approve with conditions"
        ),
        "decline": QCoreApplication.translate("AssessmentLabels", "Decline"),
        "stop": QCoreApplication.translate("AssessmentLabels", "Stop"),
    }.get(decision, decision)


def respondent_label(respondent: str) -> str:
    return respondent_labels().get(respondent, respondent)


def tier_label(tier: str) -> str:
    return tier_labels().get(tier, tier)


def action_status_label(status: str) -> str:
    return vocabulary_labels().get(status, status)


def checklist_label(value: str) -> str:
    return {
        "yes": QCoreApplication.translate("AssessmentLabels", "Yes"),
        "partly": QCoreApplication.translate("AssessmentLabels", "Partly"),
        "no": QCoreApplication.translate("AssessmentLabels", "No"),
        "not_applicable": QCoreApplication.translate("AssessmentLabels", "N/A"),
        "dont_know": QCoreApplication.translate("AssessmentLabels", "Don't know / not verified"),
        "covered": QCoreApplication.translate(
            "AssessmentLabels", "Covered by an accepted earlier assessment"
        ),
    }.get(value, value)
