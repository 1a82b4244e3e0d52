"""Dates in one format everywhere: the locale's short date with the year in full."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale

from fieldpartner.ui.common.dates import date_format, format_date, format_moment
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.workshops.widgets import OptionalDateField


@pytest.fixture(params=["en_US", "fr_FR", "es_ES", "ar_EG"])
def locale(request):
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(QLocale("en"))


def test_a_date_is_written_with_the_full_year_in_every_language(locale):
    shown = format_date(date(2026, 3, 12))
    digits = QLocale().toString(QDate(2026, 1, 1), "yyyy")
    assert digits in shown  # the year in full, in the locale's own digits
    assert "yyyy" in date_format() and "yyyyyyyy" not in date_format()
    assert format_date(date(2026, 3, 12)) == shown


def test_a_moment_starts_with_the_same_date(locale):
    moment = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
    assert format_moment(moment).startswith(format_date(moment.astimezone().date()))


def test_date_fields_edit_in_the_format_dates_are_shown_in(qtbot, locale):
    dialog = ActionDialog()
    qtbot.addWidget(dialog)
    assert dialog.due_edit.displayFormat() == date_format()
    field = OptionalDateField("Start date", "startDate")
    qtbot.addWidget(field)
    assert field.edit.displayFormat() == date_format()
