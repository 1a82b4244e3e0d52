"""Translated names of the action vocabulary and of dates, shared by the plan pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def status_labels() -> dict[str, str]:
    return {
        "proposed": QCoreApplication.translate("PlanLabels", "Proposed"),
        "open": QCoreApplication.translate("PlanLabels", "Open"),
        "in_progress": QCoreApplication.translate("PlanLabels", "In progress"),
        "done": QCoreApplication.translate("PlanLabels", "Done"),
        "dropped": QCoreApplication.translate("PlanLabels", "Dropped"),
    }


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


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
