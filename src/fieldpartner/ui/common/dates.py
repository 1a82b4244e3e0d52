"""Dates as the interface shows and edits them: one format everywhere, the interface
locale's short date with a four-digit year (never a mix of 12/3/26 and 2026-03-12), in
that locale's digits; to and from Qt."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtWidgets import QDateEdit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_format() -> str:
    """The locale's short date format with the year written in full."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), date_format())


def format_moment(value: datetime | None) -> str:
    """A moment in the computer's time zone: the date as ``format_date``, then the time."""
    if value is None:
        return ""
    shown = QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))
    locale = QLocale()
    return (
        locale.toString(shown.date(), date_format())
        + " "
        + locale.toString(shown.time(), QLocale.FormatType.ShortFormat)
    )


def edit_dates_as_shown(edit: QDateEdit) -> None:
    """A date field in the same format as dates shown everywhere else."""
    edit.setDisplayFormat(date_format())
