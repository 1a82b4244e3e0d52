"""Column types that keep values exact in SQLite: UTC timestamps and decimal amounts as text."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utc_text(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.ffffffZ``: the one text form of a time in the vault and in
    bundles (isoformat, not strftime: a tenth of the time, and a bundle has thousands)."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


# ``utc_text``'s exact form, in ASCII digits, hours 00-23: a text of this form that
# ``fromisoformat`` accepts (a real date) is the ``utc_text`` of what it parses to, so no
# round trip through ``isoformat`` is needed (an import checks three times per revision).
_UTC_TEXT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}Z"
)


def parse_utc_text(text: str) -> datetime:
    """The inverse of ``utc_text``, and nothing else: exactly that form, a real time."""
    if _UTC_TEXT.fullmatch(text) is None:
        raise ValueError(f"time data {text!r} does not match format '%Y-%m-%dT%H:%M:%S.%fZ'")
    return datetime.fromisoformat(text)  # the Z gives UTC


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as RFC 3339 UTC text, which sorts in time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_utc_text(value)


class DecimalText(TypeDecorator[Decimal]):
    """Money as exact decimal text (SQLite has no decimal type; floats would round)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else format(Decimal(value), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)
