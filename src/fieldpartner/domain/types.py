"""Column types that keep values exact in SQLite: UTC timestamps and decimal amounts as text."""

from __future__ import annotations

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


def parse_utc_text(text: str) -> datetime:
    """The inverse of ``utc_text``, and nothing else: exactly that form, a real time."""
    if (
        len(text) != 27
        or text[4] != "-"
        or text[10] != "T"
        or text[19] != "."
        or text[26] != "Z"
        or not text[20:26].isdigit()
    ):
        raise ValueError(f"time data {text!r} does not match format '%Y-%m-%dT%H:%M:%S.%fZ'")
    return datetime.fromisoformat(text[:26]).replace(tzinfo=UTC)


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
