"""Translated names of the action vocabulary (statuses, sources, report kinds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldpartner.domain.models import ActionStatus
from fieldpartner.ui.common.vocabulary import labels as vocabulary_labels


def status_labels() -> dict[str, str]:
    """Action statuses, as the partner vocabulary translates them."""
    every = vocabulary_labels()
    return {status.value: every[status.value] for status in ActionStatus}


def source_labels() -> dict[str, str]:
    return {
        "assessment": QCoreApplication.translate("PlanLabels", "Assessment"),
        "workshop": QCoreApplication.translate("PlanLabels", "Workshop"),
        "dialogue": QCoreApplication.translate("PlanLabels", "Dialogue"),
        "monitoring": QCoreApplication.translate("PlanLabels", "Monitoring"),
        "other": QCoreApplication.translate("PlanLabels", "Other"),
    }


def report_kind_labels() -> dict[str, str]:
    return {
        "narrative_report": QCoreApplication.translate("PlanLabels", "Narrative report"),
        "financial_report": QCoreApplication.translate("PlanLabels", "Financial report"),
        "monitoring_visit": QCoreApplication.translate("PlanLabels", "Monitoring visit"),
        "audit": QCoreApplication.translate("PlanLabels", "Audit"),
    }
