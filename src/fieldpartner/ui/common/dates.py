"""Dates as the interface shows and edits them: in the user's locale, to and from Qt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
