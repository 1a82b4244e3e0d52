"""A time's one text form: ``utc_text`` writes it, ``parse_utc_text`` reads exactly it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldpartner.domain.rules import is_utc_text
from fieldpartner.domain.types import parse_utc_text, utc_text


@given(st.datetimes(timezones=st.just(UTC)))
def test_every_time_reads_back_from_its_text(moment: datetime) -> None:
    text = utc_text(moment)
    assert parse_utc_text(text) == moment
    assert parse_utc_text(text).tzinfo is UTC
    assert is_utc_text(text)


def test_another_offset_is_written_in_utc() -> None:
    moment = datetime(2026, 12, 3, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    assert utc_text(moment) == "2026-12-03T09:00:00.000000Z"


@pytest.mark.parametrize(
    "text",
    [
        "2026-W49-3T10:11:12.123456Z",  # an ISO week date of the same length
        "2026-12-03T24:00:00.000000Z",
        "2026-12-03T23:59:60.000000Z",
        "2026-02-29T10:00:00.000000Z",
        "0000-01-01T00:00:00.000000Z",
        "2026-12-03T10:11:12.123456+00:00",
        "2026-12-03 10:11:12.123456Z",
        "2026-12-03T10:11:12.12345Z",
        "2026-12-03T10:11:12Z",
        "2026-12-03t10:11:12.123456z",
        "\u0662\u0660\u0662\u0666-12-03T10:11:12.123456Z",  # Arabic-Indic digits
        "2026-12-03T10:11:12.123456Z\n",
        "",
    ],
)
def test_only_that_exact_form_of_a_real_time_is_read(text: str) -> None:
    with pytest.raises(ValueError):
        parse_utc_text(text)
    assert not is_utc_text(text)
