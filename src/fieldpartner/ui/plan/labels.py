"""Translated names of the action vocabulary and of dates, shared by the plan pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanLabels", text)


def status_labels() -> dict[str, str]:
    return {
        "proposed": _tr("Proposed"),
        "open": _tr("Open"),
        "in_progress": _tr("In progress"),
        "done": _tr("Done"),
        "dropped": _tr("Dropped"),
    }


def source_labels() -> dict[str, str]:
    return {
        "assessment": _tr("Assessment"),
        "workshop": _tr("Workshop"),
        "dialogue": _tr("Dialogue"),
        "monitoring": _tr("Monitoring"),
        "other": _tr("Other"),
    }


def report_kind_labels() -> dict[str, str]:
    return {
        "narrative_report": _tr("Narrative report"),
        "financial_report": _tr("Financial report"),
        "monitoring_visit": _tr("Monitoring visit"),
        "audit": _tr("Audit"),
    }


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
