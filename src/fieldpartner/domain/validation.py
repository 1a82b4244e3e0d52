"""Validation that names the bad value: every rejected input says which field and why."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import pycountry

from fieldpartner.domain.problems import Message


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
            self.fail(field, Message("empty", "must not be empty"))
        elif len(value) > max_length:
            self.fail(field, too_long(len(value), max_length))

    def text(self, field: str, value: Any, max_length: int | None = None) -> None:
        if not isinstance(value, str):
            self.fail(field, f"must be text, not {type(value).__name__}")
        elif max_length is not None and len(value) > max_length:
            self.fail(field, too_long(len(value), max_length))

    def choice(self, field: str, value: Any, vocabulary: type[enum.StrEnum]) -> None:
        allowed = [member.value for member in vocabulary]
        if value not in allowed:
            self.fail(field, not_one_of(value, allowed))

    def country(self, field: str, value: Any) -> None:
        if value in ("", None):
            return
        if not isinstance(value, str) or not is_country_code(value):
            self.fail(field, not_a_country(value))

    def currency(self, field: str, value: Any) -> None:
        if not isinstance(value, str) or pycountry.currencies.get(alpha_3=value) is None:
            self.fail(field, not_a_currency(value))

    def date_value(self, field: str, value: Any) -> None:
        """``value`` is None or a date; a datetime is refused (its time of day would be lost)."""
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            self.fail(field, Message("not_a_date_value", "{value!r} is not a date", value=value))

    def date_order(
        self, start_field: str, start: date | None, end_field: str, end: date | None
    ) -> None:
        if start is not None and end is not None and end < start:
            self.fail(end_field, end_before_start(end, start_field, start))

    def text_list(self, field: str, value: Any, max_items: int = 100) -> None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(field, Message("not_a_text_list", "must be a list of text"))
        elif len(value) > max_items:
            self.fail(field, too_many(len(value), max_items))


# The sentences of the checks both this module and the rule book make, each with its code.


def too_long(length: int, limit: int) -> Message:
    return Message(
        "too_long", "is {length} characters long; the limit is {limit}", length=length, limit=limit
    )


def too_many(count: int, limit: int) -> Message:
    return Message(
        "too_many", "has {count} entries; the limit is {limit}", count=count, limit=limit
    )


def not_one_of(value: Any, allowed: Iterable[str]) -> Message:
    return Message(
        "not_one_of", "{value!r} is not one of: {allowed}", value=value, allowed=", ".join(allowed)
    )


def not_a_country(value: Any) -> Message:
    return Message(
        "not_a_country",
        "{value!r} is not an ISO 3166-1 alpha-2 country code (e.g. KE, SD, CO)",
        value=value,
    )


def not_a_currency(value: Any) -> Message:
    return Message(
        "not_a_currency",
        "{value!r} is not an ISO 4217 currency code (e.g. GBP, EUR, USD)",
        value=value,
    )


def end_before_start(end: date, start_field: str, start: date) -> Message:
    return Message(
        "end_before_start",
        "{end} is before {start_field} {start}",
        end=end.isoformat(),
        start_field=start_field,
        start=start.isoformat(),
    )


def is_country_code(code: str) -> bool:
    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


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
        message = Message("not_a_date", "{value!r} is not a date (YYYY-MM-DD)", value=text)
        raise ValidationError([(field, message)]) from None
