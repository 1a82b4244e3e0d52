"""Validation that names the bad value: every rejected input says which field and why."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import pycountry


class ValidationError(ValueError):
    """One or more fields are invalid; ``problems`` lists (field, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems))


class NotFound(LookupError):
    """No record matches what the user named."""


class Ambiguous(LookupError):
    """More than one record matches what the user named."""


class Checker:
    """Collects problems so a form can show all of them at once, then raises."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def fail(self, field: str, message: str) -> None:
        self.problems.append((field, message))

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    def required_text(self, field: str, value: Any, max_length: int) -> None:
        if not isinstance(value, str) or not value.strip():
            self.fail(field, "must not be empty")
        elif len(value) > max_length:
            self.fail(field, f"is {len(value)} characters long; the limit is {max_length}")

    def text(self, field: str, value: Any, max_length: int | None = None) -> None:
        if not isinstance(value, str):
            self.fail(field, f"must be text, not {type(value).__name__}")
        elif max_length is not None and len(value) > max_length:
            self.fail(field, f"is {len(value)} characters long; the limit is {max_length}")

    def choice(self, field: str, value: Any, vocabulary: type[enum.StrEnum]) -> None:
        allowed = [member.value for member in vocabulary]
        if value not in allowed:
            self.fail(field, f"{value!r} is not one of: {', '.join(allowed)}")

    def country(self, field: str, value: Any) -> None:
        if value in ("", None):
            return
        if not isinstance(value, str) or not is_country_code(value):
            self.fail(
                field, f"{value!r} is not an ISO 3166-1 alpha-2 country code (e.g. KE, SD, CO)"
            )

    def currency(self, field: str, value: Any) -> None:
        if not isinstance(value, str) or pycountry.currencies.get(alpha_3=value) is None:
            self.fail(field, f"{value!r} is not an ISO 4217 currency code (e.g. GBP, EUR, USD)")

    def date_value(self, field: str, value: Any) -> None:
        """``value`` is None or a date; a datetime is refused (its time of day would be lost)."""
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            self.fail(field, f"{value!r} is not a date")

    def date_order(
        self, start_field: str, start: date | None, end_field: str, end: date | None
    ) -> None:
        if start is not None and end is not None and end < start:
            self.fail(end_field, f"{end.isoformat()} is before {start_field} {start.isoformat()}")

    def text_list(self, field: str, value: Any, max_items: int = 100) -> None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(field, "must be a list of text")
        elif len(value) > max_items:
            self.fail(field, f"has {len(value)} entries; the limit is {max_items}")


def is_country_code(code: str) -> bool:
    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.name if country is not None else code


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, de-duplicated tags in first-seen order."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip()
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    return list(seen)


def parse_date(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError([(field, f"{text!r} is not a date (YYYY-MM-DD)")]) from None
